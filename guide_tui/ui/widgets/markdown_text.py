"""A Markdown body from a content file as one widget that draws only the lines on screen.

Textual's Markdown widget makes a widget per block (about 70 for a page), and building and
styling those is most of the time a page takes to open. `MarkdownText` parses the body (the
content's kind of Markdown in quick_markdown.py, anything else with markdown-it, which Textual
ships and which takes 20 ms to import), lays its blocks out as lines of `Content` for the width it
has, and renders a line only when it is on screen (Textual's line API), so a long page costs
little more than a short one.

Text from content is data: every piece of text goes in as plain text (`Content(...)`, never
markup), HTML in a body is shown as text, and a link's style carries only its number (meta
`markdown-link`), never an action; a click on it posts `LinkClicked` with the address, which
the screen decides what to do with (entry.py), as it did with Textual's Markdown widget.
"""

from __future__ import annotations

import math
import re
import time
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

from rich.segment import Segment
from textual import events
from textual.content import Content, Span
from textual.geometry import Size
from textual.message import Message
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from .quick_markdown import tokens as quick_tokens
from .wrapped_text import wrap

if TYPE_CHECKING:
    from typing import Protocol

    from markdown_it import MarkdownIt

    class _Token(Protocol):
        """What `_Builder` reads of a token: markdown-it's, or quick_markdown's."""

        @property
        def type(self) -> str: ...
        @property
        def tag(self) -> str: ...
        @property
        def info(self) -> str: ...
        @property
        def markup(self) -> str: ...
        @property
        def content(self) -> str: ...
        @property
        def children(self) -> Optional[Sequence["_Token"]]: ...
        @property
        def attrs(self) -> Mapping[str, Any]: ...


LINK_META = "markdown-link"
BULLETS = ("\u2022 ", "\u25aa ", "\u2023 ", "\u2b51 ", "\u25e6 ")  # as Textual's Markdown widget
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \s: a no-break space keeps a phone number together

# Component classes, one per kind of styled text.
H = tuple(f"markdown-text--h{level}" for level in range(1, 7))
STRONG, EM, STRIKE, CODE = "markdown-text--strong", "markdown-text--em", "markdown-text--s", "markdown-text--code"
BULLET, QUOTE, RULE, TABLE_HEAD = (
    "markdown-text--bullet",
    "markdown-text--quote",
    "markdown-text--hr",
    "markdown-text--th",
)


class Block:
    """A run of text laid out as one piece: a paragraph, a heading, a code block, a table row.

    `prefixes` are (first line, other lines, component class) of each container around it,
    outermost first: a list item's bullet and its hanging indent, a quote's bar. `style` names
    the component class of the whole block. A plain class: a dataclass costs the page's first
    open half a millisecond to make."""

    __slots__ = ("text", "prefixes", "top", "bottom", "style", "center", "wrap", "right")

    def __init__(
        self,
        text: Content,
        prefixes: Optional[List[Tuple[str, str, str]]] = None,
        top: int = 0,
        bottom: int = 0,
        style: str = "",
        center: bool = False,
        wrap: bool = True,
        right: int = 0,
    ) -> None:
        self.text = text
        self.prefixes: List[Tuple[str, str, str]] = [] if prefixes is None else prefixes
        self.top, self.bottom, self.style = top, bottom, style
        self.center, self.wrap = center, wrap
        self.right = right  # cells kept free on the right (a list item's margin, as Textual's widget)


class _Container:
    def __init__(self, first: str, rest: str, style: str) -> None:
        self.first, self.rest, self.style = first, rest, style
        self.used = False  # the first line (the bullet) is out


_PARSER: Optional["MarkdownIt"] = None


def _parser() -> "MarkdownIt":
    """CommonMark with tables and strikethrough, no raw HTML (shown as text), made once: making
    one costs more than parsing a page. No linkify: a bare address is only text, as it would
    only ever be shown, and finding them costs more than the rest of the parse."""
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        _PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    return _PARSER


# Where a text can be cut into pieces parsed one by one: before a heading or a paragraph that
# follows a blank line (not a list item, quote, table, code or indented line), outside fences.
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_NEW_BLOCK = re.compile(r"^(#{1,6} |[^\s\-*+>|`~\d\[])")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:", re.M)  # `[name]: address`, for links anywhere in the text
PIECE = 2000  # characters: a piece takes a few milliseconds to parse and lay out
FIRST_LINES = 10  # laid out at once beyond a screen's worth; the rest a step a frame
STEP_SECONDS = 0.008  # the longest a step of laying out holds up the app


