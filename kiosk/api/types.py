"""The backend's answers as the kiosk reads them, each declared once.

msgspec checks every answer against these declarations while it decodes the JSON, so
a view never meets a missing key, a float where cents belong, a time without a zone or
a word outside a closed vocabulary: the client raises ServerError("malformed_response")
instead (see client.decode). Fields the backend adds later are ignored, so an older
terminal keeps working against a newer backend.

A field typed `X | None` without a default must be present and may be null: the
backend always sends it, and reading a missing `next_step` as "top step reached" would
show the member something that is not so. Only a field the backend documents as
sometimes omitted has a default.

Money is integer cents and percentages basis points, as in the backend's schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Generic, Literal, TypeVar

import msgspec

T = TypeVar("T")

Translated = dict[str, str]  # language code -> text, all languages at once
Assurance = Literal["card", "strong"]
CardKind = Literal["owner", "staff", "technician"]
EndReason = Literal["end_button", "card_removed", "idle", "kiosk_shutdown", "other"]
ConfirmationStatus = Literal["pending", "approved", "cancelled", "expired", "failed"]
DocumentKind = Literal["receipt", "warranty", "register_data"]

# A time without a zone is no moment: it would be read in whatever zone the terminal has.
Moment = Annotated[dt.datetime, msgspec.Meta(tz=True)]
# "YYYY-MM"; the views split it into numbers.
Month = Annotated[str, msgspec.Meta(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])\Z")]
# INTERNAL AUTHENTICATE takes exactly 32 bytes; the backend sends them in base64.
CardChallenge = Annotated[bytes, msgspec.Meta(min_length=32, max_length=32)]
# The link becomes a QR code a phone opens: anything but a web address must not.
WebAddress = Annotated[str, msgspec.Meta(pattern=r"^https?://\S*\Z")]


class Result(msgspec.Struct, frozen=True):
    """Base of every answer: immutable, so a result handed to the UI thread cannot change under it."""


def _repr_hiding(result: msgspec.Struct, secret: str) -> str:
    """A repr that names `secret` but never shows it, so a logged result cannot leak a credential."""
    shown = ", ".join(f"{name}={getattr(result, name)!r}" for name in result.__struct_fields__ if name != secret)
    return f"{type(result).__name__}({shown}, {secret}=…)"


class Items(Result, Generic[T], frozen=True):
    """The envelope of a list answer."""

    items: list[T]


# --- sessions ------------------------------------------------------------------------------

class Challenge(Result, frozen=True):
    """The same for any card number: the backend says nothing of the card until it has signed.

    The card's kind comes from the card itself (kiosk.devices.ownercard, READ DATA); a
    refusal (closed, lost, unknown) comes with the answer to the signature.
    """

    challenge_id: str
    challenge: CardChallenge  # the bytes the card signs (INTERNAL AUTHENTICATE)
    expires_at: Moment


class SessionMember(Result, frozen=True):
    first_name: str
    language: str
    can_confirm: bool = True  # False: no mobile phone number on file, so no confirmation can work


class SessionInfo(Result, frozen=True):
    assurance: Assurance
    expires_at: Moment
    idle_timeout_seconds: int
    member: SessionMember


class OpenedSession(SessionInfo, frozen=True):
    token: str

    def __repr__(self) -> str:
        return _repr_hiding(self, "token")


class StaffSession(Result, frozen=True):
    role: Literal["staff", "technician"]
    first_name: str
    expires_at: Moment
    token: str

    def __repr__(self) -> str:
        return _repr_hiding(self, "token")


class Confirmation(Result, frozen=True):
    """A mobile-certificate confirmation as the kiosk shows it: event ID, masked phone, status."""

    event_id: str
    phone_masked: str
    expires_at: Moment
    status: ConfirmationStatus
    outcome: str | None  # stable code of a failure, e.g. "user_cancel"
    assurance: Assurance
    next_check_at: Moment | None = None  # pending: when the backend next asks for the phone's answer


# --- benefits -------------------------------------------------------------------------------

class NextStep(Result, frozen=True):
    threshold_cents: int
    percent_bp: int
    missing_cents: int
    adds_cents: int


class CashBenefit(Result, frozen=True):
    kind: str
    title: Translated
    amount_cents: int


class Payout(Result, frozen=True):
    month: Month
    date: dt.date
    amount_cents: int
    account_masked: str | None
    status: Literal["accruing", "scheduled", "paid"]


class BenefitsSummary(Result, frozen=True):
    month: Month
    household_purchases_cents: int
    percent_bp: int
    bonus_cents: int
    payment_benefit_cents: int
    other_benefits: list[CashBenefit]
    other_benefits_cents: int
    next_step: NextStep | None  # None at the top step
    next_payout: Payout
    paperless_receipts: bool = False  # the card is set to e-receipts only: no paper receipt at the till


class BonusMonth(Result, frozen=True):
    month: Month
    household_purchases_cents: int
    percent_bp: int
    bonus_cents: int
    payment_benefit_cents: int
    other_benefits: list[CashBenefit]
    other_benefits_cents: int
    total_cents: int
    payout: Payout


# --- stores and receipts --------------------------------------------------------------------

class Store(Result, frozen=True):
    id: int
    name: str
    town: str


class StoreDetail(Store, frozen=True):
    seller_name: str
    business_id: str
    street: str
    postal_code: str


class ReceiptSummary(Result, frozen=True):
    id: int
    number: str
    purchased_at: Moment
    store: Store
    total_cents: int
    payment_method: str  # an open vocabulary: the views read an unknown one as "other"
    line_count: int
    matched_lines: list[str] = []  # with a search: product names holding a search word; older backends omit it


class ReceiptPage(Result, frozen=True):
    items: list[ReceiptSummary]
    next_cursor: str | None  # None on the last page
    total: int | None = None  # receipts matching in all; given with the first page (no cursor) only
    total_capped: bool = False  # a search counts only so far: more than `total` match


class ReceiptLine(Result, frozen=True):
    position: int
    product_name: str
    ean: str | None
    quantity_milli: int  # 1000 = one piece or one kilogram
    unit: str
    unit_price_cents: int
    discount_cents: int
    total_cents: int
    vat_rate_bp: int
    bonus_eligible: bool


class VatLine(Result, frozen=True):
    rate_bp: int
    net_cents: int
    vat_cents: int
    gross_cents: int


class ReceiptDetail(Result, frozen=True):
    id: int
    number: str
    purchased_at: Moment
    store: StoreDetail
    lines: list[ReceiptLine]
    vat: list[VatLine]
    total_cents: int
    payment_method: str
    payment_card_last4: str | None
    bonus_eligible_cents: int
    warranty_receipt_ids: list[int]


class WarrantyReceipt(Result, frozen=True):
    id: int
    receipt_id: int
    receipt_number: str
    product_name: str
    serial_number: str | None
    ean: str | None
    purchased_on: dt.date
    store: Store
    warranty_months: int
    warranty_ends_on: dt.date
    guarantor: str


# --- panels ---------------------------------------------------------------------------------

class Survey(Result, frozen=True):
    id: int
    title: Translated
    opens_at: Moment
    closes_at: Moment
    status: Literal["open", "closed"]
    respondents: int
    answered: bool = False  # this member has answered it (once is all a member may)


class Panel(Result, frozen=True):
    id: int
    code: str
    title: Translated
    description: Translated
    member: bool
    joined_at: Moment | None
    surveys: list[Survey]


class SurveyOptionResult(Result, frozen=True):
    text: Translated
    answer_count: int
    share_bp: int  # the shares of one question add up to 10 000


class SurveyQuestionResult(Result, frozen=True):
    text: Translated
    answers: int
    options: list[SurveyOptionResult]


class SurveyResults(Result, frozen=True):
    survey: Survey
    panel_title: Translated
    questions: list[SurveyQuestionResult]


QuestionKind = Literal["single", "multiple", "scale"]


class SurveyOption(Result, frozen=True):
    id: int
    text: Translated


class SurveyQuestion(Result, frozen=True):
    id: int
    kind: QuestionKind  # single: one option; multiple: one or more; scale: one of five, 1 (first) to 5 (last)
    text: Translated
    options: list[SurveyOption]


class SurveyToAnswer(Result, frozen=True):
    survey: Survey
    panel_title: Translated
    questions: list[SurveyQuestion]


# --- profile, household, registers, communication -------------------------------------------

class Profile(Result, frozen=True):
    member_number: str
    first_name: str
    last_name: str
    language: str
    phone: str | None  # E.164
    email: str | None
    address_line1: str
    address_line2: str | None
    postal_code: str
    town: str
    updated_at: Moment


class HouseholdMember(Result, frozen=True):
    member_number: str | None  # given to the household's owner for each family member, to remove them
    first_name: str
    last_name: str
    role: Literal["owner", "family"]
    is_me: bool
    joined_household_on: dt.date
    can_remove: bool  # the owner may remove this family member (DELETE /v1/me/household/members/{number})


class Household(Result, frozen=True):
    members: list[HouseholdMember]


class RegisterData(Result, frozen=True):
    """Shown as the backend groups it: the screen lists whatever the registers hold, so the
    client does not narrow it to the fields it knows today."""

    owner_customer_register: dict[str, Any]
    customer_register: dict[str, Any]


class CommunicationTopic(Result, frozen=True):
    code: str
    kind: Literal["newsletter", "channel"]
    title: Translated
    description: Translated
    subscribed: bool
    changed_at: Moment | None


class PaperlessReceipts(Result, frozen=True):
    paperless: bool  # e-receipts only, no paper receipt at the till
    changed_at: Moment | None  # None: never chosen (paper receipts)


# --- receipt output -------------------------------------------------------------------------

class DocumentLink(Result, frozen=True):
    """A link that opens one document on the member's phone until `expires_at`; shown as a QR code."""

    url: WebAddress  # the token in it is the whole grant: kept out of repr and logs
    expires_at: Moment

    def __repr__(self) -> str:
        return _repr_hiding(self, "url")


