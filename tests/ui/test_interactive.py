"""Scenarios, the self-check and checklists, played as a reader would, on the small fixture guide.

Whether every path of the bundled content ends in advice and help is a property of the
content, checked on the model in tests/content/test_interactive_content.py; these tests
cover the screens' mechanics: one message at a time, focus, Escape one question back, the
option order, ticks and progress.
"""

from typing import List, Tuple

from textual.widgets import OptionList

from guide_tui.content.walks import walks
from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.checklist import ChecklistScreen
from guide_tui.ui.screens.next_steps import NextStepsScreen
from guide_tui.ui.screens.scenario import ScenarioFeedbackScreen, ScenarioScreen
from guide_tui.ui.screens.selfcheck import NEXT_STEPS, UNSURE, SelfCheckScreen

from .helpers import option_ids, screen_text


async def test_the_scenario_shows_messages_one_by_one_and_every_choice_gets_its_feedback(mini_guide):
    scenario = mini_guide.find("scenario-demo", "en").entry
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        for choice_index, choice in enumerate(scenario.choices):
            app.open_entry(scenario.id)
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ScenarioScreen)
            assert screen.shown == 1  # one message at a time, from the first each time
            assert len(screen.query(".chat-row")) == 1
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
            assert app.screen is screen and choices.display
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen.entry_id == "home"


async def test_the_self_check_walks_every_path_with_enter_and_escape(mini_guide):
    """Depth-first through the tree with Enter and Escape, as a curious reader would: the
    screen offers the answers in order, "I'm not sure" last, and ends in advice and help."""
    check = mini_guide.find("self-check", "en").entry
    walked: List[Tuple[Tuple[str, ...], str]] = []
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_entry(check.id)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SelfCheckScreen)

        async def explore(picks: Tuple[str, ...]) -> None:
            node = screen.node
            offered = screen.query_one("#answers", OptionList)
            assert offered.has_focus
            if node.is_result:
                walked.append((picks, node.id))
                assert node.advice in screen.query_one("#advice").source
                helpers = screen.matching_help()
                assert helpers
                assert option_ids(offered) == [NEXT_STEPS] + [entry.id for entry in helpers] + [
                    i for i, _ in screen.linked_pages()
                ]
                return
            ids = option_ids(offered)
            assert ids == [str(i) for i in range(len(node.answers))] + [UNSURE]
            for index, pick in enumerate(ids):
                visited = [visit.node for visit in screen.visits]
                offered = screen.query_one("#answers", OptionList)
                await pilot.press(*["down"] * (index - (offered.highlighted or 0)), "enter")
                await pilot.pause()
                if screen.visits[-1].node in visited[:-1]:  # a loop back up the path: no new path
                    await pilot.press("escape")
                    await pilot.pause()
                    continue
                await explore(picks + (pick,))
                await pilot.press("escape")  # one question back, not out of the self-check
                await pilot.pause()
                assert app.screen is screen and [visit.node for visit in screen.visits] == visited

        await explore(())
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SelfCheckScreen)
    assert sorted(walked) == sorted((walk.picks, walk.result.node) for walk in walks(check))


async def test_the_self_check_filters_help_by_region_from_the_answers(mini_guide):
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


async def test_next_steps_gathers_advice_and_numbers_and_prints_only_when_asked(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="self-check")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("enter", "enter")  # Yes -> Flanders -> advice
        await pilot.pause()
        advice = screen.node.advice
        helpers = screen.matching_help()
        assert helpers
        await pilot.press("enter")  # "My next steps" is the first option
        await pilot.pause()
        assert isinstance(app.screen, NextStepsScreen)
        text = screen_text(app)
        for entry in helpers:
            assert entry.title in text
            for channel in entry.channels:
                assert channel.value in text
        await pilot.press("p")
        await pilot.pause()
    assert isinstance(app.return_value, str) and advice.strip() in app.return_value
    assert all(channel.value in app.return_value for entry in helpers for channel in entry.channels)


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


async def test_checklists_tick_with_keyboard_and_mouse_and_show_progress(mini_guide):
    checklist = mini_guide.find("checklist-demo", "en").entry
    first, second = (step.id for step in checklist.steps)
    app = GuideApp(mini_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_entry(checklist.id)
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen) and app.screen.checklist.id == checklist.id
        await pilot.press("space")  # keyboard: tick the first step
        box = app.screen.query_one(f"#step-{second}")
        box.scroll_visible(animate=False)  # a reader scrolls before clicking
        await pilot.pause()
        await pilot.click(box)  # mouse: the second
        await pilot.pause()
        assert app.progress[checklist.id] == {first, second}
        assert app.t("progress", done=2, total=2) in str(app.screen.query_one("#progress").render())
        app.screen.query_one(f"#step-{first}").focus()
        await pilot.press("enter")  # untick the first
        assert app.progress[checklist.id] == {second}
        await pilot.press("escape")
        await pilot.pause()
        assert app.t("overall-progress", done=1, total=2) in str(app.screen.query_one("#overall-progress").render())
        items = app.screen.query_one("#menu-items", OptionList)
        label = str(items.get_option(checklist.id).prompt)
        assert "1/2" in label


async def test_old_steps_are_marked_as_maybe_out_of_date(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="checklist-demo")
    async with app.run_test(size=(80, 24)):
        details = [str(w.render()) for w in app.screen.query(".step-details")]
        assert "⚠" not in details[0]  # verified 2026-01-15, read on 2026-06-01
        assert "⚠" in details[1] and "2024-01-15" in details[1]


async def test_a_self_check_opened_again_through_a_link_leaves_the_first_one_as_it_was(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="self-check")
    async with app.run_test(size=(80, 24)) as pilot:
        first = app.screen
        await pilot.press("enter")  # Yes -> "where do you live?"
        await pilot.pause()
        app.open_entry("self-check")  # as a link in a page would
        await pilot.pause()
        assert app.screen is not first and app.screen.node.id == "start"
        await pilot.press("down", "enter")  # No -> talk
        await pilot.pause()
        await app.pop_screen()
        await pilot.pause()
        assert app.screen is first and first.node.id == "where"
        await pilot.press("down", "enter")  # Wallonia
        await pilot.pause()
        assert first.node.id == "threat" and first.reader_region == "wallonia"