def pieces(source: str, size: int = PIECE) -> List[str]:
    """`source` cut at block boundaries into pieces of about `size` characters, which parse
    one by one to the same blocks as the whole (links numbered on across pieces)."""
    if _REFERENCE.search(source):  # links by reference: the text is parsed whole
        return [source]
    out: List[str] = []
    start = 0
    length = 0
    fenced = False
    blank = False
    lines = source.splitlines(keepends=True)
    offset = 0
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and blank and length >= size and _NEW_BLOCK.match(line):
            out.append(source[start:offset])
            start, length = offset, 0
        blank = not line.strip()
        offset += len(line)
        length += len(line)
    out.append(source[start:])
    return out


def parse(source: str, links: Optional[List[str]] = None) -> Tuple[List[Block], List[str]]:
    """The blocks of a Markdown text and the addresses of its links (a link's number in its
    style's meta is its index in `links`, which goes on from the list given)."""
    builder = _Builder(links if links is not None else [])
    found = quick_tokens(source)  # the content's Markdown, without importing markdown-it
    return builder.build(found if found is not None else _parser().parse(source)), builder.links


class _Builder:
    def __init__(self, links: List[str]) -> None:
        self.blocks: List[Block] = []
        self.links = links
        self.containers: List[_Container] = []
        self.lists: List[List[int]] = []  # [kind (0 bullet, 1 ordered), bullet depth]
        self.row: List[Content] = []
        self.rows: List[Tuple[List[Content], bool]] = []
        self.head = False
        self.pending_top = 0  # a quote's top margin, given to its first block

    def build(self, tokens: Sequence[_Token]) -> List[Block]:
        heading = ""
        for index, token in enumerate(tokens):
            kind = token.type
            if kind == "heading_open":
                heading = token.tag
            elif kind == "inline":
                text = self.inline(token)
                if heading:
                    level = int(heading[1:])
                    top = 2 if level <= 2 else 1
                    self.add(text, top=top, bottom=1, style=H[level - 1], center=level == 1)
                elif tokens[index - 1].type in ("th_open", "td_open"):
                    self.row.append(text)
                else:
                    self.add(text, bottom=0 if self.containers else 1)
            elif kind == "heading_close":
                heading = ""
            elif kind in ("bullet_list_open", "ordered_list_open"):
                depth = sum(1 for k, _ in self.lists if k == 0)
                self.lists.append([1 if kind == "ordered_list_open" else 0, depth])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
                if not self.lists and self.blocks:
                    self.blocks[-1].bottom = max(self.blocks[-1].bottom, 1)
            elif kind == "list_item_open":
                ordered, depth = self.lists[-1]
                mark = f"{token.info}{token.markup} " if ordered else BULLETS[depth % len(BULLETS)]
                self.containers.append(_Container(mark, " " * len(mark), BULLET))
            elif kind == "blockquote_open":
                self.containers.append(_Container("\u258c ", "\u258c ", QUOTE))
                self.mark_top(1)
            elif kind in ("list_item_close", "blockquote_close"):
                self.containers.pop()
                if kind == "blockquote_close" and self.blocks:
                    self.blocks[-1].bottom = max(self.blocks[-1].bottom, 1)
            elif kind in ("fence", "code_block"):
                code = Content(token.content.rstrip("\n"))
                self.add(code, top=1, bottom=1, style=CODE, wrap=False)
            elif kind == "hr":
                self.add(Content("\u2500"), top=1, bottom=1, style=RULE, wrap=False)
            elif kind == "tr_open":
                self.row = []
            elif kind == "tr_close":
                self.rows.append((self.row, self.head))
            elif kind == "thead_open":
                self.head = True
            elif kind == "thead_close":
                self.head = False
            elif kind == "table_close":
                self.table()
        return self.blocks

    def mark_top(self, top: int) -> None:
        self.pending_top = max(self.pending_top, top)

    def add(self, text: Content, top: int = 0, bottom: int = 0, style: str = "", **options: bool) -> None:
        prefixes = []
        for container in self.containers:
            first = container.rest if container.used else container.first
            container.used = True
            prefixes.append((first, container.rest, container.style))
        right = 1 if self.lists else 0
        top = max(top, self.pending_top)
        self.pending_top = 0
        self.blocks.append(Block(text, prefixes, top, bottom, style, right=right, **options))

    def table(self) -> None:
        """A table as lines of cells padded to their column's width, the header row in bold."""
        rows, self.rows = self.rows, []
        columns = max((len(cells) for cells, _ in rows), default=0)
        widths = [max((cells[i].cell_length for cells, _ in rows if i < len(cells)), default=0) for i in range(columns)]
        separator = Content(" \u2502 ")
        for number, (cells, head) in enumerate(rows):
            padded = [
                cells[i].pad_right(widths[i] - cells[i].cell_length) if i < len(cells) else Content(" " * widths[i])
                for i in range(columns)
            ]
            line = separator.join(padded)
            last = number == len(rows) - 1
            self.add(line, top=1 if number == 0 else 0, bottom=1 if last else 0, style=TABLE_HEAD if head else "")
            if head:
                rule = "\u2500\u253c\u2500".join("\u2500" * width for width in widths)
                self.add(Content(rule), style=RULE, wrap=False)

    def inline(self, token: _Token) -> Content:
        """The text of an inline token with its emphasis, code and links as styled spans."""
        parts: List[str] = []
        spans: List[Span] = []
        opened: List[Tuple[object, int]] = []
        position = 0

        def text(value: str) -> None:
            nonlocal position
            parts.append(value)
            position += len(value)

        for child in token.children or []:
            kind = child.type
            if kind == "text":
                text(_SPACES.sub(" ", child.content))
            elif kind == "softbreak":
                text(" ")
            elif kind == "hardbreak":
                text("\n")
            elif kind == "code_inline":
                spans.append(Span(position, position + len(child.content), CODE))
                text(child.content)
            elif kind in ("em_open", "strong_open", "s_open"):
                opened.append(({"em_open": EM, "strong_open": STRONG, "s_open": STRIKE}[kind], position))
            elif kind == "link_open":
                opened.append((len(self.links), position))
                self.links.append(str(child.attrs.get("href", "")))
            elif kind == "image":  # shown as its description, never loaded
                text(child.content or str(child.attrs.get("src", "")))
            elif kind.endswith("_close") and opened:
                style, start = opened.pop()
                spans.append(Span(start, position, style))  # type: ignore[arg-type]
        return Content("".join(parts), spans=spans)


