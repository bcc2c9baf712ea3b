"""Command line: `guide-tui [run options]`, `guide-tui check [DIR]`.

Only the `run` path imports Textual, so `check` starts fast and works without a terminal.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional, TextIO, Tuple, Union

from . import __version__

if TYPE_CHECKING:
    from .content import Guide
    from .ui.app import GuideApp


def _run_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guide-tui",
        description="An offline guide: recognise manipulation online, privacy settings, where to find help.",
        epilog="Other commands: 'guide-tui check [DIR] [--format json]' checks a content folder; "
        "'guide-tui locate' prints every file and folder the guide reads or writes; "
        "'guide-tui serve' shows the guide in web browsers; "
        "'guide-tui list [--lang L] [--kind K]' prints the id, kind and title of every entry; "
        "'guide-tui export card --lang L --format html|md|txt [-o FILE]' writes a printable help card; "
        "'guide-tui export plan PLAN_ID' a lesson plan's handout.",
    )
    parser.add_argument("--version", action="version", version=f"guide-tui {__version__}")
    parser.add_argument(
        "--content", metavar="DIR", help="content folder to use (default: the bundled guide, or $GUIDE_TUI_CONTENT)"
    )
    parser.add_argument(
        "--local",
        metavar="DIR",
        help="the site's own entries, laid over the content (default: $GUIDE_TUI_LOCAL, else 'local_content' "
        "in the site configuration)",
    )
    parser.add_argument(
        "--lang", metavar="CODE", help="start in this language and skip the language screen (nl, fr, en)"
    )
    parser.add_argument("--open", metavar="ID", dest="open_id", help="open straight at the page with this id")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        default=None,
        help="shared-computer mode: writes nothing, cannot be quit from the keyboard, resets when idle",
    )
    parser.add_argument(
        "--watch", action="store_true", help="read edited content files again while the guide runs (to preview edits)"
    )
    # One browser tab of `guide-tui serve`: writes nothing, like a kiosk, but can be closed.
    parser.add_argument("--browser-session", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--plain",
        action="store_true",
        help="the guide as lines of text and numbered choices read from standard input: no colours, "
        "no cursor movement (for screen readers and pipes)",
    )
    parser.add_argument(
        "--idle-timeout",
        type=_positive_seconds,
        metavar="SECONDS",
        help="in kiosk mode, start afresh after this many seconds without input (default 180)",
    )
    parser.add_argument(
        "--facilitator",
        action="store_true",
        help="for teachers and youth workers: notes and discussion questions under each page (N), lesson "
        "plans (L), Right/Left through a plan's steps, scenario choices shown on R; F4 toggles it (never in kiosk mode)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="if the guide stops with an error, save the details in the file 'guide-tui locate' names "
        "(they are never shown on screen)",
    )
    return parser


def _positive_seconds(value: str) -> float:
    """A finite number of seconds in the range a kiosk can live with (not nan, not inf)."""
    from .settings import MAX_IDLE_SECONDS, MIN_IDLE_SECONDS

    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and MIN_IDLE_SECONDS <= seconds <= MAX_IDLE_SECONDS):
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a number of seconds from {MIN_IDLE_SECONDS} to {MAX_IDLE_SECONDS}"
        )
    return seconds


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guide-tui check",
        description="Check a content folder and print every problem as PATH:LINE:COL: severity: message, "
        "errors first. On a terminal the problems are grouped by file, in colour (not with NO_COLOR).",
    )
    parser.add_argument(
        "folder",
        nargs="?",
        metavar="DIR",
        help="content folder (default: what the guide shows: $GUIDE_TUI_CONTENT, else 'content' in the site "
        "configuration, else the bundled guide; with the site's local additions)",
    )
    parser.add_argument(
        "--local",
        metavar="DIR",
        help="local additions to check over the content (default, without DIR: $GUIDE_TUI_LOCAL, else "
        "'local_content' in the site configuration)",
    )
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        help="text: one plain line per problem, never coloured; json: a list of problems for scripts, and "
        "nothing else on standard output (default: text, grouped by file in colour on a terminal)",
    )
    return parser


def _site_folders(content: Optional[str], local: Optional[str]) -> "Tuple[Path, Optional[Path]]":
    """The content folder and the local folder the guide would use: the options given, else
    the environment, else the site configuration."""
    from .content import CONTENT_ENV, default_content_dir, local_content_dir
    from .settings import load_site_config, locations

    site, _ = load_site_config(locations().site_config_file)
    root = default_content_dir(content or os.environ.get(CONTENT_ENV) or site.content)
    return root, local_content_dir(local, site.local_content)


def _folders(content: Optional[str], local: Optional[str]) -> "Tuple[Path, Optional[Path]]":
    """Without a content folder, what the guide would show (`_site_folders`); with one, that
    folder and only the local folder asked for."""
    if content is None:
        return _site_folders(None, local)
    return Path(content), (Path(local) if local else None)


def _colour(stream: TextIO) -> bool:
    """Colour and grouping only for a person at a terminal who did not ask for none."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def check(folder: Optional[str], fmt: Optional[str] = None, local_folder: Optional[str] = None) -> int:
    from .check_report import as_json, print_grouped, print_plain, summary
    from .content import load_guide
    from .content.check_run import check_problems
    from .content.loader import content_folder_problem
    from .content.text import escape_controls

    root, local = _folders(folder, local_folder)
    unusable = content_folder_problem(root)
    if unusable is not None:
        print(escape_controls(f"guide-tui check: {_no_folder(root, unusable)}"), file=sys.stderr)
        return 2
    guide = load_guide(root, local=local)
    # A file that failed to load is reported once, with what its absence causes elsewhere.
    problems = check_problems(guide)
    errors = any(problem.is_error for problem in problems)
    base = Path.cwd()
    if fmt == "json":
        sys.stdout.write(as_json(problems, root, base, guide.language_codes, local))
        return 1 if errors else 0
    print(escape_controls(f"Checking {root}"))
    if local is not None:
        print(escape_controls(f"  with the local additions in {local} (their problems are marked [local])"))
    here = Path.cwd() / "content"
    if folder is None and _is_file(here / "guide.toml") and here.resolve() != root.resolve():
        print(f"  (this is the guide as installed; to check the folder here: guide-tui check {Path('content')})")
    if fmt is None and _colour(sys.stdout):
        print_grouped(sys.stdout, problems, base, root, local)
    else:
        print_plain(sys.stdout, problems, base, local)
        print(escape_controls(summary(root, problems)))
    return 1 if errors else 0


