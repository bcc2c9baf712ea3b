"""Checks that need more than one file: links between ids, translations, required pages."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import TYPE_CHECKING, List

from .interface import DEFAULT_STRINGS
from .model import Entry, LanguageContent, Menu
from .problems import ERROR, WARNING, Problem
from .schema import did_you_mean
from .tomlfile import KeyLocator

if TYPE_CHECKING:
    from .loader import Guide

REQUIRED_IDS = ("recognise", "privacy", "help")
NOT_TRANSLATED = {"path", "lang", "sources", "reviewed", "translated_from"}


def _problem(entry: Entry, key_path, severity: str, message: str, hint: str = "", value: str = "") -> Problem:
    """A problem at `key_path` in the entry's file; at `value`'s own position where it is given."""
    line = column = None
    try:
        text = entry.path.read_text("utf-8")
        line, column = KeyLocator(text).locate(key_path)
        if value and line is not None:
            lines = text.splitlines()
            for number in range(line - 1, len(lines)):
                found = lines[number].find(value)
                if found >= 0:
                    line, column = number + 1, found + 1
                    break
    except (OSError, UnicodeDecodeError, AttributeError):
        pass
    return Problem(entry.path, line, column, severity, message, hint)


def fingerprint(entry: Entry) -> str:
    """A short hash of an entry's text, stored by translators in `translated_from`.

    Covers what a reader sees (titles, bodies, messages, steps...), not where the file is or
    when it was reviewed, so only a change worth re-translating changes it.
    """
    fields = {k: v for k, v in asdict(entry).items() if k not in NOT_TRANSLATED}
    text = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def validate_links(guide: "Guide", content: LanguageContent) -> List[Problem]:
    """Every id an entry points at exists in its language or in the fallback language."""
    known = set(content.entries)
    if content.code != guide.default_language:
        known |= set(guide.content(guide.default_language).entries)
    problems = []
    for entry in content.entries.values():
        for index, target in enumerate(entry.links()):
            if target in known:
                continue
            if isinstance(entry, Menu):
                key, value = ("items",), f'"{target}"'
            else:
                key, value = ("body",), f"page:{target}"
            problems.append(_problem(entry, key, ERROR, f"'{entry.id}' links to '{target}', which does not exist",
                                     did_you_mean(target, known), value))
    return problems


def validate_guide(guide: "Guide") -> List[Problem]:
    problems: List[Problem] = []
    default = guide.content(guide.default_language)
    root = guide.root / guide.default_language
    for required in (guide.home, *REQUIRED_IDS):
        if required not in default.entries:
            problems.append(Problem(root, None, None, ERROR, f"the guide needs an entry with id '{required}'"))
    for code in guide.language_codes:
        if code == guide.default_language:
            continue
        content = guide.content(code)
        folder = guide.root / code
        for entry_id, source in default.entries.items():
            translation = content.entries.get(entry_id)
            if translation is None:
                problems.append(Problem(folder, None, None, WARNING,
                                        f"'{entry_id}' ({source.path.relative_to(guide.root)}) has no {code} translation; "
                                        f"readers see the {guide.default_language} text"))
            elif translation.translated_from and translation.translated_from != fingerprint(source):
                problems.append(_problem(translation, ("translated_from",), WARNING,
                                         f"the {guide.default_language} text of '{entry_id}' changed since this was translated",
                                         f"update the translation, then set translated_from = \"{fingerprint(source)}\""))
        for entry_id, entry in content.entries.items():
            if entry_id not in default.entries:
                problems.append(_problem(entry, ("id",), WARNING,
                                         f"'{entry_id}' exists in {code} but not in {guide.default_language}, the fallback language"))
        missing = sorted(set(DEFAULT_STRINGS) - set(content.strings))
        if missing:
            problems.append(Problem(folder / "strings.toml", None, None, WARNING,
                                    f"{len(missing)} interface strings not translated: {', '.join(missing[:5])}"
                                    + ("..." if len(missing) > 5 else "")))
    return problems
