"""Where the guide keeps the reader's settings, the site's configuration and checklist progress.

The guide runs on shared school and library computers, so these files must never stop it:
a missing, broken or unreadable file gives defaults and one short line to show the reader,
and a failed save leaves the old file as it was.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Set, Tuple, Union

import platformdirs

from .content.records import FrozenRecord, Record, record
from .content.tomlfile import parse_toml, read_regular_file

APP_NAME = "guide-tui"
REGIONS = ("national", "flanders", "brussels", "wallonia")
PathLike = Union[str, "os.PathLike[str]"]


@record(frozen=True)
class Locations(FrozenRecord):
    """Where the settings, the site configuration, progress and crash reports are kept."""

    settings_file: Path
    site_config_file: Path
    progress_file: Path
    crash_file: Path = Path("crash-report.txt")  # written only after a crash, only with --debug


def locations() -> Locations:
    """The three file paths; only computes them, never creates a folder."""
    env = os.environ

    def pick(variable: str, default: Callable[[], Path]) -> Path:
        value = env.get(variable)
        return Path(value).expanduser() if value else default()

    def user_config() -> Path:
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"

    def site_config() -> Path:
        return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "site.toml"

    def user_data() -> Path:
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

    data = pick("GUIDE_TUI_DATA_DIR", user_data)
    return Locations(
        settings_file=pick("GUIDE_TUI_SETTINGS", user_config),
        site_config_file=pick("GUIDE_TUI_SITE_CONFIG", site_config),
        progress_file=data / "progress.toml",
        crash_file=data / "crash-report.txt",
    )


@record
class UserSettings(Record):
    """What the reader chose, kept between sessions."""

    language: Optional[str] = None
    theme: Optional[str] = None
    keep_progress: bool = False


@record
class SiteConfig(Record):
    """Set by the library's admin; read-only for the guide."""

    kiosk: bool = False
    idle_timeout: int = 180  # seconds
    default_language: Optional[str] = None
    default_region: Optional[str] = None
    content: Optional[str] = None  # a content folder
    local_content: Optional[str] = None  # the site's own entries, over the content (content/layers.py)
    exit_key: Optional[str] = None  # quits in kiosk mode, e.g. "ctrl+k"


# key -> (accepts the value?, what the value should be)
Check = Tuple[Callable[[Any], bool], str]
_TEXT: Check = (lambda v: isinstance(v, str) and bool(v.strip()), "text")
_BOOL: Check = (lambda v: isinstance(v, bool), "true or false")
# A kiosk that resets every few seconds is as broken as one that never resets.
MIN_IDLE_SECONDS = 10
MAX_IDLE_SECONDS = 24 * 3600
_SECONDS: Check = (
    lambda v: type(v) is int and MIN_IDLE_SECONDS <= v <= MAX_IDLE_SECONDS,
    f"a whole number of seconds from {MIN_IDLE_SECONDS} to {MAX_IDLE_SECONDS}",
)
_GUIDE_KEYS = {"ctrl+x": "it is already the quick exit key", "f12": "it is already the quick exit key"}
# Ctrl+I, Ctrl+M, Ctrl+J and Ctrl+H reach the guide as Tab, Enter and Backspace: never as themselves.
_SENT_AS_OTHER_KEYS = ("ctrl+i", "ctrl+m", "ctrl+j", "ctrl+h")


def exit_key_problem(value: Any) -> Optional[str]:
    """Why `value` cannot be a kiosk's exit key, or None. It must be one key every terminal
    sends as itself and a reader does not press by chance: Ctrl+letter ("ctrl+k") or F1-F11.
    (Terminals send Ctrl+Alt+letter as Ctrl+letter, and "a,b" would bind two keys.)"""
    if not isinstance(value, str) or not value:
        return 'it must be text such as "ctrl+k"'
    if value in _GUIDE_KEYS:
        return _GUIDE_KEYS[value]
    if value in _SENT_AS_OTHER_KEYS:
        return "terminals send it as Tab, Enter or Backspace"
    if re.fullmatch(r"ctrl\+[a-z]|f([1-9]|1[01])", value) is None:
        return 'use Ctrl and a lower-case letter such as "ctrl+k", or a function key "f1" to "f11"'
    return None


_EXIT_KEY: Check = (lambda v: exit_key_problem(v) is None, 'one key such as "ctrl+k" or "f10"')
_REGION: Check = (lambda v: isinstance(v, str) and v in REGIONS, "one of " + ", ".join(REGIONS))

USER_CHECKS: Dict[str, Check] = {"language": _TEXT, "theme": _TEXT, "keep_progress": _BOOL}
SITE_CHECKS: Dict[str, Check] = {
    "kiosk": _BOOL,
    "idle_timeout": _SECONDS,
    "default_language": _TEXT,
    "default_region": _REGION,
    "content": _TEXT,
    "local_content": _TEXT,
    "exit_key": _EXIT_KEY,
}

_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")


