"""After `pip install .` the guide works from any folder, with the content shipped inside it."""

import subprocess
import sys


def test_check_runs_from_another_folder_with_the_bundled_content(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "guide_tui", "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("ok: 0 errors")


def test_version(tmp_path):
    from guide_tui import __version__

    result = subprocess.run(
        [sys.executable, "-m", "guide_tui", "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.strip() == f"guide-tui {__version__}"
