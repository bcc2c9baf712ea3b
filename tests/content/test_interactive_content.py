"""Scenarios and self-checks in every language, checked on the model: every choice gets
feedback, every self-check path ends in advice with help for the reader it describes.

These walks used to run through the UI (minutes); on the model they take milliseconds. The
UI mechanics are covered once, on the small fixture guide, in tests/ui/test_interactive.py.
"""

import shutil

import pytest

from guide_tui.content import WARNING, bundled_content, load_guide
from guide_tui.content.matching import match_help
from guide_tui.content.model import REGIONS, Checklist, HelpEntry, Scenario, SelfCheck
from guide_tui.content.walks import UNSURE, Visit, next_visit, walks

from ..conftest import FIXTURES

LANGUAGES = ["nl", "fr", "en"]


@pytest.fixture(scope="module")
def guide():
    return load_guide(bundled_content())


def readable(guide, code, kind):
    return [
        found.entry
        for found in (guide.find(i, code) for i in guide.entry_ids(code))
        if found is not None and isinstance(found.entry, kind)
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_scenario_is_translated_and_every_choice_gets_feedback_naming_red_flags(guide, code):
    scenarios = readable(guide, code, Scenario)
    assert len(scenarios) >= 6
    for scenario in scenarios:
        assert scenario.lang == code, f"{scenario.id} is not translated into {code}"
        assert len(scenario.messages) >= 2 and len(scenario.choices) >= 2, scenario.id
        assert any(message.red_flag for message in scenario.messages), scenario.id
        assert any(choice.safe for choice in scenario.choices), scenario.id
        assert all(choice.feedback.strip() for choice in scenario.choices), scenario.id


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_self_check_path_ends_in_advice_with_help_for_that_reader(guide, code):
    (check,) = readable(guide, code, SelfCheck)
    assert check.lang == code
    helpers = readable(guide, code, HelpEntry)
    for start_region in (None, *REGIONS):
        paths = walks(check, start_region)
        assert {walk.result.node for walk in paths} == {n.id for n in check.nodes.values() if n.is_result}
        for walk in paths:
            node = check.nodes[walk.result.node]
            assert node.advice.strip()
            shown = match_help(helpers, node.topics, code, walk.result.region, walk.result.age, node.emergency)
            assert shown, f"no help for {node.id} on path {walk.picks} (start region {start_region})"
            assert shown[0].emergency or not node.emergency, f"{node.id}: emergency numbers first"
    assert len(walks(check)) > 20  # the bundled self-check really branches


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_checklists_menu_lists_a_translated_checklist_per_app(guide, code):
    menu = guide.find("checklists", code).entry
    checklists = [guide.find(entry_id, code).entry for entry_id in menu.items]
    assert all(isinstance(c, Checklist) and c.lang == code and c.steps for c in checklists)
    assert {c.id for c in checklists} >= {
        "checklist-tiktok",
        "checklist-instagram",
        "checklist-snapchat",
        "checklist-discord",
        "checklist-whatsapp",
    }


def test_a_walk_carries_what_the_answers_told(mini_guide):
    check = mini_guide.find("self-check", "en").entry
    assert [(w.picks, w.result) for w in walks(check)] == [
        (("0", "0"), Visit("threat", "flanders")),
        (("0", "1"), Visit("threat", "wallonia")),
        (("0", UNSURE), Visit("talk")),
        (("1",), Visit("talk")),
        ((UNSURE,), Visit("talk")),
    ]
    assert next_visit(check, Visit("where", "brussels", 15), "1") == Visit("threat", "wallonia", 15)
    assert next_visit(check, Visit("where", "brussels", 15), UNSURE) == Visit("talk", "brussels", 15)


def test_check_warns_when_a_result_shows_no_help_for_some_readers(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "mini", root)
    helpline = root / "en" / "help" / "helpline.toml"
    helpline.write_text(
        helpline.read_text("utf-8").replace('regions = ["national"]', 'regions = ["flanders"]'), "utf-8"
    )
    self_check = root / "en" / "practice" / "self-check.toml"
    advice_line = self_check.read_text("utf-8").splitlines().index('id = "threat"') + 2
    problems = [p for p in load_guide(root).load_all() if "shows no help entry" in p.message]
    threat = [p for p in problems if "'threat'" in p.message]
    assert [(p.path, p.line, p.severity) for p in threat] == [(self_check, advice_line, WARNING)]
    assert "a reader in wallonia" in threat[0].message and "sextortion" in threat[0].hint
    talk = sorted(p.message for p in problems if "'talk'" in p.message)
    assert talk == [
        f"result 'talk' shows no help entry for a reader in {region}" for region in ("brussels", "wallonia")
    ]


def test_the_bundled_content_has_no_self_check_warnings():
    guide = load_guide(bundled_content())
    assert [p.format() for p in guide.load_all() if "result '" in p.message] == []
