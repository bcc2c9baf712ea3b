"""Scenarios played to the end, every self-check path walked, checklists ticked: as a reader would."""

from typing import List, Tuple

import pytest
from textual.widgets import OptionList

from guide_tui.content.model import Checklist, Scenario, SelfCheck
from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.checklist import ChecklistScreen
from guide_tui.ui.screens.next_steps import NextStepsScreen
from guide_tui.ui.screens.scenario import ScenarioFeedbackScreen, ScenarioScreen
from guide_tui.ui.screens.selfcheck import NEXT_STEPS, UNSURE, SelfCheckScreen

from .helpers import screen_text

LANGUAGES = ["nl", "fr", "en"]


def entries_of(guide, code, kind):
    return [guide.find(i, code).entry for i in guide.entry_ids(code) if isinstance(guide.find(i, code).entry, kind)]


@pytest.mark.parametrize("code", LANGUAGES)
async def test_every_scenario_plays_to_the_end_and_every_choice_gets_feedback(bundled_guide, code):
    scenarios = entries_of(bundled_guide, code, Scenario)
    assert len(scenarios) >= 6
    app = GuideApp(bundled_guide, language=code)
    async with app.run_test(size=(80, 24)) as pilot:
        for scenario in scenarios:
            assert scenario.lang == code, f"{scenario.id} is not translated into {code}"
            for choice_index, choice in enumerate(scenario.choices):
                app.open_entry(scenario.id)
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, ScenarioScreen)
                assert screen.shown == 1  # one message at a time
                for shown in range(2, len(scenario.messages) + 1):
                    await pilot.press("enter")
                    assert screen.shown == shown
                choices = screen.query_one("#choices", OptionList)
                assert choices.display and choices.has_focus
                await pilot.press("enter")  # an extra Enter picks nothing
                assert app.screen is screen
                await pilot.press(*["down"] * (choice_index + 1), "enter")
                await pilot.pause()
                assert isinstance(app.screen, ScenarioFeedbackScreen)
                assert app.screen.choice is choice
                shown_text = screen_text(app)
                assert choice.feedback in shown_text
                flagged = [m for m in scenario.messages if m.red_flag]
                assert flagged and all(m.red_flag in shown_text for m in flagged)
                assert len(app.screen.query(".chat-row")) == len(flagged)
                await pilot.press("escape")  # back to the chat, choices still there
                await pilot.pause()
                assert app.screen is screen
                await pilot.press("escape")
                await pilot.pause()


def self_check_paths(check: SelfCheck) -> List[Tuple[Tuple[str, ...], str]]:
    """Every path from the start to a result, as the option ids to pick: (picks, result id)."""
    paths = []

    def walk(node_id, picks, seen):
        node = check.nodes[node_id]
        if node.is_result:
            paths.append((picks, node_id))
            return
        targets = [(str(i), a.next) for i, a in enumerate(node.answers)] + [(UNSURE, check.unsure_target(node))]
        for pick, target in targets:
            if target not in seen:
                walk(target, picks + (pick,), seen | {target})

    walk(check.start, (), {check.start})
    return paths


@pytest.mark.parametrize("code", LANGUAGES)
async def test_every_self_check_path_ends_in_advice_and_help(bundled_guide, code):
    """Depth-first through the tree with Enter and Escape, as a curious reader would: every
    answer of every question on every path, each path ending in advice and matching help."""
    (check,) = entries_of(bundled_guide, code, SelfCheck)
    assert check.lang == code
    expected_paths = self_check_paths(check)
    walked: List[Tuple[Tuple[str, ...], str]] = []
    app = GuideApp(bundled_guide, language=code)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_entry(check.id)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SelfCheckScreen)

        async def explore(picks: Tuple[str, ...]) -> None:
            node = screen.node
            if node.is_result:
                walked.append((picks, node.id))
                assert node.advice in screen.query_one("#advice").source
                helpers = screen.matching_help()
                assert helpers, f"no help for {node.id} on path {picks}"
                assert helpers[0].emergency or not node.emergency
                offered = screen.query_one("#answers", OptionList)
                assert [offered.get_option_at_index(i).id for i in range(offered.option_count)] == \
                    [NEXT_STEPS] + [entry.id for entry in helpers] + [i for i, _ in screen.linked_pages()]
                return
            answers = screen.query_one("#answers", OptionList)
            assert answers.has_focus
            ids = [answers.get_option_at_index(i).id for i in range(answers.option_count)]
            assert ids[-1] == UNSURE  # "I'm not sure" on every question
            targets = [a.next for a in node.answers] + [check.unsure_target(node)]
            for pick, target in zip(ids, targets):
                if target in screen.history:  # a loop back up the path: not a new path
                    continue
                screen.query_one("#answers", OptionList).highlighted = ids.index(pick)
                await pilot.press("enter")
                await pilot.pause()
                assert screen.history[-1] == target
                await explore(picks + (pick,))
                await pilot.press("escape")  # one question back, not out of the self-check
                await pilot.pause()
                assert app.screen is screen and screen.history[-1] == node.id

        await explore(())
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SelfCheckScreen)
    assert sorted(walked) == sorted(expected_paths)
    assert {r for _, r in walked} == {n.id for n in check.nodes.values() if n.is_result}, "a result no path reaches"


