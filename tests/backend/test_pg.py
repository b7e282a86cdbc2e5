"""PostgreSQL connections keep their prepared statements: a transaction that only read ends with COMMIT."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.exc import ProgrammingError

from backend.db import make_engine
from backend.models import RateLimitHit, Store
from backend.timeutil import utcnow


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine of one connection, so each step below reuses the same server session."""
    if not database_url.startswith("postgresql"):
        pytest.skip("psycopg's prepared statements: PostgreSQL only")
    made = make_engine(database_url, pool_size=1, max_overflow=0)
    yield made
    made.dispose()


def _prepared(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(text("SELECT statement FROM pg_prepared_statements")))


def test_a_statement_run_in_read_only_transactions_stays_prepared(engine: Engine) -> None:
    for _ in range(7):  # psycopg prepares a statement on its sixth run
        with engine.connect() as connection:  # each ends, as a request does, by rolling back
            connection.scalar(select(func.count()).select_from(Store))
    assert any("FROM stores" in statement for statement in _prepared(engine))


def test_a_transaction_that_wrote_is_still_rolled_back(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.scalar(select(func.count()).select_from(RateLimitHit))
        connection.execute(insert(RateLimitHit).values(bucket="test", at=utcnow()))
        connection.rollback()
        assert connection.scalar(select(func.count()).where(RateLimitHit.bucket == "test")) == 0


def test_a_failed_transaction_is_rolled_back_and_the_connection_serves_again(engine: Engine) -> None:
    with engine.connect() as connection:
        with pytest.raises(ProgrammingError):
            connection.execute(text("SELECT no_such_column FROM stores"))
        connection.rollback()
        assert connection.scalar(select(func.count()).select_from(Store)) > 0
