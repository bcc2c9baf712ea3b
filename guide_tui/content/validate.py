"""Checks across files, over content already loaded: links between ids, translations, required
pages, and help for every self-check result. Nothing here reads a file again: problems are
located with the parsed file each loaded entry keeps."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import re
from dataclasses import fields as dataclass_fields
from dataclasses import is_dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Set, Tuple

from .freshness import check_freshness
from .interface import DEFAULT_STRINGS
from .matching import shown_help
from .mistakes import check_language_folders
from .model import REGIONS, Entry, HelpEntry, LanguageContent, Menu, Plan, SelfCheck
from .problems import ERROR, WARNING, Absent, Problem
from .references import literal_problems
from .schema import did_you_mean
from .structure import node_indexes
from .tomlfile import KeyPath
from .walks import walks

REQUIRED_IDS = ("recognise", "privacy", "help")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
NOT_TRANSLATED = {"path", "lang", "sources", "reviewed", "verified_on", "translated_from"}


def _problem(
    content: LanguageContent,
    entry: Entry,
    key_path: KeyPath,
    severity: str,
    message: str,
    hint: str = "",
    value: str = "",
    absent: Optional[Absent] = None,
) -> Problem:
    """A problem at `key_path` in the entry's file; at `value`'s own position where it is given."""
    line: Optional[int] = None
    column: Optional[int] = None
    file = content.files.get(entry.id)
    if file is not None:
        line, column = file.locate(key_path)
        if value and line is not None:
            lines = file.text.splitlines()
            for number in range(line - 1, len(lines)):
                found = lines[number].find(value)
                if found >= 0:
                    line, column = number + 1, found + 1
                    break
    return Problem(entry.path or Path(), line, column, severity, message, hint, absent)


def fingerprint(entry: Entry) -> str:
    """A short hash of an entry's text, stored by translators in `translated_from`.

    Covers what a reader sees (titles, bodies, messages, steps...), not where the file is or
    when it was reviewed, so only a change worth re-translating changes it.
    """
    fields = {name: getattr(entry, name) for name in _field_names(type(entry)) if name not in NOT_TRANSLATED}
    text = json.dumps(fields, sort_keys=True, default=_as_json, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


_FIELD_NAMES: Dict[type, Tuple[str, ...]] = {}


def _field_names(kind: type) -> Tuple[str, ...]:
    """The field names of a dataclass, looked up once per class."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(item.name for item in dataclass_fields(kind))
    return names


def _as_json(value: Any) -> Any:
    """What `dataclasses.asdict` gives for JSON, asked by the JSON encoder only for what it
    cannot write itself (it walks lists, tuples and dicts in C): a dataclass as a dict of its
    fields, anything else (a date) as text. No deep copies, no walk in Python."""
    if is_dataclass(value) and not isinstance(value, type):
        return {name: getattr(value, name) for name in _field_names(type(value))}
    return str(value)


def check_guide(
    root: Path,
    contents: Mapping[str, LanguageContent],
    default_language: str,
    home: str,
    today: Optional[dt.date] = None,
) -> List[Problem]:
    """The problems `check` looks for once every language is loaded: across files, and those
    that only a volunteer needs (old sources, numbers written out), which the app skips."""
    default = contents[default_language]
    problems: List[Problem] = []
    for code, content in contents.items():
        problems += check_language(content, default if code != default_language else None, today or dt.date.today())
    problems += check_folders_and_required(root, contents, default, home)
    fingerprints: Dict[str, str] = {}  # each source's, made once for every language
    for code, content in contents.items():
        if code != default_language:
            problems += check_translation(root, content, default, fingerprints)
    return problems


def check_language(content: LanguageContent, fallback: Optional[LanguageContent], today: dt.date) -> List[Problem]:
    """`check_guide`'s checks of one language, over it and its fallback (the default language)."""
    readable = content.readable(fallback)
    problems = check_links(content, readable)
    problems += check_self_check_help(content, readable)
    problems += check_topics_and_languages(content, readable)
    problems += literal_problems(content, fallback)
    for entry_id, entry in content.entries.items():
        file = content.files.get(entry_id)
        if file is not None:
            problems += check_freshness(content.unresolved.get(entry_id, entry), file, today)
    return problems


def check_folders_and_required(root: Path, codes: Iterable[str], default: LanguageContent, home: str) -> List[Problem]:
    """Folders that are not languages, and the entries the guide needs in its default language."""
    problems = check_language_folders(root, codes)
    for required in (home, *REQUIRED_IDS):
        if required not in default.entries:
            absent = Absent(required, default.code, f"the guide has no '{required}' entry, which it needs")
            problems.append(
                Problem(
                    root / default.code,
                    None,
                    None,
                    ERROR,
                    f"the guide needs an entry with id '{required}'",
                    absent=absent,
                )
            )
    return problems


