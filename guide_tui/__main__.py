from guide_tui.cli import entry

entry()
