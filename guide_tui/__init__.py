"""guide-tui: an offline terminal guide on online manipulation, privacy settings and help."""

__version__ = "0.1.0"