def check_links(content: LanguageContent, readable: Mapping[str, Entry]) -> List[Problem]:
    """Every id an entry points at exists in its language or in the fallback language."""
    problems = []
    for entry in content.entries.values():
        for target in entry.links():
            if target in readable:
                continue
            key: KeyPath
            if isinstance(entry, Menu):
                key, value = ("items",), f'"{target}"'
            elif isinstance(entry, Plan):
                index = next(i for i, step in enumerate(entry.steps) if step.id == target)
                key, value = ("steps", index, "id"), ""
            else:
                key, value = ("body",), f"page:{target}"
            problems.append(
                _problem(
                    content,
                    entry,
                    key,
                    ERROR,
                    f"'{entry.id}' links to '{target}', which does not exist",
                    did_you_mean(target, readable),
                    value,
                    Absent(
                        target, content.code, f"the link from '{entry.id}' to '{target}' leads nowhere ({content.code})"
                    ),
                )
            )
    return problems


def check_self_check_help(content: LanguageContent, readable: Mapping[str, Entry]) -> List[Problem]:
    """Each self-check result shows help to every reader who can reach it, wherever they live.

    Every path is walked as the screen walks it (answers tell region and age), starting from
    no known region and from each region a site may set as its default.
    """
    helpers = [entry for entry in readable.values() if isinstance(entry, HelpEntry)]
    problems = []
    for check in content.entries.values():
        if not isinstance(check, SelfCheck):
            continue
        file = content.files.get(check.id)
        where = node_indexes(file) if file is not None else {}
        reported: Set[Tuple[str, Optional[str], Optional[int], str]] = set()
        candidates: Dict[str, List[HelpEntry]] = {}  # node id -> the helpers it could show
        # (node id, region, age) -> what it shows (in any order): many walks end at one result for one reader
        matched: Dict[Tuple[str, Optional[str], Optional[int]], List[HelpEntry]] = {}
        for start_region in (None, *REGIONS):
            for walk in walks(check, start_region):
                visit = walk.result
                node = check.nodes[visit.node]
                if node.id not in candidates:
                    candidates[node.id] = _candidates(helpers, node.topics, node.emergency)
                reader_key = (node.id, visit.region, visit.age)
                if reader_key not in matched:
                    matched[reader_key] = shown_help(
                        candidates[node.id], node.topics, visit.region, visit.age, node.emergency
                    )
                shown = matched[reader_key]
                reader = _reader(visit.region, visit.age)
                if not shown and node.topics:
                    message = f"result '{node.id}' shows no help entry for {reader}"
                    hint = f"add one of its topics ({', '.join(node.topics)}) to a help entry that serves them"
                elif node.emergency and not any(entry.emergency for entry in shown):
                    message = f"result '{node.id}' is an emergency but shows no emergency number for {reader}"
                    hint = "mark a help entry emergency = true"
                else:
                    continue
                if (node.id, visit.region, visit.age, message) not in reported:
                    reported.add((node.id, visit.region, visit.age, message))
                    problems.append(
                        _problem(content, check, ("nodes", where.get(node.id, 0), "advice"), WARNING, message, hint)
                    )
    return problems


def _candidates(helpers: List[HelpEntry], topics: Iterable[str], emergency: bool) -> List[HelpEntry]:
    """The helpers match_help could show for these topics, in order: only they are matched
    again for every walk (match_help drops the others whatever the region and age)."""
    wanted = set(topics)
    return [entry for entry in helpers if (emergency and entry.emergency) or wanted.intersection(entry.topics)]


def check_topics_and_languages(content: LanguageContent, readable: Mapping[str, Entry]) -> List[Problem]:
    """Self-check topics that no help entry has, help topics that look misspelt (nothing else uses
    them, and they are close to one that is used), and help `languages` that are not language codes."""
    helpers = [entry for entry in readable.values() if isinstance(entry, HelpEntry)]
    known = {topic for entry in helpers for topic in entry.topics}
    users = _topic_users(helpers)
    asked = {
        topic
        for entry in readable.values()
        if isinstance(entry, SelfCheck)
        for node in entry.nodes.values()
        for topic in node.topics
    }
    problems = []
    for entry in content.entries.values():
        if isinstance(entry, SelfCheck):
            file = content.files.get(entry.id)
            where = node_indexes(file) if file is not None else {}
            for node in entry.nodes.values():
                for topic in node.topics:
                    if topic not in known:
                        problems.append(
                            _problem(
                                content,
                                entry,
                                ("nodes", where.get(node.id, 0), "topics"),
                                WARNING,
                                f"no help entry has the topic '{topic}', so it finds no service",
                                did_you_mean(topic, known) or "add the topic to a help entry, or fix its spelling",
                                f'"{topic}"',
                            )
                        )
        elif isinstance(entry, HelpEntry):
            for topic in entry.topics:
                close = _misspelt_topic(topic, entry, helpers, asked, users)
                if close:
                    problems.append(
                        _problem(
                            content,
                            entry,
                            ("topics",),
                            WARNING,
                            f"no self-check result and no other help entry has the topic '{topic}', "
                            "so it never brings this service up",
                            f"did you mean '{close}'?",
                            f'"{topic}"',
                        )
                    )
            for code in entry.languages:
                if not LANGUAGE_CODE.match(code):
                    problems.append(
                        _problem(
                            content,
                            entry,
                            ("languages",),
                            WARNING,
                            f"'{code}' is not a language code",
                            'write language codes in lower case, such as "nl", "fr" or "en"',
                            f'"{code}"',
                        )
                    )
    return problems


