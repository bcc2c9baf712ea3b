"""On a shared computer: kiosk mode leaves nothing behind; progress is kept only when asked."""

import re
from pathlib import Path

import pytest

from guide_tui.cli import build_app, parse_run_options
from guide_tui.session import ReaderSession
from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.checklist import ChecklistScreen
from guide_tui.ui.screens.next_steps import NextStepsScreen

from .helpers import choose_option, notifications


@pytest.fixture
def empty_home(tmp_path, monkeypatch):
    """HOME and every platformdirs folder point at empty folders; the env overrides are unset."""
    folders = {name: tmp_path / name for name in ("home", "config", "data", "cache", "state", "site")}
    for folder in folders.values():
        folder.mkdir()
    monkeypatch.setenv("HOME", str(folders["home"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folders["config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(folders["data"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folders["cache"]))
    monkeypatch.setenv("XDG_STATE_HOME", str(folders["state"]))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(folders["site"]))
    for variable in ("GUIDE_TUI_SETTINGS", "GUIDE_TUI_SITE_CONFIG", "GUIDE_TUI_DATA_DIR", "GUIDE_TUI_CONTENT"):
        monkeypatch.delenv(variable, raising=False)
    return folders


def files_under(folders):
    return sorted(str(p) for folder in folders.values() for p in folder.rglob("*"))


async def full_session(app, pilot):
    """Language, a checklist ticked with keep-progress asked for, theme, self-check, quick exit."""
    await choose_option(pilot, "nl")
    app.open_entry("checklist-tiktok")
    await pilot.pause()
    assert isinstance(app.screen, ChecklistScreen)
    await pilot.press("space")
    keep = app.screen.query("#keep-progress")
    if keep:  # not offered in kiosk mode
        keep.first().value = True
    await pilot.press("f2")
    app.open_entry("self-check")
    await pilot.pause()
    await pilot.press("enter")  # "yes, in danger" leads straight to advice
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, NextStepsScreen)
    await pilot.press("p")  # printing is not allowed in kiosk mode
    await pilot.pause()


async def test_kiosk_session_writes_nothing_anywhere(empty_home):
    app = build_app(parse_run_options(["--kiosk"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await full_session(app, pilot)
        assert app.is_running
        assert app.progress  # kept in memory for this reader...
        assert app.session.answers  # the self-check's answers too
        await pilot.press("f12")
        await pilot.pause()
        assert app.progress == {}  # ...and gone after quick exit, with everything else of the reader
        assert app.session == ReaderSession(app.guide.default_language)
    assert files_under(empty_home) == []


async def test_progress_is_kept_only_after_the_reader_chooses_it(empty_home):
    app = build_app(parse_run_options(["--lang", "en", "--open", "checklist-tiktok"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        assert app.progress["checklist-tiktok"]
        assert not list(empty_home["data"].rglob("progress.toml"))  # in memory only, by default
        keep = app.screen.query_one("#keep-progress")
        keep.scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click(keep)
        await pilot.pause()
        assert keep.value
    (stored,) = empty_home["data"].rglob("progress.toml")
    ticked = set(app.progress["checklist-tiktok"])

    again = build_app(parse_run_options(["--lang", "en", "--open", "checklist-tiktok"]))
    async with again.run_test(size=(80, 24)) as pilot:
        assert again.progress["checklist-tiktok"] == ticked
        assert again.screen.query_one(f"#step-{sorted(ticked)[0]}").value
        again.screen.query_one("#keep-progress").value = False  # forget it on this computer
        await pilot.pause()
    assert not stored.exists()


async def test_a_broken_settings_file_is_reported_in_one_line_and_the_guide_runs(empty_home):
    settings = empty_home["config"] / "guide-tui" / "settings.toml"
    settings.parent.mkdir()
    settings.write_bytes(b"language = \x00\xff[[")
    app = build_app(parse_run_options([]))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        messages = notifications(app)
        assert len(messages) == 1 and "\n" not in messages[0] and str(settings) in messages[0]
        assert settings.read_bytes() == b"language = \x00\xff[["  # reading changes nothing
        await choose_option(pilot, "fr")  # saving the choice sets the broken file aside, and says so
        assert app.language == "fr"
        await pilot.pause()
        messages = notifications(app)
        assert len(messages) == 2 and ".broken" in messages[1]
    assert (settings.parent / "settings.toml.broken").read_bytes() == b"language = \x00\xff[["
    assert 'language = "fr"' in settings.read_text(encoding="utf-8")


async def test_language_and_theme_are_remembered_outside_kiosk_mode(empty_home):
    app = build_app(parse_run_options([]))
    async with app.run_test(size=(80, 24)) as pilot:
        await choose_option(pilot, "fr")
        await pilot.press("f2")
        theme = app.theme
    again = build_app(parse_run_options([]))
    async with again.run_test(size=(80, 24)) as pilot:
        languages = again.screen.query_one("#languages")
        assert languages.get_option_at_index(languages.highlighted).id == "fr"
        assert again.theme == theme


async def test_site_configuration_turns_on_kiosk_mode(empty_home, tmp_path, monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text('kiosk = true\nidle_timeout = 60\ndefault_language = "nl"\n', encoding="utf-8")
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(site))
    app = build_app(parse_run_options([]))
    assert app.kiosk and app.idle_timeout == 60 and app.settings_store is None
    async with app.run_test(size=(80, 24)) as pilot:
        languages = app.screen.query_one("#languages")
        assert languages.get_option_at_index(languages.highlighted).id == "nl"
        await pilot.press("ctrl+q")
        assert app.is_running
    assert files_under(empty_home) == []


async def test_kiosk_neutral_screen_speaks_the_sites_language_not_the_readers(empty_home, tmp_path, monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text('kiosk = true\ndefault_language = "nl"\n', encoding="utf-8")
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(site))
    app = build_app(parse_run_options(["--lang", "fr"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12")
        await pilot.pause()
        shown = str(app.screen.query_one("Static").render())
        assert shown == app.guide.strings("nl")["neutral-screen"] != app.guide.strings("fr")["neutral-screen"]


async def test_the_readmes_example_exit_key_quits_a_kiosk(mini_guide):
    """The admin copies the README's site configuration: its exit key must be one a terminal sends."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    key = re.search(r'^exit_key = "([^"]+)"', readme, re.M).group(1)
    app = GuideApp(mini_guide, language="en", kiosk=True, exit_key=key)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")  # blocked in a kiosk
        assert app.is_running
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running
