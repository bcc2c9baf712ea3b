"""`guide-tui export card`: a one-page help card from the help entries, in md, txt and a
self-contained HTML file that loads nothing."""

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from guide_tui import cli
from guide_tui.content import bundled_content, load_guide
from guide_tui.export import FORMATS, build_card, export_card, export_plan

TODAY = dt.date(2026, 11, 29)
NOT_YOUR_FAULT = {"en": "It is not your fault", "nl": "Het is niet jouw schuld", "fr": "Ce n'est pas ta faute"}
# The only elements and attributes a card may have: nothing that fetches, links or runs.
ALLOWED = {"html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "ul", "ol", "li", "p", "strong", "em"}
ALLOWED_ATTRIBUTES = {"lang", "charset", "name", "content"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes, self.style = set(), set(), ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def assert_self_contained(page: str) -> None:
    parsed = Tags()
    parsed.feed(page)
    assert parsed.tags <= ALLOWED, parsed.tags - ALLOWED
    assert parsed.attributes <= ALLOWED_ATTRIBUTES, parsed.attributes - ALLOWED_ATTRIBUTES
    assert not re.search(r"url\(|@import|https?:", parsed.style)


@pytest.fixture(scope="module")
def guide():
    return load_guide(bundled_content())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_card_has_the_emergency_numbers_child_focus_and_not_your_fault(guide, lang, fmt):
    card = export_card(guide, lang, fmt, TODAY)
    for number in ("112", "101", "116 000"):
        assert number in card, number
    assert card.index("112") < card.index("101") < card.index("116 000")  # emergency numbers first
    assert NOT_YOUR_FAULT[lang] in card
    assert "2026-11-29" in card


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_card_has_the_four_steps_of_the_urgent_page(guide, lang):
    card = build_card(guide, lang, TODAY)
    steps = [section for section in card.sections if section.ordered]
    assert len(steps) == 1 and len(steps[0].items) == 4
    assert NOT_YOUR_FAULT[lang] in steps[0].items[0]
    assert not any("page:" in item for item in steps[0].items)  # links reduced to their text


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_services_are_those_that_answer_in_the_language(guide, lang):
    card = build_card(guide, lang, TODAY)
    services = card.sections[-1].items
    assert services and services[0].startswith("**Child Focus**")
    other = {"nl": "Écoute-Enfants", "fr": "Awel"}[lang]
    assert not any(other in item for item in services)


def test_numbers_come_from_the_help_entries(mini_copy):
    """Change a number in a help entry and the card changes with it: nothing is retyped."""
    helpline = mini_copy / "en" / "help" / "helpline.toml"
    text = helpline.read_text(encoding="utf-8")
    number = re.search(r'value = "([^"]+)"', text).group(1)
    helpline.write_text(text.replace(number, "0800 11 222"), encoding="utf-8")
    card = export_card(load_guide(mini_copy), "en", "md", TODAY)
    assert "0800 11 222" in card and number not in card


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_html_is_one_self_contained_file(guide, lang):
    page = export_card(guide, lang, "html", TODAY)
    assert page.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in page
    assert "@media print" in page and "@page" in page
    assert_self_contained(page)


def test_content_cannot_put_html_links_or_images_on_the_card(mini_copy):
    (mini_copy / "en" / "urgent.toml").write_text(
        'format = 1\nkind = "page"\nid = "urgent"\ntitle = "Now"\nbody = """\n'
        "1. <script>alert(1)</script> one\n2. ![x](https://example.org/x.png) two\n"
        '3. [three](https://example.org) <img src=x>\n4. four <https://example.org/auto>\n"""\n',
        encoding="utf-8",
    )
    page = export_card(load_guide(mini_copy), "en", "html", TODAY)
    assert_self_contained(page)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_the_command_writes_a_file_in_the_format_of_its_name(tmp_path, capsys):
    target = tmp_path / "card.html"
    assert cli.main(["export", "card", "--lang", "nl", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert str(target) in capsys.readouterr().out


def test_the_command_prints_text_by_default(capsys):
    assert cli.main(["export", "card", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("CARTE D'AIDE") and "116 000" in out


@pytest.mark.parametrize(
    "args, code",
    [(["card", "--lang", "de"], 2), (["plan"], 2), (["card", "--format", "pdf"], 2)],
)
def test_bad_usage_exits_2(args, code, capsys):
    try:
        result = cli.main(["export", *args])
    except SystemExit as stopped:
        result = stopped.code
    assert result == code


# -- a lesson plan's handout --------------------------------------------------------------------

PLANS = ["plan-lesson-12-14", "plan-workshop-15-18", "plan-evening-adults"]


@pytest.mark.parametrize("plan_id", PLANS)
@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_a_plan_handout_has_every_step_with_its_minutes_and_questions(guide, lang, plan_id):
    plan = guide.find(plan_id, lang).entry
    handout = export_plan(guide, lang, plan_id, "md")
    assert handout.startswith(f"# {plan.title}")
    for number, step in enumerate(plan.steps, 1):
        entry = guide.find(step.id, lang).entry
        assert f"## {number}. {entry.title} · {step.minutes} min" in handout
        assert all(question in handout for question in entry.discussion)
    assert "(page:" not in handout  # links reduced to their text, no internal ids


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_a_plan_handout_in_html_loads_nothing(guide, lang):
    page = export_plan(guide, lang, PLANS[0], "html")
    assert f'<html lang="{lang}">' in page
    parsed = Tags()
    parsed.feed(page)
    # A handout also has the headings, rules and quotes of the pages it holds.
    assert parsed.tags <= ALLOWED | {"h3", "h4", "h5", "h6", "hr", "blockquote", "code", "pre"}
    assert parsed.attributes <= ALLOWED_ATTRIBUTES | {"start"}


def test_the_plan_command_names_an_unknown_plan(capsys):
    assert cli.main(["export", "plan", "no-such-plan", "--lang", "en"]) == 2
    assert "no lesson plan 'no-such-plan'" in capsys.readouterr().err
    assert cli.main(["export", "plan", PLANS[0], "--lang", "fr", "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# ")
