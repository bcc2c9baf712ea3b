"""The broken corpus: one deliberately broken file per case in tests/fixtures/broken/*/bad/.

Every file there must have an entry in EXPECTED, and must produce exactly the located problem
listed, without a traceback and without taking the good files of the folder down with it.
"""

import re
import shutil
from pathlib import Path

import pytest

from guide_tui.content import ERROR, WARNING, load_guide
from guide_tui.content.kinds import KINDS
from guide_tui.content.knock_on import fold_knock_ons

from ..conftest import BROKEN
from .broken_cases import EXPECTED, NEEDS, SKIPPED_IDS, STILL_LOADED, set_times

GOOD_IDS = ["home", "recognise", "privacy", "help", "grooming", "lock-account", "helpline"]
V3_ROWS = 18  # the rows of review V3's table


@pytest.fixture(scope="module")
def guide(broken_root):
    guide = load_guide(broken_root)
    guide.load_all()
    return guide


@pytest.fixture(scope="module")
def checked(guide):
    """The problems as `check` reports them: knock-ons folded into the error that causes them."""
    contents = {code: guide.content(code) for code in guide.loaded_languages}
    return fold_knock_ons(guide.problems, contents, guide.default_language)


def _problems_for(problems, path: Path):
    return [p for p in problems if Path(p.path).resolve() == path.resolve()]


def test_every_kind_has_broken_cases():
    kinds = {re.search(r'^kind = "(\w+)"', (BROKEN / name).read_text("utf-8", "replace"), re.M) for name in EXPECTED}
    assert {match.group(1) for match in kinds if match} >= set(KINDS)


def test_every_bad_file_has_an_expected_entry():
    on_disk = {p.relative_to(BROKEN).as_posix() for p in BROKEN.glob("*/bad/*") if p.is_file()}
    assert on_disk - set(EXPECTED) == set(), "add these files to EXPECTED"
    assert set(EXPECTED) - on_disk == set(), "EXPECTED lists files that do not exist"
    assert len(EXPECTED) >= 40


def test_every_row_of_the_reviews_table_has_a_case():
    rows = [case.row for case in EXPECTED.values() if case.row]
    assert len(rows) == len(set(rows)) == V3_ROWS


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_yields_its_located_problem(broken_root, checked, name):
    case = EXPECTED[name]
    found = _problems_for(checked, broken_root / name)
    assert found, f"no problem reported for {name}"
    matching = [p for p in found if case.words in p.text()]
    assert matching, f"{name}: no problem says {case.words!r}: {[p.text() for p in found]}"
    problem = matching[0]
    assert problem.severity == case.severity
    assert problem.line == case.line
    assert isinstance(problem.column, int) and problem.column >= 1
    assert "Traceback" not in problem.message
    # The formatted line is PATH:LINE:COL: severity: message.
    assert problem.format().startswith(f"{problem.path}:{case.line}:{problem.column}: {case.severity}: ")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_alone_next_to_good_content(mini_copy, name):
    """Each case on its own, in a copy of the mini guide: no traceback, the rest still loads."""
    root = mini_copy
    for file in [name, *NEEDS.get(name, [])]:
        (root / file).parent.mkdir(exist_ok=True)
        shutil.copyfile(BROKEN / file, root / file)
    set_times(root)
    guide = load_guide(root)
    problems = guide.load_all()
    case = EXPECTED[name]
    # The first words: knock-ons folded in depend on the rest of the guide.
    words = case.words.split("; because of this")[0]
    found = [p for p in _problems_for(problems, root / name) if words in p.text()]
    assert [(p.severity, p.line) for p in found] == [(case.severity, case.line)]
    for code in guide.language_codes:
        for entry_id in GOOD_IDS:
            assert guide.find(entry_id, code) is not None, (code, entry_id)
    # The bad file adds nothing but its own problems: no problem points into the good files.
    good_errors = [p for p in problems if p.is_error and "bad" not in Path(p.path).parts]
    assert good_errors == []


def test_good_files_of_the_broken_folder_still_load(guide):
    home = guide.find("home", "en")
    assert home is not None and not home.fallback
    assert home.entry.items == ["recognise", "privacy", "help"]
    for code in ("en", "nl", "fr"):
        for entry_id in GOOD_IDS:
            found = guide.find(entry_id, code)
            assert found is not None, (code, entry_id)
            assert found.fallback == (code == "fr" and entry_id == "lock-account")
    assert guide.path_to("grooming", "nl") == ["home", "recognise", "grooming"]


def test_files_with_only_minor_problems_still_load(guide):
    en = guide.content("en").entries
    for name, entry_id in STILL_LOADED.items():
        assert entry_id in en, name
        assert en[entry_id].path.name == name
    # The dropped key is gone, the rest stays.
    assert en["bad-reviewed-date"].reviewed is None
    assert en["bad-hours-time"].channels[0].hours is None
    assert en["bad-hours-time"].channels[0].value == "02 511 64 64"
    # The menu with a dead item keeps its items; the dead one is simply not found.
    assert en["menu-missing-id"].items == ["grooming", "does-not-exist"]
    assert guide.find("does-not-exist", "en") is None


def test_broken_files_are_skipped(guide):
    en = guide.content("en").entries
    for entry_id in SKIPPED_IDS:
        assert entry_id not in en
    assert not any(entry_id.lower().startswith("bad_id") for entry_id in en)
    # The duplicate does not replace the first file with that id.
    assert en["bad-reviewed-date"].title == "Bad date"


def test_problems_are_well_formed(guide):
    for problem in guide.problems:
        assert problem.severity in (ERROR, WARNING)
        assert problem.message and "Traceback" not in problem.message
        assert problem.line is None or problem.line >= 1
