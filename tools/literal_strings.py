"""Rewrite the texts of content files as TOML literal strings, where that changes nothing.

    python tools/literal_strings.py content            # every .toml file under content/
    python tools/literal_strings.py --check content    # only list the files it would change

In a literal string (three single quotes around a text over several lines, one around a text
on one line) a quote or a backslash is shown exactly as written; in a basic string (double
quotes) it must be escaped, and a backslash at the end of a line joins it to the next. This
turns every multi-line basic string into a multi-line literal one, and a one-line basic string
that needs an escape into a one-line literal one, unless its text cannot be written that way
(it holds three single quotes or a control character). A one-line text that holds a single
quote gets three single quotes around it, on its one line.

Only string values are rewritten: comments, keys, key order and everything else stay byte for
byte. A file is written only if it parses to exactly the same data as before; otherwise it is
left alone and named. Use it on a folder of local additions written in the old style.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any, Iterator, List, Optional, Tuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python < 3.11
    import tomli as tomllib

_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # a literal string may hold a tab, no other control


def _strings(text: str) -> Iterator[Tuple[int, int]]:
    """(start, end) of each string in `text`, comments skipped. The text must parse as TOML."""
    index = 0
    while index < len(text):
        char = text[index]
        if char == "#":
            end = text.find("\n", index)
            index = len(text) if end < 0 else end
        elif char in "\"'":
            end = _string_end(text, index)
            yield index, end
            index = end
        else:
            index += 1


def _string_end(text: str, start: int) -> int:
    quote = text[start] * 3 if text.startswith(text[start] * 3, start) else text[start]
    index = start + len(quote)
    while True:
        if quote[0] == '"' and text[index] == "\\":
            index += 2
        elif text.startswith(quote, index):
            index += len(quote)
            while len(quote) == 3 and index < len(text) and text[index] == quote[0]:
                index += 1  # a multi-line string may end with one or two more quote characters
            return index
        else:
            index += 1


def _is_key(text: str, end: int) -> bool:
    """A quoted key (`"a b" = 1`) or part of a dotted one, not a value."""
    rest = text[end:].lstrip(" \t")
    return rest.startswith("=") or rest.startswith(".")


def _value(raw: str) -> Any:
    return tomllib.loads(f"v = {raw}")["v"]


def literal(raw: str) -> Optional[str]:
    """`raw` (a basic string as written) as a literal string with the same value, or None."""
    if raw.startswith("'"):
        return None
    value = _value(raw)
    if raw.startswith('"""'):
        if "'''" in value or value.endswith("'") or _CONTROL.search(value.replace("\n", "")) or "\r" in value:
            return None
        newline = "\n" if raw.startswith('"""\n') or raw.startswith('"""\r\n') or value.startswith("\n") else ""
        result = f"'''{newline}{value}'''"
    else:
        if "\\" not in raw or _CONTROL.search(value):
            return None  # nothing to gain, or not writable on one line
        if "'" not in value:
            result = f"'{value}'"
        elif "'''" in value or value.endswith("'"):
            return None
        else:
            result = f"'''{value}'''"  # one line still, but a single quote may stand in it
    return result if _value(result) == value else None


def convert(text: str) -> str:
    """`text` with every string value that can be a literal string rewritten as one."""
    parts: List[str] = []
    last = 0
    for start, end in _strings(text):
        replacement = None if _is_key(text, end) else literal(text[start:end])
        if replacement is not None:
            parts.append(text[last:start])
            parts.append(replacement)
            last = end
    parts.append(text[last:])
    return "".join(parts)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="list the files that would change; write nothing")
    options = parser.parse_args(argv)
    changed = refused = 0
    for folder in options.folders:
        for path in sorted(folder.rglob("*.toml")):
            text = path.read_bytes().decode("utf-8")
            try:
                before = tomllib.loads(text)
            except tomllib.TOMLDecodeError as error:
                print(f"{path}: not converted, it does not parse: {error}")
                refused += 1
                continue
            new = convert(text)
            if new == text:
                continue
            if tomllib.loads(new) != before:  # never written: the data would change
                print(f"{path}: not converted, a value would change")
                refused += 1
                continue
            changed += 1
            print(f"{path}: {'would change' if options.check else 'converted'}")
            if not options.check:
                path.write_bytes(new.encode("utf-8"))
    print(f"{changed} file(s) {'to convert' if options.check else 'converted'}, {refused} left alone")
    return 1 if refused or (options.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