async def test_next_steps_gathers_advice_and_numbers_and_prints_only_when_asked(bundled_guide):
    app = GuideApp(bundled_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_entry("self-check")
        await pilot.pause()
        screen = app.screen
        check = screen.check
        picks, result = next((p, r) for p, r in self_check_paths(check) if check.nodes[r].topics)
        for pick in picks:
            answers = screen.query_one("#answers", OptionList)
            ids = [answers.get_option_at_index(i).id for i in range(answers.option_count)]
            await pilot.press(*["down"] * ids.index(pick), "enter")
            await pilot.pause()
        await pilot.press("enter")  # "My next steps" is the first option
        await pilot.pause()
        assert isinstance(app.screen, NextStepsScreen)
        text = screen_text(app)
        for entry in screen.matching_help():
            assert entry.title in text
            for channel in entry.channels:
                assert channel.value in text
        await pilot.press("p")
        await pilot.pause()
    assert isinstance(app.return_value, str) and check.nodes[result].advice.strip() in app.return_value


async def test_next_steps_cannot_print_in_kiosk_mode(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="self-check", kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "enter")  # Yes -> Flanders -> advice
        await pilot.pause()
        await pilot.press("enter")  # My next steps
        await pilot.pause()
        assert isinstance(app.screen, NextStepsScreen)
        await pilot.press("p")
        await pilot.pause()
        assert app.is_running


async def test_self_check_filters_help_by_region_from_the_answers(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="self-check")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("enter")  # Yes
        await pilot.pause()
        await pilot.press("down", "enter")  # Wallonia
        await pilot.pause()
        assert screen.reader_region == "wallonia"
        await pilot.press("escape")
        await pilot.pause()
        assert screen.reader_region is None  # going back forgets the answer


@pytest.mark.parametrize("code", LANGUAGES)
async def test_checklists_tick_with_keyboard_and_mouse_and_show_progress(bundled_guide, code):
    menu = bundled_guide.find("checklists", code).entry
    checklists = [bundled_guide.find(i, code).entry for i in menu.items]
    assert all(isinstance(c, Checklist) for c in checklists)
    assert {c.id for c in checklists} >= {"checklist-tiktok", "checklist-instagram", "checklist-snapchat",
                                          "checklist-discord", "checklist-whatsapp"}
    app = GuideApp(bundled_guide, language=code, open_id="checklists")
    async with app.run_test(size=(80, 24)) as pilot:
        total = sum(len(c.steps) for c in checklists)
        checklist = checklists[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen) and app.screen.checklist.id == checklist.id
        await pilot.press("space", "down", "enter")  # keyboard: tick the first two steps
        third = app.screen.query_one(f"#step-{checklist.steps[2].id}")
        third.scroll_visible(animate=False)  # a reader scrolls before clicking
        await pilot.pause()
        await pilot.click(third)  # mouse: the third
        await pilot.pause()
        assert app.progress[checklist.id] == {s.id for s in checklist.steps[:3]}
        progress = app.t("progress", done=3, total=len(checklist.steps))
        assert progress in str(app.screen.query_one("#progress").render())
        await pilot.press("up", "enter")  # untick the second
        assert app.progress[checklist.id] == {checklist.steps[0].id, checklist.steps[2].id}
        await pilot.press("escape")
        await pilot.pause()
        overall = str(app.screen.query_one("#overall-progress").render())
        assert "2" in overall and str(total) in overall
        first = str(app.screen.query_one("#menu-items", OptionList).get_option_at_index(0).prompt)
        assert f"2/{len(checklist.steps)}" in first


async def test_old_steps_are_marked_as_maybe_out_of_date(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="checklist-demo")
    async with app.run_test(size=(80, 24)):
        details = [str(w.render()) for w in app.screen.query(".step-details")]
        assert "⚠" not in details[0]  # verified 2026-01-15, read on 2026-06-01
        assert "⚠" in details[1] and "2024-01-15" in details[1]
