"""The first screen: pick a language, each shown in its own name."""

from __future__ import annotations

from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from ..app import GuideApp
from ..plain import plain
from ..widgets.key_bar import KeyBar
from ..widgets.quick_exit import QuickExit


class LanguageScreen(Screen[None]):
    app = getters.app(GuideApp)
    BINDINGS = [Binding("enter", "choose", "OK", show=False)]

    def compose(self) -> ComposeResult:
        guide = self.app.guide
        prompts = " · ".join(language.prompt for language in guide.languages if language.prompt)
        with Horizontal(classes="topbar"):
            yield QuickExit(self.app.t("quick-exit-button"))
        with Vertical(id="language-box"):
            yield Static(plain(prompts or "Language"), id="language-prompt")
            with Center():
                yield OptionList(
                    *[Option(plain(language.name), id=language.code) for language in guide.languages],
                    id="languages",
                )
        yield KeyBar()

    def on_mount(self) -> None:
        preferred = self.app.preferred_language
        languages = self.query_one("#languages", OptionList)
        if preferred:
            try:
                languages.highlighted = languages.get_option_index(preferred)
            except OptionDoesNotExist:  # a language the content no longer has
                pass
        languages.focus()

    def on_screen_resume(self) -> None:
        """Back from the guide: the quick-exit label follows the language the footer is in."""
        self.query_one(QuickExit).update(plain(self.app.t("quick-exit-button")))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.app.choose_language(event.option_id)
