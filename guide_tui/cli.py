"""Command line: `guide-tui [run options]`, `guide-tui check [DIR]`.

Only the `run` path imports Textual, so `check` starts fast and works without a terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import List, Optional

from . import __version__

COMMANDS = ("run", "check")


def _run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guide-tui",
        description="An offline guide: recognise manipulation online, privacy settings, where to find help.",
        epilog="Other commands: 'guide-tui check [DIR]' checks a content folder.",
    )
    parser.add_argument("--version", action="version", version=f"guide-tui {__version__}")
    parser.add_argument("--content", metavar="DIR", help="content folder to use (default: the bundled guide, or $GUIDE_TUI_CONTENT)")
    parser.add_argument("--lang", metavar="CODE", help="start in this language and skip the language screen (nl, fr, en)")
    parser.add_argument("--open", metavar="ID", dest="open_id", help="open straight at the page with this id")
    return parser


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guide-tui check",
        description="Check a content folder and print every problem as PATH:LINE:COL: severity: message.",
    )
    parser.add_argument("folder", nargs="?", metavar="DIR", help="content folder (default: the bundled guide, or $GUIDE_TUI_CONTENT)")
    return parser


def check(folder: Optional[str]) -> int:
    from .content import default_content_dir, load_guide

    root = default_content_dir(folder)
    if not root.is_dir():
        print(f"guide-tui check: no content folder at {root}", file=sys.stderr)
        return 2
    problems = load_guide(root).load_all()
    base = Path.cwd()
    for problem in sorted(problems, key=lambda p: (str(p.path), p.line or 0, p.column or 0)):
        print(problem.format(relative_to=base))
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    status = "FAILED" if errors else "ok"
    print(f"{status}: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} in {root}")
    return 1 if errors else 0


def run(options: argparse.Namespace) -> int:
    from .content import default_content_dir, load_guide

    root = default_content_dir(options.content)
    if not root.is_dir():
        print(f"guide-tui: no content folder at {root}", file=sys.stderr)
        return 2
    guide = load_guide(root)
    if options.lang and options.lang not in guide.language_codes:
        print(f"guide-tui: unknown language '{options.lang}'; choose from {', '.join(guide.language_codes)}",
              file=sys.stderr)
        return 2
    from .ui.app import GuideApp

    GuideApp(guide, language=options.lang, open_id=options.open_id).run()
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "check":
        try:
            return check(_check_parser().parse_args(args[1:]).folder)
        except BrokenPipeError:  # `guide-tui check | head`: the reader left; not an error of ours
            sys.stdout = open(os.devnull, "w")
            return 1
    if args and args[0] == "run":
        args = args[1:]
    return run(_run_parser().parse_args(args))
