"""Text as the guide shows or prints it: numbers kept on one line, Markdown made plain."""

import pytest

from guide_tui.content.text import keep_numbers_together, markdown_to_text

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "text, shown",
    [
        ("call 116 000 now", f"call 116{NBSP}000 now"),
        ("0800 32 123", f"0800{NBSP}32{NBSP}123"),
        ("+32 2 511 64 64", f"+32{NBSP}2{NBSP}511{NBSP}64{NBSP}64"),
        ("078 05 58 00.", f"078{NBSP}05{NBSP}58{NBSP}00."),
        ("1712 or 1813", "1712 or 1813"),
        ("2 000 euro", "2 000 euro"),
    ],
)
def test_phone_numbers_are_kept_on_one_line(text, shown):
    assert keep_numbers_together(text) == shown


def test_printed_markdown_has_no_marks_and_no_internal_ids():
    advice = (
        "## Now\nThis is **financial sextortion**, _really_.\n- [Keep evidence](page:keep-evidence): *now*. snake_case"
    )
    assert markdown_to_text(advice) == "Now\nThis is financial sextortion, really.\n- Keep evidence: now. snake_case"