# --- the fleet: heartbeats and the store's paper ----------------------------------------------

# The heartbeat's words, as the backend's POST /v1/heartbeats takes them. Never who is at the kiosk.
KioskState = Literal["attract", "session", "staff", "maintenance", "unavailable", "out_of_order"]
ReaderState = Literal["ok", "missing", "no_pcscd", "unknown"]
PrinterState = Literal["ready", "paper_near_end", "paper_out", "cover_open", "offline", "unreachable", "busy",
                       "unknown"]


class HeartbeatReader(msgspec.Struct, frozen=True, kw_only=True):
    state: ReaderState
    name: str | None = None  # the reader's model as PC/SC names it


class HeartbeatPrinter(msgspec.Struct, frozen=True, kw_only=True):
    state: PrinterState
    since: Moment | None = None  # when the printer was first seen in this state


class HeartbeatDevices(msgspec.Struct, frozen=True, kw_only=True):
    reader: HeartbeatReader
    printer: HeartbeatPrinter


class Heartbeat(msgspec.Struct, frozen=True, kw_only=True):
    """What the kiosk says of itself every interval (a request body, not an answer)."""

    kiosk_id: str
    sent_at: Moment  # the backend refuses one not newer than the last, or far from its clock
    interval_s: int
    version: str
    uptime_s: int
    state: KioskState
    devices: HeartbeatDevices
    last_error: str | None  # a code such as "backend_timeout", never words about anyone
    disk_free_mb: int | None


