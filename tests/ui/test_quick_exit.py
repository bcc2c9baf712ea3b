"""Quick exit hides the guide at once, from every kind of screen, in both modes."""

import os
import select
import sys
import time  # only for the real-terminal test

import pytest
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Input

from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.help_entry import HelpEntryScreen
from guide_tui.ui.screens.language import LanguageScreen
from guide_tui.ui.screens.menu import MenuScreen
from guide_tui.ui.screens.neutral import NeutralScreen
from guide_tui.ui.screens.page import PageScreen

from .helpers import choose_option, screen_text

# Where each kind of screen can be reached: (language, open_id) -> expected screen class.
SCREENS = [
    (None, None, LanguageScreen),
    ("nl", None, MenuScreen),
    ("fr", "sextortion", PageScreen),
    ("en", "child-focus", HelpEntryScreen),
]


class TypingModal(ModalScreen):
    """A modal with a text field, as later features (search, notes) will have."""

    def compose(self) -> ComposeResult:
        yield Input(id="field")


@pytest.mark.parametrize("key", ["f12", "ctrl+x"])
@pytest.mark.parametrize("language,open_id,screen_class", SCREENS)
async def test_quick_exit_ends_the_program_from_every_screen(bundled_guide, key, language, open_id, screen_class):
    app = GuideApp(bundled_guide, language=language, open_id=open_id)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, screen_class)
        await pilot.press(key)
        await pilot.pause()
        assert app.quick_exited
        assert not app.is_running


@pytest.mark.parametrize("key", ["f12", "ctrl+x"])
async def test_quick_exit_works_inside_a_modal_while_typing(bundled_guide, key):
    app = GuideApp(bundled_guide, language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(TypingModal())
        await pilot.pause()
        assert isinstance(app.focused, Input)
        await pilot.press("h", "i")
        assert app.focused.value == "hi"
        await pilot.press(key)
        await pilot.pause()
        assert app.quick_exited and not app.is_running


async def test_the_quick_exit_control_is_on_every_screen_and_clickable(bundled_guide):
    for language, open_id, _screen_class in SCREENS:
        app = GuideApp(bundled_guide, language=language, open_id=open_id)
        async with app.run_test(size=(80, 24)) as pilot:
            region = app.screen.query_one("#quick-exit").region
            assert region.width > 10 and region.height == 1 and region.y == 0
            await pilot.click("#quick-exit")
            await pilot.pause()
            assert app.quick_exited and not app.is_running


@pytest.mark.parametrize("language,open_id,screen_class", SCREENS)
async def test_kiosk_quick_exit_shows_a_neutral_screen_and_forgets_the_session(
    bundled_guide, language, open_id, screen_class
):
    app = GuideApp(bundled_guide, language=language, open_id=open_id, kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        if language:
            await app.push_screen(TypingModal())
            await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        assert app.is_running and not app.quick_exited
        assert isinstance(app.screen, NeutralScreen)
        assert len(app.screen_stack) == 2  # the neutral screen on the empty base: nothing to go back to
        shown = screen_text(app)
        # No site language set: in the language of the session that just ended (review item 13).
        assert shown == bundled_guide.strings(language or bundled_guide.default_language)["neutral-screen"]
        for title in ("Child Focus", "Sextortion", "116 000"):
            assert title not in shown
        assert app.language == bundled_guide.default_language
        await pilot.press("escape")  # any key starts afresh
        await pilot.pause()
        assert isinstance(app.screen, LanguageScreen)
        assert len(app.screen_stack) == 2


async def test_kiosk_cannot_be_quit_from_the_keyboard(bundled_guide):
    app = GuideApp(bundled_guide, language="en", kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q", "ctrl+c")
        await pilot.pause()
        assert app.is_running
        assert "ctrl+q" not in [b.binding.key for b in app.screen.active_bindings.values() if b.enabled]


async def test_kiosk_exit_key_from_the_site_configuration_quits(bundled_guide):
    app = GuideApp(bundled_guide, language="en", kiosk=True, exit_key="ctrl+alt+e")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+alt+e")
        await pilot.pause()
        assert not app.is_running


class FakeClock:
    """A clock the test moves by hand: no real waiting, so no race with the reader's keys."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_kiosk_idle_reset_returns_to_the_language_screen(bundled_guide):
    clock = FakeClock()
    app = GuideApp(bundled_guide, kiosk=True, idle_timeout=60, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await choose_option(pilot, "fr")
        await choose_option(pilot, "recognise")
        assert app.language == "fr" and isinstance(app.screen, MenuScreen)
        clock.now += 59
        app.reset_if_idle()
        await pilot.pause()
        assert isinstance(app.screen, MenuScreen)  # not yet
        clock.now += 1
        app.reset_if_idle()
        await pilot.pause()
        assert isinstance(app.screen, LanguageScreen)
        assert len(app.screen_stack) == 2
        assert app.language == bundled_guide.default_language


async def test_input_postpones_the_idle_reset(bundled_guide):
    clock = FakeClock()
    app = GuideApp(bundled_guide, language="en", kiosk=True, idle_timeout=60, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await choose_option(pilot, "recognise")
        for _ in range(3):  # the reader keeps pressing keys, each within the timeout
            clock.now += 50
            await pilot.press("down")
            app.reset_if_idle()
            await pilot.pause()
            assert isinstance(app.screen, MenuScreen)
        clock.now += 60
        app.reset_if_idle()
        await pilot.pause()
        assert isinstance(app.screen, LanguageScreen)


async def test_only_a_kiosk_looks_at_its_idle_watch_on_a_timer(bundled_guide):
    for kiosk in (True, False):
        app = GuideApp(bundled_guide, kiosk=kiosk, idle_timeout=60, clock=FakeClock())
        async with app.run_test(size=(80, 24)):
            assert (app.idle_timer is not None) == kiosk


def test_quick_exit_in_a_real_terminal_leaves_no_guide_text():
    """Run the guide in a pseudo-terminal, press F12, and read what the terminal shows after."""
    import pty

    import pyte

    pid, fd = pty.fork()
    if pid == 0:  # the child: the guide, as a reader would start it
        os.environ.update(TERM="xterm-256color", COLUMNS="80", LINES="24")
        os.execv(sys.executable, [sys.executable, "-m", "guide_tui", "--lang", "en", "--open", "child-focus"])
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    screen = pyte.Screen(80, 24)
    stream = pyte.ByteStream(screen)
    output = b""

    def read_until(predicate, seconds=20):
        nonlocal output
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not predicate():
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return  # the child closed the terminal
                if not chunk:
                    return
                output += chunk
                stream.feed(chunk)

    def shown() -> str:  # phone numbers are kept together with no-break spaces: a reader sees spaces
        return "\n".join(screen.display).replace("\u00a0", " ")

    read_until(lambda: "116 000" in shown())
    assert "116 000" in shown(), "the guide never showed its page"
    os.write(fd, b"\x1b[24~")  # F12
    read_until(lambda: False, seconds=10)  # until the program ends
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.WEXITSTATUS(status) == 0
    after = shown()
    assert "116 000" not in after and "Child Focus" not in after and "Quick exit" not in after
    assert output.rstrip().endswith(b"\x1b[3J\x1b[H"), "the scrollback was not wiped last"
