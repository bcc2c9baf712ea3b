"""A source's (year, month): the dates read without the pattern read as with it."""

import re

import pytest

from guide_tui.content.model import MONTH_PATTERN, Source

DATES = [
    "2020",
    "2020-03",
    "2020-03-02",
    "1999-12",
    "2020-1",
    "2020-",
    "20201",
    "2020-ab",
    "2020-0x",
    "1899",
    "2100",
    "undated",
    "",
    "c. 2024",
    "2024-03 (archive)",
    "20",
    "2020-\u0661\u0662",
    "\u0662\u0660\u0662\u0660",
    "19\u0662\u0660-03",
    "2019-1-2",
    "around 2019-05",
]


@pytest.mark.parametrize("date", DATES)
def test_month_as_the_pattern(date):
    found = re.search(MONTH_PATTERN, date)
    expected = (int(found.group(1)), int(found.group(2) or 1)) if found else None
    assert Source("x", date).month == expected
