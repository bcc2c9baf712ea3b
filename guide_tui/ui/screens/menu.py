"""A menu: a title, a short intro and a list of entries to open."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from guide_tui.content.model import Checklist, HelpEntry, Menu

from ..plain import plain
from .base import GuideScreen
from .help_entry import help_label


class MenuScreen(GuideScreen):
    def __init__(self, menu: Menu, trail, fallback: bool = False) -> None:
        super().__init__(trail, menu.id)
        self.menu = menu
        self.fallback = fallback

    def compose(self) -> ComposeResult:
        yield from self.compose_top()
        with Vertical(classes="body"):
            is_home = self.menu.id == self.guide_app.guide.home
            yield Static(plain(self.guide_app.t("app-title") if is_home else self.menu.title), classes="title")
            if self.menu.intro:
                yield Static(plain(self.menu.intro), classes="intro")
            yield Static(id="overall-progress", classes="progress")
            options = [option for option in map(self._option, self.menu.items) if option is not None]
            if options:
                yield OptionList(*options, id="menu-items")
            else:
                yield Static(plain(self.guide_app.t("empty-menu")), classes="intro")
        yield from self.compose_bottom()

    def _option(self, entry_id: str):
        app = self.guide_app
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

    def _progress(self, checklist: Checklist):
        ticked = self.guide_app.progress.get(checklist.id, set())
        return len(ticked & {step.id for step in checklist.steps}), len(checklist.steps)

    def _checklists(self):
        found = (self.guide_app.guide.find(i, self.guide_app.language) for i in self.menu.items)
        return [f.entry for f in found if f is not None and isinstance(f.entry, Checklist)]

    def after_mount(self) -> None:
        self.on_screen_resume()

    def on_screen_resume(self) -> None:
        """Coming back from a checklist: show the new progress."""
        checklists = self._checklists()
        overall = self.query_one("#overall-progress", Static)
        overall.display = bool(checklists)
        if not checklists:
            return
        done = sum(self._progress(c)[0] for c in checklists)
        total = sum(self._progress(c)[1] for c in checklists)
        overall.update(plain(self.guide_app.t("overall-progress", done=done, total=total)))
        items = self.query("#menu-items")
        if items:
            option_list = items.first(OptionList)
            highlighted = option_list.highlighted
            option_list.clear_options()
            option_list.add_options([o for o in map(self._option, self.menu.items) if o is not None])
            option_list.highlighted = highlighted
