"""Live reload for `guide-tui --watch`: notice edited content files and read the guide again,
keeping the last good version of an entry whose file now has errors, so a volunteer can
preview an edit in one terminal while typing in another."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

from .guide import Guide
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


def reload_guide(old: Guide) -> Tuple[Guide, List[Problem]]:
    """The guide read again from the same folder, and the errors it now has.

    An entry that the old guide had and the new one lost because its file has errors is
    kept as it was."""
    new = Guide(old.root, old.today)
    for code in old.loaded_languages:
        content, before = new.content(code), old.content(code)
        broken = {problem.path for problem in content.problems if problem.is_error}
        for entry_id, entry in before.entries.items():
            if entry_id not in content.entries and entry.path in broken:
                content.entries[entry_id] = entry
                content.files[entry_id] = before.files[entry_id]
    return new, [problem for problem in new.problems if problem.is_error]
