"""Plain mode (`guide-tui --plain`): the guide as lines of text and numbered choices.

For screen readers, braille displays, pipes and tests: no colours, no cursor movement, no
screen clearing, and no Textual import at all. Each screen is printed once, top to bottom;
the reader types a number and Enter to open a choice, `b` to go back, `x` to leave at once
(quick exit), `q` to quit, `?` for the keys, `/` and words to search, Enter alone to read the
screen again. The end of the input ends the guide.

It writes nothing to disk (as in kiosk mode) and shows content text only as text: control
characters are stripped, Markdown is shown without its marks, page links become numbered
choices.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field
from typing import IO, Callable, Dict, List, Optional, Sequence, Tuple, Union

from .content import CONTENT_ENV, Guide, default_content_dir, load_guide, local_content_dir
from .content.markdown_links import PAGE_SCHEME, page_links
from .content.matching import match_help
from .content.model import (
    YOU,
    Checklist,
    Choice,
    Entry,
    HelpEntry,
    Menu,
    Node,
    Page,
    Scenario,
    SelfCheck,
    source_years,
)
from .content.text import markdown_to_text, strip_controls
from .content.walks import UNSURE, Visit, next_visit
from .help_card import card_text, describe_channels, first_phone

_LINK = re.compile(r"\[([^\]]+)\]\(\s*([^)\s]*)\s*\)")
_HEADING = re.compile(r"^#{1,6}\s+")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")


def markdown_lines(markdown: str, numbers: Dict[str, int]) -> List[str]:
    """Markdown as plain lines: one line per paragraph, heading or list item, blank lines
    between blocks; a page link becomes "text [n]" with n its number among the choices, a web
    link "text (address)"; no emphasis marks or heading hashes."""

    def link(found: "re.Match[str]") -> str:
        text, target = found.group(1), found.group(2)
        if target.startswith(PAGE_SCHEME):
            number = numbers.get(target[len(PAGE_SCHEME) :])
            return f"{text} [{number}]" if number else text
        return f"{text} ({target})" if target else text

    lines: List[str] = []
    joinable = False  # whether the next plain line continues the last one
    for raw in strip_controls(markdown).strip().splitlines():
        stripped = raw.strip()
        if not stripped:
            if lines and lines[-1]:
                lines.append("")
            joinable = False
            continue
        if _HEADING.match(stripped):
            if lines and lines[-1]:
                lines.append("")
            lines += [stripped, ""]
            joinable = False
        elif _LIST_ITEM.match(stripped):
            indent = "  " * min((len(raw) - len(raw.lstrip())) // 2, 3)
            lines.append(indent + re.sub(r"^[*+]\s", "- ", stripped))
            joinable = True
        elif joinable and lines:
            lines[-1] += " " + stripped
        else:
            lines.append(stripped)
            joinable = True
    while lines and not lines[-1]:
        lines.pop()
    return [markdown_to_text(_LINK.sub(link, line)) for line in lines]


class QuickExit(Exception):
    """`x`: leave at once."""


class Quit(Exception):
    """`q`, or the end of the input."""


@dataclass
class Option:
    label: str
    open: Callable[[], Optional["View"]]  # the view to show next (None: stay)


@dataclass
class View:
    """One screen's worth of text and its numbered choices."""

    title: str
    lines: List[str] = field(default_factory=list)
    options: List[Option] = field(default_factory=list)
    # Steps back inside the view (a self-check question); False when there is none left.
    back: Optional[Callable[[], bool]] = None
    # Rebuild the text after going back inside the view.
    refresh: Optional[Callable[[], "View"]] = None


