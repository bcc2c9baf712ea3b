"""A Markdown body in one widget (widgets/markdown_text.py): the blocks it lays out, markup that
never runs, links that only post their address, and long texts laid out a piece at a time."""

from textual.app import App, ComposeResult

from guide_tui.ui.app import GuideApp
from guide_tui.ui.screens.page import PageScreen
from guide_tui.ui.widgets.markdown_text import LINK_META, MarkdownText, may_use, parse, pieces

from .helpers import link_offset

BODY = """\
Intro with **bold**, *slanted* and `code` text and [a page](page:grooming).

## What to do

- **Don't pay.** Paying doesn't make it stop, and this item is long enough to wrap.
  - a nested item
- Call 116\u00a0000 now.

1. first
2. second

> A quote.

| Who | When |
|---|---|
| Helpline | day and night |

```
code block
```

[@click=app.quit]Click me[/] and <b>html</b>
"""


class One(App[None]):
    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source
        self.clicked: list = []

    def compose(self) -> ComposeResult:
        yield MarkdownText(self.source)

    def on_markdown_text_link_clicked(self, event: MarkdownText.LinkClicked) -> None:
        self.clicked.append(event.href)


async def test_blocks_are_laid_out_as_lines_with_bullets_and_hanging_indents():
    app = One(BODY)
    async with app.run_test(size=(44, 40)):
        lines = [line.plain.rstrip() for line in app.query_one(MarkdownText).lines(44)]
    assert lines[:4] == ["Intro with bold, slanted and code text and a", "page.", "", ""]
    assert lines[4:7] == ["What to do", "", "\u2022 Don't pay. Paying doesn't make it stop,"]
    assert lines[7:10] == [
        "  and this item is long enough to wrap.",
        "  \u25aa a nested item",
        "\u2022 Call 116\u00a0000 now.",
    ]
    assert "1. first" in lines and "2. second" in lines
    assert "\u258c A quote." in lines
    assert "Who      \u2502 When" in lines and "Helpline \u2502 day and night" in lines
    assert "code block" in lines


async def test_a_phone_number_is_never_cut_at_the_end_of_a_line():
    app = One("Call the number 116\u00a0000 now please.")
    async with app.run_test(size=(19, 5)):
        lines = [line.plain.rstrip() for line in app.query_one(MarkdownText).lines(19)]
    assert lines[:2] == ["Call the number", "116\u00a0000 now please."]


async def test_markup_and_html_in_the_text_are_shown_as_they_are_and_links_carry_only_a_number():
    app = One(BODY)
    async with app.run_test(size=(60, 40)):
        widget = app.query_one(MarkdownText)
        lines = widget.lines(60)
        text = "\n".join(line.plain for line in lines)
        assert "[@click=app.quit]Click me[/] and <b>html</b>" in text
        metas = [span.style.meta for line in lines for span in line.spans if not isinstance(span.style, str)]
        assert {LINK_META: 0} in metas
        assert all("@click" not in meta for meta in metas)
        assert widget.links == ["page:grooming"]


async def test_a_click_on_a_link_posts_its_address_and_a_click_beside_it_nothing():
    app = One(BODY)
    async with app.run_test(size=(60, 40)) as pilot:
        widget = app.query_one(MarkdownText)
        await pilot.click(MarkdownText, offset=(1, 0))  # "Intro": no link
        await pilot.pause()
        assert app.clicked == []
        await pilot.click(MarkdownText, offset=link_offset(widget, "a page"))
        await pilot.pause()
        assert app.clicked == ["page:grooming"]


def test_a_long_text_cut_into_pieces_parses_to_the_same_blocks_and_link_numbers():
    text = "\n".join(f"## Part {n}\n\nSee [page {n}](page:p{n}).\n\n- item\n\n```\nx\n\ny\n```\n" for n in range(60))
    cut = pieces(text, size=200)
    assert len(cut) > 10 and "".join(cut) == text
    assert all(piece.count("```") % 2 == 0 for piece in cut)  # never inside a code block
    whole, whole_links = parse(text)
    links: list = []
    blocks = [block for piece in cut for block in parse(piece, links)[0]]
    assert [b.text.plain for b in blocks] == [b.text.plain for b in whole]
    assert [b.text.spans for b in blocks] == [b.text.spans for b in whole]
    assert links == whole_links == [f"page:p{n}" for n in range(60)]


LONG = "\n".join(
    f"## Part {n}\n\n" + "A line of text that says something useful. " * 8 + "\n" for n in range(120)
)  # 42 KB


async def test_a_long_text_shows_its_first_screen_then_the_rest_a_step_a_frame():
    app = One(LONG)
    async with app.run_test(size=(80, 24)) as pilot:
        widget = app.query_one(MarkdownText)
        assert not widget._done and 0 < len(widget._lines) < 200
        for _ in range(1000):  # a step a frame; ends as soon as all is laid out
            if widget._done:
                break
            await pilot.pause()
        assert widget._done and widget.size.height == len(widget._lines) > 1000


