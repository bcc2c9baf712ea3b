"""A problem found in content: where it is and what a volunteer should do about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path
    line: Optional[int]
    column: Optional[int]
    severity: str
    message: str
    hint: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def format(self, relative_to: Optional[Path] = None) -> str:
        """`PATH:LINE:COL: severity: message`, as compilers print it."""
        path = self.path
        if relative_to is not None:
            try:
                path = path.relative_to(relative_to)
            except ValueError:
                pass
        where = str(path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text
