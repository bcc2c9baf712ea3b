"""The guide never opens a network socket: only the event loop's local socket pair is allowed."""

import socket

from textual.widgets import OptionList

from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.menu import MenuScreen

from .helpers import choose_option


async def test_a_full_session_opens_no_network_socket(bundled_guide, monkeypatch):
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

    app = GuideApp(bundled_guide)
    async with app.run_test(size=(80, 24)) as pilot:
        for code in ("nl", "fr", "en"):
            await choose_option(pilot, code)
            home = app.screen.query_one(OptionList)
            for index in range(home.option_count):
                entry_id = home.get_option_at_index(index).id
                await choose_option(pilot, entry_id)
                if isinstance(app.screen, MenuScreen):  # a menu: open its first entry too
                    await pilot.press("enter")
                    await pilot.pause()
                    await pilot.press("escape")
                await pilot.press("escape")
                await pilot.pause()
            await pilot.press("escape")  # back to the language screen
            await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
    assert app.quick_exited
    network = [family for family in opened if family in (socket.AF_INET, socket.AF_INET6) or isinstance(family, tuple)]
    assert network == []
