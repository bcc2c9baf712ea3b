"""The Markdown that the guide's content writes, parsed without markdown-it.

Importing markdown-it takes about 20 ms and 1.8 MiB, most of the time a first page takes to
open and most of what a page adds to the guide's memory. The content uses a small part of
CommonMark: headings, paragraphs, `-` and `1.` lists (nested one in another), `**bold**` and
`[text](page:ID)` links. `tokens` parses a text made only of that into the tokens markdown-it
would make (the ones `MarkdownText` reads) and gives up, returning None, on anything else:
then markdown-it parses it. It gives up early and often (a backslash, a backtick, an
underscore, a line it is not sure of); what it accepts it parses as markdown-it does, which
tests/ui/test_quick_markdown.py checks on all the bundled content and on generated texts.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, List, Optional, Tuple

# Characters that may start something this parser leaves to markdown-it: escapes, code,
# HTML and autolinks, tables, strikethrough, and whitespace other than spaces and newlines.
_REFUSED = re.compile(
    r"[\\`<|~\t\r\x00\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|&[A-Za-z#]|!\["
)
_HEADING = re.compile(r"(#{1,6}) (.*[^#\s])\Z")
_BULLET = re.compile(r"- (?=\S)")
_ORDERED = re.compile(r"(\d{1,9})([.)]) (?=\S)")
_MARKER_LIKE = re.compile(r"[-+*](?: |\Z)|[>#]|\d{1,9}[.)](?: |\Z)")  # might start a block
_ONLY_RULE_CHARS = re.compile(r"[-=*_ ]+\Z")  # a rule or a heading underline
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
_ADDRESS = re.compile(
    r"page:[A-Za-z0-9_\-]+"
    r"|https?://[a-z0-9\-.]+(?::[0-9]+)?(?:/(?:[A-Za-z0-9\-._~/!$'+,;=:@?#&]|%[0-9A-Fa-f]{2})*)?"
    r"|mailto:[A-Za-z0-9.\-+]+@[a-z0-9\-.]+|tel:\+?[0-9]+"
)
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class QuickToken:
    """The part of a markdown-it `Token` that `MarkdownText` reads."""

    __slots__ = ("type", "tag", "markup", "info", "content", "children", "attrs")

    def __init__(
        self,
        type: str,
        tag: str = "",
        markup: str = "",
        info: str = "",
        content: str = "",
        children: Optional[List["QuickToken"]] = None,
        attrs: Optional[Dict[str, str]] = None,
    ) -> None:
        self.type, self.tag, self.markup, self.info, self.content = type, tag, markup, info, content
        self.children = children
        self.attrs: Dict[str, str] = attrs or {}


class _Refused(Exception):
    """The text has something this parser leaves to markdown-it."""


class _Item:
    __slots__ = ("column", "marker_column", "ordered", "delimiter")

    def __init__(self, column: int, marker_column: int, ordered: bool, delimiter: str) -> None:
        self.column = column  # where its text starts
        self.marker_column = marker_column
        self.ordered = ordered
        self.delimiter = delimiter  # "-" or "." or ")"


def tokens(source: str) -> Optional[List[QuickToken]]:
    """markdown-it's tokens for `source`, or None when it is not only the content's Markdown."""
    if _REFUSED.search(source):
        return None
    try:
        return _Blocks().parse(source)
    except _Refused:
        return None


def _kind(text: str) -> Tuple[str, Optional["re.Match[str]"]]:
    """What a line (without its indentation) starts: heading, bullet, ordered, text or blank."""
    if not text:
        return "blank", None
    match = _HEADING.match(text)
    if match:
        return "heading", match
    if _ONLY_RULE_CHARS.match(text) or text.endswith(" "):
        raise _Refused
    match = _BULLET.match(text)
    if match:
        return "bullet", match
    match = _ORDERED.match(text)
    if match:
        return "ordered", match
    if _MARKER_LIKE.match(text):
        raise _Refused
    if text.startswith("\u00a0") or text.endswith("\u00a0"):
        raise _Refused  # markdown-it trims it from a paragraph
    return "text", None


class _Blocks:
    def __init__(self) -> None:
        self.out: List[QuickToken] = []
        self.items: List[_Item] = []  # the list items the current line is inside, outermost first
        self.paragraph: List[str] = []  # lines of the open paragraph
        self.blank = False  # the line before was blank

    def parse(self, source: str) -> List[QuickToken]:
        for line in source.split("\n"):
            self.line(line)
        self.close_paragraph()
        self.close_items(0)
        return self.out

    def line(self, line: str) -> None:
        text = line.lstrip(" ")
        indent = len(line) - len(text)
        kind, match = _kind(text)
        if kind == "blank":
            self.close_paragraph()
            self.blank = True
            return
        inside = sum(1 for item in self.items if indent >= item.column)
        if inside < len(self.items):
            item = self.items[inside]
            same_list = (
                kind in ("bullet", "ordered")
                and indent == item.marker_column
                and item.ordered == (kind == "ordered")
                and item.delimiter == (match.group(2) if kind == "ordered" and match else "-")
            )
            if same_list:  # the next item
                self.close_paragraph()
                self.close_items(inside + 1)
                self.out.append(QuickToken("list_item_close", "li", item.delimiter))
                self.items.pop()
                self.open_item(kind, match, indent)
                return
            if self.paragraph and not self.blank:
                raise _Refused  # a lazy continuation line, or a block ending a list item's text
            self.close_paragraph()
            self.close_items(inside)
        column = self.items[-1].column if self.items else 0
        if indent != column and not (indent > column and kind == "text" and self.paragraph):
            raise _Refused  # only a paragraph's next line may be indented further
        if kind == "text":
            if not self.paragraph:
                self.out.append(QuickToken("paragraph_open", "p"))
            self.paragraph.append(text)
        elif kind == "heading":
            if self.items or match is None:
                raise _Refused
            self.close_paragraph()
            tag = f"h{len(match.group(1))}"
            self.out.append(QuickToken("heading_open", tag, match.group(1)))
            title = match.group(2).strip(" ")
            if title[0].isspace():
                raise _Refused  # markdown-it trims a no-break space too
            self.out.append(_inline(title))
            self.out.append(QuickToken("heading_close", tag, match.group(1)))
        else:  # a list begins
            if self.paragraph and not self.blank and kind == "ordered" and match and match.group(1) != "1":
                raise _Refused  # would not end the paragraph: markdown-it knows
            self.close_paragraph()
            ordered = kind == "ordered"
            delimiter = match.group(2) if ordered and match else "-"
            list_type = "ordered_list_open" if ordered else "bullet_list_open"
            self.out.append(QuickToken(list_type, "ol" if ordered else "ul", delimiter))
            self.open_item(kind, match, indent)
        self.blank = False

    def open_item(self, kind: str, match: Optional["re.Match[str]"], indent: int) -> None:
        assert match is not None
        ordered = kind == "ordered"
        delimiter = match.group(2) if ordered else "-"
        info = match.group(1) if ordered else ""
        self.out.append(QuickToken("list_item_open", "li", delimiter, info))
        item = _Item(indent + match.end(), indent, ordered, delimiter)
        self.items.append(item)
        rest = _kind(match.string[match.end() :])[0]
        if rest != "text":
            raise _Refused  # a list item that starts with a heading or another list
        self.out.append(QuickToken("paragraph_open", "p"))
        self.paragraph.append(match.string[match.end() :])
        self.blank = False

    def close_paragraph(self) -> None:
        if self.paragraph:
            self.out.append(_inline("\n".join(self.paragraph)))
            self.out.append(QuickToken("paragraph_close", "p"))
            self.paragraph = []

    def close_items(self, keep: int) -> None:
        """Close the list items (and their lists) after the first `keep`."""
        while len(self.items) > keep:
            item = self.items.pop()
            self.out.append(QuickToken("list_item_close", "li", item.delimiter))
            close = "ordered_list_close" if item.ordered else "bullet_list_close"
            self.out.append(QuickToken(close, "ol" if item.ordered else "ul", item.delimiter))


def _inline(source: str) -> QuickToken:
    """An inline token: text, soft line breaks, `**bold**` and `[links](page:ID)`."""
    children: List[QuickToken] = []
    outside = _Bold(source, len(source), children)  # bold may go around a link
    position = 0
    for link in _LINK.finditer(source):
        address = link.group(2)
        if not _ADDRESS.fullmatch(address):
            raise _Refused
        outside.text(position, link.start())
        children.append(QuickToken("link_open", "a", attrs={"href": address}))
        inside = _Bold(source, link.end(1), children)  # a link's text is parsed on its own
        inside.text(link.start(1), link.end(1))
        inside.end()
        children.append(QuickToken("link_close", "a"))
        position = link.end()
    outside.text(position, len(source))
    outside.end()
    return QuickToken("inline", content=source, children=children)


class _Bold:
    """Text with `**` pairs, as CommonMark's delimiter rules pair them where the answer is
    plain: the `**` of the text open and close in turn (one that could do either closes when
    one is open: markdown-it pairs it with the nearest, and 2 + 2 is no multiple of 3)."""

    def __init__(self, source: str, limit: int, out: List[QuickToken]) -> None:
        self.source, self.limit, self.out = source, limit, out
        self.opened = False

    def text(self, start: int, end: int) -> None:
        source = self.source
        piece = source[start:end]
        if "[" in piece or "]" in piece or "_" in piece:
            raise _Refused  # not a link this parser knows, or emphasis with `_`
        position = start
        for run in re.finditer(r"\*+", piece):
            if len(run.group()) != 2:
                raise _Refused
            at, after = start + run.start(), start + run.end()
            before_kind = _char_kind(source[at - 1] if at > 0 else " ")
            after_kind = _char_kind(source[after] if after < self.limit else " ")
            left = after_kind != "space" and (after_kind != "punct" or before_kind != "other")
            right = before_kind != "space" and (before_kind != "punct" or after_kind != "other")
            if not (right if self.opened else left):
                raise _Refused  # a `**` that cannot close (or open) here: markdown-it knows
            _words(source[position:at], self.out)
            self.out.append(QuickToken("strong_close" if self.opened else "strong_open", "strong", "**"))
            self.opened = not self.opened
            position = after
        _words(source[position:end], self.out)

    def end(self) -> None:
        if self.opened:
            raise _Refused  # a `**` without its pair: markdown-it shows it as it is


def _words(text: str, out: List[QuickToken]) -> None:
    for number, line in enumerate(text.split("\n")):
        if number:
            out.append(QuickToken("softbreak", "br"))
        if line:
            out.append(QuickToken("text", content=line))


def _char_kind(char: str) -> str:
    """For `**`: "space", "punct" or "other", as CommonMark's flanking rules see a neighbour."""
    if char in " \n":
        return "space"
    if char in _ASCII_PUNCTUATION:
        return "punct"
    if unicodedata.category(char)[0] in "LN":
        return "other"
    raise _Refused  # other whitespace, punctuation or symbols: markdown-it versions differ
