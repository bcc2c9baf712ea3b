"""The breadcrumb gives way at the front, so the current page always shows."""

from guide_tui.ui.widgets.breadcrumb import ELLIPSIS, SEPARATOR, fit_trail

TRAIL = ["Start", "Recognise manipulation", "Sextortion"]


def test_a_trail_that_fits_is_shown_whole():
    assert fit_trail(TRAIL, 80) == TRAIL


def test_leading_steps_give_way_to_an_ellipsis():
    width = len(SEPARATOR.join([ELLIPSIS, *TRAIL[1:]]))
    assert fit_trail(TRAIL, width) == [ELLIPSIS, *TRAIL[1:]]
    assert fit_trail(TRAIL, width - 1) == [ELLIPSIS, "Sextortion"]


def test_the_current_page_stays_even_when_nothing_fits():
    assert fit_trail(TRAIL, 3) == [ELLIPSIS, "Sextortion"]
    assert fit_trail(["Start"], 2) == ["Start"]
