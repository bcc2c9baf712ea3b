"""Plain mode (`--plain`): the guide as lines and numbered choices, driven by standard input.

Run in-process on io.StringIO streams (fast); one subprocess checks the real command piped.
"""

import io
import subprocess
import sys
from pathlib import Path

import pytest

from guide_tui import cli
from guide_tui.plain_mode import PlainGuide, markdown_lines

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ["nl", "fr", "en"]
THEMES = ["recognise", "privacy", "help"]


def play(guide, *lines, **options):
    """Run plain mode on `lines` typed by the reader; returns (printed text, the reader)."""
    out = io.StringIO()
    reader = PlainGuide(guide, io.StringIO("".join(line + "\n" for line in lines)), out, **options)
    assert reader.run() == 0
    return out.getvalue(), reader


def number_of(guide, code, menu_id, item_id):
    """The number plain mode gives `item_id` in the menu `menu_id` (items that can be opened)."""
    items = [i for i in guide.find(menu_id, code).entry.items if guide.find(i, code) is not None]
    return str(items.index(item_id) + 1)


@pytest.mark.parametrize("code", LANGUAGES)
def test_walk_into_each_theme_open_a_page_back_and_quick_exit(bundled_guide, code):
    typed = []
    expected = []
    for theme in THEMES:
        menu = bundled_guide.find(theme, code).entry
        first = next(i for i in menu.items if bundled_guide.find(i, code) is not None)
        typed += [number_of(bundled_guide, code, "home", theme), "1", "b", "b"]
        expected += [menu.title, bundled_guide.find(first, code).entry.title]
    text, reader = play(bundled_guide, *typed, "x", "this line is never read", language=code)
    assert reader.quick_exited
    for title in expected:
        assert title in text
    # Quick exit prints nothing more: the output ends with the prompt the reader answered.
    assert text.endswith(bundled_guide.strings(code)["plain-prompt"] + "\n")
    assert "\x1b" not in text  # no colours, no cursor movement, no clearing
    # Back from a page shows its menu again, briefly: the title and the choices.
    assert text.count(bundled_guide.strings(code)["app-title"]) >= 4


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_choice_first_and_back_to_it_from_the_main_menu(bundled_guide, code):
    number = str(bundled_guide.language_codes.index(code) + 1)
    text, reader = play(bundled_guide, number, "b", "q")
    strings = bundled_guide.strings(code)
    assert strings["app-title"] in text
    assert text.count("1. Nederlands") == 2  # first, and again after `b` from the main menu
    assert not reader.quick_exited


def test_keys_bad_input_search_and_end_of_input(mini_guide):
    text, _ = play(mini_guide, "?", "9", "hello", "/lock", "1.", language="en")  # then the input ends
    strings = mini_guide.strings("en")
    assert strings["plain-keys"] in text
    assert strings.t("plain-not-a-choice", input="9", count=6) in text
    assert strings.t("plain-not-a-choice", input="hello", count=6) in text
    assert text.count("Guide: safe online") == 1  # a wrong answer does not print the screen again
    assert "Search: lock" in text and "1. Lock your account" in text
    assert text.rstrip().endswith(strings["plain-prompt"])
    # Nothing to open on a page without links says so.
    text, _ = play(mini_guide, "1", language="en", open_id="lock-account")
    assert strings["plain-no-choices"] in text


def test_page_text_is_plain_with_links_as_numbered_choices(mini_guide):
    text, _ = play(mini_guide, "1", language="en", open_id="grooming")
    assert "See lock your account [1]." in text
    assert "(page:" not in text and "**" not in text
    assert "Sources:\n- example.org/grooming (2025)" in text
    assert "1. Lock your account" in text
    assert text.count("Make your account private.") == 1  # the link opened the page


def test_open_starts_at_the_page_and_back_goes_up_its_menus(mini_guide):
    text, _ = play(mini_guide, "b", "b", language="nl", open_id="lock-account")
    assert text.index("Account afschermen") < text.index("Privacy")


def test_self_check_questions_back_result_help_and_next_steps(mini_guide):
    # Yes -> where do you live? -> back -> again Yes -> Flanders -> result -> next steps.
    text, _ = play(mini_guide, "4", "1", "b", "1", "1", "1", language="en")
    strings = mini_guide.strings("en")
    assert text.count("Where do you live?") == 2
    assert "3. " + strings["unsure"] in text
    assert "- Don't pay and don't send more." in text
    assert strings["selfcheck-help"] + ":" in text
    assert "1. " + strings["next-steps"] in text
    assert "2. Helpline, 116 000: Free help, day and night." in text
    next_steps = text.split(strings["next-steps"] + "\n")[-1]
    assert "Helpline\nPhone: 116 000" in next_steps


def test_self_check_unsure_and_opening_a_service_card(mini_guide):
    text, _ = play(mini_guide, "4", "3", "2", language="en")
    assert "Talk to someone you trust." in text
    assert "How to reach them\nPhone: 116 000\n    Open 24 hours a day, 7 days a week" in text
    assert "Chat: example.org/chat\n    Mon–Fri 18:00–23:00; Wed, Sun 15:00–24:00" in text


