"""Reading one TOML file without ever raising; the line of a key in it (key_locator.py, imported
the first time a problem names a key: never before the first screen of a guide that loads
cleanly).
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

# tomli's compiled build parses the same TOML three times faster than the standard library's
# copy of it (bench: `check` on 10x content); tomllib when tomli is missing or cannot load.
try:
    import tomli as tomllib
except ImportError:  # pragma: no cover - a copy without tomli (Python 3.11 and later only)
    import tomllib  # type: ignore[no-redef]


from .problems import ERROR, Problem
from .records import Record, record
from .toml_errors import explain

if TYPE_CHECKING:
    from .key_locator import KeyLocator


def parse_toml(text: str) -> Dict[str, Any]:
    """Parse TOML text with the parser chosen above (settings use it too)."""
    return tomllib.loads(text)


KeyPath = Tuple[Any, ...]
_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)|\(at end of document\)")
# Limits that keep a slip (or a prank) from hanging or crashing the guide: the biggest
# bundled file (a self-check) is under 18 KB, and a page of 100 KB already keeps quick exit
# waiting for seconds while it is laid out; Python's own recursion gives out at a few hundred
# levels of nesting.
MAX_FILE_BYTES = 64 * 1024
MAX_NESTING = 32


@record
class TomlFile(Record):
    """A content file as read: its data (None when it could not be parsed), text and problems."""

    path: Path
    data: Optional[Dict[str, Any]] = None
    text: str = ""
    problems: List[Problem] = field(default_factory=list)
    _locator: Optional[KeyLocator] = None

    def locate(self, path: KeyPath) -> Tuple[Optional[int], Optional[int]]:
        if self._locator is None:
            from .key_locator import KeyLocator

            self._locator = KeyLocator(self.text)
        return self._locator.locate(path)

    def problem(self, severity: str, key_path: KeyPath, message: str, hint: str = "") -> Problem:
        line, column = self.locate(key_path) if key_path else (1, 1)
        found = Problem(self.path, line, column, severity, message, hint)
        self.problems.append(found)
        return found


_NESTING_TOKEN = re.compile("\"\"\"|'''|[\"'#\\[\\]{}]")


def nesting_too_deep(text: str, limit: int = MAX_NESTING) -> Optional[int]:
    """The index where arrays and inline tables nest deeper than `limit`, or None.

    A linear scan (strings and comments skipped), so it cannot itself run out of stack; it
    runs before the parser, whose recursion would fail with RecursionError. It jumps from one
    quote, comment sign or bracket to the next, so plain text costs almost nothing.
    """
    if text.count("[") + text.count("{") <= limit:
        return None  # fewer openings than the limit: cannot nest deeper
    depth = 0
    index = 0
    length = len(text)
    while index < length:
        token = _NESTING_TOKEN.search(text, index)
        if token is None:
            return None
        mark = token.group()
        index = token.end()
        if mark in ('"', "'", '"""', "'''"):
            index = _string_end(text, index, mark)
        elif mark == "#":
            end = text.find("\n", index)
            index = length if end < 0 else end
        elif mark in "[{":
            depth += 1
            if depth > limit:
                return token.start()
        else:
            depth = max(0, depth - 1)
    return None


def _string_end(text: str, index: int, quote: str) -> int:
    """The index just after the string that starts at `index` (its opening `quote` read)."""
    escapes = quote[0] == '"'
    while True:
        close = text.find(quote, index)
        newline = text.find("\n", index) if len(quote) == 1 else -1
        if close < 0 or (0 <= newline < close):
            return len(text) if close < 0 and newline < 0 else (newline if newline >= 0 else len(text))
        backslashes = 0
        while escapes and close - backslashes - 1 >= index and text[close - backslashes - 1] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return close + len(quote)
        index = close + 1


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises OSError, or ValueError saying what the path is when it is not such a file. Never
    opens a pipe or a device (opening a FIFO blocks until a writer comes) and never reads more
    than `limit` + 1 bytes, whatever the size the file claims (/dev/zero claims 0).
    """
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise ValueError("this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("this is not a regular file (a pipe, a device or a socket)")
    if info.st_size > limit:
        raise ValueError(f"the file is too big ({info.st_size // 1024} KB; at most {limit // 1024} KB)")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the stat above
            raise ValueError("this is not a regular file (a pipe, a device or a socket)")
        chunks: List[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise ValueError(f"the file is too big (at most {limit // 1024} KB)")
    return b"".join(chunks)


def _where(text: str, index: int) -> Tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def read_toml(path: Path, max_bytes: int = MAX_FILE_BYTES) -> TomlFile:
    """Parse `path`; on failure `data` is None and `problems` says where and why. Never raises."""
    result = TomlFile(path)
    try:
        raw = read_regular_file(path, max_bytes)
    except OSError as error:
        result.problems.append(Problem(path, None, None, ERROR, f"cannot read file: {error.strerror or error}"))
        return result
    except ValueError as error:
        result.problems.append(Problem(path, None, None, ERROR, str(error)))
        return result
    try:
        result.text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        result.problems.append(
            Problem(path, line, column, ERROR, "the file is not valid UTF-8 text", "save it as UTF-8 in your editor")
        )
        return result
    if result.text.startswith("\ufeff"):
        result.text = result.text[1:]
    if not result.text.strip():
        result.problems.append(
            Problem(
                path,
                1,
                1,
                ERROR,
                "the file is empty",
                'start it with its kind, such as: kind = "page" (content/README.md has an example of each)',
            )
        )
        return result
    deep = nesting_too_deep(result.text)
    if deep is not None:
        line, column = _where(result.text, deep)
        result.problems.append(
            Problem(
                path,
                line,
                column,
                ERROR,
                f"lists or tables are nested more than {MAX_NESTING} levels deep",
                "check the brackets on that line",
            )
        )
        result.text = ""
        return result
    try:
        result.data = tomllib.loads(result.text)
    except RecursionError:  # the scan above should make this unreachable; never a traceback
        result.problems.append(Problem(path, None, None, ERROR, "lists or tables are nested too deeply"))
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _POSITION.search(message)
        at_line: Optional[int] = None
        at_column: Optional[int] = None
        if position and position.group(1):
            at_line, at_column = int(position.group(1)), int(position.group(2))
            message = message[: position.start()].strip()
        else:  # "(at end of document)": explain() finds where the unclosed part starts
            message = re.sub(r"\s*\(at end of document\)$", "", message)
        plain = explain(result.text, message, at_line, at_column)
        result.problems.append(Problem(path, plain.line, plain.column, ERROR, plain.message, plain.hint))
    return result
