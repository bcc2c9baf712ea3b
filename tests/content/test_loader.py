"""Loading content: fallbacks, paths, opening hours, cleaned text and broken manifests."""

import datetime as dt

import pytest

from guide_tui.content import ERROR, load_guide
from guide_tui.content.interface import DEFAULT_STRINGS
from guide_tui.content.kinds import KINDS
from guide_tui.content.model import ALWAYS, Channel, Entry, HelpEntry, Menu, Page

from ..conftest import BROKEN, MINI


@pytest.fixture
def guide():
    return load_guide(MINI)


@pytest.fixture
def copy(mini_copy):
    return mini_copy


def test_manifest(guide):
    assert guide.language_codes == ["nl", "fr", "en"]
    assert guide.default_language == "en"
    assert guide.home == "home"
    assert guide.language_name("fr") == "Français"
    assert guide.problems == []


def test_page_missing_in_fr_falls_back_to_en(guide):
    found = guide.find("lock-account", "fr")
    assert found is not None
    assert found.fallback is True
    assert found.entry.lang == "en"
    assert found.entry.title == "Lock your account"
    own = guide.find("grooming", "fr")
    assert own.fallback is False and own.entry.lang == "fr"
    assert guide.find("lock-account", "nl").fallback is False
    assert guide.find("no-such-page", "fr") is None
    assert guide.find("no-such-page", "en") is None


def test_strings_fall_back_to_default_language_then_built_in(guide):
    fr = guide.strings("fr")
    assert fr["back"] == "Retour (mini)"
    assert fr["quit"] == "Quit (mini)"  # missing in fr: from en/strings.toml
    assert fr["home"] == DEFAULT_STRINGS["home"]  # missing everywhere: built-in English
    assert guide.strings("nl")["quit"] == "Stoppen (mini)"
    assert guide.strings("en")["back"] == "Back (mini)"
    assert set(fr) == set(DEFAULT_STRINGS)


def test_path_to_nested_page(guide):
    assert guide.path_to("grooming", "en") == ["home", "recognise", "grooming"]
    assert guide.path_to("lock-account", "fr") == ["home", "privacy", "lock-account"]
    assert guide.path_to("helpline", "nl") == ["home", "help", "helpline"]
    assert guide.path_to("home", "en") == ["home"]


def test_loaded_kinds(guide):
    en = guide.content("en").entries
    assert isinstance(en["home"], Menu)
    assert isinstance(en["grooming"], Page)
    assert isinstance(en["helpline"], HelpEntry)
    assert en["grooming"].reviewed == dt.date(2026, 1, 15)
    assert en["grooming"].sources[0].url == "example.org/grooming"
    assert en["grooming"].links() == ["lock-account"]


def test_channel_open_24_7(guide):
    phone = guide.find("helpline", "en").entry.channels[0]
    assert phone.kind == "phone" and phone.hours == ALWAYS
    for when in (dt.datetime(2026, 1, 5, 3, 0), dt.datetime(2026, 1, 10, 23, 59), dt.datetime(2026, 1, 11, 0, 0)):
        assert phone.is_open(when) is True


def test_channel_with_slots(guide):
    chat = guide.find("helpline", "en").entry.channels[1]
    assert chat.kind == "chat"
    assert isinstance(chat.hours, tuple) and len(chat.hours) == 2
    monday = dt.datetime(2026, 1, 5)
    assert monday.weekday() == 0

    def at(day_offset, hour, minute=0):
        return chat.is_open(monday + dt.timedelta(days=day_offset, hours=hour, minutes=minute))

    assert at(0, 19) is True  # mon-fri 18:00-23:00
    assert at(0, 17, 59) is False
    assert at(0, 18) is True  # from is inclusive
    assert at(0, 23) is False  # to is exclusive
    assert at(1, 15, 30) is False  # Tuesday afternoon: only the evening slot
    assert at(2, 15, 30) is True  # Wednesday: wed/sun 15:00-24:00
    assert at(2, 23, 30) is True
    assert at(5, 19) is False  # Saturday: closed
    assert at(6, 16) is True  # Sunday
    assert at(6, 23, 59) is True  # until midnight ("24:00")
    assert at(6, 10) is False


def test_channel_without_hours_is_unknown():
    assert Channel(kind="web", value="example.org").is_open(dt.datetime(2026, 1, 5, 12, 0)) is None


def test_control_characters_are_stripped(copy):
    (copy / "en" / "controls.toml").write_text(
        'format = 1\nkind = "page"\nid = "controls"\ntitle = "Clear \\u001b[2Jscreen"\n'
        'summary = "bell\\u0007 and csi \\u009b31m end"\nbody = "a\\u0000b\\r\\nc\\td"\n',
        encoding="utf-8",
    )
    guide = load_guide(copy)
    entry = guide.find("controls", "en").entry
    assert entry.title == "Clear [2Jscreen"
    assert entry.summary == "bell and csi 31m end"
    assert entry.body == "ab\nc\td"
    for value in (entry.title, entry.summary, entry.body):
        assert not any(ord(ch) < 32 and ch not in "\n\t" or 0x7F <= ord(ch) <= 0x9F for ch in value)
    warnings = [p for p in guide.problems if p.path.name == "controls.toml"]
    assert {p.line for p in warnings} == {4, 5, 6}
    assert all("control characters" in p.message for p in warnings)


