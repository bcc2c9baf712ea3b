"""The content layer: TOML files in, a model and a list of problems out. Never imports Textual."""

from .guide import CONTENT_ENV, Guide, bundled_content, default_content_dir, load_guide
from .problems import ERROR, WARNING, Problem

__all__ = [
    "CONTENT_ENV",
    "Guide",
    "Problem",
    "ERROR",
    "WARNING",
    "bundled_content",
    "default_content_dir",
    "load_guide",
]
