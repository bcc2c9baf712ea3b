"""The guide's first screens with no guide code, for bench/run.py: what Textual's widgets cost.

    python bench/floor_app.py language|menu|page

Builds the widget tree of the language screen, of the `--lang nl` main menu or of the
`--lang nl --open sextortion` page from the same Textual widget classes (containers, Static,
OptionList), styled by the guide's own guide.tcss and theme colours, with the text hard-coded.
The guide's own widgets (quick exit, breadcrumb, key bar, the page's Markdown text, its
sources) are Statics here with their CSS, the page's text already as styled `Content` (no
Markdown parsed). No guide_tui import: the difference between a guide row and its floor row in
bench/run.py is what the guide's code adds on top of Textual.
"""

from __future__ import annotations

import gc
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

PAGE_KEYS = [("Esc", "Terug"), ("Ctrl+Q", "Stoppen"), ("F12", "Snel weg"), ("F2", "Thema"), ("/", "Zoeken")]
PAGE_TITLE = "Sextortion: bedreigd met je foto's"
# The page's text as it shows (content/nl/recognise/sextortion.toml): (kind, text) of each block,
# "#" a heading, "-" a list item, "" a paragraph; **bold** and links are left plain.
PAGE_BODY = [
    (
        "",
        "Sextortion betekent dat iemand een seksuele foto of video van je krijgt en die dan gebruikt om je "
        "te bedreigen. Het overkomt meisjes en jongens. Gebeurt het met jou? Het is nooit jouw schuld.",
    ),
    ("#", "Hoe het meestal gaat"),
    (
        "-",
        "Iemand nieuw stuurt je een vriendschapsverzoek, of aanvaardt het jouwe. Die persoon lijkt even oud "
        "als jij, maar het profiel is vaak nep.",
    ),
    (
        "-",
        "Ze zijn vriendelijk, geven complimentjes en geven je het gevoel dat je speciaal bent. Je begint hen "
        "te vertrouwen.",
    ),
    ("-", "De chat wordt seksueel. Ze sturen een foto, vragen er een van jou, of vragen om je camera aan te zetten."),
    ("-", 'Dan slaat het om: "Stuur meer, of betaal, of ik stuur dit naar je vrienden en familie."'),
    ("", "Willen ze geld? Lees dan ook financiële sextortion."),
    ("#", "Wat doe je?"),
    ("-", "Betaal niet. Als je betaalt, stopt het niet. Vaak vragen ze gewoon meer."),
    ("-", "Stuur niets meer."),
    (
        "-",
        "Bewaar eerst bewijs. Verwijder niets. Maak screenshots van de berichten, de accountnaam, links, wat ze "
        "eisen en eventuele betaalgegevens. De naaktfoto zelf hoef je niet te screenshotten, en stuur die nooit "
        "door. Zie bewijs bewaren.",
    ),
    (
        "-",
        "Stop het contact. Antwoord niet. Blokkeer het account en meld het in de app. Zet ook je andere apps "
        "meer privé: zie het menu privacy.",
    ),
    (
        "-",
        "Vertel het aan iemand. Een ouder, een leerkracht, een vriend(in), of Child Focus op 116\u00a0000: "
        "gratis, dag en nacht, en je mag anoniem blijven.",
    ),
    (
        "-",
        "Meld het bij de politie en bij Child Focus. Child Focus werkt samen met de grote apps om foto's snel "
        "offline te halen: zie beelden laten verwijderen.",
    ),
    ("#", "Wat zegt de wet?"),
    ("-", "Heb je een foto gedeeld met iemand die je vertrouwde? Dan heb je niets verkeerd gedaan."),
    ("-", "Iemands foto doorsturen of online zetten zonder toestemming is strafbaar."),
    (
        "-",
        "Een seksuele foto van iemand onder de 18 geldt als beeld van seksueel misbruik van kinderen. Wie hem "
        "verspreidt of daarmee dreigt, pleegt een misdrijf. Jij niet.",
    ),
    ("#", "Het is niet jouw schuld"),
    (
        "",
        "Die mensen misleiden heel veel jongeren, en doen dat met opzet. Misleid worden zegt niets slechts over "
        "jou. Je kunt altijd nog hulp vragen, ook als je al meer gestuurd of al betaald hebt.",
    ),
    (
        "",
        "Voel je je wanhopig, of denk je eraan jezelf iets aan te doen? Bel nu 112, of praat met de "
        "Zelfmoordlijn 1813 (in het Nederlands) of het Centre de Prévention du Suicide 0800\u00a032\u00a0123 (in "
        "het Frans). Dag en nacht, gratis en anoniem.",
    ),
    ("", "Word je nu bedreigd? Ga naar als het nu gebeurt."),
]
PAGE_SEE_ALSO = [
    "Financiële sextortion: als ze geld willen",
    "Bewijs bewaren",
    "Privacy-instellingen",
    "Child Focus",
    "Naaktbeelden laten verwijderen",
    "112: noodnummer",
    "Zelfmoordlijn 1813",
    "Centre de Prévention du Suicide",
    "Als het nu gebeurt",
]
PAGE_SOURCES = """Bronnen:
-\u00a0payboy.be/en/sextortion (2025)
-\u00a0brusselstimes.com/belgium/1842713/child-focus-launches-platform-against-sextortion/ (2025-11)
-\u00a0europol.europa.eu/.../online-sexual-coercion-and-extortion-crime (2022)
-\u00a0thinkuknow.co.uk/professionals/guidance/say-no-campaign (zonder datum)
-\u00a0ceopeducation.co.uk/11_18/lets-talk-about/sexual-abuse/online-blackmail (zonder datum)
-\u00a0missingchildreneurope.eu/imayoungperson (zonder datum)
-\u00a0childfocus.be/nl-be/.../11991/Jaarverslag-2022... (2023-06-08)
-\u00a0www.hildecrevits.be/chat_zelfmoord1813_ook_op_woensdagnamiddag_beschikbaar (zonder datum)
-\u00a0www.preventionsuicide.be/fr/activitescps/ligne0800.html (zonder datum)

Gebaseerd op bronnen uit 2022\u20132025. Gegevens en menu's kunnen veranderen."""