def _misspelt_topic(
    topic: str, entry: HelpEntry, helpers: List[HelpEntry], asked: Set[str], users: Dict[str, Set[str]]
) -> str:
    """The topic a help entry's `topic` was probably meant to be, when nothing else uses it."""
    if topic in asked or users.get(topic, set()) - {entry.id}:
        return ""  # used elsewhere (found without the set of every other topic: quadratic)
    others = {t for helper in helpers if helper.id != entry.id for t in helper.topics} | asked
    close = difflib.get_close_matches(topic, sorted(others), n=1, cutoff=0.8)
    return close[0] if close else ""


def _topic_users(helpers: List[HelpEntry]) -> Dict[str, Set[str]]:
    """topic -> the ids of the help entries that have it."""
    users: Dict[str, Set[str]] = {}
    for helper in helpers:
        for topic in helper.topics:
            users.setdefault(topic, set()).add(helper.id)
    return users


def _reader(region: Optional[str], age: Optional[int]) -> str:
    text = f"a reader in {region}" if region else "a reader whose region is not known"
    return text + (f", aged {age}" if age is not None else "")


def _shown_from(path: Optional[Path], root: Path, folder: Path, entry_id: str) -> Tuple[object, Path]:
    """How a missing translation names its source, and where the problem is placed: in the
    language folder, or at the source file itself when it is a local addition (layers.py)."""
    if path is None:
        return entry_id, folder
    try:
        return path.relative_to(root), folder
    except ValueError:
        return path, path


def _fingerprint(made: Dict[str, str], entry_id: str, source: Entry) -> str:
    if entry_id not in made:
        made[entry_id] = fingerprint(source)
    return made[entry_id]


def check_translation(
    root: Path, content: LanguageContent, default: LanguageContent, fingerprints: Optional[Dict[str, str]] = None
) -> List[Problem]:
    """What a language lacks or has beyond the default language, and outdated translations.
    `fingerprints` keeps each source's fingerprint for the next language."""
    problems: List[Problem] = []
    made = {} if fingerprints is None else fingerprints
    code = content.code
    folder = root / code
    for entry_id, source in default.entries.items():
        # Compared as written: a number changed on a help card is not a text to translate again.
        source = default.unresolved.get(entry_id, source)
        translation = content.unresolved.get(entry_id) or content.entries.get(entry_id)
        if translation is None:
            where, at = _shown_from(source.path, root, folder, entry_id)
            problems.append(
                Problem(
                    at,
                    None,
                    None,
                    WARNING,
                    f"'{entry_id}' ({where}) has no {code} translation; readers see the {default.code} text",
                    absent=Absent(
                        entry_id,
                        code,
                        f"the {code} translation of '{entry_id}' is not shown (readers see the {default.code} text)",
                    ),
                )
            )
        elif translation.translated_from and translation.translated_from != _fingerprint(made, entry_id, source):
            problems.append(
                _problem(
                    content,
                    translation,
                    ("translated_from",),
                    WARNING,
                    f"the {default.code} text of '{entry_id}' changed since this was translated",
                    f'update the translation, then set translated_from = "{made[entry_id]}"',
                )
            )
    for entry_id, entry in content.entries.items():
        if entry_id not in default.entries:
            problems.append(
                _problem(
                    content,
                    entry,
                    ("id",),
                    WARNING,
                    f"'{entry_id}' exists in {code} but not in {default.code}, the fallback language",
                    absent=Absent(entry_id, default.code, f"'{entry_id}' in {code} has no {default.code} original"),
                )
            )
    missing = sorted(set(DEFAULT_STRINGS) - set(content.strings))
    if missing:
        problems.append(
            Problem(
                folder / "strings.toml",
                None,
                None,
                WARNING,
                f"{len(missing)} interface strings not translated: {', '.join(missing[:5])}"
                + ("..." if len(missing) > 5 else ""),
            )
        )
    return problems
