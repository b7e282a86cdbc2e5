"""Helpers shared by the tests (the loopback tooling itself lives in backend.local)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

from backend.local import LocalBackend as LiveBackend
from backend.local import free_port, raise_to_strong
from backend.local import sign_as_demo_card as sign_as_card

__all__ = [
    "LiveBackend",
    "count_print_records",
    "free_port",
    "latest_confirmation",
    "raise_to_strong",
    "serve_in_thread",
    "set_member_phone",
    "sign_as_card",
    "use_test_number",
]

_KEEP = "keep"


@contextlib.contextmanager
def serve_in_thread(app: object) -> Iterator[str]:
    """An ASGI app on a free loopback port (uvicorn in a daemon thread) for the block; yields its URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",  # type: ignore[arg-type]
                                           access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start within 10 s"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def set_member_phone(database_url: str, first_name: str, msisdn: str, satu: str | None = _KEEP) -> None:
    """Give a demo member another phone number (and optionally another SATU), in the database itself."""
    from sqlalchemy import update

    from backend.db import make_engine, make_session_factory
    from backend.models import Member

    engine = make_engine(database_url)
    values: dict[str, object] = {"phone": msisdn}
    if satu != _KEEP:
        values["satu"] = satu
    with make_session_factory(engine)() as db:
        db.execute(update(Member).where(Member.first_name == first_name).values(**values))
        db.commit()
    engine.dispose()


def use_test_number(database_url: str, msisdn: str, first_name: str = "Matti") -> None:
    """The member's phone becomes a forced-outcome number of the simulated MSSP
    (backend.mssp.sim.FORCED_OUTCOMES), whose certificate carries the SATU "T" + its last 8 digits."""
    set_member_phone(database_url, first_name, msisdn, satu="T" + msisdn[-8:])


def latest_confirmation(database_url: str) -> tuple[str, str | None]:
    """(status, outcome) of the newest identity confirmation in the database."""
    from sqlalchemy import select

    from backend.db import make_engine, make_session_factory
    from backend.models import IdentityConfirmation

    engine = make_engine(database_url)
    with make_session_factory(engine)() as db:
        row = db.execute(select(IdentityConfirmation.status, IdentityConfirmation.outcome)
                         .order_by(IdentityConfirmation.id.desc()).limit(1)).one()
    engine.dispose()
    return row.status, row.outcome


def count_print_records(database_url: str) -> int:
    """How many prints the backend has recorded, read from the database itself."""
    from sqlalchemy import func, select

    from backend.db import make_engine, make_session_factory
    from backend.models import PrintRecord

    engine = make_engine(database_url)
    with make_session_factory(engine)() as db:
        count = db.scalar(select(func.count()).select_from(PrintRecord)) or 0
    engine.dispose()
    return int(count)
