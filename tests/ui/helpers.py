"""Small helpers for Pilot tests: act as a reader would, by keys and clicks."""

from textual.widgets import OptionList


async def choose_option(pilot, option_id: str) -> None:
    """Move the highlight to `option_id` with the arrow keys, then press Enter."""
    option_list = pilot.app.screen.query_one(OptionList)
    target = option_list.get_option_index(option_id)
    start = option_list.highlighted or 0
    key = "down" if target >= start else "up"
    await pilot.press(*([key] * abs(target - start)))
    assert option_list.highlighted == target
    await pilot.press("enter")
    await pilot.pause()


def screen_text(app) -> str:
    """Everything the current screen shows, as plain text (what a reader sees)."""
    from textual.widgets import Static

    from guide_tui.ui.widgets.markdown_text import MarkdownText

    parts = []
    for widget in app.screen.query("*"):
        if not widget.display:
            continue
        if isinstance(widget, Static):
            parts.append(str(widget.render()))
        elif isinstance(widget, OptionList):
            parts.extend(str(option.prompt) for option in widget.options)
        elif isinstance(widget, MarkdownText):
            parts.append(widget.source)
    # Phone numbers are shown with no-break spaces; a reader sees spaces.
    return "\n".join(parts).replace("\u00a0", " ")


def option_ids(option_list) -> list:
    """The ids of a list's options, in the order the reader sees them."""
    return [option_list.get_option_at_index(i).id for i in range(option_list.option_count)]


def notifications(app) -> list:
    """The messages of the notifications on screen now, as a reader sees them."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


def link_offset(markdown, label: str) -> tuple:
    """Where the link `label` is shown in a `MarkdownText` (x, y inside the widget), to click it."""
    for y, line in enumerate(markdown.lines(markdown.content_size.width)):
        x = line.plain.find(label)
        if x >= 0:
            return (x + 1, y)
    raise AssertionError(f"{label!r} is not shown")