def test_scenario_messages_choices_and_feedback(mini_guide):
    text, _ = play(mini_guide, "5", "2", language="en")
    assert "A new follower · ChatApp" in text
    assert "Sam: hey, you're so much more mature than people your age\nYou: thanks" in text
    assert "What would you do?\n\n1. Stop answering and tell someone you trust.\n2. Keep chatting" in text
    feedback = text.split("You chose:")[1]
    assert "Keep chatting and say nothing." in feedback
    assert "Many people would. Talk to someone you trust first." in feedback
    assert "The red flags in this chat (2)" in feedback
    assert "  Red flag: Asking you to keep it secret." in feedback
    assert feedback.index("Many people would") < feedback.index("The red flags")


def test_checklist_steps_are_listed(mini_guide):
    text, _ = play(mini_guide, language="en", open_id="checklist-demo")
    assert "Steps:\n1) Make your account private\n   Switch on 'Private account'.\n   Menu: Settings > Privacy" in text
    assert "2) Only friends can message you\n   Only on Android\n   Checked on 2024-01-15: may be out of date" in text


def test_fallback_pages_say_so(mini_guide):
    text, _ = play(mini_guide, language="fr", open_id="lock-account")
    assert mini_guide.strings("fr").t("fallback-notice", language="English") in text


def test_control_characters_in_content_never_reach_the_terminal(mini_guide):
    mini_guide.find("grooming", "en").entry.title = "Groo\x1b[2Jming\x9b31m"
    text, _ = play(mini_guide, language="en", open_id="grooming")
    assert "Groo[2Jming31m" in text
    assert "\x1b" not in text and "\x9b" not in text


def test_kiosk_quick_exit_and_quit_start_afresh(mini_guide):
    text, reader = play(mini_guide, "x", "3", "q", language="en", kiosk=True, open_id="grooming", site_language="fr")
    assert not reader.quick_exited
    neutral = mini_guide.strings("fr")["neutral-screen"]
    assert text.count(neutral) == 2
    after = text.split(neutral)[1]
    assert "1. Nederlands" in after and "Grooming" not in after


def test_markdown_lines_keep_headings_lists_and_paragraphs():
    body = "Intro line one\ncontinues here.\n\n## Heading\n* one\n  two\n1. first\n[web](https://example.org) and [page](page:p)"
    assert markdown_lines(body, {"p": 3}) == [
        "Intro line one continues here.",
        "",
        "Heading",
        "",
        "- one two",
        "1. first web (https://example.org) and page [3]",
    ]


def test_command_line_plain_writes_nothing_to_disk(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GUIDE_TUI_SETTINGS", str(tmp_path / "settings.toml"))
    monkeypatch.setenv("GUIDE_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(tmp_path / "site.toml"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("1\n1\nb\nq\n"))
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--plain", "--content", str(REPO / "tests" / "fixtures" / "mini"), "--lang", "en"]) == 0
    assert "Recognise" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_command_line_plain_rejects_an_unknown_language(capsys):
    assert cli.main(["--plain", "--lang", "xx"]) == 2
    assert "unknown language 'xx'" in capsys.readouterr().err


def test_piped_command_never_imports_textual():
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "guide_tui", "--plain", "--lang", "fr"],
        input="5\n1\nb\n/aide\n1\nx\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=str(REPO),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Trouver de l'aide" in result.stdout or "aide" in result.stdout
    assert "\x1b" not in result.stdout
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert "guide_tui.plain_mode" in imported and "guide_tui.content.search" in imported
    assert not [name for name in imported if name.split(".")[0] in ("textual", "rich")]


@pytest.mark.parametrize("code", LANGUAGES)
def test_bundled_scenarios_end_in_feedback_and_self_check_paths_in_help(bundled_guide, code):
    from guide_tui.content.model import Scenario, SelfCheck
    from guide_tui.content.walks import UNSURE, walks

    strings = bundled_guide.strings(code)
    entries = [bundled_guide.find(i, code).entry for i in bundled_guide.entry_ids(code)]
    for scenario in [e for e in entries if isinstance(e, Scenario)]:
        text, _ = play(bundled_guide, "1", language=code, open_id=scenario.id)
        assert strings["scenario-your-choice"] in text, scenario.id
        if scenario.closing:
            assert strings["scenario-remember"] in text
    for check in [e for e in entries if isinstance(e, SelfCheck)]:
        for walk in walks(check)[:12]:
            typed = []
            for visit, pick in zip(walk.visits, walk.picks):
                answers = check.nodes[visit.node].answers
                typed.append(str(len(answers) + 1 if pick == UNSURE else int(pick) + 1))
            text, _ = play(bundled_guide, *typed, "1", language=code, open_id=check.id)
            assert strings["selfcheck-help"] + strings["colon"].rstrip() in text
            assert text.rstrip().endswith(strings["plain-prompt"])
            assert "\n" + strings["next-steps"] + "\n\n" in text  # the next steps opened


def test_ctrl_c_ends_quietly(mini_guide):
    class Interrupted(io.StringIO):
        def readline(self, *args):
            raise KeyboardInterrupt

    out = io.StringIO()
    assert PlainGuide(mini_guide, Interrupted(), out, language="en").run() == 130
    assert "Traceback" not in out.getvalue()
