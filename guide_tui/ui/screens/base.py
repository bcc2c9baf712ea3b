"""What every guide screen shares: breadcrumb on top, keys in the footer, translated labels."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, List

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer

from ..widgets.breadcrumb import Breadcrumb

if TYPE_CHECKING:
    from ..app import GuideApp


def translate_bindings(node, app: "GuideApp") -> None:
    """Binding descriptions are interface-string keys; show them in the reader's language."""
    bindings = node._bindings.key_to_bindings
    if not hasattr(node, "_binding_keys"):  # remember the string keys before the first translation
        node._binding_keys = {key: [b.description for b in found] for key, found in bindings.items()}
    for key, found in bindings.items():
        keys = node._binding_keys.get(key, [])
        bindings[key] = [replace(b, description=app.t(k)) if k else b for b, k in zip(found, keys)]


class GuideScreen(Screen):
    """A screen inside the guide, reached through `trail` (titles from the main menu down)."""

    BINDINGS = [
        Binding("escape", "back", "back"),
        Binding("backspace", "back", "back", show=False),
    ]

    def __init__(self, trail: List[str], entry_id: str = "") -> None:
        super().__init__()
        self.trail = trail
        self.entry_id = entry_id

    @property
    def guide_app(self) -> "GuideApp":
        return self.app  # type: ignore[return-value]

    def on_mount(self) -> None:
        translate_bindings(self, self.guide_app)
        self.refresh_bindings()

    def compose_top(self):
        yield Breadcrumb(self.trail)

    def compose_bottom(self):
        yield Footer()

    def action_back(self) -> None:
        self.guide_app.go_back()
