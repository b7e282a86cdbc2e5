"""A trigram index for the receipts search on PostgreSQL.

The search matches words anywhere in a receipt's product names (LIKE '%word%'), which a
b-tree cannot serve; pg_trgm's GIN index can. SQLite has no such index and scans the
member's receipts, which its index on (member_id, purchased_at) already narrows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE INDEX ix_receipts_search_text_trgm ON receipts USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_receipts_search_text_trgm")
