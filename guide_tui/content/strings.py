"""Interface strings for one language, with `{placeholders}` filled in. No Textual here, so a
plain-text mode or an export can word things exactly as the app does."""

from __future__ import annotations

from typing import Any, Dict


class _KeepUnknown(Dict[str, str]):
    """Leaves `{unknown}` placeholders as they are instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Strings(Dict[str, str]):
    """The strings of one language (a dict of key -> text), and `t()` to use them."""

    def t(self, key: str, **values: Any) -> str:
        """The string `key` (the key itself when unknown), with `{placeholders}` filled."""
        text = self.get(key, key)
        if not values:
            return text
        try:
            return text.format_map(_KeepUnknown({k: str(v) for k, v in values.items()}))
        except (ValueError, IndexError):
            return text
