"""Text from content files can never run an app action or send control codes to the terminal."""

from textual.widgets import OptionList

from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp
from guide_tui.ui.widgets.markdown_text import MarkdownText

from .helpers import link_offset, notifications, screen_text

HOSTILE = r'''format = 1
kind = "page"
id = "hostile"
title = "[@click=app.quit]Free gift[/] [bold red]now"
summary = "[@click=app.bell]x"
body = """
[@click=app.quit]Click me[/] and \u001b[2J\u001b]52;c;aGVsbG8=\u0007 [link=https://example.org]here[/link]

[a web address](https://example.org) and [a page](page:grooming)
"""
'''


def hostile_guide(root):
    (root / "en" / "hostile.toml").write_text(HOSTILE, encoding="utf-8")
    menu = root / "en" / "home.toml"
    menu.write_text(menu.read_text(encoding="utf-8").replace('items = ["', 'items = ["hostile", "'), encoding="utf-8")
    return load_guide(root)


async def test_markup_in_content_is_shown_literally_and_never_runs(mini_copy):
    guide = hostile_guide(mini_copy)
    assert "hostile" in guide.content("en").entries["home"].items
    app = GuideApp(guide, language="en")
    bells = []
    app.bell = lambda: bells.append("bell")
    async with app.run_test(size=(80, 24)) as pilot:
        prompts = [str(option.prompt) for option in app.screen.query_one(OptionList).options]
        assert any("[@click=app.quit]Free gift[/] [bold red]now" in prompt for prompt in prompts)
        await pilot.click(OptionList, offset=(3, 0))  # click the hostile item itself
        await pilot.pause()
        assert app.is_running and app.screen.entry_id == "hostile"
        text = screen_text(app)
        assert "[@click=app.quit]Free gift[/]" in text
        assert "\x1b" not in text and "\x07" not in text
        # Click all over the text: no click may quit the app or ring the bell.
        for y in range(2, 12):
            for x in (3, 12, 24):
                await pilot.click(offset=(x, y))
        await pilot.pause()
        assert app.is_running and bells == []


async def test_page_links_open_pages_and_web_links_are_only_shown(mini_copy):
    guide = hostile_guide(mini_copy)
    opened = []
    app = GuideApp(guide, language="en", open_id="hostile")
    app.open_url = lambda url, **kw: opened.append(url)  # would open a browser
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        markdown = app.screen.query_one(MarkdownText)
        await pilot.click(markdown, offset=link_offset(markdown, "a web address"))
        await pilot.pause()
        assert opened == []
        assert app.screen.entry_id == "hostile"
        assert any("https://example.org" in message for message in notifications(app))
        await pilot.click(markdown, offset=link_offset(markdown, "a page"))
        await pilot.pause()
        assert app.screen.entry_id == "grooming"


def test_control_codes_are_removed_at_load_and_reported(mini_copy):
    guide = hostile_guide(mini_copy)
    page = guide.content("en").entries["hostile"]
    assert "\x1b" not in page.body and "\x07" not in page.body
    messages = [p.message for p in guide.problems if p.path.name == "hostile.toml"]
    assert any("control characters" in m for m in messages)
    assert any("looks like Textual markup" in m for m in messages)
