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
    """A body from a content file as Markdown, in one widget (widgets/markdown_text.py).
    Imported on first use: the Markdown parser costs start-up time that menus do not need."""
    from .widgets.markdown_text import MarkdownText

    return MarkdownText(markdown_source(text), **options)
