"""Independent pieces of work side by side in forked processes (`check` on big content).

Only where processes can be forked (not on Windows) and there is more than one processor;
otherwise the pieces run here, one after the other. A child starts as a copy of this process,
so what is loaded already is not read again, and sends back only its result, pickled, through
a pipe. A piece whose child cannot be started or does not send its result back (it failed, or
was killed) is done here instead, so the results never depend on the children. Nothing is
written to disk.
"""

from __future__ import annotations

import os
import pickle
import threading
from typing import Any, Callable, List, Optional, Sequence, Tuple, TypeVar

T = TypeVar("T")
Here = TypeVar("Here")

# Not on Windows: there, everything runs here (the portability test keeps os.fork out of the code).
_fork: Optional[Callable[[], int]] = getattr(os, "fork", None)


def processors() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS has no affinity
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Forking is possible and worth it. Never with other threads running: a child copies
    their locks as they were, and could wait on one forever (`check` runs no thread)."""
    return _fork is not None and processors() > 1 and threading.active_count() == 1


def side_by_side(tasks: Sequence[Callable[[], T]], here: Callable[[], Here]) -> Tuple[List[T], Here]:
    """Each task's result, in order, each done in a forked child; and `here`'s result, done in
    this process meanwhile. Everything here, one after the other, when forking is not possible."""
    if not can_fork():
        return [task() for task in tasks], here()
    children = [_start(task) for task in tasks]
    try:
        mine = here()
    finally:
        results = [_result(child) for child in children]
    return [task() if result is None else result[0] for task, result in zip(tasks, results)], mine


Child = Optional[Tuple[int, int]]  # (process id, the pipe's end to read), None if not started


def _start(task: Callable[[], Any]) -> Child:
    if _fork is None:  # pragma: no cover - side_by_side does not start children then
        return None
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = _fork()
    except OSError:  # no more processes to be had
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: the task, its result into the pipe, and out without cleaning up
        os.close(read_end)
        code = 1
        try:
            data = pickle.dumps(task(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)  # never the parent's exit handlers, nor a second flush of its output
    os.close(write_end)
    return pid, read_end


def _result(child: Child) -> Optional[Tuple[Any]]:
    """What the child sent, in a tuple; None when it did not finish its task."""
    if child is None:
        return None
    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _pid, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return None
    return (pickle.loads(data),)
