"""What every guide screen shares: breadcrumb on top, keys in the footer, translated labels."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, List

from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer

from ..widgets.breadcrumb import Breadcrumb
from ..widgets.quick_exit import QuickExit

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

    # Textual calls `on_*` handlers of every class in the MRO, so subclasses never define them
    # again: they override these hooks instead.
    def on_mount(self) -> None:
        translate_bindings(self, self.guide_app)
        self.refresh_bindings()
        self.after_mount()

    def after_mount(self) -> None:
        """Set focus and fill in what needs the app; called once the screen is mounted."""

    def on_option_list_option_selected(self, event) -> None:
        event.stop()
        self.option_chosen(event.option_list, event.option_id)

    def option_chosen(self, option_list, option_id: str) -> None:
        """An item picked in a list on this screen: by default, open the entry with that id."""
        self.guide_app.open_entry(option_id)

    def compose_top(self):
        with Horizontal(classes="topbar"):
            yield Breadcrumb(self.trail)
            yield QuickExit(self.guide_app.t("quick-exit-button"))

    def compose_bottom(self):
        yield Footer()

    def action_back(self) -> None:
        self.guide_app.go_back()