class PlainGuide:
    def __init__(
        self,
        guide: Guide,
        stdin: IO[str],
        stdout: IO[str],
        *,
        language: Optional[str] = None,
        open_id: Optional[str] = None,
        region: Optional[str] = None,
        kiosk: bool = False,
        site_language: Optional[str] = None,
    ) -> None:
        self.guide = guide
        self.stdin = stdin
        self.stdout = stdout
        self.start_language = language
        self.open_id = open_id
        self.region = region
        self.kiosk = kiosk
        self.site_language = site_language
        self.language = language or guide.default_language
        self.strings = guide.strings(self.language)
        self.stack: List[View] = []
        self.quick_exited = False
        self.brief = False  # after going back, show only the title and the choices

    # -- text -------------------------------------------------------------------------------------
    def t(self, key: str, **values: object) -> str:
        return self.strings.t(key, **values)

    def write(self, text: str = "") -> None:
        self.stdout.write(strip_controls(text) + "\n")

    def flush(self) -> None:
        try:
            self.stdout.flush()
        except (OSError, ValueError):
            pass

    # -- the loop -----------------------------------------------------------------------------------
    def run(self) -> int:
        """Read choices until `q`, `x` or the end of the input; 0 when all went well."""
        self.start()
        try:
            while True:
                self.show(self.stack[-1], brief=self.brief)
                self.brief = False
                self.prompt()
        except QuickExit:
            self.quick_exited = True
        except Quit:
            pass
        except KeyboardInterrupt:  # Ctrl+C: end quietly, without a traceback
            return 130
        return 0

    def start(self) -> None:
        self.stack = []
        if self.start_language and self.start_language in self.guide.language_codes:
            self.choose_language(self.start_language)
            if self.open_id:
                path = self.guide.path_to(self.open_id, self.language)
                self.stack = []
                for entry_id in path:
                    view = self.entry_view(entry_id)
                    if view is not None:
                        self.stack.append(view)
                if not self.stack:
                    self.stack.append(self.language_view())
        else:
            self.stack.append(self.language_view())
        self.open_id = None

    def show(self, view: View, brief: bool = False) -> None:
        """The view's title, text and numbered choices; `brief`: the title and choices only
        (coming back to a screen already read; Enter alone reads it all again)."""
        self.write()
        self.write(view.title)
        self.write()
        lines = [] if brief and view.options else view.lines
        for line in lines:
            self.write(line)
        if lines and view.options:
            self.write()
        for number, option in enumerate(view.options, 1):
            self.write(f"{number}. {option.label}")
        self.write()

    def prompt(self) -> None:
        """Read lines until one changes what is shown."""
        while True:
            self.write(self.t("plain-prompt"))
            self.flush()
            line = self.stdin.readline()
            if not line:
                raise Quit
            if self.handle(line.strip()):
                return

    def handle(self, answer: str) -> bool:
        """Act on one line the reader typed; True when a (new) view must be shown."""
        view = self.stack[-1]
        command = answer.lower()
        if command == "x":
            if self.kiosk:
                self.kiosk_reset()
                return True
            raise QuickExit
        if command == "q":
            if self.kiosk:  # a shared computer is not quit from the keyboard: start afresh
                self.kiosk_reset()
                return True
            raise Quit
        if command == "?":
            self.write(self.t("plain-keys"))
            return False
        if command == "":
            return True
        if command == "b":
            self.brief = self.go_back()
            return True
        if answer.startswith("/"):
            if answer[1:].strip():
                self.stack.append(self.search_view(answer[1:].strip()))
                return True
            return False
        number = answer.rstrip(".)")  # "3." or "3)" as the list prints them
        if number.isdigit() and 1 <= int(number) <= len(view.options):
            following = view.options[int(number) - 1].open()
            if following is not None:
                self.stack.append(following)
            return True
        if view.options:
            self.write(self.t("plain-not-a-choice", input=answer, count=len(view.options)))
        else:
            self.write(self.t("plain-no-choices"))
        return False

    def go_back(self) -> bool:
        """One step back: a question back inside a self-check, else the screen before (from
        the main menu, the language choice). True when it is a screen the reader already read."""
        view = self.stack[-1]
        if view.back is not None and view.back():
            if view.refresh is not None:
                self.stack[-1] = view.refresh()
            return False
        if len(self.stack) > 1:
            self.stack.pop()
            return True
        if not isinstance(view, _LanguageView):
            self.stack = [self.language_view()]
        return False

    def kiosk_reset(self) -> None:
        """On a shared computer: forget the reader and start again at the language choice."""
        code = self.site_language if self.site_language in self.guide.language_codes else self.language
        self.write(self.guide.strings(code or self.guide.default_language).get("neutral-screen", ""))
        self.language = self.guide.default_language
        self.strings = self.guide.strings(self.language)
        self.stack = [self.language_view()]

    # -- views --------------------------------------------------------------------------------------
    def language_view(self) -> View:
        guide = self.guide
        prompts = " · ".join(language.prompt for language in guide.languages if language.prompt)
        options = [Option(language.name, self._language_opener(language.code)) for language in guide.languages]
        return _LanguageView(prompts or self.t("language"), [], options)

    def _language_opener(self, code: str) -> Callable[[], Optional[View]]:
        def choose() -> Optional[View]:
            self.choose_language(code)
            return None

        return choose

    def choose_language(self, code: str) -> None:
        self.language = code
        self.strings = self.guide.strings(code)
        home = self.entry_view(self.guide.home)
        self.stack = [home] if home is not None else [self.language_view()]

    def opener(self, entry_id: str) -> Callable[[], Optional[View]]:
        return lambda: self.entry_view(entry_id)

    def entry_view(self, entry_id: str) -> Optional[View]:
        found = self.guide.find(entry_id, self.language)
        if found is None:
            self.write(self.t("not-found", id=entry_id))
            return None
        entry = found.entry
        lines: List[str] = []
        if found.fallback:
            lines += [self.t("fallback-notice", language=self.guide.language_name(entry.lang)), ""]
        if isinstance(entry, Menu):
            return self.menu_view(entry, lines)
        if isinstance(entry, SelfCheck):
            return self.selfcheck_view(entry, lines, [Visit(entry.start, self.region, None)])
        if isinstance(entry, Scenario):
            return self.scenario_view(entry, lines)
        if isinstance(entry, Checklist):
            return self.checklist_view(entry, lines)
        if isinstance(entry, HelpEntry):
            return self.help_view(entry, lines)
        if isinstance(entry, Page):
            return self.text_view(entry.title, lines, [entry.body], entry.links(), entry)
        return View(entry.title, lines)

    def entry_label(self, entry_id: str) -> Optional[str]:
        found = self.guide.find(entry_id, self.language)
        if found is None:
            return None
        entry = found.entry
        label = entry.title
        if isinstance(entry, HelpEntry):
            phone = first_phone(entry)
            label += f", {phone}" if phone and phone not in entry.title else ""
        summary = getattr(entry, "summary", "")
        if summary:
            label = _joined(label, summary)
        if found.fallback:
            label += f" ({self.guide.language_name(entry.lang)})"
        return label

    def entry_options(self, ids: Sequence[str]) -> List[Option]:
        options = []
        for entry_id in dict.fromkeys(ids):
            label = self.entry_label(entry_id)
            if label is not None:
                options.append(Option(label, self.opener(entry_id)))
        return options

    def menu_view(self, menu: Menu, lines: List[str]) -> View:
        title = self.t("app-title") if menu.id == self.guide.home else menu.title
        if menu.intro:
            lines.append(menu.intro)
        options = self.entry_options(menu.items)
        if not options:
            lines.append(self.t("empty-menu"))
        return View(title, lines, options)

    def text_view(
        self,
        title: str,
        lines: List[str],
        texts: Sequence[Union[str, List[str]]],
        links: Sequence[str],
        entry: Optional[Entry] = None,
    ) -> View:
        """Markdown texts (or lines as they are) with their page links as numbered choices,
        then the entry's sources."""
        links = self.openable(links)
        numbers = {target: number for number, target in enumerate(links, 1)}
        for text in texts:
            if isinstance(text, list):
                lines += text + [""]
            elif text.strip():
                lines += markdown_lines(text, numbers) + [""]
        if entry is not None:
            lines += self.source_lines(entry)
        options = self.entry_options(links)
        if options:
            lines += ["", self.t("plain-links") + self.t("colon").rstrip()]
        return View(title, _trim(lines), options)

    def openable(self, ids: Sequence[str]) -> List[str]:
        """The ids, each once, that a reader of this language can open."""
        return [target for target in dict.fromkeys(ids) if self.guide.find(target, self.language) is not None]

    def source_lines(self, entry: Entry) -> List[str]:
        lines = []
        if entry.sources:
            lines.append(self.t("sources") + self.t("colon").rstrip())
            for source in entry.sources:
                date = self.t("source-undated") if source.date in ("", "undated") else source.date
                lines.append(f"- {source.title + ': ' if source.title else ''}{source.url} ({date})")
        years = source_years(entry.sources)
        if years is not None:
            span = str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}"
            lines.append(self.t("sources-years", years=span))
        if entry.verified_on:
            lines.append(self.t("verified-live", date=entry.verified_on.isoformat()))
        return lines

    def help_view(self, entry: HelpEntry, lines: List[str]) -> View:
        card = card_text(self.t, self.guide.language_name, entry).splitlines()
        return self.text_view(entry.title, lines + card[1:] + [""], [entry.body], entry.links(), entry)

    def scenario_view(self, scenario: Scenario, lines: List[str]) -> View:
        title = scenario.title + (f" · {scenario.app}" if scenario.app else "")
        if scenario.intro:
            lines += [scenario.intro, ""]
        for message in scenario.messages:
            lines.append(self._message(message.sender, message.text))
        lines += ["", self.t("scenario-question")]
        options = [Option(choice.text, self._feedback_opener(scenario, choice, title)) for choice in scenario.choices]
        return View(title, lines, options)

    def _message(self, sender: str, text: str) -> str:
        return f"{self.t('plain-you') if sender == YOU else sender}: {text}"

    def _feedback_opener(self, scenario: Scenario, choice: Choice, title: str) -> Callable[[], Optional[View]]:
        def feedback() -> View:
            lines = [self.t("scenario-your-choice"), choice.text, ""]
            texts: List[Union[str, List[str]]] = [choice.feedback]
            flagged = [message for message in scenario.messages if message.red_flag]
            if flagged:
                flags = [self.t("scenario-red-flags", count=len(flagged))]
                for message in flagged:
                    flags.append("- " + self._message(message.sender, message.text))
                    flags.append("  " + self.t("plain-red-flag", reason=message.red_flag))
                texts.append(flags)
            if scenario.closing:
                texts.append(f"## {self.t('scenario-remember')}\n\n{scenario.closing}")
            links = page_links(choice.feedback) + page_links(scenario.closing)
            return self.text_view(f"{title}: {self.t('scenario-feedback')}", lines, texts, links)

        return feedback

    def selfcheck_view(self, check: SelfCheck, lines: List[str], visits: List[Visit]) -> View:
        """A question with its answers, or a result with advice and the services that fit."""
        node = check.nodes[visits[-1].node]
        intro = list(lines)
        text: List[str] = list(lines)
        if len(visits) == 1 and check.intro:
            text += [check.intro, ""]

        def back() -> bool:
            if len(visits) > 1:
                visits.pop()
                return True
            return False

        def refresh() -> View:
            return self.selfcheck_view(check, intro, visits)

        def answer(pick: str) -> Callable[[], Optional[View]]:
            def go() -> Optional[View]:
                visits.append(next_visit(check, visits[-1], pick))
                self.stack[-1] = self.selfcheck_view(check, intro, visits)
                return None

            return go

        if not node.is_result:
            text.append(node.question)
            options = [Option(a.text, answer(str(index))) for index, a in enumerate(node.answers)]
            options.append(Option(self.t("unsure"), answer(UNSURE)))
            view = View(check.title, text, options, back, refresh)
        else:
            helpers = self.matching_help(node, visits[-1])
            links = self.openable(page_links(node.advice))
            numbers = {target: number for number, target in enumerate(links, 2 + len(helpers))}
            text += markdown_lines(node.advice, numbers) + ["", self.t("selfcheck-help") + self.t("colon").rstrip()]
            options = [Option(self.t("next-steps"), lambda: self.next_steps_view(node, helpers))]
            options += [Option(self.entry_label(e.id) or e.title, self.opener(e.id)) for e in helpers]
            options += [Option("→ " + (self.entry_label(i) or i), self.opener(i)) for i in links]
            view = View(check.title, text, options, back, refresh)
        return view

    def matching_help(self, node: Node, visit: Visit) -> List[HelpEntry]:
        entries = [
            found.entry
            for found in (self.guide.find(i, self.language) for i in self.guide.entry_ids(self.language))
            if found is not None and isinstance(found.entry, HelpEntry)
        ]
        return match_help(entries, node.topics, self.language, visit.region, visit.age, node.emergency)

    def next_steps_view(self, node: Node, helpers: List[HelpEntry]) -> View:
        lines = markdown_lines(node.advice, {}) + [""]
        for entry in helpers:
            lines += [entry.title, *describe_channels(self.t, entry).splitlines(), ""]
        return View(self.t("next-steps"), _trim(lines))

    def checklist_view(self, checklist: Checklist, lines: List[str]) -> View:
        if checklist.intro:
            lines += [checklist.intro, ""]
        lines.append(self.t("plain-steps") + self.t("colon").rstrip())
        for number, step in enumerate(checklist.steps, 1):
            lines.append(f"{number}) {step.title}")
            details = []
            if step.how:
                details.append(step.how)
            if step.path:
                details.append(self.t("step-path", path=step.path))
            if step.platform != "all":
                details.append(self.t("step-platform", platform=self.t("platform-" + step.platform)))
            if step.may_be_outdated(self.guide.today):
                date = step.verified_on.isoformat() if step.verified_on else "?"
                details.append(self.t("step-outdated", date=date))
            lines += ["   " + detail for detail in details]
        lines.append("")
        lines += self.source_lines(checklist)
        return View(checklist.title, _trim(lines))

    def search_view(self, query: str) -> View:
        from .content.search import index_for  # built on the first search only

        results = index_for(self.guide, self.language).search(query, limit=20)
        title = f"{self.t('search')}: {query}"
        if not results:
            return View(title, [self.t("search-none", query=query)])
        options = []
        for result in results:
            label = _joined(result.entry.title, result.snippet.text)
            options.append(Option(label, self.opener(result.entry.id)))
        return View(title, [self.t("search-results", count=len(results))], options)


