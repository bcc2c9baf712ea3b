"""The start runs without cycle collection until the first screen is drawn (cli.run turns it
off, GuideApp.warm_up back on): it must come back on in every way a start can end."""

import argparse
import gc

from guide_tui import cli
from guide_tui.ui.app import GuideApp


async def test_the_first_screen_turns_the_collector_back_on(mini_guide):
    gc.disable()
    try:
        app = GuideApp(mini_guide, language="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()


def test_a_start_that_never_shows_a_screen_leaves_the_collector_on(monkeypatch, capsys):
    monkeypatch.setattr(cli, "build_app", lambda options: "no content here")
    assert cli.run(argparse.Namespace(plain=False)) == 2
    assert gc.isenabled()
    assert "no content here" in capsys.readouterr().err
