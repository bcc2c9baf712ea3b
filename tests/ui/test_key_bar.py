"""The key bar (widgets/key_bar.py): the screen's keys on one line, in the reader's language,
following the bindings as they change, and a click on a key presses it."""

from guide_tui.ui.app import GuideApp
from guide_tui.ui.widgets.key_bar import KeyBar


def bar_text(app) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def click_on(pilot, label: str) -> None:
    bar = pilot.app.screen.query_one(KeyBar)
    x = str(bar.render()).index(label)
    await pilot.click(KeyBar, offset=(x + 1, 0))
    await pilot.pause()


async def test_the_bar_names_the_keys_in_the_readers_language_and_follows_the_screen(mini_guide):
    app = GuideApp(mini_guide, language="nl", open_id="grooming")
    async with app.run_test(size=(80, 24)) as pilot:
        assert bar_text(app).startswith("Esc Terug (mini) Ctrl+Q Stoppen (mini) F12 Quick exit")
        await pilot.press("f4")  # facilitator mode: its keys join the bar
        await pilot.pause()
        assert "N " in bar_text(app) and "L " in bar_text(app)
        await pilot.press("f4")
        await pilot.pause()
        assert "N " not in bar_text(app)


async def test_a_click_on_a_key_presses_it(mini_guide):
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        theme = app.theme
        await click_on(pilot, "Theme")
        assert app.theme != theme
        await click_on(pilot, "Quit")
        assert not app.is_running


async def test_a_click_between_the_keys_does_nothing(mini_guide):
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        theme = app.theme
        await pilot.click(KeyBar, offset=(79, 0))  # past the last key
        await pilot.pause()
        assert app.is_running and app.theme == theme
