"""Search the guide in one language: titles, summaries, page text, scenarios, self-check
questions and advice, help services with their numbers and addresses. No Textual here.

Words are compared folded (`fold`): case and accents do not count, so "ecoute" finds
"Écoute". A query word of three letters or more also finds longer words it starts ("sext"
finds "sextortion"). Results are ranked: more of the query's words first, then words in the
title before words in the summary before words in the text, then by title.

The index is built from entries already loaded (`SearchIndex(entries)`), on first use; the app
asks `index_for(guide, language)`, which keeps one index per language of a guide.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from .model import Checklist, Entry, HelpEntry, Menu, Page, Plan, Scenario, SelfCheck
from .text import markdown_to_text, strip_controls

if TYPE_CHECKING:
    from .guide import Guide

TITLE, SUMMARY, TEXT = 3, 2, 1  # field weights
WORD = re.compile(r"\w+")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M)
_SPACES = re.compile(r"\s+")
MIN_PREFIX = 3  # shorter query words must match a whole word
SNIPPET_WIDTH = 110  # characters of context shown under a result, about one or two lines


def fold(text: str) -> str:
    """Text for comparing: no accents (NFKD, combining marks dropped), no case."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _fold_with_origins(text: str) -> Tuple[str, Optional[List[int]]]:
    """`fold(text)`, and for each character of it the index of the character it came from;
    None where each character folds to exactly one ("é" to "e"), the usual case: the
    positions are then the same."""
    if all(len(fold(char)) == 1 for char in set(text) if not char.isascii()):
        return fold(text), None
    parts: List[str] = []
    origins: List[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        origins.extend([index] * len(folded))
    return "".join(parts), origins


def query_words(query: str) -> List[str]:
    """The folded words of a query, each once; one- and two-letter words ("de", "is") only
    count when the query has nothing longer."""
    words = list(dict.fromkeys(WORD.findall(fold(query))))
    long_words = [word for word in words if len(word) >= MIN_PREFIX or word.isdigit()]
    return long_words or words


def _matches(query_word: str, word: str) -> bool:
    return word == query_word or (len(query_word) >= MIN_PREFIX and word.startswith(query_word))


def _clean(text: str) -> str:
    """Markdown or plain content text as one line of readable words."""
    text = markdown_to_text(strip_controls(text))
    return _SPACES.sub(" ", _LIST_MARK.sub("", text)).strip()


@dataclass(frozen=True)
class Snippet:
    """A short piece of text around the matching words; `marks` are (start, end) spans of the
    matching words inside `text`."""

    text: str
    marks: Tuple[Tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Result:
    entry: Entry
    matched: Tuple[str, ...]  # the query words (folded) found in this entry
    in_title: int  # how many of them are in the title
    strength: int  # sum over matched words of how well they match (`_Document.best_weight`)
    snippet: Snippet

    @property
    def rank(self) -> Tuple[int, int, int, int, str]:
        """Sort key: more words, more in the title, stronger fields, then the shorter title
        ("Sextortion" before "Financial sextortion"), then alphabetical."""
        title = fold(self.entry.title)
        return (-len(self.matched), -self.in_title, -self.strength, len(WORD.findall(title)), title)


@dataclass(frozen=True)
class _Field:
    weight: int
    text: str  # one line, as shown in a snippet
    words: FrozenSet[str]


class _Document:
    def __init__(self, entry: Entry, fields: Sequence[Tuple[int, str]], hidden: Iterable[str] = ()) -> None:
        self.entry = entry
        self.fields: List[_Field] = []
        for weight, raw in fields:
            text = _clean(raw)
            if text:
                self.fields.append(_Field(weight, text, frozenset(WORD.findall(fold(text)))))
        # Words found but never shown, such as a phone number without its spaces ("116000").
        self.hidden = frozenset(word for value in hidden for word in WORD.findall(fold(value)))

    def best_weight(self, query_word: str) -> int:
        """How well the document has the word: twice the weight of the best field it is in,
        plus one where it is the whole word there ("grooming", not only "groomers")."""
        best = 0
        for field in self.fields:
            if 2 * field.weight + 1 > best and any(_matches(query_word, word) for word in field.words):
                best = max(best, 2 * field.weight + (query_word in field.words))
        if not best and any(_matches(query_word, word) for word in self.hidden):
            best = 2 * TEXT
        return best


def _fields(entry: Entry) -> Tuple[List[Tuple[int, str]], List[str]]:
    """What of an entry is searched: (weight, text) fields, and hidden words."""
    fields: List[Tuple[int, str]] = [(TITLE, entry.title)]
    hidden: List[str] = []
    if isinstance(entry, Menu):
        fields.append((SUMMARY, entry.intro))
    elif isinstance(entry, Page):
        fields += [(SUMMARY, entry.summary), (TEXT, entry.body)]
    elif isinstance(entry, HelpEntry):
        fields += [(SUMMARY, entry.summary), (TEXT, entry.body)]
        for channel in entry.channels:
            fields += [(SUMMARY, channel.value), (TEXT, channel.note)]
            hidden.append(channel.value.replace(" ", ""))
        hidden += entry.topics
    elif isinstance(entry, Scenario):
        fields += [(SUMMARY, entry.summary), (SUMMARY, entry.app), (TEXT, entry.intro)]
        for message in entry.messages:
            fields += [(TEXT, message.text), (TEXT, message.red_flag)]
        for choice in entry.choices:
            fields += [(TEXT, choice.text), (TEXT, choice.feedback)]
        fields.append((TEXT, entry.closing))
    elif isinstance(entry, SelfCheck):
        fields += [(SUMMARY, entry.summary), (TEXT, entry.intro)]
        for node in entry.nodes.values():
            fields += [(TEXT, node.question), *((TEXT, answer.text) for answer in node.answers), (TEXT, node.advice)]
    elif isinstance(entry, Checklist):
        fields += [(SUMMARY, entry.summary), (SUMMARY, entry.app), (TEXT, entry.intro)]
        for step in entry.steps:
            fields += [(TEXT, step.title), (TEXT, step.how), (TEXT, step.path)]
    return [(weight, text) for weight, text in fields if text], hidden


def snippet(text: str, words: Sequence[str], width: int = SNIPPET_WIDTH) -> Snippet:
    """About `width` characters of `text` around the first matching word, cut at spaces, with
    "…" where text was left out, and the spans of every matching word inside it."""
    folded, origins = _fold_with_origins(text)
    spans = []
    for found in WORD.finditer(folded):
        if any(_matches(word, found.group()) for word in words):
            start, end = found.start(), found.end()
            spans.append((start, end) if origins is None else (origins[start], origins[end - 1] + 1))
    first = spans[0][0] if spans else 0
    start = 0 if first < width // 3 else text.rfind(" ", 0, first - width // 4) + 1
    end = len(text) if len(text) - start <= width else text.rfind(" ", start, start + width)
    if end <= start:
        end = min(len(text), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    marks = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return Snippet(prefix + text[start:end].rstrip() + suffix, marks)


class SearchIndex:
    """The searchable text of the given entries (one language, as a reader can open them)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.documents = [_Document(entry, *_fields(entry)) for entry in entries]

    def __len__(self) -> int:
        return len(self.documents)

    def search(self, query: str, limit: Optional[int] = None) -> List[Result]:
        words = query_words(query)
        if not words:
            return []
        found = [(document, {word: document.best_weight(word) for word in words}) for document in self.documents]
        # A word in more than half of the entries ("what", "le", "het") tells nothing: it only
        # counts when every word of the query is that common.
        rare = [word for word in words if sum(bool(weights[word]) for _, weights in found) * 2 <= len(found)]
        words = rare or words
        results = []
        for document, weights in found:
            matched = tuple(word for word in words if weights[word])
            if not matched:
                continue
            results.append(
                Result(
                    document.entry,
                    matched,
                    sum(weights[word] >= 2 * TITLE for word in matched),
                    sum(weights[word] for word in matched),
                    self._snippet(document, matched),
                )
            )
        results.sort(key=lambda result: result.rank)
        return results[:limit] if limit is not None else results

    @staticmethod
    def _snippet(document: _Document, matched: Sequence[str]) -> Snippet:
        """From the field (not the title, which is shown anyway) with most matching words;
        where only the title matches, the start of the summary or text without marks."""

        def hits(field: _Field) -> int:
            return sum(any(_matches(q, word) for word in field.words) for q in matched)

        rest = [field for field in document.fields if field.weight != TITLE]
        if not rest:
            return Snippet("")
        best = max(rest, key=lambda field: (hits(field), field.weight))
        return snippet(best.text, matched if hits(best) else ())


# One index per language of a loaded guide, built on the first search in that language.
_INDEXES: "weakref.WeakKeyDictionary[Guide, Dict[str, SearchIndex]]" = weakref.WeakKeyDictionary()


def index_for(guide: "Guide", language: str) -> SearchIndex:
    """The search index of what a reader of `language` can open (their entries, then the
    fallback language's), built once per guide and language."""
    indexes = _INDEXES.setdefault(guide, {})
    if language not in indexes:
        entries = guide.content(language).readable(guide.content(guide.default_language))
        # Lesson plans are for facilitators (their plan menu, `guide-tui list`): readers never find them.
        indexes[language] = SearchIndex(entry for entry in entries.values() if not isinstance(entry, Plan))
    return indexes[language]
