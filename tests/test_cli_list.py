"""`guide-tui list`: every entry's id, kind and title, so `--open ID` is usable."""

import pytest

from guide_tui import cli

from .conftest import MINI


def rows(text: str):
    return [line.split(None, 2) for line in text.splitlines()]


def test_lists_every_entry_of_the_default_language_sorted_by_id(capsys):
    assert cli.main(["list", "--content", str(MINI)]) == 0
    found = rows(capsys.readouterr().out)
    ids = [row[0] for row in found]
    assert ids == sorted(ids)
    assert ["grooming", "page", "Grooming"] in found
    assert ["plan-demo", "plan", "A short lesson"] in found
    assert ["self-check", "selfcheck", "What is happening?"] in found


def test_columns_are_aligned(capsys):
    cli.main(["list", "--content", str(MINI)])
    lines = capsys.readouterr().out.splitlines()
    kind_columns = {line.index(line.split()[1], len(line.split()[0])) for line in lines}
    assert len(kind_columns) == 1


def test_a_language_shows_its_titles_and_marks_the_fallback(capsys):
    assert cli.main(["list", "--content", str(MINI), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Reconnaître" in out
    assert "Lock your account  (en)" in out  # no French page: the reader sees the English one


def test_kind_filters(capsys):
    assert cli.main(["list", "--content", str(MINI), "--kind", "plan"]) == 0
    assert rows(capsys.readouterr().out) == [["plan-demo", "plan", "A short lesson"]]


def test_every_listed_id_can_be_opened(capsys, mini_guide):
    cli.main(["list", "--content", str(MINI), "--lang", "nl"])
    for entry_id, _, _ in rows(capsys.readouterr().out):
        assert mini_guide.find(entry_id, "nl") is not None


@pytest.mark.parametrize(
    "args, message",
    [(["--lang", "de"], "unknown language 'de'"), (["--content", "/nonexistent"], "no content folder")],
)
def test_bad_usage_exits_2(capsys, args, message):
    assert cli.main(["list", "--content", str(MINI), *args]) == 2
    assert message in capsys.readouterr().err


def test_unknown_kind_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["list", "--kind", "pages"])
    assert stopped.value.code == 2
