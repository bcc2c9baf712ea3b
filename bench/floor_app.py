"""The guide's first screens with no guide code, for bench/run.py: what Textual's widgets cost.

    python bench/floor_app.py language|menu

Builds the widget tree of the language screen or of the `--lang nl` main menu from the same
Textual widget classes (containers, Static, OptionList), styled by the guide's own guide.tcss
and theme colours, with the text hard-coded. The guide's own widgets (quick exit, breadcrumb,
key bar) are Statics here with their CSS. No guide_tui import: the difference between a guide
row and its floor row in bench/run.py is what the guide's code adds on top of Textual.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.theme import Theme
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

GUIDE_TCSS = Path(__file__).resolve().parent.parent / "guide_tui" / "ui" / "guide.tcss"

# The guide's own widgets, as their DEFAULT_CSS says (ui/widgets/quick_exit.py, breadcrumb.py,
# key_bar.py), and guide.tcss's rules for LanguageScreen (here the app's default screen).
WIDGETS_CSS = """
App.-language Screen { align-vertical: middle; }
App.-language Screen > .topbar { dock: top; }
#quick-exit {
    dock: right; width: auto; height: 1; padding: 0 1;
    background: $error; color: $text; text-style: bold;
}
#quick-exit:hover { background: $error-lighten-1; }
#breadcrumb { height: auto; max-height: 2; padding: 0 1; background: $panel; color: $text-muted; }
#key-bar {
    dock: bottom; height: 1; width: 1fr; text-wrap: nowrap; text-overflow: clip;
    color: $footer-foreground; background: $footer-background;
}
"""

THEME = Theme(  # the guide's default theme (ui/themes.py)
    name="guide-dark",
    dark=True,
    background="#101418",
    surface="#1a2027",
    panel="#232b33",
    foreground="#e6e6e6",
    primary="#1f5fbf",
    secondary="#2f6fa8",
    accent="#ffb454",
    warning="#ffb454",
    error="#ff7b7b",
    success="#6fdc8c",
    variables={"text-muted": "#b4b4b4", "footer-key-foreground": "#ffb454"},
)

LANGUAGE_KEYS = [("Ctrl+Q", "Quit"), ("F12", "Quick exit"), ("F2", "Theme"), ("/", "Search")]
MENU_KEYS = [
    ("↑↓", "Kiezen"),
    ("Esc", "Terug"),
    ("Ctrl+Q", "Stoppen"),
    ("F12", "Snel weg"),
    ("F2", "Thema"),
    ("/", "Zoeken"),
]
MENU_ITEMS = [
    ("Als het nu gebeurt", "Nu in gevaar? Bel 112 of 101. Daarna vier stappen die je meteen kunt zetten."),
    ("Wat is er aan de hand?", "Een paar korte vragen om te zien wat er gebeurt en wie je kan helpen."),
    ("Manipulatie herkennen", ""),
    ("Privacy-instellingen", ""),
    ("Hulp zoeken", ""),
    ("Voor ouders en leerkrachten", "Hoe u met jongeren praat over online risico's, waar u op let, en wie u belt."),
    ("Veilig op deze computer", "Verberg de gids met één toets, en wat dat wel en niet verbergt."),
]


def key_bar(keys: list) -> Static:
    text = Content(" ").join(
        Content.styled(key, "bold $footer-key-foreground") + Content(" " + description) for key, description in keys
    )
    return Static(text, id="key-bar")


class Floor(App[None]):
    CSS_PATH = GUIDE_TCSS
    CSS = WIDGETS_CSS
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("f12", "quit", "Quick exit", priority=True),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f2", "app.bell", "Theme"),
        Binding("slash", "app.bell", "Search"),
    ]

    def __init__(self, screen: str) -> None:
        super().__init__()
        self.register_theme(THEME)
        self.theme = THEME.name
        self.which = screen
        self.set_class(screen == "language", "-language")

    def compose(self) -> ComposeResult:
        if self.which == "language":
            yield from self.language()
        else:
            yield from self.menu()

    def language(self) -> ComposeResult:
        with Widget(classes="topbar"):
            yield Static("✕ Quick exit (F12)", id="quick-exit")
        yield Static("Kies je taal · Choisis ta langue · Choose your language", id="language-prompt")
        with Widget(classes="centred"):
            yield OptionList(
                Option("Nederlands", id="nl"), Option("Français", id="fr"), Option("English", id="en"), id="languages"
            )
        yield key_bar(LANGUAGE_KEYS)

    def menu(self) -> ComposeResult:
        with Widget(classes="topbar"):
            yield Static(Content("Start").stylize("bold $text"), id="breadcrumb")
            yield Static("✕ Snel weg (F12)", id="quick-exit")
        yield Static("Maak het venster groter.", id="too-small")
        with VerticalScroll(classes="body", id="page-scroll"):
            heading = Content("Gids: veilig online").stylize("bold $accent")
            yield Static(
                heading + Content("\n\nWat wil je doen? Gebruik de pijltjestoetsen en Enter, of klik."),
                classes="heading",
            )
            options = []
            for title, summary in MENU_ITEMS:
                label = Content(title)
                if summary:
                    label += Content("\n" + summary).stylize("$text-muted")
                options.append(Option(label, id=title))
            yield OptionList(*options, id="menu-items")
        yield key_bar(MENU_KEYS)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()


if __name__ == "__main__":
    Floor(sys.argv[1] if len(sys.argv) > 1 else "language").run()
