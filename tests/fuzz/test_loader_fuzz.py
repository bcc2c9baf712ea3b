"""The loader and `guide-tui check` fuzzed (issue 10, item 5): mutated real files and generated
TOML documents, written into a copy of the mini guide. Whatever the file holds: no exception,
every problem has a path, `check` prints no control character and exits 0 or 1.

GUIDE_FUZZ=long python -m pytest -q -n 0 tests/fuzz/test_loader_fuzz.py   # 10,000 of each
"""

import contextlib
import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from guide_tui.cli import check
from guide_tui.content import bundled_content, load_guide
from guide_tui.content.kinds import KINDS

from ..conftest import FIXTURE_TODAY, MINI
from .sizes import fuzz_settings

CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SEEDS = sorted((MINI / "en").rglob("*.toml")) + sorted((bundled_content() / "nl").rglob("*.toml"))[:12]
# Read once: a strategy must not depend on files that may change during a long run.
SEED_TEXTS = {seed: seed.read_text("utf-8") for seed in SEEDS}
FUZZ_FILE = Path("en") / "zz-fuzz.toml"


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz") / "content"
    shutil.copytree(MINI, folder)
    return folder


def assert_loads_and_checks(root: Path) -> None:
    guide = load_guide(root, today=FIXTURE_TODAY)
    problems = guide.load_all()
    assert all(problem.path is not None for problem in problems)
    for code in guide.language_codes:
        guide.entry_ids(code)
        guide.strings(code).t("progress", done=1, total=2)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = check(str(root))
    assert status in (0, 1)
    printed = out.getvalue() + err.getvalue()
    assert not CONTROL.search(printed), [line for line in printed.splitlines() if CONTROL.search(line)][:3]


PAYLOADS = st.sampled_from(
    [
        "[",
        "]",
        "{",
        "}",
        '"',
        "'",
        '"""',
        "'''",
        "=",
        "\n",
        "#",
        ".",
        ",",
        "\\",
        " ",
        "[[",
        "]]",
        "\x00",
        "\x1b",
        "\ufeff",
        "\u202e",
        "\udcff"[:0],
        "[" * 40,
        "{a=" * 40,
        "\\u001b",
        "\\n",
        "-",
        "1979-05-27",
        "nan",
        "inf",
        "[@click=app.quit]",
        "{done:>99}",
        "page:",
        'kind = "page"\n',
        'id = "x\\n"\n',
    ]
) | st.text(max_size=12)


@st.composite
def mutated(draw):
    seed = draw(st.sampled_from(SEEDS))
    text = SEED_TEXTS[seed]
    for _ in range(draw(st.integers(1, 5))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "truncate", "swap"]))
        at = draw(st.integers(0, max(0, len(text))))
        if op == "insert":
            text = text[:at] + draw(PAYLOADS) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif op == "truncate":
            text = text[:at]
        else:
            lines = text.splitlines(keepends=True) or [""]
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if op == "duplicate":
                lines.insert(i, lines[j])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
    where = seed.relative_to(MINI) if seed.is_relative_to(MINI) else FUZZ_FILE
    return where, text


@fuzz_settings("loader_mutated")
@given(case=mutated())
def test_mutated_files_never_crash_the_loader_or_check(root, case):
    where, text = case
    target = root / where
    original = (MINI / where).read_bytes() if (MINI / where).exists() else None
    target.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        assert_loads_and_checks(root)
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_bytes(original)


KNOWN_KEYS = sorted({key for kind in KINDS.values() for key in kind.keys})
SCALARS = (
    st.text(max_size=30)
    | st.sampled_from(["home", "help", "page", "menu", "selfcheck", "24/7", "national", "phone", "mon-fri", "09:30"])
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=True)
    | st.booleans()
    | st.dates(min_value=dt.date(1, 1, 1))
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KNOWN_KEYS) | st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def documents(draw):
    data = {"format": draw(st.sampled_from([1, 1, 1, 2, "1", True]))}
    data["kind"] = draw(st.sampled_from(sorted(KINDS)) | st.text(max_size=8))
    data["id"] = draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True) | st.text(max_size=8))
    for key in draw(st.lists(st.sampled_from(KNOWN_KEYS) | st.text(max_size=8), max_size=8)):
        data[key] = draw(VALUES)
    return tomli_w.dumps(data)


@fuzz_settings("loader_generated")
@given(text=documents())
def test_generated_documents_never_crash_the_loader_or_check(root, text):
    target = root / FUZZ_FILE
    target.write_text(text, "utf-8")
    try:
        assert_loads_and_checks(root)
    finally:
        target.unlink()
