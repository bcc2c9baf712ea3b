"""The guide a program asks questions of: which languages, find an entry, strings, paths.

Content is read on first use: a language's file names when it is first asked for, an entry's
file when the entry is (so start-up does not grow with the content); `guide-tui check` reads
everything with `load_all()`. `problems` holds what the files read so far have shown.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Dict, List, Optional

from .interface import DEFAULT_STRINGS
from .layers import layer_of, local_folder_problems, replacement_problems
from .loader import LanguageFolder, content_folder_problem, load_strings, read_manifest
from .model import Found, LanguageContent, Menu
from .problems import Problem
from .strings import Strings

CONTENT_ENV = "GUIDE_TUI_CONTENT"


def bundled_content() -> Path:
    """The content shipped in the wheel, or the repository's `content/` when run from source."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "bundled_content"
    return installed if installed.is_dir() else package.parent / "content"


def default_content_dir(explicit: Optional[str] = None) -> Path:
    return Path(explicit or os.environ.get(CONTENT_ENV) or bundled_content())


class Guide:
    def __init__(self, root: Path, today: Optional[dt.date] = None, local: Optional[Path] = None) -> None:
        """The content in `root`, with the local additions in `local` over it (layers.py)."""
        self.root = Path(root)
        self.local = Path(local) if local is not None else None
        self._local_unusable = content_folder_problem(self.local) if self.local is not None else None
        self.today = today or dt.date.today()  # for "may be out of date"; fixed in tests
        manifest = read_manifest(self.root)
        self.languages = manifest.languages
        self.default_language = manifest.default_language
        self.home = manifest.home
        self._manifest_problems = manifest.problems
        self._loaded: Dict[str, LanguageContent] = {}
        self._cross_file: List[Problem] = []
        self._strings_only: Dict[str, Dict[str, str]] = {}  # strings.toml of languages not loaded

    @property
    def problems(self) -> List[Problem]:
        """Problems found so far: the manifest's, those of each file read so far, and (after
        `load_all`, which reads every file) those across files."""
        problems = self.folder_problems()
        # In the manifest's order of languages, whichever was read first.
        codes = [c for c in self.language_codes if c in self._loaded]
        for code in codes + [c for c in self._loaded if c not in codes]:
            problems += self._loaded[code].problems
        return problems + self._cross_file

    def folder_problems(self) -> List[Problem]:
        """The problems of guide.toml and of the local folder itself, first in `problems`."""
        problems = list(self._manifest_problems)
        if self.local is not None and self._local_unusable is not None:
            problems += local_folder_problems(self.local, self._local_unusable, ())
        return problems

    def load_all(self) -> List[Problem]:
        """Load every language and run the checks across files; return all problems.

        Running it again gives the same list."""
        from .validate import check_guide  # only `check` and tests: not imported at start-up

        contents = {code: self.content(code) for code in self.language_codes}
        if self.default_language not in contents:
            contents[self.default_language] = self.content(self.default_language)
        self._cross_file = check_guide(self.root, contents, self.default_language, self.home, self.today)
        self._cross_file += self.local_folder_checks()
        for content in contents.values():
            if isinstance(content, LanguageFolder):
                shown = {i: f.path for i, f in content.files.parsed.items()}
                self._cross_file += replacement_problems(content.replaced, shown)
        return self.problems

    def local_folder_checks(self) -> List[Problem]:
        """What a usable local folder holds that is never read (part of `load_all`'s checks)."""
        if self.local is not None and self._local_unusable is None:
            return local_folder_problems(self.local, None, self.language_codes)
        return []

    def layer(self, path: Path) -> str:
        """Which layer a problem's file is in: "local" or "bundled"."""
        return layer_of(path, self.local)

    # -- languages ------------------------------------------------------------------------
    @property
    def loaded_languages(self) -> List[str]:
        """The languages read so far (the reader's and the fallback, in the app)."""
        return list(self._loaded)

    @property
    def language_codes(self) -> List[str]:
        return [language.code for language in self.languages]

    def language_name(self, code: str) -> str:
        for language in self.languages:
            if language.code == code:
                return language.name
        return code

    def content(self, code: str) -> LanguageContent:
        """A language, its entries read as they are asked for (loader.LanguageFolder)."""
        if code not in self._loaded:
            fallback = self.content(self.default_language) if code != self.default_language else None
            local = self.local if self._local_unusable is None else None
            self._loaded[code] = LanguageFolder(self.root, code, self.today, fallback, local)
        return self._loaded[code]

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
        return list(self.content(code).readable(self.content(self.default_language)))

    def strings(self, code: str) -> Strings:
        """The interface strings of `code` over the default language's. Read from the two
        strings.toml files alone when a language is not loaded yet: the language screen needs
        no entry."""
        merged = Strings(DEFAULT_STRINGS)
        merged.update(self._strings_of(self.default_language))
        if code != self.default_language:
            merged.update(self._strings_of(code))
        return merged

    def _strings_of(self, code: str) -> Dict[str, str]:
        if code in self._loaded:
            return self._loaded[code].strings
        if code not in self._strings_only:
            strings = load_strings(self.root, code)
            if self.local is not None and self._local_unusable is None:
                try:
                    strings.update(load_strings(self.local, code))
                except OSError:  # told when the language is loaded
                    pass
            self._strings_only[code] = strings
        return self._strings_only[code]

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
                if child == entry_id:  # found without reading the menu's other items
                    return path + [child]
                if child not in seen:
                    seen.add(child)
                    queue.append(path + [child])
        return [start, entry_id] if entry_id != start else [start]


def load_guide(root: Optional[Path] = None, today: Optional[dt.date] = None, local: Optional[Path] = None) -> Guide:
    return Guide(Path(root) if root is not None else default_content_dir(), today, local)
