"""The broken corpus: one deliberately broken file per case in tests/fixtures/broken/en/bad/.

Every file there must have an entry in EXPECTED, and must produce exactly the located problem
listed, without a traceback and without taking the good files of the folder down with it.
"""

import shutil
from pathlib import Path

import pytest

from guide_tui.content import ERROR, WARNING, load_guide

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MINI = FIXTURES / "mini"
BROKEN = FIXTURES / "broken"
BAD = BROKEN / "en" / "bad"

# file name -> (severity, line, substring of the message)
EXPECTED = {
    "toml_syntax_error.toml": (ERROR, 4, "TOML syntax error"),
    "wrong_type.toml": (ERROR, 4, "'title' must be text in quotes, not a whole number"),
    "missing_required_key.toml": (ERROR, 1, "missing required key 'body'"),
    "missing_format.toml": (ERROR, 1, "missing 'format = 1'"),
    "wrong_format_version.toml": (ERROR, 2, "uses format 2"),
    "unknown_kind.toml": (ERROR, 2, "unknown kind 'pgae'"),
    "unknown_key.toml": (WARNING, 6, "unknown key 'titel'"),
    "duplicate_id.toml": (ERROR, 4, "duplicate id 'bad-reviewed-date'"),
    "menu_missing_id.toml": (ERROR, 6, "links to 'does-not-exist', which does not exist"),
    "page_link_missing_id.toml": (ERROR, 6, "links to 'missing', which does not exist"),
    "textual_markup.toml": (WARNING, 5, "looks like Textual markup"),
    "escape_code.toml": (WARNING, 4, "control characters"),
    "invalid_utf8.toml": (ERROR, 3, "not valid UTF-8"),
    "empty_file.toml": (ERROR, 1, "the file is empty"),
    "whitespace_only.toml": (ERROR, 1, "the file is empty"),
    "bad_id_characters.toml": (ERROR, 3, "id 'Bad_ID!' may only use"),
    "bad_reviewed_date.toml": (ERROR, 5, "'reviewed' must be a date"),
    "bad_channel_kind.toml": (ERROR, 10, "'fax' is not one of"),
    "bad_hours_time.toml": (ERROR, 16, "time '25:00' must be written as HH:MM"),
    "bad_region.toml": (ERROR, 7, "'ghent' is not one of"),
    "list_instead_of_text.toml": (ERROR, 5, "'body' must be text in quotes, not a list"),
    "kind_not_text.toml": (ERROR, 2, "unknown kind"),              # once a TypeError traceback
    "format_not_a_number.toml": (ERROR, 1, "uses format True"),    # true == 1 in Python
    # Interactive kinds: the self-check tree, scenarios, checklists.
    "selfcheck_missing_target.toml": (ERROR, 14, "points to 'nowhere', which does not exist"),
    "selfcheck_dead_end.toml": (ERROR, 10, "is a dead end: it has no answers"),
    "selfcheck_unreachable.toml": (WARNING, 22, "node 'forgotten' cannot be reached"),
    "selfcheck_loop.toml": (ERROR, 8, "no path leads to advice"),
    "selfcheck_no_unsure.toml": (ERROR, 9, "has no \"I'm not sure\" answer"),
    "selfcheck_missing_start.toml": (ERROR, 5, "start node 'begin' does not exist"),
    "scenario_one_choice.toml": (ERROR, 15, "needs at least 2 [[choices]]"),
    "checklist_outdated_step.toml": (WARNING, 9, "more than 12 months ago"),
    "checklist_duplicate_step.toml": (ERROR, 12, "duplicate step id 'private'"),
}

# Files that still load (their problem only drops a key or is a warning) -> their id.
STILL_LOADED = {
    "unknown_key.toml": "unknown-key",
    "menu_missing_id.toml": "menu-missing-id",
    "page_link_missing_id.toml": "page-link-missing-id",
    "textual_markup.toml": "textual-markup",
    "escape_code.toml": "escape-code",
    "bad_reviewed_date.toml": "bad-reviewed-date",
    "bad_hours_time.toml": "bad-hours-time",
    "selfcheck_unreachable.toml": "selfcheck-unreachable",
    "checklist_outdated_step.toml": "checklist-outdated-step",
}
# Ids of files that must be skipped.
SKIPPED_IDS = ["toml-syntax-error", "wrong-type", "missing-required-key", "missing-format",
               "wrong-format-version", "unknown-kind", "invalid-utf8", "bad-channel-kind",
               "bad-region", "list-instead-of-text", "kind-not-text", "format-not-a-number",
               "selfcheck-missing-target", "selfcheck-dead-end", "selfcheck-loop", "selfcheck-no-unsure",
               "selfcheck-missing-start", "scenario-one-choice", "checklist-duplicate-step"]
# A case that needs another file next to it to show its problem.
NEEDS = {"duplicate_id.toml": ["bad_reviewed_date.toml"]}

GOOD_IDS = ["home", "recognise", "privacy", "help", "grooming", "lock-account", "helpline"]


@pytest.fixture(scope="module")
def guide():
    guide = load_guide(BROKEN)
    guide.load_all()
    return guide


def _problems_for(problems, path: Path):
    return [p for p in problems if Path(p.path).resolve() == path.resolve()]


def test_corpus_is_big_enough():
    assert len(EXPECTED) >= 18


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
def test_bad_file_alone_next_to_good_content(tmp_path, name):
    """Each case on its own, in a copy of the mini guide: no traceback, the rest still loads."""
    root = tmp_path / "content"
    shutil.copytree(MINI, root)
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