def test_escape_code_in_broken_corpus_is_stripped():
    entry = load_guide(BROKEN).find("escape-code", "en").entry
    assert "\x1b" not in entry.title
    assert entry.title == "Clear [2Jscreen"


def test_markup_is_kept_literally():
    entry = load_guide(BROKEN).find("textual-markup", "en").entry
    assert entry.body == "Click [@click=app.quit]here[/] to win."


def test_missing_manifest_still_loads_language_folders(copy):
    (copy / "guide.toml").unlink()
    guide = load_guide(copy)
    errors = [p for p in guide.problems if p.is_error]
    assert len(errors) == 1
    assert errors[0].path == copy / "guide.toml"
    assert "guide.toml is missing" in errors[0].message
    assert sorted(guide.language_codes) == ["en", "fr", "nl"]
    assert guide.default_language == "en"
    assert guide.find("home", "nl").entry.title == "Start"
    assert guide.find("lock-account", "fr").fallback is True


def test_manifest_with_syntax_error_still_loads_language_folders(copy):
    (copy / "guide.toml").write_text('format = 1\ndefault_language = "en\n', encoding="utf-8")
    guide = load_guide(copy)
    assert [(p.line, p.severity) for p in guide.problems] == [(2, ERROR)]
    assert "no closing quote" in guide.problems[0].message
    assert sorted(guide.language_codes) == ["en", "fr", "nl"]
    assert guide.find("grooming", "fr") is not None


def test_default_language_not_in_languages_is_reported(copy):
    manifest = copy / "guide.toml"
    manifest.write_text(
        manifest.read_text("utf-8").replace('default_language = "en"', 'default_language = "de"'), encoding="utf-8"
    )
    guide = load_guide(copy)
    problems = [p for p in guide.problems if "default_language" in p.message]
    assert len(problems) == 1
    assert problems[0].severity == ERROR
    assert problems[0].path == manifest
    assert problems[0].line == 2
    assert "'de' is not in [[languages]]" in problems[0].message
    # The guide goes on with a language it has.
    assert guide.default_language in guide.language_codes
    assert guide.find("home", guide.default_language) is not None


def test_manifest_with_wrong_types_is_reported(copy):
    (copy / "guide.toml").write_text('format = 1\ndefault_language = 5\nlanguages = "en"\n', encoding="utf-8")
    guide = load_guide(copy)
    messages = [(p.line, p.message) for p in guide.problems if p.is_error]
    assert any(line == 2 and "'default_language' must be text" in m for line, m in messages)
    assert any(line == 3 and "'languages' must be a list" in m for line, m in messages)
    assert sorted(guide.language_codes) == ["en", "fr", "nl"]


def test_missing_content_folder(tmp_path):
    guide = load_guide(tmp_path / "nope")
    assert [p.message for p in guide.problems] == ["content folder not found"]
    assert guide.language_codes == []


def test_load_all_gives_the_same_problems_every_time():
    guide = load_guide(BROKEN)
    first = guide.load_all()
    assert first and guide.load_all() == first == guide.problems


def test_problems_found_after_loading_are_located_without_reading_the_file_again(copy):
    menu = copy / "en" / "home.toml"
    menu.write_text(menu.read_text("utf-8").replace('items = ["', 'items = ["nowhere", "'), encoding="utf-8")
    guide = load_guide(copy)
    guide.load_all()
    menu.write_text("", encoding="utf-8")  # a later read would find nothing to locate
    (problem,) = [p for p in guide.load_all() if "'nowhere'" in p.message]
    assert problem.path == menu and problem.line is not None and problem.column is not None


def test_every_kind_builds_its_own_model_class():
    for name, kind in KINDS.items():
        assert issubclass(kind.model, Entry) and kind.model is not Entry, name
        assert {"format", "kind", "id", "title"} <= set(kind.keys), name
    assert len({kind.model for kind in KINDS.values()}) == len(KINDS)


@pytest.mark.parametrize(
    "value",
    [
        "plain text, é and 116 000",
        "a\r\nb",
        "a\rb",
        "esc \x1b[2J",
        "csi \x9b31m",
        "[bold]x[/bold]",
        "[@click=x]",
        "[a](b)",
    ],
)
def test_text_taken_as_plain_has_nothing_to_clean_or_report(value):
    """schema.text returns plain text at once: only text with no control character (no CR
    either) and nothing that could be markup may be taken as plain."""
    from guide_tui.content.text import has_controls, is_plain, looks_like_markup

    if is_plain(value):
        assert not has_controls(value) and not looks_like_markup(value) and "\r" not in value
    else:
        assert "[" in value or has_controls(value) or "\r" in value
    assert is_plain(value) == (value == "plain text, é and 116 000")
