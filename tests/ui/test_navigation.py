"""A reader walks the bundled guide: language, themes, pages, back, --open, resize."""

import pytest
from textual.widgets import OptionList

from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.language import LanguageScreen
from guide_tui.ui.screens.menu import MenuScreen
from guide_tui.ui.screens.page import PageScreen

from .helpers import choose_option, screen_text

LANGUAGES = ["nl", "fr", "en"]
THEMES = ["recognise", "privacy", "help"]


@pytest.mark.parametrize("code", LANGUAGES)
async def test_choosing_a_language_opens_the_main_menu_in_it(bundled_guide, code):
    app = GuideApp(bundled_guide)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, LanguageScreen)
        names = [str(option.prompt) for option in app.screen.query_one(OptionList).options]
        assert names == ["Nederlands", "Français", "English"]
        await choose_option(pilot, code)
        assert app.language == code
        assert isinstance(app.screen, MenuScreen) and app.screen.entry_id == "home"
        assert bundled_guide.strings(code)["app-title"] in screen_text(app)


@pytest.mark.parametrize("code", LANGUAGES)
async def test_walk_into_each_theme_open_a_page_and_come_back(bundled_guide, code):
    app = GuideApp(bundled_guide, language=code)
    async with app.run_test(size=(80, 24)) as pilot:
        for theme in THEMES:
            await choose_option(pilot, theme)
            assert app.screen.entry_id == theme
            theme_title = bundled_guide.find(theme, code).entry.title
            assert app.screen.trail[-1] == theme_title
            # Open the first entry of the theme, then go back twice with both keys.
            first = app.screen.query_one(OptionList).get_option_at_index(0).id
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen.entry_id == first
            assert not app.screen.fallback, f"{first} is not translated into {code}"
            await pilot.press("backspace")
            await pilot.pause()
            assert app.screen.entry_id == theme
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen.entry_id == "home"


async def test_back_from_the_main_menu_returns_to_the_language_choice(bundled_guide):
    app = GuideApp(bundled_guide)
    async with app.run_test(size=(80, 24)) as pilot:
        await choose_option(pilot, "fr")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LanguageScreen)
        await choose_option(pilot, "nl")
        assert app.language == "nl"
        assert "Start" in screen_text(app)


async def test_mouse_click_opens_a_menu_item(bundled_guide):
    app = GuideApp(bundled_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        option_list = app.screen.query_one(OptionList)
        first = option_list.get_option_at_index(0).id
        await pilot.click(OptionList, offset=(3, 0))  # the first option's first line
        await pilot.pause()
        assert app.screen.entry_id == first
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.entry_id == "home"


@pytest.mark.parametrize("code", LANGUAGES)
async def test_open_goes_straight_to_a_page_with_its_breadcrumb(bundled_guide, code):
    app = GuideApp(bundled_guide, language=code, open_id="sextortion")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PageScreen) and app.screen.entry_id == "sextortion"
        titles = [bundled_guide.find(i, code).entry.title for i in ("home", "recognise", "sextortion")]
        assert app.screen.trail == titles
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.entry_id == "recognise"


async def test_open_builds_only_the_page_and_the_menus_above_it_on_the_way_back(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="grooming")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # The page is the first screen (the app's default screen, nothing under it).
        assert [getattr(s, "entry_id", None) for s in app.screen_stack] == ["grooming"]
        assert app.screen.trail == ["Start", "Recognise", "Grooming"]
        for entry_id, trail in (("recognise", ["Start", "Recognise"]), ("home", ["Start"])):
            await pilot.press("escape")
            await pilot.pause()
            assert (app.screen.entry_id, app.screen.trail, len(app.screen_stack)) == (entry_id, trail, 1)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LanguageScreen)


async def test_resizing_keeps_the_reader_in_place(bundled_guide):
    app = GuideApp(bundled_guide, language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await choose_option(pilot, "recognise")
        await pilot.press("down", "down")
        highlighted = app.screen.query_one(OptionList).highlighted
        for size in [(120, 40), (60, 20), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert app.screen.entry_id == "recognise"
            assert app.screen.query_one(OptionList).highlighted == highlighted
            assert app.size == size


async def test_a_menu_in_the_fallback_language_says_so(mini_copy):
    (mini_copy / "fr" / "privacy" / "privacy.toml").unlink()
    guide = load_guide(mini_copy)
    app = GuideApp(guide, language="fr", open_id="privacy")
    async with app.run_test(size=(80, 24)):
        assert isinstance(app.screen, MenuScreen) and app.screen.fallback
        notice = guide.strings("fr").t("fallback-notice", language="English")
        assert str(app.screen.query_one(".fallback").render()) == notice


@pytest.mark.parametrize("kiosk", [False, True], ids=["facilitator", "kiosk"])
async def test_broken_content_is_announced_on_the_main_menu_outside_kiosk_mode(mini_copy, kiosk):
    # The app reads a file when its entry is first shown: the main menu knows about the files
    # it reads (its own and those of its items), not yet about a page further down.
    (mini_copy / "en" / "recognise" / "recognise.toml").write_text('format = 1\nkind = "menu"\nid = "recog', "utf-8")
    guide = load_guide(mini_copy)
    app = GuideApp(guide, language="en", kiosk=kiosk)
    async with app.run_test(size=(80, 24)):
        shown = "Run 'guide-tui check'" in screen_text(app)
        assert shown is not kiosk
