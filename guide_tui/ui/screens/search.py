"""Search (`/`): type words, see the entries that have them with the matching words marked,
Enter opens one. The index (guide_tui/content/search.py) is built on the first search.

This module is imported only when the reader first presses `/`, so search costs nothing at
start-up.
"""

from __future__ import annotations

from typing import ClassVar, List

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from guide_tui.content.search import Result, index_for

from ..plain import plain
from ..widgets.choices import Choices
from .base import GuideScreen

MAX_RESULTS = 50
SMALL_HEIGHT = 20  # rows; below this the search box has no border


def result_label(result: Result, language_name: str = "") -> Content:
    """A result in the list: the title, then the text around the matching words, which are
    bold and underlined (not marked by colour alone)."""
    label = plain("• " + result.entry.title, "bold")
    if language_name:
        label += plain(f"  ({language_name})", "italic $text-muted")
    snippet = result.snippet
    if snippet.text:
        text = plain(snippet.text, "$text-muted")
        for start, end in snippet.marks:
            text = text.stylize("bold underline $text", start, end)
        label += plain("\n") + text
    return label


class Results(Choices):
    """The result list; Up on the first result goes back to the search box."""

    def action_cursor_up(self) -> None:
        if self.highlighted in (None, 0) and isinstance(self.screen, SearchScreen):
            self.screen.focus_input()
        else:
            super().action_cursor_up()


class SearchScreen(GuideScreen):
    """The search box stays at the top; the results scroll below it, highlight on screen."""

    DEFAULT_CSS = """
    SearchScreen #search-results {
        height: 1fr;
        border: none;
        padding: 0;
    }
    SearchScreen #search-results > .option-list--option {
        padding: 0 1;
    }
    """
    BINDINGS: ClassVar[List[BindingType]] = [
        Binding("down", "to_results", show=False),
    ]

    def __init__(self, trail: List[str]) -> None:
        super().__init__(trail, "search")

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield from self.compose_top()
        with Vertical(classes="body", id="search-box"):
            yield Static(plain(t("search")), classes="title")
            yield Input(id="search-input", select_on_focus=False)
            yield Static(plain(t("search-hint")), classes="hint", id="search-hint")
            yield Static(id="search-status", classes="hint")
            yield Results(id="search-results")
        yield from self.compose_bottom()

    def after_mount(self) -> None:
        self.query_one("#search-results").display = False
        self.query_one("#search-status").display = False
        self.focus_input()

    def focus_input(self) -> None:
        self.query_one("#search-input", Input).focus()

    @property
    def results(self) -> Results:
        return self.query_one("#search-results", Results)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.search(event.value)

    def search(self, query: str) -> None:
        app = self.app
        status = self.query_one("#search-status", Static)
        results = self.results
        results.clear_options()
        # The hint makes room for the results once the reader types (the footer names the keys).
        self.query_one("#search-hint").display = not query.strip()
        if not query.strip():
            status.display = results.display = False
            return
        found = index_for(app.guide, app.language).search(query, limit=MAX_RESULTS)
        options = []
        for result in found:
            entry = result.entry
            other = app.guide.language_name(entry.lang) if entry.lang != app.language else ""
            options.append(Option(result_label(result, other), id=entry.id))
        results.add_options(options)
        results.display = bool(options)
        if options:
            results.highlighted = 0
            status.update(plain(app.t("search-results", count=len(options))))
        else:
            status.update(plain(app.t("search-none", query=query.strip())))
        status.display = True

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box opens the highlighted result (the first, unless moved)."""
        event.stop()
        results = self.results
        if results.highlighted is not None and results.option_count:
            option_id = results.get_option_at_index(results.highlighted).id
            if option_id is not None:
                self.option_chosen(option_id)

    def action_to_results(self) -> None:
        if self.results.option_count:
            self.results.focus()

    def on_resize(self, event: events.Resize) -> None:
        """A low window keeps rows for the results: the search box loses its border."""
        self.query_one("#search-input", Input).compact = event.size.height < SMALL_HEIGHT

    def on_key(self, event: events.Key) -> None:
        """Typing (or Backspace) while the results have focus goes on in the search box:
        Backspace there corrects the words, it does not leave the search."""
        if not isinstance(self.focused, OptionList):
            return
        search_box = self.query_one("#search-input", Input)
        if event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            search_box.focus()
            search_box.insert_text_at_cursor(event.character)
        elif event.key == "backspace":
            event.stop()
            event.prevent_default()
            search_box.focus()
            search_box.action_delete_left()