class _LanguageView(View):
    """The language choice: `b` has nowhere to go from here."""


def _joined(title: str, more: str) -> str:
    """ "Title: more", or "Question? more" where the title ends in its own punctuation."""
    if not more:
        return title
    return f"{title} {more}" if title.rstrip()[-1:] in "?!.:" else f"{title}: {more}"


def _trim(lines: List[str]) -> List[str]:
    while lines and not lines[-1]:
        lines.pop()
    return lines


# -- command line ---------------------------------------------------------------------------------


def run(
    options: argparse.Namespace, stdin: Optional[IO[str]] = None, stdout: Optional[IO[str]] = None
) -> Tuple[int, bool]:
    """`guide-tui --plain`: returns the exit status and whether the reader left by quick exit
    (the command line then wipes a terminal as after the full-screen guide's quick exit)."""
    from .settings import load_site_config, locations  # reads the site configuration only

    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    for stream in (stdin, stdout):  # a pipe in a C locale must not end the guide over an "é"
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    site, _ = load_site_config(locations().site_config_file)
    root = default_content_dir(options.content or os.environ.get(CONTENT_ENV) or site.content)
    if not root.is_dir():
        print(f"guide-tui: no content folder at {root}", file=sys.stderr)
        return 2, False
    guide = load_guide(root, local=local_content_dir(getattr(options, "local", None), site.local_content))
    if options.lang and options.lang not in guide.language_codes:
        print(
            f"guide-tui: unknown language '{options.lang}'; choose from {', '.join(guide.language_codes)}",
            file=sys.stderr,
        )
        return 2, False
    reader = PlainGuide(
        guide,
        stdin,
        stdout,
        language=options.lang,
        open_id=options.open_id,
        region=site.default_region,
        kiosk=bool(options.kiosk or site.kiosk),
        site_language=site.default_language,
    )
    try:
        code = reader.run()
    except BrokenPipeError:  # `guide-tui --plain | head`: the reader left
        sys.stdout = open(os.devnull, "w")
        return 1, False
    return code, reader.quick_exited
