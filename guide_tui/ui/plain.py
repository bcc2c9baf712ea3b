"""Text from content files, made safe to show: never parsed as markup, no control codes."""

from __future__ import annotations

from textual.content import Content

from guide_tui.content.text import strip_controls


def plain(text: str, style: str = "") -> Content:
    """`Content` built from raw text: `[@click=...]` and `[bold]` stay literal characters."""
    content = Content(strip_controls(text))
    return content.stylize(style) if style else content
