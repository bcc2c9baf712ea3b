"""The guide as plain data: what the loader builds and the screens show. No Textual here."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Dict, Iterator, List, MutableMapping, Optional, Tuple, TypeVar, Union

from .markdown_links import page_links
from .problems import Problem
from .records import FrozenRecord, Record, record

if TYPE_CHECKING:
    from .tomlfile import TomlFile


REGIONS = ("national", "flanders", "brussels", "wallonia")
CHANNEL_KINDS = ("phone", "chat", "web", "mail", "address", "app")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


MONTH_PATTERN = r"\b((?:19|20)\d\d)(?:-(\d\d))?"


@record(frozen=True)
class Source(FrozenRecord):
    """Where a fact comes from: an address, when it was written, and its title."""

    url: str
    date: str = ""
    title: str = ""

    @property
    def year(self) -> Optional[int]:
        """The year a dated source was written ("2023-03", "2021", "c. 2024"); None if undated."""
        found = re.search(r"\b(19|20)\d\d\b", self.date)
        return int(found.group()) if found else None

    @property
    def month(self) -> Optional[Tuple[int, int]]:
        """(year, month) of the source, January where only the year is known."""
        date = self.date
        if date[:2] in ("19", "20") and date[2:4].isdecimal() and len(date) >= 4:
            # The pattern below, matched at the start (most dates: `check` reads 10,000 at 10x).
            month = date[5:7] if date[4:5] == "-" else ""
            return int(date[:4]), int(month) if len(month) == 2 and month.isdecimal() else 1
        found = re.search(MONTH_PATTERN, date)
        if not found:
            return None
        return int(found.group(1)), int(found.group(2) or 1)


def source_years(sources: List[Source]) -> Optional[Tuple[int, int]]:
    """The oldest and newest year among dated sources, or None when none has a date."""
    years = [source.year for source in sources if source.year is not None]
    return (min(years), max(years)) if years else None


def _page_links(*texts: str) -> List[str]:
    return [link for text in texts for link in page_links(text)]


@record
class Entry(Record):
    """What every kind of content file has."""

    id: str = ""
    kind: str = ""
    title: str = ""
    lang: str = ""
    path: Optional[Path] = None
    sources: List[Source] = field(default_factory=list)
    reviewed: Optional[dt.date] = None  # checked against the fact sheet on this date
    verified_on: Optional[dt.date] = None  # checked live (in the app, by calling) on this date
    facilitator_notes: str = ""
    discussion: List[str] = field(default_factory=list)
    translated_from: str = ""

    def links(self) -> List[str]:
        """Ids this entry points at (menu items, page links), for the validator."""
        return []


@record
class Menu(Entry):
    """A list of entries to open, with a short intro."""

    intro: str = ""
    items: List[str] = field(default_factory=list)

    def links(self) -> List[str]:
        return list(self.items)


@record
class Page(Entry):
    """A page of text (Markdown), with a one-line summary for menus."""

    summary: str = ""
    body: str = ""

    def links(self) -> List[str]:
        return _page_links(self.body)


@record(frozen=True)
class OpeningSlot(FrozenRecord):
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


@record(frozen=True)
class Channel(FrozenRecord):
    """One way to reach a help service (phone, chat, ...) and when it is open."""

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


@record
class HelpEntry(Entry):
    """A help service: who it is for, how to reach it, what it costs."""

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
        return _page_links(self.body)


@record(frozen=True)
class Language(FrozenRecord):
    """A language of the guide, as the manifest lists it."""

    code: str
    name: str
    prompt: str = ""  # "Choose your language", in this language


@record
class Found(Record):
    """An entry looked up for a language, and whether it came from the fallback language."""

    entry: Entry
    fallback: bool = False


V = TypeVar("V")


class LazyEntries(MutableMapping[str, V]):
    """Entries by id that are read the first time they are asked for.

    Looking up one id (`[]`, `get`, `in`) reads only that id's file; going through them all
    (iterating, `len`, `items()`) reads every file first. `parsed` holds what was read so far,
    without reading anything.
    """

    def __init__(self, read: Callable[[str], None], read_all: Callable[[], None]) -> None:
        self.parsed: Dict[str, V] = {}
        self._read = read
        self._read_all = read_all

    def __getitem__(self, key: str) -> V:
        if key not in self.parsed:
            self._read(key)
        return self.parsed[key]

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key not in self.parsed:
            self._read(key)
        return key in self.parsed

    def __iter__(self) -> Iterator[str]:
        self._read_all()
        return iter(list(self.parsed))

    def __len__(self) -> int:
        self._read_all()
        return len(self.parsed)

    def __setitem__(self, key: str, value: V) -> None:
        self.parsed[key] = value

    def __delitem__(self, key: str) -> None:
        del self.parsed[key]

    def __repr__(self) -> str:
        return f"LazyEntries({self.parsed!r})"


class LanguageContent:
    """One language: its entries and interface strings, and what went wrong.

    The entries are read on demand (see `LazyEntries`); loader.LanguageFolder says how. Here,
    with nothing to read, the mappings are plain.
    """

    def __init__(self, code: str) -> None:
        self.code = code
        self.entries: LazyEntries[Entry] = LazyEntries(self.read_entry, self.read_all)
        self.strings: Dict[str, str] = {}
        # Each entry's parsed file, so checks after loading can name a line without reading it again.
        self.files: LazyEntries[TomlFile] = LazyEntries(self.parse_entry, self.parse_all)
        # Each entry as written, before references to help entries were filled in (references.py).
        self.unresolved: LazyEntries[Entry] = LazyEntries(self.parse_entry, self.parse_all)

    @property
    def problems(self) -> List[Problem]:
        """The problems of the files read so far."""
        return []

    def parse_entry(self, entry_id: str) -> None:
        """Read the file of `entry_id`, as written (into `unresolved` and `files`)."""

    def parse_all(self) -> None:
        """Read every file, as written."""

    def read_entry(self, entry_id: str) -> None:
        """Read the file of `entry_id` and fill in its references (into `entries`)."""

    def read_all(self) -> None:
        """Read every file and fill in every reference."""

    def readable(self, fallback: Optional["LanguageContent"]) -> Dict[str, Entry]:
        """Every entry a reader of this language can open: their own, then the fallback's."""
        entries = dict(self.entries)
        if fallback is not None and fallback is not self:
            for entry_id, entry in fallback.entries.items():
                entries.setdefault(entry_id, entry)
        return entries


