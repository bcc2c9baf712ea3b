from pathlib import Path

import pytest

from guide_tui.content import bundled_content, load_guide

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def bundled_guide():
    return load_guide(bundled_content())


@pytest.fixture
def mini_guide():
    return load_guide(FIXTURES / "mini")
