import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from guide_tui.content import bundled_content, load_guide

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini"  # a small guide in three languages with every kind of entry
BROKEN = FIXTURES / "broken"  # good files next to one broken file per case (en/bad/)
# The fixture guide is read as on this day, so "may be out of date" marks never drift.
FIXTURE_TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def bundled_guide():
    return load_guide(bundled_content())


@pytest.fixture
def mini_guide():
    return load_guide(MINI, today=FIXTURE_TODAY)


@pytest.fixture
def mini_copy(tmp_path):
    """A copy of the mini guide that a test may change."""
    root = tmp_path / "content"
    shutil.copytree(MINI, root)
    return root


# The built single-file guide is tested only where one was built (tools/ci_deploy.sh).
collect_ignore = [] if os.environ.get("GUIDE_TUI_PYZ") else ["test_built_pyz.py"]
