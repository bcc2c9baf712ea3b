"""Text wrapped never at a no-break space (widgets/wrapped_text.py): a source's bullet keeps the
start of an address too wide for the window on its line, and a phone number stays whole."""

from textual.app import App, ComposeResult
from textual.content import Content

from guide_tui.ui.widgets.wrapped_text import WrappedText, wrap

ADDRESS = "brusselstimes.com/belgium/1842713/child-focus-launches-platform-against-sextortion/"


def test_an_address_wider_than_the_line_starts_on_its_bullet_s_line_and_folds():
    assert [line.plain for line in Content(f"-\u00a0{ADDRESS}").wrap(40)][0] == "-"  # Textual's own wrap
    lines = [line.plain for line in wrap(Content(f"-\u00a0{ADDRESS} (2025-11)"), 40)]
    assert lines[0] == f"-\u00a0{ADDRESS[:38]}"
    assert "".join(lines).replace(" ", "") == f"-\u00a0{ADDRESS}(2025-11)"
    assert all(len(line) <= 40 for line in lines)


def test_a_phone_number_is_never_cut():
    lines = [line.plain for line in wrap(Content("Call the number 116\u00a0000 now please."), 19)]
    assert lines == ["Call the number", "116\u00a0000 now please."]


async def test_the_widget_wraps_for_the_width_it_is_laid_out_at():
    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield WrappedText(Content(f"Sources:\n-\u00a0{ADDRESS} (2025-11)\n\nBased on sources from 2025."))

    async with One().run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        widget = pilot.app.query_one(WrappedText)
        shown = [line.rstrip() for line in str(widget.render()).split("\n")]
        assert shown[1] == f"-\u00a0{ADDRESS[:38]}"
        assert widget.size.height == len(shown) and shown[-2:] == ["", "Based on sources from 2025."]
