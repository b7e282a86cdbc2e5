"""The staff flows at the kiosk: what a clerk and a member do together, in which order, on which thread.

After a staff card and its PIN the clerk has a menu; three flows change something at the
backend, each under the clerk's staff session and with the member's own consent:

* **Add a family member** (enrolment): the owner's card opens their own session and the
  owner confirms on their phone (their consent), the household is shown, the clerk types
  the new member's details (checked as typed and by the backend), the new member proves
  who they are with their own mobile certificate or the clerk checks a document, a blank
  card from the store's stock proves its key, and one final POST makes it all.
* **Replace a lost or damaged card**: the clerk finds the member by phone or identity code,
  the member confirms on the phone on file (or shows a document), a stock card, one POST.
* **Add or change a mobile number**: the member's card proves itself, the clerk checks a
  document, the new number (confirmed on that phone where it has a certificate), one POST.

One reader: the clerk takes the staff card out so that the member's cards can go in; the
session routes the reader's events here while a flow runs (`Session.route_cards`), and the
staff session outlives its card until the flow finishes, is cancelled or idles out. A
flow that ends without its staff card back in the reader ends the staff session too.

Nothing is written at the backend before a flow's final POST (the backend keeps the
evidence transient), so Cancel at any step writes nothing. The final POST carries a
request_id made once per flow: a lost answer is retried with the same one and the
backend answers what it did the first time. A stock card's proof that the backend no
longer takes (its challenge used or expired) is made again with the card still in the
reader, and sent with the same request_id.

Every backend call and card command runs on the session's worker (`Session.staff_call`),
in order, and its result comes back here on the UI thread; the views only show `StaffFlow`'s
state and call its intents. A stock card never opens a customer session: it is asked
only for a staff flow's challenge.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.api import (
    ApiClient,
    ApiError,
    AssuranceRequired,
    BackendUnreachable,
    CardProof,
    CardRefused,
    CardReplaced,
    CertificateEvidence,
    Confirmation,
    DocumentEvidence,
    DocumentType,
    Enrolled,
    EnrolmentHousehold,
    IdentityEvidence,
    MemberLookup,
    NewMember,
    NewMemberChecked,
    OpenedSession,
    PhoneChanged,
    ReplacementReason,
    SessionGone,
    StaffAction,
    StaffConfirmation,
    StoreStatus,
    ValidationFailed,
)
from kiosk.devices.base import CardReader, CardTransportError, PrinterError, PrinterState
from kiosk.devices.ownercard import CardData, CardProtocolError, NotOurCard, OwnerCard
from kiosk.flows.output import OutputFlow
from kiosk.i18n.format import store_today
from kiosk.session import Session, Stage
from kiosk.validation import FieldError, normalise_phone, validate_document_last4, validate_new_member_field
from printout.documents import HouseholdEntry, WelcomeSlip

if TYPE_CHECKING:
    from PIL.Image import Image  # Pillow comes with the first welcome slip, not with the kiosk's start

log = logging.getLogger(__name__)
T = TypeVar("T")


class Flow(Enum):
    ENROLMENT = "enrolment"
    REPLACEMENT = "replacement"
    PHONE = "phone"


class Step(Enum):
    MENU = "menu"  # the staff menu (no flow)
    ACTIONS = "actions"  # My actions today
    MEMBER_CARD = "member_card"  # the member's own card: the owner's (enrolment) or the member's (phone)
    CONSENT = "consent"  # the owner confirms on their phone: their consent to the enrolment
    DETAILS = "details"  # the household and the new member's form
    LOOKUP = "lookup"  # find the member whose card is replaced
    IDENTITY = "identity"  # the person's own mobile certificate, or an identity document
    PHONE_DETAILS = "phone_details"  # the document checked and the new number
    CONFIRMING = "confirming"  # a confirmation on a phone proves the person (or records their SATU)
    STOCK_CARD = "stock_card"  # a new card from the store's stock proves its key; then the final POST
    SAVING = "saving"  # the phone change's final POST
    DONE = "done"  # the summary


class CardWait(Enum):
    """Where a card step is with the reader."""

    TAKE_OUT = "take_out"  # a card is in that is not the one wanted now (the staff card, the owner's card)
    INSERT = "insert"  # the reader is empty: insert the card
    READING = "reading"  # the card is being read, proven, or its flow sent


class Prompt(Enum):
    """A phone confirmation of a staff flow, as the screen tells it."""

    STARTING = "starting"
    PENDING = "pending"
    APPROVED = "approved"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    NO_CERTIFICATE = "no_certificate"  # the number has no mobile certificate
    CERTIFICATE_BLOCKED = "certificate_blocked"
    PHONE_BUSY = "phone_busy"
    UNAVAILABLE = "unavailable"
    NAME_MISMATCH = "name_mismatch"  # the certificate's name is not the typed (or the member's) name
    ALREADY_MEMBER = "already_member"  # the certificate's holder is a member already
    WRONG_PERSON = "wrong_person"  # the certificate is not the member's
    NO_PHONE = "no_phone"  # no phone on file: no confirmation possible
    NO_MOBILE_CERTIFICATE = "no_mobile_certificate"  # no certificate on file (replacement): a document instead
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    FAILED = "failed"  # anything else: never a success


_PROMPT_OUTCOMES = {
    "user_cancel": Prompt.CANCELLED, "kiosk_cancel": Prompt.CANCELLED, "expired_transaction": Prompt.EXPIRED,
    "no_cert_found": Prompt.NO_CERTIFICATE, "unknown_client": Prompt.NO_CERTIFICATE,
    "pin_blocked": Prompt.CERTIFICATE_BLOCKED, "busy": Prompt.PHONE_BUSY, "mssp_unavailable": Prompt.UNAVAILABLE,
    "mssp_error": Prompt.UNAVAILABLE, "ota_error": Prompt.UNAVAILABLE, "name_mismatch": Prompt.NAME_MISMATCH,
    "already_member": Prompt.ALREADY_MEMBER, "wrong_person": Prompt.WRONG_PERSON,
}


def prompt_for(status: str, outcome: str | None) -> Prompt:
    """What a confirmation's status and outcome mean on the staff screens; anything unknown is a failure."""
    if status == "approved":
        return Prompt.APPROVED
    if status == "pending":
        return Prompt.PENDING
    if outcome in _PROMPT_OUTCOMES:
        return _PROMPT_OUTCOMES[outcome]
    if status == "expired":
        return Prompt.EXPIRED
    if status == "cancelled":
        return Prompt.CANCELLED
    return Prompt.FAILED


