"""Which screen shows which kind of entry: one table, keyed by the model class.

The kinds themselves are registered in guide_tui/content/kinds.py (the content layer never
imports the UI); tests/ui/test_kind_screens.py holds this table to that one. A screen's module
is imported the first time an entry of its kind is shown: the main menu needs only its own.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Type

from guide_tui.content.model import Checklist, Entry, HelpEntry, Menu, Page, Plan, Scenario, SelfCheck

if TYPE_CHECKING:
    from .screens.entry import EntryScreen

# Model class -> (module in ui/screens/, screen class).
SCREENS: Dict[Type[Entry], Tuple[str, str]] = {
    Menu: ("menu", "MenuScreen"),
    Page: ("page", "PageScreen"),
    HelpEntry: ("help_entry", "HelpEntryScreen"),
    Scenario: ("scenario", "ScenarioScreen"),
    SelfCheck: ("selfcheck", "SelfCheckScreen"),
    Checklist: ("checklist", "ChecklistScreen"),
    Plan: ("plan", "PlanScreen"),
}


def screen_class(kind: Type[Entry]) -> Optional[Type[EntryScreen[Any]]]:
    """The screen class for entries of the model class `kind`, or None for a kind this version cannot show."""
    named = SCREENS.get(kind)
    if named is None:
        return None
    module, name = named
    screen: Type[EntryScreen[Any]] = getattr(import_module(f"{__package__}.screens.{module}"), name)
    return screen


def screen_for(entry: Entry, trail: List[str], fallback: bool) -> Optional[EntryScreen[Any]]:
    """The screen for `entry`, or None for a kind this version cannot show."""
    screen = screen_class(type(entry))
    return screen(entry, trail, fallback) if screen is not None else None
