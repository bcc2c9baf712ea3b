import datetime as dt
from pathlib import Path

import pytest

from guide_tui.content import bundled_content, load_guide

FIXTURES = Path(__file__).parent / "fixtures"
# The fixture guide is read as on this day, so "may be out of date" marks never drift.
FIXTURE_TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def bundled_guide():
    return load_guide(bundled_content())


@pytest.fixture
def mini_guide():
    return load_guide(FIXTURES / "mini", today=FIXTURE_TODAY)
