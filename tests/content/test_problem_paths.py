"""Where `check` says a problem is: paths relative to a folder by their text, as pathlib does."""

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from guide_tui.content.problems import relative_inside, relative_text

CASES = [
    ("/tmp/guide/en/a.toml", "/tmp/guide"),
    ("/tmp/guide/en/a.toml", "/tmp/guide/"),
    ("/tmp/guide", "/tmp/guide"),
    ("/tmp/guides/en/a.toml", "/tmp/guide"),  # a longer name, not inside
    ("/tmp/guide/en/a.toml", "/"),
    ("//host/en/a.toml", "/"),  # POSIX's own double-slash root
    ("/tmp/en/a.toml", "//tmp"),
    ("en/a.toml", "/tmp"),  # relative against absolute
    ("content/en/a.toml", "content"),
    ("/other/en/a.toml", "/tmp/guide"),
]


def _pathlib(path, base):
    try:
        return str(path.relative_to(base))
    except ValueError:
        return None


@pytest.mark.parametrize("path, base", CASES)
def test_as_pathlib(path, base):
    for kind in (Path, PurePosixPath):
        assert relative_inside(kind(path), kind(base)) == _pathlib(kind(path), kind(base))
        assert relative_text(kind(path), kind(base)) == (_pathlib(kind(path), kind(base)) or str(kind(path)))


def test_windows_paths_through_pathlib():
    path, base = PureWindowsPath(r"C:\Guide\en\a.toml"), PureWindowsPath(r"c:\guide")
    assert relative_inside(path, base) == _pathlib(path, base) == r"en\a.toml"
