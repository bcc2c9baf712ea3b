"""A menu: a title, a short intro and a list of entries to open.

As few widgets as the look allows (the main menu is often the first screen, and each widget
costs start-up time): title and intro are one, the overall progress only where the menu lists
checklists.
"""

from __future__ import annotations

from typing import Iterator, List, Optional, Tuple

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from guide_tui.content.model import Checklist, HelpEntry, Menu
from guide_tui.content.problems import ERROR

from ..plain import plain
from ..widgets.choices import Choices
from ..widgets.help_card import help_label
from .entry import EntryScreen


class MenuScreen(EntryScreen[Menu]):
    @property
    def menu(self) -> Menu:
        return self.entry

    def compose(self) -> ComposeResult:
        app = self.app
        yield from self.compose_top()
        options = self._options()  # first: it reads the items' files, whose problems the notice counts
        with VerticalScroll(classes="body", id="page-scroll"):
            yield from self.compose_notice()
            is_home = self.menu.id == app.guide.home
            if is_home:
                yield from self.compose_content_problems()
            # Styled as .title then .intro in guide.tcss: bold in the accent colour, a blank line.
            heading = plain(app.t("app-title") if is_home else self.menu.title, "bold $accent")
            if self.menu.intro:
                heading += plain("\n\n" + self.menu.intro)
            yield Static(heading, classes="heading")
            if self._checklists():
                yield Static(id="overall-progress", classes="progress")
            if options:
                yield Choices(*options, id="menu-items")
            else:
                yield Static(plain(app.t("empty-menu")), classes="intro")
        yield from self.compose_bottom()

    def compose_content_problems(self) -> Iterator[Widget]:
        """For the volunteer or facilitator who broke a file: a line on the main menu saying
        so. Never in a kiosk, where students would only be worried by it."""
        errors = [p for p in self.app.guide.problems if p.severity == ERROR]
        if errors and not self.app.kiosk:
            yield Static(plain(self.app.t("content-problems", count=len(errors))), classes="fallback")

    def _options(self) -> List[Option]:
        # The loader drops repeated items (an error in `check`); dict.fromkeys keeps a menu built
        # some other way from crashing the app with two options of one id.
        items = dict.fromkeys(self.menu.items)
        return [option for option in map(self._option, items) if option is not None]

    def _option(self, entry_id: str) -> Optional[Option]:
        app = self.app
        found = app.guide.find(entry_id, app.language)
        if found is None:
            return None
        entry = found.entry
        if isinstance(entry, HelpEntry):
            label = help_label(entry)
        else:
            label = plain(entry.title)
            if isinstance(entry, Checklist):
                done, total = self._progress(entry)
                label += plain(f"  {done}/{total}", "bold $success" if done == total else "$text-muted")
            summary = getattr(entry, "summary", "")
            if summary:
                label += plain("\n" + summary, "$text-muted")
        if found.fallback:
            label += plain(f"  ({app.guide.language_name(entry.lang)})", "italic $text-muted")
        return Option(label, id=entry_id)

    def _progress(self, checklist: Checklist) -> Tuple[int, int]:
        ticked = self.app.progress.get(checklist.id, set())
        return len(ticked & {step.id for step in checklist.steps}), len(checklist.steps)

    def _checklists(self) -> List[Checklist]:
        found = (self.app.guide.find(i, self.app.language) for i in self.menu.items)
        return [f.entry for f in found if f is not None and isinstance(f.entry, Checklist)]

    def after_mount(self) -> None:
        items = self.query("#menu-items")
        (items.first() if items else self.query_one("#page-scroll")).focus()
        self.on_screen_resume()

    def on_screen_resume(self) -> None:
        """Coming back from a checklist: show the new progress."""
        checklists = self._checklists()
        if not checklists:
            return
        overall = self.query_one("#overall-progress", Static)
        done = sum(self._progress(c)[0] for c in checklists)
        total = sum(self._progress(c)[1] for c in checklists)
        overall.update(plain(self.app.t("overall-progress", done=done, total=total)))
        items = self.query("#menu-items")
        if items:
            option_list = items.first(OptionList)
            highlighted = option_list.highlighted
            option_list.clear_options()
            option_list.add_options(self._options())
            option_list.highlighted = highlighted
