"""Facilitator mode's state: the lesson plan being run, which step, and since when.

Plain data and arithmetic, so the step timer is tested with a fake clock and no sleeps.
"""

from __future__ import annotations

from dataclasses import dataclass

from guide_tui.content.model import Plan, PlanStep


@dataclass
class PlanRun:
    """A plan being taught: the current step and the clock value at which it began."""

    plan: Plan
    index: int
    started: float
    # How many screens the app had when the plan started (the plan's own screen on top): each
    # step's screen is opened on top of them, after closing what the last step opened.
    depth: int

    @property
    def step(self) -> PlanStep:
        return self.plan.steps[self.index]

    @property
    def is_last(self) -> bool:
        return self.index >= len(self.plan.steps) - 1

    def elapsed(self, now: float) -> float:
        return max(0.0, now - self.started)

    def overtime(self, now: float) -> bool:
        return self.elapsed(now) > self.step.minutes * 60


def clock_text(seconds: float) -> str:
    """Elapsed time as the timer shows it: 03:07, or 1:02:07 past an hour."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
