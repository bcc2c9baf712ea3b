"""Issue 10, item 4: no saved data is lost without a copy (review M6, L6, L7, L8, L10)."""

import pytest

from guide_tui.settings import ProgressStore, SettingsStore, UserSettings

CORRUPT = b'language = "nl"\n\ntheme = = "x"\n'


def test_broken_copies_are_numbered_and_never_overwritten(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_bytes(CORRUPT)
    SettingsStore(path).save(UserSettings(theme="dark"))
    path.write_bytes(b"second = = breakage\n")
    message = SettingsStore(path).save(UserSettings(theme="light"))
    assert (tmp_path / "settings.toml.broken").read_bytes() == CORRUPT
    assert (tmp_path / "settings.toml.broken-2").read_bytes() == b"second = = breakage\n"
    assert "settings.toml.broken-2" in message


def test_a_corrupt_progress_file_is_set_aside_even_if_it_was_never_loaded(tmp_path):
    path = tmp_path / "progress.toml"
    path.write_bytes(CORRUPT)
    store = ProgressStore(path)  # keep_progress was off: load() never ran
    message = store.save({"checklist-tiktok": {"private"}})
    assert (tmp_path / "progress.toml.broken").read_bytes() == CORRUPT
    assert "progress.toml.broken" in message


def test_turning_keep_off_sets_a_corrupt_progress_file_aside_instead_of_deleting_it(tmp_path):
    path = tmp_path / "progress.toml"
    path.write_bytes(CORRUPT)
    ProgressStore(path).clear()
    assert (tmp_path / "progress.toml.broken").read_bytes() == CORRUPT and not path.exists()


def test_unknown_keys_in_settings_survive_a_save(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('language = "nl"\nfuture_key = "keep me"\n[later]\nx = 1\n', "utf-8")
    store = SettingsStore(path)
    assert "future_key" in store.message  # mentioned, as before
    store.save(UserSettings(language="fr", theme="dark"))
    text = path.read_text("utf-8")
    assert 'future_key = "keep me"' in text and "[later]" in text and 'language = "fr"' in text


def test_two_copies_keep_each_others_ticks(tmp_path):
    path = tmp_path / "progress.toml"
    ProgressStore(path).save({"checklist-tiktok": {"old"}})
    first, second = ProgressStore(path), ProgressStore(path)
    mine, theirs = first.load(), second.load()
    mine.setdefault("checklist-tiktok", set()).add("private")
    first.save(mine)
    theirs.setdefault("checklist-instagram", set()).add("private")
    theirs["checklist-tiktok"].discard("old")  # the second copy unticks a step
    second.save(theirs)
    assert ProgressStore(path).load() == {"checklist-tiktok": {"private"}, "checklist-instagram": {"private"}}


def test_two_copies_keep_each_others_settings(tmp_path):
    path = tmp_path / "settings.toml"
    first, second = SettingsStore(path), SettingsStore(path)
    first.save(UserSettings(language="nl"))
    second.save(UserSettings(theme="dark"))
    assert SettingsStore(path).settings == UserSettings(language="nl", theme="dark")


@pytest.fixture
def stores(tmp_path):
    settings = tmp_path / "settings.toml"
    progress = tmp_path / "progress.toml"
    ProgressStore(progress).save({"checklist-demo": {"private", "two-step"}})
    settings.write_bytes(CORRUPT)
    return SettingsStore(settings), ProgressStore(progress)


def test_broken_settings_never_hide_valid_progress(mini_guide, stores):
    from guide_tui.ui.app import GuideApp

    settings, progress = stores
    app = GuideApp(mini_guide, language="en", settings_store=settings, progress_store=progress)
    assert app.keep_progress and app.progress == {"checklist-demo": {"private", "two-step"}}
    app.tick("checklist-demo", "another", True)
    assert ProgressStore(progress.path).load() == {"checklist-demo": {"private", "two-step", "another"}}


async def test_a_kiosk_copies_nothing_to_the_clipboard(mini_guide):
    from guide_tui.ui.app import GuideApp

    app = GuideApp(mini_guide, language="en", kiosk=True)
    async with app.run_test(size=(80, 24)):
        app.copy_to_clipboard("Sextortion means...")
        assert app.clipboard == ""


async def test_an_open_id_with_escape_codes_is_shown_escaped(mini_guide):
    from guide_tui.ui.app import GuideApp

    app = GuideApp(mini_guide, language="en", open_id="\x1b]52;c;ZXZpbA==\x07")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = [notification.message for notification in app._notifications]  # toasts render later
        assert shown and not any("\x1b" in text or "\x07" in text for text in shown)
