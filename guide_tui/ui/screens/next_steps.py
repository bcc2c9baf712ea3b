"""'My next steps': the advice and the numbers from a self-check on one screen.

Nothing is stored. Only if the reader asks (P) is it printed to the terminal when the guide
closes, so they can copy it; never in kiosk mode, where nothing may stay behind.
"""

from __future__ import annotations

from typing import List, Optional

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from guide_tui.content.model import HelpEntry, Node
from guide_tui.content.text import markdown_to_text
from guide_tui.help_card import describe_channels

from ..plain import markdown, plain
from ..widgets.help_card import channel_widgets
from .base import GuideScreen
from .entry import PageScroll


class NextStepsScreen(GuideScreen):
    BINDINGS = [Binding("p", "print", "print-and-close")]

    def __init__(self, node: Node, entries: List[HelpEntry], trail: List[str]) -> None:
        super().__init__(trail, "next-steps")
        self.node = node
        self.entries = entries

    def compose(self) -> ComposeResult:
        app = self.app
        yield from self.compose_top()
        with PageScroll(classes="body", id="page-scroll"):
            yield Static(plain(app.t("next-steps")), classes="title")
            yield markdown(self.node.advice)
            for entry in self.entries:
                yield Static(plain(entry.title, "bold $error" if entry.emergency else "bold"), classes="subtitle")
                yield from channel_widgets(app.t, entry)
            yield Static(plain(app.t("next-steps-private")), classes="hint")
        yield from self.compose_bottom()

    def after_mount(self) -> None:
        self.query_one("#page-scroll").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> Optional[bool]:
        if action == "print" and self.app.kiosk:
            return False
        return super().check_action(action, parameters)

    def as_text(self) -> str:
        t = self.app.t
        parts = [t("next-steps"), "", markdown_to_text(self.node.advice).strip(), ""]
        for entry in self.entries:
            parts += [entry.title, describe_channels(t, entry), ""]
        return "\n".join(parts)

    def action_print(self) -> None:
        self.app.exit(result=self.as_text())
