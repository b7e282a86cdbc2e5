"""A card challenge for any well-formed number: card_challenges.card_id may be empty.

POST /v1/card-challenges answers every well-formed number alike, so that a number's
existence, kind and status are told only after the card has proven its key; a number with
no card behind it gets a challenge with no card, which no signature can meet.

SQLite cannot alter a column's NOT NULL in place: the table is copied, from the table as
revision 0001 made it (given here, so `migrate --sql` needs no database to read).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def _card_challenges(card_id_nullable: bool) -> sa.Table:
    return sa.Table(
        "card_challenges", sa.MetaData(),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=card_id_nullable),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("purpose", sa.String(length=8), nullable=False),
        sa.Column("challenge", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("purpose IN ('session', 'stock')", name="ck_card_challenges_challenge_purpose"),
        sa.ForeignKeyConstraint(["card_id"], ["cards.id"], name="fk_card_challenges_card_id_cards"),
        sa.ForeignKeyConstraint(["kiosk_id"], ["kiosk_terminals.id"],
                                name="fk_card_challenges_kiosk_id_kiosk_terminals"),
        sa.PrimaryKeyConstraint("id", name="pk_card_challenges"),
    )


def _set_card_id_nullable(nullable: bool) -> None:
    with op.batch_alter_table("card_challenges", copy_from=_card_challenges(not nullable)) as batch_op:
        batch_op.alter_column("card_id", existing_type=sa.Integer(), nullable=nullable)


def upgrade() -> None:
    _set_card_id_nullable(True)


def downgrade() -> None:
    # A challenge without a card lives a minute and opens nothing: dropping them loses nothing.
    op.execute("DELETE FROM card_challenges WHERE card_id IS NULL")
    _set_card_id_nullable(False)
