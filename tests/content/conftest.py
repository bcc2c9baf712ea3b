import pytest

from .broken_cases import broken_copy


@pytest.fixture(scope="session")
def broken_root(tmp_path_factory):
    """The broken guide, copied once per session with its files' times set (broken_cases)."""
    return broken_copy(tmp_path_factory.mktemp("corpus"))