def _content_folder_problem(root: Path) -> Optional[str]:
    from .content.loader import content_folder_problem

    return content_folder_problem(root)


def escape_controls(text: str) -> str:
    from .content.text import escape_controls as escape

    return escape(text)


def _no_folder(root: Path, problem: str) -> str:
    return f"no content folder at {root}" + ("" if problem == "content folder not found" else f" ({problem})")


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder on the way that may not be entered
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return True  # it is there, but cannot be looked at


def locate() -> int:
    """Every file and folder the guide reads or writes, so an admin can check or wipe them."""
    from .content import CONTENT_ENV, LOCAL_ENV, default_content_dir, local_content_dir
    from .settings import load_site_config, locations

    where = locations()
    site, site_message = load_site_config(where.site_config_file)
    content = default_content_dir(os.environ.get(CONTENT_ENV) or site.content)
    local = local_content_dir(None, site.local_content)
    rows = [
        ("content (read)", content, f"--content, else ${CONTENT_ENV}, else 'content' in the site configuration"),
        (
            "local additions (read)",
            local if local is not None else "(none)",
            f"--local, else ${LOCAL_ENV}, else 'local_content' in the site configuration; "
            "the site's own entries over the content",
        ),
        ("site configuration (read)", where.site_config_file, "$GUIDE_TUI_SITE_CONFIG"),
        ("settings (read, written)", where.settings_file, "$GUIDE_TUI_SETTINGS; never in kiosk mode"),
        (
            "checklist progress (read, written)",
            where.progress_file,
            "$GUIDE_TUI_DATA_DIR; only if the reader keeps progress; never in kiosk mode",
        ),
        ("crash details (written)", where.crash_file, "$GUIDE_TUI_DATA_DIR; only after an error, only with --debug"),
    ]
    if running_from_pyz():
        rows.append(
            (
                "program files unpacked from guide-tui.pyz (written on first start)",
                pyz_unpack_folder(),
                "$SHIV_ROOT; the program, not the reader's data; delete old guide-tui.pyz_* folders after an update",
            )
        )
    for label, path, note in rows:
        state = "" if isinstance(path, str) or _exists(path) else "  (does not exist)"
        print(f"{label}: {path}{state}\n    {note}")
        if label.startswith("site") and site_message:
            print(f"    PROBLEM: {site_message}")
    print(
        "The guide writes no logs, no cache and no history (crash details only when run with --debug), "
        "and opens no network connection."
    )
    return 0


