"""The schema's state and its migrations (Alembic, backend/migrations), for the CLI and the app.

The serving API never creates a table: an operator runs `kiosk-backend migrate` once per
release, and every worker only checks that the database is at the newest revision. That
check is what stops a half-deployed release from writing into a schema it does not know.
"""

from __future__ import annotations

import functools
import io
import logging
from pathlib import Path
from typing import Any, TextIO

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url

from backend.db import UTCDateTime, make_engine
from backend.models import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATE_COMMAND = "kiosk-backend migrate"
# Indexes that only PostgreSQL has (a revision makes them there): SQLite has no trigram index.
POSTGRESQL_ONLY_INDEXES = frozenset({"ix_receipts_search_text_trgm"})
# Any fixed number: two `migrate` runs on one PostgreSQL wait for each other on this lock.
_MIGRATION_LOCK = 716_151_001


# Alembic says "Context impl SQLiteImpl" at INFO on every check; `migrate` turns it back up.
logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)


class SchemaNotCurrent(RuntimeError):
    """The database is not at the revision this code needs; the message says what to run."""


def alembic_config(connection: Connection | None = None, *, url: str | None = None,
                   output: TextIO | None = None) -> Config:
    config = Config(output_buffer=output)
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    config.attributes["url"] = url
    return config


def _include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # Any: Alembic's hook signature (schema items of several kinds)
    return not (type_ == "index" and name in POSTGRESQL_ONLY_INDEXES)


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """UTCDateTime is stored as a plain DATETIME / TIMESTAMP: revisions need not import the backend."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def configure_context(context: EnvironmentContext) -> None:
    """Called from backend/migrations/env.py: online with the connection we pass, offline (`--sql`) from a URL."""
    options: dict[str, Any] = {"target_metadata": Base.metadata, "include_object": _include_object,
                               "render_item": _render_item, "render_as_batch": True, "compare_type": True}
    if context.is_offline_mode():
        context.configure(url=context.config.attributes["url"], literal_binds=True,
                          dialect_opts={"paramstyle": "named"}, **options)
    else:
        context.configure(connection=context.config.attributes["connection"], **options)
    with context.begin_transaction():
        context.run_migrations()


@functools.cache  # the revisions shipped with this process: reading them took ~2 ms for every app made
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None  # there is always a first revision
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_at_head(engine: Engine) -> None:
    """Raise SchemaNotCurrent unless the database is at the newest revision."""
    with engine.connect() as connection:
        current = current_revision(connection)
    head = head_revision()
    if current != head:
        state = "has no schema" if current is None else f"is at revision {current}"
        raise SchemaNotCurrent(f"the database {state}, this backend needs revision {head}: "
                               f"run `{MIGRATE_COMMAND}` (with the same KIOSK_BACKEND_DATABASE_URL) first")


def migrated_engine(url: str) -> Engine:
    """An engine on a database at the newest revision, for a command; else SchemaNotCurrent, saying what to run."""
    engine = make_engine(url)
    try:
        check_at_head(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Upgrade to `revision`; the revisions before and after."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        before = current_revision(connection)
        command.upgrade(alembic_config(connection), revision)
        after = current_revision(connection)
    assert after is not None
    return before, after


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def upgrade_sql(url: str, revision: str = "head") -> str:
    """The SQL of an upgrade from nothing, for a DBA to read or run (`migrate --sql`); touches no database."""
    output = io.StringIO()
    command.upgrade(alembic_config(url=make_url(url).render_as_string(hide_password=False), output=output),
                    revision, sql=True)
    return output.getvalue()


def schema_differences(engine: Engine) -> list[Any]:
    """What Alembic's autogenerate finds between the models and the database: [] when they agree."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": _include_object,
                                                               "compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()
