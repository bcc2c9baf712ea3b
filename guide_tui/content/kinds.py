"""The one registry of kinds of content file: kind name -> model class, keys, and file check.

A new kind of entry is added here (plus its model class in model.py and its keys in
schema.py); the screen that shows it is named in ui/kind_screens.py, which a test holds to
this table. Nothing else keys on the kind string.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Dict, Generic, Optional, Type, TypeVar

from .model import Checklist, Entry, HelpEntry, Menu, Page, Plan, Scenario, SelfCheck
from .records import FrozenRecord, record
from .schema import (
    CHECKLIST_KEYS,
    HELP_KEYS,
    MENU_KEYS,
    PAGE_KEYS,
    PLAN_KEYS,
    SCENARIO_KEYS,
    SELFCHECK_KEYS,
    Keys,
)
from .structure import check_checklist, check_plan, check_scenario, check_selfcheck
from .tomlfile import TomlFile

E = TypeVar("E", bound=Entry)


@record(frozen=True)
class Kind(FrozenRecord, Generic[E]):
    name: str  # what `kind = "..."` says in the file
    model: Type[E]
    keys: Keys
    # Checks across the keys of one file; returns False when the entry must be skipped.
    check: Optional[Callable[[E, TomlFile, dt.date], bool]] = None


KINDS: Dict[str, Kind[Any]] = {
    kind.name: kind
    for kind in (
        Kind("menu", Menu, MENU_KEYS),
        Kind("page", Page, PAGE_KEYS),
        Kind("help", HelpEntry, HELP_KEYS),
        Kind("scenario", Scenario, SCENARIO_KEYS, check_scenario),
        Kind("selfcheck", SelfCheck, SELFCHECK_KEYS, check_selfcheck),
        Kind("checklist", Checklist, CHECKLIST_KEYS, check_checklist),
        Kind("plan", Plan, PLAN_KEYS, check_plan),
    )
}
