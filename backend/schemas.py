"""Request and response bodies of the /v1 API (they are also its OpenAPI schema).

Money is integer cents, percentages basis points, times ISO 8601 with the Helsinki
offset, months "YYYY-MM". Translated texts come in all three languages at once so the
kiosk can switch language without fetching again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Translated = dict[str, str]
Assurance = Literal["card", "strong"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorField(BaseModel):
    field: str
    code: str
    message: str


class ErrorBody(BaseModel):
    code: str
    message: str
    fields: list[ErrorField] | None = None


# --- sessions ---------------------------------------------------------------------

class ChallengeRequest(Strict):
    card_number: str = Field(max_length=32)


class ChallengeOut(BaseModel):
    challenge_id: str
    challenge: str  # base64, 32 bytes, for INTERNAL AUTHENTICATE
    card_kind: Literal["owner", "staff", "technician"]
    expires_at: datetime


class SessionOpenRequest(Strict):
    challenge_id: str = Field(max_length=64)
    signature: str = Field(max_length=200)  # base64 DER ECDSA signature from the card


class SessionMember(BaseModel):
    first_name: str
    language: str


class SessionOut(BaseModel):
    assurance: Assurance
    expires_at: datetime
    idle_timeout_seconds: int
    member: SessionMember


class SessionOpened(SessionOut):
    token: str


class StaffSessionOut(BaseModel):
    role: Literal["staff", "technician"]
    first_name: str
    expires_at: datetime
    idle_timeout_seconds: int


class StaffSessionOpened(StaffSessionOut):
    token: str


ConfirmationStatus = Literal["pending", "approved", "cancelled", "expired", "failed"]


class ConfirmationOut(BaseModel):
    event_id: str  # shown on the kiosk and on the phone at the same time
    phone_masked: str
    expires_at: datetime
    status: ConfirmationStatus
    outcome: str | None  # stable code of a failure, e.g. "user_cancel"
    assurance: Assurance


class ConfirmationStart(Strict):
    language: Literal["fi", "sv", "en"] | None = None  # the phone prompt's language; default the member's


# --- benefits -----------------------------------------------------------------------

class NextStepOut(BaseModel):
    threshold_cents: int
    percent_bp: int
    missing_cents: int
    adds_cents: int


class CashBenefitOut(BaseModel):
    kind: str
    title: Translated
    amount_cents: int


PayoutStatus = Literal["accruing", "scheduled", "paid"]


class PayoutOut(BaseModel):
    month: str
    date: date
    amount_cents: int
    account_masked: str | None
    status: PayoutStatus


class BenefitsSummary(BaseModel):
    month: str
    household_purchases_cents: int
    percent_bp: int
    bonus_cents: int
    payment_benefit_cents: int
    other_benefits: list[CashBenefitOut]
    other_benefits_cents: int
    next_step: NextStepOut | None
    next_payout: PayoutOut


class BonusMonth(BaseModel):
    month: str
    household_purchases_cents: int
    percent_bp: int
    bonus_cents: int
    payment_benefit_cents: int
    other_benefits: list[CashBenefitOut]
    other_benefits_cents: int
    total_cents: int
    payout: PayoutOut


class BonusMonths(BaseModel):
    items: list[BonusMonth]


# --- receipts -----------------------------------------------------------------------

class StoreOut(BaseModel):
    id: int
    name: str
    town: str


class StoreDetail(StoreOut):
    seller_name: str
    business_id: str
    street: str
    postal_code: str


class Stores(BaseModel):
    items: list[StoreOut]


class ReceiptSummary(BaseModel):
    id: int
    number: str
    purchased_at: datetime
    store: StoreOut
    total_cents: int
    payment_method: str
    line_count: int


class ReceiptPage(BaseModel):
    items: list[ReceiptSummary]
    next_cursor: str | None
    total: int | None = None  # how many receipts match in all; on the first page only (no cursor)


class ReceiptLineOut(BaseModel):
    position: int
    product_name: str
    ean: str | None
    quantity_milli: int
    unit: str
    unit_price_cents: int
    discount_cents: int
    total_cents: int
    vat_rate_bp: int
    bonus_eligible: bool


class VatLineOut(BaseModel):
    rate_bp: int
    net_cents: int
    vat_cents: int
    gross_cents: int


class ReceiptDetail(BaseModel):
    id: int
    number: str
    purchased_at: datetime
    store: StoreDetail
    lines: list[ReceiptLineOut]
    vat: list[VatLineOut]
    total_cents: int
    payment_method: str
    payment_card_last4: str | None
    bonus_eligible_cents: int
    warranty_receipt_ids: list[int]


class WarrantyReceiptOut(BaseModel):
    id: int
    receipt_id: int
    receipt_number: str
    product_name: str
    serial_number: str | None
    ean: str | None
    purchased_on: date
    store: StoreOut
    warranty_months: int
    warranty_ends_on: date
    guarantor: str


class WarrantyReceipts(BaseModel):
    items: list[WarrantyReceiptOut]


# --- panels ---------------------------------------------------------------------------

class SurveyOut(BaseModel):
    id: int
    title: Translated
    opens_at: datetime
    closes_at: datetime
    status: Literal["open", "closed"]
    respondents: int


class PanelOut(BaseModel):
    id: int
    code: str
    title: Translated
    description: Translated
    member: bool
    joined_at: datetime | None
    surveys: list[SurveyOut]


class Panels(BaseModel):
    items: list[PanelOut]


class SurveyOptionResult(BaseModel):
    text: Translated
    answer_count: int
    share_bp: int  # of the question's answers, basis points; the shares of a question add up to 10000


class SurveyQuestionResult(BaseModel):
    text: Translated
    answers: int
    options: list[SurveyOptionResult]


class SurveyResults(BaseModel):
    survey: SurveyOut
    panel_title: Translated
    questions: list[SurveyQuestionResult]


# --- profile and household ----------------------------------------------------------------

class Profile(BaseModel):
    member_number: str
    first_name: str
    last_name: str
    language: str
    phone: str | None
    email: str | None
    address_line1: str
    address_line2: str | None
    postal_code: str
    town: str
    updated_at: datetime


class ProfileUpdate(Strict):
    """Only the fields present change; null clears an optional field."""

    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=300)
    address_line1: str | None = Field(default=None, max_length=200)
    address_line2: str | None = Field(default=None, max_length=200)
    postal_code: str | None = Field(default=None, max_length=20)
    town: str | None = Field(default=None, max_length=100)
    language: str | None = Field(default=None, max_length=5)


class HouseholdMember(BaseModel):
    first_name: str
    last_name: str
    role: Literal["owner", "family"]
    is_me: bool
    joined_household_on: date


class Household(BaseModel):
    members: list[HouseholdMember]


# --- communication -------------------------------------------------------------------------

class CommunicationTopicOut(BaseModel):
    code: str
    kind: Literal["newsletter", "channel"]
    title: Translated
    description: Translated
    subscribed: bool
    changed_at: datetime | None


class CommunicationTopics(BaseModel):
    items: list[CommunicationTopicOut]


class SubscriptionChange(Strict):
    subscribed: bool


# --- receipt output: QR links and print records ------------------------------------------

DocumentKind = Literal["receipt", "warranty", "register_data"]


class DocumentLinkOut(BaseModel):
    url: str  # <public base>/r/<token>: opens the document on a phone, until expires_at
    expires_at: datetime


class PrintRecordIn(Strict):
    kind: DocumentKind
    item_id: int | None = Field(default=None, ge=1, le=2**63 - 1)  # None for the register data


class PrintRecordOut(BaseModel):
    kind: DocumentKind
    item_id: int | None
    printed_at: datetime
