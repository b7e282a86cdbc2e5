"""PostgreSQL connections that begin a transaction only for a write, and so keep their prepared statements.

psycopg sends BEGIN before the first statement on an idle connection, and every
transaction then ends with COMMIT or ROLLBACK: two round trips of their own, which a
request that only reads (most of a visit's requests) spent around one or two SELECTs.
Here a plain SELECT on a connection with no transaction open runs without one, as a
statement of its own; the first statement that writes (or takes a lock, or is anything
but a plain SELECT) begins the transaction as before, and it lasts until the commit or
rollback. PostgreSQL's default isolation, READ COMMITTED, which this backend uses, gives
each statement of a transaction the data as of its own start anyway: a SELECT outside the
transaction sees what it would have seen inside. Two things only a transaction gives a
SELECT, it still gets one for: a row lock (FOR UPDATE/SHARE) and an advisory lock held to
the transaction's end. What comes after a write is in the write's transaction, so every
write of a request still commits or rolls back as one.

psycopg prepares a statement on a connection once it has run five times there, so the
server parses and plans it once instead of on every request; but it forgets every
prepared statement of the connection whenever a ROLLBACK goes by. A request that only
read has no transaction now, so nothing is rolled back when its connection goes back to
the pool, and its statements stay prepared.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.pq import TransactionStatus
from sqlalchemy import Engine, event
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.pool import ConnectionPoolEntry

# What makes a SELECT need its transaction: row locks and transaction-scoped advisory locks.
_LOCKING = ("FOR UPDATE", "FOR NO KEY UPDATE", "FOR SHARE", "FOR KEY SHARE", "ADVISORY_XACT")


def reads_outside_a_transaction(query: Any) -> bool:
    """Whether a statement may run with no transaction open: a plain SELECT, or nothing (the pool's ping, ";").

    Anything else, a statement composed with psycopg.sql included, begins the transaction:
    that is never wrong, only a round trip dearer."""
    if isinstance(query, bytes):
        text = query.decode()
    elif isinstance(query, str):
        text = query
    else:
        return False
    text = text.strip()
    if not text.strip(";").strip():
        return True
    if text[:6].upper() != "SELECT":
        return False
    upper = text.upper()
    return not any(lock in upper for lock in _LOCKING)


class LazyTransactionCursor(psycopg.Cursor[Any]):
    """Tells its connection whether the statement it is about to send may run outside a transaction."""

    def execute(self, query: Any, params: Any = None, **kwargs: Any) -> LazyTransactionCursor:
        connection = self.connection
        if isinstance(connection, LazyTransactionConnection):
            connection.next_reads_only = reads_outside_a_transaction(query)
        try:
            super().execute(query, params, **kwargs)
        finally:  # a statement refused before it was sent must not leave its word for the next
            if isinstance(connection, LazyTransactionConnection):
                connection.next_reads_only = False
        return self

    def executemany(self, query: Any, params_seq: Any, **kwargs: Any) -> None:
        connection = self.connection
        if isinstance(connection, LazyTransactionConnection):
            connection.next_reads_only = False
        super().executemany(query, params_seq, **kwargs)


class LazyTransactionConnection(psycopg.Connection[Any]):
    """A connection that sends BEGIN only before a statement that needs a transaction (see the module).

    It overrides psycopg's `_start_query`, the step that sends BEGIN on an idle connection
    that is not in autocommit: tests/backend/test_pg.py fails if a psycopg release stops
    going through it. A connection put in autocommit (SQLAlchemy's AUTOCOMMIT isolation
    level, for VACUUM) is left alone: it never begins a transaction anyway.
    """

    next_reads_only = False

    def _start_query(self) -> Any:  # psycopg's PQGen[None]
        reads_only, self.next_reads_only = self.next_reads_only, False
        if reads_only and self.pgconn.transaction_status == TransactionStatus.IDLE:
            return iter(())
        return super()._start_query()


def begin_transactions_lazily(engine: Engine) -> None:
    """Make the engine's new connections LazyTransactionConnections."""

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Dialect, _record: ConnectionPoolEntry, cargs: tuple[Any, ...],
                 cparams: dict[str, Any]) -> LazyTransactionConnection:
        return LazyTransactionConnection.connect(*cargs, cursor_factory=LazyTransactionCursor, **cparams)
