"""Every item of a list can be reached, and the highlighted one is always on screen, also when
the list is taller than the window or sits inside a taller scrolling page (review M1, M2)."""

import pytest
from textual.containers import ScrollableContainer
from textual.widgets import OptionList

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
