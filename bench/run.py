"""The performance table of the README: guide-tui against a bare one-line Textual app, in a real
terminal (a pty at 80x24, read by pyte), measured in the same run, interleaved, in rotating order.

    python bench/run.py [--rounds 7] [--scales 1,10,100] [--startup-only] [--tree DIR ...]

Prints, as Markdown:
- start-up to the first screen (language screen, `--lang nl` main menu, `--lang nl --open PAGE`),
  median and min, and the ratio of medians to the bare app; next to them the "floor" of each,
  the same Textual widget trees with no guide code (bench/floor_app.py), so what the guide's
  code adds shows apart from what Textual's widgets cost;
- peak memory (max RSS) of each, and its ratio to the bare app;
- start-up of `--lang nl` with 1x/10x/100x synthetic content (bench/make_content.py), against
  its own 1x time;
- `guide-tui check` at 1x/10x/100x;
- key-to-screen latency in the guide: moving the highlight and opening a page.

`--startup-only` measures only the first two tables; `--tree DIR` adds rows for the first
screens of the guide in another source tree (run with PYTHONPATH=DIR), interleaved with the
rest: a before/after comparison in one run.

Needs pyte (in the test extra). Linux and macOS (pty); not a test, not run by CI.
"""

from __future__ import annotations

import argparse
import compileall
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import pyte

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_content import make_content  # noqa: E402

from guide_tui.content import bundled_content, load_guide  # noqa: E402

PY = sys.executable
COLS, ROWS = 80, 24
TIMEOUT = 30.0
CTRL_Q = b"\x11"
DOWN = b"\x1b[B"
ENTER = b"\r"
PAGE = "sextortion"
BARE_MARKER = "bare app ready"


class Terminal:
    """A program running in a pty of COLS x ROWS, its screen kept by pyte."""

    def __init__(self, argv: Sequence[str], env: Dict[str, str], cwd: Optional[str] = None) -> None:
        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: its terminal has the size before the program asks for it
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            if cwd is not None:  # `python -m` imports from the current folder first
                os.chdir(cwd)
            os.execve(argv[0], list(argv), env)
        self.pid, self.fd = pid, fd

    def _read(self, wait: float) -> None:
        ready, _, _ = select.select([self.fd], [], [], wait)
        if ready:
            try:
                self.stream.feed(os.read(self.fd, 65536))
            except OSError:
                pass

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def looks(self) -> list:
        """Text and colours: a moved highlight changes only colours."""
        return [
            (char.data, char.fg, char.bg, char.reverse) for row in self.screen.buffer.values() for char in row.values()
        ]

    def wait_for(self, marker: str, below_row: int = 0) -> float:
        """Seconds until `marker` shows on a row at or below `below_row`."""
        deadline = time.perf_counter() + TIMEOUT
        while time.perf_counter() < deadline:
            self._read(0.005)
            if any(marker in line for line in self.screen.display[below_row:]):
                return time.perf_counter()
        raise TimeoutError(f"'{marker}' never showed:\n{self.text()}")

    def wait_for_change(self, before: list) -> float:
        deadline = time.perf_counter() + TIMEOUT
        while time.perf_counter() < deadline:
            self._read(0.005)
            if self.looks() != before:
                return time.perf_counter()
        raise TimeoutError("the screen never changed")

    def settle(self, quiet: float = 0.3) -> None:
        """Read until nothing has arrived for `quiet` seconds."""
        last = time.perf_counter()
        while time.perf_counter() - last < quiet:
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if ready:
                self._read(0)
                last = time.perf_counter()

    def press(self, key: bytes) -> float:
        os.write(self.fd, key)
        return time.perf_counter()

    def quit(self) -> int:
        """Ctrl+Q, then the peak memory (KiB) of the process."""
        os.write(self.fd, CTRL_Q)
        deadline = time.perf_counter() + TIMEOUT
        while time.perf_counter() < deadline:
            self._read(0.01)
            pid, _status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                rss = usage.ru_maxrss
                return rss // 1024 if sys.platform == "darwin" else rss
        os.kill(self.pid, 9)
        raise TimeoutError("did not quit on Ctrl+Q")


