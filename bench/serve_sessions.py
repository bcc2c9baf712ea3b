"""How many browser sessions `guide-tui serve` holds on this machine with each answering a key
within a second (a class is about 30).

    python bench/serve_sessions.py [--counts 1,10,20,30,40]

For each count: starts the server, opens that many sessions as a browser would (websocket,
80x24), waits until every guide is up and quiet, then presses Down in all of them at once and
times the first screen update of each. Prints the median and the slowest per count. Needs the
'serve' extra. Not a test, not run by CI.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import time
from typing import List

import aiohttp

QUIET = 1.0  # seconds without output: the guide is up
START_TIMEOUT = 120.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_quiet(ws: aiohttp.ClientWebSocketResponse) -> None:
    """Read until the session has sent something and then nothing for QUIET seconds."""
    seen = False
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        try:
            await asyncio.wait_for(ws.receive(), timeout=QUIET)
            seen = True
        except asyncio.TimeoutError:
            if seen:
                return
    raise TimeoutError("a session never started")


async def key_latency(ws: aiohttp.ClientWebSocketResponse) -> float:
    started = time.perf_counter()
    await ws.send_json(["stdin", "\x1b[B"])
    await ws.receive()
    return time.perf_counter() - started


async def measure(port: int, count: int) -> List[float]:
    async with aiohttp.ClientSession() as client:
        sockets = [await client.ws_connect(f"http://127.0.0.1:{port}/ws") for _ in range(count)]
        for ws in sockets:
            await ws.send_json(["resize", {"width": 80, "height": 24}])
        await asyncio.gather(*(wait_quiet(ws) for ws in sockets))
        latencies = await asyncio.gather(*(key_latency(ws) for ws in sockets))
        for ws in sockets:
            await ws.close()
        return list(latencies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="1,10,20,30,40")
    counts = [int(c) for c in parser.parse_args().counts.split(",")]
    print(f"Measured {time.strftime('%Y-%m-%d')} with `python bench/serve_sessions.py`.\n")
    print("| sessions | key to screen, median | slowest |")
    print("|---|---|---|")
    for count in counts:
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "guide_tui", "serve", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            latencies = asyncio.run(measure(port, count))
        finally:
            server.terminate()
            server.wait(timeout=30)
        print(
            f"| {count} | {statistics.median(latencies) * 1000:.0f} ms | {max(latencies) * 1000:.0f} ms |", flush=True
        )


if __name__ == "__main__":
    main()
