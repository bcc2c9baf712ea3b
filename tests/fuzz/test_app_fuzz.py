r"""Generated content that `guide-tui check` passes, opened in the app headless (issue 10, item 5):
every entry is opened and poked with a few keys; the app must never raise.

GUIDE_FUZZ=long python -m pytest -q -n 0 tests/fuzz/test_app_fuzz.py   # 10,000 folders

or in chunks that each count once done (GUIDE_FUZZ_EXAMPLES, sizes.py), a seed each:

for seed in $(seq 10); do GUIDE_FUZZ=long GUIDE_FUZZ_EXAMPLES=1000 python -m pytest -q -n 0 \
    tests/fuzz/test_app_fuzz.py --hypothesis-seed=$seed --hypothesis-show-statistics; done

Keys are sent as Pilot sends them, but each is followed by `settle`, which waits for the app's
messages, mounts and painting to be done, instead of Pilot's waits for the CPU to go idle (at
least 20 ms each, two per key): an example costs its CPU time only (about 0.8 s here), no idle
waits. What is left is Textual's own work (styles, footers, layout) for every screen opened.
`settle` reads Textual's private state: Textual is pinned, and tests/ui/test_textual_compat.py
fails on an upgrade (then check `busy` and `settle` here too).
"""

import asyncio
import tempfile
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st
from textual import events
from textual.pilot import Pilot

from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp

from ..conftest import FIXTURE_TODAY
from .content_strategies import content_folders, write_folder
from .sizes import fuzz_settings

KEYS = ["down", "up", "enter", "tab", "space", "end", "pagedown", "f2", "n", "l", "r", "right", "left"]
CHARS = {"tab": "\t", "space": " "}  # the characters Pilot sends with these keys
SETTLE_ROUNDS = 200  # more rounds than this: messages that keep making more messages, a bug


def busy(app: GuideApp) -> bool:
    """Whether anything in the app still has a message to handle, a widget to mount, or a screen
    to lay out, paint or call back after painting (Textual's private state, read only)."""
    nodes = [app]
    for screen in app.screen_stack:
        nodes.extend(screen.walk_children(with_self=True))
    for node in nodes:
        if node._closing or node._closed:
            continue
        waiting = node._message_queue.qsize() or node._pending_message or node._next_callbacks
        if waiting or not node._is_mounted:
            return True
    screen = app.screen
    return bool(
        screen._layout_required
        or screen._scroll_required
        or screen._repaint_required
        or screen._recompose_required
        or screen._dirty_widgets
        or screen._callbacks
    )


async def settle(pilot: Pilot) -> bool:
    """Wait, without a clock, until the app is quiet: every message handled, every widget
    mounted, the screen laid out and painted (Pilot leaves painting to a 60 fps timer and waits
    for the CPU to go idle; here it is done at once). False once the app has crashed."""
    app = pilot.app
    for _ in range(SETTLE_ROUNDS):
        await app.animator.wait_until_complete()
        if app._exception is not None or not await pilot._wait_for_screen():
            return False
        if app._exit or not busy(app):  # an app on its way out handles nothing more
            return True
        app.screen._on_timer_update()  # lays out, paints, then runs the after-refresh callbacks
    raise AssertionError(f"the app never settles ({SETTLE_ROUNDS} rounds)")


async def press(pilot: Pilot, key: str) -> bool:
    """Press `key` as `Pilot.press` does, then settle."""
    event = events.Key(key, CHARS.get(key, key if len(key) == 1 else None))
    event.set_sender(pilot.app)
    await pilot.app._post_message(event)
    return await settle(pilot)


async def poke(pilot: Pilot, entry_id: str, keys) -> bool:
    """Open one entry and press the keys on it; False once the app has crashed."""
    pilot.app.open_entry(entry_id)
    if not await settle(pilot):
        return False
    for key in keys:
        if not await press(pilot, key):
            return False
    return True


async def open_everything(guide, size, keys, facilitator):
    app = GuideApp(guide, language="en", facilitator=facilitator)
    async with app.run_test(size=size) as pilot:  # re-raises any exception in the app
        await settle(pilot)
        depth = len(app.screen_stack)
        menus = ("recognise", "privacy", "help")  # plain menus of generated items: opened from home
        for entry_id in [i for i in guide.entry_ids("en") if i not in menus]:
            if not await poke(pilot, entry_id, keys):
                break
            while len(app.screen_stack) > depth:
                app.pop_screen()
        await press(pilot, "f12")
    assert app.quick_exited


@fuzz_settings("app_generated")
@given(
    files=content_folders(),
    size=st.sampled_from([(80, 24), (40, 12), (120, 40)]),
    keys=st.lists(st.sampled_from(KEYS), max_size=4),
    facilitator=st.booleans(),
)
def test_content_that_check_passes_never_crashes_the_app(files, size, keys, facilitator):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "content"
        write_folder(root, files)
        guide = load_guide(root, today=FIXTURE_TODAY)
        errors = [problem for problem in guide.load_all() if problem.is_error]
        assume(not errors)  # the property is about content `check` passes
        asyncio.run(open_everything(guide, size, keys, facilitator))
