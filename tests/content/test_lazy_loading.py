"""Content read on first use (issue 13, item 2): a language knows its file names at first, and
reads an entry's file when the entry is asked for; `check` still reads everything, with the
same problems in the same order whatever was read before. An id is its file name (issue 12,
item 7)."""

import os
import shutil

import pytest

from guide_tui.content import load_guide
from guide_tui.content.reload import reload_guide

from ..conftest import BROKEN, MINI


def _read(guide, code):
    """The files of `code` read so far, by name."""
    return sorted(file.path.name for file in guide.content(code).files.parsed.values())


def test_a_language_reads_no_entry_until_one_is_asked_for():
    guide = load_guide(MINI)
    assert guide.strings("en")["back"] == "Back (mini)"
    content = guide.content("nl")
    assert _read(guide, "nl") == [] and _read(guide, "en") == []
    assert content.strings["back"]  # strings.toml is read at once
    assert guide.find("grooming", "nl").entry.lang == "nl"
    assert _read(guide, "nl") == ["grooming.toml"] and _read(guide, "en") == []


def test_a_reference_reads_the_help_entry_it_refers_to(mini_copy):
    (mini_copy / "en" / "call.toml").write_text(
        'format = 1\nkind = "page"\ntitle = "Call"\nbody = "Call {phone:helpline}."\n', encoding="utf-8"
    )
    guide = load_guide(mini_copy)
    assert guide.find("call", "en").entry.body == "Call [116 000](page:helpline)."
    assert _read(guide, "en") == ["call.toml", "helpline.toml"]


@pytest.mark.parametrize("root", [MINI, BROKEN], ids=["mini", "broken"])
@pytest.mark.parametrize("first", [["grooming", "helpline", "home"], ["lock-account", "self-check"]])
def test_check_finds_the_same_problems_in_the_same_order_whatever_was_read_before(root, first):
    fresh = load_guide(root)
    expected = fresh.load_all()
    guide = load_guide(root)
    for code in ("fr", "nl"):
        for entry_id in first:
            guide.find(entry_id, code)
    assert guide.load_all() == expected
    for code in guide.language_codes:
        assert list(guide.content(code).entries) == list(fresh.content(code).entries)


def test_the_id_line_may_be_left_out(mini_copy):
    page = mini_copy / "en" / "recognise" / "grooming.toml"
    page.write_text(page.read_text("utf-8").replace('id = "grooming"\n', ""), encoding="utf-8")
    guide = load_guide(mini_copy)
    assert guide.find("grooming", "en").entry.id == "grooming"
    assert [p for p in guide.load_all() if p.path == page] == []


def test_an_id_that_is_not_the_file_name_is_an_error_and_the_file_is_skipped(mini_copy):
    page = mini_copy / "en" / "recognise" / "grooming.toml"
    page.write_text(page.read_text("utf-8").replace('id = "grooming"', 'id = "groomin"'), encoding="utf-8")
    guide = load_guide(mini_copy)
    assert guide.find("groomin", "en") is None
    assert guide.find("grooming", "en") is None
    [problem] = [p for p in guide.load_all() if p.path == page]
    assert (problem.severity, problem.line) == ("error", 3)
    assert "rename the file to 'groomin.toml', or remove the id line" in problem.hint


def test_a_file_name_that_cannot_be_an_id_is_an_error_when_the_id_is_left_out(mini_copy):
    page = mini_copy / "en" / "My page.toml"
    page.write_text('format = 1\nkind = "page"\ntitle = "Mine"\nbody = "text"\n', encoding="utf-8")
    problems = [p for p in load_guide(mini_copy).load_all() if p.path == page]
    assert [(p.severity, p.line) for p in problems] == [("error", 1)]
    assert "cannot be an id" in problems[0].message


def test_two_files_of_one_name_the_newer_is_the_duplicate(mini_copy):
    original = mini_copy / "en" / "recognise" / "grooming.toml"
    copy = mini_copy / "en" / "privacy" / "grooming.toml"  # privacy/ sorts before recognise/
    shutil.copyfile(original, copy)
    copy.write_text(copy.read_text("utf-8").replace('title = "Grooming"', 'title = "Copy"'), encoding="utf-8")
    os.utime(original, (1_700_000_000, 1_700_000_000))
    os.utime(copy, (1_700_003_600, 1_700_003_600))
    guide = load_guide(mini_copy)
    assert guide.find("grooming", "en").entry.title == "Grooming"  # whichever file is read first
    [problem] = [p for p in guide.load_all() if "duplicate id" in p.message]
    assert problem.path == copy and "en/recognise/grooming.toml has it too and keeps it" in problem.message
    assert "because it was changed later" in problem.message


def test_when_the_first_file_of_a_name_is_broken_the_next_one_is_found(mini_copy):
    first = mini_copy / "en" / "privacy" / "grooming.toml"
    first.write_text('format = 1\nkind = "page"\ntitle = "Broken\n', encoding="utf-8")
    guide = load_guide(mini_copy)
    assert guide.find("grooming", "en").entry.title == "Grooming"
    assert load_guide(mini_copy).content("en").entries["grooming"].title == "Grooming"  # as check reads it


def test_reload_tells_an_error_in_an_edited_file_that_was_not_read_yet(mini_copy):
    guide = load_guide(mini_copy)
    guide.find("home", "en")
    page = mini_copy / "en" / "privacy" / "lock-account.toml"
    page.write_text('format = 1\nkind = "page"\ntitle = "Broken\n', encoding="utf-8")
    _, quiet = reload_guide(guide)
    assert quiet == []  # nothing read it
    _, errors = reload_guide(guide, [page])
    assert [p.path for p in errors] == [page]