def environment(home: Path) -> Dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GUIDE_TUI", "TEXTUAL"))}
    env.update(
        TERM="xterm-256color",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        GUIDE_TUI_SITE_CONFIG=str(home / "no-site.toml"),
        COLUMNS=str(COLS),
        LINES=str(ROWS),
    )
    return env


def start_up(argv: Sequence[str], marker: str, env: Dict[str, str], cwd: Optional[str] = None) -> Tuple[float, int]:
    """Seconds to the first screen (the marker below the top bar, or anywhere for the bare app)."""
    terminal = Terminal(argv, env, cwd)
    shown = terminal.wait_for(marker, below_row=0 if marker == BARE_MARKER else 1)
    terminal.settle(0.05)
    return shown - terminal.started, terminal.quit()


def row(name: str, times: List[float], bare: Optional[List[float]] = None) -> str:
    median = statistics.median(times)
    ratio = f"{median / statistics.median(bare):.2f}x" if bare else "1.00x"
    return f"| {name} | {median * 1000:.0f} ms | {min(times) * 1000:.0f} ms | {ratio} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--startup-only", action="store_true", help="only the start-up and memory tables")
    parser.add_argument("--tree", action="append", default=[], metavar="DIR", help="also the guide in DIR")
    args = parser.parse_args()
    scales = [] if args.startup_only else [int(s) for s in args.scales.split(",")]

    # An installed guide has its bytecode; a checkout may not (PYTHONDONTWRITEBYTECODE, a fresh
    # tree): without it every start would compile the guide first and measure that too.
    for tree in [HERE.parent, *map(Path, args.tree)]:
        compileall.compile_dir(str(tree / "guide_tui"), quiet=1)
    guide = load_guide(bundled_content())
    nl = guide.strings("nl")
    page_title = guide.find(PAGE, "nl").entry.title
    work = Path(tempfile.mkdtemp(prefix="guide-bench-"))
    env = environment(work)
    guide_cmd = [PY, "-m", "guide_tui"]
    floor_cmd = [PY, str(HERE / "floor_app.py")]
    first_screens = {
        "language screen": ([], "Nederlands"),
        "`--lang nl` main menu": (["--lang", "nl"], nl["app-title"]),
        f"`--lang nl --open {PAGE}`": (["--lang", "nl", "--open", PAGE], page_title),
    }
    # name -> (argv, marker, environment, folder to run in)
    variants: Dict[str, Tuple[List[str], str, Dict[str, str], Optional[str]]] = {
        "bare Textual app (one line)": ([PY, str(HERE / "bare_app.py")], BARE_MARKER, env, None)
    }
    for name, (options, marker) in first_screens.items():
        variants[name] = ([*guide_cmd, *options], marker, env, None)
    startup_rows = list(variants)
    variants["floor: language widgets"] = ([*floor_cmd, "language"], "Nederlands", env, None)
    variants["floor: menu widgets"] = ([*floor_cmd, "menu"], nl["app-title"], env, None)
    variants["floor: page widgets"] = ([*floor_cmd, "page"], page_title, env, None)
    for tree in args.tree:
        folder = str(Path(tree).resolve())  # run from there: `python -m` imports from the current folder first
        tree_env = {**env, "PYTHONPATH": folder}
        for name, (options, marker) in first_screens.items():
            variants[f"{name} ({tree})"] = ([*guide_cmd, *options], marker, tree_env, folder)
    first_rows = list(variants)
    folders = {scale: make_content(work / f"content-{scale}x", scale) for scale in scales}
    for scale, folder in folders.items():
        variants[f"`--lang nl` main menu, {scale}x content"] = (
            [*guide_cmd, "--content", str(folder), "--lang", "nl"],
            nl["app-title"],
            env,
            None,
        )
    scale_rows = [name for name in variants if name not in first_rows]

    times: Dict[str, List[float]] = {name: [] for name in variants}
    memory: Dict[str, List[int]] = {name: [] for name in variants}
    names = list(variants)
    for round_number in range(args.rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:  # rotating order, interleaved
            argv, marker, variant_env, cwd = variants[name]
            seconds, kib = start_up(argv, marker, variant_env, cwd)
            times[name].append(seconds)
            memory[name].append(kib)
        print(f"round {round_number + 1}/{args.rounds} done", file=sys.stderr)

    bare_name = names[0]
    bare = times[bare_name]
    command = " ".join(["python bench/run.py", *sys.argv[1:]])
    print(f"Measured {time.strftime('%Y-%m-%d')} with `{command}`, {COLS}x{ROWS} pty.\n")
    print("| start-up to first screen | median | min | ratio to bare |")
    print("|---|---|---|---|")
    for name in first_rows:
        print(row(name, times[name], None if name == bare_name else bare))
    print("\n| peak memory (max RSS) | median | ratio to bare |")
    print("|---|---|---|")
    bare_kib = statistics.median(memory[bare_name])
    for name in first_rows:
        kib = statistics.median(memory[name])
        print(f"| {name} | {kib / 1024:.1f} MiB | {kib / bare_kib:.2f}x |")
    print("\n| what the guide adds to its floor | ratio of medians |")
    print("|---|---|")
    for guide_row, floor_row in (
        (startup_rows[1], "floor: language widgets"),
        (startup_rows[2], "floor: menu widgets"),
        (startup_rows[3], "floor: page widgets"),
    ):
        ratio = statistics.median(times[guide_row]) / statistics.median(times[floor_row])
        print(f"| {guide_row} / {floor_row} | {ratio:.2f}x |")
    if args.startup_only:
        return

    print("\n| start-up with more content | median | min | ratio to 1x |")
    print("|---|---|---|---|")
    one = times[scale_rows[0]]
    for name in scale_rows:
        print(row(name, times[name], None if name == scale_rows[0] else one))

    check_times: Dict[int, List[float]] = {scale: [] for scale in scales}
    for _ in range(max(3, args.rounds // 2)):
        for scale, folder in folders.items():
            started = time.perf_counter()
            subprocess.run([*guide_cmd, "check", str(folder)], env=env, capture_output=True, check=False)
            check_times[scale].append(time.perf_counter() - started)

    highlight: List[float] = []
    page_open: List[float] = []
    for _ in range(args.rounds):
        terminal = Terminal([*guide_cmd, "--lang", "nl"], env)
        terminal.wait_for(nl["app-title"], below_row=1)
        terminal.settle()
        before = terminal.looks()
        pressed = terminal.press(DOWN)
        highlight.append(terminal.wait_for_change(before) - pressed)
        terminal.settle()
        terminal.press(b"\x1b[A")  # back to the first item: the urgent page
        terminal.settle()
        title = guide.find("urgent", "nl").entry.title
        pressed = terminal.press(ENTER)
        page_open.append(terminal.wait_for(f"› {title}") - pressed)  # in the breadcrumb: the page is up
        terminal.settle(0.1)
        terminal.quit()

    print("\n| `guide-tui check` | median | min |")
    print("|---|---|---|")
    for scale, measured in check_times.items():
        print(f"| {scale}x content | {statistics.median(measured) * 1000:.0f} ms | {min(measured) * 1000:.0f} ms |")
    print("\n| key to screen (`--lang nl`) | median | min |")
    print("|---|---|---|")
    print(
        f"| move the highlight (Down) | {statistics.median(highlight) * 1000:.0f} ms | {min(highlight) * 1000:.0f} ms |"
    )
    print(f"| open a page (Enter) | {statistics.median(page_open) * 1000:.0f} ms | {min(page_open) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
