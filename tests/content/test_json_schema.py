"""The JSON Schema for editors (content/guide-content.schema.json): made from schema.py, never
stale, and it accepts every bundled file while flagging the slips `check` reports in one file.

jsonschema is not a dependency, so `validate` below is a small validator for exactly the
keywords the generator writes; a test fails if the generator starts writing another one.
"""

import datetime as dt
import re
import sys
from pathlib import Path

import pytest

from guide_tui.cli import main
from guide_tui.content.json_schema import FILE_NAME, content_schema, schema_text, shape
from guide_tui.content.kinds import KINDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
KEYWORDS = {
    "$schema", "title", "description", "definitions", "$ref", "type", "properties", "additionalProperties",
    "required", "items", "uniqueItems", "enum", "const", "pattern", "format", "anyOf", "allOf", "if", "then", "else",
}  # fmt: skip
TYPES = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool}


def validate(value, schema, root, where="") -> list:
    """The places where `value` does not fit `schema` (empty when it fits)."""
    if "$ref" in schema:
        return validate(value, root["definitions"][schema["$ref"].rsplit("/", 1)[1]], root, where)
    errors = []
    wanted = schema.get("type")
    if wanted and (not isinstance(value, TYPES[wanted]) or (wanted == "integer" and isinstance(value, bool))):
        return [f"{where}: not {wanted}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not in enum")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{where}: {value!r} does not match")
    if schema.get("format") == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            errors.append(f"{where}: {value!r} is not a date")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        errors += [f"{where}.{key}: required" for key in schema.get("required", []) if key not in value]
        for key, item in value.items():
            if key in properties:
                errors += validate(item, properties[key], root, f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}.{key}: not allowed")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += validate(item, schema["items"], root, f"{where}[{index}]")
        if schema.get("uniqueItems") and len(set(map(repr, value))) < len(value):
            errors.append(f"{where}: repeated items")
    if "anyOf" in schema and all(validate(value, option, root, where) for option in schema["anyOf"]):
        errors.append(f"{where}: fits none of anyOf")
    for part in schema.get("allOf", []):
        errors += validate(value, part, root, where)
    if "if" in schema:
        branch = "then" if not validate(value, schema["if"], root, where) else "else"
        errors += validate(value, schema.get(branch, {}), root, where)
    return errors


def as_json(value):
    """TOML data as an editor hands it to the schema: dates become text."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value.isoformat() if isinstance(value, (dt.date, dt.time)) else value


def problems(text: str) -> list:
    schema = content_schema()
    return validate(as_json(tomllib.loads(text)), schema, schema)


def test_the_copy_in_the_content_folder_is_up_to_date():
    """If this fails, run: guide-tui schema -o content/guide-content.schema.json"""
    assert (CONTENT / FILE_NAME).read_text(encoding="utf-8") == schema_text()


def test_the_command_prints_and_writes_the_schema(tmp_path, capsys):
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == schema_text()
    assert main(["schema", "-o", str(tmp_path / FILE_NAME)]) == 0
    assert (tmp_path / FILE_NAME).read_text(encoding="utf-8") == schema_text()
    assert main(["schema", "-o", str(tmp_path / "missing" / FILE_NAME)]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_the_schema_uses_only_keywords_the_validator_here_knows():
    def keywords(node, inside_properties=False):
        if isinstance(node, dict):
            for key, item in node.items():
                if not inside_properties and key != "definitions":
                    yield key
                yield from keywords(item, key in ("properties", "definitions") and not inside_properties)
        elif isinstance(node, list):
            for item in node:
                yield from keywords(item)

    assert set(keywords(content_schema())) <= KEYWORDS


def test_every_kind_has_its_definition():
    assert set(content_schema()["definitions"]) == set(KINDS) | {"strings"}


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_bundled_file_fits(language):
    misfits = {}
    for path in sorted((CONTENT / language).rglob("*.toml")):
        found = problems(path.read_text(encoding="utf-8"))
        if found:
            misfits[str(path.relative_to(CONTENT))] = found
    assert misfits == {}


PAGE = 'kind = "page"\nid = "a-page"\ntitle = "A page"\nbody = """\nText.\n"""\n'


@pytest.mark.parametrize(
    "text, expected",
    [
        (PAGE, []),
        ("format = 1\n" + PAGE, []),
        ("format = 2\n" + PAGE, [".format: not 1"]),
        (PAGE.replace("title", "titel"), [".title: required", ".titel: not allowed"]),
        (PAGE.replace('"page"', '"pgae"'), [".kind: 'pgae' not in enum"]),
        (PAGE.replace('kind = "page"\n', ""), [".kind: required"]),
        (PAGE.replace('"a-page"', '"A_Page"'), [".id: 'A_Page' does not match"]),
        (PAGE + 'reviewed = "2026-11-31"\n', [".reviewed: '2026-11-31' is not a date"]),
        (PAGE + "reviewed = 2026-11-28\n", []),
        (
            'kind = "help"\nid = "h"\ntitle = "H"\nsummary = "S"\nregions = ["ghent"]\ntopics = ["x"]\n'
            '[[channels]]\nkind = "fax"\nvalue = "1"\n[[channels]]\nkind = "phone"\nvalue = "2"\n'
            '[[channels.hours]]\ndays = "Mon-fri"\nfrom = "9:00"\nto = "17:00"\n',
            [".regions[0]: 'ghent' not in enum", ".channels[0].kind: 'fax' not in enum",
             ".channels[1].hours: fits none of anyOf"],
        ),
        ('kind = "menu"\nid = "m"\ntitle = "M"\nitems = ["a", "a"]\n', [".items: repeated items"]),
        ('[strings]\nback = "Terug"\n', []),
        ('[strings]\nbakc = "Terug"\n', [".strings.bakc: not allowed"]),
    ],
)  # fmt: skip
def test_the_schema_flags_what_check_flags(text, expected):
    assert sorted(problems(text)) == sorted(expected)


def test_a_checker_without_a_shape_is_named():
    def postcode(file, path, value):
        return value

    with pytest.raises(ValueError, match="no entry for the checker 'postcode'"):
        shape(postcode)
