"""The breadcrumb gives way in the middle, then at the front, so the current page always shows."""

from guide_tui.ui.widgets.breadcrumb import ELLIPSIS, SEPARATOR, fit_trail

TRAIL = ["Start", "Recognise manipulation", "Sextortion"]


def test_a_trail_that_fits_is_shown_whole():
    assert fit_trail(TRAIL, 80) == TRAIL


def test_middle_steps_give_way_first_so_start_stays_while_there_is_room():
    width = len(SEPARATOR.join(["Start", ELLIPSIS, "Sextortion"]))
    assert fit_trail(TRAIL, width) == ["Start", ELLIPSIS, "Sextortion"]
    assert fit_trail(TRAIL, width - 1) == [ELLIPSIS, "Sextortion"]
    long = ["Start", "Alpha", "Beta", "Gamma"]
    assert fit_trail(long, len(SEPARATOR.join(["Start", ELLIPSIS, "Beta", "Gamma"]))) == [
        "Start",
        ELLIPSIS,
        "Beta",
        "Gamma",
    ]


def test_the_current_page_stays_even_when_nothing_fits():
    assert fit_trail(TRAIL, 3) == [ELLIPSIS, "Sextortion"]
    assert fit_trail(["Start"], 2) == ["Start"]


async def test_the_trail_is_fitted_to_the_width_it_is_laid_out_at():
    """Fitted in layout, not on mount and again on resize (the first frame had it on two lines)."""
    from textual.app import App, ComposeResult
    from textual.geometry import Size

    from guide_tui.ui.widgets.breadcrumb import Breadcrumb

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield Breadcrumb(TRAIL)

    async with One().run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        crumb = pilot.app.query_one(Breadcrumb)
        assert str(crumb.render()) == SEPARATOR.join(TRAIL)
        narrow = len(SEPARATOR.join(["Start", ELLIPSIS, "Sextortion"]))
        assert crumb.get_content_height(Size(80, 5), Size(80, 5), narrow) == 1
