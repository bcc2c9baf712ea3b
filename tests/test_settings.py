import os
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from guide_tui import settings as settings_module
from guide_tui.settings import (
    SITE_CHECKS,
    USER_CHECKS,
    ProgressStore,
    SettingsStore,
    SiteConfig,
    UserSettings,
    atomic_write_toml,
    load_settings,
    load_site_config,
    locations,
)

LOADERS = [
    pytest.param(load_settings, UserSettings(), id="settings"),
    pytest.param(load_site_config, SiteConfig(), id="site"),
]
# What a file that exists but cannot be used gives: a broken site configuration fails closed.
BROKEN_LOADERS = [
    pytest.param(load_settings, UserSettings(), id="settings"),
    pytest.param(load_site_config, SiteConfig(kiosk=True), id="site"),
]


def load_progress(path):
    store = ProgressStore(path)
    return store.load(), store.message


def assert_one_line(message, path):
    assert message and "\n" not in message and "\r" not in message
    assert str(path) in message


def folder_snapshot(folder):
    return sorted(p.name for p in folder.iterdir())


# -- round trips -----------------------------------------------------------------------------


def test_checks_cover_every_field():
    assert set(USER_CHECKS) == {f.name for f in fields(UserSettings)}
    assert set(SITE_CHECKS) == {f.name for f in fields(SiteConfig)}


def test_user_settings_round_trip(tmp_path):
    path = tmp_path / "conf" / "settings.toml"
    wanted = UserSettings(language="nl", theme="high-contrast", keep_progress=True)
    assert SettingsStore(path).save(wanted) is None
    assert load_settings(path) == (wanted, None)
    store = SettingsStore(path)
    assert store.settings == wanted and not store.broken and store.message is None


def test_saving_what_the_file_already_says_does_not_write_it(tmp_path):
    """Every start saves the language chosen; the same language must not rewrite the file."""
    path = tmp_path / "settings.toml"
    assert SettingsStore(path).save(UserSettings(language="nl")) is None
    before = path.stat()
    store = SettingsStore(path)  # the next start
    assert store.save(UserSettings(language="nl")) is None
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert store.save(UserSettings(language="fr")) is None  # a change is written
    assert load_settings(path)[0].language == "fr"


def test_user_settings_defaults_round_trip_without_none(tmp_path):
    path = tmp_path / "settings.toml"
    assert SettingsStore(path).save(UserSettings()) is None
    assert load_settings(path) == (UserSettings(), None)


def test_site_config_round_trip(tmp_path):
    path = tmp_path / "site.toml"
    wanted = SiteConfig(
        kiosk=True,
        idle_timeout=60,
        default_language="fr",
        default_region="brussels",
        content="/srv/guide",
        local_content="/srv/guide-local",
        exit_key="ctrl+k",
    )
    atomic_write_toml(path, {k: v for k, v in wanted.__dict__.items()})
    assert load_site_config(path) == (wanted, None)


def test_progress_round_trip(tmp_path):
    store = ProgressStore(tmp_path / "data" / "progress.toml")
    progress = {"lock-instagram": {"step-1", "step 2"}, 'odd.id "quoted"': {"a"}}
    assert store.save(progress) is None
    again = ProgressStore(store.path)
    assert again.load() == progress and again.message is None and not again.broken


def test_progress_clear(tmp_path):
    store = ProgressStore(tmp_path / "progress.toml")
    store.save({"x": {"1"}})
    assert store.clear() is None
    assert not store.path.exists()
    assert store.clear() is None  # already gone: fine
    assert store.load() == {}


@pytest.mark.parametrize("load, defaults", LOADERS)
def test_missing_file_gives_defaults_silently(tmp_path, load, defaults):
    assert load(tmp_path / "nope.toml") == (defaults, None)
    assert load_progress(tmp_path / "nope.toml") == ({}, None)


# -- broken files ----------------------------------------------------------------------------

