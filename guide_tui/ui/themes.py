"""The guide's colour themes, cycled with F2: dark, light (for projectors), high contrast, and
the terminal's own colours. Every text colour pair in the first three reaches at least 4.5:1
(tests/ui/test_themes.py computes it); the terminal's own palette is the terminal's business."""

from __future__ import annotations

from typing import Dict, Tuple

from textual.theme import Theme

GUIDE_THEMES: Dict[str, Theme] = {
    theme.name: theme
    for theme in (
        Theme(
            name="guide-dark",
            dark=True,
            background="#101418",
            surface="#1a2027",
            panel="#232b33",
            foreground="#e6e6e6",
            primary="#1f5fbf",
            secondary="#2f6fa8",
            accent="#ffb454",
            warning="#ffb454",
            error="#ff7b7b",
            success="#6fdc8c",
            variables={"text-muted": "#b4b4b4", "footer-key-foreground": "#ffb454"},
        ),
        Theme(
            name="guide-light",
            dark=False,
            background="#ffffff",
            surface="#f3f3f3",
            panel="#e8e8e8",
            foreground="#1a1a1a",
            primary="#0b4f9c",
            secondary="#0b4f9c",
            accent="#8f3f00",
            warning="#8f3f00",
            error="#b3261e",
            success="#1d6b34",
            variables={"text-muted": "#4f4f4f", "footer-key-foreground": "#8f3f00"},
        ),
        Theme(
            name="guide-contrast",
            dark=True,
            background="#000000",
            surface="#000000",
            panel="#1a1a1a",
            foreground="#ffffff",
            primary="#ffff00",
            secondary="#00ffff",
            accent="#ffff00",
            warning="#ffff00",
            error="#ff6060",
            success="#00ff66",
            variables={"text-muted": "#e0e0e0", "footer-key-foreground": "#ffff00"},
        ),
    )
}
TERMINAL_THEME = "ansi-dark"  # Textual's theme that uses the terminal's own palette
THEME_ORDER: Tuple[str, ...] = (*GUIDE_THEMES, TERMINAL_THEME)
DEFAULT_THEME = THEME_ORDER[0]


def next_theme(current: str) -> str:
    """The theme after `current` in F2's cycle."""
    index = THEME_ORDER.index(current) if current in THEME_ORDER else -1
    return THEME_ORDER[(index + 1) % len(THEME_ORDER)]
