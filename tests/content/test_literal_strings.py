"""tools/literal_strings.py: texts become TOML literal strings without any value changing, and the
bundled content is written that way (quotes and backslashes shown exactly as written)."""

import importlib.util
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("literal_strings", ROOT / "tools" / "literal_strings.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

BEFORE = r'''# a comment with "quotes" and """three""" stays
format = 1
"quoted key" = "plain"
title = "She said \"stop\""
intro = "You can choose \"I'm not sure\"."
body = """
A line that goes on \
on the next one, "quoted", C:\\folder.
"""
keep = """A text with QQQ in it \"stays\" basic"""
ends = """ends with a quote '"""
tab = "a\ttab \\ here"
bell = "a bell \u0007 \\"
no_escape = "nothing to gain"
list = ["one \"two\"", 'three']

[[messages]]
text = """
second table
"""
'''.replace("QQQ", "'" * 3)


def test_convert_keeps_every_value_and_everything_else():
    after = tool.convert(BEFORE)
    assert tomllib.loads(after) == tomllib.loads(BEFORE)
    assert after.startswith('# a comment with "quotes" and """three""" stays\nformat = 1\n"quoted key" = "plain"\n')
    assert "title = 'She said \"stop\"'" in after
    assert "intro = '''You can choose \"I'm not sure\".'''" in after  # one line, holds a '
    assert "body = '''\nA line that goes on on the next one, \"quoted\", C:\\folder.\n'''" in after
    assert 'keep = """A text with' in after  # holds three single quotes: stays basic
    assert 'ends = """ends with a quote \'"""' in after
    assert "tab = 'a\ttab \\ here'" in after  # a tab may stand in a literal string
    assert 'bell = "a bell \\u0007 \\\\"' in after  # a control character may not
    assert 'no_escape = "nothing to gain"' in after  # one line without an escape is left as it is
    assert "list = ['one \"two\"', 'three']" in after
    assert "text = '''\nsecond table\n'''" in after


def test_converting_twice_changes_nothing():
    once = tool.convert(BEFORE)
    assert tool.convert(once) == once


def test_the_command_writes_only_what_keeps_its_data(tmp_path, capsys):
    (tmp_path / "a.toml").write_text('body = """\nsay \\"hi\\"\n"""\n', encoding="utf-8")
    (tmp_path / "broken.toml").write_text('body = "no end\n', encoding="utf-8")
    assert tool.main(["--check", str(tmp_path)]) == 1
    assert '\\"hi' in (tmp_path / "a.toml").read_text(encoding="utf-8")  # --check writes nothing
    assert tool.main([str(tmp_path)]) == 1  # the broken file is named and left alone
    assert (tmp_path / "a.toml").read_text(encoding="utf-8") == "body = '''\nsay \"hi\"\n'''\n"
    assert (tmp_path / "broken.toml").read_text(encoding="utf-8") == 'body = "no end\n'
    assert "broken.toml: not converted, it does not parse" in capsys.readouterr().out


def test_the_bundled_content_is_already_converted():
    """Every text that can be a literal string is one: no escapes for volunteers to learn."""
    left = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "content").rglob("*.toml"))
        if tool.convert(path.read_text(encoding="utf-8")) != path.read_text(encoding="utf-8")
    ]
    assert left == []
