"""Reading one TOML file without ever raising, and finding the line of a key in it.

tomllib gives values but no positions, so `KeyLocator` scans the text for table headers,
keys, arrays and inline tables. It is written for files that already parsed: it does not
check TOML, it only finds where a key path starts.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

# tomli's compiled build parses the same TOML three times faster than the standard library's
# copy of it (bench: `check` on 10x content); tomllib when tomli is missing or cannot load.
try:
    import tomli as tomllib
except ImportError:  # pragma: no cover - a copy without tomli (Python 3.11 and later only)
    import tomllib  # type: ignore[no-redef]


from .problems import ERROR, Problem
from .toml_errors import explain


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
# A table header, matched from its first "[" to the end of its line.
_HEADER = re.compile(r"(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
# Each kind of string, matched from its opening quote to just after its end. A multi-line
# string may end with up to two more quote characters; a one-line string stops at its line's end.
_STRINGS = (
    ('"""', re.compile(r'"""(?:[^"\\]|\\[\s\S]|"(?!""))*(?:"""+)?')),
    ("'''", re.compile(r"'''[\s\S]*?(?:'''+|\Z)")),
    ('"', re.compile(r'"(?:[^"\\\n]|\\[^\n])*"?')),
    ("'", re.compile(r"'[^'\n]*'?")),
)
# Spaces and a comment, on one line or across lines.
_BLANK = re.compile(r"[ \t\r]*(?:#[^\n]*)?")
_BLANK_LINES = re.compile(r"(?:[ \t\r\n]|#[^\n]*)*")
# The part of a key line up to its "=" (or the line's end) without a quote in it.
_KEY_TEXT = re.compile(r"[^=\n\"']*")
# A whole `key = value` line of the simplest kind: a bare key, and a one-line string or a
# value without spaces (a number, a date, true), then at most a comment. Most lines are like
# this; what they mark is the key alone, found here without the general scan.
_SIMPLE_LINE = re.compile(
    r"([A-Za-z0-9_-]+)[ \t]*=[ \t]*"
    r"(?:\"(?:[^\"\\\n]|\\[^\n])*\"|'[^'\n]*'|[^\s,\]}#\"'\[{]+)"
    r"[ \t\r]*(?:#[^\n]*)?(?![^\n])"
)


@functools.lru_cache(maxsize=1024)  # the same few keys in every file
def _split_key(raw: str) -> Tuple[str, ...]:
    """`a."b.c".d` -> ("a", "b.c", "d"): dots inside quotes belong to the key."""
    if '"' not in raw and "'" not in raw:
        return tuple(part for part in (piece.strip() for piece in raw.split(".")) if part)
    parts: List[str] = []
    for match in re.finditer(r'\s*("(?:[^"\\]|\\.)*"|\'[^\']*\'|[^.]+?)\s*(?:\.|$)', raw):
        part = match.group(1).strip()
        if part:
            parts.append(part[1:-1] if part[:1] in "\"'" else part)
    return tuple(parts)