def _one_line(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in text)


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _listing(names: List[str], limit: int = 3) -> str:
    shown = ", ".join(repr(n) for n in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _read_table(path: Path) -> Tuple[Optional[Dict[str, Any]], Optional[str]]:
    """(data, None) if usable; (None, None) if missing; (None, why) if it cannot be used."""
    try:
        raw = read_regular_file(path)  # never opens a pipe or a device, never reads without limit
    except FileNotFoundError:
        return None, None
    except IsADirectoryError:
        return None, "it is a folder, not a file"
    except OSError as error:
        return None, _reason(error)
    except ValueError as error:  # a folder, a pipe or a device, or too big
        return None, str(error).replace("this is a folder", "it is a folder")
    if b"\0" in raw:
        return None, "it is not a text file"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, f"line {line}: not UTF-8 text"
    text = text[1:] if text.startswith("\ufeff") else text
    if not text.strip():
        return None, "the file is empty"
    try:
        return parse_toml(text), None
    except (ValueError, RecursionError) as error:  # TOMLDecodeError is a ValueError
        message = str(error) if isinstance(error, ValueError) else "nested too deeply"
        position = _POSITION.search(message)
        if position:
            message = message[: position.start()]
            if position.group(1):
                message = f"line {position.group(1)}: {message}"
        return None, message


def _load_dataclass(
    path: PathLike, cls: type, checks: Mapping[str, Check], label: str
) -> Tuple[Any, Optional[str], bool]:
    """(instance, message, broken): bad keys fall back to their defaults, one at a time."""
    path = Path(path)
    data, reason = _read_table(path)
    if reason is not None:
        return cls(), _one_line(f"{label} could not be read ({reason}); the guide uses its defaults: {path}"), True
    values: Dict[str, Any] = {}
    wrong: List[str] = []
    unknown: List[str] = []
    for key, value in (data or {}).items():
        if key not in checks:
            unknown.append(key)
        elif checks[key][0](value):
            values[key] = value
        elif key == "exit_key":
            wrong.append(f"exit_key {value!r} cannot be used: {exit_key_problem(value)}")
        else:
            wrong.append(f"{key} should be {checks[key][1]}")
    problems = wrong + ([f"unknown keys ignored: {_listing(unknown)}"] if unknown else [])
    if not problems:
        return cls(**values), None, False
    message = f"{label} has values the guide does not use ({'; '.join(problems)}); it uses defaults for those: {path}"
    return cls(**values), _one_line(message), False


def load_settings(path: PathLike) -> Tuple[UserSettings, Optional[str]]:
    settings, message, _ = _load_dataclass(path, UserSettings, USER_CHECKS, "Your settings file")
    return settings, message


def load_site_config(path: PathLike) -> Tuple[SiteConfig, Optional[str]]:
    """The site configuration, failing closed: a file that exists but cannot be read, does not
    parse, or has a wrong or unknown key means kiosk mode (with the values that were right and
    safe defaults for the rest), and the message, for the admin, says so and why."""
    path = Path(path)
    data, reason = _read_table(path)
    if reason is None and data is None:
        return SiteConfig(), None  # no site configuration: a personal computer
    config, message, _ = _load_dataclass(path, SiteConfig, SITE_CHECKS, "The site configuration file")
    if message is None:
        return config, None
    if reason is not None:
        message = f"The site configuration file could not be read ({reason}): {path}"
    return replace(config, kiosk=True), _one_line(
        f"{message.rstrip('.')}. Kiosk mode is on until it is fixed (see 'guide-tui locate')."
    )


def atomic_write_toml(path: PathLike, data: Mapping[str, Any]) -> None:
    """Write `data` to a temporary file next to `path`, then swap it in: readers see old or new, never half.

    Raises OSError; the temporary file is removed and `path` is untouched if anything fails.
    """
    import tomli_w  # only when something is saved, never before the first screen

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            tomli_w.dump(data, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def set_aside(path: Path) -> Path:
    """Move a broken `path` to the first free `<name>.broken`, `<name>.broken-2`, ...: an earlier
    copy is never overwritten. Returns the new name; raises OSError.

    The new name is first claimed by creating it exclusively (so two copies of the guide never
    pick the same one), then the broken file replaces that empty claim (os.replace: Windows too).
    """
    for number in range(1, 1000):
        aside = path.with_name(path.name + (".broken" if number == 1 else f".broken-{number}"))
        try:
            os.close(os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            continue
        try:
            if os.path.isdir(path) and not os.path.islink(path):  # a folder cannot replace a file
                os.unlink(aside)
            os.replace(path, aside)
        except OSError:
            if os.path.lexists(aside) and not os.path.getsize(aside):
                os.unlink(aside)  # give the claim back
            raise
        return aside
    raise OSError(f"too many broken copies next to {path}")


class _TomlStore:
    """One TOML file the guide may write; `read_only` (kiosk mode) never touches the disk."""

    def __init__(self, path: PathLike, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.broken = False
        self.message: Optional[str] = None

    def _on_disk(self) -> Optional[Dict[str, Any]]:
        """What the file holds now (another copy of the guide may have saved since), or None
        when it is missing or broken; a broken file is marked to be set aside before a write."""
        data, reason = _read_table(self.path)
        if reason is not None:
            self.broken = True
        return data

    def _write(self, data: Mapping[str, Any], what: str) -> Optional[str]:
        """Save `data`; a broken file is first set aside (numbered, see `set_aside`), never lost silently."""
        if self.read_only:
            return None
        moved = ""
        try:
            if self.broken and os.path.lexists(self.path):
                aside = set_aside(self.path)
                moved = f"; the unreadable file was kept as {aside}"
            self.broken = False
            atomic_write_toml(self.path, data)
        except OSError as error:
            return _one_line(f"{what} could not be saved ({_reason(error)}){moved}: {self.path}")
        return _one_line(f"{what} saved{moved}") if moved else None


class SettingsStore(_TomlStore):
    """The reader's settings file, loaded when the store is made.

    A save changes only the keys whose value changed, over what the file holds then: keys this
    version does not know survive, and so does what another copy of the guide saved meanwhile.
    """

    def __init__(self, path: PathLike, read_only: bool = False) -> None:
        super().__init__(path, read_only)
        self.settings, self.message, self.broken = _load_dataclass(
            self.path, UserSettings, USER_CHECKS, "Your settings file"
        )

    def save(self, settings: UserSettings) -> Optional[str]:
        before = asdict(self.settings)
        self.settings = settings
        disk = self._on_disk() if not self.broken else None
        data = dict(disk or {})
        for key, value in asdict(settings).items():
            if value != before.get(key) or key not in data:
                if value is None:
                    data.pop(key, None)
                else:
                    data[key] = value
        if disk is not None and not self.broken and data == disk:
            return None  # nothing changed: the file is not written again (every start chose a language)
        return self._write(data, "Your settings")


def _progress_table(data: Optional[Mapping[str, Any]]) -> Dict[str, Set[str]]:
    """The usable [checklists] of a progress file's data (nothing for what is not usable)."""
    table = (data or {}).get("checklists", {})
    if not isinstance(table, dict):
        return {}
    return {
        key: set(steps)
        for key, steps in table.items()
        if isinstance(steps, list) and all(isinstance(step, str) for step in steps)
    }


def _merge(
    disk: Mapping[str, Set[str]], base: Mapping[str, Set[str]], mine: Mapping[str, Set[str]]
) -> Dict[str, Set[str]]:
    """What is on disk, with this copy's own changes since `base` (its last load or save) on top:
    two copies of the guide ticking at once keep each other's ticks."""
    merged: Dict[str, Set[str]] = {}
    for key in {*disk, *base, *mine}:
        had, has = base.get(key, set()), mine.get(key, set())
        steps = (set(disk.get(key, set())) - (had - has)) | (has - had)
        if steps:
            merged[key] = steps
    return merged


class ProgressStore(_TomlStore):
    """Ticked checklist steps, kept only if the reader opts in. Stored as [checklists] id = [step ids].

    A save merges with what the file holds then (see `_merge`); a broken file is set aside first.
    """

    def __init__(self, path: PathLike, read_only: bool = False) -> None:
        super().__init__(path, read_only)
        self._base: Dict[str, Set[str]] = {}  # the ticks as last loaded or saved

    def exists(self) -> bool:
        return os.path.lexists(self.path)

    def load(self) -> Dict[str, Set[str]]:
        progress = self._load()
        self._base = {key: set(steps) for key, steps in progress.items()}
        return progress

    def _load(self) -> Dict[str, Set[str]]:
        data, reason = _read_table(self.path)
        self.broken = reason is not None
        self.message = None
        if reason is not None:
            self.message = _one_line(f"Your saved progress could not be read ({reason}); starting afresh: {self.path}")
            return {}
        data = data or {}
        table = data.get("checklists", {})
        skipped = sorted(key for key in data if key != "checklists")
        if not isinstance(table, dict):
            skipped.append("checklists")
            table = {}
        progress: Dict[str, Set[str]] = {}
        for checklist, steps in table.items():
            if isinstance(steps, list) and all(isinstance(step, str) for step in steps):
                progress[checklist] = set(steps)
            else:
                skipped.append(checklist)
        if skipped:
            self.message = _one_line(f"Parts of your saved progress were skipped ({_listing(skipped)}): {self.path}")
        return progress

    def save(self, progress: Mapping[str, Set[str]]) -> Optional[str]:
        disk = _progress_table(self._on_disk())
        merged = _merge(disk, self._base, progress)
        data = {"checklists": {key: sorted(steps) for key, steps in sorted(merged.items())}}
        message = self._write(data, "Your progress")
        self._base = merged
        return message

    def clear(self) -> Optional[str]:
        if self.read_only:
            return None
        self._base = {}
        unreadable = self.broken or _read_table(self.path)[1] is not None
        if unreadable and not os.path.isdir(self.path):  # kept aside, not deleted unread
            try:
                aside = set_aside(self.path) if os.path.lexists(self.path) else None
            except OSError as error:
                return _one_line(f"Your progress could not be deleted ({_reason(error)}): {self.path}")
            self.broken = False
            return _one_line(f"The unreadable progress file was kept as {aside}") if aside else None
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            return _one_line(f"Your progress could not be deleted ({_reason(error)}): {self.path}")
        self.broken = False
        return None
