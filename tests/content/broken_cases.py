"""The broken corpus's table: what each file in tests/fixtures/broken/*/bad/ must produce.

Shared by the corpus tests and the `guide-tui check` tests. A case named after a row of the
usability review's table (../shared/reviews/ux-2026-11-28.md, V3) says so in `row`.
"""

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

from guide_tui.content import ERROR, WARNING

from ..conftest import BROKEN

BAD = BROKEN / "en" / "bad"


@dataclass(frozen=True)
class Case:
    severity: str
    line: int
    words: str  # found in the problem as printed: its message, hint and what else it causes
    row: str = ""  # the row of review V3's table this case reproduces


# path from the broken guide's folder -> the located problem it must produce
EXPECTED = {
    "en/bad/" + name: case
    for name, case in {
        "toml_syntax_error.toml": Case(ERROR, 4, "this text has no closing quote", "missing closing quote on one line"),
        "wrong_type.toml": Case(ERROR, 4, "'title' must be text in quotes, not a whole number"),
        "missing_required_key.toml": Case(ERROR, 1, "missing required key 'body'"),
        # A file may leave `format` out now (guide.toml states it once); one it states must be 1.
        "format_as_text.toml": Case(ERROR, 1, "uses format '1'", "no `format = 1`"),
        "wrong_format_version.toml": Case(ERROR, 2, "uses format 2"),
        "unknown_kind.toml": Case(ERROR, 2, "unknown kind 'pgae'"),
        "unknown_key.toml": Case(WARNING, 6, "unknown key 'titel'"),
        # An entry is found by its file name, so a copy that keeps the original's id is an error
        # of its own; two files of one name are duplicates (helpline.toml).
        "duplicate_id.toml": Case(ERROR, 4, "the id 'bad-reviewed-date' does not match the file name"),
        "helpline.toml": Case(
            ERROR,
            3,
            "duplicate id 'helpline': en/help/helpline.toml has it too and keeps it; this file is skipped "
            "because it was changed later",
        ),
        "menu_missing_id.toml": Case(ERROR, 6, "links to 'does-not-exist', which does not exist"),
        "page_link_missing_id.toml": Case(ERROR, 6, "links to 'missing', which does not exist"),
        "textual_markup.toml": Case(WARNING, 5, "looks like Textual markup"),
        "escape_code.toml": Case(WARNING, 4, "control characters"),
        "invalid_utf8.toml": Case(ERROR, 3, "not valid UTF-8"),
        "empty_file.toml": Case(ERROR, 1, "the file is empty"),
        "whitespace_only.toml": Case(ERROR, 1, "the file is empty"),
        "bad_id_characters.toml": Case(ERROR, 3, "id 'Bad_ID!' may only use"),
        "bad_reviewed_date.toml": Case(
            ERROR, 5, "'reviewed' must be a date", 'emergency = "nee", items = "urgent", reviewed = "28/11/2026"'
        ),
        "bad_channel_kind.toml": Case(ERROR, 10, "'fax' is not one of"),
        "bad_hours_time.toml": Case(ERROR, 16, "time '25:00' must be written as HH:MM"),
        "bad_region.toml": Case(ERROR, 7, "'ghent' is not one of"),
        "list_instead_of_text.toml": Case(ERROR, 5, "'body' must be text in quotes, not a list"),
        "kind_not_text.toml": Case(ERROR, 2, "unknown kind"),  # once a TypeError traceback
        "format_not_a_number.toml": Case(ERROR, 1, "uses format True"),  # true == 1 in Python
        # Interactive kinds: the self-check tree, scenarios, checklists.
        "selfcheck_missing_target.toml": Case(ERROR, 14, "points to 'nowhere', which does not exist"),
        "selfcheck_dead_end.toml": Case(ERROR, 10, "is a dead end: it has no answers"),
        "selfcheck_unreachable.toml": Case(WARNING, 22, "node 'forgotten' cannot be reached"),
        "selfcheck_loop.toml": Case(ERROR, 8, "no path leads to advice"),
        "selfcheck_no_unsure.toml": Case(ERROR, 9, 'has no "I\'m not sure" answer'),
        "selfcheck_missing_start.toml": Case(ERROR, 5, "start node 'begin' does not exist"),
        "scenario_one_choice.toml": Case(ERROR, 15, "needs at least 2 [[choices]]"),
        "checklist_outdated_step.toml": Case(WARNING, 9, "more than 12 months ago"),
        "checklist_duplicate_step.toml": Case(ERROR, 12, "duplicate step id 'private'"),
        # Lesson plans: every step exists, lasts, and the stated total adds up.
        "plan_missing_id.toml": Case(ERROR, 13, "links to 'no-such-page', which does not exist"),
        "plan_wrong_total.toml": Case(ERROR, 7, "the plan says minutes = 50, but its steps add up to 25 (10 + 15)"),
        "plan_zero_minutes.toml": Case(ERROR, 14, "step 'lock-account' must last at least 1 minute, not 0"),
        # A help card shows hours only on phone, chat and address channels.
        "channel_hours_not_shown.toml": Case(WARNING, 13, "a 'web' channel never shows its hours"),
        # Review V3, one case per row of its table.
        "v3_titel_for_title.toml": Case(
            WARNING, 4, "unknown key 'titel' is ignored (did you mean 'title'?)", "`titel =` for `title =`"
        ),
        "v3_curly_quotes.toml": Case(
            ERROR, 4, "curly quotes", "missing opening quote / Word smart quotes `“Child Focus”`"
        ),
        "v3_missing_opening_quote.toml": Case(ERROR, 4, "this text has no opening quote"),
        "v3_unclosed_body.toml": Case(
            ERROR, 5, 'a text that starts here with """ is never closed', 'missing closing `"""`'
        ),
        "v3_channels_heading.toml": Case(ERROR, 8, "this heading is not closed with ]]", "`[[channels]`"),
        "v3_key_set_twice.toml": Case(ERROR, 8, "'emergency' is set twice", "same key twice"),
        "v3_link_typo.toml": Case(
            ERROR,
            6,
            "links to 'groomin', which does not exist (did you mean 'grooming'?)",
            "`(page:keep-evidense)` and menu item `myths-and-fact`",
        ),
        "v3_menu_item_typo.toml": Case(ERROR, 5, "links to 'lock-acount', which does not exist (did you mean"),
        "v3_emergency_as_text.toml": Case(ERROR, 7, "'emergency' must be true or false, not text"),
        "v3_items_as_text.toml": Case(ERROR, 5, "'items' must be a list of ids"),
        "v3_days_as_a_word.toml": Case(
            ERROR, 13, "'maandag' is not a day or range of days", '`days = "maandag"`, `from = "14u"`'
        ),
        "v3_time_as_a_word.toml": Case(ERROR, 14, "time '14u' must be written as HH:MM"),
        "v3_region_typo.toml": Case(ERROR, 7, "did you mean 'brussels'?", '`regions = ["brussel"]`'),
        "v3_help_topic_typo.toml": Case(
            WARNING,
            6,
            "the topic 'listenning', so it never brings this service up (did you mean 'listening'?)",
            '`topics = ["sextorsion"]`, `languages = ["NL", "vlaams"]`',
        ),
        "v3_language_codes.toml": Case(WARNING, 7, "'vlaams' is not a language code"),
        "v3_id_not_the_file_name.toml": Case(
            ERROR, 3, "does not match the file name", '`id = "childfocus"` in `child-focus.toml`'
        ),
        "v3_helpline-copy.toml": Case(
            ERROR,
            3,
            "the id 'helpline' does not match the file name 'v3_helpline-copy.toml'",
            "copy `awel.toml` to `awel-copy.toml`, id unchanged",
        ),
        "v3_tab_at_line_start.toml": Case(
            WARNING, 8, "shown as code", 'tabs in `key\\t=\\t"value"` and inside body text'
        ),
        "v3_crlf_bom.toml": Case(WARNING, 5, "unknown key 'summery'", "CRLF line endings; UTF-8 BOM + CRLF (Notepad)"),
        "v3_utf16.toml": Case(ERROR, 1, "not valid UTF-8", "Latin-1 (ANSI) file with accents; UTF-16 file"),
    }.items()
}
# Cases in a translation: their knock-ons ("no nl translation") are folded into their error.
EXPECTED.update(
    {
        "nl/bad/selfcheck-unreachable.toml": Case(
            ERROR,
            14,
            "points to 'don', which does not exist (did you mean 'done'?); because of this, the nl translation "
            "of 'selfcheck-unreachable' is not shown",
            'self-check answer `next = "wat"`',
        ),
        "fr/bad/lock-account.toml": Case(
            ERROR,
            4,
            'no closing quote (end it with " before the end of the line); because of this, the fr '
            "translation of 'lock-account' is not shown (readers see the en text)",
        ),
    }
)

