"""Local additions: a site's own entries in a folder laid over the bundled content.

A library or school keeps its own help entries, pages and menus in a folder with the layout
of content/ (nl/, fr/, en/, ...), named by the site configuration (`local_content`), by
`--local DIR` or by $GUIDE_TUI_LOCAL. Nothing in the installed package is edited:

- an id (a file name) that only the local folder has is added to the guide;
- an id that the bundled content has too is replaced by the local file (`check` warns, naming
  both files); if the local file cannot be read, the bundled entry is shown;
- a local strings.toml replaces single interface strings;
- a local guide.toml is not read: languages and the home page come from the bundled guide.

Every problem is placed in a file, and the file tells its layer: "local" or "bundled".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, List, Mapping, Optional, Tuple

from .problems import ERROR, WARNING, Problem

LOCAL_ENV = "GUIDE_TUI_LOCAL"
BUNDLED = "bundled"
LOCAL = "local"
MANIFEST = "guide.toml"


def local_content_dir(explicit: Optional[str] = None, site_value: Optional[str] = None) -> Optional[Path]:
    """The local folder: `--local`, else $GUIDE_TUI_LOCAL, else the site configuration's
    `local_content`; None when none is named."""
    value = explicit or os.environ.get(LOCAL_ENV) or site_value
    return Path(value).expanduser() if value else None


def layer_of(path: Path, local: Optional[Path]) -> str:
    """ "local" for a problem in a file of the local folder, else "bundled"."""
    if local is not None:
        try:
            Path(path).relative_to(local)
            return LOCAL
        except ValueError:
            pass
    return BUNDLED


def local_folder_problems(local: Path, unusable: Optional[str], codes: Iterable[str]) -> List[Problem]:
    """What is wrong with the local folder as a whole; `unusable` is why it cannot be read."""
    if unusable is not None:
        what = "local folder not found" if unusable == "content folder not found" else unusable
        return [
            Problem(
                local,
                None,
                None,
                ERROR,
                f"{what.replace('content folder', 'local folder')}; the guide shows the bundled content only",
                "check 'local_content' in the site configuration ('guide-tui locate' shows where it is)",
            )
        ]
    problems: List[Problem] = []
    if _is_file(local / MANIFEST):
        problems.append(
            Problem(
                local / MANIFEST,
                None,
                None,
                WARNING,
                "a local guide.toml is not read: the languages and the home page come from the bundled guide",
                "delete it; put entries in the language folders (nl/, fr/, en/, ...)",
            )
        )
    named = set(codes)
    try:
        with os.scandir(local) as listing:
            folders = sorted(item.name for item in listing if item.is_dir())
    except OSError:
        folders = []
    for name in folders:
        if name not in named:
            problems.append(
                Problem(
                    local / name,
                    None,
                    None,
                    WARNING,
                    f"the local folder '{name}' is not a language of the guide, so its files are never shown",
                    "local entries go in a language folder: " + ", ".join(sorted(named)),
                )
            )
    return problems


def replacement_problems(replaced: Mapping[str, Tuple[str, List[str]]], shown: Mapping[str, Path]) -> List[Problem]:
    """A notice for each bundled entry a local file replaces (`replaced`: id -> (local file,
    bundled files)); `shown` is the file each id was read from (a broken local file leaves
    the bundled entry shown, and its own error says so)."""
    problems = []
    for entry_id, (local_file, bundled) in replaced.items():
        if str(shown.get(entry_id, "")) == local_file:
            problems.append(
                Problem(
                    Path(local_file),
                    None,
                    None,
                    WARNING,
                    f"replaces the bundled entry '{entry_id}' from {bundled[0]}",
                    "the guide shows this file instead; delete it to show the bundled entry again",
                )
            )
    return problems


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False
