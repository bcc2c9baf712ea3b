"""A help service as a card: how to reach them, when, in which languages and where."""

from __future__ import annotations

from typing import List

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Markdown, Static

from guide_tui.content.model import ALWAYS, DAYS, Channel, HelpEntry

from ..plain import plain
from .page import EntryScreen, entry_footer, fallback_notice, see_also


def _day_range(app, days) -> str:
    indexes = [DAYS.index(day) for day in days]
    if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"{app.t('day-' + days[0])}–{app.t('day-' + days[-1])}"
    return ", ".join(app.t("day-" + day) for day in days)


def describe_hours(app, channel: Channel) -> str:
    if channel.hours == ALWAYS:
        return app.t("help-hours-always")
    if not channel.hours:
        return app.t("help-hours-unknown")
    parts = []
    for slot in channel.hours:
        end = slot.end.strftime("%H:%M") if slot.end else "24:00"
        parts.append(f"{_day_range(app, slot.days)} {slot.start.strftime('%H:%M')}–{end}")
    return "; ".join(parts)


def help_label(entry: HelpEntry) -> Content:
    """A service in a list: its name (red for emergencies), first phone number and summary."""
    label = plain(entry.title, "bold $error" if entry.emergency else "bold")
    phones = [channel.value for channel in entry.channels if channel.kind == "phone"]
    if phones:
        label += plain(f"  {phones[0]}")
    return label + plain("\n" + entry.summary, "$text-muted")


def channel_lines(app, entry: HelpEntry) -> List[tuple]:
    """(how to reach them, details) per channel; details are hours and the channel's note."""
    rows = []
    for channel in entry.channels:
        details = []
        # Emergency numbers carry no hours unless the content states them: "see their
        # website" would be wrong advice for 112 or 101.
        if channel.kind in ("phone", "chat") and (channel.hours or not entry.emergency):
            details.append(describe_hours(app, channel))
        if channel.note:
            details.append(channel.note)
        rows.append((f"{app.t('channel-' + channel.kind)}{app.t('colon')}{channel.value}", "\n".join(details)))
    return rows


def describe_channels(app, entry: HelpEntry) -> str:
    """The channels as plain text, for "My next steps" when it is printed."""
    return "\n".join(head + ("\n    " + details.replace("\n", "\n    ") if details else "")
                     for head, details in channel_lines(app, entry))


def compose_channels(app, entry: HelpEntry) -> ComposeResult:
    for head, details in channel_lines(app, entry):
        yield Static(plain(head), classes="channel")
        if details:
            yield Static(plain(details), classes="channel-details")


def describe_facts(app, entry: HelpEntry) -> str:
    facts = []
    if entry.languages:
        names = [app.guide.language_name(code) for code in entry.languages]
        facts.append(f"{app.t('help-languages')}{app.t('colon')}{', '.join(names)}")
    if entry.regions:
        facts.append(f"{app.t('help-regions')}{app.t('colon')}{', '.join(app.t('region-' + r) for r in entry.regions)}")
    if entry.min_age is not None or entry.max_age is not None:
        if entry.min_age is not None and entry.max_age is not None:
            ages = app.t("help-ages-range", min=entry.min_age, max=entry.max_age)
        elif entry.min_age is not None:
            ages = app.t("help-ages-from", min=entry.min_age)
        else:
            ages = app.t("help-ages-until", max=entry.max_age)
        facts.append(f"{app.t('help-ages')}{app.t('colon')}{ages}")
    if entry.cost:
        facts.append(f"{app.t('help-cost')}{app.t('colon')}{entry.cost}")
    if entry.anonymous is not None:
        answer = app.t("help-anonymous-yes" if entry.anonymous else "help-anonymous-no")
        facts.append(f"{app.t('help-anonymous')}{app.t('colon')}{answer}")
    return "\n".join(facts)


class HelpEntryScreen(EntryScreen):

    def compose(self) -> ComposeResult:
        app = self.guide_app
        entry: HelpEntry = self.entry  # type: ignore[assignment]
        yield from self.compose_top()
        with VerticalScroll(classes="body", id="page-scroll"):
            if self.fallback:
                yield from fallback_notice(self, entry)
            yield Static(plain(entry.title), classes="title emergency" if entry.emergency else "title")
            yield Static(plain(entry.summary), classes="intro")
            yield Static(plain(app.t("help-channels")), classes="subtitle")
            yield from compose_channels(app, entry)
            facts = describe_facts(app, entry)
            if facts:
                yield Static(plain(facts), classes="facts")
            if entry.body:
                yield Markdown(entry.body, open_links=False, id="page-body")
            yield from see_also(self, entry)
            yield from entry_footer(self, entry)
        yield from self.compose_bottom()
