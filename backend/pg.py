"""PostgreSQL connections that keep their prepared statements across requests.

psycopg prepares a statement on a connection once it has run five times there, so the
server parses and plans it once instead of on every request; but it forgets every
prepared statement of the connection whenever a ROLLBACK goes by (an object it planned
on may have been dropped and made again). Every request that only reads ends with a
ROLLBACK (the session closing, the connection going back to the pool), so nothing was
ever prepared: the server parsed and planned each of a request's statements every time.

Here a transaction that has run nothing but SELECTs is ended with COMMIT instead: for a
transaction that wrote nothing the two are the same, and the prepared statements stay.
A transaction that ran anything else (an INSERT, an UPDATE, a SAVEPOINT, a WITH), or
whose last statement failed, is rolled back as before.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.pq import TransactionStatus
from sqlalchemy import Engine, event
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.pool import ConnectionPoolEntry


def _only_reads(query: Any) -> bool:
    text = query.decode() if isinstance(query, bytes) else str(query)
    return text.lstrip()[:6].upper() == "SELECT"


class ReadTrackingCursor(psycopg.Cursor[Any]):
    """Marks its connection as written to by any statement that is not a plain SELECT."""

    def execute(self, query: Any, params: Any = None, **kwargs: Any) -> ReadTrackingCursor:
        if not _only_reads(query):
            _mark_written(self.connection)
        super().execute(query, params, **kwargs)
        return self

    def executemany(self, query: Any, params_seq: Any, **kwargs: Any) -> None:
        _mark_written(self.connection)
        super().executemany(query, params_seq, **kwargs)


def _mark_written(connection: psycopg.Connection[Any]) -> None:
    # A statement in autocommit (the pool's ping) is in no transaction to end.
    if isinstance(connection, ReadTrackingConnection) and not connection.autocommit:
        connection.wrote = True


class ReadTrackingConnection(psycopg.Connection[Any]):
    """A connection whose rollback of a transaction that only read is a COMMIT (see the module)."""

    wrote = False

    def commit(self) -> None:
        super().commit()
        self.wrote = False

    def rollback(self) -> None:
        if self.info.transaction_status == TransactionStatus.INTRANS and not self.wrote:
            super().commit()
        else:
            super().rollback()
        self.wrote = False


def keep_prepared_statements(engine: Engine) -> None:
    """Make the engine's new connections ReadTrackingConnections."""

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Dialect, _record: ConnectionPoolEntry, cargs: tuple[Any, ...],
                 cparams: dict[str, Any]) -> ReadTrackingConnection:
        return ReadTrackingConnection.connect(*cargs, cursor_factory=ReadTrackingCursor, **cparams)
