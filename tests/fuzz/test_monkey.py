"""Seeded random keys and clicks across every screen of the bundled guide, in every language,
in normal and kiosk mode (issue 10, item 5). The app must never raise or leave by itself, a
kiosk must never leave at all, and quick exit must work at the end.

GUIDE_FUZZ=long python -m pytest -q -n 0 tests/fuzz/test_monkey.py   # 2,000 keys x 6 = 12,000
GUIDE_FUZZ_SEED=N changes the seed (default 2026); the seed of a failure is in its message.
"""

import os
import random

import pytest

from guide_tui.content import bundled_content, load_guide
from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.neutral import NeutralScreen

from .sizes import LEVEL, size

SEED = int(os.environ.get("GUIDE_FUZZ_SEED", "2026"))
KEYS = [
    "up",
    "down",
    "left",
    "right",
    "enter",
    "enter",
    "space",
    "tab",
    "shift+tab",
    "escape",
    "backspace",
    "pageup",
    "pagedown",
    "home",
    "end",
    "f2",
    "a",
    "z",
    "1",
    "?",
    "ctrl+c",
    "ctrl+a",
]
# Keys that end the program on purpose outside kiosk mode; a kiosk must ignore them.
LEAVING = ["ctrl+q", "p", "f12", "ctrl+x", "ctrl+z", "ctrl+backslash"]


class StoppedClock:
    """Idle time never passes, so no idle reset interferes (and no real time is waited)."""

    def __call__(self) -> float:
        return 0.0


@pytest.fixture(scope="module")
def guide():
    return load_guide(bundled_content())


def _inside(region, x, y):
    return region.x <= x < region.x + region.width and region.y <= y < region.y + region.height


# Every language in both modes; to stay within its time the default (small) run takes two,
# one normal and one kiosk, picked by the seed.
RUNS = [(language, kiosk) for language in ("nl", "fr", "en") for kiosk in (False, True)]
if LEVEL == "small":
    RUNS = [RUNS[SEED % 6], RUNS[(SEED + 3) % 6]]


@pytest.mark.parametrize("language, kiosk", RUNS, ids=[f"{lang}-{'kiosk' if k else 'normal'}" for lang, k in RUNS])
async def test_random_keys_and_clicks_never_crash_and_quick_exit_still_works(guide, language, kiosk):
    seed = f"{SEED}-{language}-{kiosk}"
    rng = random.Random(seed)
    width, height = rng.choice([(80, 24), (40, 12), (100, 30)])
    ids = guide.entry_ids(language)
    app = GuideApp(guide, language=language, kiosk=kiosk, idle_timeout=60, clock=StoppedClock())
    keys = KEYS + (LEAVING if kiosk else [])
    async with app.run_test(size=(width, height)) as pilot:
        await pilot.pause()
        for step in range(size("monkey_keys")):
            roll = rng.random()
            if roll < 0.04:
                app.open_entry(rng.choice(ids))  # as a link would: reaches every kind of screen
            elif roll < 0.2:
                x, y = rng.randrange(width), rng.randrange(height)
                quick_exit = app.screen.query("#quick-exit")
                if not kiosk and quick_exit and _inside(quick_exit.first().region, x, y):
                    continue
                await pilot.click(offset=(x, y))
            else:
                await pilot.press(rng.choice(keys))
            assert app.is_running, f"the guide left by itself at step {step} (seed {seed!r})"
        await pilot.press("f12")
        await pilot.pause()
        if kiosk:
            assert app.is_running and isinstance(app.screen, NeutralScreen)
            assert app.session.answers == {} and app.session.ticks == {}
    if not kiosk:
        assert app.quick_exited
