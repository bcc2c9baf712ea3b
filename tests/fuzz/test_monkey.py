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
    keys = KEYS + (LEAVING if kiosk else [])
    steps = size("monkey_keys")
    step = 0
    leaves = 0
    while True:
        app = GuideApp(guide, language=language, kiosk=kiosk, idle_timeout=60, clock=StoppedClock())
        async with app.run_test(size=(width, height)) as pilot:  # re-raises any exception in the app
            await pilot.pause()
            while step < steps and app.is_running:
                step += 1
                roll = rng.random()
                if roll < 0.04:
                    app.open_entry(rng.choice(ids))  # as a link would: reaches every kind of screen
                elif roll < 0.2:
                    # Anywhere, footer included: its Quit and Quick exit leave a normal guide on purpose.
                    await pilot.click(offset=(rng.randrange(width), rng.randrange(height)))
                else:
                    await pilot.press(rng.choice(keys))
            if step >= steps and app.is_running:
                await pilot.press("f12")
                await pilot.pause()
                if kiosk:
                    assert app.is_running and isinstance(app.screen, NeutralScreen)
                    assert app.session.answers == {} and app.session.ticks == {}
                    return
        assert not app.crashed, f"crashed at step {step} (seed {seed!r})"
        assert not kiosk, f"the kiosk was left at step {step} (seed {seed!r})"
        if step >= steps:
            assert app.quick_exited
            return
        leaves += 1  # a click on the footer's Quit or Quick exit: a fresh guide, as a reader would
        assert leaves <= steps // 5 + 2, f"the guide keeps leaving by itself (seed {seed!r})"
