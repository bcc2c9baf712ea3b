"""guide-tui.pyz against the installed guide: size, and start-up time measured in the same run,
interleaved, in rotating order, with the same Python.

    python bench/pyz.py --pyz dist/guide-tui.pyz [--installed PATH/bin/guide-tui] [--rounds 9]

--installed is a guide-tui installed in a virtual environment (default: the one on PATH); the
pyz runs with that environment's Python. Each command starts a fresh process: `--version`
(start-up alone), `check` (start-up and loading all the bundled content) and a headless start to
the first screen (`--lang nl`, the main menu; through shiv's interpreter mode for the pyz). The
pyz's first start, which unpacks it, is timed apart into a fresh folder; the rounds run after it.
Prints Markdown: medians, minimums and the ratio pyz/installed of the medians.
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
from typing import Dict, List

HEADLESS = """
from guide_tui.cli import build_app, parse_run_options
app = build_app(parse_run_options(["--lang", "nl"]))
async def first_screen(pilot):
    await pilot.pause()
    pilot.app.exit()
app.run(headless=True, size=(80, 24), auto_pilot=first_screen)
"""


def seconds(command: List[str], env: Dict[str, str], cwd: str) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env, cwd=cwd)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pyz", type=Path, required=True)
    parser.add_argument("--installed", default=shutil.which("guide-tui"), help="an installed guide-tui script")
    parser.add_argument("--rounds", type=int, default=9)
    options = parser.parse_args()
    if not options.installed:
        sys.exit("no installed guide-tui: pass --installed PATH")
    installed = Path(options.installed).resolve()
    python = str(installed.parent / ("python.exe" if os.name == "nt" else "python"))
    pyz = str(options.pyz.resolve())
    work = tempfile.mkdtemp()
    env = {**os.environ, "SHIV_ROOT": os.path.join(work, "unpacked"), "HOME": work}
    env.pop("GUIDE_TUI_CONTENT", None)
    commands = {
        "`--version`": ([str(installed), "--version"], [python, pyz, "--version"]),
        "`check`": ([str(installed), "check"], [python, pyz, "check"]),
        "headless start to the main menu": ([python, "-c", HEADLESS], [python, pyz, "-c", HEADLESS]),
    }
    first_start = seconds([python, pyz, "--version"], env, work)
    timings: Dict[str, List[List[float]]] = {name: [[], []] for name in commands}
    names = list(commands)
    for round_ in range(options.rounds):
        order = names[round_ % len(names) :] + names[: round_ % len(names)]
        for name in order:
            pair = [0, 1] if round_ % 2 == 0 else [1, 0]
            for which in pair:
                extra = {"SHIV_INTERPRETER": "1"} if which == 1 and "headless" in name else {}
                timings[name][which].append(seconds(commands[name][which], {**env, **extra}, work))
    shutil.rmtree(work, ignore_errors=True)
    version = subprocess.run([python, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"guide-tui.pyz: {options.pyz.stat().st_size / 1e6:.2f} MB; {version}; {options.rounds} rounds\n")
    print("| command | installed (median / min) | pyz (median / min) | pyz / installed |")
    print("|---|---|---|---|")
    for name, (plain, zipped) in timings.items():
        ratio = statistics.median(zipped) / statistics.median(plain)
        print(
            f"| {name} | {statistics.median(plain):.3f} s / {min(plain):.3f} s "
            f"| {statistics.median(zipped):.3f} s / {min(zipped):.3f} s | {ratio:.2f} |"
        )
    print(f"| pyz first start (unpacks, then `--version`) | | {first_start:.3f} s | |")


if __name__ == "__main__":
    main()
