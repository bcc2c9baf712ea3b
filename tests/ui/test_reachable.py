"""Every item of a list can be reached, and the highlighted one is always on screen, also when
the list is taller than the window or sits inside a taller scrolling page (review M1, M2)."""

import pytest
from textual.containers import ScrollableContainer
from textual.widgets import OptionList

from guide_tui.content.matching import match_help
from guide_tui.content.model import HelpEntry, Menu
from guide_tui.content.walks import walks
from guide_tui.ui.app import GuideApp
from guide_tui.ui.textual_compat import highlighted_lines


def highlight_is_visible(option_list: OptionList) -> bool:
    """The highlighted row lies inside the list's visible rows and every scrolling page around it."""
    lines = highlighted_lines(option_list)
    assert lines is not None, "nothing is highlighted"
    first, height = lines
    top = option_list.content_region.y + first - round(option_list.scroll_y)
    row = (top, top + height)
    boxes = [option_list.content_region, option_list.screen.region]
    boxes += [a.content_region for a in option_list.ancestors if isinstance(a, ScrollableContainer)]
    return all(box.y <= row[0] and row[1] <= box.bottom for box in boxes)


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (40, 12)])
async def test_the_last_item_of_a_long_menu_can_be_reached_and_seen(bundled_guide, size):
    app = GuideApp(bundled_guide, language="nl", open_id="help")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        items = app.screen.query_one("#menu-items", OptionList)
        await pilot.press("end")
        await pilot.pause()
        assert items.highlighted == items.option_count - 1
        assert highlight_is_visible(items)
        await pilot.press("home", "pagedown")
        await pilot.pause()
        assert items.highlighted > 0 and highlight_is_visible(items)


async def test_a_self_check_result_keeps_the_highlighted_service_on_screen(mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="self-check")
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "enter")  # the first answer twice: a result with help below its advice
        await pilot.pause()
        answers = app.screen.query_one("#answers", OptionList)
        assert app.screen.node.is_result and answers.option_count >= 2
        page = app.screen.query_one("#page-scroll", ScrollableContainer)
        assert page.max_scroll_y > 0, "the result must be taller than the window for this test"
        for _ in range(answers.option_count):
            await pilot.press("down")
            await pilot.pause()
            assert highlight_is_visible(answers)
        await pilot.press("up")
        await pilot.pause()
        assert highlight_is_visible(answers)


@pytest.mark.parametrize(
    "lang, size, part",
    [
        ("nl", (80, 24), "menus"),
        ("nl", (40, 12), "menus"),
        ("fr", (40, 12), "menus"),
        ("en", (40, 12), "menus"),
        ("nl", (40, 12), "results"),
        ("fr", (40, 12), "results"),
        ("en", (40, 12), "results"),
    ],
    ids=lambda value: f"{value[0]}x{value[1]}" if isinstance(value, tuple) else str(value),
)
async def test_every_menu_and_self_check_result_shows_its_last_item(bundled_guide, lang, size, part):
    """Over the bundled content, one app per language, size and part (menus, or self-check
    results; split so the test runners share the work): End in every menu and in every
    self-check result highlights the last item, on screen. Every language at the smallest
    size, where lists are hardest to show; the Dutch menus (the longest texts) at 80x24 as well."""
    app = GuideApp(bundled_guide, language=lang)
    async with app.run_test(size=size) as pilot:
        if part == "menus":
            content = bundled_guide.content(lang)
            for menu_id in [entry.id for entry in content.entries.values() if isinstance(entry, Menu)]:
                app.open_entry(menu_id)
                await pilot.pause()
                await _end_shows_the_last(pilot, app.screen.query_one("#menu-items", OptionList), menu_id)
                app.pop_screen()
            return
        app.open_entry("self-check")
        await pilot.pause()
        screen = app.screen
        for visit in _longest_result_per_node(bundled_guide, lang):
            screen.show(visit)
            await pilot.pause()
            answers = screen.query_one("#answers", OptionList)
            answers.focus()
            await _end_shows_the_last(pilot, answers, f"self-check {visit}")


def _longest_result_per_node(guide, lang):
    """For each result node, the visit (region, age) that lists the most services: the list
    that is hardest to show whole. Shorter lists of the same node are its beginnings."""
    check = guide.content(lang).entries["self-check"]
    helpers = [e for e in guide.content(lang).readable(None).values() if isinstance(e, HelpEntry)]
    longest = {}
    for walk in walks(check):
        visit = walk.result
        node = check.nodes[visit.node]
        count = len(match_help(helpers, node.topics, lang, visit.region, visit.age, node.emergency))
        if count >= longest.get(visit.node, (-1, None))[0]:
            longest[visit.node] = (count, visit)
    return [visit for _count, visit in longest.values()]


async def _end_shows_the_last(pilot, option_list: OptionList, where: str) -> None:
    await pilot.press("end")
    await pilot.pause()
    assert option_list.highlighted == option_list.option_count - 1, where
    assert highlight_is_visible(option_list), f"{where} at {pilot.app.size}"
