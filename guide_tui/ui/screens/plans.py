"""Facilitator mode's plan menu: every lesson plan a facilitator can run in this language."""

from __future__ import annotations

from typing import List

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static
from textual.widgets.option_list import Option

from guide_tui.content import Guide
from guide_tui.content.model import Plan

from ..plain import plain
from ..widgets.choices import Choices
from .base import GuideScreen


def plans_for(guide: Guide, language: str) -> List[Plan]:
    """The plans a reader of `language` can open (their own, then the fallback's), by title."""
    found = (guide.find(entry_id, language) for entry_id in guide.entry_ids(language))
    return sorted((f.entry for f in found if f is not None and isinstance(f.entry, Plan)), key=lambda p: p.title)


class PlanMenuScreen(GuideScreen):
    def __init__(self, trail: List[str]) -> None:
        super().__init__(trail)

    def compose(self) -> ComposeResult:
        app = self.app
        yield from self.compose_top()
        with VerticalScroll(classes="body", id="page-scroll"):
            yield Static(plain(app.t("plans")), classes="title")
            options = []
            for plan in plans_for(app.guide, app.language):
                label = plain(plan.title, "bold")
                details = f"{plan.audience} · {app.t('plan-total', minutes=plan.total_minutes)}"
                label += plain("\n" + details, "$text-muted")
                if plan.lang != app.language:
                    label += plain(f"  ({app.guide.language_name(plan.lang)})", "italic $text-muted")
                options.append(Option(label, id=plan.id))
            if options:
                yield Static(plain(app.t("plans-intro")), classes="intro")
                yield Choices(*options, id="plans")
            else:
                yield Static(plain(app.t("plans-empty")), classes="intro")
        yield from self.compose_bottom()

    def after_mount(self) -> None:
        found = self.query("#plans")
        (found.first() if found else self.query_one("#page-scroll")).focus()
