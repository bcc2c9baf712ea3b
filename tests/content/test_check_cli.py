"""`guide-tui check DIR`: located problem lines, a summary, and exit codes 0 / 1 / 2."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from guide_tui.cli import main

from ..conftest import BROKEN, MINI
from .broken_cases import EXPECTED

REPO = Path(__file__).resolve().parents[2]

PROBLEM_LINE = re.compile(
    r"^(?P<path>[^:]+?)(?::(?P<line>\d+)(?::(?P<col>\d+))?)?: (?P<severity>error|warning): (?P<message>.+)$"
)
SUMMARY = re.compile(r"^(?P<status>ok|FAILED): (?P<errors>\d+) errors?, (?P<warnings>\d+) warnings? in (?P<root>.+)$")


def _run(capsys, *args):
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def _split(lines):
    assert lines, "check printed nothing"
    assert lines[0].startswith("Checking "), lines[0]  # which folder, first
    problems = [PROBLEM_LINE.match(line) for line in lines[1:-1]]
    assert all(problems), [line for line, m in zip(lines, problems) if not m]
    summary = SUMMARY.match(lines[-1])
    assert summary, lines[-1]
    return problems, summary


def test_mini_passes_with_warnings(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    code, lines, err = _run(capsys, str(MINI))
    assert code == 0
    assert err == ""
    problems, summary = _split(lines)
    assert summary["status"] == "ok"
    assert summary["errors"] == "0"
    assert int(summary["warnings"]) == len(problems) >= 1
    assert all(p["severity"] == "warning" for p in problems)
    assert any("'lock-account'" in p["message"] and "no fr translation" in p["message"] for p in problems)
    # Paths are printed relative to the current folder.
    assert all(p["path"].startswith("tests/fixtures/mini/") for p in problems)


def test_broken_fails_and_locates_every_case(capsys, monkeypatch, broken_root):
    monkeypatch.chdir(broken_root)
    code, lines, err = _run(capsys, str(broken_root))
    assert code == 1
    assert "Traceback" not in err
    problems, summary = _split(lines)
    assert summary["status"] == "FAILED"
    errors = [p for p in problems if p["severity"] == "error"]
    assert int(summary["errors"]) == len(errors) > 0
    assert int(summary["warnings"]) == len(problems) - len(errors)
    for name, case in EXPECTED.items():
        hits = [p for p in problems if p["path"] == name and case.words in p["message"]]
        assert hits, f"no line for {name}"
        assert hits[0]["severity"] == case.severity
        assert hits[0]["line"] == str(case.line)
        assert hits[0]["col"] is not None and int(hits[0]["col"]) >= 1
    # Errors first, each group sorted by path, then line.
    keys = [(p["severity"] != "error", p["path"], int(p["line"] or 0)) for p in problems]
    assert keys == sorted(keys)


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["check", "--no-such-option", str(MINI)])
    assert raised.value.code == 2
    assert "--no-such-option" in capsys.readouterr().err


def test_two_folders_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["check", str(MINI), str(BROKEN)])
    assert raised.value.code == 2


def test_missing_folder_exits_2(capsys, tmp_path):
    missing = tmp_path / "nothing-here"
    code, lines, err = _run(capsys, str(missing))
    assert code == 2
    assert lines == []
    assert "no content folder" in err and str(missing) in err


def test_content_from_environment(capsys, monkeypatch):
    monkeypatch.setenv("GUIDE_TUI_CONTENT", str(BROKEN))
    code, lines, _ = _run(capsys)
    assert code == 1
    assert SUMMARY.match(lines[-1])["root"] == str(BROKEN)


def test_as_a_subprocess():
    result = subprocess.run(
        [sys.executable, "-m", "guide_tui", "check", str(BROKEN)],
        capture_output=True,
        text=True,
        cwd=str(REPO),
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    problems, summary = _split(lines)
    assert summary["status"] == "FAILED"
    assert any(
        p["path"] == "tests/fixtures/broken/en/bad/toml_syntax_error.toml" and p["line"] == "4" for p in problems
    )


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_command_prints_all_that_main_does(capsys, fmt):
    """The command leaves without Python's teardown after `check` (cli.entry): everything is
    printed first, and the exit status is main's."""
    code = main(["check", str(BROKEN), "--format", fmt])
    out, err = capsys.readouterr()
    result = subprocess.run(
        [sys.executable, "-m", "guide_tui", "check", str(BROKEN), "--format", fmt],
        capture_output=True,
        text=True,
        cwd=str(REPO),
        timeout=120,
    )
    assert (result.returncode, result.stdout, result.stderr) == (code, out, err)
    assert len(out) > 4096  # more than one buffer's worth, so flushing matters


def test_without_a_folder_next_to_an_edited_content_folder_says_how_to_check_it(capsys, monkeypatch, tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "guide.toml").write_text("format = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDE_TUI_CONTENT", str(MINI))
    code, lines, _ = _run(capsys)
    assert lines[0] == f"Checking {MINI}"
    assert "guide-tui check content" in lines[1]
