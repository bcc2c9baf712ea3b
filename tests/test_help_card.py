"""Help-card text, without Textual: the wording the help screen and a printout share."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

from guide_tui.content.model import ALWAYS, Channel, HelpEntry, OpeningSlot
from guide_tui.content.strings import Strings
from guide_tui.help_card import card_text, channel_lines, describe_facts, describe_hours

T = Strings(
    {
        "day-mon": "Mon",
        "day-tue": "Tue",
        "day-wed": "Wed",
        "day-fri": "Fri",
        "day-sun": "Sun",
        "colon": ": ",
        "help-hours-always": "Always open",
        "help-hours-unknown": "Hours: see website",
        "channel-phone": "Phone",
        "channel-chat": "Chat",
        "help-ages": "Ages",
        "help-ages-range": "{min} to {max}",
        "help-ages-from": "from {min}",
        "help-regions": "Where",
        "region-flanders": "Flanders",
        "help-anonymous": "Anonymous",
        "help-anonymous-yes": "Yes",
        "help-channels": "How to reach them",
        "help-languages": "Languages",
    }
).t


def slot(days, start, end):
    return OpeningSlot(tuple(days), dt.time(*start), dt.time(*end) if end else None)


def test_hours_read_as_day_ranges_and_times():
    weekdays = Channel(
        "chat",
        "x",
        hours=(slot(["mon", "tue", "wed", "thu", "fri"], (18, 0), (23, 0)), slot(["wed", "sun"], (15, 0), None)),
    )
    assert describe_hours(T, weekdays) == "Mon–Fri 18:00–23:00; Wed, Sun 15:00–24:00"
    assert describe_hours(T, Channel("phone", "1", hours=ALWAYS)) == "Always open"
    assert describe_hours(T, Channel("phone", "1")) == "Hours: see website"


def test_emergency_numbers_get_no_made_up_hours():
    entry = HelpEntry(id="112", emergency=True, channels=[Channel("phone", "112"), Channel("chat", "c", note="Text")])
    assert channel_lines(T, entry) == [("Phone: 112", ""), ("Chat: c", "Text")]
    ordinary = HelpEntry(id="h", channels=[Channel("phone", "0800")])
    assert channel_lines(T, ordinary) == [("Phone: 0800", "Hours: see website")]


def test_facts_and_the_whole_card():
    entry = HelpEntry(
        id="h",
        title="Helpline",
        summary="Listens.",
        channels=[Channel("phone", "0800", hours=ALWAYS)],
        regions=["flanders"],
        min_age=12,
        max_age=18,
        anonymous=True,
        languages=["nl"],
    )
    assert (
        describe_facts(T, {"nl": "Nederlands"}.get, entry)
        == "Languages: Nederlands\nWhere: Flanders\nAges: 12 to 18\nAnonymous: Yes"
    )
    assert card_text(T, {"nl": "Nederlands"}.get, entry) == (
        "Helpline\nListens.\n\nHow to reach them\nPhone: 0800\n    Always open\n\n"
        "Languages: Nederlands\nWhere: Flanders\nAges: 12 to 18\nAnonymous: Yes\n"
    )


def test_help_card_text_does_not_import_textual():
    script = (
        "import sys, guide_tui.help_card, guide_tui.session; print(any(m.startswith('textual') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=str(Path(__file__).resolve().parents[1]),
        timeout=60,
    )
    assert result.stdout.strip() == "False", result.stderr
