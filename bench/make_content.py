"""Synthetic content for the benchmark: the bundled guide, plus (scale - 1) copies of every page,
help entry and scenario in every language under new ids, so start-up and `check` can be
measured at 1x, 10x and 100x the content.

    python bench/make_content.py FOLDER SCALE
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from guide_tui.content import bundled_content  # noqa: E402

COPIED_KINDS = re.compile(r'^kind = "(page|help|scenario)"', re.M)


def make_content(folder: Path, scale: int) -> Path:
    """`folder` holding the bundled content and its synthetic copies; returns `folder`."""
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(bundled_content(), folder)
    for language in [p for p in folder.iterdir() if p.is_dir()]:
        originals = [p for p in language.rglob("*.toml") if COPIED_KINDS.search(p.read_text(encoding="utf-8"))]
        synthetic = language / "synthetic"
        synthetic.mkdir()
        for copy in range(1, scale):
            for original in originals:
                text = original.read_text(encoding="utf-8")
                new_id = f"{original.stem}-copy{copy}"
                text = re.sub(r'^id = "[^"]+"', f'id = "{new_id}"', text, count=1, flags=re.M)
                (synthetic / f"{new_id}.toml").write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    print(make_content(Path(sys.argv[1]), int(sys.argv[2])))
