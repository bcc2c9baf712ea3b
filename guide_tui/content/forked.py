"""Independent pieces of work side by side in forked processes (`check` on big content).

Only where processes can be forked (not on Windows) and there is more than one processor;
otherwise, or when the processes cannot be started, the pieces run here, one after the other.
A child starts as a copy of this process, so what is loaded already is not read again, and
sends back only its result. Nothing is written to disk.
"""

from __future__ import annotations

import os
from typing import Any, Callable, List, Sequence, Tuple, TypeVar

T = TypeVar("T")
Here = TypeVar("Here")

_TASKS: Sequence[Callable[[], Any]] = ()  # what the children run, inherited when they fork


def processors() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS has no affinity
        return os.cpu_count() or 1


def can_fork() -> bool:
    return hasattr(os, "fork") and processors() > 1


def _run(index: int) -> Any:
    return _TASKS[index]()


def side_by_side(tasks: Sequence[Callable[[], T]], here: Callable[[], Here]) -> Tuple[List[T], Here]:
    """Each task's result, in order, each in a forked child; and `here`'s result, done in this
    process meanwhile. One after the other, here, when forking is not possible."""
    global _TASKS
    if not tasks or not can_fork():
        return [task() for task in tasks], here()
    import multiprocessing

    _TASKS = tasks
    try:
        try:
            pool = multiprocessing.get_context("fork").Pool(min(len(tasks), processors()))
        except OSError:  # no processes to be had (limits): here
            return [task() for task in tasks], here()
        with pool:
            pending = pool.map_async(_run, range(len(tasks)), chunksize=1)
            mine = here()
            return pending.get(), mine
    finally:
        _TASKS = ()