BROKEN = {
    "corrupt": b'language = "nl"\n\ntheme = = "x"\n',
    "empty": b"",
    "whitespace": b"  \n\t\n   ",
    "binary": b"\x00\x01\x02\x89PNG\x00",
    "invalid-utf8": b'language = "nl"\ntheme = "\xff\xfe"\n',
    "too-deep": b"language = " + b"[" * 100_000,
}


@pytest.mark.parametrize("content", BROKEN.values(), ids=BROKEN.keys())
@pytest.mark.parametrize("load, defaults", BROKEN_LOADERS)
def test_broken_file_gives_defaults_and_one_line(tmp_path, load, defaults, content):
    path = tmp_path / "file.toml"
    path.write_bytes(content)
    result, message = load(path)
    assert result == defaults
    assert_one_line(message, path)


@pytest.mark.parametrize("content", BROKEN.values(), ids=BROKEN.keys())
def test_broken_progress_gives_empty_and_one_line(tmp_path, content):
    path = tmp_path / "progress.toml"
    path.write_bytes(content)
    store = ProgressStore(path)
    assert store.load() == {}
    assert store.broken
    assert_one_line(store.message, path)


def test_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(BROKEN["corrupt"])
    _, message = load_settings(path)
    assert "line 3" in message and "defaults" in message


def test_invalid_utf8_names_the_line(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(BROKEN["invalid-utf8"])
    assert "line 2" in load_settings(path)[1]


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(b'\xef\xbb\xbflanguage = "de"\n')
    assert load_settings(path) == (UserSettings(language="de"), None)


@pytest.mark.parametrize("load, defaults", BROKEN_LOADERS)
def test_directory_in_place_of_file(tmp_path, load, defaults):
    path = tmp_path / "settings.toml"
    path.mkdir()
    result, message = load(path)
    assert result == defaults
    assert_one_line(message, path)
    assert "folder" in message


@pytest.mark.parametrize("load, defaults", BROKEN_LOADERS)
def test_unreadable_file(tmp_path, monkeypatch, load, defaults):
    # Tests run as root, where chmod 000 still reads: make reading fail instead.
    path = tmp_path / "settings.toml"
    path.write_text('language = "nl"\nkiosk = true\n')

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "open", refuse)
    monkeypatch.setattr(os, "open", lambda path, *args, **kwargs: refuse(path))
    result, message = load(path)
    assert result == defaults
    assert_one_line(message, path)
    assert "permission denied" in message
    store = ProgressStore(path)
    assert store.load() == {} and store.broken


def test_odd_characters_stay_on_one_line(tmp_path):
    folder = tmp_path / "line\nbreak\ttab"
    folder.mkdir()
    path = folder / "settings.toml"
    path.write_text('"bad\\nkey" = 1\n')
    settings, message = load_settings(path)
    assert settings == UserSettings()
    assert message and "\n" not in message and "\t" not in message
    path.write_bytes(b"x = = 1")
    message = load_settings(path)[1]
    assert message and "\n" not in message and "\t" not in message


