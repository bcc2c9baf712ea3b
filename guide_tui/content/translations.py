"""Translations: how far each language is behind the default one, and marking them up to date.

A translation is *complete* when its `translated_from` is the fingerprint of the current
default-language entry (validate.fingerprint), *outdated* when that text has changed since,
*not marked* when it has no `translated_from` (nobody said which text it was made from), and
*missing* when the language has no entry with that id.

`mark_translations` writes `translated_from` as a minimal edit of each file (one line replaced
or inserted), so a volunteer's comments, order and layout stay as they wrote them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Iterable, List, Optional, Tuple

from .interface import DEFAULT_STRINGS
from .model import LanguageContent
from .tomlfile import read_toml
from .validate import fingerprint

if TYPE_CHECKING:
    from .guide import Guide


def source_fingerprint(default: LanguageContent, entry_id: str) -> str:
    """The fingerprint of a default-language entry as written (references not filled in), as
    check_translation compares it: a number changed on a help card is not a text to translate."""
    return fingerprint(default.unresolved.get(entry_id, default.entries[entry_id]))


@dataclass
class LanguageReport:
    code: str
    complete: List[str] = field(default_factory=list)
    outdated: List[str] = field(default_factory=list)
    not_marked: List[str] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)
    strings_missing: List[str] = field(default_factory=list)  # interface strings not translated

    @property
    def total(self) -> int:
        return len(self.complete) + len(self.outdated) + len(self.not_marked) + len(self.missing)


def translation_report(guide: "Guide", languages: Optional[Iterable[str]] = None) -> List[LanguageReport]:
    """One report per language other than the default (or per language asked for)."""
    default = guide.content(guide.default_language)
    codes = list(languages) if languages is not None else guide.language_codes
    reports = []
    for code in codes:
        if code == guide.default_language:
            continue
        content = guide.content(code)
        report = LanguageReport(code)
        for entry_id in sorted(default.entries):
            translation = content.entries.get(entry_id)
            if translation is None:
                report.missing.append(entry_id)
            elif not translation.translated_from:
                report.not_marked.append(entry_id)
            elif translation.translated_from == source_fingerprint(default, entry_id):
                report.complete.append(entry_id)
            else:
                report.outdated.append(entry_id)
        report.strings_missing = sorted(set(DEFAULT_STRINGS) - set(content.strings))
        reports.append(report)
    return reports


class MarkError(Exception):
    """An id that cannot be marked, or a file the edit would break; the message says why."""


_TABLE = re.compile(r"^\s*\[")
_KEY_LINE = r"^[ \t]*{key}[ \t]*="


def set_translated_from(text: str, value: str) -> str:
    """`text` with `translated_from = "value"` among its top-level keys, changed as little as possible.

    An existing top-level `translated_from` line is replaced; otherwise one is inserted after
    the `title = ...` line (or the `id = ...` line, or the last top-level line when neither is
    there). Line endings and a byte order mark are kept.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    new_line = f'translated_from = "{value}"'
    top = len(lines)  # lines before the first [table] header are the file's own keys
    for number, line in enumerate(lines):
        if _TABLE.match(line.lstrip("\ufeff")):
            top = number
            break

    def find(key: str) -> Optional[int]:
        pattern = re.compile(_KEY_LINE.format(key=key))
        for number in range(top):
            if pattern.match(lines[number].lstrip("\ufeff")):
                return number
        return None

    existing = find("translated_from")
    if existing is not None:
        ending = lines[existing][len(lines[existing].rstrip("\r\n")) :] or newline
        lines[existing] = new_line + ending
        return "".join(lines)
    after = None
    for key in ("title", "id"):
        found = find(key)
        if found is not None and not re.search(r"=\s*(\"\"\"|''')", lines[found]):
            after = found
            break
    if after is None:  # after the last non-blank top-level line
        after = max((n for n in range(top) if lines[n].strip()), default=-1)
    if after >= 0 and not lines[after].endswith(("\n", "\r")):
        lines[after] += newline
    lines.insert(after + 1, new_line + newline)
    return "".join(lines)


def mark_translations(guide: "Guide", code: str, ids: Optional[Iterable[str]] = None) -> List[Tuple[str, Path]]:
    """Write the source fingerprint into the `code` translations (all, or `ids`).

    Returns (id, file) for each file changed. Raises MarkError, before changing anything, for
    an id that has no translation or no source; a file whose edit would not parse is left as
    it was and also raises MarkError.
    """
    if code == guide.default_language:
        raise MarkError(f"'{code}' is the default language: its entries are the sources, not translations")
    if code not in guide.language_codes:
        raise MarkError(f"'{code}' is not a language of this guide; choose from {', '.join(guide.language_codes)}")
    default = guide.content(guide.default_language)
    content = guide.content(code)
    wanted = list(ids) if ids else sorted(set(content.entries) & set(default.entries))
    for entry_id in wanted:
        if entry_id not in content.entries:
            raise MarkError(f"'{entry_id}' has no {code} translation that loads (see guide-tui check)")
        if entry_id not in default.entries:
            raise MarkError(f"'{entry_id}' has no {guide.default_language} source to be translated from")
    changed: List[Tuple[str, Path]] = []
    fingerprints: Dict[str, str] = {entry_id: source_fingerprint(default, entry_id) for entry_id in wanted}
    for entry_id in wanted:
        entry = content.entries[entry_id]
        path = entry.path
        if path is None or entry.translated_from == fingerprints[entry_id]:
            continue
        before = path.read_bytes().decode("utf-8")
        after = set_translated_from(before, fingerprints[entry_id])
        path.write_bytes(after.encode("utf-8"))
        reread = read_toml(path)
        if reread.data is None or reread.data.get("translated_from") != fingerprints[entry_id]:
            path.write_bytes(before.encode("utf-8"))
            raise MarkError(f"{path}: could not add translated_from without breaking the file; it is unchanged")
        changed.append((entry_id, path))
    return changed
