"""Reading a content folder: the manifest, and one language's files into a `LanguageContent`.

Loading only reads and builds: each problem found on the way is recorded with its file and
line. Checks that need more than one file are in validate.py and run over what was loaded;
the `Guide` (guide.py) decides when to load what.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from .interface import DEFAULT_STRINGS
from .kinds import KINDS
from .mistakes import check_entry_mistakes
from .model import Entry, Language, LanguageContent
from .problems import ERROR, WARNING, Problem
from .schema import FORMAT_VERSION, Invalid, check_keys, did_you_mean, identifier, text
from .strings import placeholder_problem
from .tomlfile import KeyPath, TomlFile, read_toml

MANIFEST = "guide.toml"
STRINGS = "strings.toml"
KNOWN_LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English", "de": "Deutsch"}


@dataclass
class Manifest:
    """What guide.toml says, or what could be guessed from the folders where it says nothing."""

    languages: List[Language] = field(default_factory=list)
    default_language: str = "en"
    home: str = "home"
    problems: List[Problem] = field(default_factory=list)


def _check_format(file: TomlFile, required: bool = False) -> bool:
    """guide.toml states the format of the whole folder (`required`); any other file may
    leave `format` out, and when it has one, it must be the same."""
    value = file.data.get("format") if file.data is not None else None
    if value is None:
        if required:
            file.problem(ERROR, (), "missing 'format = 1' in guide.toml", "guide.toml states the format of every file")
        return not required
    if value != FORMAT_VERSION or isinstance(value, bool):
        file.problem(
            ERROR,
            ("format",),
            f"this file uses format {value!r}; this guide-tui reads format {FORMAT_VERSION}",
            "update guide-tui, or write format = 1"
            if required
            else "update guide-tui, or leave this line out (guide.toml states the format of every file)",
        )
        return False
    return True


def _mode(path: Path) -> Optional[int]:
    """The file type bits of `path` (symlinks followed), or None if it does not exist.

    Raises OSError when it cannot be told (a folder on the way that may not be entered)."""
    try:
        return os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None


def _reason(error: OSError) -> str:
    return str(error.strerror or error).lower()


def content_folder_problem(root: Path) -> Optional[str]:
    """Why `root` cannot be used as a content folder, or None. Never raises."""
    try:
        mode = _mode(root)
        if mode is None:
            return "content folder not found"
        if not stat.S_ISDIR(mode):
            return "this is not a folder"
        os.listdir(root)
    except OSError as error:
        return f"cannot read content folder: {_reason(error)}"
    return None


def toml_files(folder: Path) -> Tuple[List[Path], List[Problem]]:
    """The .toml files under `folder`, sorted, and a problem for each folder that could not be
    read (rglob would skip those without a word). Symlinked folders are not entered (no loops)."""
    found: List[Path] = []
    problems: List[Problem] = []

    def walk(current: Path) -> None:
        try:
            with os.scandir(current) as listing:
                items = sorted(listing, key=lambda item: item.name)
        except OSError as error:
            problems.append(Problem(current, None, None, ERROR, f"cannot read folder: {_reason(error)}"))
            return
        for item in items:
            path = current / item.name
            try:
                is_folder = item.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                walk(path)
            elif item.name.endswith(".toml"):
                found.append(path)

    walk(folder)
    return sorted(found), problems


def read_manifest(root: Path) -> Manifest:
    manifest = Manifest()
    path = root / MANIFEST
    problem = content_folder_problem(root)
    if problem is not None:
        manifest.problems.append(Problem(root, None, None, ERROR, problem))
        return manifest
    try:
        exists = _mode(path) is not None
    except OSError:
        exists = True  # read_toml says why it cannot be read
    file = read_toml(path) if exists else None
    if file is None:
        manifest.problems.append(
            Problem(path, None, None, ERROR, "guide.toml is missing; using the language folders found")
        )
    elif file.data is not None and _check_format(file, required=True):
        _read_manifest_keys(file, file.data, manifest)
    if file is not None:
        manifest.problems.extend(file.problems)
    if not manifest.languages:
        manifest.languages = [
            Language(p.name, KNOWN_LANGUAGE_NAMES.get(p.name, p.name)) for p in _subfolders(root) if len(p.name) == 2
        ]
        codes = [language.code for language in manifest.languages]
        if codes and manifest.default_language not in codes:
            manifest.default_language = codes[0]
    return manifest


def _subfolders(root: Path) -> List[Path]:
    try:
        with os.scandir(root) as listing:
            return sorted(root / item.name for item in listing if item.is_dir())
    except OSError:
        return []  # content_folder_problem has said so


def _read_manifest_keys(file: TomlFile, data: Dict[str, Any], manifest: Manifest) -> None:
    keys = {
        "format": (lambda f, p, v: v, True),
        "default_language": (text, True),
        "home": (identifier, False),
        "languages": (_languages, True),
    }
    try:
        values = check_keys(file, (), data, keys)
    except Invalid:
        return
    manifest.languages = values["languages"]
    manifest.default_language = values["default_language"]
    manifest.home = values.get("home", manifest.home)
    codes = [language.code for language in manifest.languages]
    if manifest.default_language not in codes:
        file.problem(
            ERROR,
            ("default_language",),
            f"default_language '{manifest.default_language}' is not in [[languages]]",
            did_you_mean(manifest.default_language, codes),
        )
        manifest.default_language = codes[0] if codes else "en"


def _languages(file: TomlFile, path: KeyPath, value: Any) -> List[Language]:
    if not isinstance(value, list) or not value:
        file.problem(ERROR, path, "'languages' must be a list of [[languages]] tables with code and name")
        raise Invalid()
    languages: List[Language] = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            file.problem(ERROR, path + (index,), "each [[languages]] entry needs code and name")
            continue
        try:
            values = check_keys(
                file, path + (index,), item, {"code": (identifier, True), "name": (text, True), "prompt": (text, False)}
            )
        except Invalid:
            continue
        if any(language.code == values["code"] for language in languages):
            file.problem(
                ERROR, path + (index, "code"), f"language '{values['code']}' is listed twice; the second is left out"
            )
            continue
        languages.append(Language(values["code"], values["name"], values.get("prompt", "")))
    return languages


def load_language(root: Path, code: str, today: dt.date) -> LanguageContent:
    """Every file of one language folder; problems are kept in `LanguageContent.problems`."""
    content = LanguageContent(code)
    folder = root / code
    problem = content_folder_problem(folder)
    if problem is not None:
        problem = problem.replace("content folder not found", f"language folder '{code}' not found")
        content.problems.append(Problem(folder, None, None, ERROR, problem.replace("content folder", "folder")))
        return content
    paths, content.problems = toml_files(folder)
    for path in paths:
        file = read_toml(path)
        if file.data is not None and _check_format(file):
            if path.name == STRINGS:
                content.strings.update(_strings(file, file.data))
            else:
                entry = _entry(file, file.data, code, today)
                if entry is not None:
                    _add(content, entry, file)
        content.problems.extend(file.problems)
    return content


def load_strings(root: Path, code: str) -> Dict[str, str]:
    """Only the interface strings of a language (problems are reported when it is loaded)."""
    path = root / code / STRINGS
    if not path.is_file():
        return {}
    file = read_toml(path)
    return _strings(file, file.data) if file.data is not None else {}


def _strings(file: TomlFile, data: Dict[str, Any]) -> Dict[str, str]:
    strings: Dict[str, str] = {}
    for key in data:
        if key not in ("format", "strings"):
            file.problem(WARNING, (key,), f"unknown key '{key}' is ignored", "put interface text under [strings]")
    table = data.get("strings", {})
    if not isinstance(table, dict):
        file.problem(ERROR, ("strings",), "'strings' must be a table: [strings]")
        return strings
    for key, value in table.items():
        if key not in DEFAULT_STRINGS:
            file.problem(
                WARNING, ("strings", key), f"unknown interface string '{key}'", did_you_mean(key, DEFAULT_STRINGS)
            )
            continue
        try:
            found = text(file, ("strings", key), value)
        except Invalid:
            continue
        problem = placeholder_problem(found)
        if problem is not None:
            file.problem(ERROR, ("strings", key), f"interface string '{key}': {problem}; the default text is used")
            continue
        strings[key] = found
    return strings


def _entry(file: TomlFile, data: Dict[str, Any], code: str, today: dt.date) -> Optional[Entry]:
    """The entry a file describes, or None (with the problem recorded) when it must be skipped."""
    name = data.get("kind")
    if name is None:
        file.problem(ERROR, (), "missing 'kind', for example kind = \"page\"", f"kinds: {', '.join(KINDS)}")
        return None
    kind = KINDS.get(name) if isinstance(name, str) else None
    if kind is None:
        file.problem(
            ERROR, ("kind",), f"unknown kind '{name}'", did_you_mean(str(name), KINDS) or f"kinds: {', '.join(KINDS)}"
        )
        return None
    try:
        values = check_keys(file, (), data, kind.keys)
    except Invalid:
        return None
    values.pop("format", None)
    entry: Entry = kind.model(lang=code, path=file.path, **values)
    if kind.check is not None and not kind.check(entry, file, today):
        return None
    check_entry_mistakes(entry, file)
    return entry


def _add(content: LanguageContent, entry: Entry, file: TomlFile) -> None:
    other = content.entries.get(entry.id)
    if other is not None:
        file.problem(
            ERROR,
            ("id",),
            f"duplicate id '{entry.id}': {other.path} already uses it; this file is skipped",
            "give each file its own id",
        )
        return
    content.entries[entry.id] = entry
    content.files[entry.id] = file
