"""The content's Markdown parsed without markdown-it (widgets/quick_markdown.py): whatever it
accepts it parses as markdown-it does, on all the bundled content and on generated texts; what
it is not sure of it leaves to markdown-it."""

import dataclasses
import random
import subprocess
import sys
import textwrap

import pytest
from markdown_it import MarkdownIt

from guide_tui.ui.plain import markdown_source
from guide_tui.ui.widgets.markdown_text import _Builder, parse
from guide_tui.ui.widgets.quick_markdown import tokens

MARKDOWN_IT = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def shape(found):
    """What MarkdownText reads of tokens (an empty text adds nothing, markdown-it makes some)."""
    out = []
    for token in found:
        if token.type == "text" and not token.content:
            continue
        ordered_item = token.type == "list_item_open" and token.markup in ".)"
        out.append(
            (
                token.type,
                token.tag,
                token.markup if token.type.startswith(("list", "bullet", "ordered", "strong", "heading")) else "",
                token.info if ordered_item else "",
                token.content if token.type == "text" else "",
                shape(token.children) if token.children else None,
                (token.attrs or {}).get("href"),
            )
        )
    return out


def blocks(found):
    builder = _Builder([])
    laid = [
        (b.text.plain, [(s.start, s.end, s.style) for s in b.text.spans], b.prefixes, b.top, b.bottom, b.style)
        for b in builder.build(found)
    ]
    return laid, builder.links


def same_as_markdown_it(source: str) -> bool:
    """True when quick_markdown takes `source`; fails the test if it parses it otherwise."""
    found = tokens(source)
    if found is None:
        return False
    expected = MARKDOWN_IT.parse(source)
    assert shape(found) == shape(expected), source
    assert blocks(found) == blocks(expected), source
    return True


def strings(value):
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            yield from strings(getattr(value, item.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


def test_every_text_of_the_bundled_content_is_parsed_as_markdown_it_does(bundled_guide):
    taken = 0
    for code in bundled_guide.language_codes:
        for entry_id in bundled_guide.entry_ids(code):
            for text in strings(bundled_guide.find(entry_id, code).entry):
                taken += same_as_markdown_it(markdown_source(text))
    assert taken > 1000


def test_the_bundled_pages_need_no_markdown_it(bundled_guide):
    """Nearly all: a page opens without importing markdown-it (20 ms, 1.8 MiB)."""
    bodies = [
        markdown_source(found.entry.body)
        for code in bundled_guide.language_codes
        for entry_id in bundled_guide.entry_ids(code)
        for found in [bundled_guide.find(entry_id, code)]
        if getattr(found.entry, "body", "")
    ]
    left = [body[:60] for body in bodies if tokens(body) is None]
    assert len(left) <= len(bodies) // 20, left


@pytest.mark.parametrize(
    "source",
    [
        "Intro with **bold** and [a page](page:grooming).\n\n## What to do\n\n- **Don't pay.** Call 116\u00a0000.",
        "- a\n\n  b",
        "1. a\n3. b",
        "- a\n- b\n\n- c",
        "Text:\n- b",
        "Text:\n1. b",
        "- a\n  - b\n- c",
        "- a\n\n  1. b\n  2. c\n- d",
        "1. a\n   b\n2. c",
        "- a\n  b\n  - c\n    d\n- e",
        "1. a\n\n- b",
        "a\n  indented next line",
        "x **[a](page:b)**, y",
        "**a [b](page:c) d**",
        "[a **b**](page:c)",
        "(**a**) **(b)** c**d** **e**f",
        "## A **heading**\ntext",
        "[a\nb](page:c) and [](page:d)",
        "line one\nline two",
    ],
)
def test_the_content_s_kind_of_markdown_is_taken_and_parsed_as_markdown_it_does(source):
    assert same_as_markdown_it(source)


@pytest.mark.parametrize(
    "source",
    [
        "a\n2. b",  # an ordered list not at 1 does not end a paragraph
        "- a\nlazy",
        "- a\n1. b",
        "## a ##",
        "a\n---",
        "***",
        "*slanted*",
        "a_b",
        "`code`",
        "a \\* b",
        "> quote",
        "| a | b |\n|---|---|",
        "<b>html</b>",
        "&amp;",
        "![image](page:a)",
        "[a](javascript:alert(1))",
        "[a](page:b 'title')",
        "[ref]\n\n[ref]: page:a",
        "**a**\u00a0b",
        "a**(b)**c",
        "two spaces  \nbreak",
        "    code",
        "\ttab",
        "~~struck~~",
    ],
)
def test_what_it_is_not_sure_of_is_left_to_markdown_it(source):
    assert tokens(source) is None
    laid, _links = parse(source)  # and the widget still shows it, through markdown-it
    assert laid


PREFIXES = ["", "", "", "- ", "- ", "1. ", "2. ", "1) ", "10. ", "## ", "  ", "  - ", "  1. ", "   ", "    ", "-", "1."]
PIECES = [
    *["word", "wörd", "é", "123", "116\u00a0000", " ", " ", "  ", ".", ",", ":", "!", "?", "(", ")", '"', "'"],
    *[
        "-",
        "**",
        "**",
        "**",
        "[x](page:a)",
        "[**b**](page:a)",
        "[x **b**](page:a)",
        "**[x](page:a)**",
        "[a\nb](page:c)",
    ],
    *[
        "\n",
        "*",
        "#",
        "&",
        "+",
        "1. ",
        "- ",
        "_",
        "\u00a0",
        "\u2019",
        "[",
        "]",
        "https://a.be/x",
        "[x](https://a.be/x?y=1)",
    ],
]


def generated(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        lines = []
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.2:
                lines.append("")
            else:
                lines.append(rng.choice(PREFIXES) + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 7))))
        yield "\n".join(lines)


def test_generated_texts_it_takes_are_parsed_as_markdown_it_does():
    taken = sum(same_as_markdown_it(source) for source in generated(13, 4000))
    assert taken > 200  # the generator reaches what the parser takes, not only what it refuses


def test_a_long_body_is_taken_piece_by_piece_too():
    body = "\n\n".join(f"## Part {n}\n\n" + textwrap.fill("word **bold** " * 40, 70) for n in range(20))
    assert same_as_markdown_it(body)


@pytest.mark.parametrize(("source", "imported"), [("## A\n\n- **b** [c](page:d)", False), ("| a |\n|---|", True)])
def test_markdown_it_is_imported_only_for_what_the_content_s_markdown_does_not_use(source, imported):
    probe = (
        "import sys; from guide_tui.ui.widgets.markdown_text import parse; "
        f"parse({source!r}); print('markdown_it' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(imported)
