"""Reading a content folder: the manifest, and one language's files into a `LanguageContent`.

Loading only reads and builds: each problem found on the way is recorded with its file and
line. Checks that need more than one file are in validate.py and run over what was loaded;
the `Guide` (guide.py) decides when to load what. The modules that only reading entries needs
(kinds, mistakes, references) are imported where used: the language screen reads only the
manifest and strings, and each import costs start-up time.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from .interface import DEFAULT_STRINGS
from .model import Entry, HelpEntry, Language, LanguageContent
from .problems import ERROR, WARNING, Problem
from .records import Record, record
from .schema import FORMAT_VERSION, ID_PATTERN, Invalid, check_keys, did_you_mean, identifier, text
from .strings import placeholder_problem
from .tomlfile import KeyPath, TomlFile, read_toml

MANIFEST = "guide.toml"
STRINGS = "strings.toml"
KNOWN_LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English", "de": "Deutsch"}


@record
class Manifest(Record):
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


def toml_files(folder: Path) -> Tuple[List[str], List[Problem]]:
    """The .toml files under `folder` in sorted order (as `sorted()` sorts their paths), and a
    problem for each folder that could not be read (rglob would skip those without a word).
    Symlinked folders are not entered (no loops). Paths are plain strings: building a Path for
    each of thousands of files would cost more than the walk."""
    found: List[str] = []
    problems: List[Problem] = []

    def walk(current: str) -> None:
        try:
            with os.scandir(current) as listing:
                items = sorted(listing, key=lambda item: item.name)
        except OSError as error:
            problems.append(Problem(Path(current), None, None, ERROR, f"cannot read folder: {_reason(error)}"))
            return
        for item in items:
            try:
                is_folder = item.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                walk(item.path)
            elif item.name.endswith(".toml"):
                found.append(item.path)

    walk(str(folder))
    return found, problems


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


class LanguageFolder(LanguageContent):
    """One language folder, read on demand.

    At first only the file names are read (an entry's id is its file name) and strings.toml;
    each entry's file is parsed, and its references filled in, the first time it is asked for.
    Going through all entries reads every file, in the same order and with the same problems
    as reading them all at once."""

    def __init__(
        self,
        root: Path,
        code: str,
        today: dt.date,
        fallback: Optional[LanguageContent],
        local: Optional[Path] = None,
    ) -> None:
        super().__init__(code)
        self._today = today
        self._fallback = fallback
        self._head: List[Problem] = []  # problems with the folder itself
        self._order: Dict[str, int] = {}  # every file, in reading order
        self._named: Dict[str, List[str]] = {}  # id -> the files named after it
        self._read: Dict[str, TomlFile] = {}  # the files read so far
        self._references: Dict[str, List[Problem]] = {}  # an entry's file -> its reference problems
        self._all_parsed = False
        self._all_read = False
        # id -> (the local file, the bundled files it replaces): see layers.py
        self.replaced: Dict[str, Tuple[str, List[str]]] = {}
        folder = root / code
        problem = content_folder_problem(folder)
        paths: List[str] = []
        if problem is not None:
            problem = problem.replace("content folder not found", f"language folder '{code}' not found")
            self._head.append(Problem(folder, None, None, ERROR, problem.replace("content folder", "folder")))
        else:
            paths, self._head = toml_files(folder)
        local_paths: List[str] = []
        if local is not None and content_folder_problem(local / code) != "content folder not found":
            local_paths, unreadable = toml_files(local / code)  # a local folder may leave out a language
            self._head += unreadable
        named, strings = self._index(local_paths)
        bundled, bundled_strings = self._index(paths)
        for name, found in bundled.items():
            if name in named:  # the local file is read; the bundled one only if it cannot be
                self.replaced[name] = (named[name][0], found)
            else:
                named[name] = found
        self._named = named
        self._order = {path: index for index, path in enumerate(local_paths + paths)}
        for path in bundled_strings + strings:  # local interface strings over the bundled ones
            self._parse(path)

    @staticmethod
    def _index(paths: List[str]) -> Tuple[Dict[str, List[str]], List[str]]:
        """The files named after each id, and the strings.toml files. Thousands of files, so
        plain string work only."""
        from .mistakes import file_id

        named: Dict[str, List[str]] = {}
        strings: List[str] = []
        for path in paths:
            name = path[path.rfind(os.sep) + 1 : -5]
            if name == "strings":
                strings.append(path)
            elif name in named:
                named[name].append(path)
            elif name.islower() and "_" not in name:
                named[name] = [path]
            else:  # a name such as Grooming.toml or lock_account.toml
                named.setdefault(file_id(name + ".toml"), []).append(path)
        return named, strings

    @property
    def file_count(self) -> int:
        """The content files of this language (local ones too), read or not."""
        return len(self._order)

    @property
    def problems(self) -> List[Problem]:
        problems = list(self._head)
        read = sorted(self._read, key=self._order.__getitem__)
        for path in read:
            problems += self._read[path].problems
        for path in read:
            problems += self._references.get(path, [])
        return problems

    def _parse(self, path: str) -> None:
        file = read_toml(Path(path))
        self._read[path] = file
        if file.data is not None and _check_format(file):
            if file.path.name == STRINGS:
                self.strings.update(_strings(file, file.data))
            else:
                entry = _entry(file, file.data, self.code, self._today)
                if entry is not None:
                    self._add(entry, file)

    def _add(self, entry: Entry, file: TomlFile) -> None:
        from .mistakes import blamed_copy, shown_path

        other_file = self.files.parsed.get(entry.id)
        if other_file is None:
            self.unresolved.parsed[entry.id] = entry
            self.files.parsed[entry.id] = file
            return
        # Two files of one name: the copy is named as the problem, never the original.
        skipped, why = blamed_copy(other_file.path, file.path)
        kept, blamed = (other_file, file) if skipped == file.path else (file, other_file)
        if kept is file:
            self.unresolved.parsed[entry.id] = entry
            self.files.parsed[entry.id] = file
        blamed.problem(
            ERROR,
            ("id",),
            f"duplicate id '{entry.id}': {shown_path(kept.path, self.code)} has it too and keeps it; "
            f"this file is skipped because {why}",
            "give each file its own name, or delete it if it is a copy",
        )

    def parse_entry(self, entry_id: str) -> None:
        # Every file of that name, so which one keeps the id does not depend on what was read first.
        for path in self._named.get(entry_id, ()):
            if path not in self._read:
                self._parse(path)
        if entry_id in self.replaced and entry_id not in self.files.parsed:  # no local file could be read
            for path in self.replaced[entry_id][1]:
                if path not in self._read:
                    self._parse(path)

    def parse_all(self) -> None:
        if self._all_parsed:
            return
        replaced = {path for _, bundled in self.replaced.values() for path in bundled}
        for path in self._order:
            if path not in self._read and path not in replaced:
                self._parse(path)
        for entry_id in self.replaced:  # a local file that could not be read: the bundled entry
            self.parse_entry(entry_id)
        ids = sorted(self.files.parsed, key=lambda entry_id: self._order[str(self.files.parsed[entry_id].path)])
        self.unresolved.parsed = {entry_id: self.unresolved.parsed[entry_id] for entry_id in ids}
        self.files.parsed = {entry_id: self.files.parsed[entry_id] for entry_id in ids}
        self._all_parsed = True

    def read_entry(self, entry_id: str) -> None:
        self.parse_entry(entry_id)
        entry = self.unresolved.parsed.get(entry_id)
        if entry is None or entry_id in self.entries.parsed:
            return
        file = self.files.parsed[entry_id]
        from .references import resolve_entry

        resolved, problems = resolve_entry(entry, file, self._helper, self._helper_ids)
        self.entries.parsed[entry_id] = resolved
        self._references[str(file.path)] = problems

    def read_all(self) -> None:
        if self._all_read:
            return
        self.parse_all()
        for entry_id in self.unresolved.parsed:
            self.read_entry(entry_id)
        order = list(self.unresolved.parsed) + [i for i in self.entries.parsed if i not in self.unresolved.parsed]
        self.entries.parsed = {i: self.entries.parsed[i] for i in order if i in self.entries.parsed}
        self._all_read = True

    def _helper(self, entry_id: str) -> Optional[HelpEntry]:
        """The help entry a reference finds: this language's as written, else the fallback's."""
        entry = self.unresolved.get(entry_id)
        if entry is None and self._fallback is not None:
            entry = self._fallback.entries.get(entry_id)
        return entry if isinstance(entry, HelpEntry) else None

    def _helper_ids(self) -> List[str]:
        readable = dict(self.unresolved)
        if self._fallback is not None:
            readable.update({i: e for i, e in self._fallback.entries.items() if i not in readable})
        return [i for i, e in readable.items() if isinstance(e, HelpEntry)]


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
    from .kinds import KINDS
    from .mistakes import check_entry_mistakes, file_id

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
    if "id" not in values:
        if "id" in data:
            return None  # a wrong id: check_keys said why
        values["id"] = file_id(file.path.name)
        if not ID_PATTERN.fullmatch(values["id"]):
            file.problem(
                ERROR,
                (),
                f"the file name '{file.path.name}' cannot be an id",
                "name the file with lower-case letters, digits and '-', such as my-page.toml",
            )
            return None
    entry: Entry = kind.model(lang=code, path=file.path, **values)
    if kind.check is not None and not kind.check(entry, file, today):
        return None
    if not check_entry_mistakes(entry, file):
        return None
    return entry
