"""The guide's Textual app: language choice, then menus and pages from the content model.

It also keeps the reader safe on a shared computer: quick exit from every screen, and in
kiosk mode no quitting, no writes, and a fresh start after a quiet spell.

Screens import `GuideApp` for their typed `app`; so this module imports screens only where
it opens them, never at the top.
"""

from __future__ import annotations

import gc
import math
import time
import traceback
from dataclasses import replace
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Dict, List, Optional, Sequence, Set, Tuple

from textual import events
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.timer import Timer

from guide_tui.content import Guide
from guide_tui.content.strings import Strings
from guide_tui.content.text import escape_controls
from guide_tui.session import ReaderSession

from .idle import IdleWatch
from .textual_compat import QuietCrashes, bind_key, replaceable, translate_bindings
from .themes import DEFAULT_THEME, GUIDE_THEMES, THEME_ORDER, next_theme

if TYPE_CHECKING:  # imported where used: the first screen does not need them
    from guide_tui.content.model import Found, Plan

    from .facilitator import PlanRun

# Actions a kiosk never allows: they would leave the guide, or write files.
KIOSK_BLOCKED = {"quit", "help_quit", "suspend_process", "screenshot", "change_theme", "command_palette"}
# How often a kiosk looks at its idle watch, in seconds (at most this late to reset).
IDLE_CHECK_SECONDS = 1.0


# Keys whose printed name differs per language: interface-string keys.
KEY_NAMES = {"escape": "key-escape", "enter": "key-enter", "space": "key-space", "backspace": "key-backspace"}
KEY_SIGNS = {"slash": "/", "question_mark": "?"}
MIN_SIZE = (40, 12)
WATCH_SECONDS = 1.0  # how often --watch looks at the content files' times  # columns, rows: below this a screen cannot show a question and its answers
# Facilitator mode's actions (issue 14): never in kiosk mode; the rest only in facilitator mode,
# and next/previous step only while a lesson plan runs.
FACILITATOR_ACTIONS = {"toggle_facilitator", "toggle_notes", "plan_menu", "next_step", "previous_step"}


