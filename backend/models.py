"""Database models of the reference backend.

Money is integer cents, percentages are basis points (1.5 % = 150), times are aware UTC.
Receipts are documents: what was printed at the till (lines, VAT breakdown, eligible
sums) is stored as issued, never recomputed from today's rules.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from backend.db import UTCDateTime

Translated = dict[str, str]  # {"fi": ..., "sv": ..., "en": ...}
# Closed vocabularies, stored as short strings; the API's schemas name the same values.
HouseholdRole = Literal["owner", "family"]
StaffRole = Literal["staff", "technician"]
CardKind = Literal["owner", "staff", "technician"]
Assurance = Literal["card", "strong"]
ConfirmationStatus = Literal["pending", "approved", "cancelled", "expired", "failed"]
TopicKind = Literal["newsletter", "channel", "receipts"]  # receipts: the paperless-receipts choice


# Every constraint and index has a name of this shape on every engine, so a migration can
# name the one it alters (SQLite would otherwise leave them unnamed, PostgreSQL name them itself).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, Translated: JSON, dict[str, Any]: JSON}


# --- people, cards, terminals ------------------------------------------------------

class Household(Base):
    __tablename__ = "households"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    members: Mapped[list[Member]] = relationship(back_populates="household", order_by="Member.id")


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_number: Mapped[str] = mapped_column(String(12), unique=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    role: Mapped[HouseholdRole] = mapped_column(String(10))
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    hetu: Mapped[str] = mapped_column(String(11), unique=True)
    # The citizen's electronic identifier: the subject serialNumber of their mobile certificate.
    satu: Mapped[str | None] = mapped_column(String(9), unique=True)
    language: Mapped[str] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    address_line1: Mapped[str] = mapped_column(String(100))
    address_line2: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str] = mapped_column(String(5))
    town: Mapped[str] = mapped_column(String(50))
    bank_account: Mapped[str | None] = mapped_column(String(34))
    joined_at: Mapped[datetime]
    household_joined_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    household: Mapped[Household] = relationship(back_populates="members")
    cards: Mapped[list[Card]] = relationship(back_populates="member", order_by="Card.id")


class StaffMember(Base):
    __tablename__ = "staff_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_number: Mapped[str] = mapped_column(String(12), unique=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[StaffRole] = mapped_column(String(12))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    # A deactivated staff member's sessions end and their card opens none (kiosk-backend staff deactivate).
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    deactivated_at: Mapped[datetime | None]


class Card(Base):
    """A card's life: `stock` (delivered to a store with its public key, no holder), `active`
    (linked to a member or a staff member), `lost` or `closed`.

    A card that never had a holder (lost or closed while in stock) has no issued_at.
    """

    __tablename__ = "cards"
    __table_args__ = (
        CheckConstraint("kind IN ('owner', 'staff', 'technician')", name="card_kind"),
        CheckConstraint("status IN ('stock', 'active', 'closed', 'lost')", name="card_status"),
        CheckConstraint("(member_id IS NULL AND staff_member_id IS NULL AND issued_at IS NULL AND status <> 'active')"
                        " OR (status <> 'stock' AND issued_at IS NOT NULL AND ("
                        "(kind = 'owner' AND member_id IS NOT NULL AND staff_member_id IS NULL)"
                        " OR (kind <> 'owner' AND member_id IS NULL AND staff_member_id IS NOT NULL)))",
                        name="card_holder"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[CardKind] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(8))  # stock | active | closed | lost
    public_key: Mapped[bytes] = mapped_column(LargeBinary)  # SubjectPublicKeyInfo, DER
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    staff_member_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))  # the store a stock card was delivered to
    delivered_at: Mapped[datetime | None]  # when it came into a store's stock; None for cards issued otherwise
    issued_at: Mapped[datetime | None]  # when it was linked to its holder
    status_changed_at: Mapped[datetime]
    member: Mapped[Member | None] = relationship(back_populates="cards")


class CardEvent(Base):
    """One step of a card's history: delivered, linked, lost, closed; by whom, where, when.

    Kept for `kiosk-backend cards show` and for the card's audit: `source` says who made
    the change (`import` of a delivery, staff at a `kiosk`, an operator's `cli`, the `demo`).
    """

    __tablename__ = "card_events"
    __table_args__ = (CheckConstraint("source IN ('import', 'kiosk', 'cli', 'demo')", name="card_event_source"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"), index=True)
    at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(8))  # the status the card got
    source: Mapped[str] = mapped_column(String(8))
    staff_member_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    kiosk_id: Mapped[str | None] = mapped_column(ForeignKey("kiosk_terminals.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))  # the holder it was linked to


class KioskTerminal(Base):
    __tablename__ = "kiosk_terminals"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    secret_sha256: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime]


class CardChallenge(Base):
    """A single-use challenge for one card number at one kiosk.

    `purpose` keeps the two uses apart: a `session` challenge (POST /v1/card-challenges)
    opens customer and staff sessions; a `stock` challenge (issued to a staff session)
    only proves a stock card in a staff flow and can never open a session.

    `card_id` is None for a session challenge issued to a number that is no card of ours:
    every well-formed number gets a challenge, so the answer tells nobody whether the
    number exists before a card has proven its key.
    """

    __tablename__ = "card_challenges"
    __table_args__ = (CheckConstraint("purpose IN ('session', 'stock')", name="challenge_purpose"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"))
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"))
    purpose: Mapped[str] = mapped_column(String(8), default="session")
    challenge: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class CustomerSession(Base):
    __tablename__ = "customer_sessions"
    __table_args__ = (CheckConstraint("assurance IN ('card', 'strong')", name="session_assurance"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"))
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"))
    assurance: Mapped[Assurance] = mapped_column(String(8))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(20))
    # Loaded in the same query as the session: every customer request needs both, and a
    # second round trip for the member was a statement on every request (issue 16).
    member: Mapped[Member] = relationship(lazy="joined", viewonly=True)


class StaffSession(Base):
    """A staff member's or technician's session at a kiosk, opened by a card that signed after its PIN."""

    __tablename__ = "staff_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"), index=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"))
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"))
    role: Mapped[StaffRole] = mapped_column(String(12))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(20))


class AuditEvent(Base):
    """Who did what at which kiosk: every staff session and staff action leaves one, and so
    does an owner's change to the household.

    The actor is a staff member or (for an owner's own action) a member; kiosk_id is None
    for what an operator did with `kiosk-backend` (a deactivation).
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        CheckConstraint("staff_member_id IS NOT NULL OR member_id IS NOT NULL", name="audit_actor"),
        Index("ix_audit_staff_kiosk_time", "staff_member_id", "kiosk_id", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_member_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))  # the member who acted
    kiosk_id: Mapped[str | None] = mapped_column(ForeignKey("kiosk_terminals.id"))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]]
    at: Mapped[datetime]


