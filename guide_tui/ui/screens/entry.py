"""The screen of one entry, and the pieces every kind's screen shows around its text:
the fallback-language notice, "see also", sources and review date, and page links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Iterator, List, Optional, TypeVar

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets.option_list import Option

from guide_tui.content.markdown_links import PAGE_SCHEME
from guide_tui.content.model import Entry, source_years

from ..plain import plain
from .base import GuideScreen

if TYPE_CHECKING:
    from ..widgets.markdown_text import MarkdownText

E = TypeVar("E", bound=Entry)


class PageScroll(VerticalScroll):
    """The scrolling body of a screen. Focus restyles only itself: Textual restyles a focused
    widget with everything inside it, which for a page was a third styling of its text, and
    nothing inside the body is styled by the body's focus (no :focus-within rules)."""

    def watch_has_focus(self, _has_focus: bool) -> None:
        self.app.stylesheet.update_nodes([self], animate=False)


class EntryScreen(GuideScreen, Generic[E]):
    """A scrolling screen showing one entry, whose links open other entries."""

    def __init__(self, entry: E, trail: List[str], fallback: bool = False) -> None:
        super().__init__(trail, entry.id)
        self.entry: E = entry
        self.fallback = fallback  # the entry is in the fallback language, not the reader's

    def after_mount(self) -> None:
        self.query_one("#page-scroll").focus()

    def notes_entry(self) -> Optional[Entry]:
        return self.entry

    def continue_from(self, old: "EntryScreen[Any]") -> None:
        """After a live reload (--watch): take over where the reader was on `old`, the same
        entry's screen before the reload. Called before this screen is mounted."""

    def on_markdown_text_link_clicked(self, event: MarkdownText.LinkClicked) -> None:
        event.stop()
        self.open_link(event.href)

    def open_link(self, href: str) -> None:
        """`page:ID` opens that page; anything else is only shown, never opened."""
        if href.startswith(PAGE_SCHEME):
            self.app.open_entry(href[len(PAGE_SCHEME) :].strip())
        else:
            self.app.notify(self.app.t("external-link", url=href), markup=False)

    def compose_notice(self) -> Iterator[Widget]:
        """Says so when the reader sees this entry in another language than theirs."""
        if self.fallback:
            language = self.app.guide.language_name(self.entry.lang)
            yield Static(plain(self.app.t("fallback-notice", language=language)), classes="fallback")

    def compose_see_also(self) -> Iterator[Widget]:
        """The pages this one links to, as a list the keyboard can reach (links in the text are for the mouse)."""
        app = self.app
        options = []
        for target in dict.fromkeys(self.entry.links()):
            found = app.guide.find(target, app.language)
            if found is not None:
                options.append(Option(plain(found.entry.title), id=target))
        if options:
            from ..widgets.choices import Choices  # a long page adds its list after the first frame

            yield Static(plain(app.t("see-also")), classes="subtitle")
            yield Choices(*options, id="see-also")

    def compose_sources(self) -> Iterator[Widget]:
        """Sources, the years they span and any live check, under every page that states facts,
        in one widget (each widget costs styling time when the page opens)."""
        app = self.app
        entry = self.entry
        parts = []
        if entry.sources:
            lines = [app.t("sources") + app.t("colon").rstrip()]
            for source in entry.sources:
                date = app.t("source-undated") if source.date in ("", "undated") else source.date
                # A no-break space keeps the bullet with its address (WrappedText never breaks there).
                lines.append(f"-\u00a0{source.title + ': ' if source.title else ''}{source.url} ({date})")
            parts.append("\n".join(lines))
        years = source_years(entry.sources)
        if years is not None:
            span = str(years[0]) if years[0] == years[1] else f"{years[0]}\u2013{years[1]}"
            parts.append(app.t("sources-years", years=span))
        if entry.verified_on:
            parts.append(app.t("verified-live", date=entry.verified_on.isoformat()))
        if parts:
            from ..widgets.wrapped_text import WrappedText  # not needed by the first screen

            yield WrappedText(plain("\n\n".join(parts)), classes="sources")
