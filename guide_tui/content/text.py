"""Cleaning text read from content files before anything shows it.

Content is data: it must never carry terminal control codes (ESC sequences can rewrite the
screen or the clipboard) and is never parsed as Textual markup. Markup-like text is only
reported, so volunteers learn it will be shown literally.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls (0x80-0x9f, e.g. CSI 0x9b).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Textual/Rich markup that would do something if it were parsed: actions and style tags.
MARKUP_LIKE = re.compile(r"\[/?@[a-z]|\[/?(bold|italic|b|i|u|link|reverse|blink|on \w+|#[0-9a-fA-F]{3,6})[\] =]")


# Either of the above could start here: text without any of these is returned as it is (most text).
_CONTROL_OR_BRACKET = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\[]")


def is_plain(value: str) -> bool:
    """No control characters (no CR either) and nothing that could be markup: one search."""
    return _CONTROL_OR_BRACKET.search(value) is None


# `is_plain` inside loops over many values, a call less: None where the text is plain.
find_not_plain = _CONTROL_OR_BRACKET.search


def strip_controls(value: str) -> str:
    return CONTROL_CHARS.sub("", value.replace("\r\n", "\n"))


def has_controls(value: str) -> bool:
    if CONTROL_CHARS.search(value) is None:
        return False  # most text: no copy made (only a CR before a newline is allowed)
    return CONTROL_CHARS.search(value.replace("\r\n", "\n")) is not None


def looks_like_markup(value: str) -> bool:
    return "[" in value and MARKUP_LIKE.search(value) is not None


# A phone number written in groups ("116 000", "0800 32 123", "+32 2 511 64 64"): its spaces
# become no-break spaces where the guide shows it, so a number never wraps across two lines.
PHONE_NUMBER = re.compile(r"(?<![\w.,])(?:\+\d{2} \d{1,3}|\d{2,4})(?: \d{2,3})+(?![\w,]|\.\d)")


def keep_numbers_together(value: str) -> str:
    return PHONE_NUMBER.sub(lambda found: found.group().replace(" ", "\u00a0"), value)


# Patterns as text, compiled (and cached by `re`) the first time they are used: plain mode,
# exports and `check` need them, the guide's first screens do not (start-up time).
_LINK = r"\[([^\]]+)\]\([^)]*\)"
_EMPHASIS = r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)"
_HEADING = r"(?m)^#{1,6}\s+"


def markdown_to_text(value: str) -> str:
    """Markdown as plain text to print or read aloud: link labels without their targets (no
    internal ids), no emphasis marks or heading hashes; lists and paragraphs stay."""
    value = re.sub(_LINK, r"\1", value)
    value = re.sub(_EMPHASIS, lambda found: found.group(2) or found.group(4), value)
    value = re.sub(_HEADING, "", value)
    return value.replace("`", "")


# What `check` must never echo as it is: controls (newlines too: one problem, one line), and bidirectional overrides
# and isolates, which can reorder the text around them in a bidi-aware terminal.
_UNSAFE_TO_ECHO = r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


def escape_controls(value: str) -> str:
    """`value` with every control character written out (ESC as \\x1b), for printing to a terminal."""
    return re.sub(_UNSAFE_TO_ECHO, lambda m: m.group().encode("unicode_escape").decode("ascii"), value)
