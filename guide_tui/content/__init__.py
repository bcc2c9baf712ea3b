"""The content layer: TOML files in, a model and a list of problems out. Never imports Textual."""

from .guide import CONTENT_ENV, Guide, bundled_content, default_content_dir, load_guide
from .layers import LOCAL_ENV, local_content_dir
from .problems import ERROR, WARNING, Problem

__all__ = [
    "CONTENT_ENV",
    "LOCAL_ENV",
    "Guide",
    "Problem",
    "ERROR",
    "WARNING",
    "bundled_content",
    "default_content_dir",
    "load_guide",
    "local_content_dir",
]
