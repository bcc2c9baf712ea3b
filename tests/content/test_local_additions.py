"""Issue 12, item 5: a site's own entries in a local folder laid over the bundled content.

New ids are added, a local menu can list them, a local file replaces the bundled entry of the
same id (with a warning in `check` naming both files), and `check` names the layer of each
problem. A missing or broken local folder never stops the guide."""

import json

import pytest

from guide_tui.cli import main
from guide_tui.content import load_guide
from guide_tui.content.layers import BUNDLED, LOCAL
from guide_tui.content.matching import match_help
from guide_tui.content.model import HelpEntry
from guide_tui.settings import load_site_config

from ..conftest import FIXTURE_TODAY, MINI

YOUTH_SERVICE = """format = 1
kind = "help"
title = "City youth service"
summary = "Talk to a youth worker in town."
regions = ["national"]
topics = ["listening"]
reviewed = 2026-01-15
sources = [{ url = "example.org/youth", date = "2026-01" }]

[[channels]]
kind = "phone"
value = "050 12 34 56"
"""
LOCAL_HELP_MENU = 'format = 1\nkind = "menu"\ntitle = "Help"\nitems = ["helpline", "youth-service"]\n'
LOCAL_GROOMING = 'format = 1\nkind = "page"\ntitle = "Grooming, as our school explains it"\nbody = "Our text."\n'


@pytest.fixture
def local(tmp_path):
    return school_folder(tmp_path)


def school_folder(tmp_path):
    """A school's folder: a new help entry, its own copy of the help menu listing it, its own
    grooming page and one interface string."""
    root = tmp_path / "local"
    (root / "en" / "help").mkdir(parents=True)
    (root / "en" / "help" / "youth-service.toml").write_text(YOUTH_SERVICE, encoding="utf-8")
    (root / "en" / "help" / "help.toml").write_text(LOCAL_HELP_MENU, encoding="utf-8")
    (root / "en" / "grooming.toml").write_text(LOCAL_GROOMING, encoding="utf-8")
    (root / "en" / "strings.toml").write_text('format = 1\n[strings]\nback = "Back (school)"\n', encoding="utf-8")
    return root


def _helpers(guide, code):
    found = (guide.find(i, code) for i in guide.entry_ids(code))
    return [f.entry for f in found if f is not None and isinstance(f.entry, HelpEntry)]


def test_a_local_help_entry_is_in_the_local_menu_and_in_self_check_results(local):
    guide = load_guide(MINI, FIXTURE_TODAY, local)
    assert guide.find("help", "en").entry.items == ["helpline", "youth-service"]
    assert guide.find("youth-service", "en").entry.title == "City youth service"
    assert guide.find("youth-service", "nl").fallback  # other languages fall back to it as to any entry
    results = match_help(_helpers(guide, "en"), ["listening"], "en")
    assert sorted(entry.id for entry in results) == ["helpline", "youth-service"]
    assert "youth-service" not in [e.id for e in match_help(_helpers(guide, "en"), ["sextortion"], "en")]
    assert guide.strings("en")["back"] == "Back (school)"
    assert guide.strings("nl")["back"] != "Back (school)"  # nl has its own
    assert "youth-service" not in load_guide(MINI, FIXTURE_TODAY).entry_ids("en")  # the bundled guide is as it was


def test_a_local_file_replaces_the_bundled_entry_and_check_names_both(local):
    guide = load_guide(MINI, FIXTURE_TODAY, local)
    page = guide.find("grooming", "en").entry
    assert page.title == "Grooming, as our school explains it" and page.path == local / "en" / "grooming.toml"
    assert guide.find("grooming", "nl").entry.path == MINI / "nl" / "recognise" / "grooming.toml"  # nl untouched
    problems = guide.load_all()
    notices = [p for p in problems if "replaces the bundled entry" in p.message]
    assert {(p.path, p.severity) for p in notices} == {
        (local / "en" / "grooming.toml", "warning"),
        (local / "en" / "help" / "help.toml", "warning"),
    }
    grooming = next(p for p in notices if p.path.name == "grooming.toml")
    assert str(MINI / "en" / "recognise" / "grooming.toml") in grooming.message
    assert not [p for p in problems if p.is_error]  # no duplicate id: the bundled file is not read
    assert guide.layer(grooming.path) == LOCAL and guide.layer(MINI / "en" / "home.toml") == BUNDLED


def test_a_broken_local_file_is_skipped_located_and_the_bundled_entry_shown(local):
    (local / "en" / "grooming.toml").write_text('format = 1\nkind = "page"\ntitle = "no end\n', encoding="utf-8")
    (local / "en" / "new-page.toml").write_text('format = 1\nkind = "pag"\ntitle = "x"\n', encoding="utf-8")
    guide = load_guide(MINI, FIXTURE_TODAY, local)
    assert guide.find("grooming", "en").entry.path == MINI / "en" / "recognise" / "grooming.toml"
    assert guide.find("new-page", "en") is None
    errors = [p for p in guide.load_all() if p.is_error]
    assert sorted((p.path.name, p.line) for p in errors) == [("grooming.toml", 3), ("new-page.toml", 2)]
    assert {guide.layer(p.path) for p in errors} == {LOCAL}
    assert not [p for p in guide.problems if "replaces the bundled entry 'grooming'" in p.message]


