"""TOML syntax errors in plain words for volunteers, with the line they are on.

The parser says "Unterminated string (at end of document)" or "Cannot overwrite a value";
a volunteer needs "the text that starts on line 7 with \"\"\" is never closed" or "'title' is
set twice"."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

CURLY_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


class Explained(NamedTuple):
    line: Optional[int]
    column: Optional[int]
    message: str
    hint: str


def explain(text: str, message: str, line: Optional[int], column: Optional[int]) -> Explained:
    lines = text.splitlines()
    here = lines[line - 1] if line is not None and 0 < line <= len(lines) else ""
    if message.startswith("Unterminated string") and line is None:
        opened = _unclosed_triple_quote(text)
        if opened is not None:
            return Explained(
                opened,
                1,
                'a text that starts here with """ is never closed',
                'end it with """ on a line of its own',
            )
    if any(quote in here for quote in CURLY_QUOTES):
        return Explained(
            line,
            column,
            "curly quotes (“ ” or ‘ ’) from a word processor are not quotes in TOML",
            'use straight quotes: "like this"; a plain text editor types them',
        )
    if message.startswith("Illegal character '\\n'") or message.startswith("Unterminated string"):
        return Explained(line, column, "this text has no closing quote", 'end it with " before the end of the line')
    value = here.split("=", 1)[1].strip() if "=" in here else ""
    if message.startswith("Invalid value") and value[:1].isalpha():
        if value.endswith(('"', "'")):
            return Explained(line, column, "this text has no opening quote", 'start it with " after the =')
        return Explained(line, column, "this text is not in quotes", 'write it between straight quotes: "like this"')
    if message.startswith("Expected ']]'") or message.startswith("Expected ']'"):
        brackets = "]]" if "]]" in message else "]"
        return Explained(line, column, f"this heading is not closed with {brackets}", f"end the line with {brackets}")
    if message.startswith("Cannot overwrite a value") or "twice" in message:
        key = KEY.match(here)
        name = f"'{key.group(1)}'" if key else "this key"
        return Explained(line, column, f"{name} is set twice", "keep one of the two lines")
    return Explained(line, column, f"TOML syntax error: {message}", "check quotes, brackets and '=' on that line")


def _unclosed_triple_quote(text: str) -> Optional[int]:
    """The line of a \"\"\" or ''' that opens a text never closed, if there is one."""
    opened: Optional[int] = None
    delimiter = ""
    for number, line in enumerate(text.splitlines(), start=1):
        position = 0
        while True:
            if opened is None:
                found = [(line.find(mark, position), mark) for mark in ('"""', "'''") if line.find(mark, position) >= 0]
                if not found:
                    break
                at, delimiter = min(found)
                opened, position = number, at + 3
            else:
                at = line.find(delimiter, position)
                if at < 0:
                    break
                opened, position = None, at + 3
    return opened