def pyz_unpack_folder() -> Path:
    """Where guide-tui.pyz unpacks its program files: $SHIV_ROOT, else the user's cache folder.

    The pyz's launcher (tools/build_dist.py) computes the same folder before shiv unpacks.
    """
    import platformdirs

    root = os.environ.get("SHIV_ROOT")
    if root:
        return Path(root).expanduser()
    return Path(platformdirs.user_cache_dir("guide-tui", appauthor=False)) / "pyz"


def running_from_pyz() -> bool:
    return pyz_unpack_folder().resolve() in Path(__file__).resolve().parents


_LOCAL_HELP = (
    "local additions over the content (default, without --content: $GUIDE_TUI_LOCAL, else 'local_content' "
    "in the site configuration)"
)


def _list_parser() -> argparse.ArgumentParser:
    from .content.kinds import KINDS

    parser = argparse.ArgumentParser(
        prog="guide-tui list",
        description="Print the id, kind and title of every entry a reader can open, so 'guide-tui --open ID' "
        "can be used without opening files. Entries shown in the default language are marked with its code.",
    )
    parser.add_argument("--lang", metavar="CODE", help="the reader's language (default: the guide's default language)")
    parser.add_argument("--kind", choices=sorted(KINDS), help="only entries of this kind")
    parser.add_argument(
        "--content",
        metavar="DIR",
        help="content folder (default: what the guide shows: $GUIDE_TUI_CONTENT, else 'content' in the site "
        "configuration, else the bundled guide)",
    )
    parser.add_argument("--local", metavar="DIR", help=_LOCAL_HELP)
    return parser


def _guide_in_language(command: str, options: argparse.Namespace) -> "Union[Tuple[Guide, str], int]":
    """The guide of `--content` and the language of `--lang` for a command, or its exit status
    after saying what is wrong (never a traceback for a folder that cannot be read)."""
    from .content import load_guide

    root, local = _folders(options.content, options.local)
    unusable = _content_folder_problem(root)
    if unusable is not None:
        print(escape_controls(f"guide-tui {command}: {_no_folder(root, unusable)}"), file=sys.stderr)
        return 2
    guide = load_guide(root, local=local)
    code = options.lang or guide.default_language
    if code not in guide.language_codes:
        print(
            f"guide-tui {command}: unknown language '{code}'; choose from {', '.join(guide.language_codes)}",
            file=sys.stderr,
        )
        return 2
    return guide, code