class KeyLocator:
    """Maps key paths like ("channels", 0, "value") to (line, column), 1-based.

    A small scanner, not a parser: it follows table headers, `key =` lines (dotted and quoted
    keys too), arrays and inline tables, and skips strings and comments, so brackets inside a
    value are never taken for a header. The file must already have parsed as TOML.

    It scans only as far as it must: one statement (a header or a `key = value`) at a time,
    stopping once the key asked for is found. A key's position is where it first appears, so
    the rest of the file cannot change it; only a key that is not there needs the whole scan
    (then its nearest located parent is given). Most problems are about keys near the top.
    """

    def __init__(self, text: str) -> None:
        self._found: Dict[KeyPath, int] = {}  # key path -> index in the text where it starts
        self._text = text
        # Where the scan stands between statements: the index, the current table, and how
        # many tables each array of tables has had so far.
        self._index = 0
        self._table: KeyPath = ()
        self._array_counts: Dict[Tuple[str, ...], int] = {}
        self._pending: Optional[Tuple[KeyPath, int]] = None  # a key whose value is not scanned yet

    @property
    def positions(self) -> Dict[KeyPath, Tuple[int, int]]:
        """Every key path of the file and its position (the whole file scanned)."""
        self._scan_until(None)
        return {path: self._where(index) for path, index in self._found.items()}

    def locate(self, path: KeyPath) -> Tuple[Optional[int], Optional[int]]:
        """The position of `path`, or of its nearest located parent."""
        if path not in self._found:
            self._scan_until(path)
        while path:
            if path in self._found:
                return self._where(self._found[path])
            path = path[:-1]
        return (None, None)

    # -- scanning ----------------------------------------------------------------------------
    def _where(self, index: int) -> Tuple[int, int]:
        text = self._text
        return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1

    def _mark(self, path: KeyPath, index: int) -> None:
        self._found.setdefault(path, index)

    def _scan_until(self, wanted: Optional[KeyPath]) -> None:
        """Scan statement by statement until `wanted` is found (None: to the end). A key's
        value is scanned only when the scan goes on past it: the key itself is often what
        was asked for, and a value (a list of sources) can be long."""
        text = self._text
        while True:
            if wanted is not None and wanted in self._found:
                return
            if self._pending is not None:
                path, index = self._pending
                self._pending = None
                self._index = self._value(path, index)
            if self._index >= len(text):
                return
            index = self._skip_blank(self._index, newlines=True)
            if index >= len(text):
                self._index = index
                return
            end_of_line = text.find("\n", index)
            end_of_line = len(text) if end_of_line < 0 else end_of_line
            header = _HEADER.match(text, index, end_of_line)
            if text[index] == "[" and header:
                names = _split_key(header.group(2))
                if header.group(1) == "[[":
                    count = self._array_counts.get(names, 0)
                    self._array_counts[names] = count + 1
                    table = names + (count,)
                    # Nested arrays of tables ([[channels.hours]]) live under the last parent.
                    if len(names) > 1 and names[:-1] in self._array_counts:
                        table = names[:-1] + (self._array_counts[names[:-1]] - 1, names[-1], count)
                    self._mark(table[:-1], index)  # the array as a whole: where its first table starts
                else:
                    table = names
                self._table = table
                self._mark(table, index)
                self._index = end_of_line
                continue
            simple = _SIMPLE_LINE.match(text, index)
            if simple is not None:
                self._mark(self._table + (simple.group(1),), index)
                self._index = simple.end()
                continue
            key, self._index = self._key(self._table, index)
            if key is not None:
                self._pending = (key, self._index)

    def _skip_blank(self, index: int, newlines: bool) -> int:
        """Past spaces (and newlines and comments, where asked)."""
        return (_BLANK_LINES if newlines else _BLANK).match(self._text, index).end()  # type: ignore[union-attr]

    def _key_value(self, table: KeyPath, index: int) -> int:
        """`key = value` starting at `index`; returns the index after the value."""
        path, index = self._key(table, index)
        return index if path is None else self._value(path, index)

    def _key(self, table: KeyPath, index: int) -> Tuple[Optional[KeyPath], int]:
        """The key path of `key =` starting at `index` (marked) and where its value starts;
        None and where to go on when it is not a key line (the file would not have parsed)."""
        text = self._text
        start = index
        while True:
            index = _KEY_TEXT.match(text, index).end()  # type: ignore[union-attr]
            if index < len(text) and text[index] in "\"'":
                index = self._skip_string(index)
            else:
                break
        if index >= len(text) or text[index] != "=":
            return None, index
        path = table + _split_key(text[start:index])
        self._mark(path, start)
        return path, self._skip_blank(index + 1, newlines=False)

    def _value(self, path: KeyPath, index: int) -> int:
        text = self._text
        if index >= len(text):
            return index
        char = text[index]
        if char in "\"'":
            return self._skip_string(index)
        if char == "[":
            return self._array(path, index + 1)
        if char == "{":
            return self._inline_table(path, index + 1)
        while index < len(text) and text[index] not in ",]}\n#":
            index += 1
        return index

    def _array(self, path: KeyPath, index: int) -> int:
        text = self._text
        count = 0
        while True:
            index = self._skip_blank(index, newlines=True)
            if index >= len(text) or text[index] == "]":
                return index + 1
            if text[index] == ",":
                index += 1
                continue
            self._mark(path + (count,), index)
            index = self._value(path + (count,), index)
            count += 1

    def _inline_table(self, path: KeyPath, index: int) -> int:
        text = self._text
        while True:
            index = self._skip_blank(index, newlines=True)
            if index >= len(text) or text[index] == "}":
                return index + 1
            if text[index] == ",":
                index += 1
                continue
            index = self._key_value(path, index)

    def _skip_string(self, index: int) -> int:
        """The index after the string that starts at `index` (a one-line string that is not
        closed ends at its line's end). Regular expressions, not a loop per character: this
        scan is most of `check`'s time on big content."""
        for quote, pattern in _STRINGS:
            if self._text.startswith(quote, index):
                return pattern.match(self._text, index).end()  # type: ignore[union-attr]
        return index + 1  # pragma: no cover - only called at a quote


@dataclass
class TomlFile:
    path: Path
    data: Optional[Dict[str, Any]] = None
    text: str = ""
    problems: List[Problem] = field(default_factory=list)
    _locator: Optional[KeyLocator] = None

    def locate(self, path: KeyPath) -> Tuple[Optional[int], Optional[int]]:
        if self._locator is None:
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
