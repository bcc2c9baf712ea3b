"""`guide-tui --watch`: an edited file shows at once, on the same entry and step; a broken edit
keeps the last good version and says what is wrong. The reload is triggered by calling the
check the timer would call (no waiting on real time)."""

from textual.screen import Screen

from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp

from .helpers import notifications, screen_text


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


async def test_an_edited_page_shows_at_once_on_the_same_screen(mini_copy):
    page = mini_copy / "en" / "recognise" / "grooming.toml"
    app = GuideApp(load_guide(mini_copy), language="en", open_id="grooming", watch_content=True)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        shown = [type(s) for s in app.screen_stack if type(s) is not Screen]  # not the empty bottom one
        _edit(page, "then asks for photos", "then asks for pictures")
        app.reload_if_changed()
        await pilot.pause()
        assert app.screen.entry_id == "grooming"
        assert [type(s) for s in app.screen_stack if type(s) is not Screen] == shown
        assert "then asks for pictures" in screen_text(app)
        await pilot.press("escape")  # the menus below were rebuilt too
        await pilot.pause()
        assert app.screen.entry_id == "recognise"


async def test_a_broken_edit_keeps_the_last_good_version_and_names_the_file(mini_copy):
    page = mini_copy / "en" / "recognise" / "grooming.toml"
    app = GuideApp(load_guide(mini_copy), language="en", open_id="grooming", watch_content=True)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        _edit(page, 'title = "Grooming"', 'title = "Grooming')  # no closing quote
        app.reload_if_changed()
        await pilot.pause()
        await pilot.pause()  # the new screens mount, then show the notice
        assert app.screen.entry_id == "grooming"
        assert "then asks for photos" in screen_text(app)
        assert any("grooming.toml:4" in message for message in notifications(app)), notifications(app)


async def test_the_scenario_keeps_the_messages_already_shown(mini_copy):
    guide = load_guide(mini_copy)
    app = GuideApp(guide, language="en", open_id="scenario-demo", watch_content=True)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        assert app.screen.shown == 2
        scenario = mini_copy / "en" / "practice" / "scenario-demo.toml"
        _edit(scenario, 'title = "A new follower"', 'title = "A new follower (edited)"')
        app.reload_if_changed()
        await pilot.pause()
        assert app.screen.shown == 2 and "A new follower (edited)" in screen_text(app)


async def test_nothing_changed_means_nothing_reloaded(mini_copy):
    app = GuideApp(load_guide(mini_copy), language="en", open_id="grooming", watch_content=True)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        screen = app.screen
        app.reload_if_changed()
        await pilot.pause()
        assert app.screen is screen and notifications(app) == []


async def test_the_self_check_stays_on_the_same_question(mini_copy):
    app = GuideApp(load_guide(mini_copy), language="en", open_id="self-check", watch_content=True)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the first answer: the next question
        await pilot.pause()
        question = app.screen.node.id
        assert question != app.screen.check.start
        check = mini_copy / "en" / "practice" / "self-check.toml"
        title = app.screen.check.title
        _edit(check, f'title = "{title}"', f'title = "{title} (edited)"')
        app.reload_if_changed()
        await pilot.pause()
        assert app.screen.node.id == question and app.screen.check.title == f"{title} (edited)"
        await pilot.press("escape")  # one question back, as before the reload
        await pilot.pause()
        assert app.screen.node.id == app.screen.check.start


async def test_a_page_opened_with_open_and_then_removed_gives_way_to_the_menu_above_it(mini_copy):
    app = GuideApp(load_guide(mini_copy), language="en", open_id="grooming", watch_content=True)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        (mini_copy / "en" / "recognise" / "grooming.toml").unlink()
        app.reload_if_changed()
        await pilot.pause()
        assert (app.screen.entry_id, app.screen.trail) == ("recognise", ["Start", "Recognise"])
        await pilot.press("escape")  # the menus above are still built on the way back
        await pilot.pause()
        assert app.screen.entry_id == "home"
