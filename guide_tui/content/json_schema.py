"""A JSON Schema of content files, made from the keys in schema.py and kinds.py.

Editors with TOML support (taplo, Even Better TOML in VS Code) read it to complete keys and
flag a mistake while a volunteer types. `guide-tui schema -o content/guide-content.schema.json`
writes it; a test keeps the copy in the repository equal to what this module makes.

It covers every kind of entry (chosen by `kind`) and strings.toml; guide.toml is left out.
It follows `guide-tui check` (never stricter): only `check` sees across files (links, ids,
translations), so the editor catches the slips within one file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

from .interface import DEFAULT_STRINGS
from .kinds import KINDS
from .schema import FORMAT_VERSION, SHAPES, Checker, Keys

FILE_NAME = "guide-content.schema.json"
DRAFT = "http://json-schema.org/draft-07/schema#"
Schema = Dict[str, Any]


def _anchored(pattern: str) -> str:
    """schema.py matches whole values (fullmatch); JSON Schema patterns match anywhere."""
    return f"^(?:{pattern})$"


def _any_case(word: str) -> str:
    """`mon` -> `[mM][oO][nN]`: JSON Schema patterns have no flag for ignoring case."""
    return "".join(f"[{c}{c.upper()}]" if c.isalpha() else c for c in word)


def shape(checker: Checker) -> Schema:
    """The JSON Schema of what `checker` accepts."""
    if checker not in SHAPES:  # a new checker in schema.py: say there what it accepts
        raise ValueError(f"schema.SHAPES has no entry for the checker {checker.__name__!r}")
    name, detail = SHAPES[checker]
    if name == "text":
        return {"type": "string"}
    if name == "pattern":
        return {"type": "string", "pattern": _anchored(detail)}
    if name == "boolean":
        return {"type": "boolean"}
    if name == "whole number":
        return {"type": "integer"}
    if name == "date":
        return {"type": "string", "format": "date"}  # taplo takes a TOML date for one
    if name == "one of":
        return {"type": "string", "enum": list(detail)}
    if name in ("list", "unique list"):
        found: Schema = {"type": "array", "items": shape(detail)}
        if name == "unique list":
            found["uniqueItems"] = True
        return found
    if name == "table":
        return table(detail)
    if name == "days":
        day = "|".join(_any_case(d) for d in detail)
        one = {"type": "string", "pattern": f"^(?:{day})(?:-(?:{day}))?$"}
        return {"anyOf": [one, {"type": "array", "items": one}]}
    if name == "hours":
        return {"anyOf": [{"type": "string", "enum": ["24/7", "always"]}, shape(detail)]}
    raise ValueError(f"no JSON Schema for the shape {name!r}")  # a new shape: add it above


def table(keys: Keys, fixed: Optional[Schema] = None) -> Schema:
    """A table with these keys (name -> (checker, required)); others are flagged."""
    properties = {name: shape(checker) for name, (checker, _required) in keys.items()}
    properties.update(fixed or {})
    found: Schema = {"type": "object", "properties": properties, "additionalProperties": False}
    required = [name for name, (_checker, needed) in keys.items() if needed]
    if required:
        found["required"] = required
    return found


def content_schema() -> Schema:
    kinds: List[Schema] = [
        {
            "if": {"required": ["kind"], "properties": {"kind": {"const": name}}},
            "then": {"$ref": f"#/definitions/{name}"},
        }
        for name in KINDS
    ]
    fixed = {"format": {"const": FORMAT_VERSION}}  # guide.toml states it; a file may repeat it
    definitions = {name: table(kind.keys, {**fixed, "kind": {"const": name}}) for name, kind in KINDS.items()}
    definitions["strings"] = {
        "type": "object",
        "properties": {
            **fixed,
            "strings": {
                "type": "object",
                "properties": {key: {"type": "string"} for key in DEFAULT_STRINGS},
                "additionalProperties": False,
            },
        },
        "additionalProperties": False,
    }
    return {
        "$schema": DRAFT,
        "title": "guide-tui content file",
        "description": "Made by 'guide-tui schema' from guide-tui's own checks; do not edit. See README.md.",
        "type": "object",
        "if": {"required": ["strings"]},
        "then": {"$ref": "#/definitions/strings"},
        "else": {
            "required": ["kind"],
            "properties": {"kind": {"type": "string", "enum": list(KINDS)}},
            "allOf": kinds,
        },
        "definitions": definitions,
    }


def schema_text() -> str:
    """The schema as the file in the repository holds it."""
    return json.dumps(content_schema(), indent=2, ensure_ascii=True) + "\n"


def command(argv: List[str]) -> int:
    """`guide-tui schema [-o FILE]`."""
    parser = argparse.ArgumentParser(
        prog="guide-tui schema",
        description="Print the JSON Schema of content files, for editors that complete and check TOML "
        f"(taplo, Even Better TOML). The content folder keeps a copy: {FILE_NAME}.",
    )
    parser.add_argument("-o", "--output", metavar="FILE", type=Path, help="write it to FILE instead")
    options = parser.parse_args(argv)
    text = schema_text()
    if options.output is None:
        sys.stdout.write(text)
        return 0
    try:
        options.output.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"guide-tui schema: cannot write {options.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {options.output}")
    return 0
