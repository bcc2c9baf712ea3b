"""Interface strings for one language, with `{placeholders}` filled in. No Textual here, so a
plain-text mode or an export can word things exactly as the app does."""

from __future__ import annotations

import re
import string
from typing import Any, Dict, Optional

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


class _KeepUnknown(Dict[str, str]):
    """Leaves `{unknown}` placeholders as they are instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholder_problem(text: str) -> Optional[str]:
    """Why `text` is not safe to fill in, or None. Only plain `{name}` placeholders are allowed
    (and `{{`/`}}` for braces): a format spec such as `{done:>2000000000}` would make Python
    build a string of two billion spaces, and `{x.attr}` or `{x[0]}` would look inside values."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError as error:
        return f"braces do not match ({error}); write {{{{ and }}}} for a brace itself"
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if not _NAME.fullmatch(name):
            return f"placeholder {{{name}}} must be a plain name such as {{count}}"
        if spec or conversion:
            return f"placeholder {{{name}}} may not have a format (':' or '!'); write {{{name}}} only"
    return None


class Strings(Dict[str, str]):
    """The strings of one language (a dict of key -> text), and `t()` to use them."""

    def t(self, key: str, **values: Any) -> str:
        """The string `key` (the key itself when unknown), with `{placeholders}` filled."""
        text = self.get(key, key)
        if not values or placeholder_problem(text) is not None:
            return text
        try:
            return text.format_map(_KeepUnknown({k: str(v) for k, v in values.items()}))
        except (ValueError, IndexError):
            return text