def page_text() -> Content:
    """The page's body as one piece of styled text: headings in bold, list items with a bullet, a
    blank line between blocks (none between the items of a list)."""
    text = Content("")
    before = None
    for kind, words in PAGE_BODY:
        if before is not None:
            text += Content("\n" if kind == before == "-" else "\n\n")
        if kind == "#":
            text += Content(words).stylize("bold $accent")
        elif kind == "-":
            text += Content.styled("\u2022 ", "$text-primary") + Content(words)
        else:
            text += Content(words)
        before = kind
    return text


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
        elif self.which == "page":
            yield from self.page()
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

    def page(self) -> ComposeResult:
        """The page's first frame; "see also" and the sources come after it (as ui/screens/page.py
        adds them when the text fills the window)."""
        with Widget(classes="topbar"):
            trail = Content(" \u203a ").join(
                [Content("Start"), Content("\u2026"), Content(PAGE_TITLE).stylize("bold $text")]
            )
            yield Static(trail, id="breadcrumb")
            yield Static("\u2715 Snel weg (F12)", id="quick-exit")
        yield Static("Maak het venster groter om de gids te lezen (minstens 40 kolommen en 12 rijen).", id="too-small")
        with VerticalScroll(classes="body", id="page-scroll"):
            yield Static(Content(PAGE_TITLE), classes="title")
            yield Static(page_text(), id="page-body")
        yield key_bar(PAGE_KEYS)

    def page_below(self) -> None:
        options = [Option(Content(title), id=str(number)) for number, title in enumerate(PAGE_SEE_ALSO)]
        self.query_one("#page-scroll").mount_all(
            [
                Static(Content("Zie ook (Tab, dan Enter)"), classes="subtitle"),
                OptionList(*options, id="see-also"),
                Static(Content(PAGE_SOURCES), classes="sources"),
            ]
        )

    def on_mount(self) -> None:
        self.call_after_refresh(gc.enable)  # as the guide's warm-up, once the first screen is drawn
        if self.which == "page":
            self.query_one("#page-scroll").focus()
            self.call_after_refresh(self.page_below)
        else:
            self.query_one(OptionList).focus()


if __name__ == "__main__":
    gc.disable()  # as the guide starts (cli.run): no cycle collection before the first screen
    Floor(sys.argv[1] if len(sys.argv) > 1 else "language").run()
