"""Help services on screen: a service as a list label, and its channels as widgets.

The wording is guide_tui/help_card.py's; this module only gives it a look.
"""

from __future__ import annotations

from typing import Iterator

from textual.content import Content
from textual.widgets import Static

from guide_tui.content.model import HelpEntry
from guide_tui.help_card import Translate, channel_lines, first_phone

from ..plain import plain


def help_label(entry: HelpEntry) -> Content:
    """A service in a list: its name (red for emergencies), first phone number and summary."""
    label = plain(entry.title, "bold $error" if entry.emergency else "bold")
    phone = first_phone(entry)
    if phone:
        label += plain(f"  {phone}")
    return label + plain("\n" + entry.summary, "$text-muted")


def channel_widgets(t: Translate, entry: HelpEntry) -> Iterator[Static]:
    for head, details in channel_lines(t, entry):
        yield Static(plain(head), classes="channel")
        if details:
            yield Static(plain(details), classes="channel-details")
