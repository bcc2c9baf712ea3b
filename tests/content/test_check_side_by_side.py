"""`check` on big content checks languages side by side in forked processes (check_run.py,
forked.py): the same problems, in the same order, as all in one process."""

import os
import threading

import pytest

from guide_tui.content import check_run, forked, load_guide

from ..conftest import FIXTURE_TODAY, MINI
from .broken_cases import broken_copy
from .test_local_additions import school_folder


@pytest.fixture(autouse=True)
def two_processors(monkeypatch):
    """Side by side even on a machine with one processor (one child process then)."""
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    monkeypatch.setattr(check_run, "can_fork", lambda: True)


@pytest.fixture
def local(tmp_path):
    root = school_folder(tmp_path)
    (root / "en" / "bad.toml").write_text('kind = "page"\ntitle = 3\n', encoding="utf-8")
    (root / "xx").mkdir()
    (root / "xx" / "page.toml").write_text('kind = "page"\n', encoding="utf-8")
    return root


def _both_ways(monkeypatch, root, local=None):
    monkeypatch.setattr(check_run, "SIDE_BY_SIDE_FROM", 10**9)
    alone = check_run.check_problems(load_guide(root, FIXTURE_TODAY, local))
    monkeypatch.setattr(check_run, "SIDE_BY_SIDE_FROM", 0)
    used = []
    monkeypatch.setattr(
        check_run, "side_by_side", lambda tasks, here: used.append(len(tasks)) or forked.side_by_side(tasks, here)
    )
    side_by_side = check_run.check_problems(load_guide(root, FIXTURE_TODAY, local))
    assert used == [2]  # nl and fr in children, en here
    return alone, side_by_side


def test_the_mini_guide_gives_the_same_problems_side_by_side(monkeypatch):
    alone, side_by_side = _both_ways(monkeypatch, MINI)
    assert side_by_side == alone


def test_the_broken_guide_gives_the_same_problems_side_by_side(monkeypatch, tmp_path):
    alone, side_by_side = _both_ways(monkeypatch, broken_copy(tmp_path))
    assert side_by_side == alone
    assert any(problem.also for problem in alone)  # knock-ons folded from every language
    assert len(alone) > 50


def test_local_additions_give_the_same_problems_side_by_side(monkeypatch, tmp_path, local):
    root = broken_copy(tmp_path)
    (root / "de").mkdir()
    (root / "de" / "home.toml").write_text('kind = "page"\n', encoding="utf-8")
    alone, side_by_side = _both_ways(monkeypatch, root, local)
    assert side_by_side == alone
    messages = [problem.message for problem in alone]
    assert any("replaces the bundled entry" in message for message in messages)
    assert any("the folder 'de' is not a language" in message for message in messages)
    assert any("the local folder 'xx' is not a language" in message for message in messages)


def test_the_same_as_load_all_in_one_process(monkeypatch):
    """The one-process way is Guide.load_all with knock-ons folded, as `check` always did."""
    from guide_tui.content.knock_on import fold_knock_ons

    guide = load_guide(MINI, FIXTURE_TODAY)
    found = guide.load_all()
    expected = fold_knock_ons(found, {c: guide.content(c) for c in guide.loaded_languages}, guide.default_language)
    _alone, side_by_side = _both_ways(monkeypatch, MINI)
    assert side_by_side == expected


def test_tasks_run_in_children_in_order_and_here_runs_here():
    results, mine = forked.side_by_side([lambda i=i: (i, os.getpid()) for i in range(3)], os.getpid)
    assert [i for i, _pid in results] == [0, 1, 2]
    assert mine == os.getpid()
    assert all(pid != os.getpid() for _i, pid in results)


def test_without_fork_everything_runs_here(monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    results, mine = forked.side_by_side([os.getpid, os.getpid], lambda: "here")
    assert results == [os.getpid(), os.getpid()] and mine == "here"


def test_when_no_process_can_be_started_everything_runs_here(monkeypatch):
    def no_fork():
        raise OSError("no more processes")

    monkeypatch.setattr(forked, "_fork", no_fork)
    results, mine = forked.side_by_side([os.getpid], lambda: "here")
    assert results == [os.getpid()] and mine == "here"


def test_a_task_whose_child_fails_is_done_here():
    """A child that raises (here: only in the child) sends nothing back: the task is done here."""
    parent = os.getpid()

    def fails_in_a_child():
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return "done here"

    results, _mine = forked.side_by_side([fails_in_a_child, os.getpid], lambda: None)
    assert results[0] == "done here" and results[1] != parent


def test_the_cycle_collector_is_off_while_checking_and_back_on_after(monkeypatch):
    import gc

    seen = []
    real = check_run._check_problems
    monkeypatch.setattr(check_run, "_check_problems", lambda guide: seen.append(gc.isenabled()) or real(guide))
    assert gc.isenabled()
    problems = check_run.check_problems(load_guide(MINI, FIXTURE_TODAY))
    assert seen == [False] and gc.isenabled()
    assert problems == check_run.check_problems(load_guide(MINI, FIXTURE_TODAY))


def test_no_fork_while_another_thread_runs(monkeypatch):
    monkeypatch.undo()  # the real can_fork, not the fixture's
    monkeypatch.setattr(forked, "processors", lambda: 2)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not forked.can_fork()
    finally:
        release.set()
        other.join()
