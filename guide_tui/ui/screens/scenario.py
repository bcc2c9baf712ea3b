"""Practice chats: messages appear one by one, then the reader chooses, then gets feedback."""

from __future__ import annotations

from typing import Any, List, Optional

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from guide_tui.content.model import YOU, ChatMessage, Choice, Scenario
from guide_tui.session import ScenarioPlay

from ..plain import markdown, plain
from ..widgets.choices import Choices
from .entry import EntryScreen, PageScroll


def bubble(message: ChatMessage, mark_red_flag: bool = False) -> Horizontal:
    """One chat message, the reader's on the right, the other person's on the left."""
    mine = message.sender == YOU
    text = plain(message.text)
    if not mine:
        text = plain(message.sender, "bold") + plain("\n") + text
    if mark_red_flag and message.red_flag:
        text += plain("\n⚑ " + message.red_flag, "italic $error")
    return Horizontal(Static(text, classes="bubble"), classes="chat-row you" if mine else "chat-row them")


class ScenarioScreen(EntryScreen[Scenario]):
    BINDINGS = [
        Binding("enter", "next_message", "next-message"),
        Binding("space", "next_message", "next-message", show=False),
        Binding("r", "reveal", "reveal"),  # facilitator mode: show the choices once the class voted
    ]

    @property
    def scenario(self) -> Scenario:
        return self.entry

    def __init__(self, scenario: Scenario, trail: List[str], fallback: bool = False) -> None:
        super().__init__(scenario, trail, fallback)
        self.play = ScenarioPlay()  # registered in the reader's session once mounted
        self._resume = 1  # messages to show on arrival; more after a live reload
        self.revealed = False  # in facilitator mode the choices wait for R
        self._was_revealed = False  # ... unless they were shown before a live reload

    @property
    def shown(self) -> int:
        """How many messages the reader has seen."""
        return self.play.shown

    def compose(self) -> ComposeResult:
        scenario = self.scenario
        yield from self.compose_top()
        with PageScroll(classes="body", id="page-scroll"):
            yield from self.compose_notice()
            header = scenario.title + (f"  ·  {scenario.app}" if scenario.app else "")
            yield Static(plain(header), classes="title")
            if scenario.intro:
                yield Static(plain(scenario.intro), classes="intro")
            yield VerticalScroll(id="chat")
            yield Static(plain(self.app.t("scenario-next")), id="chat-hint", classes="hint")
            yield Static(plain(self.app.t("reveal-choices-hint")), id="reveal-hint", classes="hint")
            yield Static(plain(self.app.t("scenario-question")), id="choices-title", classes="subtitle")
            yield Choices(
                *[Option(plain("• " + choice.text), id=str(index)) for index, choice in enumerate(scenario.choices)],
                id="choices",
            )
        yield from self.compose_bottom()

    def after_mount(self) -> None:
        self.app.session.scenarios[self.scenario.id] = self.play
        super().after_mount()
        self.query_one("#choices-title").display = False
        self.query_one("#choices").display = False
        self.query_one("#reveal-hint").display = False
        self.revealed = not self.app.facilitator or self._was_revealed
        for _ in range(max(1, min(self._resume, len(self.scenario.messages)))):
            self.action_next_message()

    def continue_from(self, old: EntryScreen[Any]) -> None:
        """As many messages as the reader had seen, after a reload."""
        self._resume = getattr(old, "shown", 1)
        self._was_revealed = bool(getattr(old, "revealed", False))

    def action_next_message(self) -> None:
        messages = self.scenario.messages
        if self.shown < len(messages):
            self.query_one("#chat").mount(bubble(messages[self.shown]))
            self.play.shown += 1
        if self.shown >= len(messages):
            self.query_one("#chat-hint").display = False
            if not self.revealed:
                self.query_one("#reveal-hint").display = True
                self.refresh_bindings()
                self.call_after_refresh(self.query_one("#page-scroll").scroll_end, animate=False)
                return
            self.query_one("#reveal-hint").display = False
            self.query_one("#choices-title").display = True
            choices = self.query_one("#choices", OptionList)
            choices.display = True
            choices.focus()
            # Nothing highlighted yet: an Enter meant for "next message" must not pick a choice.
            choices.highlighted = None
        self.call_after_refresh(self.query_one("#page-scroll").scroll_end, animate=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> Optional[bool]:
        if action == "next_message":
            return self.shown < len(self.scenario.messages)
        if action == "reveal":
            return self.app.facilitator and not self.revealed and self.shown >= len(self.scenario.messages)
        return super().check_action(action, parameters)

    def action_reveal(self) -> None:
        """R, in facilitator mode: the class has voted; show the choices."""
        self.revealed = True
        self.action_next_message()
        self.refresh_bindings()

    def on_click(self) -> None:
        if self.shown < len(self.scenario.messages):
            self.action_next_message()

    def option_chosen(self, option_id: str) -> None:
        choice = self.scenario.choices[int(option_id)]
        trail = [*self.trail, self.app.t("scenario-feedback")]
        self.app.push_screen(ScenarioFeedbackScreen(self.scenario, choice, trail))


class ScenarioFeedbackScreen(EntryScreen[Scenario]):
    """What the chosen answer means, which messages were red flags and why, and what to remember.

    In facilitator mode the feedback waits for R, so the group can guess first."""

    BINDINGS = [Binding("r", "reveal", "reveal")]

    def __init__(self, scenario: Scenario, choice: Choice, trail: List[str]) -> None:
        super().__init__(scenario, trail)
        self.choice = choice
        self.revealed = True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> Optional[bool]:
        if action == "reveal":
            return not self.revealed
        return super().check_action(action, parameters)

    def action_reveal(self) -> None:
        self.revealed = True
        self.query_one("#reveal-later").display = True
        self.query_one("#reveal-hint").display = False
        self.refresh_bindings()

    def compose(self) -> ComposeResult:
        app = self.app
        scenario = self.entry
        yield from self.compose_top()
        with PageScroll(classes="body", id="page-scroll"):
            yield Static(plain(app.t("scenario-your-choice")), classes="subtitle")
            yield Static(plain(self.choice.text), classes="intro chosen")
            self.revealed = not app.facilitator
            hint = Static(plain(app.t("reveal-feedback-hint")), id="reveal-hint", classes="hint")
            hint.display = not self.revealed
            yield hint
            with Vertical(id="reveal-later") as later:
                later.display = self.revealed
                yield markdown(self.choice.feedback, classes="feedback")
                flagged = [message for message in scenario.messages if message.red_flag]
                if flagged:
                    yield Static(plain(app.t("scenario-red-flags", count=len(flagged))), classes="subtitle")
                    for message in flagged:
                        yield bubble(message, mark_red_flag=True)
                if scenario.closing:
                    yield Static(plain(app.t("scenario-remember")), classes="subtitle")
                    yield markdown(scenario.closing)
                yield Static(plain(app.t("scenario-try-again")), classes="hint")
        yield from self.compose_bottom()
