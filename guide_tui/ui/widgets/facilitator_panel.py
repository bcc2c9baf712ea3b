"""The facilitator's panel under the content: the lesson plan's step and timer, and the entry's
notes and discussion questions. Shown only in facilitator mode, never in kiosk mode.

Text from content is data: notes and questions go through `markdown` (MarkdownText; links are never
opened; imported on first use, as for pages), everything else through `plain`.
"""

from __future__ import annotations

from typing import Iterator, Optional

from textual import getters
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from guide_tui.content.model import Entry

from ..app import GuideApp
from ..facilitator import clock_text
from ..plain import markdown, plain

# How often the step timer is redrawn, in seconds; what it shows comes from the app's clock.
TIMER_SECONDS = 1.0


class FacilitatorPanel(Vertical):
    app = getters.app(GuideApp)

    def __init__(self, entry: Optional[Entry]) -> None:
        super().__init__(id="facilitator")
        self.entry = entry

    def compose(self) -> ComposeResult:
        yield Static(id="plan-bar")
        with VerticalScroll(id="facilitator-notes"):
            yield from self._notes()

    def _notes(self) -> Iterator[Widget]:
        t = self.app.t
        entry = self.entry
        if entry is None:  # a screen of the guide itself, such as the plan menu
            return
        if not (entry.facilitator_notes.strip() or entry.discussion):
            yield Static(plain(t("no-notes")), classes="hint")
            return
        if entry.facilitator_notes.strip():
            yield Static(plain(t("facilitator-notes")), classes="notes-title")
            yield markdown(entry.facilitator_notes, id="notes-text")
        if entry.discussion:
            yield Static(plain(t("discussion")), classes="notes-title")
            questions = "\n".join(f"- {' '.join(question.split())}" for question in entry.discussion)
            yield markdown(questions, id="discussion")

    def on_mount(self) -> None:
        self.update_bar()
        self.set_interval(TIMER_SECONDS, self.update_bar)

    def update_bar(self) -> None:
        """The plan, the step, its note and the time spent on it, read from the app's clock."""
        bar = self.query_one_optional("#plan-bar", Static)
        if bar is None:  # found before its compose ran (a step opened): on_mount draws it
            return
        app = self.app
        t = app.t
        run = app.plan_run
        bar.display = run is not None
        if run is None:
            return
        now = app.clock()
        found = app.guide.find(run.step.id, app.language)
        title = found.entry.title if found is not None else run.step.id
        progress = t("plan-progress", step=run.index + 1, total=len(run.plan.steps), title=title)
        timer = t("plan-timer", elapsed=clock_text(run.elapsed(now)), minutes=run.step.minutes)
        line = plain("⏱ " + timer, "bold $warning" if run.overtime(now) else "bold") + plain("  ·  ")
        line += plain(progress, "bold")
        if run.step.note:
            line += plain("\n" + run.step.note, "italic")
        keys = f"  ·  → {t('plan-next')}  ← {t('plan-previous')}"
        line += plain("\n" + run.plan.title + keys, "$text-muted")
        bar.update(line)
