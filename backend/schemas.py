"""Request and response bodies of the /v1 API (they are also its OpenAPI schema).

Money is integer cents, percentages basis points, times ISO 8601 with the Helsinki
offset, months "YYYY-MM". Translated texts come in all three languages at once so the
kiosk can switch language without fetching again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

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
    """The same for every well-formed number: the card's existence, kind and status are told only after its proof."""

    challenge_id: str
    challenge: str  # base64, 32 bytes, for INTERNAL AUTHENTICATE
    expires_at: datetime


class SessionOpenRequest(Strict):
    challenge_id: str = Field(max_length=64)
    signature: str = Field(max_length=200)  # base64 DER ECDSA signature from the card


class SessionMember(BaseModel):
    first_name: str
    language: str
    # A mobile phone number is on file, so a mobile-certificate confirmation can be asked for:
    # without one the kiosk offers no confirmation that could only fail.
    can_confirm: bool


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
    # While pending: when the backend next asks the MSSP for the phone's answer (the first
    # poll waits, then polls are spaced). An answer given on the phone is seen only then, so
    # the kiosk says when it will be checked instead of "enter your PIN" meanwhile.
    next_check_at: datetime | None = None


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
    paperless_receipts: bool = False  # the card is set to e-receipts only (no paper at the till)


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
    # with a search (q): the product names on the receipt that hold a search word (at most three)
    matched_lines: list[str] = []


class ReceiptPage(BaseModel):
    items: list[ReceiptSummary]
    next_cursor: str | None
    total: int | None = None  # how many receipts match in all; on the first page only (no cursor)
    # a search (q) counts up to 100: true when more match than `total` says ("over 100")
    total_capped: bool = False


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
    answered: bool = False  # this member has answered it (each member answers once)


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


class SurveyOptionOut(BaseModel):
    id: int
    text: Translated


class SurveyQuestionOut(BaseModel):
    id: int
    kind: Literal["single", "multiple", "scale"]  # scale: five options, 1 (the first) to 5 (the last)
    text: Translated
    options: list[SurveyOptionOut]


class SurveyToAnswer(BaseModel):
    survey: SurveyOut
    panel_title: Translated
    questions: list[SurveyQuestionOut]


class SurveyAnswer(Strict):
    question_id: int
    option_ids: list[int] = Field(max_length=20)  # single and scale: exactly one; multiple: one or more


class SurveyAnswers(Strict):
    answers: list[SurveyAnswer] = Field(max_length=50)  # every question of the survey, once


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
    member_number: str | None  # only where can_remove: the owner's handle on a family member
    first_name: str
    last_name: str
    role: Literal["owner", "family"]
    is_me: bool
    joined_household_on: date
    can_remove: bool  # the owner sees it on each family member: DELETE /v1/me/household/members/{member_number}


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
    # A consent: only JSON true or false, never "yes", "1" or 1 that pydantic's lax mode would accept.
    subscribed: StrictBool


class PaperlessOut(BaseModel):
    paperless: bool  # true: e-receipts only, no paper receipt at the till
    changed_at: datetime | None  # None: never chosen (paper receipts)


class PaperlessChange(Strict):
    paperless: bool


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


# --- staff flows (issue 14): enrolment, card replacement, phone change ---------------------------

# The kiosk makes one per attempt of a flow (a UUID, say) and sends it again on a retry.
RequestId = Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
DocumentType = Literal["passport", "identity_card", "driving_licence"]
StaffConfirmationStatus = ConfirmationStatus


class StockChallengeOut(BaseModel):
    """A challenge for the card inserted in a staff flow; nothing about the card is told before its proof."""

    challenge_id: str
    challenge: str  # base64, 32 bytes, for INTERNAL AUTHENTICATE
    expires_at: datetime


class CardProof(Strict):
    """The inserted card's signature over a stock-card challenge (POST /v1/staff/stock-card-challenges)."""

    challenge_id: str = Field(max_length=64)
    signature: str = Field(max_length=200)


class DocumentEvidence(Strict):
    """An identity document the clerk checked: its type and the last four characters of its number."""

    document_type: DocumentType
    last4: str = Field(max_length=8)  # [A-Z0-9]{4} after upper-casing; checked by the backend


class MobileCertificateEvidence(Strict):
    kind: Literal["mobile_certificate"]
    confirmation_id: int = Field(ge=1, le=2**63 - 1)


