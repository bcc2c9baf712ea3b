"""Translations that fall behind their source are reported, with the fingerprint to store."""

from guide_tui.content import load_guide
from guide_tui.content.validate import fingerprint


def outdated(guide):
    return [p for p in guide.load_all() if "changed since this was translated" in p.message]


def test_a_translation_of_the_current_text_is_not_reported(mini_copy):
    root = mini_copy
    source = load_guide(root).content("en").entries["grooming"]
    nl = root / "nl" / "recognise" / "grooming.toml"
    nl.write_text(
        nl.read_text(encoding="utf-8").replace(
            'kind = "page"', f'kind = "page"\ntranslated_from = "{fingerprint(source)}"'
        ),
        encoding="utf-8",
    )
    assert outdated(load_guide(root)) == []

    english = root / "en" / "recognise" / "grooming.toml"
    english.write_text(
        english.read_text(encoding="utf-8").replace("then asks for photos", "then asks for money"), encoding="utf-8"
    )
    (problem,) = outdated(load_guide(root))
    assert problem.path == nl and problem.line == 3 and problem.severity == "warning"
    changed = load_guide(root).content("en").entries["grooming"]
    assert fingerprint(changed) in problem.hint and fingerprint(changed) != fingerprint(source)


def test_review_dates_and_sources_do_not_make_a_translation_outdated(mini_copy):
    root = mini_copy
    before = fingerprint(load_guide(root).content("en").entries["grooming"])
    english = root / "en" / "recognise" / "grooming.toml"
    english.write_text(english.read_text(encoding="utf-8").replace("2026-01-15", "2026-02-01"), encoding="utf-8")
    assert fingerprint(load_guide(root).content("en").entries["grooming"]) == before
