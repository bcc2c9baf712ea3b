"""`guide-tui serve`: the page is served on this computer only, loads nothing from other sites,
and each browser tab is a guide that writes nothing."""

import socket
import subprocess
import sys
import time
import urllib.request

from guide_tui.cli import build_app, parse_run_options


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_page_is_served_locally_and_loads_nothing_from_elsewhere(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "guide_tui", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 30
        while True:  # poll until the server answers (a condition, not a fixed wait)
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
                break
            except OSError:
                assert time.monotonic() < deadline, "the server never answered"
                assert server.poll() is None, "the server stopped"
                time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert "textual.js" in page
    external = [line for line in page.splitlines() if ("src=" in line or "href=" in line) and "127.0.0.1" not in line]
    assert external == []


def test_a_browser_session_writes_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(tmp_path / "none.toml"))
    app = build_app(parse_run_options(["--browser-session"]))
    assert app.settings_store is None and app.progress_store is None and not app.kiosk


def test_a_browser_session_can_run_in_facilitator_mode(monkeypatch, tmp_path):
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(tmp_path / "none.toml"))
    app = build_app(parse_run_options(["--browser-session", "--facilitator"]))
    assert not isinstance(app, str) and app.settings_store is None
