"""A page whose text fills the window adds "see also" and its sources after the first frame
(screens/page.py); they are there for the keyboard and the mouse as on any page."""

import dataclasses

from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.page import PageScreen
from guide_tui.ui.widgets.choices import Choices

LONG = "\n\n".join(f"Paragraph {n} with words enough to fill a line or two of the page." for n in range(30))


def page_screen(app, body=None):
    found = app.guide.find("grooming", "en")
    entry = (
        found.entry if body is None else dataclasses.replace(found.entry, body=body + "\n\n[Lock](page:lock-account)")
    )
    return PageScreen(entry, ["Start", entry.title])


async def test_a_long_page_adds_what_is_below_its_text_after_the_first_frame(mini_guide):
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = page_screen(app, LONG)
        app.push_screen(screen)
        await pilot.pause()
        assert screen.below_later
        assert screen.query_one("#see-also", Choices).option_count == 1
        assert "example.org/grooming" in str(screen.query_one(".sources").render())
        await pilot.press("tab")
        assert screen.focused is screen.query_one("#see-also")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.entry_id == "lock-account"


async def test_a_short_page_is_built_whole(mini_guide):
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = page_screen(app)
        app.push_screen(screen)
        await pilot.pause()
        assert not screen.below_later and screen.query("#see-also")
