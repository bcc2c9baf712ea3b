"""A help service's card as plain text: how to reach them, when, in which languages, where.

No Textual here: the help screen, "My next steps" when it is printed, and any later
plain-text mode or export word a service the same way. `t` is the reader's interface
strings (`Strings.t` from the content layer, or the app's `t`).
"""

from __future__ import annotations

from typing import Callable, List, Optional, Sequence, Tuple

from .content.model import ALWAYS, DAYS, Channel, HelpEntry

Translate = Callable[..., str]


def day_range(t: Translate, days: Sequence[str]) -> str:
    """ "Mon–Fri" for three or more days in a row, else "Mon, Wed"."""
    indexes = [DAYS.index(day) for day in days]
    if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"{t('day-' + days[0])}–{t('day-' + days[-1])}"
    return ", ".join(t("day-" + day) for day in days)


def describe_hours(t: Translate, channel: Channel) -> str:
    if channel.hours == ALWAYS:
        return t("help-hours-always")
    if not isinstance(channel.hours, tuple) or not channel.hours:
        return t("help-hours-unknown")
    parts = []
    for slot in channel.hours:
        end = slot.end.strftime("%H:%M") if slot.end else "24:00"
        parts.append(f"{day_range(t, slot.days)} {slot.start.strftime('%H:%M')}–{end}")
    return "; ".join(parts)


def first_phone(entry: HelpEntry) -> Optional[str]:
    """The number shown next to a service's name in lists."""
    return next((channel.value for channel in entry.channels if channel.kind == "phone"), None)


def channel_lines(t: Translate, entry: HelpEntry) -> List[Tuple[str, str]]:
    """(how to reach them, details) per channel; details are hours and the channel's note."""
    rows = []
    for channel in entry.channels:
        details = []
        # Emergency numbers carry no hours unless the content states them: "see their
        # website" would be wrong advice for 112 or 101. An address shows hours it has.
        if (channel.kind in ("phone", "chat") and (channel.hours or not entry.emergency)) or (
            channel.kind == "address" and channel.hours
        ):
            details.append(describe_hours(t, channel))
        if channel.note:
            details.append(channel.note)
        rows.append((f"{t('channel-' + channel.kind)}{t('colon')}{channel.value}", "\n".join(details)))
    return rows


def describe_channels(t: Translate, entry: HelpEntry) -> str:
    """The channels as text, each channel's details indented under it."""
    return "\n".join(
        head + ("\n    " + details.replace("\n", "\n    ") if details else "")
        for head, details in channel_lines(t, entry)
    )


def describe_facts(t: Translate, language_name: Callable[[str], str], entry: HelpEntry) -> str:
    """Languages, regions, ages, cost and anonymity, one line each where the content says."""
    facts = []
    if entry.languages:
        names = [language_name(code) for code in entry.languages]
        facts.append(f"{t('help-languages')}{t('colon')}{', '.join(names)}")
    if entry.regions:
        facts.append(f"{t('help-regions')}{t('colon')}{', '.join(t('region-' + r) for r in entry.regions)}")
    if entry.min_age is not None and entry.max_age is not None:
        facts.append(f"{t('help-ages')}{t('colon')}{t('help-ages-range', min=entry.min_age, max=entry.max_age)}")
    elif entry.min_age is not None:
        facts.append(f"{t('help-ages')}{t('colon')}{t('help-ages-from', min=entry.min_age)}")
    elif entry.max_age is not None:
        facts.append(f"{t('help-ages')}{t('colon')}{t('help-ages-until', max=entry.max_age)}")
    if entry.cost:
        facts.append(f"{t('help-cost')}{t('colon')}{entry.cost}")
    if entry.anonymous is not None:
        answer = t("help-anonymous-yes" if entry.anonymous else "help-anonymous-no")
        facts.append(f"{t('help-anonymous')}{t('colon')}{answer}")
    return "\n".join(facts)


def card_text(t: Translate, language_name: Callable[[str], str], entry: HelpEntry) -> str:
    """The whole card as text: name, summary, channels and facts (for a printout or export)."""
    parts = [entry.title, entry.summary, "", t("help-channels"), describe_channels(t, entry)]
    facts = describe_facts(t, language_name, entry)
    if facts:
        parts += ["", facts]
    return "\n".join(parts).strip() + "\n"
