"""Lesson plans (kind = "plan"): the model, the checks `guide-tui check` runs, and the bundled plans."""

import re

import pytest

from guide_tui.content import ERROR, bundled_content, load_guide
from guide_tui.content.model import Plan, PlanStep

from ..conftest import FIXTURE_TODAY

BUNDLED_PLANS = {"plan-lesson-12-14": 50, "plan-workshop-15-18": 100, "plan-evening-adults": None}
DIGITS = re.compile(r"\d{3}")  # a phone number has at least three digits in a row


def write_plan(root, body: str, name: str = "plan-test"):
    path = root / "en" / f"{name}.toml"
    path.write_text(
        f'format = 1\nkind = "plan"\nid = "{name}"\ntitle = "A test plan"\naudience = "Ages 12-14"\n'
        f'goal = "Try the checks."\n{body}',
        encoding="utf-8",
    )
    return path


def own_problems(root, path):
    guide = load_guide(root, today=FIXTURE_TODAY)
    problems = [p for p in guide.load_all() if p.path == path]
    return guide, problems


def test_the_mini_plan_loads_with_its_steps(mini_guide):
    plan = mini_guide.find("plan-demo", "en").entry
    assert isinstance(plan, Plan)
    assert [step.id for step in plan.steps] == ["grooming", "scenario-demo", "checklist-demo"]
    assert plan.steps[0] == PlanStep("grooming", 10, "Read the page together.")
    assert plan.minutes == plan.total_minutes == 30
    assert plan.audience == "Ages 12-14" and plan.goal.startswith("Pupils recognise")
    assert plan.links() == ["grooming", "scenario-demo", "checklist-demo"]


def test_the_total_is_optional(mini_copy):
    path = write_plan(mini_copy, '\n[[steps]]\nid = "grooming"\nminutes = 7\n')
    guide, problems = own_problems(mini_copy, path)
    assert problems == []
    assert guide.find("plan-test", "en").entry.total_minutes == 7


def test_a_wrong_total_is_an_error_on_its_line_and_skips_the_plan(mini_copy):
    path = write_plan(
        mini_copy,
        'minutes = 45\n\n[[steps]]\nid = "grooming"\nminutes = 10\n\n[[steps]]\nid = "scenario-demo"\nminutes = 15\n',
    )
    guide, problems = own_problems(mini_copy, path)
    assert [(p.severity, p.line) for p in problems] == [(ERROR, 7)]
    assert "minutes = 45, but its steps add up to 25 (10 + 15)" in problems[0].message
    assert f"{path}:7:1: error:" in problems[0].format()
    assert "plan-test" not in guide.content("en").entries


def test_a_step_that_does_not_exist_is_an_error_on_its_line(mini_copy):
    path = write_plan(
        mini_copy, '\n[[steps]]\nid = "grooming"\nminutes = 10\n\n[[steps]]\nid = "groming-2"\nminutes = 5\n'
    )
    _, problems = own_problems(mini_copy, path)
    assert len(problems) == 1
    assert problems[0].severity == ERROR and problems[0].line == 13
    assert "'plan-test' links to 'groming-2', which does not exist" in problems[0].message


def test_a_step_in_the_fallback_language_is_enough(mini_copy):
    # lock-account exists in en (the default language) but not in fr.
    (mini_copy / "fr" / "plan-fr.toml").write_text(
        'format = 1\nkind = "plan"\nid = "plan-fr"\ntitle = "Plan"\naudience = "12-14 ans"\ngoal = "Essayer."\n'
        '\n[[steps]]\nid = "lock-account"\nminutes = 5\n',
        encoding="utf-8",
    )
    guide = load_guide(mini_copy, today=FIXTURE_TODAY)
    assert not [p for p in guide.load_all() if p.is_error]
    assert "plan-fr" in guide.content("fr").entries


@pytest.mark.parametrize("minutes", ["0", "-5", '"ten"'])
def test_a_step_needs_a_positive_whole_number_of_minutes(mini_copy, minutes):
    path = write_plan(mini_copy, f'\n[[steps]]\nid = "grooming"\nminutes = {minutes}\n')
    guide, problems = own_problems(mini_copy, path)
    assert [p.line for p in problems if p.is_error] == [10]
    assert "plan-test" not in guide.content("en").entries


def test_a_plan_needs_steps_audience_and_goal(mini_copy):
    path = mini_copy / "en" / "plan-empty.toml"
    path.write_text('format = 1\nkind = "plan"\nid = "plan-empty"\ntitle = "Empty"\nsteps = []\n', encoding="utf-8")
    _, problems = own_problems(mini_copy, path)
    messages = " | ".join(p.message for p in problems)
    assert "missing required key 'audience'" in messages and "missing required key 'goal'" in messages


@pytest.fixture(scope="module")
def bundled():
    guide = load_guide(bundled_content())
    guide.load_all()
    return guide


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_bundled_plans_exist_in_every_language_and_add_up(bundled, lang):
    plans = {i: e for i, e in bundled.content(lang).entries.items() if isinstance(e, Plan)}
    assert set(plans) == set(BUNDLED_PLANS)
    for plan_id, minutes in BUNDLED_PLANS.items():
        plan = plans[plan_id]
        if minutes is not None:
            assert plan.total_minutes == minutes
        # Built only from entries that exist in this very language (no fallback in class).
        assert all(step.id in bundled.content(lang).entries for step in plan.steps)
        assert plan.audience and plan.goal and all(step.note for step in plan.steps)
    english = bundled.content("en").entries
    for plan_id in BUNDLED_PLANS:
        steps = [(step.id, step.minutes) for step in plans[plan_id].steps]
        assert steps == [(step.id, step.minutes) for step in english[plan_id].steps], "the same steps everywhere"


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_bundled_plans_add_no_phone_numbers_or_facts(bundled, lang):
    for entry in bundled.content(lang).entries.values():
        if isinstance(entry, Plan):
            texts = [entry.title, entry.summary, entry.audience, entry.goal, entry.facilitator_notes]
            texts += [step.note for step in entry.steps]
            assert not any(DIGITS.search(text) for text in texts[2:]), entry.id
            assert entry.sources == []


def test_the_workshop_uses_pages_scenarios_the_self_check_and_help(bundled):
    kinds = {bundled.find(step.id, "en").entry.kind for step in bundled.find("plan-workshop-15-18", "en").entry.steps}
    assert {"page", "scenario", "selfcheck", "menu"} <= kinds


def test_readers_never_find_a_plan_by_searching(mini_guide):
    from guide_tui.content.search import index_for

    found = [result.entry.id for result in index_for(mini_guide, "en").search("short lesson")]
    assert "plan-demo" not in found
