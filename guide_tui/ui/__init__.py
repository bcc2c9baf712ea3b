"""The Textual app. Screens receive model objects from guide_tui.content; they never read files."""
