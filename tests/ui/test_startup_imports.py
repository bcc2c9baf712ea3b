"""Start-up imports only what the first screens need: the Markdown widget and its parser come
with the first page, the other kinds' screens, search and the cross-file checks when they are
first used (each import costs start-up time on old school computers; bench/run.py measures it)."""

import os
import subprocess
import sys

import pytest

from tests.conftest import MINI

# The guide started as the command line starts it, headless, up to its first screen; then the
# names of every module imported so far.
PROBE = """
import asyncio, sys
from guide_tui.cli import build_app, parse_run_options
app = build_app(parse_run_options(sys.argv[1:]))
first_frame = []
app.warm_up = lambda: first_frame.append(sorted(sys.modules))  # what was there when it ran
async def first_screen():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(type(app.screen).__name__)
asyncio.run(first_screen())
print(" ".join(first_frame[0]))
"""

# Never before the first screen: (module name or prefix, why it would be there).
NOT_AT_START = [
    "markdown_it",  # a page's body
    "pygments",
    "textual.widgets._markdown",
    "guide_tui.ui.widgets.markdown_text",
    "guide_tui.ui.screens.page",
    "guide_tui.ui.screens.help_entry",
    "guide_tui.ui.screens.scenario",
    "guide_tui.ui.screens.selfcheck",
    "guide_tui.ui.screens.checklist",
    "guide_tui.ui.screens.plan",
    "guide_tui.ui.screens.search",
    "guide_tui.content.search",
    "guide_tui.content.validate",  # cross-file checks: `check` only
    "json",  # with validate (fingerprints)
    "hashlib",
    "guide_tui.ui.facilitator",  # a lesson plan being run
]
# Nor before the language screen, which saves nothing and reads no entry. (A start with a
# language saves it the first time, and the small fixture has files with problems.)
NOT_AT_LANGUAGE_SCREEN = [
    "tomli_w",  # settings or progress being saved
    "guide_tui.content.key_locator",  # the line of a problem in a file
]


def _first_screen_imports(tmp_path, *args):
    env = {key: value for key, value in os.environ.items() if not key.startswith("GUIDE_TUI")}
    env.update(
        GUIDE_TUI_CONTENT=str(MINI),
        GUIDE_TUI_SITE_CONFIG=str(tmp_path / "no-site.toml"),
        GUIDE_TUI_SETTINGS=str(tmp_path / "settings.toml"),
        GUIDE_TUI_DATA_DIR=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    screen, modules = result.stdout.strip().splitlines()[-2:]
    return screen, set(modules.split())


@pytest.mark.parametrize(
    "args,screen",
    [([], "LanguageScreen"), (["--lang", "en"], "MenuScreen")],
    ids=["language screen", "main menu"],
)
def test_the_first_screen_imports_nothing_it_does_not_show(tmp_path, args, screen):
    shown, modules = _first_screen_imports(tmp_path, *args)
    assert shown == screen
    assert "guide_tui.ui.app" in modules  # the probe did start the guide
    imported = sorted(m for m in modules for name in NOT_AT_START if m == name or m.startswith(name + "."))
    assert imported == []


def test_the_language_screen_imports_no_screen_of_the_guide(tmp_path):
    _shown, modules = _first_screen_imports(tmp_path)
    assert not {"guide_tui.ui.kind_screens", "guide_tui.ui.screens.menu", "guide_tui.ui.screens.entry"} & modules
    assert not set(NOT_AT_LANGUAGE_SCREEN) & modules


def test_once_the_first_screen_is_drawn_the_page_screen_is_imported_for_the_first_page(tmp_path):
    probe = PROBE.replace("app.warm_up = lambda", "lambda").replace("first_frame[0]", "sorted(sys.modules)")
    env = {key: value for key, value in os.environ.items() if not key.startswith("GUIDE_TUI")}
    env.update(GUIDE_TUI_CONTENT=str(MINI), GUIDE_TUI_SETTINGS=str(tmp_path / "settings.toml"))
    env.update(GUIDE_TUI_SITE_CONFIG=str(tmp_path / "no-site.toml"), GUIDE_TUI_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", probe, "--lang", "en"], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    screen, modules = result.stdout.strip().splitlines()[-2:]
    assert screen == "MenuScreen"
    assert "guide_tui.ui.screens.page" in modules.split()
    assert "markdown_it" not in modules.split()  # the content's Markdown needs no markdown-it
