"""How much each fuzz test runs, set by GUIDE_FUZZ: small in the default `python -m pytest`
(a few seconds in all), `ci` in the CI step at the end of .ci/run, `long` for the long runs the
README names. Every run is seeded (derandomized), so a failure can be run again as it was.
GUIDE_FUZZ_EXAMPLES=N runs N of each instead: a long run split into chunks (with a
`--hypothesis-seed` each) counts every chunk that finished.
"""

import os

from hypothesis import HealthCheck, settings

LEVEL = os.environ.get("GUIDE_FUZZ", "small")
if LEVEL not in ("small", "ci", "long"):
    raise ValueError(f"GUIDE_FUZZ must be small, ci or long, not {LEVEL!r}")

# name -> examples (or keys) at each level
SIZES = {
    "loader_mutated": {"small": 25, "ci": 1000, "long": 10000},
    "loader_generated": {"small": 25, "ci": 1000, "long": 10000},
    "app_generated": {"small": 2, "ci": 200, "long": 10000},
    "monkey_keys": {"small": 15, "ci": 150, "long": 2000},  # per language and mode (x 3 x 2; small: x 2)
}


EXAMPLES = os.environ.get("GUIDE_FUZZ_EXAMPLES")


def size(name: str) -> int:
    return int(EXAMPLES) if EXAMPLES else SIZES[name][LEVEL]


def fuzz_settings(name: str) -> settings:
    """Hypothesis settings for one fuzz test: its size, no deadline, no database in the repo."""
    return settings(
        max_examples=size(name),
        deadline=None,
        database=None,
        derandomize=LEVEL != "long",  # the long run explores; the others repeat exactly
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
        print_blob=True,
    )
