"""How `guide-tui check` prints what it found: plain lines, JSON for scripts, or grouped by file
in colour on a terminal (rich; imported only then).

The plain form is `PATH:LINE:COL: severity: message (hint)`, one problem a line, errors first;
it is what a pipe, `NO_COLOR` or `--format text` gets, and what editors and scripts parse.
With local additions (content/layers.py), a problem in a local file has `[local]` before its
message, and JSON's `layer` says "local" or "bundled".
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Dict, Iterable, List, Optional, Sequence, TextIO, Union

from .content.layers import LOCAL, layer_of
from .content.problems import Problem, relative_inside, relative_text
from .content.text import escape_controls

JsonValue = Union[str, int, None, List[str]]


def ordered(problems: Iterable[Problem]) -> List[Problem]:
    """Errors first (they are what stops an entry from being shown), then by path and line."""
    return sorted(problems, key=lambda p: (not p.is_error, str(p.path), p.line or 0, p.column or 0))


def summary(root: Path, problems: Sequence[Problem]) -> str:
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    status = "FAILED" if errors else "ok"
    return f"{status}: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} in {root}"


def _shown(path: Path, base: Path) -> str:
    return relative_text(path, base)


def language_of(path: Path, root: Path, languages: Sequence[str], local: Optional[Path] = None) -> Optional[str]:
    """The language folder a problem's file is in, or None (guide.toml, an unlisted folder)."""
    inside = relative_inside(path, local if layer_of(path, local) == LOCAL and local else root)
    if inside is None or inside == ".":
        return None
    first = inside.split("/", 1)[0] if isinstance(path, PurePosixPath) else Path(inside).parts[0]
    return first if first in languages else None


def _text(problem: Problem, local: Optional[Path]) -> str:
    """The message, marked [local] when its file is in the local folder."""
    return ("[local] " if layer_of(Path(problem.path), local) == LOCAL else "") + problem.message


def as_json(
    problems: Sequence[Problem], root: Path, base: Path, languages: Sequence[str], local: Optional[Path] = None
) -> str:
    """A JSON list, one object per problem, always with the same keys (see content/README.md)."""
    records: List[Dict[str, JsonValue]] = []
    for problem in ordered(problems):
        path = Path(problem.path)
        records.append(
            {
                "file": _shown(path, base),
                "line": problem.line,
                "column": problem.column,
                "severity": problem.severity,
                "message": problem.message,
                "hint": problem.hint,
                "also": list(problem.also),
                "language": language_of(path, root, languages, local),
                "layer": layer_of(path, local),
            }
        )
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def print_plain(stream: TextIO, problems: Sequence[Problem], base: Path, local: Optional[Path] = None) -> None:
    for problem in ordered(problems):
        line = problem.format(relative_to=base)
        if local is not None and layer_of(Path(problem.path), local) == LOCAL:
            where, _, rest = line.partition(f": {problem.severity}: ")
            line = f"{where}: {problem.severity}: [local] {rest}"
        print(escape_controls(line), file=stream)


def print_grouped(
    stream: TextIO, problems: Sequence[Problem], base: Path, root: Path, local: Optional[Path] = None
) -> None:
    """Under each file's path, its problems by line: errors in red, warnings in yellow. Files
    with errors come first."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, highlight=False, force_terminal=True)
    files: Dict[str, List[Problem]] = {}
    for problem in ordered(problems):
        files.setdefault(_shown(Path(problem.path), base), []).append(problem)
    for path, found in sorted(files.items(), key=lambda item: (not item[1][0].is_error, item[0])):
        console.print(Text(escape_controls(path), style="bold underline"), soft_wrap=True)
        table = Table.grid(padding=(0, 1))
        table.add_column(justify="right", style="dim", no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        for problem in found:
            place = f"{problem.line}:{problem.column or 1}" if problem.line is not None else ""
            text = Text(escape_controls(_text(problem, local)))
            if problem.hint:
                text.append("\n" + escape_controls(problem.hint), style="cyan")
            for also in problem.said_also():
                text.append("\nalso: " + escape_controls(also), style="dim")
            severity = Text(problem.severity, style="bold red" if problem.is_error else "yellow")
            table.add_row("  " + place, severity, text)
        console.print(table)
        console.print()
    errors = any(problem.is_error for problem in problems)
    console.print(
        Text(escape_controls(summary(root, problems)), style="bold red" if errors else "bold green"), soft_wrap=True
    )