class DocumentIdentity(DocumentEvidence):
    kind: Literal["document"]


IdentityEvidence = Annotated[MobileCertificateEvidence | DocumentIdentity, Field(discriminator="kind")]


class NewMemberIn(Strict):
    """The new family member's details as the clerk typed them; the address is the household's."""

    first_name: str = Field(max_length=100)
    last_name: str = Field(max_length=100)
    identity_code: str = Field(max_length=20)
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=300)
    language: str = Field(max_length=5)


class NewMemberChecked(BaseModel):
    """The details as the backend will store them (normalised), and the birth date they give."""

    first_name: str
    last_name: str
    identity_code: str
    birth_date: date
    phone: str | None
    email: str | None
    language: str


class HouseholdPerson(BaseModel):
    first_name: str
    last_name: str
    role: Literal["owner", "family"]


class EnrolmentHousehold(BaseModel):
    """What the clerk sees of the owner's household: names and roles, nothing else."""

    owner_first_name: str
    members: list[HouseholdPerson]
    min_own_card_age_years: int  # the rule in force today


class NewMemberConfirmationStart(NewMemberIn):
    prompt_language: Literal["fi", "sv", "en"] | None = None  # default: the language typed for the new member


class StaffConfirmationOut(BaseModel):
    confirmation_id: int
    purpose: Literal["new_member", "replacement", "phone_change"]
    event_id: str
    phone_masked: str
    expires_at: datetime
    status: StaffConfirmationStatus
    outcome: str | None


class EnrolmentIn(Strict):
    request_id: RequestId
    member: NewMemberIn
    identity: IdentityEvidence
    card: CardProof


class EnrolmentOut(BaseModel):
    """Everything the summary screen and the welcome slip show."""

    request_id: str
    member_number: str
    first_name: str
    last_name: str
    card_number_masked: str
    household: list[HouseholdPerson]
    purchases_count_from: date  # the household's purchases include the new member's from this day
    identity: Literal["mobile_certificate", "document"]
    owner_notified: bool


class MemberLookupIn(Strict):
    """Exactly one of the two: the member's phone number or personal identity code."""

    phone: str | None = Field(default=None, max_length=40)
    identity_code: str | None = Field(default=None, max_length=20)


class MemberLookupOut(BaseModel):
    """Only what the clerk needs to go on: never a household, an address or purchases."""

    lookup_id: str
    first_name: str
    phone_masked: str | None
    can_confirm: bool  # a phone and a SATU on file: a mobile-certificate confirmation can prove the person
    active_cards_masked: list[str]
    expires_at: datetime


class ReplacementConfirmationStart(Strict):
    lookup_id: str = Field(max_length=64)
    prompt_language: Literal["fi", "sv", "en"] | None = None  # default: the member's language


class CardReplacementIn(Strict):
    request_id: RequestId
    lookup_id: str = Field(max_length=64)
    reason: Literal["lost", "damaged"]  # the old card becomes lost or closed
    identity: IdentityEvidence
    card: CardProof


class CardReplacementOut(BaseModel):
    request_id: str
    first_name: str
    card_number_masked: str
    old_cards_masked: list[str]
    old_card_status: Literal["lost", "closed"]
    identity: Literal["mobile_certificate", "document"]


class PhoneConfirmationStart(Strict):
    phone: str = Field(max_length=40)
    prompt_language: Literal["fi", "sv", "en"] | None = None  # default: the member's language


class PhoneChangeIn(Strict):
    request_id: RequestId
    phone: str = Field(max_length=40)
    document: DocumentEvidence
    confirmation_id: int | None = Field(default=None, ge=1, le=2**63 - 1)  # the new number's approved confirmation


class PhoneChangeOut(BaseModel):
    request_id: str
    phone_masked: str
    previous_phone_masked: str | None
    satu_recorded: bool  # the new number's mobile certificate confirmed the member: strong on their next visit


class StaffAction(BaseModel):
    """One audited action, in the terms the clerk's "My actions today" shows."""

    action: str  # see README: member_enrolled, card_replaced, phone_changed, staff_session_opened, ...
    at: datetime
    member_number_masked: str | None
    card_number_masked: str | None
    identity: Literal["mobile_certificate", "document"] | None


class StaffActions(BaseModel):
    items: list[StaffAction]
