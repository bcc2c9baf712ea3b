"""The schema's fast paths give what the general checks give: the same values, the same problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

from guide_tui.content import schema
from guide_tui.content.tomlfile import TomlFile

TEXT = 'sources = [\n  { url = "a.be", date = "2020" },\n]\n'
SOURCE_LISTS: List[Any] = [
    [{"url": "a.be", "date": "2020"}, {"url": "b.be", "date": "2019-02-03", "title": "B"}, {"url": "c.be"}],
    [{"url": "a.be", "date": "undated"}, {"url": "b.be", "date": "around 2020"}],  # a date to warn about
    [{"url": "a.be", "date": dt.date(2020, 1, 2)}],  # a TOML date
    [{"url": "a.be", "dated": "2020"}],  # an unknown key
    [{"date": "2020"}],  # no url
    [{"url": "a\x1bb.be"}, {"url": "[bold]x[/bold]"}, {"url": "a.be", "title": "[b]T"}],  # controls, markup
    [{"url": "a.be\r\n"}],
    [{"url": 3}, {"url": "a.be", "title": ["T"]}],  # wrong types
    ["a.be", 3, None],  # not tables
    {"url": "a.be"},  # not a list
    [],
]


def _checked(check: schema.Checker, value: Any) -> Tuple[Any, List[Tuple[Any, ...]]]:
    file = TomlFile(Path("x.toml"), text=TEXT)
    try:
        result: Any = check(file, ("sources",), value)
    except schema.Invalid:
        result = schema.Invalid
    return result, [(p.line, p.column, p.severity, p.message, p.hint) for p in file.problems]


@pytest.mark.parametrize("value", SOURCE_LISTS)
def test_sources_as_the_general_check(value: Any) -> None:
    assert _checked(schema.sources, value) == _checked(schema._all_sources, value)


KEYS: Dict[str, Tuple[schema.Checker, bool]] = {"title": (schema.text, True), "body": (schema.text, False)}


@pytest.mark.parametrize(
    "data",
    [
        {"title": "T", "body": "B"},
        {"title": "T\x1b", "body": "[bold]B"},
        {"title": "T\r\n"},
        {"title": 1},
        {"tile": "T"},
    ],
)
def test_plain_text_keys_as_text(data: Dict[str, Any]) -> None:
    """check_keys takes plain text as it is, without calling `text`: the same as calling it."""

    def called(file: TomlFile, path: Any, value: Any) -> Any:
        return schema.text(file, path, value)

    slow = {name: (called, required) for name, (_, required) in KEYS.items()}
    assert _checked(lambda f, p, v: schema.check_keys(f, p, v, KEYS), data) == _checked(
        lambda f, p, v: schema.check_keys(f, p, v, slow), data
    )
