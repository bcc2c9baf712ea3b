"""'What is happening?': one question at a time, ending in advice and the services that fit."""

from __future__ import annotations

from typing import List, Optional, Tuple

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.option_list import Option

from guide_tui.content.markdown_links import page_links
from guide_tui.content.matching import match_help
from guide_tui.content.model import HelpEntry, Node, SelfCheck

from ..plain import plain
from .help_entry import help_label
from .page import EntryScreen

UNSURE = "__unsure__"
NEXT_STEPS = "__next_steps__"


class SelfCheckScreen(EntryScreen):
    """Walks the tree inside one screen; Escape steps back one question before leaving."""

    def __init__(self, check: SelfCheck, trail, fallback: bool = False) -> None:
        super().__init__(check, trail, fallback)
        # One (node id, region, age) per step, the current one last: going back pops a step
        # and so forgets what that answer told about the reader.
        self._steps: List[Tuple[str, Optional[str], Optional[int]]] = []

    @property
    def check(self) -> SelfCheck:
        return self.entry  # type: ignore[return-value]

    @property
    def history(self) -> List[str]:
        return [node_id for node_id, _, _ in self._steps]

    @property
    def node(self) -> Node:
        return self.check.nodes[self._steps[-1][0]]

    @property
    def reader_region(self) -> Optional[str]:
        return self._steps[-1][1] if self._steps else None

    @property
    def reader_age(self) -> Optional[int]:
        return self._steps[-1][2] if self._steps else None

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        yield VerticalScroll(classes="body", id="page-scroll")
        yield from self.compose_bottom()

    def after_mount(self) -> None:
        self.show(self.check.start, self.guide_app.region, None)

    def show(self, node_id: str, region: Optional[str], age: Optional[int]) -> None:
        self._steps.append((node_id, region, age))
        self.call_next(self._render_node)

    async def _render_node(self) -> None:
        app = self.guide_app
        node = self.node
        body = self.query_one("#page-scroll")
        await body.remove_children()
        widgets = [Static(plain(self.check.title), classes="title")]
        if len(self._steps) == 1 and self.check.intro:
            widgets.append(Static(plain(self.check.intro), classes="intro"))
        if node.is_result:
            widgets += [Markdown(node.advice, open_links=False, id="advice")]
            entries = self.matching_help()
            options = [Option(plain(app.t("next-steps"), "bold"), id=NEXT_STEPS)]
            options += [Option(help_label(entry), id=entry.id) for entry in entries]
            options += [Option(plain("→ " + title), id=target) for target, title in self.linked_pages()]
            widgets += [Static(plain(app.t("selfcheck-help")), classes="subtitle"), OptionList(*options, id="answers")]
        else:
            options = [Option(plain(answer.text), id=str(index)) for index, answer in enumerate(node.answers)]
            options.append(Option(plain(app.t("unsure"), "italic"), id=UNSURE))
            widgets += [Static(plain(node.question), classes="question"), OptionList(*options, id="answers")]
        widgets.append(Static(plain(app.t("selfcheck-nothing-saved")), classes="hint"))
        await body.mount_all(widgets)
        body.scroll_home(animate=False)
        self.query_one("#answers").focus(scroll_visible=False)

    def linked_pages(self) -> List[tuple]:
        """(id, title) of pages the advice links to: listed so the keyboard can reach them."""
        app = self.guide_app
        found = [(target, app.guide.find(target, app.language)) for target in dict.fromkeys(page_links(self.node.advice))]
        return [(target, f.entry.title) for target, f in found if f is not None]

    def matching_help(self) -> List[HelpEntry]:
        app = self.guide_app
        entries = [found.entry for found in (app.guide.find(i, app.language) for i in app.guide.entry_ids(app.language))
                   if found is not None and isinstance(found.entry, HelpEntry)]
        node = self.node
        return match_help(entries, node.topics, app.language, self.reader_region, self.reader_age, node.emergency)

    def option_chosen(self, option_list, option_id: str) -> None:
        node = self.node
        if node.is_result:
            if option_id == NEXT_STEPS:
                from .next_steps import NextStepsScreen

                trail = [*self.trail, self.guide_app.t("next-steps")]
                self.app.push_screen(NextStepsScreen(node, self.matching_help(), trail))
            else:
                self.guide_app.open_entry(option_id)
            return
        region, age = self.reader_region, self.reader_age
        if option_id == UNSURE:
            self.show(self.check.unsure_target(node), region, age)
            return
        answer = node.answers[int(option_id)]
        self.show(answer.next, answer.region or region, age if answer.age is None else answer.age)

    def action_back(self) -> None:
        if len(self._steps) > 1:
            self._steps.pop()
            self.call_next(self._render_node)
        else:
            super().action_back()
