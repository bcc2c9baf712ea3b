"""`guide-tui check` at 1x/10x/100x synthetic content (bench/make_content.py), this checkout
against others, interleaved in rotating order; median and min of each.

    python bench/check.py [--rounds 5] [--scales 1,10,100] [--against ../main ...]

Each checkout runs with PYTHONPATH set to it, on the same content folders, made once in a
temporary folder removed at the end. Not a test, not run by CI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from make_content import make_content  # noqa: E402


def environment(tree: Path, home: Path) -> Dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GUIDE_TUI", "PYTHONDONTWRITE"))}
    env.update(PYTHONPATH=str(tree), HOME=str(home), GUIDE_TUI_SITE_CONFIG=str(home / "no-site.toml"))
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--against", nargs="*", default=[], metavar="CHECKOUT", help="other checkouts to time")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="guide-check-bench-"))
    try:
        measure(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # 100x content is about 100 MB


def measure(args: argparse.Namespace, work: Path) -> None:
    folders = {int(s): make_content(work / f"content-{s}x", int(s)) for s in args.scales.split(",")}
    trees = [HERE.parent, *(Path(tree).resolve() for tree in args.against)]
    runs: List[Tuple[Path, int]] = [(tree, scale) for scale in folders for tree in trees]
    times: Dict[Tuple[Path, int], List[float]] = {run: [] for run in runs}
    for round_number in range(args.rounds):
        shift = round_number % len(runs)
        for tree, scale in runs[shift:] + runs[:shift]:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "guide_tui", "check", str(folders[scale])],
                env=environment(tree, work),
                cwd=work,  # not a checkout: `python -m` puts the current folder first on the path
                capture_output=True,
                check=False,
            )
            times[(tree, scale)].append(time.perf_counter() - started)
        print(f"round {round_number + 1}/{args.rounds} done", file=sys.stderr)
    sys.stderr.flush()
    print(f"Measured {time.strftime('%Y-%m-%d')} with `python bench/check.py --rounds {args.rounds}`.\n")
    print("| `guide-tui check` | checkout | median | min |")
    print("|---|---|---|---|")
    for tree, scale in runs:
        measured = times[(tree, scale)]
        print(
            f"| {scale}x content | {tree.name} | {statistics.median(measured) * 1000:.0f} ms "
            f"| {min(measured) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
