"""Text wrapped never at a no-break space: phone numbers stay on one line, and a list's bullet
stays with the address after it.

Textual breaks lines at a no-break space, and moves a word that does not fit to the next line
before folding it: a source address wider than the window left its bullet alone on a line.
Here a no-break space holds its neighbours together, so the bullet and the start of the address
share a line and the address folds inside itself.
"""

from __future__ import annotations

from typing import List, Optional

from textual.content import Content
from textual.geometry import Size
from textual.visual import visualize
from textual.widgets import Static

_GLUE = "\ue000"  # stands in for a no-break space while wrapping


def wrap(text: Content, width: int) -> List[Content]:
    """`text` wrapped at `width`, never at a no-break space."""
    if "\u00a0" not in text.plain:
        return text.wrap(width)
    glued = Content(text.plain.replace("\u00a0", _GLUE), spans=list(text.spans))
    return [Content(line.plain.replace(_GLUE, "\u00a0"), spans=list(line.spans)) for line in glued.wrap(width)]


class WrappedText(Static):
    """A `Static` whose text is wrapped by `wrap` for the width it is laid out at."""

    def __init__(self, text: Content, *, id: Optional[str] = None, classes: Optional[str] = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self.text = text
        self._width = 0
        self._wrapped = Content()

    def _at(self, width: int) -> Content:
        if width != self._width:
            self._width = width
            lines = [row for line in self.text.split("\n", allow_blank=True) for row in (wrap(line, width) or [line])]
            self._wrapped = Content("\n").join(lines)
        return self._wrapped

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return visualize(self, self._at(width)).get_height(self.styles, width)  # type: ignore[arg-type]  # as Widget does

    def render(self) -> Content:
        return self._at(self.content_size.width or self._width or 80)