def test_binary_file_is_named_as_such(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(b'language = "nl"\x00\n')
    assert "not a text file" in load_settings(path)[1]


# -- single keys -----------------------------------------------------------------------------


def test_wrong_type_for_one_key_keeps_the_others(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('language = "nl"\ntheme = 42\nkeep_progress = true\ncolour = "red"\n')
    settings, message = load_settings(path)
    assert settings == UserSettings(language="nl", theme=None, keep_progress=True)
    assert_one_line(message, path)
    assert "theme" in message and "colour" in message and "language" not in message


def test_site_config_bad_values_fall_back_one_by_one(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text('kiosk = "yes"\nidle_timeout = 0\ndefault_region = "Mars"\nexit_key = "ctrl+q"\n')
    config, message = load_site_config(path)
    assert config == SiteConfig(kiosk=True, exit_key="ctrl+q")  # fails closed
    assert_one_line(message, path)
    for key in ("kiosk", "idle_timeout", "default_region"):
        assert key in message


@pytest.mark.parametrize("value", ["true", "-5", "2.5", '"60"'])
def test_idle_timeout_must_be_a_positive_whole_number(tmp_path, value):
    path = tmp_path / "site.toml"
    path.write_text(f"idle_timeout = {value}\n")
    config, message = load_site_config(path)
    assert config.idle_timeout == 180 and "idle_timeout" in message


def test_unknown_keys_only_are_mentioned(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('language = "fr"\n[extra]\nx = 1\n')
    settings, message = load_settings(path)
    assert settings == UserSettings(language="fr")
    assert "extra" in message


def test_progress_skips_bad_entries_and_keeps_good_ones(tmp_path):
    path = tmp_path / "progress.toml"
    path.write_text('[checklists]\ngood = ["a", "b"]\nbad = "a"\nmixed = ["a", 1]\n')
    store = ProgressStore(path)
    assert store.load() == {"good": {"a", "b"}}
    assert not store.broken
    assert_one_line(store.message, path)
    assert "bad" in store.message and "mixed" in store.message


# -- failed writes ---------------------------------------------------------------------------


def _failing_replace(*args, **kwargs):
    raise OSError(28, "No space left on device")


def test_failed_replace_keeps_the_old_settings(tmp_path, monkeypatch):
    path = tmp_path / "settings.toml"
    SettingsStore(path).save(UserSettings(language="nl"))
    before = path.read_bytes()
    monkeypatch.setattr(os, "replace", _failing_replace)
    message = SettingsStore(path).save(UserSettings(language="fr"))
    assert_one_line(message, path)
    assert "no space left" in message
    assert path.read_bytes() == before
    assert folder_snapshot(tmp_path) == ["settings.toml"]


def test_failed_replace_keeps_the_old_progress(tmp_path, monkeypatch):
    store = ProgressStore(tmp_path / "progress.toml")
    store.save({"a": {"1"}})
    before = store.path.read_bytes()
    monkeypatch.setattr(os, "replace", _failing_replace)
    assert_one_line(store.save({"a": {"1", "2"}}), store.path)
    assert store.path.read_bytes() == before
    assert folder_snapshot(tmp_path) == ["progress.toml"]


def test_folder_path_is_a_file(tmp_path):
    blocker = tmp_path / "conf"
    blocker.write_bytes(b"not a folder")
    path = blocker / "settings.toml"
    message = SettingsStore(path).save(UserSettings(language="nl"))
    assert_one_line(message, path)
    assert blocker.read_bytes() == b"not a folder"
    assert folder_snapshot(tmp_path) == ["conf"]
    with pytest.raises(OSError):
        atomic_write_toml(path, {"a": 1})


def test_failed_fsync_removes_the_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "settings.toml"
    path.write_bytes(b'language = "nl"\n')
    monkeypatch.setattr(os, "fsync", _failing_replace)
    with pytest.raises(OSError):
        atomic_write_toml(path, {"language": "fr"})
    assert path.read_bytes() == b'language = "nl"\n'
    assert folder_snapshot(tmp_path) == ["settings.toml"]


def test_progress_clear_failure_is_a_message(tmp_path):
    store = ProgressStore(tmp_path / "progress.toml")
    store.path.mkdir()
    assert_one_line(store.clear(), store.path)
    assert store.path.is_dir()


# -- broken file is moved aside --------------------------------------------------------------


def test_saving_over_broken_settings_moves_them_aside(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(BROKEN["corrupt"])
    store = SettingsStore(path)
    assert store.broken and store.settings == UserSettings()
    message = store.save(UserSettings(theme="dark"))
    aside = tmp_path / "settings.toml.broken"
    assert "\n" not in message and str(aside) in message
    assert aside.read_bytes() == BROKEN["corrupt"]
    assert load_settings(path) == (UserSettings(theme="dark"), None)
    assert store.save(UserSettings(theme="light")) is None  # only the first save moves anything
    assert aside.read_bytes() == BROKEN["corrupt"]


def test_saving_over_broken_progress_moves_it_aside(tmp_path):
    store = ProgressStore(tmp_path / "progress.toml")
    store.path.write_bytes(BROKEN["binary"])
    assert store.load() == {}
    message = store.save({"a": {"1"}})
    assert ".broken" in message
    assert (tmp_path / "progress.toml.broken").read_bytes() == BROKEN["binary"]
    assert ProgressStore(store.path).load() == {"a": {"1"}}


def test_wrong_key_is_not_broken(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("theme = 1\n")
    store = SettingsStore(path)
    assert not store.broken
    assert store.save(UserSettings()) is None
    assert folder_snapshot(tmp_path) == ["settings.toml"]


# -- read-only (kiosk) -----------------------------------------------------------------------


def test_read_only_settings_store_writes_nothing(tmp_path):
    path = tmp_path / "absent" / "settings.toml"
    store = SettingsStore(path, read_only=True)
    assert store.settings == UserSettings()
    assert store.save(UserSettings(language="nl")) is None
    assert folder_snapshot(tmp_path) == []


def test_read_only_store_loads_and_leaves_broken_file(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(BROKEN["corrupt"])
    existing = tmp_path / "progress.toml"
    existing.write_text('[checklists]\na = ["1"]\n')
    store = SettingsStore(path, read_only=True)
    assert store.broken
    assert store.save(UserSettings(language="nl")) is None
    progress = ProgressStore(existing, read_only=True)
    assert progress.load() == {"a": {"1"}}
    assert progress.save({}) is None and progress.clear() is None
    assert path.read_bytes() == BROKEN["corrupt"]
    assert existing.read_text() == '[checklists]\na = ["1"]\n'
    assert folder_snapshot(tmp_path) == ["progress.toml", "settings.toml"]


def test_read_only_progress_store_writes_nothing(tmp_path):
    store = ProgressStore(tmp_path / "data" / "progress.toml", read_only=True)
    assert store.load() == {}
    assert store.save({"a": {"1"}}) is None
    assert folder_snapshot(tmp_path) == []


# -- locations -------------------------------------------------------------------------------

XDG = (
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_DIRS",
    "XDG_DATA_DIRS",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "XDG_RUNTIME_DIR",
)
OVERRIDES = ("GUIDE_TUI_SETTINGS", "GUIDE_TUI_SITE_CONFIG", "GUIDE_TUI_DATA_DIR")


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in XDG:
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    for name in OVERRIDES:
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_locations_default_and_create_nothing(sandbox):
    found = locations()
    assert found.settings_file.name == "settings.toml"
    assert found.site_config_file.name == "site.toml"
    assert found.progress_file.name == "progress.toml"
    assert found.settings_file.parent.name == "guide-tui"
    assert found.progress_file.parent.name == "guide-tui"
    assert found.site_config_file.parent.name == "guide-tui"
    if os.name == "posix" and not sys.platform == "darwin":
        assert found.settings_file == sandbox / "xdg_config_home" / "guide-tui" / "settings.toml"
        assert found.progress_file == sandbox / "xdg_data_home" / "guide-tui" / "progress.toml"
    assert folder_snapshot(sandbox) == ["home"]
    assert folder_snapshot(sandbox / "home") == []


def test_locations_honour_overrides(sandbox, monkeypatch):
    monkeypatch.setenv("GUIDE_TUI_SETTINGS", str(sandbox / "a" / "mine.toml"))
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(sandbox / "b" / "library.toml"))
    monkeypatch.setenv("GUIDE_TUI_DATA_DIR", str(sandbox / "c"))
    found = locations()
    assert found.settings_file == sandbox / "a" / "mine.toml"
    assert found.site_config_file == sandbox / "b" / "library.toml"
    assert found.progress_file == sandbox / "c" / "progress.toml"
    assert folder_snapshot(sandbox) == ["home"]


def test_platformdirs_called_without_author(sandbox, monkeypatch):
    calls = []

    def spy(real):
        def wrapper(*args, **kwargs):
            calls.append(kwargs.get("appauthor", "missing"))
            return real(*args, **kwargs)

        return wrapper

    for name in ("user_config_dir", "site_config_dir", "user_data_dir"):
        monkeypatch.setattr(settings_module.platformdirs, name, spy(getattr(settings_module.platformdirs, name)))
    locations()
    assert calls == [False, False, False]
