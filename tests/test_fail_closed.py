"""Issue 10, item 3: a site configuration that exists but cannot be used keeps a kiosk locked
(review M5, L1, L11). No Textual needed: build_app only makes the app object."""

import os
import threading

import pytest

from guide_tui.cli import build_app, main, parse_run_options
from guide_tui.settings import SiteConfig, exit_key_problem, load_site_config

from .conftest import MINI


@pytest.fixture
def site(tmp_path, monkeypatch):
    """The site configuration path, with settings and progress in empty folders."""
    path = tmp_path / "site" / "site.toml"
    path.parent.mkdir()
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(path))
    monkeypatch.setenv("GUIDE_TUI_SETTINGS", str(tmp_path / "user" / "settings.toml"))
    monkeypatch.setenv("GUIDE_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUIDE_TUI_CONTENT", str(MINI))
    return path


BROKEN_SITES = {
    "syntax error": b"kiosk = true\nidle_timeout = = 60\n",
    "kiosk as text": b'kiosk = "true"\n',
    "nul byte": b"kiosk = true\n\x00\n",
    "not utf-8": b"kiosk = true\n\xff\n",
    "empty": b"",
    "unknown key (a typo of kiosk)": b"kiosk_mode = true\n",
    "idle_timeout nan": b"kiosk = true\nidle_timeout = nan\n",
    "idle_timeout too small": b"kiosk = true\nidle_timeout = 1\n",
    "exit key with spaces": b'kiosk = true\nexit_key = "ctrl alt q"\n',
    "exit key with a comma": b'kiosk = true\nexit_key = "ctrl+alt+q,escape"\n',
    "exit key a reader presses": b'kiosk = true\nexit_key = "escape"\n',
    "exit key a letter": b'kiosk = true\nexit_key = "q"\n',
    "exit key the quick exit": b'kiosk = true\nexit_key = "f12"\n',
    "deep nesting": b"x = " + b"[" * 600 + b"]" * 600 + b"\n",
}


@pytest.mark.parametrize("content", BROKEN_SITES.values(), ids=BROKEN_SITES.keys())
def test_a_broken_site_configuration_means_kiosk_mode(site, content):
    site.write_bytes(content)
    config, message = load_site_config(site)
    assert config.kiosk is True
    assert message and "\n" not in message and str(site) in message and "Kiosk mode is on" in message
    app = build_app(parse_run_options([]))
    assert not isinstance(app, str)
    assert app.kiosk and app.settings_store is None and app.progress_store is None
    assert app.idle_timeout == 180 or app.idle_timeout == config.idle_timeout
    assert any("Kiosk mode is on" in notice for notice in app.notices)


def test_a_bad_exit_key_is_dropped_and_named(site):
    site.write_bytes(b'kiosk = true\nexit_key = "ctrl alt q"\n')
    config, message = load_site_config(site)
    assert config.exit_key is None and "exit_key" in message and "ctrl alt q" in message


def test_a_folder_or_an_unreadable_file_means_kiosk_mode(site, monkeypatch):
    site.mkdir()
    assert load_site_config(site)[0].kiosk
    site.rmdir()
    site.write_text("kiosk = false\n")
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path) == str(site):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    config, message = load_site_config(site)
    assert config.kiosk and "permission denied" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_as_site_configuration_does_not_hang(site):
    os.mkfifo(site)
    result = {}
    worker = threading.Thread(target=lambda: result.update(r=load_site_config(site)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "start-up blocked on a named pipe"
    assert result["r"][0].kiosk


def test_no_site_configuration_is_a_personal_computer(site):
    assert load_site_config(site) == (SiteConfig(), None)


def test_a_good_site_configuration_is_used_as_written(site):
    site.write_text('kiosk = false\nidle_timeout = 60\nexit_key = "ctrl+k"\n')
    assert load_site_config(site) == (SiteConfig(kiosk=False, idle_timeout=60, exit_key="ctrl+k"), None)


def test_locate_names_what_is_wrong_with_the_site_configuration(site, capsys):
    site.write_text('kiosk = "yes"\n')
    assert main(["locate"]) == 0
    out = capsys.readouterr().out
    assert "PROBLEM" in out and "kiosk should be true or false" in out


@pytest.mark.parametrize("key", ["ctrl+k", "ctrl+q", "f10", "f1"])
def test_exit_keys_a_terminal_sends(key):
    assert exit_key_problem(key) is None


@pytest.mark.parametrize(
    "key",
    [
        "",
        "ctrl",
        "ctrl+",
        "Ctrl+K",
        "ctrl+kk",
        "shift+a",
        "ctrl+alt+q",
        "ctrl+i",
        "f12",
        "f24",
        " ctrl+k",
        "ctrl+k\n",
        42,
    ],
)
def test_exit_keys_nobody_can_press_or_anybody_could(key):
    assert exit_key_problem(key) is not None


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e309", "0.001", "0", "-1", "abc", "1e6"])
def test_idle_timeout_only_takes_finite_seconds_in_a_sane_range(value, capsys):
    with pytest.raises(SystemExit) as stopped:
        parse_run_options(["--idle-timeout", value])
    assert stopped.value.code == 2


def test_idle_timeout_in_range_is_taken():
    assert parse_run_options(["--idle-timeout", "60"]).idle_timeout == 60
