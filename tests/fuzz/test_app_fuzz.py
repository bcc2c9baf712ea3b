"""Generated content that `guide-tui check` passes, opened in the app headless (issue 10, item 5):
every entry is opened and poked with a few keys; the app must never raise.

GUIDE_FUZZ=long python -m pytest -q -n 0 tests/fuzz/test_app_fuzz.py   # 10,000 folders
"""

import asyncio
import tempfile
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp

from ..conftest import FIXTURE_TODAY
from .content_strategies import content_folders, write_folder
from .sizes import fuzz_settings

KEYS = ["down", "up", "enter", "tab", "space", "end", "pagedown", "f2", "n", "l", "r", "right", "left"]


async def open_everything(guide, size, keys, facilitator):
    app = GuideApp(guide, language="en", facilitator=facilitator)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        depth = len(app.screen_stack)
        menus = ("recognise", "privacy", "help")  # plain menus of generated items: opened from home
        for entry_id in [i for i in guide.entry_ids("en") if i not in menus]:
            app.open_entry(entry_id)
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
            while len(app.screen_stack) > depth:
                app.pop_screen()
        await pilot.press("f12")
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
