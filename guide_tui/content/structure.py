"""Checks inside one interactive file: a self-check's tree, a scenario's parts, a checklist's steps,
a lesson plan's minutes.

Each check records problems in the file and returns False when the entry must be skipped:
errors make the loader skip the entry (a tree with a hole would strand a reader halfway);
warnings keep it. `content/kinds.py` says which kind gets which check.
"""

from __future__ import annotations

import datetime as dt
from typing import Dict, List, Set

from .model import Checklist, Plan, Scenario, SelfCheck
from .problems import ERROR, WARNING
from .schema import did_you_mean
from .tomlfile import TomlFile


def node_indexes(file: TomlFile) -> Dict[str, int]:
    """Node id -> its index in [[nodes]] (the first, where ids repeat), to locate problems."""
    raw = file.data.get("nodes", []) if file.data else []
    return {str(node.get("id")): index for index, node in reversed(list(enumerate(raw))) if isinstance(node, dict)}


def check_selfcheck(check: SelfCheck, file: TomlFile, today: dt.date) -> bool:
    """Every node exists, asks or ends, can say "I'm not sure", and leads to advice."""
    ok = True
    where = node_indexes(file)
    nodes = check.nodes
    if check.start not in nodes:
        file.problem(ERROR, ("start",), f"start node '{check.start}' does not exist", did_you_mean(check.start, nodes))
        return False
    if check.unsure and check.unsure not in nodes:
        file.problem(
            ERROR,
            ("unsure",),
            f"'unsure' points to '{check.unsure}', which does not exist",
            did_you_mean(check.unsure, nodes),
        )
        ok = False
    for node in nodes.values():
        index = where.get(node.id, 0)
        if node.question and node.advice:
            file.problem(
                ERROR,
                ("nodes", index, "advice"),
                f"node '{node.id}' has both a question and advice",
                "a node either asks (question + answers) or ends (advice)",
            )
            ok = False
        elif not node.question and not node.advice:
            file.problem(
                ERROR, ("nodes", index, "id"), f"node '{node.id}' is a dead end: it has no question and no advice"
            )
            ok = False
        elif node.question and not node.answers:
            file.problem(ERROR, ("nodes", index, "question"), f"question '{node.id}' is a dead end: it has no answers")
            ok = False
        if node.question and not check.unsure_target(node):
            file.problem(
                ERROR,
                ("nodes", index, "question"),
                f"question '{node.id}' has no \"I'm not sure\" answer",
                'set unsure = "NODE" on the question, or once at the top of the file',
            )
            ok = False
        for number, answer in enumerate(node.answers):
            if answer.next not in nodes:
                file.problem(
                    ERROR,
                    ("nodes", index, "answers", number, "next"),
                    f"answer in '{node.id}' points to '{answer.next}', which does not exist",
                    did_you_mean(answer.next, nodes),
                )
                ok = False
        if node.unsure and node.unsure not in nodes:
            file.problem(
                ERROR,
                ("nodes", index, "unsure"),
                f"'unsure' of '{node.id}' points to '{node.unsure}', which does not exist",
                did_you_mean(node.unsure, nodes),
            )
            ok = False
        if node.advice and not node.topics and not node.emergency:
            file.problem(
                WARNING, ("nodes", index, "advice"), f"result '{node.id}' has no topics, so it shows no help entries"
            )
    if not ok:
        return False
    reachable = _reachable(check, [check.start])
    for node_id in nodes:
        if node_id not in reachable:
            file.problem(
                WARNING,
                ("nodes", where.get(node_id, 0), "id"),
                f"node '{node_id}' cannot be reached from '{check.start}'",
            )
    stuck = [n for n in nodes if n in reachable and not any(nodes[r].is_result for r in _reachable(check, [n]))]
    if stuck:
        names = ", ".join(f"'{n}'" for n in stuck)
        file.problem(ERROR, ("nodes", where.get(stuck[0], 0), "id"), f"from {names} no path leads to advice (a loop)")
        ok = False
    return ok


def _reachable(check: SelfCheck, start: List[str]) -> Set[str]:
    seen: Set[str] = set()
    todo = list(start)
    while todo:
        node_id = todo.pop()
        if node_id in seen or node_id not in check.nodes:
            continue
        seen.add(node_id)
        node = check.nodes[node_id]
        todo.extend(node.targets())
        if node.question and check.unsure and not node.unsure:
            todo.append(check.unsure)
    return seen


def check_scenario(scenario: Scenario, file: TomlFile, today: dt.date) -> bool:
    """Enough messages and choices to play; red flags and a safe choice to learn from."""
    ok = True
    if len(scenario.messages) < 2:
        file.problem(ERROR, ("messages",), "a scenario needs at least 2 [[messages]]")
        ok = False
    if len(scenario.choices) < 2:
        file.problem(ERROR, ("choices",), "a scenario needs at least 2 [[choices]]")
        ok = False
    if scenario.messages and not any(message.red_flag for message in scenario.messages):
        file.problem(WARNING, ("messages",), "no message has a red_flag, so the feedback cannot point any out")
    if scenario.choices and not any(choice.safe for choice in scenario.choices):
        file.problem(WARNING, ("choices",), "no choice is marked safe = true")
    for index, choice in enumerate(scenario.choices):
        if not choice.feedback.strip():
            file.problem(WARNING, ("choices", index, "feedback"), f"choice {index + 1} gets no feedback")
    return ok


def check_checklist(checklist: Checklist, file: TomlFile, today: dt.date) -> bool:
    """Unique step ids, and a warning for steps not verified in the last 12 months."""
    seen: Set[str] = set()
    ok = True
    for index, step in enumerate(checklist.steps):
        if step.id in seen:
            file.problem(ERROR, ("steps", index, "id"), f"duplicate step id '{step.id}'")
            ok = False
        seen.add(step.id)
        if step.may_be_outdated(today):
            file.problem(
                WARNING,
                ("steps", index, "verified_on"),
                f"step '{step.id}' was verified on {step.verified_on}, more than 12 months ago",
                "check it in the app again and update verified_on",
            )
    if not checklist.steps:
        file.problem(ERROR, ("steps",), "a checklist needs at least one [[steps]]")
        ok = False
    return ok


def check_plan(plan: Plan, file: TomlFile, today: dt.date) -> bool:
    """At least one step, every step a positive number of minutes, and a stated total that adds up.

    Whether each step's id exists is checked across files (validate.py), as for menu items."""
    ok = True
    if not plan.steps:
        file.problem(ERROR, ("steps",), "a plan needs at least one [[steps]]")
        return False
    for index, step in enumerate(plan.steps):
        if step.minutes <= 0:
            file.problem(
                ERROR, ("steps", index, "minutes"), f"step '{step.id}' must last at least 1 minute, not {step.minutes}"
            )
            ok = False
    if ok and plan.minutes is not None and plan.minutes != plan.total_minutes:
        parts = " + ".join(str(step.minutes) for step in plan.steps)
        file.problem(
            ERROR,
            ("minutes",),
            f"the plan says minutes = {plan.minutes}, but its steps add up to {plan.total_minutes} ({parts})",
            "change the total or the minutes of a step, or leave the total out",
        )
        ok = False
    return ok
