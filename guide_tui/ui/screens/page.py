"""A page of Markdown text, with its sources and review date at the bottom."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from guide_tui.content.model import Page

from ..plain import markdown, plain
from .entry import EntryScreen


class PageScreen(EntryScreen[Page]):
    def compose(self) -> ComposeResult:
        page = self.entry
        yield from self.compose_top()
        with VerticalScroll(classes="body", id="page-scroll"):
            yield from self.compose_notice()
            yield Static(plain(page.title), classes="title")
            yield markdown(page.body, id="page-body")
            yield from self.compose_see_also()
            yield from self.compose_sources()
        yield from self.compose_bottom()
