"""How facilitator mode looks at 80x24 on the small fixture guide, with the step timer's clock
standing still.

Update after an intended change of look:
`python -m pytest tests/ui/test_facilitator_snapshots.py --snapshot-update`.
"""

from guide_tui.ui.app import GuideApp

SIZE = (80, 24)


def facilitator_app(mini_guide, **options):
    return GuideApp(mini_guide, language="en", facilitator=True, clock=lambda: 0.0, **options)


def test_plan(snap_compare, mini_guide):
    assert snap_compare(facilitator_app(mini_guide), terminal_size=SIZE, press=["l", "enter"])


def test_plan_step_with_notes(snap_compare, mini_guide):
    assert snap_compare(facilitator_app(mini_guide), terminal_size=SIZE, press=["l", "enter", "enter"])


def test_scenario_waits_for_the_reveal(snap_compare, mini_guide):
    app = facilitator_app(mini_guide, open_id="scenario-demo")
    assert snap_compare(app, terminal_size=SIZE, press=["enter", "enter"])
