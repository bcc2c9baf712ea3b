"""A lesson plan: who it is for, its goal, and its steps with their minutes.

In facilitator mode, picking a step starts the lesson there (the app then walks through the
steps); otherwise it opens that step's entry like any link.
"""

from __future__ import annotations

from typing import Any, List

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static
from textual.widgets.option_list import Option

from guide_tui.content.model import Plan

from ..plain import plain
from ..widgets.choices import Choices
from .entry import EntryScreen


class PlanScreen(EntryScreen[Plan]):
    @property
    def plan(self) -> Plan:
        return self.entry

    def compose(self) -> ComposeResult:
        app = self.app
        plan = self.plan
        yield from self.compose_top()
        with VerticalScroll(classes="body", id="page-scroll"):
            yield from self.compose_notice()
            yield Static(plain(plan.title), classes="title")
            if plan.summary:
                yield Static(plain(plan.summary), classes="intro")
            colon = app.t("colon")
            facts = [
                plain(app.t("plan-audience") + colon, "bold") + plain(plan.audience),
                plain(app.t("plan-goal") + colon, "bold") + plain(plan.goal),
                plain(app.t("plan-total", minutes=plan.total_minutes), "bold"),
            ]
            yield Static(plain("\n").join(facts), classes="intro")
            yield Choices(*self._options(), id="plan-steps")
            yield Static(plain(app.t("plan-start-hint")), classes="hint")
        yield from self.compose_bottom()

    def _options(self) -> List[Option]:
        app = self.app
        options = []
        for index, step in enumerate(self.plan.steps):
            found = app.guide.find(step.id, app.language)
            title = found.entry.title if found is not None else step.id
            label = plain(f"{index + 1}. ") + plain(title, "bold")
            label += plain("  " + app.t("plan-step-minutes", minutes=step.minutes), "$text-muted")
            if step.note:
                label += plain("\n" + step.note, "$text-muted")
            options.append(Option(label, id=str(index), disabled=found is None))
        return options

    def after_mount(self) -> None:
        self.query_one("#plan-steps").focus()

    def option_chosen(self, option_id: str) -> None:
        """In facilitator mode the lesson starts at that step; otherwise the step's entry opens."""
        if self.app.facilitator:
            self.app.start_plan(self.plan, int(option_id))
        else:
            self.app.open_entry(self.plan.steps[int(option_id)].id)

    def continue_from(self, old: EntryScreen[Any]) -> None:
        """After a live reload, a lesson running from the old plan screen goes on with this one."""
        run = self.app.plan_run
        if run is not None and run.plan is getattr(old, "entry", None):
            run.plan = self.plan
            run.index = min(run.index, len(self.plan.steps) - 1)

    def on_unmount(self) -> None:
        self.app.end_plan(self.plan)