def test_a_missing_local_folder_leaves_the_bundled_guide(tmp_path):
    guide = load_guide(MINI, FIXTURE_TODAY, tmp_path / "nowhere")
    assert guide.find("help", "en").entry.items == ["helpline"]
    assert [p.message for p in guide.problems][:1] == [
        "local folder not found; the guide shows the bundled content only"
    ]


def test_check_covers_both_layers_and_marks_the_local_problems(local, tmp_path, capsys, monkeypatch):
    (local / "de").mkdir()
    (local / "de" / "x.toml").write_text(YOUTH_SERVICE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(MINI), "--local", str(local)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f"  with the local additions in {local} (their problems are marked [local])"
    replaced = [line for line in lines if "replaces the bundled entry 'grooming'" in line]
    assert replaced == [
        f"local/en/grooming.toml: warning: [local] replaces the bundled entry 'grooming' from "
        f"{MINI / 'en' / 'recognise' / 'grooming.toml'} (the guide shows this file instead; "
        "delete it to show the bundled entry again)"
    ]
    assert any(line.startswith("local/de: warning: [local] the local folder 'de' is not a language") for line in lines)
    bundled = [line for line in lines if str(MINI) in line.split(":")[0]]
    assert bundled and not [line for line in bundled if "[local]" in line]
    assert main(["check", str(MINI), "--local", str(local), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    (grooming,) = [r for r in records if r["file"] == "local/en/grooming.toml"]
    assert grooming["layer"] == "local" and grooming["language"] == "en" and grooming["severity"] == "warning"
    assert {r["layer"] for r in records if r["file"].startswith(str(MINI))} == {"bundled"}


def test_check_without_a_folder_includes_the_sites_local_folder(local, tmp_path, capsys, monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text(f'local_content = "{local.as_posix()}"\n', encoding="utf-8")
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(site))
    monkeypatch.setenv("GUIDE_TUI_CONTENT", str(MINI))
    monkeypatch.delenv("GUIDE_TUI_LOCAL", raising=False)
    monkeypatch.chdir(tmp_path)
    main(["check"])
    out = capsys.readouterr().out
    assert f"with the local additions in {local}" in out and "replaces the bundled entry 'grooming'" in out


def test_locate_shows_the_local_folder(tmp_path, capsys, monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text(f'local_content = "{(tmp_path / "gone").as_posix()}"\n', encoding="utf-8")
    monkeypatch.setenv("GUIDE_TUI_SITE_CONFIG", str(site))
    monkeypatch.delenv("GUIDE_TUI_LOCAL", raising=False)
    assert main(["locate"]) == 0
    out = capsys.readouterr().out
    assert f"local additions (read): {tmp_path / 'gone'}  (does not exist)" in out
    assert "'local_content' in the site configuration" in out


@pytest.mark.parametrize("value", ["local_content = 3", 'local_content = ""', "local-content = '/srv/x'"])
def test_a_broken_local_content_value_fails_closed(tmp_path, value):
    site = tmp_path / "site.toml"
    site.write_text(value + "\n", encoding="utf-8")
    config, message = load_site_config(site)
    assert config.kiosk is True and config.local_content is None
    assert message is not None and "Kiosk mode is on" in message


def test_check_finds_the_same_problems_whatever_was_read_before(local):
    (local / "en" / "grooming.toml").write_text('format = 1\nkind = "page"\ntitle = "no end\n', encoding="utf-8")
    expected = load_guide(MINI, FIXTURE_TODAY, local).load_all()
    guide = load_guide(MINI, FIXTURE_TODAY, local)
    for entry_id in ("grooming", "help", "youth-service"):
        guide.find(entry_id, "nl")
    assert guide.load_all() == expected


def test_list_and_the_help_card_include_local_entries(local, capsys):
    assert main(["list", "--content", str(MINI), "--local", str(local), "--kind", "help"]) == 0
    assert "youth-service" in capsys.readouterr().out
    assert main(["export", "card", "--content", str(MINI), "--local", str(local), "--lang", "en"]) == 0
    assert "050 12 34 56" in capsys.readouterr().out


def test_watch_reads_the_local_folder_again(local):
    from guide_tui.content.reload import reload_guide, snapshot

    guide = load_guide(MINI, FIXTURE_TODAY, local)
    assert guide.find("youth-service", "en") is not None
    before = snapshot(guide.root, guide.local)
    assert local / "en" / "help" / "youth-service.toml" in before
    edited = local / "en" / "help" / "youth-service.toml"
    edited.write_text(YOUTH_SERVICE.replace("City youth service", "Youth desk"), encoding="utf-8")
    new, errors = reload_guide(guide, [edited])
    assert errors == [] and new.local == local
    assert new.find("youth-service", "en").entry.title == "Youth desk"
