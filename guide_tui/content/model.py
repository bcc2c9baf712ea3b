"""The guide as plain data: what the loader builds and the screens show. No Textual here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple, Union

REGIONS = ("national", "flanders", "brussels", "wallonia")
CHANNEL_KINDS = ("phone", "chat", "web", "mail", "address", "app")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Source:
    url: str
    date: str = ""
    title: str = ""


@dataclass
class Entry:
    """What every kind of content file has."""

    id: str = ""
    kind: str = ""
    title: str = ""
    lang: str = ""
    path: Optional[Path] = None
    sources: List[Source] = field(default_factory=list)
    reviewed: Optional[dt.date] = None
    facilitator_notes: str = ""
    discussion: List[str] = field(default_factory=list)
    translated_from: str = ""

    def links(self) -> List[str]:
        """Ids this entry points at (menu items, page links), for the validator."""
        return []


@dataclass
class Menu(Entry):
    intro: str = ""
    items: List[str] = field(default_factory=list)

    def links(self) -> List[str]:
        return list(self.items)


@dataclass
class Page(Entry):
    summary: str = ""
    body: str = ""

    def links(self) -> List[str]:
        from .markdown_links import page_links

        return page_links(self.body)


@dataclass(frozen=True)
class OpeningSlot:
    """Open on `days` from `start` to `end` ("24:00" means midnight)."""

    days: Tuple[str, ...]
    start: dt.time
    end: Optional[dt.time]  # None: until midnight

    def is_open(self, when: dt.datetime) -> bool:
        if DAYS[when.weekday()] not in self.days:
            return False
        now = when.time()
        return self.start <= now and (self.end is None or now < self.end)


ALWAYS = "24/7"
Hours = Union[str, Tuple[OpeningSlot, ...], None]  # "24/7", slots, or None (unknown)


@dataclass(frozen=True)
class Channel:
    kind: str
    value: str
    hours: Hours = None
    note: str = ""

    def is_open(self, when: dt.datetime) -> Optional[bool]:
        """True/False where the hours are known, None where they are not."""
        if self.hours == ALWAYS:
            return True
        if isinstance(self.hours, tuple):
            return any(slot.is_open(when) for slot in self.hours)
        return None


@dataclass
class HelpEntry(Entry):
    summary: str = ""
    body: str = ""
    emergency: bool = False
    channels: List[Channel] = field(default_factory=list)
    regions: List[str] = field(default_factory=list)
    topics: List[str] = field(default_factory=list)
    languages: List[str] = field(default_factory=list)
    min_age: Optional[int] = None
    max_age: Optional[int] = None
    cost: str = ""
    anonymous: Optional[bool] = None

    def links(self) -> List[str]:
        from .markdown_links import page_links

        return page_links(self.body)


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    prompt: str = ""  # "Choose your language", in this language


@dataclass
class Found:
    """An entry looked up for a language, and whether it came from the fallback language."""

    entry: Entry
    fallback: bool = False


@dataclass
class LanguageContent:
    code: str
    entries: Dict[str, Entry] = field(default_factory=dict)
    strings: Dict[str, str] = field(default_factory=dict)
