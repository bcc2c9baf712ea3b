"""The guide's Textual app: language choice, then menus and pages from the content model."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional

from textual.app import App
from textual.binding import Binding

from guide_tui.content import Guide
from guide_tui.content.model import HelpEntry, Menu, Page

from .screens.base import GuideScreen, translate_bindings
from .screens.language import LanguageScreen


class _KeepUnknown(dict):
    """Leaves `{unknown}` placeholders as they are instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class GuideApp(App):
    CSS_PATH = Path(__file__).parent / "guide.tcss"
    ENABLE_COMMAND_PALETTE = False
    TITLE = "guide-tui"
    BINDINGS = [Binding("ctrl+q", "quit", "quit", priority=True)]

    def __init__(self, guide: Guide, language: Optional[str] = None, open_id: Optional[str] = None) -> None:
        super().__init__()
        self.guide = guide
        self.language = language or guide.default_language
        self.start_language = language
        self.open_id = open_id
        self._strings: Dict[str, str] = {}

    def on_mount(self) -> None:
        translate_bindings(self, self)
        if self.start_language:
            self.choose_language(self.start_language)
        else:
            self.push_screen(LanguageScreen())

    # -- text ---------------------------------------------------------------------------------
    def t(self, key: str, **values) -> str:
        """The interface string `key` in the reader's language, with `{placeholders}` filled."""
        if not self._strings:
            self._strings = self.guide.strings(self.language)
        text = self._strings.get(key, key)
        if not values:
            return text
        try:
            return text.format_map(_KeepUnknown({k: str(v) for k, v in values.items()}))
        except (ValueError, IndexError):
            return text

    # -- navigation -----------------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        self.language = code
        self._strings = self.guide.strings(code)
        self.title = self.t("app-title")
        translate_bindings(self, self)
        self.open_entry(self.guide.home, trail=[])
        if self.open_id and self.open_id != self.guide.home:
            for entry_id in self.guide.path_to(self.open_id, code)[1:]:
                self.open_entry(entry_id)
            self.open_id = None

    def open_entry(self, entry_id: str, trail=None) -> None:
        found = self.guide.find(entry_id, self.language)
        if found is None:
            self.notify(self.t("not-found", id=entry_id), severity="warning", markup=False)
            return
        if trail is None:
            trail = self.screen.trail if isinstance(self.screen, GuideScreen) else []
        trail = [*trail, found.entry.title]
        entry = found.entry
        if isinstance(entry, Menu):
            from .screens.menu import MenuScreen

            screen = MenuScreen(entry, trail, found.fallback)
        elif isinstance(entry, HelpEntry):
            from .screens.help_entry import HelpEntryScreen

            screen = HelpEntryScreen(entry, trail, found.fallback)
        elif isinstance(entry, Page):
            from .screens.page import PageScreen

            screen = PageScreen(entry, trail, found.fallback)
        else:  # a kind this version cannot show
            self.notify(self.t("not-found", id=entry_id), severity="warning", markup=False)
            return
        self.push_screen(screen)

    def go_back(self) -> None:
        """One screen back; from the main menu, back to the language choice."""
        below = self.screen_stack[-2] if len(self.screen_stack) > 1 else None
        if isinstance(below, GuideScreen):
            self.pop_screen()
        elif isinstance(below, LanguageScreen):
            self.pop_screen()
        else:
            self.switch_screen(LanguageScreen())
