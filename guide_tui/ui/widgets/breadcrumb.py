"""Where the reader is: "Start › Recognise manipulation › Sextortion".

When the trail is wider than the line, the first steps give way to "…", so the current page
always shows.
"""

from __future__ import annotations

from typing import List, Sequence

from textual import events
from textual.content import Content
from textual.widgets import Static

from ..plain import plain

SEPARATOR = " › "
ELLIPSIS = "…"


def fit_trail(trail: Sequence[str], width: int) -> List[str]:
    """The trail with leading parts replaced by "…" until it fits `width` cells."""
    parts = list(trail)
    dropped = False
    while len(parts) > 1 and len(SEPARATOR.join(([ELLIPSIS] if dropped else []) + parts)) > width:
        parts.pop(0)
        dropped = True
    return ([ELLIPSIS] if dropped else []) + parts


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
        super().__init__(markup=False)
        self.trail = list(trail)

    def on_mount(self) -> None:
        self._show(self.size.width or 80)

    def on_resize(self, event: events.Resize) -> None:
        self._show(event.size.width)

    def _show(self, width: int) -> None:
        parts = [plain(title) for title in fit_trail(self.trail, max(width - 2, 10))]
        if parts:
            parts[-1] = parts[-1].stylize("bold $text")
        self.update(Content(SEPARATOR).join(parts))
