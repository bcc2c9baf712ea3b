"""The content shipped with guide-tui: checks cleanly, is fully translated, and its facts look right.

The bundled content is being written while these tests exist; a failure here names the file
and the problem to fix in content/, not a bug in the tests.
"""

import re

import pytest

from guide_tui.content import bundled_content, load_guide
from guide_tui.content.model import HelpEntry, Page


@pytest.fixture(scope="module")
def guide():
    guide = load_guide(bundled_content())
    guide.load_all()
    return guide


def _where(entry) -> str:
    return f"{entry.lang}:{entry.id} ({entry.path})"


# -- Belgian phone numbers ----------------------------------------------------------------
SHORT = re.compile(r"[1-9]\d{2,5}")  # 112, 101, 1712, 116000
NATIONAL = re.compile(r"0[1-9]\d{7}")  # 0800 32 123, 078 05 58 00, 03 201 16 90, 02 511 64 64
MOBILE = re.compile(r"04\d{8}")  # 0470 12 34 56


def is_belgian_number(value: str) -> bool:
    digits = re.sub(r"[\s.]", "", value.strip())
    if digits.startswith("+32"):
        digits = "0" + digits[3:]
    if digits.startswith("00320"):
        return False
    return bool(SHORT.fullmatch(digits) or NATIONAL.fullmatch(digits) or MOBILE.fullmatch(digits))


@pytest.mark.parametrize(
    "number",
    [
        "112",
        "101",
        "1712",
        "116 000",
        "116000",
        "0800 32 123",
        "078 05 58 00",
        "03 201 16 90",
        "02 511 64 64",
        "+32 2 511 64 64",
        "+32 78 05 58 00",
        "0470 12 34 56",
    ],
)
def test_phone_checker_accepts(number):
    assert is_belgian_number(number)


@pytest.mark.parametrize(
    "number",
    [
        "12",
        "1234567",
        "0800 32 12",
        "02 511 64 64 1",
        "078-05-58-00x",
        "+32 0 2 511 64 64",
        "+33 1 23 45 67 89",
        "tele-onthaal.be",
        "",
    ],
)
def test_phone_checker_rejects(number):
    assert not is_belgian_number(number)


# Numbers written in running text: +32 or a leading 0, then groups of digits separated by spaces.
PHONE_IN_TEXT = re.compile(r"(?<![\w.,/:+-])(?:\+32[ ]?\d{1,3}|0\d{1,3})(?:[ .]\d{2,3}){1,4}(?![\w])")


def test_phone_scanner_finds_numbers():
    text = "Call 0800 32 123 or 02 511 64 64 (or +32 78 05 58 00), not 0800 32 12. In 2023, 12 000 kids."
    assert PHONE_IN_TEXT.findall(text) == ["0800 32 123", "02 511 64 64", "+32 78 05 58 00", "0800 32 12"]


# -- the tests on the bundled content -------------------------------------------------------
def test_bundled_content_exists():
    root = bundled_content()
    assert root.is_dir()
    assert (root / "guide.toml").is_file()


def test_bundled_content_has_no_errors(guide):
    errors = [p.format() for p in guide.problems if p.is_error]
    assert errors == []


def test_every_language_has_the_default_languages_ids(guide):
    default_ids = set(guide.content(guide.default_language).entries)
    assert default_ids
    missing = {}
    for code in guide.language_codes:
        absent = sorted(default_ids - set(guide.content(code).entries))
        if absent:
            missing[code] = absent
    assert missing == {}


def test_every_language_has_the_required_menus(guide):
    for code in guide.language_codes:
        for entry_id in (guide.home, "recognise", "privacy", "help"):
            found = guide.find(entry_id, code)
            assert found is not None and not found.fallback, (code, entry_id)


def _help_entries(guide):
    return [
        entry
        for code in guide.language_codes
        for entry in guide.content(code).entries.values()
        if isinstance(entry, HelpEntry)
    ]


def test_there_are_help_entries(guide):
    assert _help_entries(guide)


def test_every_help_entry_is_complete(guide):
    incomplete = []
    for entry in _help_entries(guide):
        lacks = [name for name in ("channels", "regions", "topics", "sources", "reviewed") if not getattr(entry, name)]
        if lacks:
            incomplete.append(f"{_where(entry)}: no {', '.join(lacks)}")
    assert incomplete == []


def test_every_phone_channel_is_a_belgian_number(guide):
    wrong = [
        f"{_where(entry)}: {channel.value!r}"
        for entry in _help_entries(guide)
        for channel in entry.channels
        if channel.kind == "phone" and not is_belgian_number(channel.value)
    ]
    assert wrong == []


def test_phone_numbers_in_texts_are_belgian_numbers(guide):
    wrong = []
    scanned = 0
    for code in guide.language_codes:
        for entry in guide.content(code).entries.values():
            if not isinstance(entry, (Page, HelpEntry)):
                continue
            scanned += 1
            for text in (entry.summary, entry.body):
                for number in PHONE_IN_TEXT.findall(text):
                    if not is_belgian_number(number):
                        wrong.append(f"{_where(entry)}: {number!r}")
    assert scanned > 0
    assert wrong == []
