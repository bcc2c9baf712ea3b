"""The guide never opens a network socket: only the event loop's local socket pair is allowed."""

import socket

from guide_tui.ui.app import GuideApp

from .helpers import choose_option


async def test_a_full_session_opens_no_network_socket(mini_guide, monkeypatch):
    """Every language chosen, every entry of every kind opened and left; then quick exit."""
    opened = []
    real_socket = socket.socket

    class WatchedSocket(real_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            super().__init__(family, type, proto, fileno)
            opened.append(self.family)

    def no_lookups(*args, **kwargs):
        opened.append(("getaddrinfo", args))
        raise OSError("no network in the guide")

    monkeypatch.setattr(socket, "socket", WatchedSocket)
    monkeypatch.setattr(socket, "getaddrinfo", no_lookups)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: opened.append(("connect", a)))

    app = GuideApp(mini_guide)
    visited = set()
    async with app.run_test(size=(80, 24)) as pilot:
        for code in mini_guide.language_codes:
            await choose_option(pilot, code)
            depth = len(app.screen_stack)
            for entry_id in mini_guide.entry_ids(code) if code == "en" else ():
                app.open_entry(entry_id)
                await pilot.pause()
                assert app.screen.entry_id == entry_id
                visited.add(type(app.screen).__name__)
                await pilot.press("enter")  # the first item, answer or message of the screen
                await pilot.pause()
                while len(app.screen_stack) > depth:
                    await app.pop_screen()
            await pilot.press("escape")  # from the main menu to the language screen
            await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
    assert app.quick_exited
    assert visited >= {
        "MenuScreen",
        "PageScreen",
        "HelpEntryScreen",
        "ScenarioScreen",
        "SelfCheckScreen",
        "ChecklistScreen",
    }
    network = [family for family in opened if family in (socket.AF_INET, socket.AF_INET6) or isinstance(family, tuple)]
    assert network == []
