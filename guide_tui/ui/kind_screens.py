"""Which screen shows which kind of entry: one table, keyed by the model class.

The kinds themselves are registered in guide_tui/content/kinds.py (the content layer never
imports the UI); tests/ui/test_kind_screens.py holds this table to that one.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Type

from guide_tui.content.model import Checklist, Entry, HelpEntry, Menu, Page, Plan, Scenario, SelfCheck

from .screens.checklist import ChecklistScreen
from .screens.entry import EntryScreen
from .screens.help_entry import HelpEntryScreen
from .screens.menu import MenuScreen
from .screens.page import PageScreen
from .screens.plan import PlanScreen
from .screens.scenario import ScenarioScreen
from .screens.selfcheck import SelfCheckScreen

SCREENS: Dict[Type[Entry], Type[EntryScreen[Any]]] = {
    Menu: MenuScreen,
    Page: PageScreen,
    HelpEntry: HelpEntryScreen,
    Scenario: ScenarioScreen,
    SelfCheck: SelfCheckScreen,
    Checklist: ChecklistScreen,
    Plan: PlanScreen,
}


def screen_for(entry: Entry, trail: List[str], fallback: bool) -> Optional[EntryScreen[Any]]:
    """The screen for `entry`, or None for a kind this version cannot show."""
    screen = SCREENS.get(type(entry))
    return screen(entry, trail, fallback) if screen is not None else None
