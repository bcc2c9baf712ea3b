"""The examples in content/README.md are real: each one loads with no problem of its own."""

import re
from pathlib import Path

import pytest

from guide_tui.content import load_guide
from guide_tui.content.kinds import KINDS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "content" / "README.md"
EXAMPLES = [
    block
    for block in re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    if re.search(r'^kind = "', block, re.M)
]


def test_the_reference_has_an_example_of_every_kind():
    kinds = {re.search(r'^kind = "(\w+)"', block, re.M).group(1) for block in EXAMPLES}
    assert kinds == set(KINDS)


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_example_loads_without_problems(mini_copy, index):
    root = mini_copy
    entry_id = re.search(r'^id = "([\w-]+)"', EXAMPLES[index], re.M).group(1)
    for same in (root / "en").rglob(f"{entry_id}.toml"):  # the example replaces the mini guide's own
        same.unlink()
    example = root / "en" / f"{entry_id}.toml"  # a file is named after its id
    example.write_text(EXAMPLES[index], encoding="utf-8")
    guide = load_guide(root)
    guide.content("en")
    own = [p for p in guide.problems if p.path == example and "which does not exist" not in p.message]
    # The examples quote real, dated sources: they are allowed to grow old.
    own = [p for p in own if "newest source" not in p.message]
    assert own == []
    assert entry_id in guide.content("en").entries
