"""An app's privacy settings as steps to tick, with progress for the app."""

from __future__ import annotations

from typing import Optional

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Checkbox, Static

from guide_tui.content.model import Checklist, Step

from ..plain import plain
from ..textual_compat import translate_bindings
from .entry import EntryScreen, PageScroll

KEEP = "keep-progress"


class StepBox(Checkbox):
    """A checkbox that shows ✓ or nothing (readable without colour) and moves with the arrows."""

    BINDINGS = [
        Binding("space", "toggle_button", "tick-step"),
        Binding("down", "app.focus_next", "choices-move", key_display="↑↓"),
        Binding("up", "app.focus_previous", show=False),
    ]

    def on_mount(self) -> None:
        translate = getattr(self.app, "t", None)
        if translate is not None:
            translate_bindings(self, translate)

    # A class constant in Checkbox; here it follows the value.
    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "✓" if self.value else " "


class ChecklistScreen(EntryScreen[Checklist]):
    @property
    def checklist(self) -> Checklist:
        return self.entry

    def compose(self) -> ComposeResult:
        app = self.app
        checklist = self.checklist
        ticked = app.progress.get(checklist.id, set())
        yield from self.compose_top()
        with PageScroll(classes="body", id="page-scroll"):
            yield from self.compose_notice()
            yield Static(plain(checklist.title), classes="title")
            if checklist.intro:
                yield Static(plain(checklist.intro), classes="intro")
            yield Static(id="progress", classes="progress")
            for step in checklist.steps:
                yield StepBox(plain(step.title), step.id in ticked, id=f"step-{step.id}", classes="step")
                details = self.describe(step)
                if details:
                    yield Static(details, classes="step-details")
            if not app.kiosk:
                yield StepBox(plain(app.t("keep-progress")), app.keep_progress, id=KEEP, classes="keep")
                yield Static(plain(app.t("keep-progress-help")), classes="hint")
            yield from self.compose_sources()
        yield from self.compose_bottom()

    def describe(self, step: Step) -> Optional[Content]:
        app = self.app
        lines = []
        if step.how:
            lines.append(plain(step.how))
        if step.path:
            lines.append(plain(app.t("step-path", path=step.path), "italic"))
        if step.platform != "all":
            lines.append(plain(app.t("step-platform", platform=app.t("platform-" + step.platform)), "$text-muted"))
        if step.may_be_outdated(app.guide.today):
            date = step.verified_on.isoformat() if step.verified_on else "?"
            lines.append(plain("⚠ " + app.t("step-outdated", date=date), "bold $warning"))
        return plain("\n").join(lines) if lines else None

    def after_mount(self) -> None:
        self.update_progress()
        steps = self.query(".step")
        if steps:
            steps.first().focus()

    def update_progress(self) -> None:
        done = len(self.app.progress.get(self.checklist.id, set()) & {s.id for s in self.checklist.steps})
        total = len(self.checklist.steps)
        bar = "█" * done + "░" * (total - done)
        self.query_one("#progress", Static).update(
            plain(f"{bar}  ") + plain(self.app.t("progress", done=done, total=total), "bold")
        )

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        checkbox_id = event.checkbox.id or ""
        if checkbox_id == KEEP:
            self.app.set_keep_progress(event.value)
            return
        self.app.tick(self.checklist.id, checkbox_id[len("step-") :], event.value)
        self.update_progress()
