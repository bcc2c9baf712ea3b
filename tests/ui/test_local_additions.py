"""Issue 12, item 5: a school's own help entry, listed by its local copy of the help menu, is
there for a reader to open (the model-level tests are in tests/content/test_local_additions.py)."""

from textual.widgets import OptionList

from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.menu import MenuScreen

from ..conftest import FIXTURE_TODAY, MINI
from ..content.test_local_additions import LOCAL_HELP_MENU, YOUTH_SERVICE
from .helpers import choose_option, option_ids, screen_text


async def test_a_local_help_entry_is_in_the_help_menu_and_opens(tmp_path):
    local = tmp_path / "local"
    (local / "en").mkdir(parents=True)
    (local / "en" / "youth-service.toml").write_text(YOUTH_SERVICE, encoding="utf-8")
    (local / "en" / "help.toml").write_text(LOCAL_HELP_MENU, encoding="utf-8")
    app = GuideApp(load_guide(MINI, FIXTURE_TODAY, local), language="en", open_id="help")
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, MenuScreen) and app.screen.entry_id == "help"
        assert option_ids(app.screen.query_one(OptionList)) == ["helpline", "youth-service"]
        await choose_option(pilot, "youth-service")
        assert app.screen.entry_id == "youth-service"
        assert "050 12 34 56" in screen_text(app)
