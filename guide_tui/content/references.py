"""One place for each fact: text refers to a help entry's phone number, web address or e-mail
by id, and the guide inserts the value from the entry's card where the reference stands.

    Call Child Focus on {phone:child-focus}.     ->  Call Child Focus on 116 000.
    See {web:awel}, or ask {name:caw}.           ->  See awel.be, or ask CAW.

In Markdown text (page bodies, advice, feedback) the value also links to the card. A number
changed on the card changes everywhere it is referred to; `check` reports references to
entries or channels that do not exist, and a help entry's number, address or e-mail written
out literally (a change on the card would miss it).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple

from .model import CHANNEL_KINDS, Entry, HelpEntry, LanguageContent
from .problems import ERROR, WARNING, Problem
from .tomlfile import TomlFile

REFERENCE = re.compile(r"\{(name|" + "|".join(CHANNEL_KINDS) + r"):([a-z0-9][a-z0-9-]*)\}")
# Fields whose text is shown as Markdown, where a reference also links to the card.
MARKDOWN_FIELDS = {"body", "advice", "feedback", "closing"}
# Fields that hold ids, dates, addresses of sources or a channel's own value: never text.
NOT_TEXT = {"id", "kind", "lang", "path", "next", "unsure", "start", "value", "url", "date", "translated_from"}
LITERAL_KINDS = ("phone", "web", "mail")

Resolve = Callable[[str, bool], str]


def reference_value(entry: HelpEntry, kind: str) -> Optional[str]:
    if kind == "name":
        return entry.title
    return next((channel.value for channel in entry.channels if channel.kind == kind), None)


def resolve_entry(
    entry: Entry,
    file: Optional[TomlFile],
    helper: Callable[[str], Optional[HelpEntry]],
    helper_ids: Callable[[], Iterable[str]],
) -> Tuple[Entry, List[Problem]]:
    """`entry` with every reference replaced, and the problems found on the way.

    `helper` gives the help entry a reader of the entry's language finds under an id (read on
    demand); `helper_ids` all their ids, only asked for to suggest one when a reference is wrong.
    """
    found = _Found()

    def resolve(text: str, markdown: bool) -> str:
        if "{" not in text:
            return text
        return REFERENCE.sub(
            lambda match: _value(found, match, text, markdown, entry.id, helper, helper_ids, file), text
        )

    return _resolved(entry, resolve), found.problems


def literal_problems(content: LanguageContent, fallback: Optional[LanguageContent]) -> List[Problem]:
    """For `check`: a help entry's number, address or e-mail written out in the language's text."""
    literals = _literal_pattern(_helpers(content, fallback))
    found = _Found()
    if literals is not None:
        joined = not any(SEPARATOR in value for value in literals[1])
        for entry_id, entry in content.unresolved.items():
            file = content.files.get(entry_id)
            if file is not None:
                texts: List[str] = []
                _texts(entry, texts)
                for text in [SEPARATOR.join(texts)] if joined else texts:
                    _warn_literals(found, file, text, literals)
    return found.problems


# Between an entry's texts, scanned as one: to the patterns around a value (no word, dot, @, /,
# - or digit and space before it; no word, @, /, -, dot and word or space and digit after it)
# it is like the start or the end of a text, so the values found are the same, in the same order.
SEPARATOR = "\x00"


def _helpers(content: LanguageContent, fallback: Optional[LanguageContent]) -> Dict[str, HelpEntry]:
    return {e.id: e for e in content.readable(fallback).values() if isinstance(e, HelpEntry)}


class _Found:
    """Problems found while resolving, each placed after the last one found for the same text
    in the same file, so two mentions on two lines get two lines."""

    def __init__(self) -> None:
        self.problems: List[Problem] = []
        self._last_line: Dict[Tuple[Path, str], int] = {}

    def add(self, file: TomlFile, needle: str, severity: str, message: str, hint: str) -> None:
        skip = re.compile(r"^\s*(value|url|id)\s*=|\{\s*url\s*=")
        after = self._last_line.get((file.path, needle), 0)
        lines = file.text.splitlines()
        for number in range(after + 1, len(lines) + 1):
            column = lines[number - 1].find(needle)
            if column >= 0 and not skip.search(lines[number - 1]):
                self._last_line[(file.path, needle)] = number
                self.problems.append(Problem(file.path, number, column + 1, severity, message, hint))
                return
        self.problems.append(Problem(file.path, None, None, severity, message, hint))


def _value(
    problems: _Found,
    found: "re.Match[str]",
    text: str,
    markdown: bool,
    entry_id: str,
    helpers: Callable[[str], Optional[HelpEntry]],
    helper_ids: Callable[[], Iterable[str]],
    file: Optional[TomlFile],
) -> str:
    kind, target = found.group(1), found.group(2)
    helper = helpers(target)
    value = reference_value(helper, kind) if helper is not None else None
    if value is None:
        if file is not None:
            missing = f"no help entry '{target}'" if helper is None else f"'{target}' has no {kind} channel"
            problems.add(
                file,
                found.group(),
                ERROR,
                f"the reference {found.group()} finds {missing}",
                _hint(target, helper_ids()),
            )
        return found.group()
    inside_link = text.count("[", 0, found.start()) > text.count("]", 0, found.start())
    if markdown and target != entry_id and not inside_link:
        return f"[{value}](page:{target})"
    return value


def _hint(target: str, helpers: Iterable[str]) -> str:
    from .schema import did_you_mean

    return did_you_mean(target, helpers) or "references are written {phone:ID}, {web:ID}, {mail:ID} or {name:ID}"


def _resolved(value: Any, resolve: Resolve, field: str = "") -> Any:
    """`value` with references resolved in every text field, rebuilt where it is frozen. Where
    no text changes (most of it: no reference), the very same object comes back, not a copy.
    A text without "{" has no reference: it is passed over without a call (most texts)."""
    if isinstance(value, str):
        if "{" not in value or field in NOT_TEXT:
            return value
        return resolve(value, field in MARKDOWN_FIELDS)
    if isinstance(value, (list, tuple)):
        items = [item if type(item) is str and "{" not in item else _resolved(item, resolve, field) for item in value]
        if all(new is old for new, old in zip(items, value)):
            return value
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, dict):
        changed = {key: _resolved(item, resolve, field) for key, item in value.items()}
        return value if all(changed[key] is item for key, item in value.items()) else changed
    changes = {}
    for name in _text_fields(type(value)):  # none unless a dataclass
        old = getattr(value, name)
        if type(old) is str:
            if "{" not in old:
                continue
            new = resolve(old, name in MARKDOWN_FIELDS)  # a text field: never one of NOT_TEXT
        else:
            new = _resolved(old, resolve, name)
        if new is not old:
            changes[name] = new
    return dataclasses.replace(value, **changes) if changes else value


def _texts(value: Any, found: List[str], field: str = "") -> None:
    """Every text `_resolved` would resolve, in the same order, added to `found` (for a scan
    that changes nothing, without rebuilding the entry)."""
    if isinstance(value, str):
        if field not in NOT_TEXT:
            found.append(value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _texts(item, found, field)
    elif isinstance(value, dict):
        for item in value.values():
            _texts(item, found, field)
    else:
        for name in _text_fields(type(value)):  # none unless a dataclass
            item = getattr(value, name)
            if type(item) is str:
                found.append(item)  # a text field: never one of NOT_TEXT
            else:
                _texts(item, found, name)


_TEXT_FIELDS: Dict[type, Tuple[str, ...]] = {}


def _text_fields(kind: type) -> Tuple[str, ...]:
    """The fields of a dataclass that may hold text (none for any other type), looked up once
    per class."""
    names = _TEXT_FIELDS.get(kind)
    if names is None:
        names = ()
        if dataclasses.is_dataclass(kind):
            skipped = NOT_TEXT | {"sources", "channels"}
            names = tuple(f.name for f in dataclasses.fields(kind) if f.name not in skipped)
        _TEXT_FIELDS[kind] = names
    return names


def _literal_pattern(
    helpers: Mapping[str, HelpEntry],
) -> Optional[Tuple["re.Pattern[str]", Dict[str, Tuple[str, str]]]]:
    owners: Dict[str, Tuple[str, str]] = {}
    for helper in helpers.values():
        for channel in helper.channels:
            if channel.kind in LITERAL_KINDS:
                owners.setdefault(channel.value, (channel.kind, helper.id))
    if not owners:
        return None
    return literal_regex(sorted(owners, key=len, reverse=True)), owners


# Around a value written out: no word, dot, @, / or - before it, nor a digit and a space...
_BEFORE = r"(?<![\w.@/-])(?<!\d )"
# ...and no word, @, / or - after it, nor a dot and a word, nor a space and a digit.
_AFTER = r"(?![\w@/-])(?!\.\w)(?! \d)"


def plain_literal_regex(values: List[str]) -> "re.Pattern[str]":
    """Any of `values` (the first that fits, longest first) standing on its own."""
    return re.compile(_BEFORE + "(" + "|".join(map(re.escape, values)) + ")" + _AFTER)


def literal_regex(values: List[str]) -> "re.Pattern[str]":
    """`plain_literal_regex`, matching the same, written so the regex engine jumps from one
    character a value starts with to the next: the values grouped by their first character
    (in their order), and what must not come before a value looked at after the whole value
    (a look back over its length), so most tries end at its second character."""
    if not all(values):
        return plain_literal_regex(values)  # an empty value (fits anywhere): no first character
    firsts: List[str] = []
    for value in values:
        if value[0] not in firsts:
            firsts.append(value[0])

    def looked_at_after(value: str) -> str:  # _BEFORE, the value's length later
        skipped = r"[\s\S]{%d}" % len(value)
        return re.escape(value[1:]) + r"(?<![\w.@/-]" + skipped + r")(?<!\d " + skipped + ")"

    groups = [
        re.escape(first) + "(?:" + "|".join(looked_at_after(v) for v in values if v[0] == first) + ")"
        for first in firsts
    ]
    return re.compile("(" + "|".join(groups) + ")" + _AFTER)


def _warn_literals(
    problems: _Found, file: TomlFile, text: str, literals: Tuple["re.Pattern[str]", Dict[str, Tuple[str, str]]]
) -> None:
    pattern, owners = literals
    for found in pattern.finditer(text):
        kind, owner = owners[found.group(1)]
        problems.add(
            file,
            found.group(1),
            WARNING,
            f"'{found.group(1)}' is the {kind} of '{owner}', written out here",
            f"write {{{kind}:{owner}}} instead, so a change on its card changes it here too",
        )
