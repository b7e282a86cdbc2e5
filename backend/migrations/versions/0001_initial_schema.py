"""The schema as it stood when migrations began (issue 16): generated from the models and reviewed.

Constraints and indexes carry the names of the models' naming convention, the same on
SQLite and PostgreSQL. Reference data is not here: `kiosk-backend migrate` loads it after
the schema (backend.reference_data), effective-dated rows that an operator may add to.

Revision ID: 0001
Revises:
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table('benefit_rule_sets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('payment_benefit_bp', sa.Integer(), nullable=False),
    sa.Column('payout_day', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_benefit_rule_sets')),
    sa.UniqueConstraint('valid_from', name=op.f('uq_benefit_rule_sets_valid_from'))
    )
    op.create_table('communication_topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_topics')),
    sa.UniqueConstraint('code', name=op.f('uq_communication_topics_code'))
    )
    op.create_table('database_marks',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_database_marks'))
    )
    op.create_table('enrolment_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('min_own_card_age_years', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment_rules')),
    sa.UniqueConstraint('valid_from', name=op.f('uq_enrolment_rules_valid_from'))
    )
    op.create_table('fleet_operators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fleet_operators')),
    sa.UniqueConstraint('name', name=op.f('uq_fleet_operators_name'))
    )
    op.create_table('households',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households'))
    )
    op.create_table('panels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_panels')),
    sa.UniqueConstraint('code', name=op.f('uq_panels_code'))
    )
    op.create_table('product_categories',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('vat_category', sa.String(length=12), nullable=False),
    sa.Column('bonus_eligible', sa.Boolean(), nullable=False),
    sa.Column('payment_benefit_eligible', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_product_categories'))
    )
    op.create_table('rate_limit_hits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bucket', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rate_limit_hits'))
    )
    with op.batch_alter_table('rate_limit_hits', schema=None) as batch_op:
        batch_op.create_index('ix_rate_limit_hits_bucket_at', ['bucket', 'at'], unique=False)

    op.create_table('stores',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('seller_name', sa.String(length=80), nullable=False),
    sa.Column('business_id', sa.String(length=9), nullable=False),
    sa.Column('street', sa.String(length=80), nullable=False),
    sa.Column('postal_code', sa.String(length=5), nullable=False),
    sa.Column('town', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stores')),
    sa.UniqueConstraint('code', name=op.f('uq_stores_code'))
    )
    op.create_table('vat_rates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vat_category', sa.String(length=12), nullable=False),
    sa.Column('rate_bp', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vat_rates')),
    sa.UniqueConstraint('vat_category', 'valid_from', name=op.f('uq_vat_rates_vat_category_valid_from'))
    )
    op.create_table('bonus_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule_set_id', sa.Integer(), nullable=False),
    sa.Column('threshold_cents', sa.Integer(), nullable=False),
    sa.Column('percent_bp', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['rule_set_id'], ['benefit_rule_sets.id'], name=op.f('fk_bonus_steps_rule_set_id_benefit_rule_sets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bonus_steps'))
    )
    op.create_table('cash_benefits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_cash_benefits_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_benefits'))
    )
    with op.batch_alter_table('cash_benefits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_benefits_household_id'), ['household_id'], unique=False)

    op.create_table('kiosk_terminals',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=True),
    sa.Column('secret_sha256', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_kiosk_terminals_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kiosk_terminals'))
    )
    op.create_table('members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_number', sa.String(length=12), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('first_name', sa.String(length=60), nullable=False),
    sa.Column('last_name', sa.String(length=60), nullable=False),
    sa.Column('hetu', sa.String(length=11), nullable=False),
    sa.Column('satu', sa.String(length=9), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('address_line1', sa.String(length=100), nullable=False),
    sa.Column('address_line2', sa.String(length=100), nullable=True),
    sa.Column('postal_code', sa.String(length=5), nullable=False),
    sa.Column('town', sa.String(length=50), nullable=False),
    sa.Column('bank_account', sa.String(length=34), nullable=True),
    sa.Column('joined_at', sa.DateTime(), nullable=False),
    sa.Column('household_joined_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_members_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('hetu', name=op.f('uq_members_hetu')),
    sa.UniqueConstraint('member_number', name=op.f('uq_members_member_number')),
    sa.UniqueConstraint('satu', name=op.f('uq_members_satu'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_household_id'), ['household_id'], unique=False)

    op.create_table('staff_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_number', sa.String(length=12), nullable=False),
    sa.Column('first_name', sa.String(length=60), nullable=False),
    sa.Column('last_name', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('deactivated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_staff_members_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_members')),
    sa.UniqueConstraint('employee_number', name=op.f('uq_staff_members_employee_number'))
    )
    op.create_table('surveys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('panel_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('opens_at', sa.DateTime(), nullable=False),
    sa.Column('closes_at', sa.DateTime(), nullable=False),
    sa.Column('respondents', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['panel_id'], ['panels.id'], name=op.f('fk_surveys_panel_id_panels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_surveys'))
    )
    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_surveys_panel_id'), ['panel_id'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_member_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('kiosk_id', sa.String(length=40), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('staff_member_id IS NOT NULL OR member_id IS NOT NULL', name=op.f('ck_audit_events_audit_actor')),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_audit_events_kiosk_id_kiosk_terminals')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_audit_events_member_id_members')),
    sa.ForeignKeyConstraint(['staff_member_id'], ['staff_members.id'], name=op.f('fk_audit_events_staff_member_id_staff_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_staff_kiosk_time', ['staff_member_id', 'kiosk_id', 'at'], unique=False)

    op.create_table('cards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('staff_member_id', sa.Integer(), nullable=True),
    sa.Column('store_id', sa.Integer(), nullable=True),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("(member_id IS NULL AND staff_member_id IS NULL AND issued_at IS NULL AND status <> 'active') OR (status <> 'stock' AND issued_at IS NOT NULL AND ((kind = 'owner' AND member_id IS NOT NULL AND staff_member_id IS NULL) OR (kind <> 'owner' AND member_id IS NULL AND staff_member_id IS NOT NULL)))", name=op.f('ck_cards_card_holder')),
    sa.CheckConstraint("kind IN ('owner', 'staff', 'technician')", name=op.f('ck_cards_card_kind')),
    sa.CheckConstraint("status IN ('stock', 'active', 'closed', 'lost')", name=op.f('ck_cards_card_status')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_cards_member_id_members')),
    sa.ForeignKeyConstraint(['staff_member_id'], ['staff_members.id'], name=op.f('fk_cards_staff_member_id_staff_members')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_cards_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cards')),
    sa.UniqueConstraint('number', name=op.f('uq_cards_number'))
    )
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cards_member_id'), ['member_id'], unique=False)

    op.create_table('communication_choices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('subscribed', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_communication_choices_member_id_members')),
    sa.ForeignKeyConstraint(['topic_id'], ['communication_topics.id'], name=op.f('fk_communication_choices_topic_id_communication_topics')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_choices')),
    sa.UniqueConstraint('member_id', 'topic_id', name=op.f('uq_communication_choices_member_id_topic_id'))
    )
    with op.batch_alter_table('communication_choices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communication_choices_member_id'), ['member_id'], unique=False)

    op.create_table('communication_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('subscribed', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_communication_events_member_id_members')),
    sa.ForeignKeyConstraint(['topic_id'], ['communication_topics.id'], name=op.f('fk_communication_events_topic_id_communication_topics')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_events'))
    )
    with op.batch_alter_table('communication_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communication_events_member_id'), ['member_id'], unique=False)

    op.create_table('kiosk_heartbeats',
    sa.Column('kiosk_id', sa.String(length=40), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('interval_s', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('uptime_s', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reader_state', sa.String(length=16), nullable=False),
    sa.Column('reader_name', sa.String(length=80), nullable=True),
    sa.Column('printer_state', sa.String(length=16), nullable=False),
    sa.Column('printer_since', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=40), nullable=True),
    sa.Column('disk_free_mb', sa.Integer(), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_kiosk_heartbeats_kiosk_id_kiosk_terminals')),
    sa.PrimaryKeyConstraint('kiosk_id', name=op.f('pk_kiosk_heartbeats'))
    )
    op.create_table('kiosk_state_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reader_state', sa.String(length=16), nullable=False),
    sa.Column('printer_state', sa.String(length=16), nullable=False),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_kiosk_state_changes_kiosk_id_kiosk_terminals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kiosk_state_changes'))
    )
    with op.batch_alter_table('kiosk_state_changes', schema=None) as batch_op:
        batch_op.create_index('ix_kiosk_state_changes_kiosk_at', ['kiosk_id', 'at'], unique=False)

    op.create_table('member_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_notices_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_notices'))
    )
    with op.batch_alter_table('member_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_notices_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_member_notices_unsent', ['sent_at', 'id'], unique=False)

    op.create_table('panel_memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('panel_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('joined_at', sa.DateTime(), nullable=False),
    sa.Column('left_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_panel_memberships_member_id_members')),
    sa.ForeignKeyConstraint(['panel_id'], ['panels.id'], name=op.f('fk_panel_memberships_panel_id_panels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_panel_memberships')),
    sa.UniqueConstraint('panel_id', 'member_id', name=op.f('uq_panel_memberships_panel_id_member_id'))
    )
    with op.batch_alter_table('panel_memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_panel_memberships_member_id'), ['member_id'], unique=False)

    op.create_table('receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('purchased_at', sa.DateTime(), nullable=False),
    sa.Column('purchase_month', sa.Date(), nullable=False),
    sa.Column('total_cents', sa.Integer(), nullable=False),
    sa.Column('bonus_eligible_cents', sa.Integer(), nullable=False),
    sa.Column('payment_benefit_eligible_cents', sa.Integer(), nullable=False),
    sa.Column('payment_method', sa.String(length=20), nullable=False),
    sa.Column('payment_card_last4', sa.String(length=4), nullable=True),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_receipts_household_id_households')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_receipts_member_id_members')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_receipts_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
    sa.UniqueConstraint('number', name=op.f('uq_receipts_number'))
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index('ix_receipts_household_month', ['household_id', 'purchase_month'], unique=False)
        batch_op.create_index('ix_receipts_member_time', ['member_id', 'purchased_at', 'id'], unique=False)

    op.create_table('staff_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('staff_member_id', sa.Integer(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('response', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_staff_requests_kiosk_id_kiosk_terminals')),
    sa.ForeignKeyConstraint(['staff_member_id'], ['staff_members.id'], name=op.f('fk_staff_requests_staff_member_id_staff_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_requests')),
    sa.UniqueConstraint('request_id', name=op.f('uq_staff_requests_request_id'))
    )
    op.create_table('survey_questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['survey_id'], ['surveys.id'], name=op.f('fk_survey_questions_survey_id_surveys')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_questions'))
    )
    with op.batch_alter_table('survey_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_questions_survey_id'), ['survey_id'], unique=False)

    op.create_table('card_challenges',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=40), nullable=False),
    sa.Column('purpose', sa.String(length=8), nullable=False),
    sa.Column('challenge', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("purpose IN ('session', 'stock')", name=op.f('ck_card_challenges_challenge_purpose')),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_card_challenges_card_id_cards')),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_card_challenges_kiosk_id_kiosk_terminals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_challenges'))
    )
    op.create_table('card_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('staff_member_id', sa.Integer(), nullable=True),
    sa.Column('kiosk_id', sa.String(length=40), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("source IN ('import', 'kiosk', 'cli', 'demo')", name=op.f('ck_card_events_card_event_source')),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_card_events_card_id_cards')),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_card_events_kiosk_id_kiosk_terminals')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_card_events_member_id_members')),
    sa.ForeignKeyConstraint(['staff_member_id'], ['staff_members.id'], name=op.f('fk_card_events_staff_member_id_staff_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_events'))
    )
    with op.batch_alter_table('card_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_events_card_id'), ['card_id'], unique=False)

    op.create_table('customer_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=40), nullable=False),
    sa.Column('assurance', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('end_reason', sa.String(length=20), nullable=True),
    sa.CheckConstraint("assurance IN ('card', 'strong')", name=op.f('ck_customer_sessions_session_assurance')),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_customer_sessions_card_id_cards')),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_customer_sessions_kiosk_id_kiosk_terminals')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_customer_sessions_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_sessions')),
    sa.UniqueConstraint('token_sha256', name=op.f('uq_customer_sessions_token_sha256'))
    )
    with op.batch_alter_table('customer_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_sessions_member_id'), ['member_id'], unique=False)

    op.create_table('receipt_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('product_name', sa.String(length=80), nullable=False),
    sa.Column('ean', sa.String(length=14), nullable=True),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('quantity_milli', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=4), nullable=False),
    sa.Column('unit_price_cents', sa.Integer(), nullable=False),
    sa.Column('discount_cents', sa.Integer(), nullable=False),
    sa.Column('total_cents', sa.Integer(), nullable=False),
    sa.Column('vat_rate_bp', sa.Integer(), nullable=False),
    sa.Column('bonus_eligible', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_receipt_lines_receipt_id_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_lines'))
    )
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_lines_receipt_id'), ['receipt_id'], unique=False)

    op.create_table('receipt_vat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('rate_bp', sa.Integer(), nullable=False),
    sa.Column('net_cents', sa.Integer(), nullable=False),
    sa.Column('vat_cents', sa.Integer(), nullable=False),
    sa.Column('gross_cents', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_receipt_vat_receipt_id_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_vat'))
    )
    with op.batch_alter_table('receipt_vat', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_vat_receipt_id'), ['receipt_id'], unique=False)

    op.create_table('staff_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('staff_member_id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('end_reason', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_staff_sessions_card_id_cards')),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_staff_sessions_kiosk_id_kiosk_terminals')),
    sa.ForeignKeyConstraint(['staff_member_id'], ['staff_members.id'], name=op.f('fk_staff_sessions_staff_member_id_staff_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_sessions')),
    sa.UniqueConstraint('token_sha256', name=op.f('uq_staff_sessions_token_sha256'))
    )
    with op.batch_alter_table('staff_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_sessions_staff_member_id'), ['staff_member_id'], unique=False)

    op.create_table('survey_options',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.JSON(), nullable=False),
    sa.Column('answer_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['survey_questions.id'], name=op.f('fk_survey_options_question_id_survey_questions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_options'))
    )
    with op.batch_alter_table('survey_options', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_options_question_id'), ['question_id'], unique=False)

    op.create_table('warranty_receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('product_name', sa.String(length=80), nullable=False),
    sa.Column('serial_number', sa.String(length=40), nullable=True),
    sa.Column('ean', sa.String(length=14), nullable=True),
    sa.Column('warranty_months', sa.Integer(), nullable=False),
    sa.Column('warranty_ends_on', sa.Date(), nullable=False),
    sa.Column('guarantor', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_warranty_receipts_member_id_members')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_warranty_receipts_receipt_id_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warranty_receipts'))
    )
    with op.batch_alter_table('warranty_receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warranty_receipts_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_warranty_receipts_receipt_id'), ['receipt_id'], unique=False)

    op.create_table('document_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('kiosk_id', sa.String(length=40), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('receipt', 'warranty', 'register_data')", name=op.f('ck_document_links_document_link_kind')),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_document_links_kiosk_id_kiosk_terminals')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_document_links_member_id_members')),
    sa.ForeignKeyConstraint(['session_id'], ['customer_sessions.id'], name=op.f('fk_document_links_session_id_customer_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_links')),
    sa.UniqueConstraint('token_sha256', name=op.f('uq_document_links_token_sha256'))
    )
    with op.batch_alter_table('document_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_links_member_id'), ['member_id'], unique=False)

    op.create_table('identity_confirmations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=12), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('staff_session_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('person_given_name', sa.String(length=60), nullable=True),
    sa.Column('person_surname', sa.String(length=60), nullable=True),
    sa.Column('satu', sa.String(length=16), nullable=True),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('event_id', sa.String(length=8), nullable=False),
    sa.Column('msisdn', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('outcome', sa.String(length=30), nullable=True),
    sa.Column('ap_trans_id', sa.String(length=32), nullable=False),
    sa.Column('mssp_trans_id', sa.String(length=64), nullable=True),
    sa.Column('challenge', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('next_poll_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("(purpose = 'session' AND session_id IS NOT NULL) OR (purpose <> 'session' AND staff_session_id IS NOT NULL)", name=op.f('ck_identity_confirmations_confirmation_owner')),
    sa.CheckConstraint("purpose IN ('session', 'new_member', 'replacement', 'phone_change')", name=op.f('ck_identity_confirmations_confirmation_purpose')),
    sa.CheckConstraint("status IN ('pending', 'approved', 'cancelled', 'expired', 'failed')", name=op.f('ck_identity_confirmations_confirmation_status')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_identity_confirmations_member_id_members')),
    sa.ForeignKeyConstraint(['session_id'], ['customer_sessions.id'], name=op.f('fk_identity_confirmations_session_id_customer_sessions')),
    sa.ForeignKeyConstraint(['staff_session_id'], ['staff_sessions.id'], name=op.f('fk_identity_confirmations_staff_session_id_staff_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_identity_confirmations')),
    sa.UniqueConstraint('ap_trans_id', name=op.f('uq_identity_confirmations_ap_trans_id'))
    )
    with op.batch_alter_table('identity_confirmations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_identity_confirmations_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_identity_confirmations_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_identity_confirmations_staff_session_id'), ['staff_session_id'], unique=False)

    op.create_table('member_lookups',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('staff_session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_lookups_member_id_members')),
    sa.ForeignKeyConstraint(['staff_session_id'], ['staff_sessions.id'], name=op.f('fk_member_lookups_staff_session_id_staff_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_lookups'))
    )
    with op.batch_alter_table('member_lookups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_lookups_expires_at'), ['expires_at'], unique=False)

    op.create_table('print_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('kiosk_id', sa.String(length=40), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('receipt', 'warranty', 'register_data')", name=op.f('ck_print_records_print_record_kind')),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk_terminals.id'], name=op.f('fk_print_records_kiosk_id_kiosk_terminals')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_print_records_member_id_members')),
    sa.ForeignKeyConstraint(['session_id'], ['customer_sessions.id'], name=op.f('fk_print_records_session_id_customer_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_records'))
    )
    with op.batch_alter_table('print_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_records_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('print_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_records_member_id'))

    op.drop_table('print_records')
    with op.batch_alter_table('member_lookups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_lookups_expires_at'))

    op.drop_table('member_lookups')
    with op.batch_alter_table('identity_confirmations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_identity_confirmations_staff_session_id'))
        batch_op.drop_index(batch_op.f('ix_identity_confirmations_session_id'))
        batch_op.drop_index(batch_op.f('ix_identity_confirmations_member_id'))

    op.drop_table('identity_confirmations')
    with op.batch_alter_table('document_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_links_member_id'))

    op.drop_table('document_links')
    with op.batch_alter_table('warranty_receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warranty_receipts_receipt_id'))
        batch_op.drop_index(batch_op.f('ix_warranty_receipts_member_id'))

    op.drop_table('warranty_receipts')
    with op.batch_alter_table('survey_options', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_options_question_id'))

    op.drop_table('survey_options')
    with op.batch_alter_table('staff_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_sessions_staff_member_id'))

    op.drop_table('staff_sessions')
    with op.batch_alter_table('receipt_vat', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_vat_receipt_id'))

    op.drop_table('receipt_vat')
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_lines_receipt_id'))

    op.drop_table('receipt_lines')
    with op.batch_alter_table('customer_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_sessions_member_id'))

    op.drop_table('customer_sessions')
    with op.batch_alter_table('card_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_events_card_id'))

    op.drop_table('card_events')
    op.drop_table('card_challenges')
    with op.batch_alter_table('survey_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_questions_survey_id'))

    op.drop_table('survey_questions')
    op.drop_table('staff_requests')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index('ix_receipts_member_time')
        batch_op.drop_index('ix_receipts_household_month')

    op.drop_table('receipts')
    with op.batch_alter_table('panel_memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_panel_memberships_member_id'))

    op.drop_table('panel_memberships')
    with op.batch_alter_table('member_notices', schema=None) as batch_op:
        batch_op.drop_index('ix_member_notices_unsent')
        batch_op.drop_index(batch_op.f('ix_member_notices_member_id'))

    op.drop_table('member_notices')
    with op.batch_alter_table('kiosk_state_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_kiosk_state_changes_kiosk_at')

    op.drop_table('kiosk_state_changes')
    op.drop_table('kiosk_heartbeats')
    with op.batch_alter_table('communication_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_communication_events_member_id'))

    op.drop_table('communication_events')
    with op.batch_alter_table('communication_choices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_communication_choices_member_id'))

    op.drop_table('communication_choices')
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cards_member_id'))

    op.drop_table('cards')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_staff_kiosk_time')

    op.drop_table('audit_events')
    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_surveys_panel_id'))

    op.drop_table('surveys')
    op.drop_table('staff_members')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_household_id'))

    op.drop_table('members')
    op.drop_table('kiosk_terminals')
    with op.batch_alter_table('cash_benefits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_benefits_household_id'))

    op.drop_table('cash_benefits')
    op.drop_table('bonus_steps')
    op.drop_table('vat_rates')
    op.drop_table('stores')
    with op.batch_alter_table('rate_limit_hits', schema=None) as batch_op:
        batch_op.drop_index('ix_rate_limit_hits_bucket_at')

    op.drop_table('rate_limit_hits')
    op.drop_table('product_categories')
    op.drop_table('panels')
    op.drop_table('households')
    op.drop_table('fleet_operators')
    op.drop_table('enrolment_rules')
    op.drop_table('database_marks')
    op.drop_table('communication_topics')
    op.drop_table('benefit_rule_sets')
