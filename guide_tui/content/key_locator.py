"""Finding the line of a key in a TOML file: tomllib gives values but no positions, so
`KeyLocator` scans the text for table headers, keys, arrays and inline tables. It is written
for files that already parsed: it does not check TOML, it only finds where a key path starts.
Only `check` and files with problems need it (tomlfile.TomlFile.locate imports it then).
"""

from __future__ import annotations

import functools
import re
from typing import Dict, List, Optional, Tuple

from .tomlfile import KeyPath

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
            header = None
            if text[index] == "[":  # only then a header: most statements are `key = value`
                end_of_line = text.find("\n", index)
                end_of_line = len(text) if end_of_line < 0 else end_of_line
                header = _HEADER.match(text, index, end_of_line)
            if header:
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
