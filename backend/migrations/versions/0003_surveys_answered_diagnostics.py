"""Surveys answered at the kiosk (question kinds, one answer per member) and diagnostics bundles.

Issue 12 let a member answer a survey at the kiosk: a question has a kind (one option,
several, or a 1-5 scale; existing questions were all "one option", hence the server
default) and survey_responses records that a member answered, never what. Maintenance
mode uploads a diagnostics bundle for the help desk when no removable medium is mounted.
The paperless-receipts choice is a communication topic of kind "receipts": a value, not a
column, so it needs nothing here.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

QUESTION_KIND = "kind IN ('single', 'multiple', 'scale')"


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        # SQLite adds a column with its CHECK in place; a separate ADD CONSTRAINT would need
        # the table copied, which `migrate --sql` cannot do without a live database to read.
        op.execute("ALTER TABLE survey_questions ADD COLUMN kind VARCHAR(10) DEFAULT 'single' NOT NULL "
                   f"CONSTRAINT ck_survey_questions_question_kind CHECK ({QUESTION_KIND})")
    else:
        op.add_column("survey_questions",
                      sa.Column("kind", sa.String(length=10), server_default="single", nullable=False))
        op.create_check_constraint(op.f("ck_survey_questions_question_kind"), "survey_questions", QUESTION_KIND)

    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_survey_responses_member_id_members")),
        sa.ForeignKeyConstraint(["survey_id"], ["surveys.id"], name=op.f("fk_survey_responses_survey_id_surveys")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
        sa.UniqueConstraint("survey_id", "member_id", name=op.f("uq_survey_responses_survey_id_member_id")),
    )
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_responses_member_id"), ["member_id"], unique=False)

    op.create_table(
        "diagnostics_bundles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["kiosk_id"], ["kiosk_terminals.id"],
                                name=op.f("fk_diagnostics_bundles_kiosk_id_kiosk_terminals")),
        sa.ForeignKeyConstraint(["staff_member_id"], ["staff_members.id"],
                                name=op.f("fk_diagnostics_bundles_staff_member_id_staff_members")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diagnostics_bundles")),
    )
    with op.batch_alter_table("diagnostics_bundles", schema=None) as batch_op:
        batch_op.create_index("ix_diagnostics_bundles_kiosk_at", ["kiosk_id", "received_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("diagnostics_bundles", schema=None) as batch_op:
        batch_op.drop_index("ix_diagnostics_bundles_kiosk_at")
    op.drop_table("diagnostics_bundles")

    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_responses_member_id"))
    op.drop_table("survey_responses")

    with op.batch_alter_table("survey_questions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_survey_questions_question_kind"), type_="check")
        batch_op.drop_column("kind")
