"""What keys each kind of content file may have, and turning raw TOML values into model values.

Every check reports a located problem instead of raising. An error on a required key makes
the loader skip the file; an error on an optional key drops only that key.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from .model import (
    ALWAYS,
    CHANNEL_KINDS,
    DAYS,
    REGIONS,
    Answer,
    Channel,
    ChatMessage,
    Choice,
    Hours,
    Node,
    OpeningSlot,
    PlanStep,
    Source,
    Step,
)
from .problems import ERROR, WARNING
from .text import find_not_plain, has_controls, is_plain, looks_like_markup, strip_controls
from .tomlfile import KeyPath, TomlFile

FORMAT_VERSION = 1
# Always used with fullmatch: `$` would also match before a final newline ("id\n").
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|undated")
TIME = re.compile(r"([01]\d|2[0-4]):([0-5]\d)")


class Invalid(Exception):
    """A value could not be used; the problem has already been recorded."""


Checker = Callable[[TomlFile, KeyPath, Any], Any]
# What each checker accepts, as ("shape", detail): the JSON Schema that editors use is made
# from it (json_schema.py), so it can never disagree with the checks. The factories below
# (one_of, list_of, table) add their own; the other checkers are listed at the end.
SHAPES: Dict[Checker, Tuple[str, Any]] = {}


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def _type_error(file: TomlFile, path: KeyPath, expected: str, value: Any) -> Invalid:
    kind = type(value).__name__
    names = {
        "str": "text",
        "int": "a whole number",
        "bool": "true/false",
        "list": "a list",
        "dict": "a table",
        "float": "a number",
        "date": "a date",
    }
    file.problem(ERROR, path, f"'{_dotted(path)}' must be {expected}, not {names.get(kind, kind)}")
    return Invalid()


def _dotted(path: KeyPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def text(file: TomlFile, path: KeyPath, value: Any) -> str:
    if not isinstance(value, str):
        raise _type_error(file, path, "text in quotes", value)
    result: str = value
    if is_plain(result):
        return result
    if has_controls(result):
        file.problem(WARNING, path, f"'{_dotted(path)}' contains control characters (such as ESC); they were removed")
        result = strip_controls(result)
    if looks_like_markup(result):
        file.problem(
            WARNING,
            path,
            f"'{_dotted(path)}' contains text that looks like Textual markup; it is shown as plain text and never run",
            "use Markdown such as **bold** instead",
        )
    return result.replace("\r\n", "\n")


def identifier(file: TomlFile, path: KeyPath, value: Any) -> str:
    found = text(file, path, value)
    if not ID_PATTERN.fullmatch(found):
        shown = found.encode("unicode_escape").decode("ascii")  # a newline shows as \n
        file.problem(ERROR, path, f"id '{shown}' may only use lower-case letters, digits and '-'")
        raise Invalid()
    return found


def boolean(file: TomlFile, path: KeyPath, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _type_error(file, path, "true or false", value)
    return value


def whole_number(file: TomlFile, path: KeyPath, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(file, path, "a whole number", value)
    return value


def text_list(file: TomlFile, path: KeyPath, value: Any) -> List[str]:
    if not isinstance(value, list):
        raise _type_error(file, path, 'a list such as ["a", "b"]', value)
    return [text(file, path + (index,), item) for index, item in enumerate(value)]


def id_list(file: TomlFile, path: KeyPath, value: Any) -> List[str]:
    if not isinstance(value, list):
        raise _type_error(file, path, 'a list of ids such as ["a", "b"]', value)
    return [identifier(file, path + (index,), item) for index, item in enumerate(value)]


def unique_id_list(file: TomlFile, path: KeyPath, value: Any) -> List[str]:
    """A list of ids in which each id appears once: a repeat is an error and is dropped (the
    app makes a widget or list key of each, and two with one id would crash it)."""
    found: List[str] = []
    for index, item in enumerate(id_list(file, path, value)):
        if item in found:
            file.problem(ERROR, path + (index,), f"'{item}' is listed twice; the second one is left out")
        else:
            found.append(item)
    return found


def date(file: TomlFile, path: KeyPath, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    file.problem(ERROR, path, f"'{_dotted(path)}' must be a date written as YYYY-MM-DD")
    raise Invalid()


def one_of(choices: Tuple[str, ...]) -> Checker:
    def check(file: TomlFile, path: KeyPath, value: Any) -> str:
        found = text(file, path, value)
        if found not in choices:
            file.problem(ERROR, path, f"'{found}' is not one of: {', '.join(choices)}", did_you_mean(found, choices))
            raise Invalid()
        return found

    SHAPES[check] = ("one of", choices)
    return check


def list_of(check_item: Checker) -> Checker:
    def check(file: TomlFile, path: KeyPath, value: Any) -> List[Any]:
        if not isinstance(value, list):
            raise _type_error(file, path, "a list", value)
        return [check_item(file, path + (index,), item) for index, item in enumerate(value)]

    SHAPES[check] = ("list", check_item)
    return check


def table(keys: Dict[str, Tuple[Checker, bool]], build: Callable[..., Any]) -> Checker:
    """A table whose keys are checked by `keys` (name -> (checker, required))."""

    def check(file: TomlFile, path: KeyPath, value: Any) -> Any:
        if not isinstance(value, dict):
            raise _type_error(file, path, "a table", value)
        return build(**check_keys(file, path, value, keys))

    SHAPES[check] = ("table", keys)
    return check


def check_keys(
    file: TomlFile, path: KeyPath, data: Dict[str, Any], keys: Dict[str, Tuple[Checker, bool]]
) -> Dict[str, Any]:
    """Check `data` against `keys`; raise Invalid if a required key is missing or wrong."""
    result: Dict[str, Any] = {}
    failed = False
    if not keys.keys() >= data.keys():  # one comparison for the usual file, every key known
        for name in data:
            if name not in keys:
                file.problem(
                    WARNING,
                    path + (name,),
                    f"unknown key '{_dotted(path + (name,))}' is ignored",
                    did_you_mean(name, keys),
                )
    for name, (checker, required) in keys.items():
        if name not in data:
            if required:
                where = f" in [{_dotted(path)}]" if path else ""
                file.problem(ERROR, path, f"missing required key '{name}'{where}")
                failed = True
            continue
        value = data[name]
        if checker is text and type(value) is str and find_not_plain(value) is None:
            result[name] = value  # what text() gives plain text, without the call (most values)
            continue
        try:
            result[name] = checker(file, path + (name,), value)
        except Invalid:
            failed = failed or required
    if failed:
        raise Invalid()
    return result


def source_date(file: TomlFile, path: KeyPath, value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    found = text(file, path, value)
    if not PARTIAL_DATE.fullmatch(found):
        file.problem(WARNING, path, f"source date '{found}' should be YYYY, YYYY-MM, YYYY-MM-DD or 'undated'")
    return found


_source = table({"url": (text, True), "date": (source_date, False), "title": (text, False)}, Source)
_all_sources = list_of(_source)
_SOURCE_KEYS = frozenset(("url", "date", "title"))


def sources(file: TomlFile, path: KeyPath, value: Any) -> List[Source]:
    """`list_of(_source)`, with the commonest source made without a call per key: a table of
    plain texts, a url and perhaps a title, and a date as PARTIAL_DATE (at 10x content there
    are 10,000 of them). Any other source takes the general path, so problems are the same."""
    if type(value) is not list:
        return _all_sources(file, path, value)  # type: ignore[no-any-return]
    made: List[Source] = []
    for index, item in enumerate(value):
        if (
            type(item) is dict
            and item.keys() <= _SOURCE_KEYS
            and type(item.get("url")) is str
            and find_not_plain(item["url"]) is None
            and ("date" not in item or (type(item["date"]) is str and PARTIAL_DATE.fullmatch(item["date"])))
            and ("title" not in item or (type(item["title"]) is str and find_not_plain(item["title"]) is None))
        ):
            made.append(Source(**item))
        else:
            made.append(_source(file, path + (index,), item))
    return made


def _time(file: TomlFile, path: KeyPath, value: Any) -> Optional[dt.time]:
    value = text(file, path, value)
    match = TIME.fullmatch(value)
    if not match or (match.group(1) == "24" and match.group(2) != "00"):
        file.problem(ERROR, path, f"time '{value}' must be written as HH:MM, for example 09:30")
        raise Invalid()
    return None if value == "24:00" else dt.time(int(match.group(1)), int(match.group(2)))


def _days(file: TomlFile, path: KeyPath, value: Any) -> Tuple[str, ...]:
    """ "mon-fri", "sat", or ["mon", "wed"]."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise _type_error(file, path, 'days such as "mon-fri" or ["mon", "wed"]', value)
    days: List[str] = []
    for item in items:
        item = text(file, path, item).lower()
        first, _, last = item.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            file.problem(
                ERROR, path, f"'{item}' is not a day or range of days", "use mon, tue, wed, thu, fri, sat, sun"
            )
            raise Invalid()
        start, end = DAYS.index(first), DAYS.index(last or first)
        days.extend(DAYS[start : end + 1] if start <= end else DAYS[start:] + DAYS[: end + 1])
    return tuple(days)


