"""`guide-tui locate | head` and `guide-tui check | head` end quietly when the reader stops reading."""

import io

import pytest

from guide_tui import cli
from guide_tui.content import bundled_content


class ClosedPipe(io.StringIO):
    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("command", [["locate"], ["check", str(bundled_content())], ["list"], ["export", "card"]])
def test_a_closed_pipe_ends_without_a_traceback(monkeypatch, command):
    monkeypatch.setattr("sys.stdout", ClosedPipe())
    assert cli.main(command) == 1
