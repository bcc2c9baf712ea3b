"""Issue 10, item 1, in the app: content that `check` passes never makes two widgets or list
options with one id (review H1, H2)."""

from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.selfcheck import SelfCheckScreen

from ..conftest import FIXTURE_TODAY
from .helpers import option_ids


async def test_advice_linking_to_a_help_entry_it_also_shows_lists_it_once(mini_copy):
    check = mini_copy / "en" / "practice" / "self-check.toml"
    text = check.read_text("utf-8")
    check.write_text(text.replace("- Keep the messages.", "- Keep the messages. [Helpline](page:helpline)"), "utf-8")
    guide = load_guide(mini_copy, today=FIXTURE_TODAY)
    assert not [p for p in guide.load_all() if p.is_error]
    app = GuideApp(guide, language="en", open_id="self-check")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # Yes
        await pilot.pause()
        await pilot.press("enter")  # Flanders
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SelfCheckScreen) and screen.node.id == "threat"
        ids = option_ids(screen.query_one("#answers"))
        assert ids.count("helpline") == 1


async def test_a_menu_model_with_a_repeated_item_still_opens(mini_guide):
    home = mini_guide.find("home", "en").entry
    home.items.append(home.items[0])  # as if built some other way than the loader
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ids = option_ids(app.screen.query_one("#menu-items"))
        assert len(ids) == len(set(ids))
