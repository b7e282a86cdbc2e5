"""PostgreSQL connections begin a transaction only for what needs one, and keep their prepared statements."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlalchemy.exc import ProgrammingError

from backend.db import make_engine
from backend.models import RateLimitHit, Store
from backend.pg import reads_outside_a_transaction
from backend.timeutil import utcnow


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine of one connection, so each step below reuses the same server session."""
    if not database_url.startswith("postgresql"):
        pytest.skip("psycopg's connections: PostgreSQL only")
    made = make_engine(database_url, pool_size=1, max_overflow=0)
    yield made
    made.dispose()


def _prepared(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(text("SELECT statement FROM pg_prepared_statements")))


def _in_transaction(connection: Connection) -> bool:
    dbapi = connection.connection.dbapi_connection
    assert dbapi is not None
    return bool(dbapi.info.transaction_status == TransactionStatus.INTRANS)


def test_a_statement_run_by_requests_that_only_read_stays_prepared(engine: Engine) -> None:
    for _ in range(7):  # psycopg prepares a statement on its sixth run
        with engine.connect() as connection:  # each ends, as a request does, by rolling back
            connection.scalar(select(func.count()).select_from(Store))
    assert any("FROM stores" in statement for statement in _prepared(engine))


def test_reads_open_no_transaction_and_the_first_write_opens_one_for_the_rest(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.scalar(select(func.count()).select_from(Store))
        assert not _in_transaction(connection)  # no BEGIN was sent, so no COMMIT or ROLLBACK is owed
        connection.execute(insert(RateLimitHit).values(bucket="test", at=utcnow()))
        assert _in_transaction(connection)
        assert connection.scalar(select(func.count()).where(RateLimitHit.bucket == "test")) == 1  # in it
        connection.execute(insert(RateLimitHit).values(bucket="test", at=utcnow()))
        connection.rollback()  # both writes go, as one
        assert not _in_transaction(connection)
        assert connection.scalar(select(func.count()).where(RateLimitHit.bucket == "test")) == 0


def test_a_committed_write_is_kept_and_the_connection_reads_outside_a_transaction_again(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(insert(RateLimitHit).values(bucket="kept", at=utcnow()))
        connection.commit()
        assert connection.scalar(select(func.count()).where(RateLimitHit.bucket == "kept")) == 1
        assert not _in_transaction(connection)


def test_a_select_that_locks_holds_its_lock_in_a_transaction(engine: Engine, database_url: str) -> None:
    other = make_engine(database_url, pool_size=1, max_overflow=0)
    try:
        with engine.connect() as connection, other.connect() as rival:
            connection.execute(select(Store.id).limit(1).with_for_update())
            assert _in_transaction(connection)
            connection.execute(text("SELECT pg_advisory_xact_lock(4242)"))
            assert rival.scalar(text("SELECT pg_try_advisory_xact_lock(4242)")) is False  # still held
            connection.rollback()
            assert rival.scalar(text("SELECT pg_try_advisory_xact_lock(4242)")) is True  # gone with its transaction
    finally:
        other.dispose()


def test_a_failed_transaction_is_rolled_back_and_the_connection_serves_again(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(insert(RateLimitHit).values(bucket="test", at=utcnow()))
        with pytest.raises(ProgrammingError):
            connection.execute(text("SELECT no_such_column FROM stores"))
        connection.rollback()
        assert (connection.scalar(select(func.count()).select_from(Store)) or 0) > 0
        assert connection.scalar(select(func.count()).where(RateLimitHit.bucket == "test")) == 0


@pytest.mark.parametrize(("statement", "outside"), [
    ("SELECT 1", True), (" select id FROM stores", True), (";", True), (b"SELECT 1", True),
    ("SELECT id FROM stores FOR UPDATE", False), ("SELECT id FROM stores FOR NO KEY UPDATE SKIP LOCKED", False),
    ("SELECT id FROM stores FOR SHARE", False), ("SELECT pg_advisory_xact_lock(1)", False),
    ("INSERT INTO stores DEFAULT VALUES", False), ("WITH gone AS (DELETE FROM stores) SELECT 1", False),
    ("SAVEPOINT one", False), ("show transaction isolation level", False),
])
def test_which_statements_run_outside_a_transaction(statement: str | bytes, outside: bool) -> None:
    assert reads_outside_a_transaction(statement) is outside
