"""Where the reader is: "Start › Recognise manipulation › Sextortion".

When the trail is wider than the line, the steps after "Start" give way to "…", then "Start"
itself, so the current page always shows.
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
    """The trail, fitted to `width` cells: steps after the first give way to "…" (so "Start"
    stays while there is room), then the first one too; the current page always stays."""
    parts = list(trail)

    def fits(candidate: List[str]) -> bool:
        return len(SEPARATOR.join(candidate)) <= width

    if fits(parts) or len(parts) == 1:
        return parts
    for start in range(2, len(parts)):
        candidate = [parts[0], ELLIPSIS, *parts[start:]]
        if fits(candidate):
            return candidate
    for start in range(1, len(parts) - 1):
        candidate = [ELLIPSIS, *parts[start:]]
        if fits(candidate):
            return candidate
    return [ELLIPSIS, parts[-1]]


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
