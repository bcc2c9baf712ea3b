"""'What is happening?': one question at a time, ending in advice and the services that fit."""

from __future__ import annotations

from typing import Any, List, Optional, Tuple

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets.option_list import Option

from guide_tui.content.markdown_links import page_links
from guide_tui.content.matching import match_help
from guide_tui.content.model import HelpEntry, Node, SelfCheck
from guide_tui.content.walks import UNSURE, Visit, next_visit

from ..plain import markdown, plain
from ..widgets.choices import Choices
from ..widgets.help_card import help_label
from .entry import EntryScreen, PageScroll
from .next_steps import NextStepsScreen

NEXT_STEPS = "__next_steps__"


class SelfCheckScreen(EntryScreen[SelfCheck]):
    """Walks the tree inside one screen; Escape steps back one question before leaving.

    The reader's way so far is kept in their session (`visits`, the current node last): going
    back drops a visit and so forgets what that answer told about the reader.
    """

    def __init__(self, check: SelfCheck, trail: List[str], fallback: bool = False) -> None:
        super().__init__(check, trail, fallback)
        self.visits: List[Visit] = []  # registered in the reader's session once mounted
        self._resume: List[Visit] = []  # where to take up after a live reload

    @property
    def check(self) -> SelfCheck:
        return self.entry

    @property
    def node(self) -> Node:
        return self.check.nodes[self.visits[-1].node]

    @property
    def reader_region(self) -> Optional[str]:
        return self.visits[-1].region if self.visits else None

    @property
    def reader_age(self) -> Optional[int]:
        return self.visits[-1].age if self.visits else None

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        yield PageScroll(classes="body", id="page-scroll")
        yield from self.compose_bottom()

    def after_mount(self) -> None:
        self.app.session.answers[self.check.id] = self.visits
        resume, self._resume = self._resume, []
        if resume:
            self.visits.extend(resume[:-1])
            self.show(resume[-1])
        else:
            self.show(Visit(self.check.start, self.app.region, None))

    def continue_from(self, old: EntryScreen[Any]) -> None:
        """The same question after a reload, if the reader's way through still exists."""
        visits = getattr(old, "visits", [])
        if visits and all(visit.node in self.check.nodes for visit in visits):
            self._resume = list(visits)

    def show(self, visit: Visit) -> None:
        self.visits.append(visit)
        self.call_next(self._render_node)

    async def _render_node(self) -> None:
        app = self.app
        node = self.node
        body = self.query_one("#page-scroll")
        await body.remove_children()
        widgets: List[Widget] = list(self.compose_notice())
        widgets.append(Static(plain(self.check.title), classes="title"))
        if len(self.visits) == 1 and self.check.intro:
            widgets.append(Static(plain(self.check.intro), classes="intro"))
        if node.is_result:
            widgets.append(markdown(node.advice, id="advice"))
            options = [Option(plain(app.t("next-steps"), "bold"), id=NEXT_STEPS)]
            options += [Option(help_label(entry), id=entry.id) for entry in self.matching_help()]
            # A page the advice links to that is already listed as help is not listed twice.
            listed = {option.id for option in options}
            options += [Option(plain("→ " + title), id=t) for t, title in self.linked_pages() if t not in listed]
            widgets += [Static(plain(app.t("selfcheck-help")), classes="subtitle"), Choices(*options, id="answers")]
        else:
            options = [Option(plain("• " + answer.text), id=str(index)) for index, answer in enumerate(node.answers)]
            options.append(Option(plain("• " + app.t("unsure"), "italic"), id=UNSURE))
            widgets += [Static(plain(node.question), classes="question"), Choices(*options, id="answers")]
        widgets.append(Static(plain(app.t("selfcheck-nothing-saved")), classes="hint"))
        await body.mount_all(widgets)
        body.scroll_home(animate=False)
        self.query_one("#answers").focus(scroll_visible=False)

    def linked_pages(self) -> List[Tuple[str, str]]:
        """(id, title) of pages the advice links to: listed so the keyboard can reach them."""
        app = self.app
        found = [
            (target, app.guide.find(target, app.language)) for target in dict.fromkeys(page_links(self.node.advice))
        ]
        return [(target, f.entry.title) for target, f in found if f is not None]

    def matching_help(self) -> List[HelpEntry]:
        app = self.app
        entries = [
            found.entry
            for found in (app.guide.find(i, app.language) for i in app.guide.entry_ids(app.language))
            if found is not None and isinstance(found.entry, HelpEntry)
        ]
        node = self.node
        return match_help(entries, node.topics, app.language, self.reader_region, self.reader_age, node.emergency)

    def option_chosen(self, option_id: str) -> None:
        node = self.node
        if not node.is_result:
            self.show(next_visit(self.check, self.visits[-1], option_id))
        elif option_id == NEXT_STEPS:
            trail = [*self.trail, self.app.t("next-steps")]
            self.app.push_screen(NextStepsScreen(node, self.matching_help(), trail))
        else:
            self.app.open_entry(option_id)

    def action_back(self) -> None:
        if len(self.visits) > 1:
            self.visits.pop()
            self.call_next(self._render_node)
        else:
            super().action_back()
