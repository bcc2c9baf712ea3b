"""Honest dates: the years a reader sees come from the sources, and `check` warns when the
newest source, or the last live check, is old."""

import datetime as dt

import pytest

from guide_tui.content import load_guide
from guide_tui.content.model import Source, source_years

TODAY = dt.date(2026, 11, 28)
PAGE = """format = 1
kind = "page"
id = "dated"
title = "Dated"
reviewed = 2026-11-28
{extra}
sources = [
{sources}
]
body = "Text."
"""


@pytest.mark.parametrize(
    "date, year",
    [("2023-03", 2023), ("2021", 2021), ("2025-03-11", 2025), ("c. 2024", 2024), ("undated", None), ("", None)],
)
def test_a_source_knows_its_year(date, year):
    assert Source("example.org", date).year == year


def test_readers_see_the_span_of_dated_sources_only():
    sources = [Source("a", "2020-04-18"), Source("b", "undated"), Source("c", "2025-03")]
    assert source_years(sources) == (2020, 2025)
    assert source_years([Source("b", "undated")]) is None


def _problems(root, sources, extra=""):
    path = root / "en" / "dated.toml"
    path.write_text(PAGE.format(sources=sources, extra=extra), encoding="utf-8")
    guide = load_guide(root, today=TODAY)
    return [p for p in guide.load_all() if p.path == path]  # old sources are check's business


def test_an_entry_whose_newest_source_is_over_two_years_old_is_warned_about(mini_copy):
    (problem,) = _problems(mini_copy, '  { url = "a.be", date = "2019" },\n  { url = "b.be", date = "2024-10" },')
    assert problem.severity == "warning" and problem.line == 7
    assert "2024-10" in problem.message and "24 months" in problem.message


@pytest.mark.parametrize(
    "sources",
    ['  { url = "b.be", date = "2024-11" },', '  { url = "b.be", date = "undated" },'],
    ids=["24 months", "undated"],
)
def test_recent_or_undated_sources_are_not_warned_about(mini_copy, sources):
    assert _problems(mini_copy, sources) == []


def test_an_old_live_check_is_warned_about(mini_copy):
    (problem,) = _problems(mini_copy, '  { url = "b.be", date = "2026" },', extra="verified_on = 2025-10-01")
    assert problem.line == 6 and "checked live on 2025-10-01" in problem.message
