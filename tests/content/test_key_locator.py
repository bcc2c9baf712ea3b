"""The key locator: every problem's line comes from it, so it must find keys where a volunteer wrote them."""

import pytest

from guide_tui.content.tomlfile import KeyLocator

FILE = '''format = 1
kind = "help"   # a comment
title = "Tab [not a header]"
body = """
[ "not a header either" ]
key = "not a key"
"""

[[channels]]
kind = "phone"
value = "116 000"

[[channels.hours]]
days = "mon-fri"

[[channels]]
kind = "chat"
'''


@pytest.mark.parametrize(
    "path,where",
    [
        (("format",), (1, 1)),
        (("kind",), (2, 1)),
        (("title",), (3, 1)),
        (("body",), (4, 1)),
        (("channels",), (9, 1)),
        (("channels", 0), (9, 1)),
        (("channels", 0, "value"), (11, 1)),
        (("channels", 0, "hours", 0, "days"), (14, 1)),
        (("channels", 1, "kind"), (17, 1)),
        (("channels", 1, "no-such-key"), (16, 1)),  # the nearest located parent
    ],
)
def test_keys_tables_and_arrays_of_tables(path, where):
    assert KeyLocator(FILE).locate(path) == where


def test_text_inside_a_multi_line_string_is_not_a_key():
    locator = KeyLocator(FILE)
    assert ("key",) not in locator.positions
    assert ('"not a header either"',) not in locator.positions


def test_an_inline_table_inside_an_array_has_its_own_line():
    text = 'channels = [\n  { kind = "phone", value = "1" },\n  { kind = "chat", value = "x" },\n]\n'
    locator = KeyLocator(text)
    assert locator.locate(("channels",)) == (1, 1)
    assert locator.locate(("channels", 1)) == (3, 3)
    assert locator.locate(("channels", 1, "value")) == (3, 20)


def test_a_bracketed_line_inside_a_multi_line_array_is_not_a_header():
    text = 'items = [\n  [ "a" ],\n  "b",\n]\ntitle = "after"\n'
    locator = KeyLocator(text)
    assert locator.locate(("items", 1)) == (3, 3)
    assert locator.locate(("title",)) == (5, 1)  # keys after the array are still found


def test_a_quoted_key_with_a_dot_is_one_key():
    text = 'format = 1\n"a.b" = 2\nc."d.e".f = 3\n'
    locator = KeyLocator(text)
    assert locator.locate(("a.b",)) == (2, 1)
    assert locator.locate(("c", "d.e", "f")) == (3, 1)


def test_items_of_a_one_line_list():
    locator = KeyLocator('items = ["home", "help"]\n')
    assert locator.locate(("items", 1)) == (1, 18)


def test_a_string_ending_in_quotes_and_escaped_quotes():
    text = 'body = """She said "hi""""\nnext = "a \\" [x]"\nlast = 1\n'
    locator = KeyLocator(text)
    assert locator.locate(("next",)) == (2, 1)
    assert locator.locate(("last",)) == (3, 1)


def test_an_empty_path_or_an_unknown_key_in_an_empty_file_has_no_line():
    assert KeyLocator("").locate(("anything",)) == (None, None)
