"""Deferred: worked out once, and holding nothing of the request once it has been or once the request is done."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator

import pytest

from backend.api.deps import _DB, ClosingDb
from backend.deferred import DEFERRED, Deferred


class Held:
    """Stands in for the request (and its scope) that a deferred dependency's work holds."""

    deferred: Deferred[int] | None = None


@pytest.fixture
def no_cycle_collection() -> Iterator[None]:
    """Only reference counting frees objects: what a cycle keeps alive stays alive."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _deferred_in_a_cycle(work: object) -> tuple[Deferred[int], weakref.ref[Held]]:
    held = Held()
    calls: list[int] = []

    def run() -> int:
        calls.append(1)
        if work == "raise":
            raise ValueError("refused")
        return len(calls) + (0 if held is None else 41)

    deferred = Deferred(run, db=None)  # type: ignore[arg-type]  # the database session is not used here
    held.deferred = deferred  # the request's scope holds its deferred values
    return deferred, weakref.ref(held)


def test_the_work_is_done_once(no_cycle_collection: None) -> None:
    deferred, _ = _deferred_in_a_cycle("answer")
    assert deferred.value() == 42
    assert deferred.value() == 42  # not worked out again


def test_once_worked_out_the_request_is_freed_without_the_garbage_collector(no_cycle_collection: None) -> None:
    deferred, held = _deferred_in_a_cycle("answer")
    assert held() is not None
    deferred.value()
    del deferred
    assert held() is None


def test_work_that_raised_is_dropped_too_and_is_not_done_again(no_cycle_collection: None) -> None:
    deferred, held = _deferred_in_a_cycle("raise")
    with pytest.raises(ValueError, match="refused"):
        deferred.value()
    with pytest.raises(RuntimeError):
        deferred.value()
    del deferred
    assert held() is None


def test_closing_db_lets_go_of_deferred_values_never_worked_out() -> None:
    """A request refused before its endpoint ran can leave a Deferred holding the request; ClosingDb drops
    the scope's list of them (and closes the request's database session) however the app ended."""
    closed: list[bool] = []

    class FakeDb:
        def close(self) -> None:
            closed.append(True)

    scope: dict[str, object] = {"type": "http"}

    async def refusing_app(scope: dict[str, object], _receive: object, _send: object) -> None:
        scope[_DB] = FakeDb()
        scope[DEFERRED] = [Deferred(lambda: scope, db=None)]  # type: ignore[arg-type]  # a stand-in
        raise RuntimeError("refused before the endpoint")

    async def nothing() -> None:
        return None

    with pytest.raises(RuntimeError):
        asyncio.run(ClosingDb(refusing_app)(scope, nothing, nothing))  # type: ignore[arg-type]  # stand-ins
    assert DEFERRED not in scope
    assert closed == [True]
