"""A list of options whose highlighted row is always on screen, also where the list sits inside a
taller scrolling page (a self-check result, scenario choices, see-also), so Enter never opens
something the reader did not see."""

from __future__ import annotations

from typing import ClassVar, List, Optional

from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer
from textual.geometry import Region
from textual.widgets import OptionList

from ..textual_compat import highlighted_lines, option_heights, translate_bindings


class Choices(OptionList):
    # OptionList's own keys, with the two a reader needs named in the footer (interface-string
    # keys, translated on mount).
    inherit_bindings = False
    BINDINGS: ClassVar[List[BindingType]] = [
        Binding("down", "cursor_down", "choices-move", key_display="↑↓"),
        Binding("up", "cursor_up", "choices-move", show=False),
        Binding("enter", "select", "choices-open", show=False),  # the menus say "arrows and Enter"
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("pageup", "page_up", show=False),
    ]

    def on_mount(self) -> None:
        translate = getattr(self.app, "t", None)
        if translate is not None:
            translate_bindings(self, translate)

    def scroll_to_highlight(self, top: bool = False) -> None:
        super().scroll_to_highlight(top)
        if self.has_focus:
            self.call_after_refresh(self._show_highlight_in_page)

    def action_page_down(self) -> None:
        self._move_by_page(1)

    def action_page_up(self) -> None:
        self._move_by_page(-1)

    def _move_by_page(self, direction: int) -> None:
        """Move the highlight by about the rows the reader sees, which for a list inside a page
        is the page's height, not the list's."""
        if self.highlighted is None:
            self.action_first() if direction < 0 else self.action_last()
            return
        heights = option_heights(self)
        page = self._page()
        visible = self.scrollable_content_region.height
        if page is not None and page.content_region.height:
            visible = min(visible, page.content_region.height)
        index, moved = self.highlighted, 0
        while 0 <= index + direction < len(heights):
            step = heights[index + direction]
            if moved and moved + step > visible:
                break
            index, moved = index + direction, moved + step
        self.highlighted = index

    def _page(self) -> Optional[ScrollableContainer]:
        return next((a for a in self.ancestors if isinstance(a, ScrollableContainer)), None)

    def on_focus(self) -> None:
        self.call_after_refresh(self._show_highlight_in_page)

    def _show_highlight_in_page(self) -> None:
        lines = highlighted_lines(self)
        page = self._page()
        if lines is None or page is None or not self.content_region or not page.content_region:
            return
        first, height = lines
        # Where the highlighted row is in the page's scrollable space.
        y = self.content_region.y - page.content_region.y + round(page.scroll_y) + first - round(self.scroll_y)
        page.scroll_to_region(Region(0, y, page.content_region.width, height), animate=False, immediate=True)
