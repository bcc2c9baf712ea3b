"""The broken corpus's table: what each file in tests/fixtures/broken/en/bad/ must produce.

Shared by the corpus tests and the `guide-tui check` tests.
"""

from guide_tui.content import ERROR, WARNING

from ..conftest import BROKEN

BAD = BROKEN / "en" / "bad"

# file name -> (severity, line, substring of the message)
EXPECTED = {
    "toml_syntax_error.toml": (ERROR, 4, "this text has no closing quote"),
    "wrong_type.toml": (ERROR, 4, "'title' must be text in quotes, not a whole number"),
    "missing_required_key.toml": (ERROR, 1, "missing required key 'body'"),
    "format_as_text.toml": (ERROR, 1, "uses format '1'"),
    "wrong_format_version.toml": (ERROR, 2, "uses format 2"),
    "unknown_kind.toml": (ERROR, 2, "unknown kind 'pgae'"),
    "unknown_key.toml": (WARNING, 6, "unknown key 'titel'"),
    "duplicate_id.toml": (ERROR, 4, "duplicate id 'bad-reviewed-date'"),
    "menu_missing_id.toml": (ERROR, 6, "links to 'does-not-exist', which does not exist"),
    "page_link_missing_id.toml": (ERROR, 6, "links to 'missing', which does not exist"),
    "textual_markup.toml": (WARNING, 5, "looks like Textual markup"),
    "escape_code.toml": (WARNING, 4, "control characters"),
    "invalid_utf8.toml": (ERROR, 3, "not valid UTF-8"),
    "empty_file.toml": (ERROR, 1, "the file is empty"),
    "whitespace_only.toml": (ERROR, 1, "the file is empty"),
    "bad_id_characters.toml": (ERROR, 3, "id 'Bad_ID!' may only use"),
    "bad_reviewed_date.toml": (ERROR, 5, "'reviewed' must be a date"),
    "bad_channel_kind.toml": (ERROR, 10, "'fax' is not one of"),
    "bad_hours_time.toml": (ERROR, 16, "time '25:00' must be written as HH:MM"),
    "bad_region.toml": (ERROR, 7, "'ghent' is not one of"),
    "list_instead_of_text.toml": (ERROR, 5, "'body' must be text in quotes, not a list"),
    "kind_not_text.toml": (ERROR, 2, "unknown kind"),  # once a TypeError traceback
    "format_not_a_number.toml": (ERROR, 1, "uses format True"),  # true == 1 in Python
    # Interactive kinds: the self-check tree, scenarios, checklists.
    "selfcheck_missing_target.toml": (ERROR, 14, "points to 'nowhere', which does not exist"),
    "selfcheck_dead_end.toml": (ERROR, 10, "is a dead end: it has no answers"),
    "selfcheck_unreachable.toml": (WARNING, 22, "node 'forgotten' cannot be reached"),
    "selfcheck_loop.toml": (ERROR, 8, "no path leads to advice"),
    "selfcheck_no_unsure.toml": (ERROR, 9, 'has no "I\'m not sure" answer'),
    "selfcheck_missing_start.toml": (ERROR, 5, "start node 'begin' does not exist"),
    "scenario_one_choice.toml": (ERROR, 15, "needs at least 2 [[choices]]"),
    "checklist_outdated_step.toml": (WARNING, 9, "more than 12 months ago"),
    "checklist_duplicate_step.toml": (ERROR, 12, "duplicate step id 'private'"),
    # Lesson plans: every step exists, lasts, and the stated total adds up.
    "plan_missing_id.toml": (ERROR, 13, "links to 'no-such-page', which does not exist"),
    "plan_wrong_total.toml": (ERROR, 7, "the plan says minutes = 50, but its steps add up to 25 (10 + 15)"),
    "plan_zero_minutes.toml": (ERROR, 14, "step 'lock-account' must last at least 1 minute, not 0"),
}

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
]
# A case that needs another file next to it to show its problem.
NEEDS = {"duplicate_id.toml": ["bad_reviewed_date.toml"]}