def list_entries(options: argparse.Namespace) -> int:
    """`guide-tui list`: one aligned line per entry, `ID  KIND  TITLE`, sorted by id."""
    opened = _guide_in_language("list", options)
    if isinstance(opened, int):
        return opened
    guide, code = opened
    rows = []
    for entry_id in sorted(guide.entry_ids(code)):
        found = guide.find(entry_id, code)
        if found is None or (options.kind and found.entry.kind != options.kind):
            continue
        title = " ".join(found.entry.title.split())  # one line per entry, whatever the title holds
        rows.append((entry_id, found.entry.kind, title + (f"  ({found.entry.lang})" if found.fallback else "")))
    id_width = max((len(row[0]) for row in rows), default=0)
    kind_width = max((len(row[1]) for row in rows), default=0)
    for entry_id, kind, title in rows:
        print(f"{entry_id:<{id_width}}  {kind:<{kind_width}}  {title}")
    return 0


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guide-tui export",
        description="Write a printable take-away. 'card': a one-page help card (emergency numbers first, the "
        "services for the language, what to do when someone threatens you), made from the help entries. "
        "'plan PLAN_ID': a handout of a lesson plan with its pages and questions ('guide-tui list --kind plan').",
    )
    parser.add_argument("what", choices=["card", "plan"], help="what to export")
    parser.add_argument("plan", nargs="?", metavar="PLAN_ID", help="for 'plan': the id of the lesson plan")
    parser.add_argument("--lang", metavar="CODE", help="language (default: the guide's default language)")
    parser.add_argument(
        "--format",
        choices=["html", "md", "txt"],
        help="html (one self-contained file), md or txt (default: from the name given to -o, else txt)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of printing")
    parser.add_argument(
        "--content",
        metavar="DIR",
        help="content folder (default: what the guide shows: $GUIDE_TUI_CONTENT, else 'content' in the site "
        "configuration, else the bundled guide)",
    )
    parser.add_argument("--local", metavar="DIR", help=_LOCAL_HELP)
    return parser


def export(options: argparse.Namespace) -> int:
    """`guide-tui export card|plan`: a take-away, printed or written to a file."""
    from .export import FORMATS, export_card, export_plan

    opened = _guide_in_language("export", options)
    if isinstance(opened, int):
        return opened
    guide, code = opened
    fmt = options.format
    if fmt is None:
        suffix = Path(options.output).suffix.lstrip(".").lower() if options.output else ""
        fmt = {"htm": "html", "markdown": "md", "text": "txt"}.get(suffix, suffix)
        fmt = fmt if fmt in FORMATS else "txt"
    if options.what == "plan":
        planned = export_plan(guide, code, options.plan or "", fmt)
        if planned is None:
            print(
                escape_controls(f"guide-tui export: no lesson plan '{options.plan}'; see 'guide-tui list --kind plan'"),
                file=sys.stderr,
            )
            return 2
        text = planned
    else:
        text = export_card(guide, code, fmt)
    if options.output:
        try:
            Path(options.output).write_text(text, encoding="utf-8")
        except OSError as error:
            print(f"guide-tui export: cannot write {options.output}: {error.strerror or error}", file=sys.stderr)
            return 1
        print(f"wrote {options.output}")
    else:
        sys.stdout.write(text)
    return 0


def build_app(options: argparse.Namespace) -> "GuideApp | str":
    """The app as the command line sets it up: site configuration, settings, kiosk mode.

    Returns the app, or an error message for bad usage.
    """
    from .content import CONTENT_ENV, default_content_dir, load_guide, local_content_dir
    from .settings import ProgressStore, SettingsStore, load_site_config, locations

    where = locations()
    site, site_message = load_site_config(where.site_config_file)
    kiosk = bool(options.kiosk or site.kiosk)
    from .content.loader import content_folder_problem

    root = default_content_dir(options.content or os.environ.get(CONTENT_ENV) or site.content)
    problem = content_folder_problem(root)
    if problem is not None:
        return _no_folder(root, problem)
    if getattr(options, "facilitator", False) and kiosk:
        return "facilitator mode is not available in kiosk mode"
    # A local folder that cannot be read never stops the guide: it shows the bundled content.
    guide = load_guide(root, local=local_content_dir(getattr(options, "local", None), site.local_content))
    if options.lang and options.lang not in guide.language_codes:
        return f"unknown language '{options.lang}'; choose from {', '.join(guide.language_codes)}"
    # Kiosk mode reads no reader settings (they would be the last reader's) and writes nothing;
    # neither does a browser tab of `guide-tui serve`.
    writes_nothing = kiosk or bool(getattr(options, "browser_session", False))
    settings = None if writes_nothing else SettingsStore(where.settings_file)
    progress = None if writes_nothing else ProgressStore(where.progress_file)
    notices = [m for m in (site_message, settings and settings.message) if m]
    from .ui.app import GuideApp

    return GuideApp(
        guide,
        language=options.lang,
        open_id=options.open_id,
        kiosk=kiosk,
        idle_timeout=options.idle_timeout or site.idle_timeout,
        exit_key=site.exit_key,
        settings_store=settings,
        progress_store=progress,
        notices=notices,
        region=site.default_region,
        site_language=site.default_language,
        watch_content=bool(getattr(options, "watch", False)),
        facilitator=bool(getattr(options, "facilitator", False)),
        start_neutral=bool(getattr(options, "start_neutral", False)),
    )


