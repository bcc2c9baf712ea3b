"""A page of Markdown text, with "see also" and its sources at the bottom.

When the text alone fills the window, what is below it is added after the page is first drawn:
the reader cannot see it yet, and the page opens sooner without it.
"""

from __future__ import annotations

from typing import Iterator

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Static

from guide_tui.content.model import Page

from ..plain import markdown, plain
from ..widgets.markdown_text import MarkdownText
from .entry import EntryScreen, PageScroll


class PageScreen(EntryScreen[Page]):
    below_later = False  # "see also" and the sources are added after the first frame

    def compose(self) -> ComposeResult:
        page = self.entry
        yield from self.compose_top()
        with PageScroll(classes="body", id="page-scroll"):
            yield from self.compose_notice()
            yield Static(plain(page.title), classes="title")
            body = markdown(page.body, id="page-body")
            yield body
            width, height = self.app.size
            self.below_later = isinstance(body, MarkdownText) and body.lines_at_least(width) >= height
            if not self.below_later:
                yield from self.compose_below()
        yield from self.compose_bottom()

    def compose_below(self) -> Iterator[Widget]:
        yield from self.compose_see_also()
        yield from self.compose_sources()

    def after_mount(self) -> None:
        super().after_mount()
        if self.below_later:
            self.call_after_refresh(self._add_below)

    def _add_below(self) -> None:
        if self.is_attached:
            self.query_one("#page-scroll").mount_all(list(self.compose_below()))
