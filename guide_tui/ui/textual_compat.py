"""Every use of Textual's private API, in one place. Textual is pinned exactly (pyproject.toml)
because of what is here; tests/ui/test_textual_compat.py fails loudly when an upgrade breaks it.

- Binding descriptions are interface-string keys that must show in the reader's language and
  change when the language does. Textual has no public way to relabel a node's bindings, so
  `translate_bindings` rewrites `node._bindings.key_to_bindings`.
- The kiosk exit key comes from the site configuration at run time, so it is bound on the
  app's `_bindings` map after start-up.
- An unexpected exception must never print a traceback: Textual's `App._handle_exception`
  renders one with the local variables (reader data) for after exit. `QuietCrashes` replaces
  it, keeping what Textual's own bookkeeping needs (`_return_code`, `_exception`, the exit).
- A list inside a taller scrolling page keeps its highlighted row on screen: where each option
  starts is only in OptionList's private line tables (`highlighted_lines`).
- The first screen is the app's default screen (start-up time), and must later give way to an
  empty one with `switch_screen`, which pops a result callback that only a pushed screen has
  (`replaceable`).
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from typing import Callable, Dict, List, Optional, Tuple, TypeVar

from textual.app import App
from textual.binding import BindingsMap
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import OptionList

TEXTUAL_VERSION = "8.2.8"  # the version this module was written against

ReturnType = TypeVar("ReturnType")


class QuietCrashes(App[ReturnType]):
    """An app that ends on an unexpected exception without showing anything of it.

    `on_crash(error)` is called once, for the first exception; the app then exits with return
    code 1, like Textual does, but nothing is queued to print after exit (Textual would print a
    traceback with local variables: the reader's answers). Tests still see the exception
    re-raised by `run_test`, as with any Textual app.
    """

    def on_crash(self, error: BaseException) -> None:
        """Remember what is needed about `error`; called before the app closes."""

    def _handle_exception(self, error: Exception) -> None:
        self._return_code = 1
        first = self._exception is None
        if first:
            self._exception = error
            self._report_crash(error)
        self._exit_renderables.clear()  # nothing to print after exit: no traceback, no locals
        self._close_messages_no_wait()
        if first:  # Pilot's run_test re-raises it, as for any Textual app
            self._exception_event.set()

    def _report_crash(self, error: Exception) -> None:
        try:
            self.on_crash(error)
        except Exception:  # the last line of defence must not fail itself
            pass

    def _print_error_renderables(self) -> None:
        """Print nothing Textual queued for after exit if the app crashed (a traceback)."""
        if self._exception is not None:
            self._exit_renderables.clear()
        super()._print_error_renderables()


# The interface-string keys of each node's bindings, kept before the first translation.
_KEYS: "weakref.WeakKeyDictionary[DOMNode, Dict[str, List[str]]]" = weakref.WeakKeyDictionary()


def _bindings(node: DOMNode) -> BindingsMap:
    return node._bindings


def translate_bindings(node: DOMNode, t: Callable[[str], str]) -> None:
    """Show `node`'s binding descriptions (interface-string keys) through `t`."""
    bindings = _bindings(node).key_to_bindings
    keys = _KEYS.setdefault(node, {key: [b.description for b in found] for key, found in bindings.items()})
    for key, found in bindings.items():
        bindings[key] = [replace(b, description=t(k)) if k else b for b, k in zip(found, keys.get(key, []))]


def bind_key(node: DOMNode, key: str, action: str) -> None:
    """Bind `key` on `node` after it was created (a key named in the site configuration)."""
    _bindings(node).bind(key, action, show=False, priority=True)


ScreenType = TypeVar("ScreenType", bound=Screen)  # type: ignore[type-arg]


def replaceable(screen: ScreenType) -> ScreenType:
    """`screen`, made the app's default screen (`App.get_default_screen`), can later be
    replaced with `switch_screen` as a pushed screen can: give it the result callback that
    `push_screen` gives (none to call)."""
    screen._push_result_callback(screen, None)
    return screen


def option_heights(option_list: OptionList) -> List[int]:
    """How many lines each option of `option_list` takes at its current width."""
    heights = option_list._heights
    return [heights[index] for index in range(option_list.option_count)]


def highlighted_lines(option_list: OptionList) -> Optional[Tuple[int, int]]:
    """(first line, height) of the highlighted option inside `option_list`'s content, or None.

    OptionList knows where each option starts only in private tables; a list that follows its
    highlight inside a taller scrolling page needs them."""
    index = option_list.highlighted
    if index is None:
        return None
    try:
        return option_list._index_to_line[index], option_list._heights[index]
    except (KeyError, IndexError):
        return None
