"""The private Textual API the guide relies on (guide_tui/ui/textual_compat.py) still works.

If this fails after a Textual upgrade, do not just bump the pin: fix textual_compat.py.
"""

from importlib.metadata import version

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from guide_tui.ui.textual_compat import TEXTUAL_VERSION, bind_key, replaceable, translate_bindings


def test_textual_is_the_version_textual_compat_was_written_for():
    assert version("textual") == TEXTUAL_VERSION, (
        "Textual was upgraded: check every private API use in guide_tui/ui/textual_compat.py, "
        "then update TEXTUAL_VERSION and the pin in pyproject.toml"
    )


class Labelled(App):
    BINDINGS = [Binding("f12", "quick_exit", "quick-exit"), Binding("f2", "theme", "theme", show=False)]


async def test_binding_descriptions_are_translated_and_can_be_translated_again():
    app = Labelled()
    async with app.run_test():
        translate_bindings(app, {"quick-exit": "Snel weg", "theme": "Thema"}.get)
        shown = {b.binding.key: b.binding.description for b in app.active_bindings.values()}
        assert shown["f12"] == "Snel weg" and shown["f2"] == "Thema"
        translate_bindings(app, {"quick-exit": "Sortie rapide", "theme": "Thème"}.get)
        shown = {b.binding.key: b.binding.description for b in app.active_bindings.values()}
        assert shown["f12"] == "Sortie rapide"  # from the kept keys, not from the Dutch text


async def test_a_key_can_be_bound_after_start_up():
    app = Labelled()
    pressed = []
    app.action_site_exit = lambda: pressed.append("exit")
    bind_key(app, "ctrl+alt+e", "site_exit")
    async with app.run_test() as pilot:
        await pilot.press("ctrl+alt+e")
        await pilot.pause()
    assert pressed == ["exit"]


class First(Screen):
    def compose(self):
        yield Static("first")


class StartsOnItsFirstScreen(App):
    def get_default_screen(self):
        return replaceable(First())


async def test_a_first_screen_made_the_default_one_can_be_switched_for_an_empty_one():
    app = StartsOnItsFirstScreen()
    async with app.run_test() as pilot:
        first = app.screen
        assert isinstance(first, First) and app.screen_stack == [first]
        await app.switch_screen(Screen())
        await pilot.pause()
        assert len(app.screen_stack) == 1 and type(app.screen) is Screen and not first.is_attached
