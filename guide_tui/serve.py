"""`guide-tui serve`: the guide in a web browser, for projectors and Chromebooks.

Each browser tab runs its own guide process (`--browser-session`) that writes nothing, as in a
kiosk, but can be closed. Needs the optional extra: pip install "guide-tui[serve]".
The page loads nothing from the internet: textual-serve's page template asks Google for a font,
so the guide serves a copy of that template without it.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
import tempfile
from pathlib import Path
from typing import List

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
EXTERNAL_LINK = re.compile(r"<link[^>]*https?://[^>]*>\s*", re.S)


def offline_templates(folder: Path) -> Path:
    """textual-serve's templates, copied into `folder` without links to other sites."""
    import textual_serve

    source = Path(textual_serve.__file__).parent / "templates"
    for template in source.glob("*.html"):
        text = EXTERNAL_LINK.sub("", template.read_text(encoding="utf-8"))
        (folder / template.name).write_text(text, encoding="utf-8")
    return folder


def serve(host: str, port: int, run_options: List[str]) -> int:
    try:
        from textual_serve.server import Server
    except ImportError:
        print('guide-tui serve needs textual-serve: pip install "guide-tui[serve]"', file=sys.stderr)
        return 2
    if host not in LOCAL_HOSTS:
        print(
            f"guide-tui serve: listening on {host}: anyone on that network can open the guide "
            "(nothing personal is stored)."
        )
    command = shlex.join([sys.executable, "-m", "guide_tui", "--browser-session", *run_options])
    folder = Path(tempfile.mkdtemp(prefix="guide-tui-serve-"))
    try:
        server = Server(command, host=host, port=port, title="guide-tui", templates_path=offline_templates(folder))
        server.serve()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0