async def test_quick_exit_ends_the_program_while_a_long_page_is_laid_out(mini_copy):
    from guide_tui.content import load_guide

    page = mini_copy / "en" / "long.toml"
    body = LONG.replace('"', "'")
    page.write_text(
        f'format = 1\nkind = "page"\nid = "long"\ntitle = "Long"\nbody = """\n{body}"""\n', encoding="utf-8"
    )
    menu = mini_copy / "en" / "home.toml"
    menu.write_text(menu.read_text(encoding="utf-8").replace('items = ["', 'items = ["long", "'), encoding="utf-8")
    app = GuideApp(load_guide(mini_copy), language="en", open_id="long")
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, PageScreen)
        assert not app.screen.query_one(MarkdownText)._done
        await pilot.press("f12")
        await pilot.pause()
        assert app.quick_exited and not app.is_running


async def test_text_can_be_selected_with_the_mouse_and_copied_as_shown():
    app = One(BODY)
    async with app.run_test(size=(60, 40)) as pilot:
        widget = app.query_one(MarkdownText)
        await pilot.mouse_down(MarkdownText, offset=(0, 0))
        await pilot.hover(MarkdownText, offset=(15, 0))
        await pilot.mouse_up(MarkdownText, offset=(15, 0))
        await pilot.pause()
        assert app.screen.get_selected_text() == "Intro with bold,"
        before = widget.render_line(0)
        app.screen.clear_selection()
        await pilot.pause()
        assert widget.render_line(0).text == before.text and widget.render_line(0) != before  # highlight gone


def test_a_text_with_links_by_reference_is_parsed_whole():
    text = "".join(f"Part {n} and [the page][p].\n\n" for n in range(200)) + "[p]: page:grooming\n"
    assert pieces(text, size=200) == [text]
    blocks, links = parse(text)
    assert links == ["page:grooming"] * 200


async def test_the_link_under_the_mouse_is_highlighted():
    app = One(BODY)
    async with app.run_test(size=(60, 40)) as pilot:
        widget = app.query_one(MarkdownText)
        x, y = link_offset(widget, "a page")
        before = widget.render_line(y)
        await pilot.hover(MarkdownText, offset=(x, y))
        await pilot.pause()
        assert widget._hover == 0 and widget.render_line(y) != before
        await pilot.hover(MarkdownText, offset=(0, y + 3))
        await pilot.pause()
        assert widget._hover is None and widget.render_line(y) == before


SNIPPETS = [
    *["# a", "## b", "### c", "#### d", "##### e", "###### f", "####### g", "Title\n===", "Title\n---", "- - -"],
    *["***", "___", "* * *", "- item", "* item", "+ item", "1. one", "3) three", "  - nested", "> quote"],
    *["> - in a quote", "> ## in a quote", "- ## in a list", "`code`", "```\nfence\n```", "~~~\nfence\n~~~"],
    *["    indented", "\tindented", "*em*", "_em_", "**strong**", "__strong__", "~~struck~~", "| a | b |\n|---|---|"],
    *["text", "text with [a link](page:a)", "", "1. - nested", "- 1. nested", "> > deeper", "- > quote in a list"],
]


def classes_used(source):
    laid, _links = parse(source)
    used = set()
    for block in laid:
        used.update(name for _first, _rest, name in block.prefixes)
        used.update(span.style for span in block.text.spans if isinstance(span.style, str))
        used.add(block.style)
    return used - {""}


def test_a_text_s_widget_has_every_component_class_its_text_uses():
    """An instance has only the component classes its text may use (each costs styling time);
    never fewer than it uses, or a style would be missing."""
    import random

    rng = random.Random(5)
    sources = [BODY] + ["\n".join(rng.choice(SNIPPETS) for _ in range(rng.randint(1, 6))) for _ in range(1500)]
    for source in sources:
        assert classes_used(source) <= may_use(source), source
    widget = MarkdownText("## Heading\n\n- **bold**")
    assert isinstance(widget, MarkdownText) and type(widget).__name__ == "MarkdownText"
    assert widget._get_component_classes() == {"markdown-text--h2", "markdown-text--bullet", *may_use("**")}


def test_every_bundled_text_s_widget_has_the_component_classes_it_uses(bundled_guide):
    from guide_tui.ui.plain import markdown_source

    for code in bundled_guide.language_codes:
        for entry_id in bundled_guide.entry_ids(code):
            entry = bundled_guide.find(entry_id, code).entry
            for text in (getattr(entry, "body", ""), getattr(entry, "facilitator_notes", "")):
                source = markdown_source(text or "")
                assert classes_used(source) <= may_use(source), entry_id
