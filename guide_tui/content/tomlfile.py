"""Reading one TOML file without ever raising, and finding the line of a key in it.

tomllib gives values but no positions, so `KeyLocator` scans the text for table headers and
`key =` lines. It is good enough for the flat files the guide uses: top-level keys, tables,
and arrays of tables such as `[[channels]]`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

from .problems import ERROR, Problem

KeyPath = Tuple[Any, ...]
_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-.]+)\s*=""")


def _clean_key(raw: str) -> Tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in raw.split("."))


class KeyLocator:
    """Maps key paths like ("channels", 0, "value") to (line, column), 1-based."""

    def __init__(self, text: str) -> None:
        self.positions: Dict[KeyPath, Tuple[int, int]] = {}
        table: KeyPath = ()
        array_counts: Dict[Tuple[str, ...], int] = {}
        in_multiline: Optional[str] = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(line)
            if header and not _KEY.match(line):
                names = _clean_key(header.group(2))
                if header.group(1) == "[[":
                    index = array_counts.get(names, 0)
                    array_counts[names] = index + 1
                    table = names[:-1] + (names[-1], index)
                    # Nested arrays of tables ([[channels.hours]]) live under the last parent.
                    if len(names) > 1 and names[:-1] in array_counts:
                        parent_index = array_counts[names[:-1]] - 1
                        table = names[:-1] + (parent_index, names[-1], index)
                    # The array as a whole is where its first table starts.
                    self.positions.setdefault(table[:-1], (number, line.index("[") + 1))
                else:
                    table = names
                self.positions.setdefault(table, (number, line.index("[") + 1))
                continue
            key = _KEY.match(line)
            if key:
                path = table + _clean_key(key.group(1))
                self.positions.setdefault(path, (number, len(line) - len(line.lstrip()) + 1))
                rest = line[key.end():]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_multiline = quote
                        break

    def locate(self, path: KeyPath) -> Tuple[Optional[int], Optional[int]]:
        """The position of `path`, or of its nearest located parent."""
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return (None, None)


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


def read_toml(path: Path) -> TomlFile:
    """Parse `path`; on failure `data` is None and `problems` says where and why."""
    result = TomlFile(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        result.problems.append(Problem(path, None, None, ERROR, f"cannot read file: {error.strerror or error}"))
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
        result.problems.append(Problem(path, 1, 1, ERROR, "the file is empty", "start it with: format = 1"))
        return result
    try:
        result.data = tomllib.loads(result.text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _POSITION.search(message)
        line = column = None
        if position:
            line, column = int(position.group(1)), int(position.group(2))
            message = message[: position.start()].strip()
        result.problems.append(
            Problem(path, line, column, ERROR, f"TOML syntax error: {message}",
                    "check quotes, brackets and '=' on that line")
        )
    return result
