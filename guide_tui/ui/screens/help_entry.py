"""A help service as a card: how to reach them, when, in which languages and where."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from guide_tui.content.model import HelpEntry
from guide_tui.help_card import describe_facts

from ..plain import markdown, plain
from ..widgets.help_card import channel_widgets
from .entry import EntryScreen, PageScroll


class HelpEntryScreen(EntryScreen[HelpEntry]):
    def compose(self) -> ComposeResult:
        app = self.app
        entry = self.entry
        yield from self.compose_top()
        with PageScroll(classes="body", id="page-scroll"):
            yield from self.compose_notice()
            yield Static(plain(entry.title), classes="title emergency" if entry.emergency else "title")
            yield Static(plain(entry.summary), classes="intro")
            yield Static(plain(app.t("help-channels")), classes="subtitle")
            yield from channel_widgets(app.t, entry)
            facts = describe_facts(app.t, app.guide.language_name, entry)
            if facts:
                yield Static(plain(facts), classes="facts")
            if entry.body:
                yield markdown(entry.body, id="page-body")
            yield from self.compose_see_also()
            yield from self.compose_sources()
        yield from self.compose_bottom()
