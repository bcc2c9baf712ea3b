"""How old the facts of an entry are: a warning when its newest source is more than two years
old, or its live check more than one, so old hours and menus surface in `check` by themselves."""

from __future__ import annotations

import datetime as dt
from typing import List

from .model import Entry
from .problems import WARNING, Problem
from .tomlfile import KeyPath, TomlFile

SOURCES_MONTHS = 24
LIVE_CHECK_MONTHS = 12


def months_between(earlier: "tuple[int, int]", today: dt.date) -> int:
    year, month = earlier
    return (today.year - year) * 12 + today.month - month


def check_freshness(entry: Entry, file: TomlFile, today: dt.date) -> List[Problem]:
    """Warnings only, for `check`: an old source does not stop the entry from being shown, so
    the app does not spend start-up time on them."""
    problems: List[Problem] = []

    def warn(key: KeyPath, message: str, hint: str) -> None:
        line, column = file.locate(key)
        problems.append(Problem(file.path, line, column, WARNING, message, hint))

    dated = [month for month in (source.month for source in entry.sources) if month is not None]
    if dated:
        newest = max(dated)
        if months_between(newest, today) > SOURCES_MONTHS:
            warn(
                ("sources",),
                f"the newest source is from {newest[0]}-{newest[1]:02d}, more than {SOURCES_MONTHS} months ago",
                "check the facts against a newer source (call the number, open the app) and add it with its date",
            )
    if entry.verified_on is not None and (today - entry.verified_on).days > LIVE_CHECK_MONTHS * 365 // 12:
        warn(
            ("verified_on",),
            f"checked live on {entry.verified_on}, more than {LIVE_CHECK_MONTHS} months ago",
            "check it again in the app or by calling, then update verified_on",
        )
    return problems
