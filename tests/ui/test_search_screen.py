"""Search from any guide screen: `/`, type a word, Enter opens; Escape goes back."""

from textual.widgets import Input, OptionList

from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.language import LanguageScreen
from guide_tui.ui.screens.menu import MenuScreen
from guide_tui.ui.screens.page import PageScreen
from guide_tui.ui.screens.search import SearchScreen

from .helpers import option_ids, screen_text


async def test_slash_type_enter_opens_the_best_match(mini_guide):
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.trail[-1] == "Search"
        await pilot.press(*"lock")
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        assert option_ids(results)[0] == "lock-account"
        assert results.highlighted == 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PageScreen) and app.screen.entry_id == "lock-account"
        # Back to the results as they were, then back to where the search started.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one(Input).value == "lock"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MenuScreen) and app.screen.entry_id == "home"


async def test_results_are_reached_with_the_arrows_and_typing_goes_back_to_the_box(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="grooming")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"help")
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        assert option_ids(results)[:2] == ["help", "helpline"]  # titles first, the shorter first
        await pilot.press("down")
        assert app.screen.focused is results
        await pilot.press("down")
        assert results.highlighted == 1
        await pilot.press("s")
        assert isinstance(app.screen.focused, Input) and app.screen.focused.value == "helps"
        await pilot.press("down", "backspace")  # corrects the words, does not leave
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one(Input).value == "help"
        await pilot.press("down", "up")  # up from the first result: back in the box
        assert isinstance(app.screen.focused, Input)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.screen.entry_id == "helpline"


async def test_accents_and_case_do_not_count_and_nothing_found_says_so(mini_guide):
    app = GuideApp(mini_guide, language="fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"PRIVEE")
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        assert option_ids(results) == ["privacy"]
        assert "Vie privée" in screen_text(app)
        await pilot.press(*"zzz")
        await pilot.pause()
        assert results.option_count == 0
        assert "PRIVEEzzz" in screen_text(app)


async def test_slash_does_nothing_on_the_language_screen(mini_guide):
    app = GuideApp(mini_guide)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, LanguageScreen)


async def test_markup_in_content_is_shown_as_text_in_results(mini_copy):
    page = mini_copy / "en" / "privacy" / "lock-account.toml"
    page.write_text(page.read_text().replace("Make your account", "[bold]Make[/] your [@click=app.quit]account"))
    from guide_tui.content import load_guide

    app = GuideApp(load_guide(mini_copy), language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"private")
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        index = results.get_option_index("lock-account")
        assert "your [@click=app.quit]account private" in str(results.get_option_at_index(index).prompt)


async def test_at_40x12_the_box_and_the_first_results_are_on_screen(mini_guide):
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("slash", *"help")
        await pilot.pause()
        screen_region = app.screen.region
        search_box = app.screen.query_one(Input)
        results = app.screen.query_one("#search-results", OptionList)
        assert search_box.compact
        assert screen_region.contains_region(search_box.region)
        assert results.region.height >= 3 and screen_region.contains_region(results.region)


async def test_quick_exit_works_while_typing_a_search(mini_guide):
    for key in ("f12", "ctrl+x"):
        app = GuideApp(mini_guide, language="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("slash", *"groom", key)
            await pilot.pause()
            assert app.quick_exited


STARTUP = """
import asyncio, sys
from guide_tui.content import bundled_content, load_guide
from guide_tui.ui.app import GuideApp

async def main():
    app = GuideApp(load_guide(bundled_content()), language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = "guide_tui.content.search" in sys.modules
        await pilot.press("slash")
        await pilot.pause()
        print(before, "guide_tui.content.search" in sys.modules)

asyncio.run(main())
"""


def test_search_is_imported_only_when_slash_is_first_pressed():
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, cwd=repo, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
