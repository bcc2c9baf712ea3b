"""`guide-tui new`: starter files that pass check as written, and a new language that falls back."""

import pytest

from guide_tui.cli import main
from guide_tui.content import load_guide
from guide_tui.content.kinds import KINDS
from guide_tui.content.scaffold import FOLDERS, ScaffoldError, new_entry

from ..conftest import FIXTURE_TODAY


def _own_problems(root, path):
    guide = load_guide(root, today=FIXTURE_TODAY)
    return [p for p in guide.load_all() if p.path == path]


def test_every_kind_has_a_starter_and_a_folder():
    assert set(FOLDERS) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("code", ["en", "nl"])
def test_every_starter_passes_check_as_written(mini_copy, capsys, kind, code):
    entry_id = f"new-{kind}"
    assert main(["new", kind, entry_id, "--lang", code, "--content", str(mini_copy)]) == 0
    (path,) = mini_copy.glob(f"{code}/**/{entry_id}.toml")
    assert str(path) in capsys.readouterr().out
    assert path.parent == mini_copy / code / FOLDERS[kind]
    own = _own_problems(mini_copy, path)
    # In a translation with no source, the only remark is that the default language lacks it.
    assert [p.message for p in own] == (
        [] if code == "en" else [f"'{entry_id}' exists in nl but not in en, the fallback language"]
    )
    assert entry_id in load_guide(mini_copy).content(code).entries
    assert "#" in path.read_text(encoding="utf-8")  # commented for the volunteer
    assert main(["check", str(mini_copy)]) == 0


def test_new_refuses_to_overwrite_or_guess(mini_copy, capsys):
    grooming = mini_copy / "en" / "recognise" / "grooming.toml"
    before = grooming.read_text(encoding="utf-8")
    assert main(["new", "page", "grooming", "--lang", "en", "--content", str(mini_copy)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert grooming.read_text(encoding="utf-8") == before
    guide = load_guide(mini_copy)
    with pytest.raises(ScaffoldError, match="not a valid id"):
        new_entry(guide, "page", "New Page", "en")
    with pytest.raises(ScaffoldError, match="unknown kind"):
        new_entry(guide, "pgae", "x", "en")
    with pytest.raises(ScaffoldError, match="new language de"):
        new_entry(guide, "page", "x", "de")
    new_entry(guide, "page", "x", "en")
    with pytest.raises(ScaffoldError, match="already exists"):
        new_entry(guide, "page", "x", "en")


def test_a_new_language_with_two_pages_runs_and_falls_back(mini_copy, capsys):
    manifest = mini_copy / "guide.toml"
    manifest.write_text("# my comment\n" + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    before = manifest.read_text(encoding="utf-8")
    assert main(["new", "language", "de", "--name", "Deutsch", "--content", str(mini_copy)]) == 0
    after = manifest.read_text(encoding="utf-8")
    assert after.startswith(before) and 'code = "de"\nname = "Deutsch"\n' in after  # only appended

    for page in ("grooming", "privacy"):
        assert (
            main(["new", "page" if page == "grooming" else "menu", page, "--lang", "de", "--content", str(mini_copy)])
            == 0
        )
    privacy = mini_copy / "de" / "privacy.toml"
    privacy.write_text(
        privacy.read_text(encoding="utf-8").replace("items = []", 'items = ["lock-account"]'), encoding="utf-8"
    )

    guide = load_guide(mini_copy, today=FIXTURE_TODAY)
    assert guide.language_codes == ["nl", "fr", "en", "de"] and guide.language_name("de") == "Deutsch"
    assert not [p for p in guide.load_all() if p.is_error]
    for own in ("home", "grooming", "privacy"):
        found = guide.find(own, "de")
        assert found is not None and not found.fallback and found.entry.lang == "de"
    found = guide.find("lock-account", "de")
    assert found is not None and found.fallback
    english = guide.strings("en").t("back")
    assert guide.strings("de").t("back") == english  # interface text falls back too
    strings = (mini_copy / "de" / "strings.toml").read_text(encoding="utf-8")
    assert f'# back = "{english}"' in strings

    capsys.readouterr()
    assert main(["translations", str(mini_copy), "--lang", "de"]) == 0
    assert "de: 0 of" in capsys.readouterr().out
    assert main(["new", "language", "de", "--name", "Deutsch", "--content", str(mini_copy)]) == 2
    assert main(["new", "language", "DE!", "--name", "x", "--content", str(mini_copy)]) == 2
    assert manifest.read_text(encoding="utf-8") == after
