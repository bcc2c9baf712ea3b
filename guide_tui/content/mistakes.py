"""Mistakes a volunteer makes easily and the guide would otherwise take silently: warnings for
an indented paragraph that Markdown turns into a cut-off code block, for hours on a channel
whose card never shows them and for a language folder guide.toml does not name; an error for
an id that does not match its file name; and which of two files of one name is the copy to
blame. (Topics and
language codes need the whole guide: validate.check_topics_and_languages.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, List, Tuple

from .model import Entry, HelpEntry
from .problems import ERROR, WARNING, Problem
from .schema import did_you_mean
from .tomlfile import TomlFile

INDENTED = re.compile(r"^(\t| {4,})\S")
LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s")
# The channels whose hours a help card shows (guide_tui/help_card.py; a test holds the two together).
SHOWS_HOURS = ("phone", "chat", "address")


def file_id(name: str) -> str:
    """The id a file stands for: its name without `.toml`, in lower case, `_` read as `-`."""
    return name[: -len(".toml")].replace("_", "-").lower() if name.endswith(".toml") else name


def check_entry_mistakes(entry: Entry, file: TomlFile) -> bool:
    """Per file, while loading; False when the entry must be skipped.

    An entry is found by its file name (the guide does not read every file to learn the ids),
    so an `id` line that says otherwise is an error."""
    if entry.path is not None and entry.id != file_id(entry.path.name):
        file.problem(
            ERROR,
            ("id",),
            f"the id '{entry.id}' does not match the file name '{entry.path.name}'",
            f"rename the file to '{entry.id}.toml', or remove the id line: the file name is the id",
        )
        return False
    body = getattr(entry, "body", "")
    if body:
        _check_indented_lines(file, body)
    if isinstance(entry, HelpEntry):
        for index, channel in enumerate(entry.channels):
            if channel.hours and channel.kind not in SHOWS_HOURS:
                file.problem(
                    WARNING,
                    ("channels", index, "hours"),
                    f"a '{channel.kind}' channel never shows its hours on the card, so readers do not see these",
                    f"put the hours on the service's {' or '.join(SHOWS_HOURS)} channel, or in its note",
                )
    return True


def shown_path(path: Path, code: str) -> str:
    """`nl/help/awel.toml`: a content file's path from its language folder on."""
    parts = path.parts
    if code not in parts:
        return path.name
    start = len(parts) - 1 - parts[::-1].index(code)
    return "/".join(parts[start:])


def blamed_copy(first: Path, second: Path) -> Tuple[Path, str]:
    """Of two files of one name (so one id), the one to skip and name as the problem, and why.

    The copy is the file changed later (to the second); at the same second, the later path, so
    the answer never depends on the order in which files are read.
    """

    def changed(path: Path) -> int:
        try:
            return int(path.stat().st_mtime)
        except OSError:
            return 0

    if changed(first) != changed(second):
        return max((first, second), key=changed), "it was changed later"
    return max(first, second, key=str), "it comes later in the folder"


def _check_indented_lines(file: TomlFile, body: str) -> None:
    if "\n\t" not in "\n" + body and "\n    " not in "\n" + body:
        return  # no indented line at all: the common case, and no need to locate anything
    line, _column = file.locate(("body",))
    lines = body.split("\n")
    previous = ""  # the last line with text
    after_blank = True
    for number, text in enumerate(lines):
        if INDENTED.match(text) and after_blank and not LIST_ITEM.match(previous) and not INDENTED.match(previous):
            where = None if line is None else line + 1 + number
            file.problems.append(
                Problem(
                    file.path,
                    where,
                    1,
                    WARNING,
                    "this line starts with spaces or a tab, so it is shown as code: cut off at the screen edge",
                    "remove the spaces or tab at the start of the line",
                )
            )
        if text.strip():
            previous = text
            after_blank = False
        else:
            after_blank = True


def check_language_folders(root: Path, codes: Iterable[str]) -> List[Problem]:
    """A folder of content files beside the languages that guide.toml does not name."""
    named = set(codes)
    problems = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in named):
        if any(folder.rglob("*.toml")):
            close = did_you_mean(folder.name, named)
            problems.append(
                Problem(
                    folder,
                    None,
                    None,
                    WARNING,
                    f"the folder '{folder.name}' is not a language of this guide, so its files are never shown",
                    "add it to the languages in guide.toml" + (f", or {close}" if close else ""),
                )
            )
    return problems
