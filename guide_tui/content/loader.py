"""Turning a content folder into a `Guide`, collecting problems instead of raising.

Languages are loaded on first use: the app only parses the language the reader picked and
the fallback language; `guide-tui check` loads them all.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Dict, List, Optional

from .interface import DEFAULT_STRINGS
from .model import Checklist, Node, Entry, Found, HelpEntry, Language, LanguageContent, Menu, Page, Scenario, SelfCheck
from .problems import ERROR, WARNING, Problem
from .structure import check_structure
from .schema import FORMAT_VERSION, KINDS, Invalid, check_keys, did_you_mean, identifier, text
from .tomlfile import TomlFile, read_toml

MANIFEST = "guide.toml"
STRINGS = "strings.toml"
CONTENT_ENV = "GUIDE_TUI_CONTENT"
KNOWN_LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English", "de": "Deutsch"}
MODEL_CLASSES = {"menu": Menu, "page": Page, "help": HelpEntry, "scenario": Scenario, "selfcheck": SelfCheck,
                 "checklist": Checklist}


def bundled_content() -> Path:
    """The content shipped in the wheel, or the repository's `content/` when run from source."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "bundled_content"
    return installed if installed.is_dir() else package.parent / "content"


def default_content_dir(explicit: Optional[str] = None) -> Path:
    return Path(explicit or os.environ.get(CONTENT_ENV) or bundled_content())


def _check_format(file: TomlFile) -> bool:
    value = file.data.get("format") if file.data is not None else None
    if value is None:
        file.problem(ERROR, (), "missing 'format = 1' at the top of the file")
        return False
    if value != FORMAT_VERSION or isinstance(value, bool):
        file.problem(ERROR, ("format",), f"this file uses format {value!r}; this guide-tui reads format {FORMAT_VERSION}",
                     "update guide-tui, or write format = 1")
        return False
    return True


