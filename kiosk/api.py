"""The kiosk's client of the backend /v1 API: typed results, one vocabulary of typed errors.

Views never import this module's transport: the session layer calls it from worker
threads and hands results to the UI. Every failure a user can meet arrives as a
subclass of `ApiError` whose `.code` the UI maps to a translated message, so a
KeyError or a requests exception never reaches a screen.

What may be logged: method, path and status. Card numbers travel only in request
bodies and tokens only in headers, and neither (nor names, phones, e-mails or search
words from query strings) is ever logged or put into an exception message.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import requests
from urllib3.exceptions import ReadTimeoutError

log = logging.getLogger("kiosk.api")

T = TypeVar("T")

Translated = dict[str, str]
Assurance = Literal["card", "strong"]
CardKind = Literal["owner", "staff", "technician"]
EndReason = Literal["end_button", "card_removed", "idle", "kiosk_shutdown", "other"]

# Backoff before the 1st, 2nd, ... retry of a read; short, because a shopper is waiting.
_READ_BACKOFF_SECONDS = (0.1, 0.2)
_RETRYABLE_STATUSES = frozenset({502, 503, 504})
_PROFILE_FIELDS = frozenset({"phone", "email", "address_line1", "address_line2", "postal_code", "town",
                             "language"})


# --- errors ----------------------------------------------------------------------------

class ApiError(Exception):
    """Base of every error this client raises; `.code` is what the UI translates."""

    def __init__(self, code: str, message: str = "", *, status: int | None = None) -> None:
        super().__init__(f"{code}: {message}" if message else code)
        self.code = code
        self.message = message
        self.status = status


class BackendUnreachable(ApiError):
    """No answer: connection refused or reset, DNS failure, or a timeout."""


class KioskUnauthorized(ApiError):
    """The terminal's own credential is refused: a technician must fix it, the customer cannot."""


class SessionGone(ApiError):
    """The customer session no longer exists; `.code` says why (expired, ended, unknown, required)."""


class AssuranceRequired(ApiError):
    """The session must be raised to `strong` (mobile certificate) first."""


class CardRefused(ApiError):
    """The card cannot open a session; `.code` says why (closed, lost, unknown, challenge used...)."""


class NotFound(ApiError):
    """The item does not exist or is not the member's (the backend does not tell which)."""


@dataclass(frozen=True)
class FieldProblem:
    field: str
    code: str
    message: str


class ValidationFailed(ApiError):
    """The backend refused input; `.fields` names each bad field so the form can mark it."""

    def __init__(self, code: str, message: str = "", *, status: int | None = None,
                 fields: list[FieldProblem] | None = None) -> None:
        super().__init__(code, message, status=status)
        self.fields: list[FieldProblem] = fields or []


class Refused(ApiError):
    """Any other refusal (4xx) with the backend's code, e.g. survey_open or body_too_large."""


class ServerError(ApiError):
    """The backend failed (5xx) or answered something this client cannot read."""


def _malformed(what: str) -> ServerError:
    # `what` names keys and types only, never values: values may be personal data.
    return ServerError("malformed_response", f"unexpected answer from the backend ({what})")


_SESSION_CODES = frozenset({"session_expired", "session_ended", "session_unknown", "session_required"})
_CARD_CODES = frozenset({"card_unknown", "card_closed", "card_lost", "card_not_for_customers", "card_not_for_staff",
                         "challenge_unknown", "challenge_used", "challenge_expired", "signature_invalid"})
# Codes used when an answer carries none of its own (e.g. an HTML page from a proxy).
_STATUS_CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                 409: "conflict", 413: "body_too_large", 422: "validation_failed", 429: "too_many_requests"}


def error_from_response(status: int, body: Any, *, with_session: bool) -> ApiError:
    """The typed error for a non-2xx answer: by the body's code where present, else by status.

    A 401 without a known code is taken as the session's problem when the request carried
    a session, and as the terminal's otherwise: either way the UI does the safe thing.
    """
    code = body.get("code") if isinstance(body, dict) else None
    code = code if isinstance(code, str) and code else None
    message = body.get("message") if isinstance(body, dict) else None
    message = message if isinstance(message, str) else ""
    if code == "kiosk_unauthorized":
        return KioskUnauthorized(code, message, status=status)
    if code in _SESSION_CODES:
        return SessionGone(code, message, status=status)
    if code == "assurance_required":
        return AssuranceRequired(code, message, status=status)
    if code in _CARD_CODES:
        return CardRefused(code, message, status=status)
    if code == "validation_failed" or status == 422:
        fields = _field_problems(body.get("fields") if isinstance(body, dict) else None)
        return ValidationFailed(code or "validation_failed", message, status=status, fields=fields)
    if code == "not_found" or (code is None and status == 404):
        return NotFound("not_found", message, status=status)
    if status >= 500:
        return ServerError(code or "server_error", message, status=status)
    if status == 401 and code is None:
        if with_session:
            return SessionGone("session_unknown", message, status=status)
        return KioskUnauthorized("kiosk_unauthorized", message, status=status)
    return Refused(code or _STATUS_CODES.get(status, f"http_{status}"), message, status=status)