def may_use(source: str) -> FrozenSet[str]:
    """The component classes a text may use: all it uses, maybe more (found from its characters,
    without parsing it)."""
    # A run of one to six "#" before a space or the end of a line: one pattern for all levels.
    found = {H[len(run.group()) - 1] for run in re.finditer(r"(?<!#)#{1,6}(?![^ \t\r\n])", source)}
    if re.search(r"^[ \t>]*(?:[-+*]|\d{1,9}[.)])?[ \t]*(?:=+|-+)[ \t]*\r?$", source, re.M):
        found.update(H[:2])  # a heading underlined with === or ---
    marks = set(source)
    if marks & {"*", "_"}:
        found.update((STRONG, EM))
    if "~" in marks:
        found.update((STRIKE, CODE))
    if "`" in marks or "\t" in marks or re.search(r"^ {4}", source, re.M):
        found.add(CODE)
    if re.search(r"(?:^|[ \t>])(?:[-+*]|\d{1,9}[.)])(?:[ \t\r]|$)", source, re.M):
        found.add(BULLET)
    if ">" in marks:
        found.add(QUOTE)
    if "|" in marks:
        found.update((RULE, TABLE_HEAD))
    if re.search(r"([-*_])[ \t]*(?:\1[ \t]*){2,}\r?$", source, re.M):
        found.add(RULE)
    return frozenset(found)


_VARIANTS: Dict[Tuple[type, FrozenSet[str]], type] = {}


def _variant(cls: type, names: FrozenSet[str]) -> type:
    """The subclass of `cls` with the component classes `names` (made once for each set)."""
    variant = _VARIANTS.get((cls, names))
    if variant is None:
        variant = type(cls)(cls.__name__, (cls,), {"COMPONENT_CLASSES": set(names), "__module__": cls.__module__})
        _VARIANTS[cls, names] = variant
    return variant


