"""What the guide knows about the reader right now, in one object.

Kiosk reset and quick exit replace it whole, so forgetting the reader is one step that
cannot miss a field added later. No Textual here.
"""

from __future__ import annotations

from dataclasses import field
from typing import Dict, List, Set

from .content.records import Record, record
from .content.walks import Visit


@record
class ScenarioPlay(Record):
    """How far the reader is in one practice chat."""

    shown: int = 0  # chat messages shown so far


@record
class ReaderSession(Record):
    """The reader's language, ticks, answers and chats so far: forgotten at once by replacing it."""

    language: str
    # Checklist id -> ticked step ids. Saved to disk only if the reader keeps progress.
    ticks: Dict[str, Set[str]] = field(default_factory=dict)
    keep_progress: bool = False
    # Self-check id -> the reader's way through it so far, current question last.
    answers: Dict[str, List[Visit]] = field(default_factory=dict)
    # Scenario id -> how far the reader is in that chat.
    scenarios: Dict[str, ScenarioPlay] = field(default_factory=dict)
    # A screen opened again (through a link) starts a new list or play and registers it here;
    # the screen below keeps its own, so going back finds it as it was.
