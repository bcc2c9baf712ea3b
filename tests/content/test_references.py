"""One place for each fact: text refers to a help entry's number by id (issue 12, item 1)."""

import random

import pytest

from guide_tui.content import load_guide
from guide_tui.content.references import LITERAL_KINDS, SEPARATOR, _texts, literal_regex, plain_literal_regex
from guide_tui.content.validate import fingerprint

PAGE = '''format = 1
kind = "page"
id = "call"
title = "Call"
summary = "Call {phone:helpline}."
body = """
Call the helpline on {phone:helpline}, or chat on {chat:helpline}. Ask {name:helpline}.
"""
'''


def _write(root, text=PAGE):
    (root / "en" / "call.toml").write_text(text, encoding="utf-8")


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_reference_shows_the_value_from_the_card_and_links_to_it_in_markdown(mini_copy):
    _write(mini_copy)
    page = load_guide(mini_copy).find("call", "en").entry
    assert page.summary == "Call 116 000."
    assert "on [116 000](page:helpline), or chat on [example.org/chat](page:helpline)" in page.body
    assert "Ask [Helpline](page:helpline)." in page.body
    assert "helpline" in page.links()


def test_changing_a_number_on_its_card_changes_it_everywhere(mini_copy):
    _write(mini_copy)
    _edit(mini_copy / "en" / "help" / "helpline.toml", 'value = "116 000"', 'value = "116 001"')
    guide = load_guide(mini_copy)
    page = guide.find("call", "en").entry
    assert page.summary == "Call 116 001." and "[116 001](page:helpline)" in page.body
    assert "116 000" not in page.summary + page.body


def test_a_reference_to_nothing_is_an_error_at_its_line(mini_copy):
    _write(mini_copy, PAGE.replace("{chat:helpline}", "{chat:helplin}").replace("{name:helpline}", "{mail:helpline}"))
    guide = load_guide(mini_copy)
    guide.find("call", "en")  # the app reads an entry when it is opened: then its problems are known
    problems = [p for p in guide.problems if p.path.name == "call.toml"]
    assert [(p.severity, p.line) for p in problems] == [("error", 7), ("error", 7)]
    assert "no help entry 'helplin'" in problems[0].message and "did you mean 'helpline'" in problems[0].hint
    assert "'helpline' has no mail channel" in problems[1].message


def test_a_number_written_out_is_warned_about_with_the_reference_to_use(mini_copy):
    _write(mini_copy, PAGE.replace("Call {phone:helpline}.", "Call 116 000."))
    (problem,) = [p for p in load_guide(mini_copy).load_all() if p.path.name == "call.toml"]
    assert problem.severity == "warning" and problem.line == 5
    assert "{phone:helpline}" in problem.hint


def test_a_changed_number_does_not_make_translations_outdated(mini_copy):
    _write(mini_copy)
    before = fingerprint(load_guide(mini_copy).content("en").unresolved["call"])
    _edit(mini_copy / "en" / "help" / "helpline.toml", 'value = "116 000"', 'value = "116 001"')
    assert fingerprint(load_guide(mini_copy).content("en").unresolved["call"]) == before


EDGES = [
    "102",
    "call 102.",
    "1 102",
    "x102",
    ".102",
    "102.5",
    "102 4",
    "\n102\n",
    "awel.be.",
    "awel.be/x",
    "(awel.be)",
    "116 000, or 116 0000",
    "info@awel.be and awel.be",
    "-102 /102 @102 _102",
    "a 102 102b 116 000 116 000",
]


def test_the_quick_literal_pattern_finds_what_the_plain_one_finds(bundled_guide):
    """references.literal_regex against plain_literal_regex, on every text of the bundled
    content with the values of its help entries (and values sharing first characters)."""
    bundled_guide.load_all()
    values = {"102", "1020", "116 000", "116", "awel.be", "info@awel.be", "a"}
    texts = list(EDGES)
    for code in bundled_guide.language_codes:
        for entry in bundled_guide.content(code).unresolved.values():
            _texts(entry, texts)
            values.update(c.value for c in getattr(entry, "channels", []) if c.kind in LITERAL_KINDS)
    ordered = sorted(values, key=len, reverse=True)
    plain, quick = plain_literal_regex(ordered), literal_regex(ordered)
    found = [[(m.start(), m.group(1)) for m in plain.finditer(text)] for text in texts]
    assert [[(m.start(), m.group(1)) for m in quick.finditer(text)] for text in texts] == found
    assert sum(map(len, found)) > 20
    assert literal_regex(["", "x"]).pattern == plain_literal_regex(["", "x"]).pattern


def test_the_quick_literal_pattern_finds_what_the_plain_one_finds_in_any_text():
    """The same on made-up texts of the characters the patterns look at (seeded: the same
    texts each run), with values that share first characters and are written in others."""
    values = sorted({"ab1", "a", "1 0", "b.c", "c@a", "0", "ab", "1", ". a", "a-b/"}, key=len, reverse=True)
    plain, quick = plain_literal_regex(values), literal_regex(values)
    chosen = random.Random(13)
    found = 0
    for _ in range(5000):
        text = "".join(chosen.choice("ab1 .@/-0c\nx") for _ in range(chosen.randint(0, 24)))
        expected = [(m.start(), m.group(1)) for m in plain.finditer(text)]
        assert [(m.start(), m.group(1)) for m in quick.finditer(text)] == expected, text
        found += len(expected)
    assert found > 500


@pytest.mark.parametrize(
    "texts",
    [
        ["call 102", "102 now"],
        ["5 ", "102"],
        ["102", " 5"],
        ["awel.be", ".x"],
        ["x", "awel.be/"],
        ["info@awel.be", "@x", "awel.be"],
        ["116 000", "", "116", "000"],
    ],
)
def test_an_entrys_texts_scanned_as_one_find_the_values_each_text_has(texts):
    pattern = literal_regex(sorted(["102", "116 000", "116", "awel.be", "info@awel.be"], key=len, reverse=True))
    alone = [m.group(1) for text in texts for m in pattern.finditer(text)]
    assert [m.group(1) for m in pattern.finditer(SEPARATOR.join(texts))] == alone


def test_an_entry_without_references_is_not_copied_and_one_with_them_is(mini_copy):
    """Filling in references rebuilds only what changes; the entry as written stays as it was."""
    _write(mini_copy)
    guide = load_guide(mini_copy)
    en = guide.content("en")
    en.read_all()
    with_references = en.unresolved["call"]
    assert en.entries["call"] is not with_references
    assert with_references.summary == "Call {phone:helpline}."
    assert en.entries["call"].summary == "Call 116 000."
    without = []
    for entry_id, entry in en.unresolved.items():
        texts = []
        _texts(entry, texts)
        if not any("{" in text for text in texts):
            without.append(entry_id)
            assert en.entries[entry_id] is entry
    assert len(without) > 5  # most of the mini guide has no reference