def _field_problems(raw: Any) -> list[FieldProblem]:
    """Lenient on purpose: a refusal must still reach the user even if its details are odd."""
    if not isinstance(raw, list):
        return []
    problems = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        name, code, message = item.get("field"), item.get("code"), item.get("message")
        if isinstance(name, str) and isinstance(code, str):
            problems.append(FieldProblem(name, code, message if isinstance(message, str) else ""))
    return problems


# --- strict readers of JSON values -----------------------------------------------------
# Each raises ServerError("malformed_response"), so a wrong answer never surfaces as a
# KeyError, TypeError or ValueError in a worker thread.

def _obj(value: Any, what: str = "body") -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _malformed(f"{what} is not an object")
    return value


def _key(d: Mapping[str, Any], key: str) -> Any:
    if key not in d:
        raise _malformed(f"missing {key}")
    return d[key]


def _str(d: Mapping[str, Any], key: str) -> str:
    value = _key(d, key)
    if not isinstance(value, str):
        raise _malformed(f"{key} is not a string")
    return value


def _opt_str(d: Mapping[str, Any], key: str) -> str | None:
    return None if _key(d, key) is None else _str(d, key)


def _int(d: Mapping[str, Any], key: str) -> int:
    value = _key(d, key)
    if isinstance(value, bool) or not isinstance(value, int):  # bool is an int to Python, not to us
        raise _malformed(f"{key} is not an integer")
    return value


def _bool(d: Mapping[str, Any], key: str) -> bool:
    value = _key(d, key)
    if not isinstance(value, bool):
        raise _malformed(f"{key} is not a boolean")
    return value


