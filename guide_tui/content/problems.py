"""A problem found in content: where it is and what a volunteer should do about it."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import List, Optional, Tuple

from .records import FrozenRecord, record

ERROR = "error"
WARNING = "warning"
MAX_ALSO = 3  # knock-ons named on one line of text; the rest are counted


def relative_text(path: Path, base: Path) -> str:
    """`str(path.relative_to(base))`, or `str(path)` where it is not inside `base`."""
    inside = relative_inside(path, base)
    return str(path) if inside is None else inside


def relative_inside(path: Path, base: Path) -> Optional[str]:
    """`str(path.relative_to(base))`, or None where it is not inside `base`. Absolute POSIX
    paths are compared by their text (`check` prints thousands of problems, and pathlib's
    relative_to takes microseconds each); anything else, such as Windows paths, by pathlib."""
    text = str(path)
    if isinstance(path, PurePosixPath) and isinstance(base, PurePosixPath):
        base_text = str(base)
        if text[:1] == "/" and text[1:2] != "/" and base_text[:1] == "/" and base_text[1:2] != "/":
            prefix = base_text.rstrip("/") + "/"
            if text.startswith(prefix):
                return text[len(prefix) :]
            return "." if text == base_text else None
    try:
        return str(path.relative_to(base))
    except ValueError:
        return None


@record(frozen=True)
class Absent(FrozenRecord):
    """What a knock-on problem is about: `entry_id` cannot be found in `language` (nor in the
    default language). When a file meant to define it failed to load, `check` folds the problem
    into that file's error, saying `effect` ("the link from 'home' to 'help' leads nowhere")."""

    entry_id: str
    language: str
    effect: str


@record(frozen=True)
class Problem(FrozenRecord):
    """Where (file, line, column), how bad, what is wrong and what to do about it."""

    path: Path
    line: Optional[int]
    column: Optional[int]
    severity: str
    message: str
    hint: str = ""
    # Set on problems that only exist because an id is missing (see knock_on.py).
    absent: Optional[Absent] = None
    # Knock-on problems folded into this one: what else this file not loading causes.
    also: Tuple[str, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def where(self, relative_to: Optional[Path] = None) -> str:
        """`PATH:LINE:COL`, the path relative to `relative_to` where it is inside it."""
        where = str(self.path) if relative_to is None else relative_text(self.path, relative_to)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def text(self) -> str:
        """The message, its hint in brackets, and what else it causes."""
        text = self.message
        if self.hint:
            text += f" ({self.hint})"
        if self.also:
            text += "; because of this, " + "; ".join(self.said_also())
        return text

    def said_also(self) -> List[str]:
        """The first few knock-ons folded into this problem, and how many more."""
        said = list(self.also[:MAX_ALSO])
        if len(self.also) > MAX_ALSO:
            said.append(f"{len(self.also) - MAX_ALSO} more like this")
        return said

    def format(self, relative_to: Optional[Path] = None) -> str:
        """`PATH:LINE:COL: severity: message`, as compilers print it."""
        return f"{self.where(relative_to)}: {self.severity}: {self.text()}"
