"""The keys of the screen on one line, as Textual's compact Footer shows them, in one widget.

Textual's Footer is a container with a widget per key, composed again whenever the bindings
change; on every screen that was a dozen widgets to build and style. `KeyBar` draws the same
line (key in bold, then what it does; the same theme variables) as one piece of text, and a
click on a key presses it, as with the Footer. The descriptions are interface strings, set by
`translate_bindings`; they are shown as text, never as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, List, Optional, Tuple

from textual import events
from textual.content import Content
from textual.style import Style
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.screen import Screen

KEY_META = "key-bar"


class KeyBar(Widget):
    """One line at the bottom: each key the screen shows, and what it does."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        text-wrap: nowrap;
        text-overflow: clip;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--item { background: $footer-item-background; }
        & > .key-bar--key { color: $footer-key-foreground; background: $footer-key-background; text-style: bold; }
        & > .key-bar--description { color: $footer-description-foreground; background: $footer-description-background; }
        & > .key-bar--hover { color: $footer-key-foreground; background: $block-hover-background; }
        & > .key-bar--disabled { text-style: dim; }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--item",
        "key-bar--key",
        "key-bar--description",
        "key-bar--hover",
        "key-bar--disabled",
    }

    def __init__(self) -> None:
        super().__init__()
        self._keys: List[Tuple[str, bool]] = []  # (key, enabled) of each shown, by its number
        self._hover: Optional[int] = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: "Screen[object]") -> None:
        self.refresh()

    def shown(self) -> List[Tuple[str, str, str, bool]]:
        """(key, key as shown, description, enabled) of each key on the bar, in order: the
        first binding of each action the screen shows, as the Footer chooses them."""
        chosen: dict[str, Tuple[str, str, str, bool]] = {}
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in chosen:
                chosen[binding.action] = (binding.key, self.app.get_key_display(binding), binding.description, enabled)
        return list(chosen.values())

    def render(self) -> Content:
        style = self.get_visual_style
        parts: List[Content] = []
        self._keys = []
        for number, (key, display, description, enabled) in enumerate(self.shown()):
            item = style("key-bar--item", partial=True)
            if number == self._hover:
                item += style("key-bar--hover", partial=True)
            if not enabled:
                item += style("key-bar--disabled", partial=True)
            item += Style.from_meta({KEY_META: number})
            text = Content.styled(display, item + style("key-bar--key", partial=True))
            if description:
                text += Content.styled(" " + description, item + style("key-bar--description", partial=True))
            parts.append(text)
            self._keys.append((key, enabled))
        return Content(" ").join(parts)

    def _number(self, event: events.MouseEvent) -> Optional[int]:
        number = event.style.meta.get(KEY_META)
        return number if isinstance(number, int) and 0 <= number < len(self._keys) else None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        number = self._number(event)
        if number is None:
            return
        key, enabled = self._keys[number]
        if enabled:
            self.app.simulate_key(key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        number = self._number(event)
        if number != self._hover:
            self._hover = number
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()
