"""A page of Markdown text, with its sources and review date at the bottom."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.option_list import Option

from guide_tui.content.markdown_links import PAGE_SCHEME
from guide_tui.content.model import Entry, Page

from ..plain import plain
from .base import GuideScreen


def entry_footer(screen: GuideScreen, entry: Entry) -> ComposeResult:
    """Sources and review date, shown under every page that states facts."""
    app = screen.guide_app
    if entry.sources:
        lines = [app.t("sources") + app.t("colon").rstrip()]
        for source in entry.sources:
            lines.append(f"- {source.title + ': ' if source.title else ''}{source.url}"
                         + (f" ({source.date})" if source.date else ""))
        yield Static(plain("\n".join(lines)), classes="sources")
    if entry.reviewed:
        yield Static(plain(app.t("reviewed", date=entry.reviewed.isoformat())), classes="sources")


def see_also(screen: GuideScreen, entry: Entry) -> ComposeResult:
    """The pages this one links to, as a list the keyboard can reach (Markdown links are mouse-only)."""
    app = screen.guide_app
    options = []
    for target in dict.fromkeys(entry.links()):
        found = app.guide.find(target, app.language)
        if found is not None:
            options.append(Option(plain(found.entry.title), id=target))
    if options:
        yield Static(plain(app.t("see-also")), classes="subtitle")
        yield OptionList(*options, id="see-also")


def fallback_notice(screen: GuideScreen, entry: Entry) -> ComposeResult:
    app = screen.guide_app
    yield Static(plain(app.t("fallback-notice", language=app.guide.language_name(entry.lang))), classes="fallback")


class EntryScreen(GuideScreen):
    """A scrolling screen showing one entry, whose links open other entries."""

    def __init__(self, entry: Entry, trail, fallback: bool = False) -> None:
        super().__init__(trail, entry.id)
        self.entry = entry
        self.fallback = fallback

    def after_mount(self) -> None:
        self.query_one("#page-scroll").focus()

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        handle_link(self, event.href)


class PageScreen(EntryScreen):
    @property
    def page(self) -> Page:
        return self.entry  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        with VerticalScroll(classes="body", id="page-scroll"):
            if self.fallback:
                yield from fallback_notice(self, self.page)
            yield Static(plain(self.page.title), classes="title")
            yield Markdown(self.page.body, open_links=False, id="page-body")
            yield from see_also(self, self.page)
            yield from entry_footer(self, self.page)
        yield from self.compose_bottom()


def handle_link(screen: GuideScreen, href: str) -> None:
    """`page:ID` opens that page; anything else is only shown, never opened."""
    app = screen.guide_app
    if href.startswith(PAGE_SCHEME):
        app.open_entry(href[len(PAGE_SCHEME):].strip())
    else:
        app.notify(app.t("external-link", url=href), markup=False)
