"""What every guide screen shares: breadcrumb on top, keys on the bottom line, translated labels."""

from __future__ import annotations

from typing import ClassVar, Iterator, List, Optional

from textual import getters
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList, Static

from guide_tui.content.model import Entry

from ..app import GuideApp
from ..plain import plain
from ..textual_compat import translate_bindings
from ..widgets.breadcrumb import Breadcrumb
from ..widgets.key_bar import KeyBar
from ..widgets.quick_exit import QuickExit


class GuideScreen(Screen[None]):
    """A screen inside the guide, reached through `trail` (titles from the main menu down)."""

    app = getters.app(GuideApp)
    BINDINGS: ClassVar[List[BindingType]] = [
        Binding("escape", "back", "back"),
        Binding("backspace", "back", "back", show=False),
    ]

    def __init__(self, trail: List[str], entry_id: str = "") -> None:
        super().__init__()
        self.trail = trail
        self.entry_id = entry_id

    @property
    def guide_app(self) -> GuideApp:
        """The old name of `self.app`, kept for code written before `app` was typed."""
        return self.app

    # Textual calls `on_*` handlers of every class in the MRO, so subclasses never define them
    # again: they override these hooks instead.
    def on_mount(self) -> None:
        translate_bindings(self, self.app.t)
        self.refresh_bindings()
        self.after_mount()

    def after_mount(self) -> None:
        """Set focus and fill in what needs the app; called once the screen is mounted."""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.option_chosen(event.option_id)

    def option_chosen(self, option_id: str) -> None:
        """An item picked in a list on this screen: by default, open the entry with that id."""
        self.app.open_entry(option_id)

    def compose_top(self) -> Iterator[Widget]:
        with Widget(classes="topbar"):
            yield Breadcrumb(self.trail)
            yield QuickExit(self.app.t("quick-exit-button"))
        yield Static(plain(self.app.t("too-small")), id="too-small")

    def compose_bottom(self) -> Iterator[Widget]:
        if self.app.facilitator:  # imported only then: students never see it
            from ..widgets.facilitator_panel import FacilitatorPanel

            yield FacilitatorPanel(self.notes_entry())
        yield KeyBar()

    # -- facilitator mode (issue 14) --------------------------------------------------------------
    def notes_entry(self) -> Optional[Entry]:
        """The entry whose facilitator notes and discussion questions this screen shows."""
        return None

    def sync_facilitator(self) -> None:
        """Show or hide the facilitator's panel as the app's mode is now (F4 may have changed it)."""
        if not self.is_mounted:
            return  # not composed yet: compose adds the panel, and on_screen_resume syncs it
        if not self.app.facilitator:
            self.query("FacilitatorPanel").remove()  # by name: its module may not be imported
            return
        from ..widgets.facilitator_panel import FacilitatorPanel

        panels = self.query(FacilitatorPanel)
        if panels:
            panels.first().update_bar()
        else:
            bars = self.query(KeyBar)
            panel = FacilitatorPanel(self.notes_entry())
            self.mount(panel, before=bars.first()) if bars else self.mount(panel)

    def on_screen_resume(self) -> None:
        self.sync_facilitator()

    def action_back(self) -> None:
        self.app.go_back()
