"""The broken corpus: one deliberately broken file per case in tests/fixtures/broken/en/bad/.

Every file there must have an entry in EXPECTED, and must produce exactly the located problem
listed, without a traceback and without taking the good files of the folder down with it.
"""

import re
import shutil
from pathlib import Path

import pytest

from guide_tui.content import ERROR, WARNING, load_guide
from guide_tui.content.kinds import KINDS

from ..conftest import BROKEN
from .broken_cases import BAD, EXPECTED, NEEDS, SKIPPED_IDS, STILL_LOADED

GOOD_IDS = ["home", "recognise", "privacy", "help", "grooming", "lock-account", "helpline"]


@pytest.fixture(scope="module")
def guide():
    guide = load_guide(BROKEN)
    guide.load_all()
    return guide


def _problems_for(problems, path: Path):
    return [p for p in problems if Path(p.path).resolve() == path.resolve()]


def test_every_kind_has_broken_cases():
    kinds = {re.search(r'^kind = "(\w+)"', (BAD / name).read_text("utf-8", "replace"), re.M) for name in EXPECTED}
    assert {match.group(1) for match in kinds if match} >= set(KINDS)


def test_every_bad_file_has_an_expected_entry():
    on_disk = {p.name for p in BAD.iterdir() if p.is_file()}
    assert on_disk - set(EXPECTED) == set(), "add these files to EXPECTED"
    assert set(EXPECTED) - on_disk == set(), "EXPECTED lists files that do not exist"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_yields_its_located_problem(guide, name):
    severity, line, substring = EXPECTED[name]
    found = _problems_for(guide.problems, BAD / name)
    assert found, f"no problem reported for {name}"
    matching = [p for p in found if substring in p.message]
    assert matching, f"{name}: no message contains {substring!r}: {[p.message for p in found]}"
    problem = matching[0]
    assert problem.severity == severity
    assert problem.line == line
    assert isinstance(problem.column, int) and problem.column >= 1
    assert "Traceback" not in problem.message
    # The formatted line is PATH:LINE:COL: severity: message.
    assert problem.format().startswith(f"{problem.path}:{line}:{problem.column}: {severity}: ")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_alone_next_to_good_content(mini_copy, name):
    """Each case on its own, in a copy of the mini guide: no traceback, the rest still loads."""
    root = mini_copy
    (root / "en" / "bad").mkdir()
    for file in [name, *NEEDS.get(name, [])]:
        shutil.copyfile(BAD / file, root / "en" / "bad" / file)
    guide = load_guide(root)
    problems = guide.load_all()
    severity, line, substring = EXPECTED[name]
    found = [p for p in _problems_for(problems, root / "en" / "bad" / name) if substring in p.message]
    assert [(p.severity, p.line) for p in found] == [(severity, line)]
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