class HeartbeatAck(Result, frozen=True):
    received_at: Moment
    changed: bool  # the backend added this heartbeat to the kiosk's history
    silent_after_s: int  # without another heartbeat by then the fleet view calls this kiosk silent


Paper = Literal["ok", "near_end", "out", "unknown"]


class StoreRef(Result, frozen=True):
    id: int
    code: str
    name: str


class StoreKiosk(Result, frozen=True):
    """One kiosk of the store as the staff menu shows it: "Kiosk X: paper running low"."""

    kiosk_id: str
    name: str
    this_kiosk: bool
    silent: bool  # not heard from lately: its paper is as it was then
    last_seen_at: Moment | None
    printer_state: str  # the backend's word (PrinterState); a newer backend may know more
    printer_since: Moment | None
    paper: Paper


class StoreStatus(Result, frozen=True):
    store: StoreRef | None  # None for a kiosk that belongs to no store
    kiosks: list[StoreKiosk]  # this kiosk first


# --- staff flows: enrolment, card replacement, phone change ----------------------------------------

DocumentType = Literal["passport", "identity_card", "driving_licence"]
StaffPurpose = Literal["new_member", "replacement", "phone_change"]
IdentityKind = Literal["mobile_certificate", "document"]
ReplacementReason = Literal["lost", "damaged"]


class StaffSessionInfo(Result, frozen=True):
    """GET /v1/staff-sessions/current: is the clerk's session still alive?"""

    role: Literal["staff", "technician"]
    first_name: str
    expires_at: Moment
    idle_timeout_seconds: int


class StockChallenge(Result, frozen=True):
    """A challenge for the card inserted in a staff flow; whether the card may be used is told after its proof."""

    challenge_id: str
    challenge: CardChallenge
    expires_at: Moment


