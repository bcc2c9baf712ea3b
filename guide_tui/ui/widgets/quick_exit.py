"""The visible "Quick exit" control, on every screen a reader can be seen on."""

from __future__ import annotations

from textual import events, getters
from textual.widgets import Static

from ..app import GuideApp
from ..plain import plain


class QuickExit(Static):
    app = getters.app(GuideApp)
    DEFAULT_CSS = """
    QuickExit {
        dock: right;
        width: auto;
        height: 1;
        padding: 0 1;
        background: $error;
        color: $text;
        text-style: bold;
    }
    QuickExit:hover {
        background: $error-lighten-1;
    }
    """

    def __init__(self, label: str) -> None:
        super().__init__(plain(label), markup=False, id="quick-exit")

    def on_click(self, event: events.Click) -> None:
        event.stop()  # the screen below must not act on this click as well
        self.app.action_quick_exit()
