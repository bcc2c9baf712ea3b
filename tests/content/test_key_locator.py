"""The key locator: every problem's line comes from it, so it must find keys where a volunteer wrote them."""

import re

import pytest

from guide_tui.content import bundled_content, key_locator
from guide_tui.content.key_locator import KeyLocator
from guide_tui.content.tomlfile import tomllib

from ..conftest import BROKEN, MINI

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


# -- scanning only as far as needed (check asks for a few keys in thousands of files) ------

TRICKY = '''format = 1
body = """
sources = "inside a string, not a key"
[[sources]]
"""
note = 'a [bracket] and a # hash'
[meta]
sources = "a key of the table meta"

[[sources]]
url = "example.org"

[[sources]]
url = "example.net"
'''


def _parsed_files():
    roots = [bundled_content(), MINI, BROKEN]
    for path in sorted(p for root in roots for p in root.rglob("*.toml")):
        text = path.read_text("utf-8", "replace")
        try:
            tomllib.loads(text)
        except (tomllib.TOMLDecodeError, RecursionError):
            continue  # the locator is only asked about files that parsed
        yield path, text


def _located_alone(text, paths):
    """Each path asked of a new locator, so each scan stops where that key is found."""
    return {path: KeyLocator(text).locate(path) for path in paths}


def test_a_partial_scan_finds_what_the_whole_scan_finds_in_every_content_file():
    checked = 0
    for path, text in _parsed_files():
        whole = KeyLocator(text).positions
        assert _located_alone(text, whole) == whole, path
        # A key that is not there: the nearest parent, found after scanning to the end.
        for key in list(whole)[:5]:
            assert KeyLocator(text).locate(key + ("no-such-key",)) == whole[key], (path, key)
        checked += 1
    assert checked > 200


def test_keys_asked_in_any_order_of_one_locator_give_the_same_positions():
    for _path, text in _parsed_files():
        whole = KeyLocator(text).positions
        locator = KeyLocator(text)
        assert {key: locator.locate(key) for key in reversed(list(whole))} == whole


def test_a_partial_scan_is_not_fooled_by_strings_tables_or_later_arrays():
    assert KeyLocator(TRICKY).locate(("sources",)) == (10, 1)  # not the string, not meta's key
    assert KeyLocator(TRICKY).locate(("sources", 1, "url")) == (14, 1)
    assert KeyLocator(TRICKY).locate(("meta", "sources")) == (8, 1)
    assert KeyLocator(TRICKY).locate(("note",)) == (6, 1)
    locator = KeyLocator(TRICKY)
    assert locator.locate(("format",)) == (1, 1)  # stops at once...
    assert locator.locate(("sources", 0)) == (10, 1)  # ...and goes on from there
    assert locator.locate(("format",)) == (1, 1)
    assert locator.locate(("missing",)) == (None, None)
    assert locator.positions == KeyLocator(TRICKY).positions


SIMPLE_OR_NOT = """a = 1
b = "x = [1]" # comment
c='lit'
d = 1979-05-27T07:32:00Z
e = "unclosed
f = \"\"\"
g = 2
\"\"\"
h = 1 2
i = "a\\\\" [x]
"j" = 3
k.l = 4
m = 5\r
n = [
  1,
]
"""


def test_the_one_line_shortcut_finds_what_the_general_scan_finds(monkeypatch):
    texts = [text for _path, text in _parsed_files()] + [TRICKY, SIMPLE_OR_NOT]
    texts += [text.replace("\\n", "\\r\\n") for text in texts]
    quick = [KeyLocator(text).positions for text in texts]
    monkeypatch.setattr(key_locator, "_SIMPLE_LINE", re.compile(r"(?!)"))  # matches nothing
    assert [KeyLocator(text).positions for text in texts] == quick
    odd = quick[texts.index(SIMPLE_OR_NOT)]
    assert ("g",) not in odd and odd[("h",)] == (9, 1) and odd[("x", "k", "l")] == (12, 1)
