"""Live reload for `guide-tui --watch`: notice edited content files and read the guide again,
keeping the last good version of an entry whose file now has errors, so a volunteer can
preview an edit in one terminal while typing in another."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Iterable, List, Tuple

from .guide import Guide
from .mistakes import file_id
from .problems import Problem

Snapshot = Dict[Path, int]


def snapshot(root: Path) -> Snapshot:
    """Each content file under `root` with its modification time."""
    times: Snapshot = {}
    for path in root.rglob("*.toml"):
        try:
            times[path] = path.stat().st_mtime_ns
        except OSError:  # removed while we looked
            continue
    return times


def reload_guide(old: Guide, changed: Iterable[Path] = ()) -> Tuple[Guide, List[Problem]]:
    """The guide read again from the same folder, and the errors it now has.

    The new guide reads again the entries the old one had read, and the `changed` files (so
    an error in an edited file is told even before its entry is opened); an entry that the old
    guide had and the new one lost because its file has errors is kept as it was."""
    new = Guide(old.root, old.today)
    edited = {str(path) for path in changed}
    for code in old.loaded_languages:
        content, before = new.content(code), old.content(code)
        for path in sorted(edited):
            if Path(path).parent.is_relative_to(new.root / code):
                content.entries.get(file_id(Path(path).name))
        for entry_id, entry in before.entries.parsed.items():
            if entry_id in content.entries or entry.path is None:
                continue
            if any(problem.is_error and problem.path == entry.path for problem in content.problems):
                content.entries[entry_id] = entry
                content.files[entry_id] = before.files.parsed[entry_id]
    return new, [problem for problem in new.problems if problem.is_error]
