"""The examples in content/README.md are real: each one loads with no problem of its own."""

import re
import sys
from pathlib import Path

import pytest

from guide_tui.content import load_guide
from guide_tui.content.json_schema import content_schema
from guide_tui.content.kinds import KINDS
from guide_tui.content.schema import SHAPES

from .test_json_schema import as_json, validate

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

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


# -- the reference is complete, and its examples fit the editors' schema ---------------------
ALL_BLOCKS = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def _keys(keys, found):
    """Every key name of a kind, nested tables ([[channels]], [[channels.hours]]...) included."""
    for name, (checker, _required) in keys.items():
        found.add(name)
        shape, detail = SHAPES[checker]
        while shape in ("list", "unique list", "hours"):
            shape, detail = SHAPES[detail]
        if shape == "table":
            _keys(detail, found)
    return found


@pytest.mark.parametrize("index", range(len(ALL_BLOCKS)))
def test_every_toml_block_parses(index):
    assert isinstance(tomllib.loads(ALL_BLOCKS[index]), dict)


def test_only_the_manifest_states_the_format():
    with_format = [block for block in ALL_BLOCKS if "format" in tomllib.loads(block)]
    assert len(with_format) == 1 and "default_language" in with_format[0]


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_key_of_every_kind_is_explained(name):
    text = README.read_text(encoding="utf-8")
    assert sorted(key for key in _keys(KINDS[name].keys, set()) if f"`{key}`" not in text) == []


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_example_fits_the_editors_schema(index):
    schema = content_schema()
    assert validate(as_json(tomllib.loads(EXAMPLES[index])), schema, schema) == []


def test_strings_example_loads_without_problems(mini_copy):
    block = next(block for block in ALL_BLOCKS if block.startswith("[strings]"))
    (mini_copy / "en" / "strings.toml").write_text(block, encoding="utf-8")
    guide = load_guide(mini_copy)
    guide.content("en")
    assert [p for p in guide.problems if p.path.name == "strings.toml"] == []
    assert guide.strings("en")["back"] == tomllib.loads(block)["strings"]["back"]