def _slot(days: Tuple[str, ...], start: Optional[dt.time], end: Optional[dt.time]) -> OpeningSlot:
    return OpeningSlot(days=days, start=start or dt.time(0, 0), end=end)


_slots = list_of(
    table(
        {"days": (_days, True), "from": (_time, True), "to": (_time, True)},
        lambda **kw: _slot(kw["days"], kw["from"], kw["to"]),
    )
)


def hours(file: TomlFile, path: KeyPath, value: Any) -> Hours:
    if isinstance(value, str):
        if value.strip().lower() in ("24/7", "always"):
            return ALWAYS
        file.problem(
            ERROR,
            path,
            f"hours '{value}' must be \"24/7\" or a list of [[...hours]] tables",
            "leave hours out where they are not known",
        )
        raise Invalid()
    return tuple(_slots(file, path, value))


channels = list_of(
    table(
        {"kind": (one_of(CHANNEL_KINDS), True), "value": (text, True), "hours": (hours, False), "note": (text, False)},
        Channel,
    )
)

messages = list_of(
    table(
        {"from": (text, True), "text": (text, True), "red_flag": (text, False)},
        lambda **kw: ChatMessage(kw["from"], kw["text"], kw.get("red_flag", "")),
    )
)
choices = list_of(table({"text": (text, True), "feedback": (text, True), "safe": (boolean, False)}, Choice))
answers = list_of(
    table(
        {
            "text": (text, True),
            "next": (identifier, True),
            "region": (one_of(REGIONS), False),
            "age": (whole_number, False),
        },
        Answer,
    )
)


