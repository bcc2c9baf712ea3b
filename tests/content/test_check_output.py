"""`guide-tui check`: knock-ons folded into their cause, JSON for scripts, colour on a terminal,
and the newer copy of a duplicate id named as the problem (issue 12, item 2)."""

import io
import json
import os
import re

from guide_tui.cli import main
from guide_tui.content.mistakes import blamed_copy

from .broken_cases import EXPECTED
from .test_check_cli import PROBLEM_LINE, SUMMARY

KEYS = {"file", "line", "column", "severity", "message", "hint", "also", "language", "layer"}
ESC = "\x1b["


class Terminal(io.StringIO):
    def isatty(self):
        return True


def _check(monkeypatch, *args, stream=None):
    stream = stream or io.StringIO()
    monkeypatch.setattr("sys.stdout", stream)
    code = main(["check", *args])
    return code, stream.getvalue()


def test_json_is_a_list_of_problems_and_nothing_else(monkeypatch, broken_root):
    monkeypatch.chdir(broken_root)
    code, out = _check(monkeypatch, "--format", "json", str(broken_root))
    assert code == 1
    records = json.loads(out)  # the whole of standard output
    assert records and all(set(record) == KEYS for record in records)
    assert [r["severity"] for r in records] == sorted((r["severity"] for r in records), key=lambda s: s != "error")
    for name, case in EXPECTED.items():
        hits = [r for r in records if r["file"] == name and r["line"] == case.line]
        assert any(case.severity == r["severity"] and isinstance(r["column"], int) for r in hits), name
    (french,) = [r for r in records if r["file"] == "fr/bad/lock-account.toml"]
    assert french["language"] == "fr" and french["hint"] and french["layer"] == "bundled"
    assert french["also"] == ["the fr translation of 'lock-account' is not shown (readers see the en text)"]
    assert [r["language"] for r in records if r["file"] == "guide.toml"] in ([], [None])


def test_json_and_text_report_the_same_problems(monkeypatch, broken_root):
    monkeypatch.chdir(broken_root)
    text_code, text = _check(monkeypatch, str(broken_root))
    json_code, out = _check(monkeypatch, "--format", "json", str(broken_root))
    summary = SUMMARY.match(text.splitlines()[-1])
    records = json.loads(out)
    assert json_code == text_code == 1
    assert int(summary["errors"]) == sum(r["severity"] == "error" for r in records)
    assert int(summary["warnings"]) == sum(r["severity"] == "warning" for r in records)


def test_a_file_that_fails_to_load_is_reported_once_with_what_it_causes(monkeypatch, mini_copy):
    page = mini_copy / "en" / "privacy" / "lock-account.toml"
    page.write_text(page.read_text("utf-8").replace('title = "Lock your account"', 'title = "Lock your account'))
    monkeypatch.chdir(mini_copy)
    code, out = _check(monkeypatch, "--format", "json", ".")
    records = json.loads(out)
    assert code == 1
    (error,) = [r for r in records if r["severity"] == "error"]
    assert error["file"] == "en/privacy/lock-account.toml" and error["line"] == 4
    assert "the link from 'privacy' to 'lock-account' leads nowhere (en)" in error["also"]
    assert "'lock-account' in nl has no en original" in error["also"]
    # Its knock-ons are not reported on their own.
    assert not [r for r in records if "lock-account" in r["message"] and r is not error]


def test_on_a_terminal_problems_are_grouped_by_file_in_colour(monkeypatch, broken_root):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir(broken_root)
    code, out = _check(monkeypatch, str(broken_root), stream=Terminal())
    assert code == 1 and ESC in out
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    lines = plain.splitlines()
    assert lines[0] == f"Checking {broken_root}"
    headers = [line for line in lines if line.strip() in EXPECTED]
    assert len(headers) == len(set(headers)) == len(EXPECTED)  # each file once, as a heading
    assert SUMMARY.match(lines[-1])


def test_no_colour_with_no_color_or_format_text(monkeypatch, broken_root):
    monkeypatch.chdir(broken_root)
    for env, args in (({"NO_COLOR": "1"}, []), ({}, ["--format", "text"])):
        monkeypatch.delenv("NO_COLOR", raising=False)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        code, out = _check(monkeypatch, *args, str(broken_root), stream=Terminal())
        lines = out.splitlines()
        assert code == 1 and ESC not in out
        assert all(PROBLEM_LINE.match(line) for line in lines[1:-1]) and SUMMARY.match(lines[-1])


def test_the_newer_copy_of_a_duplicate_id_is_blamed(tmp_path):
    original, copy = tmp_path / "b" / "awel.toml", tmp_path / "a" / "awel.toml"
    for path in (original, copy):
        path.parent.mkdir()
        path.write_text("", "utf-8")
    os.utime(original, (1_000_000, 1_000_000))
    os.utime(copy, (2_000_000, 2_000_000))
    assert blamed_copy(original, copy) == (copy, "it was changed later")
    assert blamed_copy(copy, original) == (copy, "it was changed later")
    os.utime(copy, (1_000_000, 1_000_000))  # the same time (cp -p): the later path
    assert blamed_copy(original, copy) == blamed_copy(copy, original) == (original, "it comes later in the folder")