class GuideApp(QuietCrashes[str]):
    CSS_PATH = Path(__file__).parent / "guide.tcss"
    ENABLE_COMMAND_PALETTE = False
    TITLE = "guide-tui"
    BINDINGS: ClassVar[List[BindingType]] = [
        Binding("f12", "quick_exit", "quick-exit", priority=True),
        Binding("ctrl+x", "quick_exit", "quick-exit", show=False, priority=True),
        Binding("ctrl+q", "quit", "quit", priority=True),
        Binding("f2", "toggle_theme", "theme"),
        Binding("slash", "search", "search"),
        # Facilitator mode (ui/facilitator.py); check_action hides them where they do not apply.
        Binding("f4", "toggle_facilitator", "facilitator", show=False),
        Binding("n", "toggle_notes", "notes"),
        Binding("l", "plan_menu", "plans"),
        Binding("right", "next_step", "plan-next", key_display="→"),
        Binding("space", "next_step", "plan-next", show=False),
        Binding("left", "previous_step", "plan-previous", key_display="←"),
    ]
    THEMES = THEME_ORDER

    def __init__(
        self,
        guide: Guide,
        language: Optional[str] = None,
        open_id: Optional[str] = None,
        *,
        kiosk: bool = False,
        idle_timeout: float = 180,
        exit_key: Optional[str] = None,
        settings_store: Any = None,
        progress_store: Any = None,
        notices: Optional[List[str]] = None,
        region: Optional[str] = None,
        site_language: Optional[str] = None,
        clock: Callable[[], float] = time.monotonic,
        watch_content: bool = False,
        facilitator: bool = False,
        start_neutral: bool = False,
    ) -> None:
        """`settings_store` and `progress_store` (guide_tui.settings) are None in kiosk mode and
        in tests: then everything lives in memory only. `clock` times the kiosk's idle reset and
        the facilitator's step timer. `facilitator` starts in facilitator mode (never in a kiosk)."""
        super().__init__()
        # No animations: scrolling jumps (a slow school PC spends no frames on it, and a
        # scroll never ends half-way when a second one cuts it short).
        self.animation_level = "none"
        for theme in GUIDE_THEMES.values():
            self.register_theme(theme)
        self.theme = DEFAULT_THEME
        self.guide = guide
        self.session = ReaderSession(language or guide.default_language)
        self.start_language = language
        self.open_id = open_id
        self.kiosk = kiosk
        if not (math.isfinite(idle_timeout) and idle_timeout > 0):  # nan would never expire
            idle_timeout = 180
        self.idle_timeout = idle_timeout
        self.idle = IdleWatch(idle_timeout, clock) if kiosk else None
        self.idle_timer: Optional[Timer] = None
        self.quick_exited = False
        # After a crash (see QuietCrashes): the details, kept in memory for `--debug` only.
        self.crash_report: Optional[str] = None
        self.start_neutral = start_neutral and kiosk  # a kiosk started again after a crash
        self._strings = Strings()
        self.settings_store = None if kiosk else settings_store
        self.progress_store = None if kiosk else progress_store
        self.notices = list(notices or [])
        self.region = region  # the site's default region, a starting point for the self-check
        self.site_language = site_language  # highlighted on the language screen
        self.watch_content = watch_content  # read edited content files again (guide-tui --watch)
        # A screen opened with --open, and the ids of the menus above it not built yet.
        self._unbuilt_below: Optional[Screen[Any]] = None
        self._unbuilt: List[str] = []
        self._content_times: Dict[Path, int] = {}
        if self.settings_store is not None:
            settings = self.settings_store.settings
            if settings.theme in self.THEMES:
                self.theme = settings.theme
            # A broken settings file says nothing about keeping progress; a progress file
            # exists only while the reader keeps it, so it is loaded, never ignored and overwritten.
            kept = settings.keep_progress or (
                self.settings_store.broken and self.progress_store is not None and self.progress_store.exists()
            )
            if kept and self.progress_store is not None:
                self.session.keep_progress = True
                self.session.ticks = self.progress_store.load()
                if self.progress_store.message:
                    self.notices.append(self.progress_store.message)
        if kiosk and exit_key:
            bind_key(self, exit_key, "kiosk_exit")
        self.clock = clock
        self.facilitator = facilitator and not kiosk
        self.show_notes = True
        self.plan_run: Optional[PlanRun] = None
        self._first_screen: Optional[Screen[Any]] = None  # built by get_default_screen

    def get_key_display(self, binding: Binding) -> str:
        """Keys as printed on the keyboard: "Ctrl+Q", "Esc", "F12", not "^q"."""
        if binding.key_display:
            return binding.key_display
        modifiers, key = binding.parse_key()
        if key in KEY_NAMES:
            name = self.t(KEY_NAMES[key])
        else:
            name = KEY_SIGNS.get(key, key.upper() if len(key) <= 3 else key.capitalize())
        return "+".join([*(modifier.capitalize() for modifier in modifiers), name])

    def on_resize(self, event: events.Resize) -> None:
        """Below MIN_SIZE the screens show only "make the window bigger" (guide.tcss)."""
        width, height = MIN_SIZE
        self.set_class(event.size.width < width or event.size.height < height, "-too-small")

    def on_mount(self) -> None:
        self.set_class(self.size.width < MIN_SIZE[0] or self.size.height < MIN_SIZE[1], "-too-small")
        translate_bindings(self, self.t)
        if self.idle is not None:
            self.idle_timer = self.set_interval(min(IDLE_CHECK_SECONDS, self.idle_timeout), self.reset_if_idle)
        if self.watch_content:
            from guide_tui.content.reload import snapshot

            self._content_times = snapshot(self.guide.root, self.guide.local)
            self.set_interval(WATCH_SECONDS, self.reload_if_changed)
        self.set_class(self.facilitator, "-facilitator")
        self.start_session(first=True)
        if self.start_neutral:  # once the language screen is up, as after a quick exit
            self.call_after_refresh(self.action_quick_exit)
        for notice in self.notices:
            self.notify(notice, severity="warning", timeout=10, markup=False)
        self.call_after_refresh(self.warm_up)

    def warm_up(self) -> None:
        """Once the first screen is drawn, while the reader reads it: import the page screen
        (most of what a first page open would wait for), and freeze what start-up made, so the
        garbage collector's full passes no longer walk it while a page opens."""
        import_module(f"{__package__}.screens.page")
        if not self.is_headless:  # tests run hundreds of apps in one process: nothing frozen there
            gc.freeze()
        gc.enable()  # off since the start (cli.run)

    # -- the reader -----------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.session.language

    @property
    def progress(self) -> Dict[str, Set[str]]:
        """Checklist id -> ticked step ids, for this reader."""
        return self.session.ticks

    @property
    def keep_progress(self) -> bool:
        return self.session.keep_progress

    def forget_reader(self) -> None:
        """Nothing of the last reader stays: their screens, answers, ticks and messages."""
        self._clear_screens()
        self.clear_notifications()
        self.session = ReaderSession(self.guide.default_language)
        self.open_id = None

    # -- text ---------------------------------------------------------------------------------
    def t(self, key: str, **values: Any) -> str:
        """The interface string `key` in the reader's language, with `{placeholders}` filled."""
        if not self._strings:
            self._strings = self.guide.strings(self.language)
        return self._strings.t(key, **values)

    def _set_language(self, code: str) -> None:
        self.session.language = code
        self._strings = self.guide.strings(code)
        self.title = self.t("app-title")
        translate_bindings(self, self.t)

    # -- navigation -----------------------------------------------------------------------------
    def get_default_screen(self) -> Screen[Any]:
        """The first screen is the bottom of the screen stack, where Textual would put an empty
        screen to push it on: one screen less to build and lay out before the reader sees
        anything. Called once, before on_mount. Any later reset (`_clear_screens`) puts an empty
        screen at the bottom again, so the screens of one reader never stay under the next's."""
        self._first_screen = self._start_screen()
        return replaceable(self._first_screen) if self._first_screen is not None else super().get_default_screen()

    def _start_screen(self) -> Optional[Screen[Any]]:
        """The screen a start shows alone: the language screen, or with a start language its
        main menu or the screen asked for with --open (the menus above it are built on the
        way back). None when the start needs more (an entry not found: a notice and the main
        menu); on_mount then does it on an empty screen."""
        if not self.start_language:
            from .screens.language import LanguageScreen

            self._set_language(self.guide.default_language)
            return LanguageScreen()
        from .kind_screens import screen_for

        code = self.start_language
        path, found = self._start_path(code)
        target = found[-1]
        if target is None or not all(found):
            return None
        self._set_language(code)
        screen = screen_for(target.entry, [f.entry.title for f in found if f is not None], target.fallback)
        if screen is not None and len(path) > 1:
            self._unbuilt_below, self._unbuilt = screen, path[:-1]
        return screen

    def start_session(self, first: bool = False) -> None:
        """Start at the language screen (or the given start language); a kiosk forgets the
        last reader first."""
        if first and self._first_screen is not None:  # get_default_screen built it
            if self.start_language:
                self._save_settings(language=self.start_language)
            self.open_id = None
            return
        if first and self.start_language:
            self.choose_language(self.start_language)
            return
        from .screens.language import LanguageScreen

        if self.kiosk and not first:
            self.forget_reader()
        self._clear_screens()
        self.open_id = None
        self._set_language(self.guide.default_language)
        self.push_screen(LanguageScreen())

    def _clear_screens(self) -> None:
        """Only an empty screen left (the first screen, at the bottom, is replaced by one)."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self._unbuilt_below, self._unbuilt = None, []
        if self.screen_stack and type(self.screen_stack[0]) is not Screen:
            self.switch_screen(Screen())

    def _close_screen(self) -> None:
        """Close the top screen; the first screen, at the bottom, gives way to an empty one."""
        if len(self.screen_stack) > 1:
            self.pop_screen()
        else:
            self.switch_screen(Screen())

    @property
    def preferred_language(self) -> Optional[str]:
        """The language to highlight on the language screen: the reader's last choice."""
        if self.settings_store is not None and self.settings_store.settings.language:
            return str(self.settings_store.settings.language)
        return self.site_language

    def _start_path(self, code: str) -> Tuple[List[str], List[Optional[Found]]]:
        """The ids from the main menu down to the entry asked for with --open (the main menu
        alone without one), and each of them found in the language `code`."""
        path = self.guide.path_to(self.open_id, code) if self.open_id else [self.guide.home]
        return path, [self.guide.find(entry_id, code) for entry_id in path]

    def choose_language(self, code: str) -> None:
        self._set_language(code)
        self._save_settings(language=code)
        path, found = self._start_path(code)
        self.open_id = None
        if len(path) > 1 and all(found):
            # Only the screen asked for is built; the menus above it are built as the reader
            # goes back to them (go_back), so a page opens as fast as the main menu.
            screen = self.open_entry(path[-1], trail=[f.entry.title for f in found[:-1] if f is not None])
            if screen is not None:
                self._unbuilt_below, self._unbuilt = screen, path[:-1]
                return
        self.open_entry(self.guide.home, trail=[])
        if len(path) > 1:
            self.open_entry(path[-1])  # not found: the main menu and a notice

    def open_entry(self, entry_id: str, trail: Optional[List[str]] = None) -> Optional[Screen[Any]]:
        """Show the entry `entry_id` (reached through `trail`, by default the current screen's);
        the screen shown, or None (with a notice) when there is no such entry."""
        from .kind_screens import screen_for

        found = self.guide.find(entry_id, self.language)
        screen = None
        if found is not None:
            if trail is None:
                trail = list(getattr(self.screen, "trail", []))
            screen = screen_for(found.entry, [*trail, found.entry.title], found.fallback)
        if screen is None:  # no such id, or a kind this version cannot show
            shown = escape_controls(entry_id)  # from --open: may hold escape codes
            self.notify(self.t("not-found", id=shown), severity="warning", markup=False)
            return None
        self.push_screen(screen)
        return screen

    def go_back(self) -> None:
        """One screen back; from the main menu, back to the language choice."""
        from .screens.base import GuideScreen
        from .screens.language import LanguageScreen

        if self._unbuilt and self.screen is self._unbuilt_below:
            if self._build_menu_above(list(getattr(self.screen, "trail", [])), self.switch_screen):
                return
        below = self.screen_stack[-2] if len(self.screen_stack) > 1 else None
        if isinstance(below, (GuideScreen, LanguageScreen)):
            self.pop_screen()
        else:
            self.switch_screen(LanguageScreen())

    def _build_menu_above(self, trail: List[str], show: Callable[[Screen[Any]], object]) -> bool:
        """The menu above a screen opened with --open (reached through `trail`), built now and
        shown with `show`. False when that menu is gone (--watch)."""
        from .kind_screens import screen_for

        *rest, entry_id = self._unbuilt
        found = self.guide.find(entry_id, self.language)
        screen = screen_for(found.entry, trail[:-1], found.fallback) if found is not None else None
        self._unbuilt_below, self._unbuilt = screen, rest if screen is not None else []
        if screen is None:
            return False
        show(screen)
        return True

    # -- settings and progress ----------------------------------------------------------------------
    def _save_settings(self, **changes: Any) -> None:
        if self.settings_store is None:
            return
        message = self.settings_store.save(replace(self.settings_store.settings, **changes))
        if message:
            self.notify(message, severity="warning", markup=False)

    def tick(self, checklist_id: str, step_id: str, done: bool) -> None:
        steps = self.session.ticks.setdefault(checklist_id, set())
        (steps.add if done else steps.discard)(step_id)
        if self.keep_progress and self.progress_store is not None:
            message = self.progress_store.save(self.session.ticks)
            if message:
                self.notify(message, severity="warning", markup=False)

    def set_keep_progress(self, keep: bool) -> None:
        """The reader's choice: keep checklist ticks on this computer, or forget them on exit."""
        if self.progress_store is None:
            return
        self.session.keep_progress = keep
        self._save_settings(keep_progress=keep)
        message = self.progress_store.save(self.session.ticks) if keep else self.progress_store.clear()
        if message:
            self.notify(message, severity="warning", markup=False)

    def action_toggle_theme(self) -> None:
        self.theme = next_theme(self.theme)
        self._save_settings(theme=self.theme)

    def action_search(self) -> None:
        """`/` on a guide screen: search the guide in the reader's language. The search module
        is imported here, on first use, so it costs nothing at start-up."""
        from .screens.base import GuideScreen

        if not isinstance(self.screen, GuideScreen):  # the language or neutral screen
            return
        from .screens.search import SearchScreen

        if isinstance(self.screen, SearchScreen):
            self.screen.focus_input()
        else:
            self.push_screen(SearchScreen([*self.screen.trail, self.t("search")]))

    # -- live reload (--watch) ------------------------------------------------------------------
    def reload_if_changed(self) -> None:
        from guide_tui.content.reload import snapshot

        now = snapshot(self.guide.root, self.guide.local)
        if now != self._content_times:
            before, self._content_times = self._content_times, now
            self.reload_content([path for path in before.keys() | now.keys() if before.get(path) != now.get(path)])

    def reload_content(self, changed: Sequence[Path] = ()) -> None:
        """Read the content again and show the same entries, at the same step where it can;
        errors in the `changed` files are told too."""
        from guide_tui.content.reload import reload_guide

        from .kind_screens import screen_for
        from .screens.entry import EntryScreen

        self.guide, errors = reload_guide(self.guide, changed)
        self._strings = self.guide.strings(self.language)
        old = [screen for screen in self.screen_stack if isinstance(screen, EntryScreen)]
        if old:
            while self.screen is not old[0]:
                self.pop_screen()
            self._close_screen()
        for screen in old:
            found = self.guide.find(screen.entry_id, self.language)
            new = screen_for(found.entry, [*screen.trail[:-1], found.entry.title], found.fallback) if found else None
            if new is None or type(new) is not type(screen):
                break  # gone, or a screen that only exists after a choice (feedback): stop here
            new.continue_from(screen)
            if screen is self._unbuilt_below:  # opened with --open: its menus are still to build
                self._unbuilt_below = new
            self.push_screen(new)
        below = self._unbuilt_below
        if old and self._unbuilt and below is not None and below not in self.screen_stack:
            # The screen opened with --open is gone: the menu above it, or the main menu.
            if not self._build_menu_above(old[0].trail, self.push_screen):
                self.open_entry(self.guide.home, trail=[])
        # Told once the new screens are up, or the notice would go with the old ones.
        if errors:
            lines = [problem.format() for problem in errors[:3]]
            message = "\n".join([self.t("reload-problems"), *lines])
            self.call_after_refresh(self.notify, message, severity="error", timeout=15, markup=False)
        else:
            self.call_after_refresh(self.notify, self.t("reload-done"), timeout=3, markup=False)

    # -- safety -----------------------------------------------------------------------------------
    def action_quick_exit(self) -> None:
        """Hide the guide at once: end the program, or in a kiosk show a neutral screen."""
        if self.kiosk:
            from .screens.neutral import NeutralScreen

            # In the site's language; where the site sets none, in the language of the session
            # that just ended (a screen in another language would stand out).
            reader_language = self.language
            self.forget_reader()
            site_language = self.site_language if self.site_language in self.guide.language_codes else None
            neutral = self.guide.strings(site_language or reader_language).get("neutral-screen", "")
            self.push_screen(NeutralScreen(neutral))
            self._set_language(self.guide.default_language)
            return
        self.quick_exited = True
        self.exit()

    def reset_if_idle(self) -> None:
        """Called every second in a kiosk: reset once the reader has been gone long enough."""
        if self.idle is not None and self.idle.expired():
            self.action_idle_reset()

    def action_idle_reset(self) -> None:
        """A kiosk left alone: back to the start with nothing of the last session."""
        from .screens.language import LanguageScreen
        from .screens.neutral import NeutralScreen

        if not isinstance(self.screen, (LanguageScreen, NeutralScreen)) or len(self.screen_stack) > 2:
            self.start_session()
        if self.idle is not None:
            self.idle.touch()

    @property
    def crashed(self) -> bool:
        return self.crash_report is not None

    def on_crash(self, error: BaseException) -> None:
        """An unexpected exception: the app ends without showing it (see QuietCrashes); the
        command line wipes the terminal and, in a kiosk, starts a fresh guide."""
        self.crash_report = "".join(traceback.format_exception(type(error), error, error.__traceback__))

    def copy_to_clipboard(self, text: str) -> None:
        """A kiosk copies nothing: the terminal's clipboard outlives the reader's session."""
        if not self.kiosk:
            super().copy_to_clipboard(text)

    def action_kiosk_exit(self) -> None:
        self.exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> Optional[bool]:
        if self.kiosk and action in KIOSK_BLOCKED:
            return False
        if action in FACILITATOR_ACTIONS:
            return self._facilitator_allows(action)
        return super().check_action(action, parameters)

    async def on_event(self, event: events.Event) -> None:
        if self.idle is not None and isinstance(event, events.InputEvent):
            self.idle.touch()
        await super().on_event(event)

    # -- facilitator mode (issue 14) ----------------------------------------------------------------
    def _facilitator_allows(self, action: str) -> bool:
        if self.kiosk:
            return False
        if action == "toggle_facilitator":
            return True
        if not self.facilitator:
            return False
        from .screens.base import GuideScreen  # not before: the language screen does not need it

        if not isinstance(self.screen, GuideScreen):
            return False
        if action in ("next_step", "previous_step"):
            return self.plan_run is not None
        return True

    def _sync_facilitator(self) -> None:
        from .screens.base import GuideScreen

        self.set_class(self.facilitator, "-facilitator")
        self.set_class(not self.show_notes, "-notes-hidden")
        if isinstance(self.screen, GuideScreen):
            self.screen.sync_facilitator()
        self.refresh_bindings()

    def action_toggle_facilitator(self) -> None:
        """F4: facilitator mode on or off (never in a kiosk)."""
        if self.kiosk:
            return
        self.facilitator = not self.facilitator
        if not self.facilitator:
            self.plan_run = None
        self._sync_facilitator()
        self.notify(self.t("facilitator-on" if self.facilitator else "facilitator-off"), markup=False, timeout=4)

    def action_toggle_notes(self) -> None:
        """N: the notes and discussion questions in view or out of it (say, while projecting)."""
        self.show_notes = not self.show_notes
        self._sync_facilitator()

    def action_plan_menu(self) -> None:
        """L: the lesson plans of this language."""
        from .screens.plans import PlanMenuScreen

        if not isinstance(self.screen, PlanMenuScreen):
            self.push_screen(PlanMenuScreen([self.t("home"), self.t("plans")]))

    def start_plan(self, plan: Plan, index: int = 0) -> None:
        """Teach `plan` from step `index`: its steps open on top of the current (plan) screen."""
        from .facilitator import PlanRun

        self.plan_run = PlanRun(plan, index, self.clock(), depth=len(self.screen_stack))
        self._show_step()

    def _show_step(self) -> None:
        run = self.plan_run
        if run is None:
            return
        while len(self.screen_stack) > run.depth:
            self.pop_screen()
        run.started = self.clock()
        self.open_entry(run.step.id)
        self.call_later(self._sync_facilitator)

    def end_plan(self, plan: Plan) -> None:
        """The plan's screen closed: the lesson is over."""
        if self.plan_run is not None and self.plan_run.plan is plan:
            self.plan_run = None
            self.call_later(self._sync_facilitator)

    def action_next_step(self) -> None:
        """Right or Space: the next step of the lesson plan."""
        run = self.plan_run
        if run is None:
            return
        if run.is_last:
            self.notify(self.t("plan-last-step"), markup=False, timeout=3)
            return
        run.index += 1
        self._show_step()

    def action_previous_step(self) -> None:
        """Left: the step before."""
        run = self.plan_run
        if run is None:
            return
        if run.index == 0:
            self.notify(self.t("plan-first-step"), markup=False, timeout=3)
            return
        run.index -= 1
        self._show_step()
