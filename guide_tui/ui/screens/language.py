"""The first screen: pick a language, each shown in its own name."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ..plain import plain


class LanguageScreen(Screen):
    BINDINGS = [Binding("enter", "choose", "OK", show=False)]

    def compose(self) -> ComposeResult:
        guide = self.app.guide  # type: ignore[attr-defined]
        prompts = " · ".join(language.prompt for language in guide.languages if language.prompt)
        with Vertical(id="language-box"):
            yield Static(plain(prompts or "Language"), id="language-prompt")
            with Center():
                yield OptionList(
                    *[Option(plain(language.name), id=language.code) for language in guide.languages],
                    id="languages",
                )
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.app.choose_language(event.option_id)  # type: ignore[attr-defined]
