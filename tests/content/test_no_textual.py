"""The content layer and `guide-tui check` never import Textual (fast start, no terminal needed)."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import contextlib, io, json, sys
    import guide_tui.content
    import guide_tui.cli
    from guide_tui.content import bundled_content, load_guide
    guide = load_guide(bundled_content())
    problems = guide.load_all()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = guide_tui.cli.main(["check", str(bundled_content())])
    textual = sorted(name for name in sys.modules if name == "textual" or name.startswith("textual."))
    print(json.dumps({"code": code, "textual": textual, "languages": guide.language_codes,
                      "entries": len(guide.content(guide.default_language).entries),
                      "summary": out.getvalue().splitlines()[-1]}))
""")


def test_content_and_check_do_not_import_textual():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=str(REPO), timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["textual"] == []
    # It really did the work: languages found, entries loaded, check ran to its summary.
    assert report["languages"]
    assert report["entries"] > 0
    assert report["code"] in (0, 1)
    assert report["summary"].startswith(("ok:", "FAILED:"))
