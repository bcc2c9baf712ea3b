"""Text from content files, made safe to show: never parsed as markup, no control codes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.content import Content

from guide_tui.content.text import keep_numbers_together, strip_controls

if TYPE_CHECKING:
    from textual.widget import Widget


def plain(text: str, style: str = "") -> Content:
    """`Content` built from raw text: `[@click=...]` and `[bold]` stay literal characters."""
    content = Content(keep_numbers_together(strip_controls(text)))
    return content.stylize(style) if style else content


def markdown_source(text: str) -> str:
    """A Markdown body made safe to show (no control codes) with phone numbers kept on one line."""
    return keep_numbers_together(strip_controls(text))


def markdown(text: str, **options: Any) -> "Widget":
    """A Markdown widget for a body from a content file. Imported on first use: the Markdown
    widget and its parser cost start-up time that menus do not need."""
    from textual.widgets import Markdown

    return Markdown(markdown_source(text), open_links=False, **options)
