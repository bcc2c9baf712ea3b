"""How each kind of screen looks at 80x24, built from the small fixture guide (stable text).

Update after an intended change of look: `python -m pytest tests/ui/test_snapshots.py --snapshot-update`.
"""

from guide_tui.ui.app import GuideApp

SIZE = (80, 24)


def test_language_screen(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide), terminal_size=SIZE)


def test_main_menu(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="en"), terminal_size=SIZE)


def test_page(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="en", open_id="grooming"), terminal_size=SIZE)


def test_help_entry(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="nl", open_id="helpline"), terminal_size=SIZE)


def test_page_in_fallback_language(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="fr", open_id="lock-account"), terminal_size=SIZE)


def test_scenario_mid_chat(snap_compare, mini_guide):
    assert snap_compare(
        GuideApp(mini_guide, language="en", open_id="scenario-demo"), terminal_size=SIZE, press=["enter"]
    )


def test_scenario_feedback(snap_compare, mini_guide):
    assert snap_compare(
        GuideApp(mini_guide, language="en", open_id="scenario-demo"),
        terminal_size=SIZE,
        press=["enter", "enter", "down", "enter"],
    )


def test_self_check_result(snap_compare, mini_guide):
    assert snap_compare(
        GuideApp(mini_guide, language="en", open_id="self-check"), terminal_size=SIZE, press=["enter", "enter"]
    )


def test_checklist(snap_compare, mini_guide):
    assert snap_compare(
        GuideApp(mini_guide, language="en", open_id="checklist-demo"), terminal_size=SIZE, press=["space"]
    )


def test_self_check_question(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="en", open_id="self-check"), terminal_size=SIZE, press=["enter"])


def test_next_steps(snap_compare, mini_guide):
    assert snap_compare(
        GuideApp(mini_guide, language="en", open_id="self-check"), terminal_size=SIZE, press=["enter", "enter", "enter"]
    )


def test_kiosk_neutral_screen(snap_compare, mini_guide):
    assert snap_compare(
        GuideApp(mini_guide, language="en", open_id="grooming", kiosk=True), terminal_size=SIZE, press=["f12"]
    )


def test_light_theme(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="en"), terminal_size=SIZE, press=["f2"])


def test_high_contrast_theme(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="en", open_id="grooming"), terminal_size=SIZE, press=["f2", "f2"])


def test_terminal_colours_theme(snap_compare, mini_guide):
    app = GuideApp(mini_guide, language="en", open_id="grooming")
    assert snap_compare(app, terminal_size=SIZE, press=["f2", "f2", "f2"])


def test_smallest_size_shows_a_whole_menu_by_scrolling(snap_compare, mini_guide):
    async def end_then_settle(pilot):
        await pilot.press("end")
        # The page follows the highlight after a refresh: wait for it, not for the clock.
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    app = GuideApp(mini_guide, language="en")
    assert snap_compare(app, terminal_size=(40, 12), run_before=end_then_settle)


def test_below_the_smallest_size_asks_for_a_bigger_window(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="en"), terminal_size=(39, 11))


def test_narrow_terminal_shortens_the_breadcrumb(snap_compare, mini_guide):
    assert snap_compare(GuideApp(mini_guide, language="en", open_id="grooming"), terminal_size=(44, 16))
