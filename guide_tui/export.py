"""Printable take-aways: a one-page help card, as Markdown, plain text or a self-contained HTML file.

Everything on the card comes from the content: the emergency numbers and the services from the
help entries (never retyped), the four steps from the `urgent` page, the headings from the
interface strings. Nothing about the reader is in it. No Textual here; HTML is rendered from
the Markdown with markdown-it-py, with raw HTML, images and links switched off, so the file
loads nothing from anywhere.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from typing import List, Optional

from .content import Guide
from .content.model import HelpEntry, Menu, Page, Plan
from .content.text import strip_controls
from .help_card import Translate, describe_hours

FORMATS = ("html", "md", "txt")
STEPS_PAGE = "urgent"  # the page whose numbered list is "what to do now"
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_STEP = re.compile(r"^\s*\d+[.)]\s+(.*\S)\s*$")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")


@dataclass
class Section:
    heading: str
    items: List[str] = field(default_factory=list)  # one line of inline Markdown each
    ordered: bool = False


@dataclass
class Card:
    lang: str
    title: str
    sections: List[Section]
    closing: str
    made: str


def _inline(text: str) -> str:
    """Content text as one line of inline Markdown: no control codes, links reduced to their text."""
    return " ".join(_LINK.sub(r"\1", strip_controls(text)).split())


def _help_order(guide: Guide, lang: str) -> List[HelpEntry]:
    """Help entries in the order the help menus list them (menu by menu, from `help` down),
    then any the menus do not list, by id: the order volunteers chose for readers."""
    seen: List[str] = []
    queue = ["help"]
    while queue:
        found = guide.find(queue.pop(0), lang)
        if found is None or not isinstance(found.entry, Menu):
            continue
        for item in found.entry.items:
            if item not in seen:
                seen.append(item)
                queue.append(item)
    everything = {i: f.entry for i in guide.entry_ids(lang) if (f := guide.find(i, lang)) is not None}
    ordered = [everything[i] for i in seen if i in everything] + [everything[i] for i in sorted(everything)]
    result: List[HelpEntry] = []
    for entry in ordered:
        if isinstance(entry, HelpEntry) and entry not in result:
            result.append(entry)
    return result


CHANNEL_ORDER = ("phone", "chat", "web", "mail", "app", "address")  # how a card names a service's way in


def _reach(entry: HelpEntry, t: Translate) -> str:
    """**Name**: the first phone (else chat, web...) and, for a phone or chat, its hours."""
    channels = sorted(entry.channels, key=lambda c: CHANNEL_ORDER.index(c.kind))
    name = f"**{_inline(entry.title)}**"
    if not channels:
        return name
    channel = channels[0]
    value = _inline(channel.value)
    line = name if value in entry.title else f"{name}{t('colon')}{value}"
    if channel.kind in ("phone", "chat") and (channel.hours or not entry.emergency):
        line += f" ({describe_hours(t, channel)})"
    return line


def build_card(guide: Guide, lang: str, today: Optional[dt.date] = None) -> Card:
    strings = guide.strings(lang)
    t: Translate = strings.t
    helpers = _help_order(guide, lang)
    emergency = sorted((e for e in helpers if e.emergency), key=lambda e: "112" not in e.title + e.id)
    speaks = [e for e in helpers if not e.emergency and lang in e.languages]
    if not speaks:  # no service answers in this language: the services for all of Belgium
        speaks = [e for e in helpers if not e.emergency and "national" in e.regions]
    sections = [Section(t("card-emergency"), [_reach(e, t) + f" · {_inline(e.summary)}" for e in emergency])]
    found = guide.find(STEPS_PAGE, lang)
    if found is not None:
        body = getattr(found.entry, "body", "")
        steps: List[str] = []
        for line in body.splitlines():
            match = _STEP.match(line)
            if match:
                steps.append(_inline(match.group(1)))
            elif steps and line.strip():
                break  # the first numbered list only
        if steps:
            sections.append(Section(t("card-steps"), steps, ordered=True))
    sections.append(Section(t("card-services"), [_reach(e, t) + f" · {_inline(e.summary)}" for e in speaks]))
    date = (today or guide.today).isoformat()
    return Card(lang, t("card-title"), sections, t("card-not-your-fault"), t("card-made", date=date))


def to_markdown(card: Card) -> str:
    lines = [f"# {card.title}", ""]
    for section in card.sections:
        lines += [f"## {section.heading}", ""]
        for number, item in enumerate(section.items, 1):
            lines.append(f"{number}. {item}" if section.ordered else f"- {item}")
        lines.append("")
    lines += [f"**{card.closing}**", "", f"*{card.made}*", ""]
    return "\n".join(lines)


def _plain(text: str) -> str:
    return _EMPHASIS.sub(r"\2", text)


def to_text(card: Card) -> str:
    lines = [card.title.upper(), "=" * len(card.title), ""]
    for section in card.sections:
        lines += [section.heading, "-" * len(section.heading)]
        for number, item in enumerate(section.items, 1):
            lines.append(f"{number}. {_plain(item)}" if section.ordered else f"- {_plain(item)}")
        lines.append("")
    lines += [card.closing, "", card.made, ""]
    return "\n".join(lines)


# Print on one A4 page; system fonts only (nothing is fetched).
CSS = """
@page { size: A4; margin: 12mm; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.35; color: #000; background: #fff; max-width: 48em; margin: 1em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .4em; }
h2 { font-size: 12.5pt; margin: .9em 0 .3em; border-bottom: 1.5pt solid #000; }
h2:first-of-type + ul { font-size: 13pt; border: 2pt solid #000; padding: .4em .4em .4em 1.6em; }
ul, ol { margin: .2em 0; padding-left: 1.4em; }
li { margin: .15em 0; }
p { margin: .5em 0; }
@media print { body { margin: 0; padding: 0; max-width: none; } h2, li { break-inside: avoid; } }
"""


def to_html(card: Card) -> str:
    return markdown_page(to_markdown(card), card.title, card.lang)


def markdown_page(markdown: str, title: str, lang: str) -> str:
    """One self-contained HTML file from Markdown made here from content."""
    from markdown_it import MarkdownIt

    # No raw HTML, no images, no links: the file cannot load or point to anything.
    parser = MarkdownIt("commonmark", {"html": False}).disable(
        ["image", "link", "autolink", "html_inline", "html_block"]
    )
    body = parser.render(markdown)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n"
        "</body>\n</html>\n"
    )


def export_card(guide: Guide, lang: str, fmt: str, today: Optional[dt.date] = None) -> str:
    card = build_card(guide, lang, today)
    if fmt == "html":
        return to_html(card)
    if fmt == "md":
        return to_markdown(card)
    return to_text(card)


# -- a lesson plan as a handout -----------------------------------------------------------------


def plan_markdown(guide: Guide, lang: str, plan_id: str) -> Optional[str]:
    """The plan with, per step, its minutes, the step's note, the entry's text (pages in full,
    other kinds by their summary) and its discussion questions; None if there is no such plan."""
    found = guide.find(plan_id, lang)
    if found is None or not isinstance(found.entry, Plan):
        return None
    plan = found.entry
    t: Translate = guide.strings(lang).t
    lines = [f"# {_inline(plan.title)}", ""]
    facts = [f"**{t('plan-audience')}:** {_inline(plan.audience)}"] if plan.audience else []
    facts.append(t("plan-total", minutes=plan.total_minutes))
    lines += [" · ".join(facts), ""]
    if plan.goal:
        lines += [f"**{t('plan-goal')}:** {_inline(plan.goal)}", ""]
    for number, step in enumerate(plan.steps, 1):
        shown = guide.find(step.id, lang)
        if shown is None:
            continue
        entry = shown.entry
        lines += [f"## {number}. {_inline(entry.title)} · {t('plan-step-minutes', minutes=step.minutes)}", ""]
        if step.note:
            lines += [f"*{_inline(step.note)}*", ""]
        summary: str = getattr(entry, "summary", "")
        if isinstance(entry, Page) and entry.body:
            text = _LINK.sub(r"\1", strip_controls(entry.body))
            lines += [re.sub(r"^(#{1,4}) ", r"\1## ", text, flags=re.M).strip(), ""]
        elif summary:
            lines += [_inline(summary), ""]
        if entry.discussion:
            lines += [f"**{t('discussion')}**", ""]
            lines += [f"- {_inline(question)}" for question in entry.discussion]
            lines.append("")
    return "\n".join(lines)


def export_plan(guide: Guide, lang: str, plan_id: str, fmt: str) -> Optional[str]:
    markdown = plan_markdown(guide, lang, plan_id)
    if markdown is None:
        return None
    if fmt == "html":
        title = guide.find(plan_id, lang)
        return markdown_page(markdown, title.entry.title if title else plan_id, lang)
    if fmt == "md":
        return markdown
    return _plain(re.sub(r"^#+ ", "", markdown, flags=re.M))