# -- interactive kinds ---------------------------------------------------------------------

YOU = "you"  # the sender name that means the reader in a scenario chat


@record(frozen=True)
class ChatMessage(FrozenRecord):
    """One message of a scenario's chat."""

    sender: str
    text: str
    red_flag: str = ""  # why this message is a warning sign; empty for ordinary messages


@record(frozen=True)
class Choice(FrozenRecord):
    """What the reader may answer in a scenario, and the feedback on it."""

    text: str
    feedback: str
    safe: bool = False


@record
class Scenario(Entry):
    """A chat shown message by message, then choices whose feedback names the red flags."""

    summary: str = ""
    app: str = ""
    intro: str = ""
    messages: List[ChatMessage] = field(default_factory=list)
    choices: List[Choice] = field(default_factory=list)
    closing: str = ""

    def links(self) -> List[str]:
        return _page_links(self.intro, self.closing, *(choice.feedback for choice in self.choices))


@record(frozen=True)
class Answer(FrozenRecord):
    """An answer to a self-check question, and the node it leads to."""

    text: str
    next: str
    region: str = ""  # answering this tells the guide where the reader lives
    age: Optional[int] = None  # ... or how old they are


@record(frozen=True)
class Node(FrozenRecord):
    """A question with answers, or (with `advice`) a result with matching help entries."""

    id: str
    question: str = ""
    answers: Tuple[Answer, ...] = ()
    unsure: str = ""  # where "I'm not sure" leads from this question
    advice: str = ""
    topics: Tuple[str, ...] = ()
    emergency: bool = False

    @property
    def is_result(self) -> bool:
        return bool(self.advice)

    def targets(self) -> List[str]:
        return [answer.next for answer in self.answers] + ([self.unsure] if self.unsure else [])


@record
class SelfCheck(Entry):
    """A few questions that lead to advice and matching help entries."""

    summary: str = ""
    intro: str = ""
    start: str = ""
    unsure: str = ""  # the default target of "I'm not sure"
    nodes: Dict[str, Node] = field(default_factory=dict)

    def unsure_target(self, node: Node) -> str:
        return node.unsure or self.unsure

    def links(self) -> List[str]:
        return _page_links(*(node.advice for node in self.nodes.values()))


@record(frozen=True)
class Step(FrozenRecord):
    """One step of a checklist."""

    id: str
    title: str
    how: str = ""
    path: str = ""  # the menu path, only where a source confirms it
    platform: str = "all"
    verified_on: Optional[dt.date] = None

    def may_be_outdated(self, today: dt.date, months: int = 12) -> bool:
        """True for a step checked live more than `months` ago; a step never checked live says
        nothing about its age (the entry's sources do)."""
        if self.verified_on is None:
            return False
        return (today - self.verified_on).days > months * 365 // 12


@record
class Checklist(Entry):
    """Steps to tick off, such as the privacy settings of one app."""

    summary: str = ""
    app: str = ""
    intro: str = ""
    steps: List[Step] = field(default_factory=list)


# -- lesson plans (for facilitators; never in a student's menu) -------------------------------


@record(frozen=True)
class PlanStep(FrozenRecord):
    """One part of a lesson: the entry to show, for how many minutes, and what to do with it."""

    id: str  # the id of a page, scenario, self-check, checklist or menu
    minutes: int
    note: str = ""


@record
class Plan(Entry):
    """A lesson plan: entries to go through in order, with minutes per step."""

    summary: str = ""
    audience: str = ""
    goal: str = ""
    minutes: Optional[int] = None  # the stated total; when given, it must equal the steps' sum
    steps: List[PlanStep] = field(default_factory=list)

    @property
    def total_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def links(self) -> List[str]:
        return [step.id for step in self.steps]
