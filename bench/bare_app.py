"""The floor of any Textual app, for bench/run.py: one line of text, Ctrl+Q quits."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("bare app ready")


if __name__ == "__main__":
    Bare().run()
