"""The database schema's history: Alembic revisions, run by `kiosk-backend migrate`.

A database is made and changed only here, never by the serving API: `serve` refuses a
database that is not at the newest revision (backend.schema.check_at_head), so two
workers starting on an empty PostgreSQL no longer race to create the same tables.
"""