# A kiosk that crashes this often within CRASH_WINDOW seconds stops (status 1) and leaves
# restarting to whatever supervises it, instead of flickering in a loop.
CRASH_LIMIT = 3
CRASH_WINDOW = 60.0
APOLOGY = "Sorry, the guide stopped because of an error. Nothing you read or answered was kept."


def run(options: argparse.Namespace, clock: Callable[[], float] = time.monotonic) -> int:
    if getattr(options, "plain", False):
        from .plain_mode import run as run_plain

        code, quick_exited = run_plain(options)
        if quick_exited:
            wipe_terminal()
        return code
    # No cycle collection until the first screen is drawn (GuideApp.warm_up turns it back on):
    # starting Textual and the guide makes objects by the hundred thousand and no garbage to
    # speak of, and the collector walked them all again and again before the first frame.
    gc.disable()
    try:
        return _run_apps(options, clock)
    finally:
        gc.enable()


def _run_apps(options: argparse.Namespace, clock: Callable[[], float]) -> int:
    """The guide until the reader leaves it; a kiosk starts afresh after a crash."""
    crashes: List[float] = []
    while True:
        app = build_app(options)
        if isinstance(app, str):
            print(f"guide-tui: {app}", file=sys.stderr)
            return 2
        try:
            result = app.run()
        except Exception as error:  # outside Textual's loop (starting up): the same last line
            app.on_crash(error)
            result = None
        if not app.crashed:
            break
        # The last line of defence: nothing of the reader stays in the terminal.
        wipe_terminal()
        saved = _save_crash_report(app.crash_report or "") if getattr(options, "debug", False) else None
        now = clock()
        crashes = [moment for moment in crashes if now - moment < CRASH_WINDOW] + [now]
        if not app.kiosk or len(crashes) >= CRASH_LIMIT:
            print(APOLOGY, file=sys.stderr)
            print(saved or "Run 'guide-tui --debug' to keep the details for the guide's maintainers.", file=sys.stderr)
            return 1
        options.start_neutral = True  # a kiosk: a fresh guide on the neutral screen, a fresh session
    if app.quick_exited:
        wipe_terminal()
    elif isinstance(result, str):  # the reader asked to print their next steps
        print(result)
    return app.return_code or 0


def _save_crash_report(report: str) -> str:
    """Write the details of a crash where `guide-tui locate` says; a line saying where, or why not."""
    from .settings import locations

    path = locations().crash_file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(f"guide-tui {__version__}\n{report}")
    except OSError as error:
        return f"The details could not be saved ({error.strerror or error}): {path}"
    return f"The details are in {path}"


# Clear the screen, then the scrollback (ESC[3J), and put the cursor home.
WIPE = "\x1b[H\x1b[2J\x1b[3J\x1b[H"


def wipe_terminal() -> None:
    """After quick exit: leave nothing of the guide in the terminal window or its scrollback."""
    for stream in (sys.__stdout__, sys.__stderr__):
        if stream is not None and stream.isatty():
            _enable_escape_sequences(stream)
            stream.write(WIPE)
            stream.flush()
            return


def _enable_escape_sequences(stream: TextIO) -> None:
    """On Windows, make sure the console acts on escape sequences (Windows Terminal and the
    Windows 10+ console do once asked); elsewhere terminals always do."""
    if sys.platform == "win32":
        import ctypes
        import msvcrt

        kernel32 = ctypes.windll.kernel32
        handle = msvcrt.get_osfhandle(stream.fileno())
        mode = ctypes.c_uint32()
        if kernel32.GetConsoleMode(handle, ctypes.byref(mode)):
            kernel32.SetConsoleMode(handle, mode.value | 0x0004)  # ENABLE_VIRTUAL_TERMINAL_PROCESSING


