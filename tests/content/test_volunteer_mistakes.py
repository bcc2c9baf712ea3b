"""Mistakes a volunteer makes easily are warned about, with file and line (review V3, M7)."""

from guide_tui.content import load_guide


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _problems(root, name):
    guide = load_guide(root)
    guide.load_all()
    return [p for p in guide.problems if p.path.name == name]


def test_an_indented_paragraph_is_warned_about_at_its_line(mini_copy):
    page = mini_copy / "en" / "recognise" / "grooming.toml"
    _edit(page, "\nSee [lock", "\n    See [lock")
    (problem,) = _problems(mini_copy, "grooming.toml")
    assert problem.severity == "warning" and "shown as code" in problem.message
    assert (
        problem.line
        == page.read_text(encoding="utf-8").splitlines().index("    See [lock your account](page:lock-account).") + 1
    )


def test_indented_lines_inside_a_list_are_fine(mini_copy):
    page = mini_copy / "en" / "recognise" / "grooming.toml"
    _edit(page, "\nSee [lock", "\n- a step\n    that goes on\n\nSee [lock")
    assert _problems(mini_copy, "grooming.toml") == []


def test_an_id_that_does_not_match_the_file_name(mini_copy):
    page = mini_copy / "en" / "recognise" / "grooming.toml"
    _edit(page, 'id = "grooming"', 'id = "groomin"')
    found = [p for p in _problems(mini_copy, "grooming.toml") if "file name" in p.message]
    assert len(found) == 1 and found[0].line == 3 and found[0].severity == "error"


def test_a_self_check_topic_no_help_entry_has_is_warned_with_a_suggestion(mini_copy):
    check = mini_copy / "en" / "practice" / "self-check.toml"
    _edit(check, 'topics = ["sextortion"]', 'topics = ["sextorsion"]')
    found = [p for p in _problems(mini_copy, "self-check.toml") if "topic 'sextorsion'" in p.message]
    assert len(found) == 1 and found[0].line == 41 and "did you mean 'sextortion'" in found[0].hint


def test_a_language_that_is_not_a_language_code(mini_copy):
    helpline = mini_copy / "en" / "help" / "helpline.toml"
    _edit(helpline, 'languages = ["nl", "fr"]', 'languages = ["NL", "vlaams"]')
    found = [p for p in _problems(mini_copy, "helpline.toml") if "not a language code" in p.message]
    assert [p.message.split("'")[1] for p in found] == ["NL", "vlaams"]


def test_a_language_folder_guide_toml_does_not_name(mini_copy):
    (mini_copy / "de").mkdir()
    (mini_copy / "de" / "home.toml").write_text('format = 1\nkind = "menu"\nid = "home"\ntitle = "Start"\nitems = []\n')
    guide = load_guide(mini_copy)
    found = [p for p in guide.load_all() if p.path.name == "de"]
    assert len(found) == 1 and "not a language of this guide" in found[0].message


def test_the_channels_warned_about_are_those_whose_card_shows_no_hours():
    from guide_tui.content.interface import DEFAULT_STRINGS
    from guide_tui.content.mistakes import SHOWS_HOURS
    from guide_tui.content.model import ALWAYS, CHANNEL_KINDS, Channel, HelpEntry
    from guide_tui.content.strings import Strings
    from guide_tui.help_card import channel_lines

    t = Strings(DEFAULT_STRINGS).t
    always = t("help-hours-always")
    for emergency in (False, True):
        for kind in CHANNEL_KINDS:
            entry = HelpEntry(id="x", emergency=emergency, channels=[Channel(kind, "v", hours=ALWAYS)])
            ((_head, details),) = channel_lines(t, entry)
            assert (always in details) == (kind in SHOWS_HOURS), (kind, emergency)


def test_hours_on_a_web_channel_are_warned_about(mini_copy):
    helpline = mini_copy / "en" / "help" / "helpline.toml"
    _edit(helpline, 'kind = "chat"', 'kind = "web"')
    found = [p for p in _problems(mini_copy, "helpline.toml") if "never shows its hours" in p.message]
    assert [p.line for p in found] == [
        helpline.read_text(encoding="utf-8").splitlines().index("[[channels.hours]]") + 1
    ]
