"""How long a kiosk has been left alone, on a clock tests can replace (no real waiting)."""

from __future__ import annotations

import time
from typing import Callable


class IdleWatch:
    def __init__(self, timeout: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout
        self.clock = clock
        self.last_input = clock()

    def touch(self) -> None:
        """The reader did something."""
        self.last_input = self.clock()

    def expired(self) -> bool:
        return self.clock() - self.last_input >= self.timeout
