"""Issue 10, item 1: what would crash or hang the app is an error in `check`, with its place.

One test per class of input (review H1, M1, M2, M3, M4, M7, L2, L3, L4), on copies of the
mini guide; none of them may raise, block or print a control character.
"""

import os
import threading
from pathlib import Path

import pytest

from guide_tui.cli import main
from guide_tui.content import ERROR, load_guide
from guide_tui.content.strings import Strings, placeholder_problem
from guide_tui.content.tomlfile import MAX_FILE_BYTES, MAX_NESTING, read_toml

from ..conftest import FIXTURE_TODAY


def _problems(root: Path, name: str):
    guide = load_guide(root, today=FIXTURE_TODAY)
    problems = guide.load_all()
    return guide, [p for p in problems if Path(p.path).name == name]


def _errors(problems):
    return [p for p in problems if p.severity == ERROR]


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def test_a_menu_listing_an_id_twice_is_an_error_and_the_repeat_is_dropped(mini_copy):
    home = mini_copy / "en" / "home.toml"
    home.write_text(home.read_text("utf-8").replace('items = ["recognise", ', 'items = ["recognise", "recognise", '))
    guide, problems = _problems(mini_copy, "home.toml")
    [error] = _errors(problems)
    assert "'recognise' is listed twice" in error.message and error.line == 5
    assert guide.find("home", "en").entry.items.count("recognise") == 1


def test_a_language_listed_twice_is_an_error(mini_copy):
    _append(mini_copy / "guide.toml", '\n[[languages]]\ncode = "en"\nname = "English again"\n')
    guide, problems = _problems(mini_copy, "guide.toml")
    assert any("language 'en' is listed twice" in p.message and p.line for p in _errors(problems))
    assert guide.language_codes.count("en") == 1


@pytest.mark.parametrize("written", ['"private-account\\n"', '"""\nok\n"""', '"ok\\n"'])
def test_an_id_with_a_trailing_newline_is_an_error(mini_copy, written):
    checklist = mini_copy / "en" / "practice" / "checklist-demo.toml"
    text = checklist.read_text("utf-8")
    first_step = text.index("[[steps]]")
    head, tail = text[:first_step], text[first_step:]
    tail = tail.replace(tail.splitlines()[1], f"id = {written}", 1)
    checklist.write_text(head + tail, "utf-8")
    guide, problems = _problems(mini_copy, "checklist-demo.toml")
    assert any("may only use lower-case" in p.message and "\\n" in p.message and p.line for p in _errors(problems))
    assert guide.find("checklist-demo", "en") is None  # skipped, as with other errors


@pytest.mark.parametrize(
    "value", ["{done:>2000000000} of {total}", "{done!r}", "{done.__class__}", "{done[0]}", "{} of {total}", "{done"]
)
def test_interface_strings_allow_only_plain_placeholders(mini_copy, value):
    strings = mini_copy / "en" / "strings.toml"
    _append(strings, f"progress = {value!r}\n".replace("'", '"'))
    guide, problems = _problems(mini_copy, "strings.toml")
    assert any("interface string 'progress'" in p.message and p.line for p in _errors(problems))
    assert guide.strings("en")["progress"] == "{done} of {total} steps done"  # the default instead


def test_filling_in_never_runs_a_format_spec():
    strings = Strings({"progress": "{done:>2000000000} of {total}"})
    assert strings.t("progress", done=1, total=2) == "{done:>2000000000} of {total}"  # instantly, untouched
    assert placeholder_problem("{done} of {total}, {{braces}}") is None


@pytest.mark.parametrize("opening", ["[", "{ a = "])
def test_deep_nesting_is_a_located_error_not_a_recursion_error(mini_copy, opening):
    closing = "]" if opening == "[" else "}"
    _append(mini_copy / "en" / "home.toml", "deep = " + opening * 600 + closing * 600 + "\n")
    guide, problems = _problems(mini_copy, "home.toml")
    [error] = _errors(problems)
    assert f"nested more than {MAX_NESTING} levels" in error.message and error.line == 6


