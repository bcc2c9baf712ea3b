"""The first screen: pick a language, each shown in its own name.

Few widgets, and one container (guide.tcss centres the prompt and list on the screen): each
one costs start-up time before the reader sees anything.
"""

from __future__ import annotations

from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
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
        with Widget(classes="topbar"):
            yield QuickExit(self.app.t("quick-exit-button"))
        yield Static(plain(prompts or "Language"), id="language-prompt")
        with Widget(classes="centred"):  # the screen centres the prompt and list only as a whole
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
