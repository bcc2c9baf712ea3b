"""Where the reader is: "Start › Recognise manipulation › Sextortion".

When the trail is wider than the line, the steps after "Start" give way to "…", then "Start"
itself, so the current page always shows.
"""

from __future__ import annotations

from typing import List, Sequence

from textual.content import Content
from textual.geometry import Size
from textual.visual import visualize
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
    """The trail fitted to the width it is laid out at, so the first frame already shows it
    fitted (fitting it on mount and again on resize drew it over two lines first)."""

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
        self._width = 0  # the content width of the last layout

    def _line(self, width: int) -> Content:
        parts = [plain(title) for title in fit_trail(self.trail, max(width, 10))]
        if parts:
            parts[-1] = parts[-1].stylize("bold $text")
        return Content(SEPARATOR).join(parts)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._width = width
        return visualize(self, self._line(width)).get_height(self.styles, width)  # type: ignore[arg-type]  # as Widget does

    def render(self) -> Content:
        return self._line(self.content_size.width or self._width or 78)
