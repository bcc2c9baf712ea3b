"""What a kiosk shows after quick exit: a plain screen with nothing of the guide on it.

Its text comes from the content (`neutral-screen`), so a library can make it match its own
terminals. Any key or click starts a fresh session at the language screen.
"""

from __future__ import annotations

from textual import events, getters
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from ..app import GuideApp
from ..plain import plain


class NeutralScreen(Screen[None]):
    app = getters.app(GuideApp)
    DEFAULT_CSS = """
    NeutralScreen {
        align: center middle;
        background: $background;
    }
    NeutralScreen Static {
        width: auto;
        color: $text-muted;
    }
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(plain(self.text), markup=False)

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.app.start_session()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.app.start_session()
