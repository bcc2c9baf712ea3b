"""Every way through a self-check, as a reader goes: each answer may tell their region or age.

The self-check screen takes its steps with `next_visit`, and `guide-tui check` walks every
path with `walks` to make sure each result shows help wherever the reader lives; both follow
the same rule.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from .model import SelfCheck
from .records import FrozenRecord, record

UNSURE = "__unsure__"  # the pick for "I'm not sure"; other picks are answer numbers ("0", "1"...)


@record(frozen=True)
class Visit(FrozenRecord):
    """A node on the reader's way, with what their answers so far told about them."""

    node: str
    region: Optional[str] = None
    age: Optional[int] = None


@record(frozen=True)
class Walk(FrozenRecord):
    """One way through a self-check, from its first question to a result."""

    picks: Tuple[str, ...]  # what the reader chose at each question
    visits: Tuple[Visit, ...]  # from the start node to a result

    @property
    def result(self) -> Visit:
        return self.visits[-1]


def next_visit(check: SelfCheck, visit: Visit, pick: str) -> Visit:
    """Where `pick` at `visit`'s question leads, carrying region and age along."""
    node = check.nodes[visit.node]
    if pick == UNSURE:
        return Visit(check.unsure_target(node), visit.region, visit.age)
    answer = node.answers[int(pick)]
    return Visit(answer.next, answer.region or visit.region, visit.age if answer.age is None else answer.age)


def picks_at(check: SelfCheck, node_id: str) -> List[str]:
    """The picks a question offers, in the order the screen lists them."""
    node = check.nodes[node_id]
    return [str(index) for index in range(len(node.answers))] + [UNSURE]


def walks(check: SelfCheck, region: Optional[str] = None) -> List[Walk]:
    """Every path from the start to a result that never visits a node twice (a reader going
    round a loop comes back to where they were: that is no new path)."""
    found: List[Walk] = []

    def go(picks: Tuple[str, ...], visits: Tuple[Visit, ...]) -> None:
        here = visits[-1]
        if here.node not in check.nodes:
            return
        if check.nodes[here.node].is_result:
            found.append(Walk(picks, visits))
            return
        for pick in picks_at(check, here.node):
            step = next_visit(check, here, pick)
            if step.node not in {visit.node for visit in visits}:
                go(picks + (pick,), visits + (step,))

    go((), (Visit(check.start, region, None),))
    return found
