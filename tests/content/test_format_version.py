"""The format version is stated once, in guide.toml; another file may leave `format` out, and
when it has one, it must be the same."""

from pathlib import Path

from guide_tui.content import ERROR, load_guide

ROOT = Path(__file__).resolve().parents[2]
PAGE = 'kind = "page"\nid = "no-format"\ntitle = "No format line"\nbody = "text"\n'


def _own_problems(root: Path, path: Path):
    guide = load_guide(root)
    guide.load_all()  # every file read (the guide reads an entry's file on first use)
    return guide, [p for p in guide.problems if p.path == path]


def test_a_file_without_format_loads(mini_copy):
    page = mini_copy / "en" / "no-format.toml"
    page.write_text(PAGE, encoding="utf-8")
    guide, problems = _own_problems(mini_copy, page)
    assert problems == []
    assert guide.content("en").entries["no-format"].title == "No format line"


def test_a_file_may_repeat_the_format_of_guide_toml(mini_copy):
    page = mini_copy / "en" / "no-format.toml"
    page.write_text("format = 1\n" + PAGE, encoding="utf-8")
    guide, problems = _own_problems(mini_copy, page)
    assert problems == []
    assert "no-format" in guide.content("en").entries


def test_a_file_with_another_format_is_an_error_at_its_line(mini_copy):
    page = mini_copy / "en" / "no-format.toml"
    page.write_text("# from a newer guide\nformat = 2\n" + PAGE, encoding="utf-8")
    guide, problems = _own_problems(mini_copy, page)
    assert [(p.severity, p.line, p.message) for p in problems] == [
        (ERROR, 2, "this file uses format 2; this guide-tui reads format 1")
    ]
    assert "guide.toml states the format of every file" in problems[0].hint
    assert "no-format" not in guide.content("en").entries


def test_strings_without_format_load(mini_copy):
    strings = mini_copy / "en" / "strings.toml"
    strings.write_text('[strings]\nback = "Go back"\n', encoding="utf-8")
    guide, problems = _own_problems(mini_copy, strings)
    assert problems == []
    assert guide.strings("en")["back"] == "Go back"


def test_guide_toml_must_state_the_format(mini_copy):
    manifest = mini_copy / "guide.toml"
    manifest.write_text(manifest.read_text("utf-8").replace("format = 1\n", ""), encoding="utf-8")
    guide, problems = _own_problems(mini_copy, manifest)
    assert [(p.severity, p.line, p.message) for p in problems] == [(ERROR, 1, "missing 'format = 1' in guide.toml")]


def test_the_bundled_content_states_the_format_once():
    with_format = sorted(
        str(path.relative_to(ROOT / "content"))
        for path in (ROOT / "content").rglob("*.toml")
        if any(line.startswith("format") for line in path.read_text("utf-8").splitlines())
    )
    assert with_format == ["guide.toml"]
