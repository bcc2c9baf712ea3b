"""`guide-tui translations`: the report per language, and marking translations up to date."""

import pytest

from guide_tui.cli import main
from guide_tui.content import load_guide
from guide_tui.content.translations import MarkError, mark_translations, set_translated_from, translation_report
from guide_tui.content.validate import fingerprint


def _report(root, code):
    (report,) = translation_report(load_guide(root), [code])
    return report


def test_report_on_the_mini_guide(mini_copy):
    nl = _report(mini_copy, "nl")
    assert nl.complete == [] and nl.outdated == []
    assert {"checklist-demo", "scenario-demo", "self-check"} <= set(nl.missing)
    assert "grooming" in nl.not_marked and "lock-account" in nl.not_marked
    fr = _report(mini_copy, "fr")
    assert "lock-account" in fr.missing
    assert [r.code for r in translation_report(load_guide(mini_copy))] == ["nl", "fr"]  # not the source


def test_mark_then_edit_the_source_makes_it_outdated(mini_copy, capsys):
    nl_file = mini_copy / "nl" / "recognise" / "grooming.toml"
    assert main(["translations", "mark", str(mini_copy), "--lang", "nl", "grooming"]) == 0
    source = load_guide(mini_copy).content("en").entries["grooming"]
    assert f'title = "Grooming"\ntranslated_from = "{fingerprint(source)}"\n' in nl_file.read_text(encoding="utf-8")
    assert _report(mini_copy, "nl").complete == ["grooming"]
    assert not [p for p in load_guide(mini_copy).load_all() if "changed since" in p.message]

    english = mini_copy / "en" / "recognise" / "grooming.toml"
    english.write_text(
        english.read_text(encoding="utf-8").replace("then asks for photos", "then asks for money"), encoding="utf-8"
    )
    assert _report(mini_copy, "nl").outdated == ["grooming"]
    (warning,) = [p for p in load_guide(mini_copy).load_all() if "changed since" in p.message]
    assert warning.path == nl_file and warning.line == 5

    capsys.readouterr()
    assert main(["translations", str(mini_copy), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "nl: 0 of" in out and "1 outdated" in out and "grooming" in out and "fr:" not in out
    assert main(["check", "--translations", str(mini_copy)]) == 0
    assert "fr: 0 of" in capsys.readouterr().out

    # Marking again replaces the line, in place.
    assert main(["translations", "mark", str(mini_copy), "--lang", "nl"]) == 0
    text = nl_file.read_text(encoding="utf-8")
    assert text.count("translated_from") == 1
    assert _report(mini_copy, "nl").outdated == [] and _report(mini_copy, "nl").not_marked == []


def test_mark_keeps_comments_layout_and_line_endings():
    text = '\ufeff# my notes\r\nformat = 1\r\nkind  =  "page"   # a page\r\ntitle = "T"\r\nbody = """\r\nx\r\n"""\r\n'
    marked = set_translated_from(text, "abc")
    assert marked == text.replace('title = "T"\r\n', 'title = "T"\r\ntranslated_from = "abc"\r\n')
    again = set_translated_from(marked, "def")
    assert again == marked.replace('"abc"', '"def"')
    # A key of a table further down is not the file's own.
    tables = 'format = 1\nid = "x"\ntitle = """T"""\n\n[[steps]]\ntitle = "s"\n'
    assert set_translated_from(tables, "a") == tables.replace('id = "x"\n', 'id = "x"\ntranslated_from = "a"\n')


def test_mark_refuses_what_it_cannot_do(mini_copy):
    guide = load_guide(mini_copy)
    with pytest.raises(MarkError, match="no nl translation"):
        mark_translations(guide, "nl", ["self-check"])
    with pytest.raises(MarkError, match="default language"):
        mark_translations(guide, "en")
    with pytest.raises(MarkError, match="not a language"):
        mark_translations(guide, "de")
    assert "translated_from" not in (mini_copy / "nl" / "recognise" / "grooming.toml").read_text(encoding="utf-8")


def test_marked_as_check_compares_the_text_as_written_with_its_references(mini_copy):
    english = mini_copy / "en" / "recognise" / "grooming.toml"
    english.write_text(
        english.read_text(encoding="utf-8").replace(
            "then asks for photos.", "then asks for photos. Call {phone:helpline}."
        ),
        encoding="utf-8",
    )
    mark_translations(load_guide(mini_copy), "nl", ["grooming"])
    assert _report(mini_copy, "nl").complete == ["grooming"]
    assert not [p for p in load_guide(mini_copy).load_all() if "changed since" in p.message]
    # A new number on the help card is not a text to translate again.
    card = mini_copy / "en" / "help" / "helpline.toml"
    card.write_text(card.read_text(encoding="utf-8").replace("116 000", "116 111"), encoding="utf-8")
    assert "116 111" in load_guide(mini_copy).content("en").entries["grooming"].body
    assert _report(mini_copy, "nl").complete == ["grooming"]
    assert not [p for p in load_guide(mini_copy).load_all() if "changed since" in p.message]


def test_every_bundled_translation_is_marked(bundled_guide):
    """A translation added without `guide-tui translations mark content --lang L ID` would never
    be reported as outdated."""
    for report in translation_report(bundled_guide):
        assert report.not_marked == [], report.code
