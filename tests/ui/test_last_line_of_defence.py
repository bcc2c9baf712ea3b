"""Issue 10, item 2: an unexpected exception never shows a traceback or reader data; outside
kiosk mode the guide wipes the terminal, apologises and exits non-zero; a kiosk wipes and starts
a fresh guide on the neutral screen (review H2, L9)."""

import argparse

import pytest

from guide_tui import cli
from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.menu import MenuScreen
from guide_tui.ui.screens.neutral import NeutralScreen

SECRET = "the reader's answer: sext-images"


def _explode(self, option_id):
    raise RuntimeError(SECRET)


async def test_a_crash_in_the_app_ends_it_with_status_1_and_prints_nothing(mini_guide, monkeypatch, capsys):
    monkeypatch.setattr(MenuScreen, "option_chosen", _explode)
    app = GuideApp(mini_guide, language="en")
    with pytest.raises(RuntimeError):  # run_test re-raises, as for any Textual app
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
    assert app.return_code == 1 and app.crashed
    assert SECRET in (app.crash_report or "")  # in memory, for --debug only
    out, err = capsys.readouterr()
    assert SECRET not in out + err and "Traceback" not in out + err


async def test_a_kiosk_started_again_after_a_crash_shows_the_neutral_screen(mini_guide):
    app = GuideApp(mini_guide, kiosk=True, start_neutral=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NeutralScreen)
        assert app.session.answers == {} and app.session.ticks == {}


class FakeApp:
    """Stands in for GuideApp in cli.run (a real run needs a terminal)."""

    built = []

    def __init__(self, kiosk, crash):
        self.kiosk = kiosk
        self.crash_report = f"Traceback ...\nRuntimeError: {SECRET}\n" if crash else None
        self.quick_exited = False
        self.return_code = 1 if crash else 0

    @property
    def crashed(self):
        return self.crash_report is not None

    def run(self):
        return None


@pytest.fixture
def fake_cli(monkeypatch, tmp_path):
    monkeypatch.setenv("GUIDE_TUI_DATA_DIR", str(tmp_path / "data"))
    wiped = []
    monkeypatch.setattr(cli, "wipe_terminal", lambda: wiped.append(True))
    built = []

    def install(crashes, kiosk):
        def build(options):
            built.append(bool(getattr(options, "start_neutral", False)))
            return FakeApp(kiosk, crash=len(built) <= crashes)

        monkeypatch.setattr(cli, "build_app", build)
        return built, wiped

    return install


def _options(debug=False):
    return argparse.Namespace(debug=debug)


def test_outside_kiosk_a_crash_wipes_apologises_and_exits_1(fake_cli, capsys, tmp_path):
    built, wiped = fake_cli(crashes=1, kiosk=False)
    assert cli.run(_options()) == 1
    out, err = capsys.readouterr()
    assert wiped and cli.APOLOGY in err and "--debug" in err
    assert SECRET not in out + err
    assert not (tmp_path / "data" / "crash-report.txt").exists()  # only with --debug


def test_with_debug_the_details_go_where_locate_says(fake_cli, capsys, tmp_path):
    fake_cli(crashes=1, kiosk=False)
    assert cli.run(_options(debug=True)) == 1
    report = tmp_path / "data" / "crash-report.txt"
    assert SECRET in report.read_text("utf-8")
    assert str(report) in capsys.readouterr().err
    cli.main(["locate"])
    assert str(report) in capsys.readouterr().out


def test_a_kiosk_starts_a_fresh_guide_on_the_neutral_screen_after_a_crash(fake_cli, capsys):
    built, wiped = fake_cli(crashes=1, kiosk=True)
    assert cli.run(_options()) == 0  # the fresh guide ran and was left normally
    assert built == [False, True] and len(wiped) == 1
    assert SECRET not in "".join(capsys.readouterr())


def test_a_kiosk_that_keeps_crashing_stops_with_status_1(fake_cli, capsys):
    built, wiped = fake_cli(crashes=99, kiosk=True)
    assert cli.run(_options(), clock=lambda: 0.0) == 1
    assert len(built) == cli.CRASH_LIMIT and len(wiped) == cli.CRASH_LIMIT
    assert SECRET not in "".join(capsys.readouterr())
