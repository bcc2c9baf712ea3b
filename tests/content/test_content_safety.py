"""Rules for the bundled content that protect a reader in trouble (issue 8), on the model.

- Evidence advice never leads anyone to copy a sexual image of a child: where a page, a
  scenario or a self-check result speaks of screenshots or evidence, the same text says to keep
  the nude image itself out of it (for the young person) or never to view, copy, forward or ask
  for it (for adults).
- On the urgent page, 112 comes before any other number, and every "in danger right now?" line
  gives 112 before any link.
- Every sextortion path offers a crisis line (Zelfmoordlijn 1813 and the Centre de Prévention
  du Suicide 0800 32 123).
- The three languages have the same ids, and each help entry the same channels.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Tuple

import pytest

from guide_tui.content import bundled_content, load_guide
from guide_tui.content.model import Entry, HelpEntry, Menu, Page, Scenario, SelfCheck

LANGUAGES = ("en", "nl", "fr")

# Words that mean "keep evidence / take a screenshot", per language.
EVIDENCE = {
    "en": re.compile(r"screenshot|evidence", re.I),
    "nl": re.compile(r"screenshot|bewijs", re.I),
    "fr": re.compile(r"capture|preuve", re.I),
}
# The rule about the image itself, in the young person's words or the adults'.
IMAGE_RULE = {
    "en": ("never forward it", "never view, copy, forward"),
    "nl": ("stuur die nooit door", "nooit bekijken, kopiëren, doorsturen"),
    "fr": ("ne la transfère jamais", "jamais la regarder, la copier, la transférer"),
}
IN_DANGER = {"en": "in danger right now", "nl": "nu in gevaar", "fr": "en danger maintenant"}
CRISIS_NUMBERS = ("1813", "0800 32 123")
SEXTORTION_PATHS = ("urgent", "sextortion", "financial-sextortion", "help-images", "scenario-snapchat-sextortion")


@pytest.fixture(scope="module")
def guide():
    guide = load_guide(bundled_content())
    guide.load_all()
    return guide


def entries(guide, lang: str) -> Dict[str, Entry]:
    return guide.content(lang).entries


def reader_texts(entry: Entry) -> Iterator[Tuple[str, str]]:
    """(where, text) for each unit the rules apply to: a whole page or scenario, and each
    self-check result on its own (a reader sees one result at a time)."""
    common = [entry.title, entry.facilitator_notes, *entry.discussion]
    if isinstance(entry, Menu):
        yield entry.id, "\n".join([*common, entry.intro])
    elif isinstance(entry, (Page, HelpEntry)):
        yield entry.id, "\n".join([*common, entry.summary, entry.body])
    elif isinstance(entry, Scenario):
        parts = [entry.summary, entry.intro, entry.closing]
        parts += [message.text + "\n" + message.red_flag for message in entry.messages]
        parts += [choice.text + "\n" + choice.feedback for choice in entry.choices]
        yield entry.id, "\n".join(common + parts)
    elif isinstance(entry, SelfCheck):
        for node in entry.nodes.values():
            if node.is_result:
                yield f"{entry.id}#{node.id}", node.advice


def units(guide, lang: str, kinds: tuple = (Page, Scenario, SelfCheck)) -> List[Tuple[str, str]]:
    return [unit for entry in entries(guide, lang).values() if isinstance(entry, kinds) for unit in reader_texts(entry)]


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: f"lang_{lang}")
def test_evidence_advice_always_keeps_the_image_out(guide, lang):
    missing = [
        where
        for where, text in units(guide, lang)
        if EVIDENCE[lang].search(text) and not any(rule in text.lower() for rule in IMAGE_RULE[lang])
    ]
    assert missing == [], f"speaks of screenshots or evidence without the rule about the image: {missing}"


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: f"lang_{lang}")
def test_urgent_page_gives_112_before_any_other_number(guide, lang):
    body = entries(guide, lang)["urgent"].body
    first_line = next(line for line in body.splitlines() if line.strip())
    assert "112" in first_line and "101" in first_line, first_line
    numbers = re.findall(r"\d[\d ]*\d|\d", body)
    assert numbers[0].strip() == "112", numbers[:3]


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: f"lang_{lang}")
def test_every_in_danger_line_gives_112_before_any_link(guide, lang):
    lines = [
        (where, line)
        for where, text in units(guide, lang, (Page, Menu, HelpEntry, Scenario, SelfCheck))
        for line in text.splitlines()
        if IN_DANGER[lang] in line.lower()
    ]
    assert lines, f"no line in {lang} says {IN_DANGER[lang]!r}"
    for where, line in lines:
        # Phone numbers link to their cards; those links are the numbers, not links before them.
        said = re.sub(r"\[([\d +\u00a0]+)\]\(page:[\w-]+\)", r"\1", line)
        link = said.find("](")
        assert "112" in said and (link < 0 or said.index("112") < link), f"{where}: {line}"


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: f"lang_{lang}")
def test_every_sextortion_path_offers_a_crisis_line(guide, lang):
    texts = dict(units(guide, lang, (Page, Menu, HelpEntry, Scenario, SelfCheck)))
    paths = list(SEXTORTION_PATHS)
    for entry in entries(guide, lang).values():
        if isinstance(entry, HelpEntry) and "sextortion" in entry.topics and entry.id not in paths:
            paths.append(entry.id)
        if isinstance(entry, SelfCheck):
            paths += [f"{entry.id}#{node.id}" for node in entry.nodes.values() if "sextortion" in node.topics]
    lacking = [where for where in paths if not all(number in texts[where] for number in CRISIS_NUMBERS)]
    assert lacking == [], f"no crisis line (1813 and 0800 32 123) on: {lacking}"


def test_the_languages_have_the_same_ids(guide):
    ids = {lang: set(entries(guide, lang)) for lang in LANGUAGES}
    for lang in LANGUAGES[1:]:
        assert ids[lang] == ids["en"], {"only en": ids["en"] - ids[lang], f"only {lang}": ids[lang] - ids["en"]}


def test_each_help_entry_has_the_same_channels_in_every_language(guide):
    def channels(lang: str) -> Dict[str, List[Tuple[str, str]]]:
        # Postal addresses are written in the reader's language (city names): only their kind counts.
        return {
            entry.id: [
                (channel.kind, "" if channel.kind == "address" else re.sub(r"\s", "", channel.value))
                for channel in entry.channels
            ]
            for entry in entries(guide, lang).values()
            if isinstance(entry, HelpEntry)
        }

    for lang in LANGUAGES[1:]:
        assert channels(lang) == channels("en"), lang
