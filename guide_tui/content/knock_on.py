"""Knock-on problems folded into the error that causes them.

A file that fails to load leaves its id missing, and that shows up elsewhere as "no fr
translation", "links to 'x', which does not exist" or "the guide needs an entry with id 'x'".
Those problems carry what they are about (`Problem.absent`); here each one explained by a file
that failed to load becomes a few words on that file's first error, so `check` shows the cause
once instead of its consequences first.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Dict, List, Mapping, Tuple

from .mistakes import file_id
from .model import LanguageContent
from .problems import Problem

STRINGS = "strings.toml"


def failed_files(contents: Mapping[str, LanguageContent]) -> Dict[Tuple[str, str], Path]:
    """(language, id) -> the file meant to define that id, for each content file that has an
    error and gave no entry, where no other file gave it. A file's id is its name."""
    failed: Dict[Tuple[str, str], Path] = {}
    for code, content in contents.items():
        loaded = {file.path for file in content.files.values()}
        for problem in content.problems:
            path = Path(problem.path)
            if problem.is_error and path.suffix == ".toml" and path.name != STRINGS and path not in loaded:
                meant = file_id(path.name)
                if meant not in content.entries:  # a duplicate: its id is there, from another file
                    failed.setdefault((code, meant), path)
    return failed


def fold_knock_ons(
    problems: List[Problem], contents: Mapping[str, LanguageContent], default_language: str
) -> List[Problem]:
    """`problems` with each knock-on of a failed file folded into that file's first error."""
    return fold_into(problems, failed_files(contents), default_language)


def fold_into(problems: List[Problem], failed: Mapping[Tuple[str, str], Path], default_language: str) -> List[Problem]:
    """`fold_knock_ons` with the failed files (`failed_files`) already found."""
    if not failed:
        return list(problems)
    effects: Dict[Path, List[str]] = {}
    kept: List[Problem] = []
    for problem in problems:
        cause = None
        if problem.absent is not None:
            absent = problem.absent
            cause = failed.get((absent.language, absent.entry_id)) or failed.get((default_language, absent.entry_id))
        if cause is None:
            kept.append(problem)
        elif problem.absent is not None and problem.absent.effect not in effects.setdefault(cause, []):
            effects[cause].append(problem.absent.effect)
    first_error: Dict[Path, int] = {}
    for index, problem in enumerate(kept):
        path = Path(problem.path)
        if problem.is_error and path in effects:
            best = first_error.get(path)
            if best is None or (problem.line or 0) < (kept[best].line or 0):
                first_error[path] = index
    for path, index in first_error.items():
        kept[index] = replace(kept[index], also=kept[index].also + tuple(effects[path]))
    return kept
