"""Every kind of content file has a screen, named in one table."""

from guide_tui.content.kinds import KINDS
from guide_tui.ui.kind_screens import SCREENS, screen_class, screen_for
from guide_tui.ui.screens.entry import EntryScreen


def test_every_registered_kind_has_a_screen():
    assert set(SCREENS) == {kind.model for kind in KINDS.values()}
    for model in SCREENS:
        screen = screen_class(model)
        assert screen is not None and issubclass(screen, EntryScreen)


def test_each_entry_of_the_mini_guide_gets_its_kinds_screen(mini_guide):
    for entry_id in mini_guide.entry_ids("en"):
        entry = mini_guide.find(entry_id, "en").entry
        screen = screen_for(entry, ["Start"], False)
        assert type(screen) is screen_class(type(entry)) and screen.entry is entry
