"""`heap.fewer_collections`: the collector's young threshold raised while ingest runs, put back afterwards (speed21)."""

from __future__ import annotations

import gc
import threading

import pytest

from eventledger import heap
from eventledger.heap import fewer_collections


@pytest.fixture(autouse=True)
def _default_threshold():  # noqa: ANN202 - a fixture
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_the_threshold_is_raised_inside_and_restored_after() -> None:
    with fewer_collections(young=20_000):
        assert gc.get_threshold() == (20_000, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_a_larger_threshold_set_by_the_caller_is_kept() -> None:
    gc.set_threshold(100_000, 10, 10)
    with fewer_collections(young=20_000):
        assert gc.get_threshold()[0] == 100_000
    assert gc.get_threshold()[0] == 100_000


def test_nested_and_failing_blocks_restore_once_the_last_closes() -> None:
    with fewer_collections(young=20_000):
        with pytest.raises(ValueError), fewer_collections(young=20_000):
            raise ValueError("a report's failure")
        assert gc.get_threshold()[0] == 20_000  # the outer block is still open
    assert gc.get_threshold()[0] == 700
    assert heap._open == 0


def test_as_a_decorator_each_call_opens_its_own_block() -> None:
    seen: list[int] = []

    @fewer_collections(young=30_000)
    def ingest_something() -> None:
        seen.append(gc.get_threshold()[0])

    ingest_something()
    ingest_something()
    assert seen == [30_000, 30_000]
    assert gc.get_threshold()[0] == 700


def test_threads_share_one_raised_threshold() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with fewer_collections(young=20_000):
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    with fewer_collections(young=20_000):
        t.start()
        inside.wait(5)
    assert gc.get_threshold()[0] == 20_000  # the worker's block is still open
    release.set()
    t.join(5)
    assert gc.get_threshold()[0] == 700
