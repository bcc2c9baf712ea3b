"""Start-up time and memory of guide-tui against a bare Textual app, measured in the same run.

Each variant starts in a fresh Python process, runs headless until its first screen is on
screen, then exits. Prints medians and the ratio guide/bare; lower is better.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

# Each app exits as soon as its first screen is mounted and idle (drawn).
FIRST_SCREEN = """
async def first_screen(pilot):
    await pilot.pause()
    pilot.app.exit()
"""

BARE = (
    FIRST_SCREEN
    + """
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("hello")
Bare().run(headless=True, size=(80, 24), auto_pilot=first_screen)
"""
)

GUIDE = (
    FIRST_SCREEN
    + """
from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp
GuideApp(load_guide(){lang}).run(headless=True, size=(80, 24), auto_pilot=first_screen)
"""
)

CHECK = "from guide_tui.cli import main; import io, contextlib\nwith contextlib.redirect_stdout(io.StringIO()): main(['check'])"

VARIANTS = {
    "bare textual app": BARE,
    "guide: language screen": GUIDE.replace("{lang}", ""),
    "guide: --lang nl main menu": GUIDE.replace("load_guide(){lang}", "load_guide(), language='nl'"),
    "guide-tui check (all languages)": CHECK,
}


def measure(code: str) -> tuple:
    """Wall seconds and peak RSS (MiB) of one fresh process running `code`."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"variant failed with status {status}:\n{code}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    results = {}
    for name, code in VARIANTS.items():
        measure(code)  # warm the file cache
        samples = [measure(code) for _ in range(runs)]
        results[name] = (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples))
    bare_time, bare_rss = results["bare textual app"]
    print(f"{'variant':34} {'start-up':>10} {'ratio':>6} {'peak RSS':>10} {'ratio':>6}")
    for name, (seconds, rss) in results.items():
        print(f"{name:34} {seconds * 1000:8.0f}ms {seconds / bare_time:6.2f} {rss:8.1f}MB {rss / bare_rss:6.2f}")
    print(f"({runs} runs each, medians; python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
