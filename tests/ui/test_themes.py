"""Every text colour pair of the guide's own themes is readable: at least 4.5:1 (WCAG AA)."""

from typing import Dict

import pytest
from textual.color import Color

from guide_tui.ui.themes import GUIDE_THEMES, THEME_ORDER, next_theme

# (text, background) as guide.tcss and Textual's widgets use them.
PAIRS = [
    ("foreground", "background"),
    ("text", "background"),
    ("text-muted", "background"),
    ("text-muted", "panel"),  # breadcrumb
    ("accent", "background"),  # titles
    ("error", "background"),  # emergency titles
    ("success", "background"),  # progress
    ("warning", "background"),  # "may be out of date"
    ("text", "error"),  # the quick-exit button
    ("text", "warning 20%"),  # the fallback notice
    ("block-cursor-foreground", "block-cursor-background"),  # the highlighted option
    ("footer-key-foreground", "footer-background"),
    ("footer-description-foreground", "footer-background"),
]


def luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def resolve(variables: Dict[str, str], name: str, under: Color) -> Color:
    """A theme variable as drawn over `under`: "auto 87%" and "warning 20%" blended."""
    value = variables.get(name, name)
    amount = 1.0
    if value.endswith("%"):
        value, percent = value.rsplit(" ", 1)
        amount = float(percent[:-1]) / 100
    if value == "auto":
        color = under.get_contrast_text(1.0)
    else:
        color = Color.parse(variables.get(value, value))
    return under.blend(color.with_alpha(1.0), amount * color.a)


@pytest.mark.parametrize("name", list(GUIDE_THEMES))
def test_every_text_pair_reaches_4_5_to_1(name):
    variables = GUIDE_THEMES[name].to_color_system().generate()
    page = Color.parse(variables["background"])
    low = []
    for text, background in PAIRS:
        under = resolve(variables, background, page)
        ratio = contrast(resolve(variables, text, under), under)
        if ratio < 4.5:
            low.append(f"{text} on {background}: {ratio:.2f}")
    assert low == []


def test_f2_cycles_through_every_theme_and_back():
    seen = [THEME_ORDER[0]]
    while len(seen) <= len(THEME_ORDER):
        seen.append(next_theme(seen[-1]))
    assert seen[:-1] == list(THEME_ORDER) and seen[-1] == THEME_ORDER[0]
    assert next_theme("a-theme-from-an-old-settings-file") == THEME_ORDER[0]