class Guide:
    def __init__(self, root: Path, today: Optional[dt.date] = None) -> None:
        self.root = Path(root)
        self.today = today or dt.date.today()  # for "may be out of date"; fixed in tests
        self.problems: List[Problem] = []
        self.languages: List[Language] = []
        self.default_language = "en"
        self.home = "home"
        self._loaded: Dict[str, LanguageContent] = {}
        self._read_manifest()

    # -- manifest -------------------------------------------------------------------------
    def _read_manifest(self) -> None:
        path = self.root / MANIFEST
        if not self.root.is_dir():
            self.problems.append(Problem(self.root, None, None, ERROR, "content folder not found"))
            return
        file = read_toml(path) if path.exists() else None
        if file is None:
            self.problems.append(Problem(path, None, None, ERROR, "guide.toml is missing; using the language folders found"))
        elif file.data is not None and _check_format(file):
            keys = {
                "format": (lambda f, p, v: v, True),
                "default_language": (text, True),
                "home": (identifier, False),
                "languages": (self._check_languages, True),
            }
            try:
                values = check_keys(file, (), file.data, keys)
                self.languages = values["languages"]
                self.default_language = values["default_language"]
                self.home = values.get("home", self.home)
                codes = [language.code for language in self.languages]
                if self.default_language not in codes:
                    file.problem(ERROR, ("default_language",),
                                 f"default_language '{self.default_language}' is not in [[languages]]",
                                 did_you_mean(self.default_language, codes))
                    self.default_language = codes[0] if codes else "en"
            except Invalid:
                pass
        if file is not None:
            self.problems.extend(file.problems)
        if not self.languages:
            self.languages = [Language(p.name, KNOWN_LANGUAGE_NAMES.get(p.name, p.name))
                              for p in sorted(self.root.iterdir()) if p.is_dir() and len(p.name) == 2]
            if self.languages and self.default_language not in [l.code for l in self.languages]:
                self.default_language = self.languages[0].code

    @staticmethod
    def _check_languages(file: TomlFile, path, value) -> List[Language]:
        if not isinstance(value, list) or not value:
            file.problem(ERROR, path, "'languages' must be a list of [[languages]] tables with code and name")
            raise Invalid()
        languages = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                file.problem(ERROR, path + (index,), "each [[languages]] entry needs code and name")
                continue
            try:
                values = check_keys(file, path + (index,), item, {"code": (identifier, True), "name": (text, True), "prompt": (text, False)})
            except Invalid:
                continue
            languages.append(Language(values["code"], values["name"], values.get("prompt", "")))
        return languages

    # -- languages ------------------------------------------------------------------------
    @property
    def language_codes(self) -> List[str]:
        return [language.code for language in self.languages]

    def language_name(self, code: str) -> str:
        for language in self.languages:
            if language.code == code:
                return language.name
        return code

    def content(self, code: str) -> LanguageContent:
        if code not in self._loaded:
            self._loaded[code] = self._load_language(code)
        return self._loaded[code]

    def load_all(self) -> List[Problem]:
        """Load every language and run the cross-file checks; return all problems."""
        from .validate import validate_guide

        for code in self.language_codes:
            self.content(code)
        self.problems.extend(validate_guide(self))
        return self.problems

    def _load_language(self, code: str) -> LanguageContent:
        content = LanguageContent(code)
        folder = self.root / code
        if not folder.is_dir():
            self.problems.append(Problem(folder, None, None, ERROR, f"language folder '{code}' not found"))
            return content
        for path in sorted(folder.rglob("*.toml")):
            file = read_toml(path)
            if file.data is not None and _check_format(file):
                if path.name == STRINGS:
                    content.strings.update(self._strings(file))
                else:
                    entry = self._entry(file, code)
                    if entry is not None and check_structure(entry, file, self.today):
                        self._add(content, entry, file)
            self.problems.extend(file.problems)
        from .validate import validate_links

        self.problems.extend(validate_links(self, content))
        return content

    @staticmethod
    def _strings(file: TomlFile) -> Dict[str, str]:
        strings: Dict[str, str] = {}
        for key in file.data:
            if key not in ("format", "strings"):
                file.problem(WARNING, (key,), f"unknown key '{key}' is ignored", "put interface text under [strings]")
        table = file.data.get("strings", {})
        if not isinstance(table, dict):
            file.problem(ERROR, ("strings",), "'strings' must be a table: [strings]")
            return strings
        for key, value in table.items():
            if key not in DEFAULT_STRINGS:
                file.problem(WARNING, ("strings", key), f"unknown interface string '{key}'",
                             did_you_mean(key, DEFAULT_STRINGS))
                continue
            try:
                strings[key] = text(file, ("strings", key), value)
            except Invalid:
                pass
        return strings

    @staticmethod
    def _entry(file: TomlFile, code: str) -> Optional[Entry]:
        kind = file.data.get("kind")
        if kind is None:
            file.problem(ERROR, (), "missing 'kind', for example kind = \"page\"", f"kinds: {', '.join(KINDS)}")
            return None
        if not isinstance(kind, str) or kind not in KINDS:
            file.problem(ERROR, ("kind",), f"unknown kind '{kind}'",
                         did_you_mean(str(kind), KINDS) or f"kinds: {', '.join(KINDS)}")
            return None
        try:
            values = check_keys(file, (), file.data, KINDS[kind])
        except Invalid:
            return None
        del values["format"]
        if kind == "selfcheck":
            values["nodes"] = _unique_nodes(file, values["nodes"])
        return MODEL_CLASSES[kind](lang=code, path=file.path, **values)

    @staticmethod
    def _add(content: LanguageContent, entry: Entry, file: TomlFile) -> None:
        other = content.entries.get(entry.id)
        if other is not None:
            file.problem(ERROR, ("id",), f"duplicate id '{entry.id}': {other.path} already uses it; this file is skipped",
                         "give each file its own id")
            return
        content.entries[entry.id] = entry

    # -- lookups ----------------------------------------------------------------------------
    def find(self, entry_id: str, code: str) -> Optional[Found]:
        entry = self.content(code).entries.get(entry_id)
        if entry is not None:
            return Found(entry)
        if code != self.default_language:
            entry = self.content(self.default_language).entries.get(entry_id)
            if entry is not None:
                return Found(entry, fallback=True)
        return None

    def entry_ids(self, code: str) -> List[str]:
        """Every id a reader of `code` can open: their language's, then the fallback's."""
        ids = list(self.content(code).entries)
        if code != self.default_language:
            ids += [i for i in self.content(self.default_language).entries if i not in self.content(code).entries]
        return ids

    def strings(self, code: str) -> Dict[str, str]:
        merged = dict(DEFAULT_STRINGS)
        merged.update(self.content(self.default_language).strings)
        if code != self.default_language:
            merged.update(self.content(code).strings)
        return merged

    def path_to(self, entry_id: str, code: str) -> List[str]:
        """Ids of the menus from home down to `entry_id` (breadth-first through menus only, so
        the shortest path a reader could click; [home, id] when no menu lists it)."""
        start = self.home
        queue: List[List[str]] = [[start]]
        seen = {start}
        while queue:
            path = queue.pop(0)
            if path[-1] == entry_id:
                return path
            found = self.find(path[-1], code)
            if found is None or not isinstance(found.entry, Menu):
                continue
            for child in found.entry.items:
                if child not in seen:
                    seen.add(child)
                    queue.append(path + [child])
        return [start, entry_id] if entry_id != start else [start]


def _unique_nodes(file: TomlFile, nodes) -> Dict[str, "Node"]:
    by_id: Dict[str, Node] = {}
    for index, node in enumerate(nodes):
        if node.id in by_id:
            file.problem(ERROR, ("nodes", index, "id"), f"duplicate node id '{node.id}'; this node is ignored")
        else:
            by_id[node.id] = node
    return by_id


def load_guide(root: Optional[Path] = None, today: Optional[dt.date] = None) -> Guide:
    return Guide(Path(root) if root is not None else default_content_dir(), today)
