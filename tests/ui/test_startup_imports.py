"""Start-up imports only what the first screens need: the Markdown widget and its parser come
with the first page (they cost start-up time on old school computers)."""

import subprocess
import sys

FIRST_SCREENS = "import guide_tui.cli, guide_tui.ui.app, guide_tui.ui.kind_screens, guide_tui.ui.screens.language"


def test_the_first_screens_do_not_import_markdown():
    probe = f"import sys; {FIRST_SCREENS}; print(sorted(m for m in sys.modules if m.startswith(('markdown_it', 'textual.widgets._markdown'))))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
