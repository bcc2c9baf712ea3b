"""'What is happening?': one question at a time, ending in advice and the services that fit."""

from __future__ import annotations

from typing import List, Optional

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.option_list import Option

from guide_tui.content.markdown_links import page_links
from guide_tui.content.matching import match_help
from guide_tui.content.model import HelpEntry, Node, SelfCheck

from ..plain import plain
from .page import EntryScreen

UNSURE = "__unsure__"
NEXT_STEPS = "__next_steps__"


class SelfCheckScreen(EntryScreen):
    """Walks the tree inside one screen; Escape steps back one question before leaving."""

    def __init__(self, check: SelfCheck, trail, fallback: bool = False) -> None:
        super().__init__(check, trail, fallback)
        self.history: List[str] = []  # node ids, the current one last
        self.reader_region: Optional[str] = None
        self.reader_age: Optional[int] = None
        self._answers: List[tuple] = []  # (region, age) before each step, to undo on back

    @property
    def check(self) -> SelfCheck:
        return self.entry  # type: ignore[return-value]

    @property
    def node(self) -> Node:
        return self.check.nodes[self.history[-1]]

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        yield VerticalScroll(classes="body", id="page-scroll")
        yield from self.compose_bottom()

    def after_mount(self) -> None:
        self.reader_region = self.guide_app.region
        self.show(self.check.start)

    def show(self, node_id: str) -> None:
        self.history.append(node_id)
        self.call_next(self._render_node)

    async def _render_node(self) -> None:
        app = self.guide_app
        node = self.node
        body = self.query_one("#page-scroll")
        await body.remove_children()
        widgets = [Static(plain(self.check.title), classes="title")]
        if len(self.history) == 1 and self.check.intro:
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
        self._answers.append((self.reader_region, self.reader_age))
        if option_id == UNSURE:
            self.show(self.check.unsure_target(node))
            return
        answer = node.answers[int(option_id)]
        self.reader_region = answer.region or self.reader_region
        self.reader_age = answer.age if answer.age is not None else self.reader_age
        self.show(answer.next)

    def action_back(self) -> None:
        if len(self.history) > 1:
            self.history.pop()
            self.reader_region, self.reader_age = self._answers.pop()
            self.call_next(self._render_node)
        else:
            super().action_back()


def help_label(entry: HelpEntry):
    label = plain(entry.title, "bold $error" if entry.emergency else "bold")
    phones = [channel.value for channel in entry.channels if channel.kind == "phone"]
    if phones:
        label += plain(f"  {phones[0]}")
    return label + plain("\n" + entry.summary, "$text-muted")