class MarkdownText(Widget):
    """A Markdown text from a content file: headings, lists, quotes, tables, code and links,
    drawn as lines. Clicking a link posts `MarkdownText.LinkClicked`."""

    DEFAULT_CSS = """
    MarkdownText {
        width: 1fr;
        height: auto;
        & > .markdown-text--h1 { color: $markdown-h1-color; background: $markdown-h1-background; text-style: $markdown-h1-text-style; }
        & > .markdown-text--h2 { color: $markdown-h2-color; background: $markdown-h2-background; text-style: $markdown-h2-text-style; }
        & > .markdown-text--h3 { color: $markdown-h3-color; background: $markdown-h3-background; text-style: $markdown-h3-text-style; }
        & > .markdown-text--h4 { color: $markdown-h4-color; background: $markdown-h4-background; text-style: $markdown-h4-text-style; }
        & > .markdown-text--h5 { color: $markdown-h5-color; background: $markdown-h5-background; text-style: $markdown-h5-text-style; }
        & > .markdown-text--h6 { color: $markdown-h6-color; background: $markdown-h6-background; text-style: $markdown-h6-text-style; }
        & > .markdown-text--strong { text-style: bold; }
        & > .markdown-text--em { text-style: italic; }
        & > .markdown-text--s { text-style: strike; }
        & > .markdown-text--th { text-style: bold; }
        & > .markdown-text--bullet { color: $text-primary; }
        & > .markdown-text--quote { color: $text-primary 50%; }
        & > .markdown-text--hr { color: $secondary; }
        & > .markdown-text--code { background: $warning 10%; color: $text-warning 95%; }
        &:light > .markdown-text--bullet { color: $text-secondary; }
        &:light > .markdown-text--quote { color: $text-secondary; }
        &:light > .markdown-text--code { background: $error 5%; color: $text-error 95%; }
        &:ansi > .markdown-text--code { background: ansi_default; }
    }
    """
    # Each component class costs a styled node every time the widget is styled (three times as a
    # page opens): an instance is of a subclass with only those its text may use (`_variant`).
    COMPONENT_CLASSES: ClassVar[set[str]] = set()

    def __new__(cls, source: str, **options: Any) -> "MarkdownText":
        return super().__new__(_variant(cls, may_use(source)))

    class LinkClicked(Message):
        """A link in the text was clicked."""

        def __init__(self, markdown: "MarkdownText", href: str) -> None:
            super().__init__()
            self.markdown = markdown
            self.href = href

    def __init__(self, source: str, *, id: Optional[str] = None, classes: Optional[str] = None) -> None:
        super().__init__(id=id, classes=classes)
        self.source = source
        self._pieces: Optional[List[str]] = None  # the source cut into pieces, parsed one by one
        self._blocks: List[Block] = []  # of the pieces parsed so far
        self._links: List[str] = []
        self._width = -1  # the width of the layout below
        self._lines: List[Content] = []  # laid out so far, at `_width`
        self._laid = 0  # how many blocks `_lines` holds
        self._margin = 0  # the bottom margin of the last block laid out
        self._done = False  # `_lines` is the whole text
        self._strips: Dict[int, Strip] = {}  # rendered lines, at `_width`
        self._going_on = False  # the rest of the text is being laid out, a piece a frame
        self._hover: Optional[int] = None  # the number of the link under the mouse

    @property
    def links(self) -> List[str]:
        """The addresses of the links, in the order they appear."""
        while self._parse_piece():
            pass
        return self._links

    def lines(self, width: int) -> List[Content]:
        """The whole text laid out at `width` cells, one `Content` per line."""
        self._lay_out(width, until=math.inf)
        return self._lines

    def lines_at_least(self, width: int) -> int:
        """At least how many lines the text takes at `width` cells or fewer, from its first
        piece, without laying it out: enough to tell that it fills a screen."""
        if self._pieces is None:
            self._parse_piece()
        total, margin = 0, 0
        for block in self._blocks:
            room = max(width - sum(len(first) for first, _, _ in block.prefixes) - block.right, 1)
            # A line holds at most `room` cells and the one space it was cut at.
            total += max(margin, block.top) + max(1, -(-block.text.cell_length // (room + 1)))
            margin = block.bottom
        return total

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._width = -1  # a new theme: new colours, laid out again

    def _parse_piece(self) -> bool:
        """Parse the next piece of the source; False if all were parsed."""
        if self._pieces is None:
            self._pieces = pieces(self.source)
            self._pieces.reverse()
        if not self._pieces:
            return False
        blocks, _links = parse(self._pieces.pop(), self._links)
        self._blocks.extend(blocks)
        return True

    def _lay_out(self, width: int, until: float, deadline: float = math.inf) -> None:
        """Lay out (at `width`) at least `until` lines, or all, or as much as fits before
        `deadline` (a `time.perf_counter()`)."""
        width = max(width, 1)
        if width != self._width:
            self._width, self._lines, self._laid, self._margin, self._done = width, [], 0, 0, False
            self._strips.clear()
        while not self._done and len(self._lines) < until:
            if self._laid < len(self._blocks):
                self._lay_out_block(self._blocks[self._laid])
                self._laid += 1
            elif not self._parse_piece():
                self._lines.extend([Content()] * self._margin)
                self._done = True
            if time.perf_counter() >= deadline:  # after some work: every step gets on
                break
        if not self._done and self._laid == len(self._blocks) and self._pieces == []:
            # Everything is laid out: finish now, so the height is final in this frame (a
            # text that just fills `until` would otherwise grow by its last margin a frame later).
            self._lines.extend([Content()] * self._margin)
            self._done = True

    def _lay_out_block(self, block: Block) -> None:
        style = self._component_style
        width = self._width
        self._lines.extend([Content()] * max(self._margin, block.top))
        text = block.text
        if text.spans:
            link = Style.from_rich_style(self.link_style)
            text = Content(
                text.plain,
                spans=[
                    Span(
                        span.start,
                        span.end,
                        style(span.style)
                        if isinstance(span.style, str)
                        else link + Style.from_meta({LINK_META: span.style}),
                    )
                    for span in text.spans
                ],
            )
        if block.style:
            text = text.stylize_before(style(block.style))
        indent = sum(len(first) for first, _, _ in block.prefixes)
        room = max(width - indent - block.right, 1)
        if not block.wrap:
            if block.style == RULE and text.plain == "\u2500":  # a rule: the whole width
                text = Content.styled("\u2500" * room, style(RULE))
            rows = [row for line in text.split("\n", allow_blank=True) for row in (line.fold(room) or [line])]
        else:
            rows = wrap(text, room)
        if block.center:
            rows = [row.center(room) for row in rows]
        firsts = Content().join(Content.styled(first, style(name)) for first, _, name in block.prefixes)
        rests = Content().join(Content.styled(rest, style(name)) for _, rest, name in block.prefixes)
        self._lines.extend((rests if number else firsts) + row for number, row in enumerate(rows))
        self._margin = block.bottom

    def _component_style(self, name: str) -> Style:
        return self.get_visual_style(name, partial=True)

    # -- Textual's line API: only the lines on screen are rendered --------------------------------
    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as fill the screen and some; the rest a piece a frame (`_go_on`)."""
        self._lay_out(width, until=viewport.height + FIRST_LINES)
        if not self._done and not self._going_on:
            self._going_on = True
            self.call_after_refresh(self._go_on)
        return len(self._lines)

    def _go_on(self) -> None:
        """Lay out some more of a long text, a few milliseconds at a time, so keys (F12) are
        handled between the pieces, then again after the screen shows it."""
        self._going_on = False
        if not self.is_attached or self._done:
            return
        self._lay_out(self._width, until=math.inf, deadline=time.perf_counter() + STEP_SECONDS)
        self.refresh(layout=True)

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        if width != self._width or y >= len(self._lines):
            self._lay_out(width, until=y + 1)
        selection = self.text_selection
        strip = None if selection else self._strips.get(y)
        if strip is None:
            base = self.visual_style
            segments: List[Segment] = []
            if y < len(self._lines):
                line = self._lines[y]
                if self._hover is not None:
                    line = self._hovered(line)
                span = selection.get_span(y) if selection else None
                if span is not None:  # the reader is selecting text with the mouse
                    start, end = span
                    selected = Style.from_styles(self.screen.get_component_styles("screen--selection"))
                    line = line.stylize(selected, start, len(line) if end == -1 else end)
                x = 0
                for text, style in line.render(base, end=""):
                    segments.append(Segment(text, style.rich_style_with_offset(x, y)))  # where, for selecting
                    x += len(text)
            strip = Strip(segments).extend_cell_length(width, base.rich_style).crop(0, width)
            if not selection:
                self._strips[y] = strip
        return strip

    def get_selection(self, selection: Selection) -> Optional[Tuple[str, str]]:
        """The text the reader selected with the mouse, as it is shown."""
        return selection.extract("\n".join(line.plain for line in self._lines)), "\n"

    def _hovered(self, line: Content) -> Content:
        """`line` with the link under the mouse in the hover style, as Textual shows links."""
        hover = Style.from_rich_style(self.link_style_hover)
        for span in line.spans:
            if isinstance(span.style, Style) and span.style.meta.get(LINK_META) == self._hover:
                line = line.stylize(hover, span.start, span.end)
        return line

    def _link(self, event: events.MouseEvent) -> Optional[int]:
        number = event.style.meta.get(LINK_META)
        return number if isinstance(number, int) and 0 <= number < len(self._links) else None

    def on_click(self, event: events.Click) -> None:
        number = self._link(event)
        if number is not None:
            event.stop()
            self.post_message(self.LinkClicked(self, self._links[number]))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover_link(self._link(event))

    def on_leave(self, event: events.Leave) -> None:
        self._hover_link(None)

    def _hover_link(self, number: Optional[int]) -> None:
        if number != self._hover:
            self._hover = number
            self._strips.clear()
            self.refresh()
