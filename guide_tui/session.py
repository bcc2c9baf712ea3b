"""What the guide knows about the reader right now, in one object.

Kiosk reset and quick exit replace it whole, so forgetting the reader is one step that
cannot miss a field added later. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Set

from .content.walks import Visit


@dataclass
class ReaderSession:
    language: str
    # Checklist id -> ticked step ids. Saved to disk only if the reader keeps progress.
    ticks: Dict[str, Set[str]] = field(default_factory=dict)
    keep_progress: bool = False
    # Self-check id -> the reader's way through it so far, current question last.
    answers: Dict[str, List[Visit]] = field(default_factory=dict)
    # Scenario id -> how many chat messages have been shown.
    scenario_shown: Dict[str, int] = field(default_factory=dict)