class HouseholdPerson(Result, frozen=True):
    """A household member as a clerk sees them: name and role, nothing else."""

    first_name: str
    last_name: str
    role: Literal["owner", "family"]


class EnrolmentHousehold(Result, frozen=True):
    owner_first_name: str
    members: list[HouseholdPerson]
    min_own_card_age_years: int  # the rule in force today: the form checks the age as typed


class NewMemberChecked(Result, frozen=True):
    """The typed details as the backend will store them."""

    first_name: str
    last_name: str
    identity_code: str
    birth_date: dt.date
    phone: str | None  # E.164
    email: str | None
    language: str


class StaffConfirmation(Result, frozen=True):
    """A staff flow's mobile-certificate confirmation, polled by its id."""

    confirmation_id: int
    purpose: StaffPurpose
    event_id: str
    phone_masked: str
    expires_at: Moment
    status: ConfirmationStatus
    outcome: str | None  # a customer confirmation's outcomes, and name_mismatch, already_member, wrong_person


class Enrolled(Result, frozen=True):
    """Everything the summary screen and the welcome slip show."""

    request_id: str
    member_number: str
    first_name: str
    last_name: str
    card_number_masked: str
    household: list[HouseholdPerson]
    purchases_count_from: dt.date
    identity: IdentityKind
    owner_notified: bool


class MemberLookup(Result, frozen=True):
    """Only what the clerk needs to go on with a replacement: never a household, an address or purchases."""

    lookup_id: str
    first_name: str
    phone_masked: str | None
    can_confirm: bool  # a phone and a SATU on file: a confirmation on the phone can prove the person
    active_cards_masked: list[str]
    expires_at: Moment


class CardReplaced(Result, frozen=True):
    request_id: str
    first_name: str
    card_number_masked: str
    old_cards_masked: list[str]
    old_card_status: Literal["lost", "closed"]
    identity: IdentityKind


class PhoneChanged(Result, frozen=True):
    request_id: str
    phone_masked: str
    previous_phone_masked: str | None
    satu_recorded: bool  # the new number's certificate confirmed the member: strong on their next visit


class StaffAction(Result, frozen=True):
    """One of the clerk's audited actions at this kiosk today."""

    action: str  # member_enrolled, card_replaced, phone_changed, staff_session_opened, ...: an open vocabulary
    at: Moment
    member_number_masked: str | None
    card_number_masked: str | None
    identity: IdentityKind | None


# The flows' request bodies (sent, not read): declared so a typo is a type error, not a 422.

class NewMember(msgspec.Struct, frozen=True, kw_only=True):
    """The new family member's details as the clerk typed them (the address is the household's)."""

    first_name: str
    last_name: str
    identity_code: str
    phone: str | None
    email: str | None
    language: str

    def __repr__(self) -> str:
        return "NewMember(…)"  # personal data: never in a log or a traceback


class DocumentEvidence(msgspec.Struct, frozen=True, kw_only=True):
    """An identity document the clerk checked: its type and the last four characters of its number."""

    document_type: DocumentType
    last4: str


class CertificateEvidence(msgspec.Struct, frozen=True, kw_only=True):
    """The person confirmed with their own mobile certificate in this staff session."""

    confirmation_id: int


IdentityEvidence = DocumentEvidence | CertificateEvidence


class CardProof(msgspec.Struct, frozen=True, kw_only=True):
    """The stock card's signature over its challenge."""

    challenge_id: str
    signature: bytes
# --- maintenance mode (a technician's session) -----------------------------------------------------------

MsspState = Literal["not_configured", "answering", "credentials_refused", "not_answering", "bad_answer"]
MaintenanceAction = Literal["card_test", "test_print", "cut_test", "settings_saved", "restart_kiosk",
                            "restart_pcscd", "touch_test", "diagnostics_exported"]


class MsspStatus(Result, frozen=True):
    state: MsspState  # the mobile-certificate service as the backend sees it, asked just now
    checked_ms: int | None


class MaintenanceStatus(Result, frozen=True):
    server_time: Moment  # the backend's clock, against which the kiosk's is compared
    mssp: MsspStatus


class ActionRecorded(Result, frozen=True):
    action: MaintenanceAction
    recorded_at: Moment


class DiagnosticsReceipt(Result, frozen=True):
    """The backend kept an uploaded diagnostics bundle for the help desk."""

    id: int
    kiosk_id: str
    received_at: Moment
    size: int
    sha256: str