class Slip(Enum):
    """The welcome slip on the printer."""

    NONE = "none"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"  # not printed (printer_state says why): print again


class WrongCard(CardProtocolError):
    """The card in the reader is not the one this step wants: a staff card, or the member's own card."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


# Refusals of a card by the backend, by the problem the card step shows.
_CARD_PROBLEMS = {
    "card_unknown": "card_unknown", "card_closed": "card_closed", "card_lost": "card_lost",
    "signature_invalid": "card_not_verified", "challenge_used": "card_not_verified",
    "challenge_expired": "card_too_slow", "challenge_unknown": "card_unreadable",
    "card_not_for_customers": "staff_card",
}
# The final POST's refusals of the stock card: the clerk takes it out and tries another.
_STOCK_REFUSALS = frozenset({"card_already_active", "card_not_stock", "card_not_owner_card", "card_other_store"})
# A card step's problems that are about the card in the reader: said until that card is taken out.
_TAKE_OUT_PROBLEMS = frozenset({*_CARD_PROBLEMS.values(), *_STOCK_REFUSALS, "staff_card", "member_card",
                                "not_our_card", "card_unreadable", "not_household_owner"})
# The final POST's refusals of the identity evidence: prove the person again.
_IDENTITY_REFUSALS = frozenset({"confirmation_not_approved", "confirmation_used", "confirmation_stale",
                                "confirmation_unknown", "name_mismatch", "phone_mismatch"})
# The member's consent is no longer there: their card and phone again.
_CONSENT_REFUSALS = frozenset({"consent_required", "assurance_required", "not_household_owner"})


def new_request_id() -> str:
    """One per flow; sent again on every retry of its final POST (8-64 of A-Za-z0-9_-)."""
    return "kiosk-" + uuid.uuid4().hex


def open_member_session(reader: CardReader, api: ApiClient) -> tuple[str, OpenedSession]:
    """Worker thread: the member's own card signs the backend's challenge and opens their session.

    Only an owner card: a staff or technician card is refused here, before the backend is
    asked. Returns the card's number (kept by the flow only, to tell the member's card from
    a stock card later) and the session. A session of an earlier card in this flow is ended first.
    """
    connection = reader.connect()
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        data = card.read()
        if data.kind != "owner":
            raise WrongCard("staff_card")
        if api.has_session:
            api.end_session("other")
        challenge = api.request_challenge(data.number)
        signature = card.prove(challenge.challenge)
        opened = api.open_session(challenge.challenge_id, signature)
    finally:
        connection.close()
    return data.number, opened


def prove_stock_card(reader: CardReader, api: ApiClient, member_card: str | None) -> CardProof:
    """Worker thread: the card in the reader signs a stock-card challenge (never a customer session).

    Whether the backend takes the card (in stock, of this store, an owner card) is told
    only by the final POST, after its proof.
    """
    connection = reader.connect()
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        data: CardData = card.read()
        if data.kind != "owner":
            raise WrongCard("staff_card")
        if member_card is not None and data.number == member_card:
            raise WrongCard("member_card")
        challenge = api.stock_card_challenge(data.number)
        signature = card.prove(challenge.challenge)
    finally:
        connection.close()
    return CardProof(challenge_id=challenge.challenge_id, signature=signature)


class StaffFlow(QObject):
    """The staff menu's controller: one flow at a time; `changed` whenever anything shown changes.

    Views read the attributes and call the intents (start_..., check_details, use_document,
    confirm_with_certificate, retry, cancel, finish, ...). `form_errors` is field -> error
    code (kiosk.validation's and the backend's codes); `problem` is the current step's
    refusal as a code the views translate; `prompt` the phone confirmation's state.
    """

    changed = Signal()
    ended = Signal()  # a flow is over: views forget everything typed and shown for it

    def __init__(self, session: Session, reader: CardReader, output: OutputFlow | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or session)
        self._session = session
        self._reader = reader
        self._output = output
        self._generation = 0
        self._poll_timer = QTimer(self)
        self._poll_timer.setSingleShot(True)
        self._poll_timer.setInterval(session.timing.poll_interval_ms)
        self._poll_timer.timeout.connect(self._poll)
        self.store_status: StoreStatus | None = None
        self.actions: list[StaffAction] | None = None
        self._reset()
        session.stage_changed.connect(self._stage_changed)
        session.wiped.connect(self._wiped)

    def _reset(self) -> None:
        """No flow: everything a flow held is forgotten."""
        self.flow: Flow | None = None
        self.step = Step.MENU
        self.busy = False  # a call of this step is under way
        self.problem: str | None = None
        self.card_wait = CardWait.INSERT
        self.prompt: Prompt | None = None
        self.confirmation: Confirmation | StaffConfirmation | None = None
        self.request_id = ""
        self.member_first_name = ""  # the member whose card opened their session (phone change)
        self.household: EnrolmentHousehold | None = None
        self.form_errors: dict[str, str] = {}
        self.member: NewMember | None = None  # the new member's details as checked
        self.checked: NewMemberChecked | None = None
        self.lookup: MemberLookup | None = None
        self.reason: ReplacementReason = "lost"
        self.identity: IdentityEvidence | None = None
        self.new_phone: str | None = None
        self.document: DocumentEvidence | None = None
        self.result: Enrolled | CardReplaced | PhoneChanged | None = None
        self.final_unknown = False  # the final POST's answer was lost: it may have been saved
        self.slip = Slip.NONE
        self.slip_printer_state: PrinterState | None = None
        self._proof: CardProof | None = None
        self._member_card: str | None = None
        self._member_language = ""
        self._staff_card_out = False
        self._confirmation_id: int | None = None

    @property
    def _api(self) -> ApiClient:
        """The session's backend client (made with its first call)."""
        return self._session.api

    # --- the menu ------------------------------------------------------------------------------------

    @property
    def staff_name(self) -> str:
        return self._session.staff_name

    def _stage_changed(self, stage: Stage) -> None:
        if stage is Stage.STAFF and self._session.staff_role == "staff" and self.flow is None:
            self.load_store_status()

    def load_store_status(self) -> None:
        """The paper of this store's kiosks, for the menu; a failure only leaves it out."""
        def done(status: StoreStatus) -> None:
            self.store_status = status
            self.changed.emit()

        def failed(exc: Exception) -> None:
            log.warning("store status not available: %s", getattr(exc, "code", type(exc).__name__))

        self._call(self._api.store_status, done, failed, busy=False)

    def show_actions(self) -> None:
        """My actions today: this clerk's audited actions at this kiosk, newest first."""
        if self.flow is not None:
            return
        self.step = Step.ACTIONS
        self.actions = None
        self.problem = None
        self.changed.emit()

        def done(actions: list[StaffAction]) -> None:
            self.actions = actions
            self.changed.emit()

        self._call(self._api.staff_actions, done, self._step_failed)

    def back_to_menu(self) -> None:
        """From My actions today."""
        if self.flow is None:
            self.step = Step.MENU
            self.actions = None
            self.problem = None
            self.changed.emit()

    # --- starting a flow -------------------------------------------------------------------------------

    def start_enrolment(self) -> None:
        """Add a family member: the owner's card first."""
        self._start(Flow.ENROLMENT, Step.MEMBER_CARD)

    def start_replacement(self) -> None:
        """Replace a lost or damaged card: find the member first (they have no card to insert)."""
        self._start(Flow.REPLACEMENT, Step.LOOKUP)

    def start_phone_change(self) -> None:
        """Add or change a member's mobile number: the member's card first."""
        self._start(Flow.PHONE, Step.MEMBER_CARD)

    def _start(self, flow: Flow, step: Step) -> None:
        if self.flow is not None or self._session.stage is not Stage.STAFF or self._session.staff_role != "staff":
            return
        self._generation += 1
        self._reset()
        self.flow = flow
        self.request_id = new_request_id()
        self._session.route_cards(self._card_event)
        log.info("staff flow %s started", flow.value)
        self._enter(step)

    def _enter(self, step: Step) -> None:
        """A step begins: a card step looks at the reader first."""
        self.step = step
        self.busy = False
        if step in (Step.MEMBER_CARD, Step.STOCK_CARD):
            if not self._session.card_present:
                self.card_wait = CardWait.INSERT
            elif not self._staff_card_out:
                self.card_wait = CardWait.TAKE_OUT  # the staff card is still in
            else:
                self._read_card()  # a card went in before its step: read it now
                return
        self.changed.emit()

    # --- the reader --------------------------------------------------------------------------------------

    def _card_event(self, inserted: bool) -> None:
        """The session routes the reader's events here while a flow runs."""
        if not inserted:
            self._staff_card_out = True
            if self.step in (Step.MEMBER_CARD, Step.STOCK_CARD) and self.card_wait is not CardWait.READING:
                self.card_wait = CardWait.INSERT
                if self.problem in _TAKE_OUT_PROBLEMS:
                    self.problem = None  # that card is out: "take it out" is done, the next one is asked for
                self.changed.emit()
            return
        if self.step in (Step.MEMBER_CARD, Step.STOCK_CARD) and self.card_wait is not CardWait.READING:
            self._read_card()
        # elsewhere a card waits in the reader until its step comes (read then)

    def _read_card(self) -> None:
        self.card_wait = CardWait.READING
        self.problem = None
        self.final_unknown = False
        self.changed.emit()
        if self.step is Step.MEMBER_CARD:
            reader, api = self._reader, self._api
            self._call(lambda: open_member_session(reader, api), self._member_card_read, self._card_failed)
        else:
            self._prove_and_send()

    def _card_failed(self, exc: Exception) -> None:
        if isinstance(exc, WrongCard):
            problem = exc.problem
        elif isinstance(exc, NotOurCard):
            problem = "not_our_card"
        elif isinstance(exc, (CardProtocolError, CardTransportError)):
            log.warning("card could not be read: %s", type(exc).__name__)
            problem = "card_unreadable"
        elif isinstance(exc, CardRefused):
            problem = _CARD_PROBLEMS.get(exc.code, "card_not_verified")
        else:
            self._step_failed(exc)
            return
        self._proof = None
        self.card_wait = CardWait.TAKE_OUT if self._session.card_present else CardWait.INSERT
        self.problem = problem
        self.changed.emit()

    # --- the member's own card (enrolment: the owner; phone change: the member) ------------------------

    def _member_card_read(self, result: tuple[str, OpenedSession]) -> None:
        number, opened = result
        self._member_card = number
        self._member_language = opened.member.language
        self.member_first_name = opened.member.first_name
        if self.flow is Flow.PHONE:
            self._enter(Step.PHONE_DETAILS)
            return
        # Enrolment: is this the household's owner? Asked before the phone rings for a family member.
        self._call(self._api.enrolment_household, self._household_loaded, self._household_refused)

    def _household_refused(self, exc: Exception) -> None:
        if isinstance(exc, AssuranceRequired):
            self._enter(Step.CONSENT)
            self._start_consent()
        elif isinstance(exc, ApiError) and exc.code == "not_household_owner":
            self._end_member_session()
            self.card_wait = CardWait.TAKE_OUT if self._session.card_present else CardWait.INSERT
            self.problem = "not_household_owner"
            self.changed.emit()
        else:
            self._step_failed(exc)

    def _household_loaded(self, household: EnrolmentHousehold) -> None:
        self.household = household
        self._enter(Step.DETAILS)

    def _end_member_session(self) -> None:
        """The member's own session is over for this flow (revoked at the backend, in order)."""
        api = self._api
        self._member_card = None
        self._session.staff_call(lambda: api.end_session("other"), lambda _r: None, self._quietly, busy=False)

    # --- the owner's consent -------------------------------------------------------------------------------

    def _start_consent(self) -> None:
        self.prompt = Prompt.STARTING
        self.confirmation = None
        self.changed.emit()
        language = self._member_language or None
        api = self._api
        self._call(lambda: api.start_confirmation(language), self._prompt_started, self._prompt_failed)

    # --- the new member's details -----------------------------------------------------------------------

    def min_age(self) -> int:
        return self.household.min_own_card_age_years if self.household is not None else 15

    def check_details(self, typed: dict[str, str]) -> None:
        """The clerk's "Next" on the form: checked here with the backend's rules, then by the backend."""
        if self.step is not Step.DETAILS or self.busy:
            return
        today = store_today()
        errors: dict[str, str] = {}
        values: dict[str, str | None] = {}
        for field in ("first_name", "last_name", "identity_code", "phone", "email", "language"):
            try:
                values[field] = validate_new_member_field(field, typed.get(field, ""), today=today,
                                                          min_age=self.min_age())
            except FieldError as error:
                errors[field] = error.code
        self.form_errors = errors
        if errors:
            self.problem = "check_fields"
            self.changed.emit()
            return
        member = NewMember(first_name=values["first_name"] or "", last_name=values["last_name"] or "",
                           identity_code=values["identity_code"] or "", phone=values["phone"],
                           email=values["email"], language=values["language"] or "fi")
        if member != self.member:
            self.identity = None  # another person, or changed details: their identity is proven again
            self._confirmation_id = None
        self.member = member
        self.busy = True
        self.problem = None
        self.changed.emit()
        api = self._api
        self._call(lambda: api.check_new_member(member), self._details_checked, self._details_refused)

    def _details_checked(self, checked: NewMemberChecked) -> None:
        self.checked = checked
        self.form_errors = {}
        self._enter(Step.IDENTITY)

    def _details_refused(self, exc: Exception) -> None:
        if isinstance(exc, ValidationFailed):
            self.form_errors = {problem.field: problem.code for problem in exc.fields}
            self.busy = False
            self.problem = "rejected_fields"
            self.changed.emit()
        else:
            self._step_failed(exc)

    def edit_details(self) -> None:
        """Back to the form (what was typed is still there)."""
        if self.flow is Flow.ENROLMENT and self.step in (Step.IDENTITY, Step.CONFIRMING, Step.STOCK_CARD):
            self._cancel_prompt()
            self._proof = None
            self.problem = None
            self._enter(Step.DETAILS)
        elif self.flow is Flow.PHONE and self.step in (Step.CONFIRMING, Step.SAVING):
            self._cancel_prompt()
            self.problem = None
            self._enter(Step.PHONE_DETAILS)
        elif self.flow is Flow.REPLACEMENT and self.step is Step.CONFIRMING:
            self._cancel_prompt()
            self.problem = None
            self._enter(Step.IDENTITY)

    # --- identity: own mobile certificate or an identity document --------------------------------------------

    def choose_reason(self, reason: ReplacementReason) -> None:
        if self.flow is Flow.REPLACEMENT and self.step is Step.IDENTITY:
            self.reason = reason
            self.changed.emit()

    def use_document(self, document_type: DocumentType, last4: str) -> None:
        """The clerk checked an identity document: its type and the last four characters of its number."""
        if self.step is not Step.IDENTITY and not (self.step is Step.CONFIRMING and self.flow is not Flow.PHONE):
            return
        try:
            checked = validate_document_last4(last4)
        except FieldError as error:
            self.form_errors = {"last4": error.code}
            self.problem = "check_fields"
            self.changed.emit()
            return
        self._cancel_prompt()
        self.form_errors = {}
        self.problem = None
        self.identity = DocumentEvidence(document_type=document_type, last4=checked)
        self._enter(Step.STOCK_CARD)

    def confirm_with_certificate(self) -> None:
        """The person confirms on a phone: the new member's own number, or the phone on file."""
        if self.step not in (Step.IDENTITY, Step.CONFIRMING) or self.busy:
            return
        api = self._api
        if self.flow is Flow.ENROLMENT:
            member = self.member
            if member is None:
                return
            if member.phone is None:
                self.problem = "phone_needed"
                self.changed.emit()
                return
            work: Callable[[], StaffConfirmation] = lambda: api.start_new_member_confirmation(member)  # noqa: E731
        elif self.flow is Flow.REPLACEMENT:
            lookup = self.lookup
            if lookup is None:
                return
            work = lambda: api.start_replacement_confirmation(lookup.lookup_id)  # noqa: E731
        else:
            return
        self._start_prompt(work)  # the phone speaks the person's own language (the backend's default)

    def _start_prompt(self, work: Callable[[], StaffConfirmation]) -> None:
        self.step = Step.CONFIRMING
        self.problem = None
        self.prompt = Prompt.STARTING
        self.confirmation = None
        self._confirmation_id = None
        self.changed.emit()
        self._call(work, self._prompt_started, self._prompt_failed)

    def _prompt_started(self, confirmation: Confirmation | StaffConfirmation) -> None:
        self.confirmation = confirmation
        if isinstance(confirmation, StaffConfirmation):
            self._confirmation_id = confirmation.confirmation_id
        self._prompt_answered(confirmation)

    def _poll(self) -> None:
        if self.prompt is not Prompt.PENDING:
            return
        api = self._api
        confirmation_id = self._confirmation_id
        if self.step is Step.CONSENT:
            self._call(api.confirmation_status, self._prompt_answered, self._prompt_failed, busy=False)
        elif confirmation_id is not None:
            self._call(lambda: api.staff_confirmation(confirmation_id), self._prompt_answered, self._prompt_failed,
                       busy=False)

    def _prompt_answered(self, confirmation: Confirmation | StaffConfirmation) -> None:
        if self.step not in (Step.CONSENT, Step.CONFIRMING):
            return
        self.confirmation = confirmation
        self.prompt = prompt_for(confirmation.status, confirmation.outcome)
        if self.prompt is Prompt.PENDING:
            self._poll_timer.start()
            self.changed.emit()
            return
        if self.prompt is not Prompt.APPROVED:
            log.info("staff flow confirmation ended: %s", confirmation.outcome or confirmation.status)
            self.changed.emit()
            return
        self._session.user_activity()  # a phone answered: the people are still at the kiosk
        if self.step is Step.CONSENT:
            self._call(self._api.enrolment_household, self._household_loaded, self._step_failed)
        elif self.flow is Flow.PHONE:
            self._save_phone()
        else:
            assert isinstance(confirmation, StaffConfirmation)
            self.identity = CertificateEvidence(confirmation_id=confirmation.confirmation_id)
            self._enter(Step.STOCK_CARD)

    def _prompt_failed(self, exc: Exception) -> None:
        prompts = {"no_phone": Prompt.NO_PHONE, "no_mobile_certificate": Prompt.NO_MOBILE_CERTIFICATE,
                   "too_many_attempts": Prompt.TOO_MANY_ATTEMPTS, "mssp_unavailable": Prompt.UNAVAILABLE}
        if isinstance(exc, ValidationFailed) and self.flow is Flow.ENROLMENT and self.step is Step.CONFIRMING:
            self._cancel_prompt()
            self._details_refused(exc)  # checked again before the phone rings: back on the form
            self.step = Step.DETAILS
            self.changed.emit()
        elif isinstance(exc, ValidationFailed) and self.flow is Flow.PHONE:
            self.form_errors = {problem.field: problem.code for problem in exc.fields}
            self.problem = "rejected_fields"
            self._enter(Step.PHONE_DETAILS)
        elif isinstance(exc, ApiError) and exc.code in prompts:
            self.prompt = prompts[exc.code]
            self.changed.emit()
        elif isinstance(exc, BackendUnreachable):
            self.prompt = Prompt.UNAVAILABLE
            self.changed.emit()
        else:
            self._step_failed(exc)

    def retry_prompt(self) -> None:
        """Send the request to the phone again."""
        if self.prompt in (None, Prompt.STARTING, Prompt.PENDING, Prompt.APPROVED):
            return
        if self.step is Step.CONSENT:
            self._start_consent()
        elif self.flow is Flow.PHONE:
            self._start_phone_prompt()
        else:
            self.confirm_with_certificate()

    def cancel_prompt(self) -> None:
        """Cancel on the kiosk: the request on the phone is withdrawn; the clerk may choose another way."""
        if self.prompt is not Prompt.PENDING and self.prompt is not Prompt.STARTING:
            return
        self._cancel_prompt()
        self.prompt = Prompt.CANCELLED
        self.changed.emit()

    def _cancel_prompt(self) -> None:
        """Withdraw a request still waiting on a phone (a later approval then changes nothing)."""
        self._poll_timer.stop()
        if self.prompt is not Prompt.PENDING:
            return
        api = self._api
        confirmation_id = self._confirmation_id
        if self.step is Step.CONSENT:
            self._session.staff_call(api.cancel_confirmation, lambda _r: None, self._quietly, busy=False)
        elif confirmation_id is not None:
            self._session.staff_call(lambda: api.cancel_staff_confirmation(confirmation_id), lambda _r: None,
                                     self._quietly, busy=False)
        self.prompt = None

    # --- the replacement's member --------------------------------------------------------------------------

    def look_up(self, by: str, value: str) -> None:
        """Find the member by "phone" or "identity_code" (what they tell the clerk)."""
        if self.step is not Step.LOOKUP or self.busy:
            return
        try:
            if by == "phone":
                phone: str | None = normalise_phone(value)
                code = None
            else:
                phone = None
                code = validate_new_member_field("identity_code", value, today=store_today(), min_age=0)
        except FieldError as error:
            self.form_errors = {by: error.code}
            self.problem = "check_fields"
            self.changed.emit()
            return
        self.form_errors = {}
        self.problem = None
        self.busy = True
        self.changed.emit()
        api = self._api
        self._call(lambda: api.look_up_member(phone=phone, identity_code=code), self._found, self._lookup_failed)

    def _found(self, lookup: MemberLookup) -> None:
        self.lookup = lookup
        self.identity = None
        self._enter(Step.IDENTITY)

    def _lookup_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationFailed):
            self.busy = False
            self.form_errors = {("phone" if problem.field == "phone" else "identity_code"): problem.code
                                for problem in exc.fields}
            self.problem = "rejected_fields"
            self.changed.emit()
        elif isinstance(exc, ApiError) and exc.code in ("member_not_found", "lookup_ambiguous"):
            self.busy = False
            self.problem = exc.code
            self.changed.emit()
        else:
            self._step_failed(exc)

    def look_up_again(self) -> None:
        if self.flow is Flow.REPLACEMENT and self.step in (Step.IDENTITY, Step.CONFIRMING):
            self._cancel_prompt()
            self.lookup = None
            self.identity = None
            self.problem = None
            self._enter(Step.LOOKUP)

    # --- the phone change ------------------------------------------------------------------------------------

    def submit_phone(self, phone: str, document_type: DocumentType, last4: str) -> None:
        """The document checked and the new number typed: the number is confirmed on its phone next."""
        if self.step is not Step.PHONE_DETAILS or self.busy:
            return
        errors: dict[str, str] = {}
        number: str | None = None
        checked_last4 = ""
        try:
            number = normalise_phone(phone) if phone.strip() else None
            if number is None:
                errors["phone"] = "required"
        except FieldError as error:
            errors["phone"] = error.code
        try:
            checked_last4 = validate_document_last4(last4)
        except FieldError as error:
            errors["last4"] = error.code
        self.form_errors = errors
        if errors or number is None:
            self.problem = "check_fields"
            self.changed.emit()
            return
        self.new_phone = number
        self.document = DocumentEvidence(document_type=document_type, last4=checked_last4)
        self._start_phone_prompt()

    def _start_phone_prompt(self) -> None:
        phone = self.new_phone
        if phone is None:
            return
        api = self._api
        self._start_prompt(lambda: api.start_phone_confirmation(phone))

    def save_without_certificate(self) -> None:
        """The new number has no mobile certificate: the number is saved all the same (no SATU recorded)."""
        if self.flow is Flow.PHONE and self.step is Step.CONFIRMING and self.prompt is Prompt.NO_CERTIFICATE:
            self._confirmation_id = None
            self._save_phone()

    def _save_phone(self) -> None:
        phone, document = self.new_phone, self.document
        if phone is None or document is None:
            return
        confirmation_id = self._confirmation_id if self.prompt is Prompt.APPROVED else None
        self.step = Step.SAVING
        self.busy = True
        self.problem = None
        self.changed.emit()
        api, request_id = self._api, self.request_id
        self._call(lambda: api.change_phone(request_id, phone, document, confirmation_id), self._done,
                   self._final_failed)

    # --- a new card from stock, and the final POST -------------------------------------------------------------

    def _prove_and_send(self) -> None:
        reader, api, member_card = self._reader, self._api, self._member_card
        self._call(lambda: prove_stock_card(reader, api, member_card), self._stock_proven, self._card_failed)

    def _stock_proven(self, proof: CardProof) -> None:
        self._proof = proof
        self._send_final()

    def _send_final(self) -> None:
        proof, identity, api, request_id = self._proof, self.identity, self._api, self.request_id
        if proof is None or identity is None:
            return
        self.card_wait = CardWait.READING
        self.problem = None
        self.changed.emit()
        if self.flow is Flow.ENROLMENT:
            member = self.member
            assert member is not None
            self._call(lambda: api.enrol(request_id, member, identity, proof), self._done, self._final_failed)
        elif self.flow is Flow.REPLACEMENT:
            lookup, reason = self.lookup, self.reason
            assert lookup is not None
            self._call(lambda: api.replace_card(request_id, lookup.lookup_id, reason, identity, proof), self._done,
                       self._final_failed)

    def retry(self) -> None:
        """Try the step's call again (after a lost connection): the final POST with the same request_id."""
        if self.step is Step.STOCK_CARD and self._proof is not None and self.card_wait is not CardWait.READING:
            self._send_final()
        elif self.step is Step.STOCK_CARD and self._session.card_present and self.card_wait is not CardWait.READING:
            self._read_card()
        elif self.step is Step.SAVING and not self.busy:
            self._save_phone()
        elif self.step is Step.ACTIONS:
            self.show_actions()
        elif self.step is Step.MEMBER_CARD and self._session.card_present and self.card_wait is not CardWait.READING:
            self._read_card()
        elif self.step is Step.CONSENT and self.prompt is Prompt.APPROVED and not self.busy:
            self.busy = True
            self.problem = None
            self.changed.emit()
            self._call(self._api.enrolment_household, self._household_loaded, self._step_failed)

    def _final_failed(self, exc: Exception) -> None:
        self.busy = False
        step_of_card = self.step is Step.STOCK_CARD
        if isinstance(exc, BackendUnreachable) or (isinstance(exc, ApiError) and exc.status is not None
                                                   and exc.status >= 500):
            # Not known whether it was saved: everything stays for a retry with the same request_id.
            log.warning("staff flow %s: final answer lost (%s)", self.flow.value if self.flow else "-", exc.code)
            self.final_unknown = isinstance(exc, BackendUnreachable)
            self.card_wait = CardWait.TAKE_OUT if self._session.card_present else CardWait.INSERT
            self.problem = "unreachable" if isinstance(exc, BackendUnreachable) else "server_error"
            self.changed.emit()
        elif isinstance(exc, CardRefused) and exc.code in ("challenge_used", "challenge_expired") and step_of_card:
            # The proof is stale (a retry came late): the card proves itself again and the same request goes.
            self._proof = None
            if self._session.card_present:
                self._read_card()
            else:
                self.card_wait = CardWait.INSERT
                self.problem = "insert_again"
                self.changed.emit()
        elif isinstance(exc, CardRefused) and step_of_card:
            self._card_failed(exc)
        elif isinstance(exc, ApiError) and exc.code in _STOCK_REFUSALS:
            self._proof = None
            self.card_wait = CardWait.TAKE_OUT if self._session.card_present else CardWait.INSERT
            self.problem = exc.code
            self.changed.emit()
        elif isinstance(exc, ValidationFailed) and self.flow is Flow.ENROLMENT:
            self._proof = None
            self.form_errors = {problem.field.removeprefix("member."): problem.code for problem in exc.fields}
            self.problem = "rejected_fields"
            self.identity = None
            self._enter(Step.DETAILS)
        elif isinstance(exc, ValidationFailed) and self.flow is Flow.PHONE:
            self.form_errors = {problem.field.split(".")[-1]: problem.code for problem in exc.fields}
            self.problem = "rejected_fields"
            self._enter(Step.PHONE_DETAILS)
        elif isinstance(exc, ApiError) and exc.code in _IDENTITY_REFUSALS:
            self._proof = None
            self.identity = None
            self._confirmation_id = None
            self.prompt = None
            self.problem = "identity_again"
            self._enter(Step.PHONE_DETAILS if self.flow is Flow.PHONE else Step.IDENTITY)
        elif isinstance(exc, ApiError) and exc.code == "lookup_unknown":
            self._proof = None
            self.lookup = None
            self.identity = None
            self.problem = "lookup_unknown"
            self._enter(Step.LOOKUP)
        elif isinstance(exc, ApiError) and (exc.code in _CONSENT_REFUSALS or isinstance(exc, SessionGone)):
            self._member_session_lost(exc)
        elif isinstance(exc, ApiError) and exc.code == "conflict":
            self.card_wait = CardWait.TAKE_OUT if self._session.card_present else CardWait.INSERT
            self.problem = "conflict"
            self.changed.emit()
        else:
            self._step_failed(exc)

    def _done(self, result: Enrolled | CardReplaced | PhoneChanged) -> None:
        log.info("staff flow %s done", self.flow.value if self.flow else "-")
        self.result = result
        self.busy = False
        self.problem = None
        self.final_unknown = False
        self._proof = None
        self.step = Step.DONE
        self.changed.emit()
        if isinstance(result, Enrolled):
            self.print_slip()

    # --- the welcome slip ----------------------------------------------------------------------------------

    def welcome_slip(self, printed_at: datetime | None = None) -> WelcomeSlip | None:
        result = self.result
        if not isinstance(result, Enrolled):
            return None
        household = tuple(HouseholdEntry(f"{person.first_name} {person.last_name}", person.role == "owner")
                          for person in result.household)
        return WelcomeSlip(member_name=f"{result.first_name} {result.last_name}",
                           card_number_masked=result.card_number_masked, household=household,
                           purchases_count_from=result.purchases_count_from,
                           mobile_certificate=result.identity == "mobile_certificate", printed_at=printed_at)

    def slip_language(self) -> str:
        member = self.member
        return member.language if member is not None else self._session.language

    def print_slip(self) -> None:
        """The new member's welcome slip on the receipt printer (its own worker); printed only when confirmed."""
        output = self._output
        if output is None or self.slip is Slip.PRINTING:
            return
        slip = self.welcome_slip(datetime.now(UTC))
        if slip is None:
            return
        language, width = self.slip_language(), output.width_dots
        generation = self._generation

        def draw() -> Image:
            from printout.render import render_welcome_slip

            return render_welcome_slip(slip, width, language)

        def printed(outcome: PrinterState | PrinterError) -> None:
            if generation != self._generation:
                return
            if isinstance(outcome, PrinterError):
                self.slip = Slip.FAILED
                self.slip_printer_state = outcome.state
            else:
                self.slip = Slip.PRINTED
                self.slip_printer_state = outcome
            self.changed.emit()

        if output.print_paper(draw, printed):
            self.slip = Slip.PRINTING
            self.slip_printer_state = None
        else:
            self.slip = Slip.FAILED
            self.slip_printer_state = PrinterState.BUSY
        self.changed.emit()

    # --- ending -----------------------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel: nothing is written (no final POST goes), and the flow is forgotten."""
        if self.flow is None:
            return
        log.info("staff flow %s cancelled at %s", self.flow.value, self.step.value)
        self._finish()

    def finish(self) -> None:
        """Done on the summary: the flow's data leaves the screen."""
        if self.step is Step.DONE:
            self._finish()

    def end_staff_session(self) -> None:
        """The staff banner's End: the flow is cancelled and the staff session ends."""
        self._cancel_prompt()
        self._session.end()

    def _finish(self) -> None:
        self._cancel_prompt()
        staff_card_out = self._staff_card_out
        if self._api.has_session:
            api = self._api
            self._session.staff_call(lambda: api.end_session("other"), lambda _r: None, self._quietly, busy=False)
        self._session.route_cards(None)
        self._generation += 1
        self._reset()
        self.ended.emit()
        if staff_card_out:
            # The staff session outlived its card for this flow only.
            self._session.end()
            return
        self.changed.emit()
        self.load_store_status()

    def _wiped(self) -> None:
        """The session ended (End, idle, the backend): every flow's data goes at once."""
        self._poll_timer.stop()
        self._generation += 1
        had_flow = self.flow is not None or self.step is not Step.MENU
        self._reset()
        self.store_status = None
        self.actions = None
        if had_flow:
            self.ended.emit()
        self.changed.emit()

    # --- failures and plumbing -----------------------------------------------------------------------------------

    def _member_session_lost(self, exc: ApiError) -> None:
        """A call with the member's session was refused: the member's card and consent are needed again
        (what was typed stays), unless it was the clerk's session that ended (then everything ends)."""
        api = self._api

        def again() -> None:
            self._member_card = None
            self.problem = "member_session_ended"
            self._enter(Step.MEMBER_CARD)

        def staff_gone(probe: Exception) -> None:
            if isinstance(probe, SessionGone):
                self._session.staff_session_lost(probe)
            else:
                self._step_failed(probe)

        if self.flow is None or self.flow is Flow.REPLACEMENT:  # only the clerk's session went with the call
            self._session.staff_session_lost(exc)
        elif not isinstance(exc, SessionGone):  # the clerk's session answered: the member's consent is gone
            self._end_member_session()
            again()
        else:
            api.forget_session()
            self._call(api.staff_session_info, lambda _info: again(), staff_gone)

    def _step_failed(self, exc: Exception) -> None:
        """Any other failure of a step: said on that step; what was typed stays."""
        self.busy = False
        if isinstance(exc, SessionGone) and not self._api.has_staff_session:
            self._session.staff_session_lost(exc)
            return
        if isinstance(exc, SessionGone):
            self._member_session_lost(exc)
            return
        if isinstance(exc, BackendUnreachable):
            problem = "unreachable"
        elif isinstance(exc, ApiError):
            log.warning("staff flow step %s failed: %s", self.step.value, exc.code)
            problem = "server_error" if exc.status is None or exc.status >= 500 else "refused"
        else:
            log.warning("staff flow step %s failed: %s", self.step.value, type(exc).__name__)
            problem = "card_unreadable"
        if self.step in (Step.MEMBER_CARD, Step.STOCK_CARD):
            self.card_wait = CardWait.TAKE_OUT if self._session.card_present else CardWait.INSERT
        self.problem = problem
        self.changed.emit()

    def _quietly(self, exc: Exception) -> None:
        log.warning("background call failed: %s", getattr(exc, "code", type(exc).__name__))

    def _call(self, work: Callable[[], T], done: Callable[[T], None], failed: Callable[[Exception], None], *,
              busy: bool = True) -> None:
        """One step on the session's worker; a result for a flow that has ended meanwhile is dropped."""
        generation = self._generation

        def on_done(result: T) -> None:
            if generation == self._generation:
                done(result)

        def on_failed(exc: Exception) -> None:
            if generation == self._generation:
                failed(exc)

        if not self._session.staff_call(work, on_done, on_failed, busy=busy):
            log.warning("a staff flow step was asked outside a staff session")
