"""Everything `guide-tui check` reports, in the order it reports it.

On big content the languages other than the default one are checked side by side in forked
processes (forked.py), each sending back only its problems, while this process checks the
default language, which it loads first since every other language falls back to it. The
problems are the same, in the same order, as when everything is loaded here (`Guide.load_all`).
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from .forked import can_fork, side_by_side
from .guide import Guide
from .knock_on import failed_files, fold_into, fold_knock_ons
from .layers import replacement_problems
from .loader import LanguageFolder
from .model import LanguageContent
from .problems import Problem
from .records import compile_inits
from .validate import check_folders_and_required, check_language, check_translation

# Content files in the languages other than the default one from which they are checked side
# by side: below, starting the processes costs more than it saves (bench: check at 1x, 10x).
SIDE_BY_SIDE_FROM = 500


@dataclass
class LanguageReport:
    """One language's share of `check`'s problems, kept apart to be put in order."""

    files: List[Problem]  # its files' own problems
    checks: List[Problem]  # validate.check_language
    translation: List[Problem]  # against the default language (none for the default itself)
    replaced: List[Problem]  # local files that replace bundled ones
    failed: Dict[Tuple[str, str], Path]  # knock_on.failed_files


def check_problems(guide: Guide) -> List[Problem]:
    """`guide.load_all()`, with knock-ons folded into the errors that cause them.

    Python's cycle collector is off meanwhile: loading makes millions of objects that all stay
    to the end, none of them in a cycle, and each collection walks more of them for nothing
    (100x content: a fifth of the time, the same peak memory)."""
    collecting = gc.isenabled()
    gc.disable()
    compile_inits()
    try:
        return _check_problems(guide)
    finally:
        if collecting:
            gc.enable()


def _check_problems(guide: Guide) -> List[Problem]:
    codes = _codes(guide)
    others = [code for code in codes if code != guide.default_language]
    if not can_fork() or sum(_file_count(guide.content(code)) for code in others) < SIDE_BY_SIDE_FROM:
        found = guide.load_all()
        contents = {code: guide.content(code) for code in guide.loaded_languages}
        return fold_knock_ons(found, contents, guide.default_language)
    default = guide.content(guide.default_language)
    default.read_all()  # before the children start: they all need it

    def here() -> Tuple[LanguageReport, List[Problem]]:
        return _report(guide, guide.default_language), check_folders_and_required(
            guide.root, codes, default, guide.home
        )

    reports, (default_report, folders) = side_by_side([_task(guide, code) for code in others], here)
    by_code = dict(zip(others, reports))
    by_code[guide.default_language] = default_report
    in_order = [by_code[code] for code in codes]
    problems = guide.folder_problems()
    for report in in_order:
        problems += report.files
    for report in in_order:
        problems += report.checks
    problems += folders
    for report in in_order:
        problems += report.translation
    problems += guide.local_folder_checks()
    for report in in_order:
        problems += report.replaced
    failed: Dict[Tuple[str, str], Path] = {}
    for report in in_order:
        failed.update(report.failed)
    return fold_into(problems, failed, guide.default_language)


def _codes(guide: Guide) -> List[str]:
    """The languages in the order of `Guide.load_all`: the manifest's, then the default one."""
    codes = guide.language_codes
    return codes + ([guide.default_language] if guide.default_language not in codes else [])


def _file_count(content: LanguageContent) -> int:
    return content.file_count if isinstance(content, LanguageFolder) else 0


def _task(guide: Guide, code: str) -> "Callable[[], LanguageReport]":
    return lambda: _report(guide, code)


def _report(guide: Guide, code: str) -> LanguageReport:
    """Everything `check` says about one language, loaded and checked in this process."""
    content = guide.content(code)
    default: Optional[LanguageContent] = None
    translation: List[Problem] = []
    if code != guide.default_language:
        default = guide.content(guide.default_language)
    checks = check_language(content, default, guide.today)
    if default is not None:
        translation = check_translation(guide.root, content, default, {})
    replaced: List[Problem] = []
    if isinstance(content, LanguageFolder):
        replaced = replacement_problems(content.replaced, {i: f.path for i, f in content.files.parsed.items()})
    return LanguageReport(content.problems, checks, translation, replaced, failed_files({code: content}))