def _choice(d: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> Any:
    value = _str(d, key)
    if value not in allowed:
        raise _malformed(f"{key} is not one of {', '.join(allowed)}")
    return value


def _datetime(d: Mapping[str, Any], key: str) -> datetime:
    text = _str(d, key)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _malformed(f"{key} is not a date and time") from None
    if moment.tzinfo is None:
        raise _malformed(f"{key} has no time zone")
    return moment


def _opt_datetime(d: Mapping[str, Any], key: str) -> datetime | None:
    return None if _key(d, key) is None else _datetime(d, key)


def _date(d: Mapping[str, Any], key: str) -> date:
    text = _str(d, key)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _malformed(f"{key} is not a date") from None


def _translated(d: Mapping[str, Any], key: str) -> Translated:
    value = _obj(_key(d, key), key)
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise _malformed(f"{key} is not a translated text")
    return dict(value)


def _list(d: Mapping[str, Any], key: str, parse: Callable[[Any], T]) -> list[T]:
    value = _key(d, key)
    if not isinstance(value, list):
        raise _malformed(f"{key} is not a list")
    return [parse(item) for item in value]


def _int_list(d: Mapping[str, Any], key: str) -> list[int]:
    def one(item: Any) -> int:
        if isinstance(item, bool) or not isinstance(item, int):
            raise _malformed(f"{key} holds a non-integer")
        return item
    return _list(d, key, one)


# --- results -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Challenge:
    challenge_id: str
    challenge: bytes  # the 32 bytes the card signs (INTERNAL AUTHENTICATE)
    card_kind: CardKind
    expires_at: datetime

    @classmethod
    def from_json(cls, raw: Any) -> Challenge:
        d = _obj(raw)
        try:
            challenge = base64.b64decode(_str(d, "challenge"), validate=True)
        except ValueError:
            raise _malformed("challenge is not base64") from None
        if len(challenge) != 32:  # INTERNAL AUTHENTICATE takes exactly 32 bytes
            raise _malformed("challenge is not 32 bytes")
        return cls(_str(d, "challenge_id"), challenge,
                   _choice(d, "card_kind", ("owner", "staff", "technician")), _datetime(d, "expires_at"))


@dataclass(frozen=True)
class SessionMember:
    first_name: str
    language: str

    @classmethod
    def from_json(cls, raw: Any) -> SessionMember:
        d = _obj(raw, "member")
        return cls(_str(d, "first_name"), _str(d, "language"))


@dataclass(frozen=True)
class SessionInfo:
    assurance: Assurance
    expires_at: datetime
    idle_timeout_seconds: int
    member: SessionMember

    @classmethod
    def from_json(cls, raw: Any) -> SessionInfo:
        d = _obj(raw)
        return cls(_choice(d, "assurance", ("card", "strong")), _datetime(d, "expires_at"),
                   _int(d, "idle_timeout_seconds"), SessionMember.from_json(_key(d, "member")))


@dataclass(frozen=True)
class OpenedSession:
    assurance: Assurance
    expires_at: datetime
    idle_timeout_seconds: int
    member: SessionMember
    token: str = field(repr=False)  # kept out of repr so a logged result never leaks it

    @classmethod
    def from_json(cls, raw: Any) -> OpenedSession:
        info = SessionInfo.from_json(raw)
        return cls(info.assurance, info.expires_at, info.idle_timeout_seconds, info.member,
                   _str(_obj(raw), "token"))


@dataclass(frozen=True)
class StaffSession:
    role: Literal["staff", "technician"]
    first_name: str
    expires_at: datetime
    token: str = field(repr=False)

    @classmethod
    def from_json(cls, raw: Any) -> StaffSession:
        d = _obj(raw)
        return cls(_choice(d, "role", ("staff", "technician")), _str(d, "first_name"), _datetime(d, "expires_at"),
                   _str(d, "token"))


ConfirmationStatus = Literal["pending", "approved", "cancelled", "expired", "failed"]


@dataclass(frozen=True)
class Confirmation:
    """A mobile-certificate confirmation as the kiosk shows it: event ID, masked phone, status."""

    event_id: str
    phone_masked: str
    expires_at: datetime
    status: ConfirmationStatus
    outcome: str | None  # stable code of a failure, e.g. "user_cancel"
    assurance: Assurance

    @classmethod
    def from_json(cls, raw: Any) -> Confirmation:
        d = _obj(raw)
        return cls(_str(d, "event_id"), _str(d, "phone_masked"), _datetime(d, "expires_at"),
                   _choice(d, "status", ("pending", "approved", "cancelled", "expired", "failed")),
                   _opt_str(d, "outcome"), _choice(d, "assurance", ("card", "strong")))


@dataclass(frozen=True)
class NextStep:
    threshold_cents: int
    percent_bp: int
    missing_cents: int
    adds_cents: int

    @classmethod
    def from_json(cls, raw: Any) -> NextStep:
        d = _obj(raw, "next_step")
        return cls(_int(d, "threshold_cents"), _int(d, "percent_bp"), _int(d, "missing_cents"),
                   _int(d, "adds_cents"))


@dataclass(frozen=True)
class CashBenefit:
    kind: str
    title: Translated
    amount_cents: int

    @classmethod
    def from_json(cls, raw: Any) -> CashBenefit:
        d = _obj(raw, "other_benefits item")
        return cls(_str(d, "kind"), _translated(d, "title"), _int(d, "amount_cents"))


@dataclass(frozen=True)
class Payout:
    month: str  # "YYYY-MM"
    date: date
    amount_cents: int
    account_masked: str | None
    status: Literal["accruing", "scheduled", "paid"]

    @classmethod
    def from_json(cls, raw: Any) -> Payout:
        d = _obj(raw, "payout")
        return cls(_str(d, "month"), _date(d, "date"), _int(d, "amount_cents"), _opt_str(d, "account_masked"),
                   _choice(d, "status", ("accruing", "scheduled", "paid")))


@dataclass(frozen=True)
class BenefitsSummary:
    month: str
    household_purchases_cents: int
    percent_bp: int
    bonus_cents: int
    payment_benefit_cents: int
    other_benefits: list[CashBenefit]
    other_benefits_cents: int
    next_step: NextStep | None
    next_payout: Payout

    @classmethod
    def from_json(cls, raw: Any) -> BenefitsSummary:
        d = _obj(raw)
        step = _key(d, "next_step")
        return cls(_str(d, "month"), _int(d, "household_purchases_cents"), _int(d, "percent_bp"),
                   _int(d, "bonus_cents"), _int(d, "payment_benefit_cents"),
                   _list(d, "other_benefits", CashBenefit.from_json), _int(d, "other_benefits_cents"),
                   None if step is None else NextStep.from_json(step),
                   Payout.from_json(_key(d, "next_payout")))


@dataclass(frozen=True)
class BonusMonth:
    month: str
    household_purchases_cents: int
    percent_bp: int
    bonus_cents: int
    payment_benefit_cents: int
    other_benefits: list[CashBenefit]
    other_benefits_cents: int
    total_cents: int
    payout: Payout

    @classmethod
    def from_json(cls, raw: Any) -> BonusMonth:
        d = _obj(raw, "month")
        return cls(_str(d, "month"), _int(d, "household_purchases_cents"), _int(d, "percent_bp"),
                   _int(d, "bonus_cents"), _int(d, "payment_benefit_cents"),
                   _list(d, "other_benefits", CashBenefit.from_json), _int(d, "other_benefits_cents"),
                   _int(d, "total_cents"), Payout.from_json(_key(d, "payout")))


@dataclass(frozen=True)
class Store:
    id: int
    name: str
    town: str

    @classmethod
    def from_json(cls, raw: Any) -> Store:
        d = _obj(raw, "store")
        return cls(_int(d, "id"), _str(d, "name"), _str(d, "town"))


@dataclass(frozen=True)
class StoreDetail:
    id: int
    name: str
    town: str
    seller_name: str
    business_id: str
    street: str
    postal_code: str

    @classmethod
    def from_json(cls, raw: Any) -> StoreDetail:
        d = _obj(raw, "store")
        return cls(_int(d, "id"), _str(d, "name"), _str(d, "town"), _str(d, "seller_name"),
                   _str(d, "business_id"), _str(d, "street"), _str(d, "postal_code"))


@dataclass(frozen=True)
class ReceiptSummary:
    id: int
    number: str
    purchased_at: datetime
    store: Store
    total_cents: int
    payment_method: str
    line_count: int

    @classmethod
    def from_json(cls, raw: Any) -> ReceiptSummary:
        d = _obj(raw, "receipt")
        return cls(_int(d, "id"), _str(d, "number"), _datetime(d, "purchased_at"),
                   Store.from_json(_key(d, "store")), _int(d, "total_cents"), _str(d, "payment_method"),
                   _int(d, "line_count"))


@dataclass(frozen=True)
class ReceiptPage:
    items: list[ReceiptSummary]
    next_cursor: str | None  # None on the last page
    total: int | None = None  # receipts matching in all; given with the first page (no cursor) only

    @classmethod
    def from_json(cls, raw: Any) -> ReceiptPage:
        d = _obj(raw)
        total = d.get("total")
        return cls(_list(d, "items", ReceiptSummary.from_json), _opt_str(d, "next_cursor"),
                   _int(d, "total") if total is not None else None)


@dataclass(frozen=True)
class ReceiptLine:
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

    @classmethod
    def from_json(cls, raw: Any) -> ReceiptLine:
        d = _obj(raw, "line")
        return cls(_int(d, "position"), _str(d, "product_name"), _opt_str(d, "ean"),
                   _int(d, "quantity_milli"), _str(d, "unit"), _int(d, "unit_price_cents"),
                   _int(d, "discount_cents"), _int(d, "total_cents"), _int(d, "vat_rate_bp"),
                   _bool(d, "bonus_eligible"))


@dataclass(frozen=True)
class VatLine:
    rate_bp: int
    net_cents: int
    vat_cents: int
    gross_cents: int

    @classmethod
    def from_json(cls, raw: Any) -> VatLine:
        d = _obj(raw, "vat line")
        return cls(_int(d, "rate_bp"), _int(d, "net_cents"), _int(d, "vat_cents"), _int(d, "gross_cents"))


@dataclass(frozen=True)
class ReceiptDetail:
    id: int
    number: str
    purchased_at: datetime
    store: StoreDetail
    lines: list[ReceiptLine]
    vat: list[VatLine]
    total_cents: int
    payment_method: str
    payment_card_last4: str | None
    bonus_eligible_cents: int
    warranty_receipt_ids: list[int]

    @classmethod
    def from_json(cls, raw: Any) -> ReceiptDetail:
        d = _obj(raw)
        return cls(_int(d, "id"), _str(d, "number"), _datetime(d, "purchased_at"),
                   StoreDetail.from_json(_key(d, "store")), _list(d, "lines", ReceiptLine.from_json),
                   _list(d, "vat", VatLine.from_json), _int(d, "total_cents"), _str(d, "payment_method"),
                   _opt_str(d, "payment_card_last4"), _int(d, "bonus_eligible_cents"),
                   _int_list(d, "warranty_receipt_ids"))


@dataclass(frozen=True)
class WarrantyReceipt:
    id: int
    receipt_id: int
    receipt_number: str
    product_name: str
    serial_number: str | None
    ean: str | None
    purchased_on: date
    store: Store
    warranty_months: int
    warranty_ends_on: date
    guarantor: str

    @classmethod
    def from_json(cls, raw: Any) -> WarrantyReceipt:
        d = _obj(raw, "warranty receipt")
        return cls(_int(d, "id"), _int(d, "receipt_id"), _str(d, "receipt_number"), _str(d, "product_name"),
                   _opt_str(d, "serial_number"), _opt_str(d, "ean"), _date(d, "purchased_on"),
                   Store.from_json(_key(d, "store")), _int(d, "warranty_months"),
                   _date(d, "warranty_ends_on"), _str(d, "guarantor"))


@dataclass(frozen=True)
class Survey:
    id: int
    title: Translated
    opens_at: datetime
    closes_at: datetime
    status: Literal["open", "closed"]
    respondents: int

    @classmethod
    def from_json(cls, raw: Any) -> Survey:
        d = _obj(raw, "survey")
        return cls(_int(d, "id"), _translated(d, "title"), _datetime(d, "opens_at"),
                   _datetime(d, "closes_at"), _choice(d, "status", ("open", "closed")),
                   _int(d, "respondents"))


@dataclass(frozen=True)
class Panel:
    id: int
    code: str
    title: Translated
    description: Translated
    member: bool
    joined_at: datetime | None
    surveys: list[Survey]

    @classmethod
    def from_json(cls, raw: Any) -> Panel:
        d = _obj(raw, "panel")
        return cls(_int(d, "id"), _str(d, "code"), _translated(d, "title"), _translated(d, "description"),
                   _bool(d, "member"), _opt_datetime(d, "joined_at"), _list(d, "surveys", Survey.from_json))


@dataclass(frozen=True)
class SurveyOptionResult:
    text: Translated
    answer_count: int
    share_bp: int  # the shares of one question add up to 10 000

    @classmethod
    def from_json(cls, raw: Any) -> SurveyOptionResult:
        d = _obj(raw, "option")
        return cls(_translated(d, "text"), _int(d, "answer_count"), _int(d, "share_bp"))


@dataclass(frozen=True)
class SurveyQuestionResult:
    text: Translated
    answers: int
    options: list[SurveyOptionResult]

    @classmethod
    def from_json(cls, raw: Any) -> SurveyQuestionResult:
        d = _obj(raw, "question")
        return cls(_translated(d, "text"), _int(d, "answers"),
                   _list(d, "options", SurveyOptionResult.from_json))


@dataclass(frozen=True)
class SurveyResults:
    survey: Survey
    panel_title: Translated
    questions: list[SurveyQuestionResult]

    @classmethod
    def from_json(cls, raw: Any) -> SurveyResults:
        d = _obj(raw)
        return cls(Survey.from_json(_key(d, "survey")), _translated(d, "panel_title"),
                   _list(d, "questions", SurveyQuestionResult.from_json))


@dataclass(frozen=True)
class Profile:
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
    updated_at: datetime

    @classmethod
    def from_json(cls, raw: Any) -> Profile:
        d = _obj(raw)
        return cls(_str(d, "member_number"), _str(d, "first_name"), _str(d, "last_name"), _str(d, "language"),
                   _opt_str(d, "phone"), _opt_str(d, "email"), _str(d, "address_line1"),
                   _opt_str(d, "address_line2"), _str(d, "postal_code"), _str(d, "town"),
                   _datetime(d, "updated_at"))


@dataclass(frozen=True)
class HouseholdMember:
    first_name: str
    last_name: str
    role: Literal["owner", "family"]
    is_me: bool
    joined_household_on: date

    @classmethod
    def from_json(cls, raw: Any) -> HouseholdMember:
        d = _obj(raw, "household member")
        return cls(_str(d, "first_name"), _str(d, "last_name"), _choice(d, "role", ("owner", "family")),
                   _bool(d, "is_me"), _date(d, "joined_household_on"))


@dataclass(frozen=True)
class CommunicationTopic:
    code: str
    kind: Literal["newsletter", "channel"]
    title: Translated
    description: Translated
    subscribed: bool
    changed_at: datetime | None

    @classmethod
    def from_json(cls, raw: Any) -> CommunicationTopic:
        d = _obj(raw, "topic")
        return cls(_str(d, "code"), _choice(d, "kind", ("newsletter", "channel")), _translated(d, "title"),
                   _translated(d, "description"), _bool(d, "subscribed"), _opt_datetime(d, "changed_at"))


@dataclass(frozen=True)
class RegisterData:
    """Shown as the backend groups it: the screen lists whatever the registers hold, so the
    client does not narrow it to the fields it knows today."""

    owner_customer_register: dict[str, Any]
    customer_register: dict[str, Any]

    @classmethod
    def from_json(cls, raw: Any) -> RegisterData:
        d = _obj(raw)
        return cls(_obj(_key(d, "owner_customer_register"), "owner_customer_register"),
                   _obj(_key(d, "customer_register"), "customer_register"))


DocumentKind = Literal["receipt", "warranty", "register_data"]


@dataclass(frozen=True)
class DocumentLink:
    """A link that opens one document on the member's phone until `expires_at`; shown as a QR code."""

    url: str = field(repr=False)  # the token in it is the whole grant: kept out of repr and logs
    expires_at: datetime

    @classmethod
    def from_json(cls, raw: Any) -> DocumentLink:
        d = _obj(raw)
        url = _str(d, "url")
        if not url.startswith(("https://", "http://")) or any(c.isspace() for c in url):
            raise _malformed("url is not an http(s) URL")
        return cls(url, _datetime(d, "expires_at"))


# --- the client ---------------------------------------------------------------------------

class ApiClient:
    """One terminal's connection to the backend, holding at most one customer session.

    Reads (GET) are retried a couple of times on a refused or reset connection and on
    502/503/504, because a load balancer or a restarting API worker answers those and a
    second try usually succeeds. Writes are sent exactly once: the client cannot know
    whether a write that failed mid-way took effect, and the user can try again.
    A read timeout is never retried, so a hung backend costs at most one timeout.

    Safe to share between worker threads as long as they do not race to open and end
    sessions; the session layer serialises that.
    """

    def __init__(self, base_url: str, kiosk_id: str, kiosk_secret: str, *, connect_timeout: float = 3.0,
                 read_timeout: float = 8.0, read_retries: int = 2, verify: bool | str = True) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = (connect_timeout, read_timeout)
        self._read_retries = max(0, read_retries)
        self._http = requests.Session()
        self._http.auth = (kiosk_id, kiosk_secret)
        self._http.verify = verify
        # The terminal's configuration alone says where traffic goes: no proxy, netrc or
        # CA bundle picked up from the environment.
        self._http.trust_env = False
        self._http.headers["Accept"] = "application/json"
        self._token: str | None = None
        self._staff_token: str | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- session state ---

    @property
    def has_session(self) -> bool:
        return self._token is not None

    @property
    def session_token(self) -> str | None:
        """For the session layer and tests only (e.g. to raise assurance); never log or show it."""
        return self._token

    def forget_session(self) -> None:
        """Drop the token locally without telling the backend (it is already gone there)."""
        self._token = None

    # --- transport ---

    def _require_token(self) -> str:
        token = self._token
        if token is None:
            raise SessionGone("session_required", "no customer session is open on this terminal")
        return token

    def _call(self, method: str, path: str, *, token: str | None = None,
              params: Mapping[str, Any] | None = None, body: Any = None, staff: bool = False) -> Any:
        """Send one request (retrying reads only) and return the decoded JSON body, or None for 204."""
        attempts = 1 + (self._read_retries if method == "GET" else 0)
        header = "X-Staff-Token" if staff else "X-Session-Token"
        headers = {header: token} if token is not None else {}
        url = self._base_url + path
        for attempt in range(attempts):
            last = attempt == attempts - 1
            if attempt:
                time.sleep(_READ_BACKOFF_SECONDS[min(attempt - 1, len(_READ_BACKOFF_SECONDS) - 1)])
            try:
                response = self._http.request(method, url, params=params, json=body, headers=headers,
                                              timeout=self._timeout)
            except requests.Timeout as exc:
                # Connect or read timeout: the backend is too slow to wait for twice.
                log.warning("%s %s: timed out (%s)", method, path, type(exc).__name__)
                raise BackendUnreachable("backend_timeout", f"{method} {path} timed out") from None
            except requests.exceptions.SSLError:
                # A certificate problem does not go away on a retry; a technician must look.
                log.warning("%s %s: TLS failed", method, path)
                raise BackendUnreachable("backend_tls_failed", f"{method} {path}: TLS failed") from None
            except requests.ConnectionError as exc:
                if exc.args and isinstance(exc.args[0], ReadTimeoutError):
                    # requests reports a stall in the middle of a body this way: still a timeout.
                    log.warning("%s %s: timed out reading the answer", method, path)
                    raise BackendUnreachable("backend_timeout", f"{method} {path} timed out") from None
                log.warning("%s %s: connection failed (%s)%s", method, path, type(exc).__name__,
                            "" if last else ", retrying")
                if last:
                    raise BackendUnreachable("backend_unreachable",
                                             f"{method} {path}: no connection") from None
                continue
            except requests.RequestException as exc:
                log.warning("%s %s: request failed (%s)", method, path, type(exc).__name__)
                raise BackendUnreachable("backend_unreachable",
                                         f"{method} {path}: {type(exc).__name__}") from None
            with response:
                log.info("%s %s -> %s", method, path, response.status_code)
                if response.status_code in _RETRYABLE_STATUSES and not last:
                    continue
                try:
                    return self._decode(response, method, path, with_session=token is not None)
                except SessionGone:
                    # The token is dead at the backend: keep none, so has_session tells the truth.
                    if token is not None and token == self._token:
                        self._token = None
                    if token is not None and token == self._staff_token:
                        self._staff_token = None
                    raise
        raise AssertionError("unreachable")  # the last attempt always returns or raises

    @staticmethod
    def _decode(response: requests.Response, method: str, path: str, *, with_session: bool) -> Any:
        status = response.status_code
        try:
            payload = response.json() if response.content else None
        except ValueError:  # also requests' JSONDecodeError and undecodable bytes
            payload = None
            if 200 <= status < 300:
                log.warning("%s %s: answer is not JSON", method, path)
                raise _malformed("not JSON") from None
        if 200 <= status < 300:
            if payload is None and status != 204:
                raise _malformed("empty body")
            return payload
        error = error_from_response(status, payload, with_session=with_session)
        log.warning("%s %s -> %s %s", method, path, status, error.code)
        raise error

    def _read(self, path: str, parse: Callable[[Any], T], params: Mapping[str, Any] | None = None) -> T:
        return parse(self._call("GET", path, token=self._require_token(), params=params))

    # --- sessions ---

    def request_challenge(self, card_number: str) -> Challenge:
        raw = self._call("POST", "/v1/card-challenges", body={"card_number": card_number})
        return Challenge.from_json(raw)

    def open_session(self, challenge_id: str, signature: bytes) -> OpenedSession:
        """Opens a `card`-assurance session and keeps its token for every later call."""
        opened = OpenedSession.from_json(self._call(
            "POST", "/v1/sessions",
            body={"challenge_id": challenge_id, "signature": base64.b64encode(signature).decode()}))
        self._token = opened.token
        return opened

    def session_info(self) -> SessionInfo:
        return self._read("/v1/sessions/current", SessionInfo.from_json)

    # --- staff and technician sessions ---

    @property
    def has_staff_session(self) -> bool:
        return self._staff_token is not None

    def open_staff_session(self, challenge_id: str, signature: bytes) -> StaffSession:
        """A staff or technician card signs only after its PIN: the signature is the PIN's proof."""
        opened = StaffSession.from_json(self._call(
            "POST", "/v1/staff-sessions",
            body={"challenge_id": challenge_id, "signature": base64.b64encode(signature).decode()}))
        self._staff_token = opened.token
        return opened

    def end_staff_session(self, reason: EndReason = "end_button") -> None:
        """Like end_session: the token is forgotten first, whatever the backend answers."""
        token, self._staff_token = self._staff_token, None
        if token is None:
            return
        with contextlib.suppress(SessionGone):
            self._call("DELETE", "/v1/staff-sessions/current", token=token, params={"reason": reason}, staff=True)

    # --- identity confirmation (card -> strong) ---

    def start_confirmation(self, language: str | None = None) -> Confirmation:
        """Asks the backend to send the mobile-certificate prompt (in `language` on the phone).

        Refused("no_phone") without a phone on file; a refusal by the mobile-certificate
        service comes back as a Confirmation that is already final, with its outcome.
        """
        body = {"language": language} if language else None
        return Confirmation.from_json(self._call("POST", "/v1/sessions/current/confirmation",
                                                 token=self._require_token(), body=body))

    def confirmation_status(self) -> Confirmation:
        return self._read("/v1/sessions/current/confirmation", Confirmation.from_json)

    def cancel_confirmation(self) -> None:
        self._call("DELETE", "/v1/sessions/current/confirmation", token=self._require_token())

    def end_session(self, reason: EndReason = "end_button") -> None:
        """Forgets the token first, then revokes it at the backend.

        The next customer must never inherit this session, whatever the backend says:
        a session already gone there is fine; BackendUnreachable and other errors still
        propagate so the caller can log them, but the token is forgotten by then.
        """
        token = self._token
        self._token = None
        if token is None:
            return
        with contextlib.suppress(SessionGone):
            self._call("DELETE", "/v1/sessions/current", token=token, params={"reason": reason})

    # --- benefits ---

    def benefits_summary(self) -> BenefitsSummary:
        return self._read("/v1/me/benefits-summary", BenefitsSummary.from_json)

    def bonus_months(self, months: int = 12) -> list[BonusMonth]:
        """Oldest month first, the current month last."""
        return self._read("/v1/me/bonus-months", lambda raw: _list(_obj(raw), "items", BonusMonth.from_json),
                         {"months": months})

    # --- stores and receipts ---

    def stores(self) -> list[Store]:
        """Needs no customer session (the terminal's credential is enough)."""
        raw = self._call("GET", "/v1/stores")
        return _list(_obj(raw), "items", Store.from_json)

    def receipts(self, *, cursor: str | None = None, limit: int = 20, q: str | None = None,
                 date_from: date | None = None, date_to: date | None = None,
                 store_id: int | None = None) -> ReceiptPage:
        """Newest first; pass the page's `next_cursor` to get the next one. Dates are Helsinki days."""
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        if q is not None:
            params["q"] = q
        if date_from is not None:
            params["date_from"] = date_from.isoformat()
        if date_to is not None:
            params["date_to"] = date_to.isoformat()
        if store_id is not None:
            params["store_id"] = store_id
        return self._read("/v1/me/receipts", ReceiptPage.from_json, params)

    def receipt(self, receipt_id: int) -> ReceiptDetail:
        return self._read(f"/v1/me/receipts/{int(receipt_id)}", ReceiptDetail.from_json)

    def warranty_receipts(self) -> list[WarrantyReceipt]:
        return self._read("/v1/me/warranty-receipts",
                         lambda raw: _list(_obj(raw), "items", WarrantyReceipt.from_json))

    def warranty_receipt(self, warranty_id: int) -> WarrantyReceipt:
        return self._read(f"/v1/me/warranty-receipts/{int(warranty_id)}", WarrantyReceipt.from_json)

    # --- panels ---

    def panels(self) -> list[Panel]:
        return self._read("/v1/me/panels", lambda raw: _list(_obj(raw), "items", Panel.from_json))

    def join_panel(self, panel_id: int) -> Panel:
        return Panel.from_json(self._call("PUT", f"/v1/me/panels/{int(panel_id)}/membership",
                                          token=self._require_token()))

    def leave_panel(self, panel_id: int) -> Panel:
        return Panel.from_json(self._call("DELETE", f"/v1/me/panels/{int(panel_id)}/membership",
                                          token=self._require_token()))

    def survey_results(self, survey_id: int) -> SurveyResults:
        """Refused with code survey_open while the survey still runs."""
        return self._read(f"/v1/surveys/{int(survey_id)}/results", SurveyResults.from_json)

    # --- profile, household, registers ---

    def profile(self) -> Profile:
        return self._read("/v1/me/profile", Profile.from_json)

    def update_profile(self, **changes: str | None) -> Profile:
        """Sends only the given fields; None clears an optional one. All or nothing at the backend."""
        unknown = set(changes) - _PROFILE_FIELDS
        if unknown:
            raise TypeError(f"update_profile() got unknown fields: {', '.join(sorted(unknown))}")
        raw = self._call("PATCH", "/v1/me/profile", token=self._require_token(), body=changes)
        return Profile.from_json(raw)

    def household(self) -> list[HouseholdMember]:
        return self._read("/v1/me/household",
                          lambda raw: _list(_obj(raw), "members", HouseholdMember.from_json))

    def register_data(self) -> RegisterData:
        return self._read("/v1/me/register-data", RegisterData.from_json)

    # --- communication ---

    def communication_topics(self) -> list[CommunicationTopic]:
        return self._read("/v1/me/newsletters",
                          lambda raw: _list(_obj(raw), "items", CommunicationTopic.from_json))

    def set_subscription(self, code: str, subscribed: bool) -> CommunicationTopic:
        return CommunicationTopic.from_json(self._call(
            "PUT", f"/v1/me/newsletters/{quote(code, safe='')}", token=self._require_token(),
            body={"subscribed": subscribed}))

    # --- receipt output ---

    def document_link(self, kind: DocumentKind, item_id: int | None) -> DocumentLink:
        """A short-lived link to one of the member's documents, for the QR code (a write: sent once).

        `item_id` is the receipt's or warranty receipt's id, None for the register data.
        NotFound when the document is not the member's.
        """
        raw = self._call("POST", _document_path(kind, item_id) + "/link", token=self._require_token())
        return DocumentLink.from_json(raw)

    def record_print(self, kind: DocumentKind, item_id: int | None) -> None:
        """Tells the backend this kiosk printed the document (which, where and when are kept there)."""
        _document_path(kind, item_id)  # the same checks of kind and id as a link
        self._call("POST", "/v1/me/print-records", token=self._require_token(),
                   body={"kind": kind, "item_id": None if item_id is None else int(item_id)})


def _document_path(kind: DocumentKind, item_id: int | None) -> str:
    if kind == "register_data":
        if item_id is not None:
            raise ValueError("the register data has no item id")
        return "/v1/me/register-data"
    if item_id is None:
        raise ValueError(f"a {kind} needs its item id")
    if kind == "receipt":
        return f"/v1/me/receipts/{int(item_id)}"
    if kind == "warranty":
        return f"/v1/me/warranty-receipts/{int(item_id)}"
    raise ValueError(f"unknown document kind {kind!r}")
