"""A built guide-tui.pyz: collected only when $GUIDE_TUI_PYZ names one (tools/ci_deploy.sh,
called by .ci/run, builds it and runs these); see tests/conftest.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from guide_tui import __version__

from .test_deploy import _clean_env

# -- a built guide-tui.pyz (set $GUIDE_TUI_PYZ) ---------------------------------------------------

PYZ = os.environ.get("GUIDE_TUI_PYZ")


@pytest.fixture(scope="module")
def pyz_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pyz-home")


def _pyz(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    assert PYZ
    return subprocess.run(
        [sys.executable, str(Path(PYZ).resolve()), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=_clean_env(home, **env),
        cwd=home,
    )


def _cache(home: Path) -> Path:
    return home / ".cache" / "guide-tui" / "pyz" if sys.platform.startswith("linux") else Path()


def test_the_pyz_prints_its_version(pyz_home):
    result = _pyz(pyz_home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"guide-tui {__version__}"


def test_the_pyz_checks_its_bundled_content(pyz_home):
    result = _pyz(pyz_home, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("ok: 0 errors")


def test_the_pyz_names_the_folder_it_unpacked_into(pyz_home):
    result = _pyz(pyz_home, "locate")
    assert result.returncode == 0, result.stderr
    unpacked = [f for f in pyz_home.rglob("guide-tui.pyz_*") if f.is_dir()]
    assert len(unpacked) == 1 and unpacked[0].parent == _cache(pyz_home)
    assert f"program files unpacked from guide-tui.pyz (written on first start): {_cache(pyz_home)}" in result.stdout
    assert not (pyz_home / ".shiv").exists()


HEADLESS = """
import sys

from guide_tui.cli import build_app, parse_run_options

app = build_app(parse_run_options(sys.argv[1:]))
shown = []


async def first_screen(pilot):
    await pilot.pause()
    shown.append(type(pilot.app.screen).__name__)
    pilot.app.exit()


app.run(headless=True, size=(80, 24), auto_pilot=first_screen)
print(shown[0])
"""


def test_the_pyz_starts_headless_and_a_kiosk_start_after_the_first_writes_nothing(pyz_home):
    first = _pyz(pyz_home, "-c", HEADLESS, "--lang", "nl", SHIV_INTERPRETER="1")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().endswith("Screen"), first.stdout
    before = sorted((str(p), p.stat().st_mtime_ns) for p in pyz_home.rglob("*"))
    kiosk = _pyz(pyz_home, "-c", HEADLESS, "--kiosk", "--lang", "nl", SHIV_INTERPRETER="1")
    assert kiosk.returncode == 0 and kiosk.stdout == first.stdout, kiosk.stderr
    assert sorted((str(p), p.stat().st_mtime_ns) for p in pyz_home.rglob("*")) == before
