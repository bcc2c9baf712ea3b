"""Links between pages inside Markdown bodies: `[text](page:ID)`."""

from __future__ import annotations

import re
from typing import List

PAGE_SCHEME = "page:"
_LINK = re.compile(r"\]\(\s*page:([A-Za-z0-9_\-]+)\s*\)")


def page_links(markdown: str) -> List[str]:
    return _LINK.findall(markdown)