class StaffRequest(Base):
    """The first answer to a staff flow's final POST, under the kiosk's request_id.

    The unique request_id makes a retry after a lost answer return this answer instead of
    enrolling, replacing or changing twice; the row commits with the flow's own changes.
    """

    __tablename__ = "staff_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # enrolment | card_replacement | phone_change
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"))
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"))
    created_at: Mapped[datetime]
    response: Mapped[dict[str, Any]]


class MemberLookup(Base):
    """A member found by a clerk (by phone or identity code) for a card replacement: transient.

    The kiosk holds only the random id; it works in the staff session that made it, until
    expires_at, and is purged after (backend.transient).
    """

    __tablename__ = "member_lookups"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    staff_session_id: Mapped[int] = mapped_column(ForeignKey("staff_sessions.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)


class MemberNotice(Base):
    """The outbox the chain's mailer reads: a letter or message owed to a member. Nothing is sent from here."""

    __tablename__ = "member_notices"
    __table_args__ = (Index("ix_member_notices_unsent", "sent_at", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    # family_member_added | family_member_removed | removed_from_household | card_replaced | phone_changed
    kind: Mapped[str] = mapped_column(String(30))
    language: Mapped[str] = mapped_column(String(2))
    detail: Mapped[dict[str, Any]]  # what the letter names: a first name, a masked card or phone number
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class IdentityConfirmation(Base):
    """A mobile-certificate confirmation: lifts a card session to `strong`, or proves a person in a staff flow.

    Kept in the database so any API process can answer the kiosk's polls and poll the
    MSSP in turn: `next_poll_at` is claimed with a conditional update, so two processes
    never poll the same transaction at once and no process keeps state between requests.

    `purpose` `session` belongs to a customer session. The staff flows' confirmations
    belong to a staff session: `new_member` (to the typed phone of a person being enrolled,
    whose typed names the certificate must carry), `replacement` (to the phone on file of
    `member_id`) and `phone_change` (to the member's new number). Their approval keeps the
    certificate's SATU for the flow's final POST, which marks the row used.
    """

    __tablename__ = "identity_confirmations"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'cancelled', 'expired', 'failed')",
                        name="confirmation_status"),
        CheckConstraint("purpose IN ('session', 'new_member', 'replacement', 'phone_change')",
                        name="confirmation_purpose"),
        CheckConstraint("(purpose = 'session' AND session_id IS NOT NULL)"
                        " OR (purpose <> 'session' AND staff_session_id IS NOT NULL)", name="confirmation_owner"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(12), default="session")
    session_id: Mapped[int | None] = mapped_column(ForeignKey("customer_sessions.id"), index=True)
    staff_session_id: Mapped[int | None] = mapped_column(ForeignKey("staff_sessions.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)  # whose identity, if a member
    person_given_name: Mapped[str | None] = mapped_column(String(60))  # new_member: as typed
    person_surname: Mapped[str | None] = mapped_column(String(60))
    satu: Mapped[str | None] = mapped_column(String(16))  # staff flows: the approved certificate's serialNumber
    used_at: Mapped[datetime | None]  # staff flows: taken as evidence by a final POST
    event_id: Mapped[str] = mapped_column(String(8))
    msisdn: Mapped[str] = mapped_column(String(16))
    status: Mapped[ConfirmationStatus] = mapped_column(String(10))
    outcome: Mapped[str | None] = mapped_column(String(30))  # why it failed, as a stable code
    ap_trans_id: Mapped[str] = mapped_column(String(32), unique=True)  # never reused
    mssp_trans_id: Mapped[str | None] = mapped_column(String(64))
    challenge: Mapped[bytes] = mapped_column(LargeBinary(32))  # DataToBeSigned; never shown
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    next_poll_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]


# --- stores and receipts --------------------------------------------------------------

class Store(Base):
    __tablename__ = "stores"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    seller_name: Mapped[str] = mapped_column(String(80))
    business_id: Mapped[str] = mapped_column(String(9))
    street: Mapped[str] = mapped_column(String(80))
    postal_code: Mapped[str] = mapped_column(String(5))
    town: Mapped[str] = mapped_column(String(50))


class Receipt(Base):
    __tablename__ = "receipts"
    __table_args__ = (
        Index("ix_receipts_member_time", "member_id", "purchased_at", "id"),
        Index("ix_receipts_household_month", "household_id", "purchase_month"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    purchased_at: Mapped[datetime]
    purchase_month: Mapped[date] = mapped_column(Date)  # Helsinki month, for monthly sums
    total_cents: Mapped[int] = mapped_column(Integer)
    bonus_eligible_cents: Mapped[int] = mapped_column(Integer)
    payment_benefit_eligible_cents: Mapped[int] = mapped_column(Integer)
    payment_method: Mapped[str] = mapped_column(String(20))
    payment_card_last4: Mapped[str | None] = mapped_column(String(4))
    line_count: Mapped[int] = mapped_column(Integer)
    search_text: Mapped[str] = mapped_column(Text)  # casefolded number and product names
    store: Mapped[Store] = relationship()
    lines: Mapped[list[ReceiptLine]] = relationship(order_by="ReceiptLine.position")
    vat_lines: Mapped[list[ReceiptVat]] = relationship(order_by="ReceiptVat.rate_bp.desc()")


class ReceiptLine(Base):
    __tablename__ = "receipt_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product_name: Mapped[str] = mapped_column(String(80))
    ean: Mapped[str | None] = mapped_column(String(14))
    category: Mapped[str] = mapped_column(String(12))  # product category, see rules
    quantity_milli: Mapped[int] = mapped_column(Integer)  # 1000 = one piece or one kg
    unit: Mapped[str] = mapped_column(String(4))  # pcs | kg
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    discount_cents: Mapped[int] = mapped_column(Integer)
    total_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    bonus_eligible: Mapped[bool] = mapped_column(Boolean)


class ReceiptVat(Base):
    __tablename__ = "receipt_vat"
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    rate_bp: Mapped[int] = mapped_column(Integer)
    net_cents: Mapped[int] = mapped_column(Integer)
    vat_cents: Mapped[int] = mapped_column(Integer)
    gross_cents: Mapped[int] = mapped_column(Integer)


class WarrantyReceipt(Base):
    __tablename__ = "warranty_receipts"
    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    product_name: Mapped[str] = mapped_column(String(80))
    serial_number: Mapped[str | None] = mapped_column(String(40))
    ean: Mapped[str | None] = mapped_column(String(14))
    warranty_months: Mapped[int] = mapped_column(Integer)
    warranty_ends_on: Mapped[date] = mapped_column(Date)
    guarantor: Mapped[str] = mapped_column(String(80))
    receipt: Mapped[Receipt] = relationship()


class DocumentLink(Base):
    """A QR link that opens one document on the member's phone (GET /r/<token>).

    Only the token's SHA-256 is kept, so the database alone cannot open a link. The row is
    also the record of the transfer: which document, from which kiosk and session, when.
    """

    __tablename__ = "document_links"
    __table_args__ = (CheckConstraint("kind IN ('receipt', 'warranty', 'register_data')", name="document_link_kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[int | None] = mapped_column(Integer)  # receipt or warranty receipt id; None for register data
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("customer_sessions.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class PrintRecord(Base):
    """A document a kiosk printed for the member: which, where, when."""

    __tablename__ = "print_records"
    __table_args__ = (CheckConstraint("kind IN ('receipt', 'warranty', 'register_data')", name="print_record_kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[int | None] = mapped_column(Integer)
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("customer_sessions.id"))
    printed_at: Mapped[datetime]


# --- rule tables (effective-dated) ---------------------------------------------------

class VatRate(Base):
    """A VAT category's rate from valid_from on, until a later row of the category."""

    __tablename__ = "vat_rates"
    __table_args__ = (UniqueConstraint("vat_category", "valid_from"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    vat_category: Mapped[str] = mapped_column(String(12))  # general | food | reduced | exempt
    rate_bp: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)


class ProductCategory(Base):
    """What a product category is taxed as and which benefits it earns."""

    __tablename__ = "product_categories"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    vat_category: Mapped[str] = mapped_column(String(12))
    bonus_eligible: Mapped[bool] = mapped_column(Boolean)
    payment_benefit_eligible: Mapped[bool] = mapped_column(Boolean)


class BenefitRuleSet(Base):
    """Bonus steps, payment-method benefit and payout day in force from valid_from (a month start)."""

    __tablename__ = "benefit_rule_sets"
    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    payment_benefit_bp: Mapped[int] = mapped_column(Integer)
    payout_day: Mapped[int] = mapped_column(Integer)
    steps: Mapped[list[BonusStep]] = relationship(order_by="BonusStep.threshold_cents")


class EnrolmentRule(Base):
    """The minimum age for an own owner card, in force from valid_from until a later row."""

    __tablename__ = "enrolment_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    min_own_card_age_years: Mapped[int] = mapped_column(Integer)


class BonusStep(Base):
    __tablename__ = "bonus_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("benefit_rule_sets.id"))
    threshold_cents: Mapped[int] = mapped_column(Integer)
    percent_bp: Mapped[int] = mapped_column(Integer)


class CashBenefit(Base):
    """Other cash benefits (partner and campaign benefits) credited to a household for a month."""

    __tablename__ = "cash_benefits"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    month: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[Translated]
    amount_cents: Mapped[int] = mapped_column(Integer)


# --- panels and communication ---------------------------------------------------------

class Panel(Base):
    __tablename__ = "panels"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[Translated]
    description: Mapped[Translated]
    active: Mapped[bool] = mapped_column(Boolean)
    surveys: Mapped[list[Survey]] = relationship(order_by="Survey.opens_at.desc()")


class PanelMembership(Base):
    __tablename__ = "panel_memberships"
    __table_args__ = (UniqueConstraint("panel_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("panels.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    joined_at: Mapped[datetime]
    left_at: Mapped[datetime | None]


class Survey(Base):
    __tablename__ = "surveys"
    id: Mapped[int] = mapped_column(primary_key=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("panels.id"), index=True)
    title: Mapped[Translated]
    opens_at: Mapped[datetime]
    closes_at: Mapped[datetime]
    respondents: Mapped[int] = mapped_column(Integer)
    questions: Mapped[list[SurveyQuestion]] = relationship(order_by="SurveyQuestion.position")


QuestionKind = Literal["single", "multiple", "scale"]
"""single: one option; multiple: one or more; scale: one of five options, 1 (first) to 5 (last)."""


class SurveyQuestion(Base):
    __tablename__ = "survey_questions"
    __table_args__ = (CheckConstraint("kind IN ('single', 'multiple', 'scale')", name="question_kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[QuestionKind] = mapped_column(String(10), default="single", server_default="single")
    text: Mapped[Translated]
    options: Mapped[list[SurveyOption]] = relationship(order_by="SurveyOption.position")


class SurveyOption(Base):
    """Aggregated answers only: no individual response is stored here."""

    __tablename__ = "survey_options"
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_questions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[Translated]
    answer_count: Mapped[int] = mapped_column(Integer)


class SurveyResponse(Base):
    """That a member has answered a survey, and when: one answer per member (the unique constraint).

    What they answered is not kept with their name: the answer only adds to the options'
    counts, the same aggregated figures the results show.
    """

    __tablename__ = "survey_responses"
    __table_args__ = (UniqueConstraint("survey_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    answered_at: Mapped[datetime]


class CommunicationTopic(Base):
    """A newsletter or a marketing channel a member can opt in to or out of."""

    __tablename__ = "communication_topics"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[TopicKind] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[Translated]
    description: Mapped[Translated]


class CommunicationChoice(Base):
    __tablename__ = "communication_choices"
    __table_args__ = (UniqueConstraint("member_id", "topic_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("communication_topics.id"))
    subscribed: Mapped[bool] = mapped_column(Boolean)
    changed_at: Mapped[datetime]


class CommunicationEvent(Base):
    """Timestamped history of every consent and subscription change, for the register."""

    __tablename__ = "communication_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("communication_topics.id"))
    subscribed: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(40))  # kiosk id, "web", "store", "import"


# --- the fleet: heartbeats and their operators (backend/fleet.py) -----------------------------

class FleetOperator(Base):
    """Someone who watches the chain's terminals (GET /v1/fleet, /fleet); the token is kept as SHA-256 only."""

    __tablename__ = "fleet_operators"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    token_sha256: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime]


class KioskHeartbeat(Base):
    """The last accepted heartbeat of each kiosk: one row per kiosk, written over by the next one."""

    __tablename__ = "kiosk_heartbeats"
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"), primary_key=True)
    received_at: Mapped[datetime]  # the server's clock: what "silent" is measured from
    sent_at: Mapped[datetime]  # the kiosk's clock: a heartbeat not newer than this one is a replay
    interval_s: Mapped[int] = mapped_column(Integer)
    version: Mapped[str] = mapped_column(String(40))
    uptime_s: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    reader_state: Mapped[str] = mapped_column(String(16))
    reader_name: Mapped[str | None] = mapped_column(String(80))
    printer_state: Mapped[str] = mapped_column(String(16))
    printer_since: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(40))
    disk_free_mb: Mapped[int | None] = mapped_column(Integer)  # None: the kiosk could not tell
    changed_at: Mapped[datetime]  # when state, a device state or the version last changed
    # Whether the heartbeat that wrote this row changed any of them: the upsert sets it, so
    # the endpoint learns from the same statement whether to add a history row.
    changed: Mapped[bool] = mapped_column(Boolean)


class KioskStateChange(Base):
    """A kiosk's state, device states and version from a heartbeat that changed one of them."""

    __tablename__ = "kiosk_state_changes"
    __table_args__ = (Index("ix_kiosk_state_changes_kiosk_at", "kiosk_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"))
    at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16))
    reader_state: Mapped[str] = mapped_column(String(16))
    printer_state: Mapped[str] = mapped_column(String(16))
    version: Mapped[str] = mapped_column(String(40))


# --- operations: what kind of database this is, and rate limits shared by every worker --------

class DatabaseMark(Base):
    """A fact about the database itself: "demo" marks one that `kiosk-backend --demo` built.

    Only a database so marked (or an empty one) may be rebuilt by `--demo`, which drops
    every table first: without the mark a mistyped URL would wipe the chain's records.
    """

    __tablename__ = "database_marks"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    created_at: Mapped[datetime]


class RateLimitHit(Base):
    """One counted attempt in a rate limit's window (backend/limits.py).

    In the database, not in a worker's memory, so a limit holds however many workers and
    hosts serve the API; the purge job deletes hits older than any window.
    """

    __tablename__ = "rate_limit_hits"
    __table_args__ = (Index("ix_rate_limit_hits_bucket_at", "bucket", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bucket: Mapped[str] = mapped_column(String(120))  # "<limit>:<key>", the key hashed where it is personal
    at: Mapped[datetime]
# --- maintenance: what technicians hand to the help desk (backend/api/maintenance.py) ----------

class DiagnosticsBundle(Base):
    """A kiosk's diagnostics bundle (a zip: config without secrets, versions, device states, redacted log tail),
    uploaded from maintenance mode when no removable medium was mounted, kept for the help desk."""

    __tablename__ = "diagnostics_bundles"
    __table_args__ = (Index("ix_diagnostics_bundles_kiosk_at", "kiosk_id", "received_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk_terminals.id"))
    staff_member_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"))  # the technician who sent it
    received_at: Mapped[datetime]
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
