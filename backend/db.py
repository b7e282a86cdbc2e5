"""Engine and session factory.

Any SQLAlchemy URL works; SQLite gets WAL and a busy timeout so that two API
processes on one file (the multi-worker case in miniature) do not trip over each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CursorResult, DateTime, Delete, Dialect, Engine, Update, create_engine, event, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes on every backend: stored as naive UTC, read back as aware UTC.

    SQLite has no time zone type, so without this an aware value would come back naive
    and comparisons against utcnow() would raise.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def make_engine(url: str, *, pool_size: int = 8, max_overflow: int = 4, pool_timeout: float = 5.0) -> Engine:
    """An engine that never puts a statement's values into an error: they are members' details.

    Without hide_parameters a failed UPDATE of a profile raises (and the error handler
    logs) an exception whose text lists the new e-mail, phone and address. The pool's
    size and timeout come from the settings (backend.config): a short timeout makes a
    worker that cannot get a connection fail fast and visibly instead of queueing for 30 s.
    """
    if url.startswith("sqlite"):
        # A file's pool is sized like PostgreSQL's, so /ready and the overload limit behave alike on
        # both; an in-memory database keeps SQLAlchemy's own pool (one connection is the database).
        pool: dict[str, Any] = {} if url in ("sqlite://", "sqlite:///:memory:") else {
            "pool_size": pool_size, "max_overflow": max_overflow, "pool_timeout": pool_timeout}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10}, hide_parameters=True,
                               **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.close()

        return engine
    engine = create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=max_overflow,
                           pool_timeout=pool_timeout, hide_parameters=True)
    if engine.dialect.driver == "psycopg":
        from backend.pg import begin_transactions_lazily

        begin_transactions_lazily(engine)
    return engine


def analyze_after_bulk_load(engine: Engine) -> None:
    """Leave PostgreSQL's tables as autovacuum would after rows were written in bulk (the demo's, a bench's
    chain): planner statistics gathered, the trigram index's pending list merged, pages marked all-visible.

    Until autovacuum comes by (a minute or more later) the planner takes the fresh tables for
    nearly empty: the heavy buyer's search, planned for 26 receipts instead of 2,472, joined a
    store to every one of her receipts and sorted them all (3.5 ms of the server's CPU against
    0.3), so a bench measured plans no running database has. PostgreSQL's manual says the same
    ("Populating a Database": run ANALYZE afterwards). ~0.2 s for the demo's data. SQLite keeps
    no statistics unless asked, in production too: left as it is."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))


def rows_changed(db: Session, statement: Update | Delete, params: dict[str, Any] | None = None) -> int:
    """Run an UPDATE or DELETE (with the values of its bind parameters); how many rows it changed
    decides who won a race.

    Session.execute is typed to return a Result; for these statements it is a
    CursorResult, the one that knows its rowcount.
    """
    result = db.execute(statement, params)
    assert isinstance(result, CursorResult)
    return result.rowcount


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session:
        yield session