def parse_run_options(args: List[str]) -> argparse.Namespace:
    return _run_parser().parse_args(args)


# -- volunteers: `guide-tui translations [mark]` and `guide-tui new` ----------------------------


def _translations_parser(mark: bool) -> argparse.ArgumentParser:
    if mark:
        parser = argparse.ArgumentParser(
            prog="guide-tui translations mark",
            description="Mark translations as up to date with the default language's text "
            "(writes translated_from into each translation file).",
        )
        parser.add_argument("folder", metavar="DIR", help="content folder, such as content")
        parser.add_argument("--lang", required=True, metavar="CODE", help="the language of the translations")
        parser.add_argument("ids", nargs="*", metavar="ID", help="only these entries (default: every translation)")
        return parser
    parser = argparse.ArgumentParser(
        prog="guide-tui translations",
        description="Per language: which entries are translated and up to date, outdated, not marked, or missing. "
        "'guide-tui translations mark DIR --lang CODE [ID ...]' marks translations as up to date.",
    )
    parser.add_argument(
        "folder", nargs="?", metavar="DIR", help="content folder (default: the bundled guide, or $GUIDE_TUI_CONTENT)"
    )
    parser.add_argument("--lang", metavar="CODE", help="only this language")
    return parser


def translations(args: List[str]) -> int:
    from .content import default_content_dir, load_guide
    from .content.interface import DEFAULT_STRINGS
    from .content.translations import MarkError, mark_translations, translation_report

    marking = bool(args) and args[0] == "mark"
    options = _translations_parser(marking).parse_intermixed_args(args[1:] if marking else args)
    root = default_content_dir(options.folder)
    if not (root / "guide.toml").is_file():
        print(f"guide-tui translations: no content folder at {root}", file=sys.stderr)
        return 2
    guide = load_guide(root)
    source = guide.default_language
    if marking:
        try:
            changed = mark_translations(guide, options.lang, options.ids)
        except MarkError as error:
            print(f"guide-tui translations mark: {error}", file=sys.stderr)
            return 2
        for entry_id, path in changed:
            print(f"marked '{entry_id}' as translated from the current {source} text: {path}")
        print(f"{len(changed)} file{'s' * (len(changed) != 1)} changed")
        return 0
    if options.lang and options.lang not in guide.language_codes:
        print(f"guide-tui translations: unknown language '{options.lang}'", file=sys.stderr)
        return 2
    print(f"Translations in {root} (source language: {source})")
    for report in translation_report(guide, [options.lang] if options.lang else None):
        print(
            f"{report.code}: {len(report.complete)} of {report.total} complete, {len(report.outdated)} outdated, "
            f"{len(report.not_marked)} not marked, {len(report.missing)} missing; "
            f"interface strings: {len(DEFAULT_STRINGS) - len(report.strings_missing)} of {len(DEFAULT_STRINGS)}"
        )
        mark = f"guide-tui translations mark {root} --lang {report.code} ID"
        for ids, what in (
            (report.outdated, f"outdated (the {source} text changed: update the translation, then {mark})"),
            (report.not_marked, f"not marked (once checked against the {source} text: {mark})"),
            (report.missing, f"missing (readers see the {source} text)"),
        ):
            if ids:
                print(f"  {what}:\n    " + ", ".join(ids))
    return 0


def _new_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guide-tui new",
        description="Write a commented starter file: 'guide-tui new KIND ID --lang CODE' "
        "(KIND: menu, page, help, scenario, selfcheck, checklist, plan), or start a language: "
        "'guide-tui new language CODE --name NAME'. Never overwrites a file.",
    )
    parser.add_argument("kind", metavar="KIND")
    parser.add_argument("id", metavar="ID", help="the new entry's id (or the language code)")
    parser.add_argument("--lang", metavar="CODE", help="the language folder to write in")
    parser.add_argument("--name", help="for a new language: its name in that language, such as Deutsch")
    parser.add_argument(
        "--content", metavar="DIR", default="content", help="content folder (default: content, in this folder)"
    )
    return parser


