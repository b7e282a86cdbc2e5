"""Dependencies that need the database, worked out where the plain endpoint runs.

A plain (`def`) FastAPI dependency costs a trip to the thread pool of its own, before the
endpoint's. backend.api.deps answers a Deferred instead, from an `async def` dependency that
does no I/O, and ClosingRoute works it out just before calling the endpoint, in the same call
(on the event loop, or in the worker thread of an endpoint marked in_a_thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session
from starlette.requests import Request

T = TypeVar("T")
DEFERRED = "backend.deferred"
"""The request scope's key for its Deferred values, in the order their dependencies were solved."""


class Deferred(Generic[T]):
    """A dependency's value that needs the database, worked out later (`value`), where the endpoint runs.

    The customer session's own trip to the thread pool was about a tenth of a request's CPU
    (issue 16). So get_session and get_kiosk are `async def`s that answer this, and the endpoint
    gets the CurrentSession or the KioskTerminal as before.

    A refusal still comes first: FastAPI validates the query and the body after solving the
    dependencies, so a request with both a bad session and a bad field was refused 401, not
    422. The validation error's handler (backend.errors) works out the request's Deferred
    values first (settle), and answers their refusal if there is one.
    """

    def __init__(self, work: Callable[[], T], db: Session) -> None:
        self._work: Callable[[], T] | None = work
        self.db = db

    def value(self) -> T:
        """Worked out once (a dependency FastAPI shares in a request is one object).

        The work is dropped once done, whether it answered or raised: it holds the request,
        whose scope holds this, and that cycle would keep the request, its database session
        and every row it loaded alive until a full garbage collection (which took a tenth
        of the worker's CPU when it was kept).
        """
        work, self._work = self._work, None
        if work is not None:
            self._value = work()
        elif not hasattr(self, "_value"):
            raise RuntimeError("a Deferred whose work raised has no value")
        return self._value


def defer(request: Request, db: Session, work: Callable[[], T]) -> Deferred[T]:
    deferred = Deferred(work, db)
    request.scope.setdefault(DEFERRED, []).append(deferred)
    return deferred


def settle(request: Request) -> None:
    """Work out the request's Deferred values in order (their refusals raise), then close their database
    sessions: in one worker thread, for a request refused before its endpoint ran."""
    pending: list[Deferred[Any]] = request.scope.get(DEFERRED, [])
    try:
        for deferred in pending:
            deferred.value()
    finally:
        for deferred in pending:
            deferred.db.close()
