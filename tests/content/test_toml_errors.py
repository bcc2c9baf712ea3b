"""TOML syntax errors in a volunteer's words, each with its line (review V3)."""

import pytest

from guide_tui.content.tomlfile import read_toml

CASES = {
    "closing quote": ('format = 1\ntitle = "Child Focus\nsummary = "x"\n', 2, "no closing quote"),
    "closing triple quote": ('format = 1\ntitle = "x"\nbody = """\nText\n\nmore text\n', 3, 'starts here with """'),
    "curly quotes": ("format = 1\ntitle = \u201cChild Focus\u201d\n", 2, "curly quotes"),
    "key set twice": ('format = 1\ntitle = "a"\nemergency = true\nemergency = false\n', 4, "'emergency' is set twice"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_syntax_error_is_explained_at_its_line(tmp_path, name):
    text, line, words = CASES[name]
    path = tmp_path / "entry.toml"
    path.write_text(text, encoding="utf-8")
    (problem,) = read_toml(path).problems
    assert problem.line == line and words in problem.message, problem
    assert "TOML syntax error" not in problem.message and problem.hint


def test_a_triple_quote_closed_later_is_not_blamed(tmp_path):
    path = tmp_path / "entry.toml"
    path.write_text('format = 1\nbody = """\nok\n"""\nsummary = """\nnever closed\n', encoding="utf-8")
    (problem,) = read_toml(path).problems
    assert problem.line == 5