def test_nesting_inside_strings_and_comments_does_not_count(tmp_path):
    path = tmp_path / "x.toml"
    path.write_text('format = 1\na = "' + "[" * 100 + '"\n# ' + "{" * 100 + "\nb = [[1], [2]]\n", "utf-8")
    assert read_toml(path).data is not None


def test_a_file_too_big_is_an_error_without_reading_it_all(tmp_path):
    path = tmp_path / "big.toml"
    path.write_text('format = 1\nbody = "' + "x" * MAX_FILE_BYTES + '"\n', "utf-8")
    [problem] = read_toml(path).problems
    assert "too big" in problem.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_reported_and_never_opened(mini_copy):
    os.mkfifo(mini_copy / "en" / "pipe.toml")
    result = {}
    worker = threading.Thread(target=lambda: result.update(p=_problems(mini_copy, "pipe.toml")[1]), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "loading blocked on a named pipe"
    [problem] = result["p"]
    assert "not a regular file" in problem.message


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_link_to_a_device_is_reported(mini_copy):
    (mini_copy / "en" / "zero.toml").symlink_to("/dev/zero")
    [problem] = _problems(mini_copy, "zero.toml")[1]
    assert "not a regular file" in problem.message


def test_a_folder_named_like_a_file_is_reported(tmp_path):
    (tmp_path / "x.toml").mkdir()
    [problem] = read_toml(tmp_path / "x.toml").problems
    assert "folder" in problem.message


def test_unreadable_folders_are_reported_with_their_path(mini_copy, monkeypatch):
    """chmod 000 does not stop root, so the refusal is made by hand, where the loader lists folders."""
    locked = mini_copy / "en" / "privacy"
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    guide = load_guide(mini_copy, today=FIXTURE_TODAY)
    problems = guide.load_all()
    assert any(Path(p.path) == locked and "cannot read folder" in p.message for p in _errors(problems))


@pytest.mark.parametrize(
    "command", [["check", "{root}"], ["list", "--content", "{root}"], ["export", "card", "--content", "{root}"]]
)
def test_an_unreadable_content_folder_is_a_message_not_a_traceback(mini_copy, monkeypatch, capsys, command):
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if Path(path).parent == mini_copy:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    real_listdir = os.listdir

    def listdir(path):
        if Path(path) == mini_copy:
            raise PermissionError(13, "Permission denied", str(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "listdir", listdir)
    assert main([part.format(root=mini_copy) for part in command]) == 2
    assert "permission denied" in capsys.readouterr().err


def test_an_unclosed_string_at_the_end_of_the_file_gets_a_line(tmp_path):
    path = tmp_path / "x.toml"
    path.write_text('format = 1\nkind = "page"\nbody = """\nnever closed\n', "utf-8")
    [problem] = read_toml(path).problems
    assert problem.line == 3 and "never closed" in problem.message  # where the unclosed string starts


@pytest.mark.parametrize(
    "line",
    [
        'kind = "\\u001b]52;c;a2luZA==\\u0007"',
        'id = "\\u001b[2J"',
        '"\\u001b]0;title\\u0007" = 1',
        'title = "\\u202e rtl"',
    ],
)
def test_check_escapes_control_characters_in_everything_it_echoes(mini_copy, capsys, line):
    page = mini_copy / "en" / "recognise" / "grooming.toml"
    lines = page.read_text("utf-8").splitlines()
    key = line.split(" = ")[0]
    lines = [item for item in lines if not item.startswith(key + " ")] if not key.startswith('"') else lines
    lines.insert(1, line)
    page.write_text("\n".join(lines) + "\n", "utf-8")
    main(["check", str(mini_copy)])
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\x07" not in out + err and "\u202e" not in out + err