def new(args: List[str]) -> int:
    from .content import load_guide
    from .content.scaffold import ScaffoldError, new_entry, new_language

    options = _new_parser().parse_args(args)
    root = Path(options.content)
    if not (root / "guide.toml").is_file():
        print(f"guide-tui new: no content folder at {root} (give one with --content DIR)", file=sys.stderr)
        return 2
    guide = load_guide(root)
    try:
        if options.kind == "language":
            if not options.name:
                raise ScaffoldError("give the language's name in that language, such as --name Deutsch")
            written = new_language(guide, options.id, options.name)
            print(
                f"added {options.id} ({options.name}); until its pages are translated, readers see them in "
                f"{guide.language_name(guide.default_language)}:"
            )
        else:
            code = options.lang or guide.default_language
            written = [new_entry(guide, options.kind, options.id, code)]
            print("wrote a starter file; fill it in, then run guide-tui check:")
    except ScaffoldError as error:
        print(f"guide-tui new: {error}", file=sys.stderr)
        return 2
    for path in written:
        print(f"  {path}")
    return 0


def entry() -> None:
    """The `guide-tui` command (and `python -m guide_tui`): `main`, then, after `check`, out
    without Python's teardown, as mypy does. `check` leaves every entry of the default language
    in memory, in reference cycles, which the teardown would collect and free one object at a
    time: 40 ms at 10x content, for nothing. `check` registers no exit handler; its output is
    flushed first, and if that fails the ordinary exit reports it as before."""
    code = main()
    if sys.argv[1:2] == ["check"]:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        else:
            os._exit(code)
    raise SystemExit(code)


def main(argv: Optional[List[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["translations"] or (args[:1] == ["check"] and "--translations" in args):
        return translations([a for a in args[1:] if a != "--translations"])
    if args[:1] == ["new"]:
        return new(args[1:])
    if args[:1] == ["schema"]:
        from .content.json_schema import command

        return command(args[1:])
    if args and args[0] == "check":
        try:
            options = _check_parser().parse_args(args[1:])
            return check(options.folder, options.format, options.local)
        except BrokenPipeError:  # `guide-tui check | head`: the reader left; not an error of ours
            sys.stdout = open(os.devnull, "w")
            return 1
    if args and args[0] == "locate":
        argparse.ArgumentParser(prog="guide-tui locate", description=locate.__doc__).parse_args(args[1:])
        try:
            return locate()
        except BrokenPipeError:  # `guide-tui locate | head`
            sys.stdout = open(os.devnull, "w")
            return 1
    if args and args[0] == "serve":
        from .serve import serve

        parser = argparse.ArgumentParser(
            prog="guide-tui serve", description="Serve the guide to web browsers (needs the 'serve' extra)."
        )
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this computer only)")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--content", metavar="DIR", help="content folder to use")
        parser.add_argument("--local", metavar="DIR", help="local additions over the content")
        parser.add_argument(
            "--facilitator", action="store_true", help="every tab opens in facilitator mode (notes, lesson plans)"
        )
        served = parser.parse_args(args[1:])
        passed = (
            (["--content", served.content] if served.content else [])
            + (["--local", served.local] if served.local else [])
            + (["--facilitator"] if served.facilitator else [])
        )
        return serve(served.host, served.port, passed)
    if args and args[0] == "list":
        try:
            return list_entries(_list_parser().parse_args(args[1:]))
        except BrokenPipeError:  # `guide-tui list | head`
            sys.stdout = open(os.devnull, "w")
            return 1
    if args and args[0] == "export":
        try:
            return export(_export_parser().parse_args(args[1:]))
        except BrokenPipeError:  # `guide-tui export card | head`
            sys.stdout = open(os.devnull, "w")
            return 1
    if args and args[0] == "run":
        args = args[1:]
    return run(parse_run_options(args))