# Files that still load (their problem only drops a key or is a warning) -> their id.
STILL_LOADED = {
    "unknown_key.toml": "unknown-key",
    "menu_missing_id.toml": "menu-missing-id",
    "page_link_missing_id.toml": "page-link-missing-id",
    "textual_markup.toml": "textual-markup",
    "escape_code.toml": "escape-code",
    "bad_reviewed_date.toml": "bad-reviewed-date",
    "bad_hours_time.toml": "bad-hours-time",
    "selfcheck_unreachable.toml": "selfcheck-unreachable",
    "checklist_outdated_step.toml": "checklist-outdated-step",
    "plan_missing_id.toml": "plan-missing-id",
    "channel_hours_not_shown.toml": "channel-hours-not-shown",
    "v3_help_topic_typo.toml": "v3-help-topic-typo",
    "v3_tab_at_line_start.toml": "v3-tab-at-line-start",
    "v3_crlf_bom.toml": "v3-crlf-bom",
}
# Ids of files that must be skipped.
SKIPPED_IDS = [
    "toml-syntax-error",
    "wrong-type",
    "missing-required-key",
    "format-as-text",
    "wrong-format-version",
    "unknown-kind",
    "invalid-utf8",
    "bad-channel-kind",
    "bad-region",
    "list-instead-of-text",
    "kind-not-text",
    "format-not-a-number",
    "selfcheck-missing-target",
    "selfcheck-dead-end",
    "selfcheck-loop",
    "selfcheck-no-unsure",
    "selfcheck-missing-start",
    "scenario-one-choice",
    "checklist-duplicate-step",
    "plan-wrong-total",
    "plan-zero-minutes",
    "v3-titel-for-title",
    "v3-curly-quotes",
    "v3-unclosed-body",
    "v3-key-set-twice",
    "v3-emergency-as-text",
    "v3-days-as-a-word",
    "v3-utf16",
]
# A case that needs another file next to it to show its problem (none since an id is its file name).
NEEDS: Dict[str, List[str]] = {}
# Files changed after the rest (of two files of one name, the newer copy is blamed).
NEWER = ["en/bad/helpline.toml"]
CHANGED = 1_750_000_000  # when every other fixture file was last changed, as the tests see it


def set_times(root: Path) -> None:
    """Every file of a copied guide changed at CHANGED, the NEWER ones an hour later, so which
    copy of a duplicate is newer never depends on when the repository was checked out."""
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (CHANGED, CHANGED))
    for name in NEWER:
        if (root / name).exists():
            os.utime(root / name, (CHANGED + 3600, CHANGED + 3600))


def broken_copy(folder: Path) -> Path:
    """A copy of the broken guide under `folder`, with its files' times set."""
    root = folder / "broken"
    shutil.copytree(BROKEN, root)
    set_times(root)
    return root