def _node(**values: Any) -> Node:
    values["answers"] = tuple(values.get("answers", ()))
    values["topics"] = tuple(values.get("topics", ()))
    return Node(**values)


_node_list = list_of(
    table(
        {
            "id": (identifier, True),
            "question": (text, False),
            "answers": (answers, False),
            "unsure": (identifier, False),
            "advice": (text, False),
            "topics": (id_list, False),
            "emergency": (boolean, False),
        },
        _node,
    )
)


def nodes(file: TomlFile, path: KeyPath, value: Any) -> Dict[str, Node]:
    """The [[nodes]] of a self-check by id; a second node with the same id is reported and ignored."""
    by_id: Dict[str, Node] = {}
    for index, node in enumerate(_node_list(file, path, value)):
        if node.id in by_id:
            file.problem(ERROR, path + (index, "id"), f"duplicate node id '{node.id}'; this node is ignored")
        else:
            by_id[node.id] = node
    return by_id


PLATFORMS = ("all", "android", "ios", "web", "desktop")
steps = list_of(
    table(
        {
            "id": (identifier, True),
            "title": (text, True),
            "how": (text, False),
            "path": (text, False),
            "platform": (one_of(PLATFORMS), False),
            "verified_on": (date, False),
        },
        Step,
    )
)

# -- the keys of each kind of file (content/kinds.py ties them to a model class) -----------
Keys = Dict[str, Tuple[Checker, bool]]

COMMON: Keys = {
    "format": (whole_number, False),  # guide.toml states it; a file may repeat it
    "kind": (text, True),
    "id": (identifier, False),  # the file name when left out (loader._entry)
    "title": (text, True),
    "sources": (sources, False),
    "reviewed": (date, False),
    "verified_on": (date, False),
    "facilitator_notes": (text, False),
    "discussion": (text_list, False),
    "translated_from": (text, False),
}
MENU_KEYS: Keys = {**COMMON, "intro": (text, False), "items": (unique_id_list, True)}
PAGE_KEYS: Keys = {**COMMON, "summary": (text, False), "body": (text, True)}
HELP_KEYS: Keys = {
    **COMMON,
    "summary": (text, True),
    "body": (text, False),
    "emergency": (boolean, False),
    "channels": (channels, True),
    "regions": (list_of(one_of(REGIONS)), True),
    "topics": (id_list, True),
    "languages": (text_list, False),
    "min_age": (whole_number, False),
    "max_age": (whole_number, False),
    "cost": (text, False),
    "anonymous": (boolean, False),
}
SCENARIO_KEYS: Keys = {
    **COMMON,
    "summary": (text, False),
    "app": (text, False),
    "intro": (text, False),
    "messages": (messages, True),
    "choices": (choices, True),
    "closing": (text, False),
}
SELFCHECK_KEYS: Keys = {
    **COMMON,
    "summary": (text, False),
    "intro": (text, False),
    "start": (identifier, True),
    "unsure": (identifier, False),
    "nodes": (nodes, True),
}
CHECKLIST_KEYS: Keys = {
    **COMMON,
    "summary": (text, False),
    "app": (text, False),
    "intro": (text, False),
    "steps": (steps, True),
}

plan_steps = list_of(
    table({"id": (identifier, True), "minutes": (whole_number, True), "note": (text, False)}, PlanStep)
)
PLAN_KEYS: Keys = {
    **COMMON,
    "summary": (text, False),
    "audience": (text, True),
    "goal": (text, True),
    "minutes": (whole_number, False),
    "steps": (plan_steps, True),
}

SHAPES.update(
    {
        text: ("text", None),
        identifier: ("pattern", ID_PATTERN.pattern),
        boolean: ("boolean", None),
        whole_number: ("whole number", None),
        date: ("date", None),
        source_date: ("pattern", PARTIAL_DATE.pattern),
        _time: ("pattern", TIME.pattern),
        _days: ("days", DAYS),
        hours: ("hours", _slots),
        text_list: ("list", text),
        id_list: ("list", identifier),
        unique_id_list: ("unique list", identifier),
        nodes: SHAPES[_node_list],
        sources: SHAPES[_all_sources],
    }
)
