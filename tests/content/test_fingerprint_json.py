"""A translation's fingerprint is the hash of what `dataclasses.asdict` gives, as JSON: the
encoder's hook for dataclasses (validate._as_json) changes no fingerprint already stored."""

import hashlib
import json
from dataclasses import asdict

from guide_tui.content import load_guide
from guide_tui.content.guide import bundled_content
from guide_tui.content.validate import NOT_TRANSLATED, fingerprint

from ..conftest import MINI


def _as_asdict(entry):
    fields = {key: value for key, value in asdict(entry).items() if key not in NOT_TRANSLATED}
    text = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def test_every_entry_as_asdict():
    compared = 0
    for root in (bundled_content(), MINI):
        guide = load_guide(root)
        for code in guide.language_codes:
            content = guide.content(code)
            for entry_id in content.unresolved:
                entry = content.unresolved[entry_id]
                assert fingerprint(entry) == _as_asdict(entry), (code, entry_id)
                compared += 1
    assert compared > 100
