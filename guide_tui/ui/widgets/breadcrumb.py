"""Where the reader is: "Start › Recognise manipulation › Sextortion"."""

from __future__ import annotations

from typing import Sequence

from textual.content import Content
from textual.widgets import Static

from ..plain import plain

SEPARATOR = " › "


class Breadcrumb(Static):
    DEFAULT_CSS = """
    Breadcrumb {
        height: auto;
        max-height: 2;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    """

    def __init__(self, trail: Sequence[str]) -> None:
        parts = [plain(title) for title in trail]
        if parts:
            parts[-1] = parts[-1].stylize("bold $text")
        super().__init__(Content(SEPARATOR).join(parts), markup=False)
        self.trail = list(trail)
