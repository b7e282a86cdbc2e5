"""The customer session: a state machine the views observe and send intents to.

    attract -> reading -> confirming -> portal -> ending -> attract
                  \\            \\          \\
                   +-> notice   +-> (card-only portal, or notice)

Views never do I/O: they call intents here (choose_language, end, retry_confirmation, ...)
and redraw on signals. Card and backend work runs on one worker thread in order
(kiosk.tasks); every job carries the generation of the session that asked for it, and a
result that arrives after that session ended is dropped. Ending a session wipes every
bit of customer data held here and tells views to wipe theirs (`wiped`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from kiosk.api import (
    ApiError,
    BackendUnreachable,
    CardRefused,
    KioskUnauthorized,
    Refused,
    ServerError,
    SessionGone,
    StaffDeactivated,
)
from kiosk.app_events import app_events
from kiosk.devices.base import (
    CardConnection,
    CardEvent,
    CardEventKind,
    CardReader,
    CardTransportError,
    ReaderUnavailable,
)
from kiosk.devices.ownercard import CardData, CardProtocolError, NotOurCard, OwnerCard, PinBlocked, WrongPin
from kiosk.output import OutputRequest

if TYPE_CHECKING:  # the client and its answers come with the first backend call, not at start-up
    from kiosk.api import ApiClient, BenefitsSummary, Confirmation, OpenedSession, StaffSession, Store
    from kiosk.api import EndReason as BackendEndReason

T = TypeVar("T")
log = logging.getLogger(__name__)

ACTIVITY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})
"""What the session's eventFilter takes for a shopper's activity, watched on the whole application."""


class JobRunner(Protocol):
    """What the session needs of a worker: blocking work off the UI thread, its outcome back on it.

    TaskRunner.run in the kiosk; a test may run jobs inline.
    """

    def __call__(self, work: Callable[[], T], on_done: Callable[[T], None],
                 on_error: Callable[[BaseException], None], /) -> None: ...


class Stage(Enum):
    ATTRACT = "attract"
    READING = "reading"
    CONFIRMING = "confirming"
    PORTAL = "portal"
    PIN = "pin"  # a staff or technician card asks for its PIN
    STAFF = "staff"  # the staff menu, or the technician's maintenance view
    ENDING = "ending"
    NOTICE = "notice"


class Notice(Enum):
    """Every message screen the kiosk can show; views map each to translated text."""

    NOT_OUR_CARD = "not_our_card"
    CARD_UNREADABLE = "card_unreadable"
    CARD_UNKNOWN = "card_unknown"
    CARD_CLOSED = "card_closed"
    CARD_LOST = "card_lost"
    CARD_NOT_VERIFIED = "card_not_verified"
    CARD_TOO_SLOW = "card_too_slow"
    STAFF_CARD = "staff_card"
    SERVICE_UNAVAILABLE = "service_unavailable"
    BUSY = "busy"
    OUT_OF_ORDER = "out_of_order"
    SESSION_GONE = "session_gone"
    PIN_BLOCKED = "pin_blocked"
    STAFF_DEACTIVATED = "staff_deactivated"  # the clerk's access was withdrawn (at sign-in or mid-flow)
    APOLOGY = "apology"


class ConfirmOutcome(Enum):
    """What the confirming screen shows besides the pending prompt."""

    PENDING = "pending"
    STARTING = "starting"
    USER_CANCEL = "user_cancel"
    EXPIRED = "expired"
    NO_PHONE = "no_phone"
    NO_CERTIFICATE = "no_certificate"  # the number has no mobile certificate
    CERTIFICATE_BLOCKED = "certificate_blocked"  # its PIN was blocked at the operator
    PHONE_BUSY = "phone_busy"  # another signing request is open on the phone
    FAILED = "failed"  # the answer did not prove it is the member: never lifts the session
    UNAVAILABLE = "unavailable"
    TOO_MANY_ATTEMPTS = "too_many_attempts"  # the backend limits prompts to the phone; later it can be tried again


# The backend's outcome codes of a confirmation that did not succeed, by what the member is told.
_CONFIRM_OUTCOMES = {
    "user_cancel": ConfirmOutcome.USER_CANCEL, "kiosk_cancel": ConfirmOutcome.USER_CANCEL,
    "expired_transaction": ConfirmOutcome.EXPIRED,
    "no_cert_found": ConfirmOutcome.NO_CERTIFICATE, "unknown_client": ConfirmOutcome.NO_CERTIFICATE,
    "pin_blocked": ConfirmOutcome.CERTIFICATE_BLOCKED,
    "busy": ConfirmOutcome.PHONE_BUSY,
    "mssp_unavailable": ConfirmOutcome.UNAVAILABLE, "mssp_error": ConfirmOutcome.UNAVAILABLE,
    "ota_error": ConfirmOutcome.UNAVAILABLE,
}


def confirm_outcome_for(status: str, outcome: str | None) -> ConfirmOutcome:
    """What a final confirmation means to the member; anything unknown is a failure, never a success."""
    if outcome in _CONFIRM_OUTCOMES:
        return _CONFIRM_OUTCOMES[outcome]
    if status == "expired":
        return ConfirmOutcome.EXPIRED
    if status == "cancelled":
        return ConfirmOutcome.USER_CANCEL
    return ConfirmOutcome.FAILED


class EndReason(Enum):
    END_BUTTON = "end_button"
    CARD_REMOVED = "card_removed"
    IDLE = "idle"


# What the backend is told when a session is revoked: its closed vocabulary, anything else is "other".
_REVOCATION_REASONS: dict[str, BackendEndReason] = {
    "end_button": "end_button", "card_removed": "card_removed", "idle": "idle"}


_CARD_REFUSALS = {
    "card_unknown": Notice.CARD_UNKNOWN, "card_closed": Notice.CARD_CLOSED, "card_lost": Notice.CARD_LOST,
    "card_not_for_customers": Notice.STAFF_CARD, "signature_invalid": Notice.CARD_NOT_VERIFIED,
    # The kiosk sends each challenge once, so a used one means another party sent it first.
    "challenge_expired": Notice.CARD_TOO_SLOW, "challenge_used": Notice.CARD_NOT_VERIFIED,
    "challenge_unknown": Notice.CARD_UNREADABLE,
}


@dataclass(frozen=True)
class Timing:
    idle_timeout_s: int = 60
    idle_warning_s: int = 15
    poll_interval_ms: int = 1000
    busy_delay_ms: int = 300
    ending_ms: int = 4000
    notice_ms: int = 20000
    # A refusal stays on screen at least this long, even when the card is pulled at
    # once (a touch dismisses it sooner): otherwise "could not be read" after a card
    # pulled mid-read would flash for the fraction of a second before pcscd's next poll.
    notice_min_ms: int = 4500
    service_retry_ms: int = 10000
    # A staff session's own idle time: a clerk and a member at the kiosk type, find documents and
    # wait for phones and cards between touches. The warning before it is idle_warning_s.
    staff_idle_timeout_s: int = 180
    # "I need more time" on the idle warning (WCAG 2.2.1): from then on every idle time of the session is this
    # much longer, and each later warning offers it again, as often as the member asks.
    extra_time_s: int = 120
    # Large text or speech on (`Session.set_assistive`): every idle time and its warning this many times as long.
    assistive_factor: int = 2


@dataclass
class HeldCard:
    """A staff or technician card kept connected while its holder types the PIN.

    The PIN's verification lives only as long as the connection (closing resets the
    card), so the connection stays open from reading to signing. Worker thread only.
    `tries_left` is what the card said before any PIN was typed, None if it does not say.
    """

    connection: CardConnection
    card: OwnerCard
    data: CardData
    tries_left: int | None = None


def prove_card(reader: CardReader, api: ApiClient) -> tuple[CardData, OpenedSession | HeldCard]:
    """Read the card; an owner card signs the backend's challenge and opens the session (worker thread).

    The card's kind is the card's own word (READ DATA), not the backend's: the backend
    tells nothing of a card number before the card has signed. A staff or technician card
    signs only after its PIN, so it is asked how many PIN tries it has left where it can
    tell (`PinBlocked` for none: nobody types a PIN into a locked card) and handed back
    still connected, for the PIN; a closed or lost one is refused after the PIN, with the
    signature.
    """
    connection = reader.connect()
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        data = card.read()
        if data.kind != "owner":
            tries_left = card.pin_tries_left()
            if tries_left == 0:
                raise PinBlocked()
            return data, HeldCard(connection, card, data, tries_left)
        challenge = api.request_challenge(data.number)
        signature = card.prove(challenge.challenge)
        opened = api.open_session(challenge.challenge_id, signature)
    except BaseException:
        connection.close()
        raise
    connection.close()
    return data, opened


def verify_pin_and_open(held: HeldCard, pin: str, api: ApiClient) -> StaffSession:
    """VERIFY on the card, then the card signs a fresh challenge: the signature proves the PIN."""
    held.card.verify_pin(pin)
    challenge = api.request_challenge(held.data.number)
    signature = held.card.prove(challenge.challenge)
    return api.open_staff_session(challenge.challenge_id, signature)


_SESSION_STAGES = (Stage.READING, Stage.CONFIRMING, Stage.PORTAL, Stage.PIN, Stage.STAFF)
_IDLE_STAGES = (Stage.PORTAL, Stage.NOTICE, Stage.PIN, Stage.STAFF)


class Session(QObject):
    stage_changed = Signal(object)  # Stage
    notice_changed = Signal(object)  # Notice | None
    confirmation_changed = Signal()  # read .confirmation and .confirm_outcome
    member_changed = Signal()  # read .first_name and .assurance
    summary_changed = Signal()  # read .summary
    pin_changed = Signal()  # read .pin_tries_left (None: no wrong PIN yet), .pin_tries_known and .staff_role
    staff_changed = Signal()  # read .staff_role, .staff_name
    language_changed = Signal(str)
    busy_changed = Signal(bool)
    idle_warning = Signal(int)  # seconds left; 0 = the warning is over (touched or ended)
    idle_warning_started = Signal(int)  # a warning begins (its seconds): the sound and speech announce it
    time_extended = Signal(int)  # "I need more time" was granted: seconds until the next warning
    service_changed = Signal(bool)  # backend reachable at the attract screen
    card_changed = Signal(bool)  # read .card_present: a card is in the reader
    wiped = Signal()  # views: forget everything of the customer now
    output_requested = Signal(object)  # OutputRequest: print a document or take it to the phone
    failure_noted = Signal(str)  # the code of a failure of the kiosk's own (never a member's), for the heartbeat
    _card_event = Signal(object)  # from the reader's thread to ours

    def __init__(self, reader: CardReader, make_api: Callable[[], ApiClient], run: JobRunner, *,
                 default_language: str = "fi", timing: Timing | None = None,
                 set_language: Callable[[str], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._make_api = make_api
        self._api_client: ApiClient | None = None
        self._api_made = threading.Lock()
        self._run_job = run
        self._timing = timing or Timing()
        self._apply_language = set_language or (lambda _lang: None)
        self.default_language = default_language
        self.language = default_language
        self.stage = Stage.ATTRACT
        self.notice: Notice | None = None
        self.service_available = True
        self.card_present = False
        self._generation = 0
        self._in_flight = 0
        self._held: HeldCard | None = None  # set, used and let go of by worker jobs only
        self._card_route: Callable[[bool], None] | None = None  # a staff flow takes the reader's events
        self._wipe_state()

        self._card_event.connect(self._on_card_event)
        self._busy_timer = self._timer(self._timing.busy_delay_ms, lambda: self.busy_changed.emit(True))
        self._poll_timer = self._timer(self._timing.poll_interval_ms, self._poll_confirmation)
        self._ending_timer = self._timer(self._timing.ending_ms, self._ending_over)
        self._notice_timer = self._timer(self._timing.notice_ms, self._notice_over)
        self._notice_min_timer = self._timer(self._timing.notice_min_ms, self._notice_read)
        self._notice_min_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a minimum: never early
        self._leave_notice_when_read = False  # the card left while the notice was still being read
        self._service_timer = self._timer(self._timing.service_retry_ms, self.check_service)
        self._idle_timer = self._timer(1000 * (self._timing.idle_timeout_s - self._timing.idle_warning_s),
                                       self._start_idle_warning)
        self._countdown_timer = QTimer(self)
        self._countdown_timer.setInterval(1000)
        self._countdown_timer.timeout.connect(self._idle_tick)
        self.idle_seconds_left = 0

    @property
    def timing(self) -> Timing:
        return self._timing

    @property
    def api(self) -> ApiClient:
        """The backend client, made for the first call: its module brings msgspec and the API's
        types, which the attract screen does not need to come up."""
        with self._api_made:
            if self._api_client is None:
                self._api_client = self._make_api()
            return self._api_client

    def close_api(self) -> None:
        """Shutting down: close the backend client if one was made (never make one just to close it)."""
        with self._api_made:
            if self._api_client is not None:
                self._api_client.close()

    def _timer(self, msecs: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def _wipe_state(self) -> None:
        self.staff_role = ""
        self.staff_name = ""
        self.pin_tries_left: int | None = None
        self.pin_tries_known: int | None = None  # tries the card reported before any PIN was typed
        self.first_name = ""
        self.assurance = ""
        self.can_confirm = True  # the member has a phone for a mobile-certificate confirmation
        self.summary: BenefitsSummary | None = None
        self.confirmation: Confirmation | None = None
        self.confirm_outcome = ConfirmOutcome.STARTING
        self.extensions = 0  # times "I need more time" was asked for in this session
        self._assistive: set[str] = set()  # why idle times are longer: "large_text", "speech"

    # --- start-up ---------------------------------------------------------------------

    def start(self) -> None:
        self._reader.start(self._card_event.emit)
        self.check_service()

    def stop(self) -> None:
        """Shutting down: end every open session and let go of a held card; no timer fires any more.

        Customer, staff and technician sessions alike are ended at the backend (a staff
        session's end is audited there), and a staff card held at the PIN screen or in
        the staff menu is disconnected, which resets it. The revocation is queued on the
        worker behind any job in flight, so a card being read right now is released too;
        the caller waits for the worker (`Kiosk.shutdown`).
        """
        for timer in (self._busy_timer, self._poll_timer, self._ending_timer, self._notice_timer,
                      self._notice_min_timer, self._service_timer, self._idle_timer, self._countdown_timer):
            timer.stop()
        self._generation += 1
        if QCoreApplication.instance() is not None:
            app_events().unwatch(self)
        self._run_job(lambda: self._revoke("other"), lambda _r: None, self._quietly)

    def check_service(self) -> None:
        """Is the backend there? Asked at start and, while it is not, every few seconds."""
        def done(_stores: list[Store]) -> None:
            self._set_service(True)

        def failed(exc: BaseException) -> None:
            self._note_failure(exc)
            if isinstance(exc, (BackendUnreachable, KioskUnauthorized, ApiError)):
                self._set_service(False)
                self._service_timer.start()
            else:
                self._crash(exc)

        self._job(self.api.stores, done, failed, track_busy=False)

    def _set_service(self, available: bool) -> None:
        if available != self.service_available:
            self.service_available = available
            self.service_changed.emit(available)

    # --- card events -------------------------------------------------------------------

    def _on_card_event(self, event: CardEvent) -> None:
        if self._card_route is not None and self.stage is Stage.STAFF:
            self._route_card_event(event)
            return
        if event.kind is CardEventKind.INSERTED:
            self._set_card_present(True)
            # In ENDING or NOTICE an insertion can only follow a removal: it is the next card.
            if self.stage in (Stage.ATTRACT, Stage.ENDING, Stage.NOTICE):
                self._read_card()
        elif event.kind in (CardEventKind.REMOVED, CardEventKind.READER_REMOVED):
            was_present = self.card_present
            self._set_card_present(False)
            if not was_present:
                return
            if self.stage is Stage.READING:
                self._close_session("card_removed")
                self._to_attract()
            elif self.in_maintenance:
                pass  # the technician takes their card out to test another: maintenance ends on End or idle
            elif self.stage in _SESSION_STAGES:
                self._end(EndReason.CARD_REMOVED)
            elif self.stage is Stage.NOTICE and self._notice_min_timer.isActive():
                self._leave_notice_when_read = True
            elif self.stage is Stage.NOTICE or (self.stage is Stage.ENDING and not self._ending_timer.isActive()):
                self._to_attract()

    def route_cards(self, route: Callable[[bool], None] | None) -> None:
        """While a staff flow runs, the reader's insertions (True) and removals (False) go to `route`.

        One reader: the clerk takes the staff card out so that the member's cards can go in,
        and the staff session outlives its card until the flow finishes, is cancelled or
        idles out (the flow then gives the reader back with None). Only in the STAFF stage;
        the customer's card handling is untouched.
        """
        self._card_route = route

    def _route_card_event(self, event: CardEvent) -> None:
        route = self._card_route
        assert route is not None
        if event.kind is CardEventKind.INSERTED:
            self._set_card_present(True)
            route(True)
        elif event.kind in (CardEventKind.REMOVED, CardEventKind.READER_REMOVED):
            was_present = self.card_present
            self._set_card_present(False)
            if was_present:
                # The staff card has left: its connection (and the PIN it verified) goes with it.
                self._job(self._let_go_of_held, lambda _r: None, self._quietly, track_busy=False)
                route(False)

    def _let_go_of_held(self) -> None:
        """Worker thread: close the staff card's connection kept since its PIN."""
        held, self._held = self._held, None
        if held is not None:
            held.connection.close()

    def _set_card_present(self, present: bool) -> None:
        if present != self.card_present:
            self.card_present = present
            self.card_changed.emit(present)

    def _read_card(self) -> None:
        self._generation += 1
        self._ending_timer.stop()
        self._notice_timer.stop()
        self.notice = None
        self._set_stage(Stage.READING)
        self._job(self._prove_card, self._card_proven, self._card_failed, on_stale=self._release_stale)

    def _prove_card(self) -> tuple[CardData, OpenedSession | HeldCard]:
        """Worker thread: a held card is recorded here, not when the result reaches the UI,
        so a revocation queued behind this job (the card pulled, the kiosk stopping) lets go of it."""
        data, opened = prove_card(self._reader, self.api)
        if isinstance(opened, HeldCard):
            self._held = opened
        return data, opened

    def _release_stale(self, result: tuple[CardData, OpenedSession | HeldCard]) -> None:
        """A card read that finished after its session ended: let go of a held card, revoke a session."""
        _data, opened = result
        if isinstance(opened, HeldCard):
            self._job(opened.connection.close, lambda _r: None, self._quietly, track_busy=False)

    def _card_proven(self, result: tuple[CardData, OpenedSession | HeldCard]) -> None:
        data, opened = result
        if isinstance(opened, HeldCard):
            log.info("card of kind %s: asking for the PIN", data.kind)
            self.staff_role = data.kind
            self.pin_tries_known = opened.tries_left
            self.pin_changed.emit()
            self._set_stage(Stage.PIN)
            self._restart_idle()
            return
        self.first_name = opened.member.first_name
        self.assurance = opened.assurance
        self.can_confirm = opened.member.can_confirm
        self.choose_language(opened.member.language)
        self.member_changed.emit()
        if not self.can_confirm:
            # No phone on file: a confirmation could only end at "we have no number for you".
            # Straight to what the card opens; Home says how to get the rest.
            self._enter_portal()
            return
        self._set_stage(Stage.CONFIRMING)
        self.start_confirmation()

    def _card_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotOurCard):
            self._show_notice(Notice.NOT_OUR_CARD)
        elif isinstance(exc, PinBlocked):
            log.info("the card's PIN is blocked: not asking for it")
            self._show_notice(Notice.PIN_BLOCKED)
        elif isinstance(exc, (CardProtocolError, CardTransportError)):
            self._note_failure(exc)
            log.warning("card could not be read: %s", type(exc).__name__)
            self._show_notice(Notice.CARD_UNREADABLE)
        elif isinstance(exc, CardRefused):
            self._show_notice(_CARD_REFUSALS.get(exc.code, Notice.CARD_NOT_VERIFIED))
        elif isinstance(exc, StaffDeactivated):
            log.info("a deactivated staff member's card was refused")
            self._show_notice(Notice.STAFF_DEACTIVATED)
        else:
            self._backend_failed(exc)

    # --- staff and technician cards ---------------------------------------------------------

    def submit_pin(self, pin: str) -> None:
        """The PIN goes to the card only (VERIFY); the backend sees just the card's signature."""
        held = self._held
        if self.stage is not Stage.PIN or held is None:
            return
        self._job(lambda: verify_pin_and_open(held, pin, self.api), self._staff_opened, self._pin_failed)

    def _staff_opened(self, staff: StaffSession) -> None:
        self.staff_role = staff.role
        self.staff_name = staff.first_name
        if staff.role == "technician":
            # Maintenance needs the reader for other cards: the technician's card is let go of (which resets
            # it, so no verified PIN stays in the reader), and the session outlives its removal.
            self._job(self._release_held, lambda _r: None, self._quietly, track_busy=False)
        self.staff_changed.emit()
        self._set_stage(Stage.STAFF)
        self.user_activity()

    @property
    def in_maintenance(self) -> bool:
        """A technician's maintenance mode is open (stage STAFF, role technician)."""
        return self.stage is Stage.STAFF and self.staff_role == "technician"

    def _release_held(self) -> None:
        """Worker thread: close the held staff card's connection, if one is held."""
        held, self._held = self._held, None
        if held is not None:
            held.connection.close()

    def _pin_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPin) and exc.tries_left == 0:
            # That was the last try: the card is locked now, so asking for the PIN again would
            # only spend the holder's time. Say so and end, like a card that came in locked.
            log.info("the last PIN try was wrong: the card is locked")
            self.pin_tries_left = 0
            self._show_notice(Notice.PIN_BLOCKED)
        elif isinstance(exc, WrongPin):
            self.pin_tries_left = exc.tries_left
            self.pin_changed.emit()
        elif isinstance(exc, PinBlocked):
            self._show_notice(Notice.PIN_BLOCKED)
        else:
            self._card_failed(exc)

    # --- identity confirmation -----------------------------------------------------------

    def start_confirmation(self) -> None:
        self.confirmation = None
        self._set_confirm(ConfirmOutcome.STARTING)
        language = self.language
        self._job(lambda: self.api.start_confirmation(language), self._confirmation_started,
                  self._confirmation_failed)

    def retry_confirmation(self) -> None:
        if self.stage is Stage.CONFIRMING:
            self.start_confirmation()

    def cancel_confirmation(self) -> None:
        """Cancel on the kiosk: the backend transaction is cancelled, the member may go on with the card only."""
        if self.stage is not Stage.CONFIRMING:
            return
        self._poll_timer.stop()
        if self.confirm_outcome is ConfirmOutcome.PENDING:
            self._job(self.api.cancel_confirmation, lambda _r: None, self._quietly)
        self._set_confirm(ConfirmOutcome.USER_CANCEL)

    def continue_with_card(self) -> None:
        """Go on at `card` assurance: only the benefits summary."""
        if self.stage is Stage.CONFIRMING:
            self._poll_timer.stop()
            self._enter_portal()

    def confirm_now(self) -> None:
        """From the card-only portal: confirm with the mobile certificate to see everything."""
        if self.stage is Stage.PORTAL and self.assurance == "card" and self.can_confirm:
            self._idle_timer.stop()
            self._set_stage(Stage.CONFIRMING)
            self.start_confirmation()

    def _confirmation_started(self, confirmation: Confirmation) -> None:
        self.confirmation = confirmation
        if confirmation.status != "pending":  # the MSSP refused at once (no certificate, busy, down)
            self._set_confirm(confirm_outcome_for(confirmation.status, confirmation.outcome))
            return
        self._set_confirm(ConfirmOutcome.PENDING)
        self._poll_timer.start()

    def _poll_confirmation(self) -> None:
        if self.stage is Stage.CONFIRMING and self.confirm_outcome is ConfirmOutcome.PENDING:
            self._job(self.api.confirmation_status, self._confirmation_polled, self._confirmation_failed,
                      track_busy=False)

    def _confirmation_polled(self, confirmation: Confirmation) -> None:
        if self.stage is not Stage.CONFIRMING or self.confirm_outcome is not ConfirmOutcome.PENDING:
            return
        self.confirmation = confirmation
        if confirmation.status == "approved":
            self.assurance = confirmation.assurance
            self.member_changed.emit()
            self._enter_portal()
        elif confirmation.status == "pending":
            self.confirmation_changed.emit()
            self._poll_timer.start()
        else:
            self._set_confirm(confirm_outcome_for(confirmation.status, confirmation.outcome))

    def _confirmation_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Refused) and exc.code == "no_phone":
            self._set_confirm(ConfirmOutcome.NO_PHONE)
        elif isinstance(exc, Refused) and exc.code == "too_many_attempts":
            self._set_confirm(ConfirmOutcome.TOO_MANY_ATTEMPTS)
        elif isinstance(exc, BackendUnreachable) or (isinstance(exc, ApiError) and exc.code == "mssp_unavailable"):
            self._note_failure(exc)
            self._set_confirm(ConfirmOutcome.UNAVAILABLE)
        elif isinstance(exc, (SessionGone, KioskUnauthorized)) or not isinstance(exc, ApiError):
            self._backend_failed(exc)
        else:
            self._note_failure(exc)
            self._set_confirm(ConfirmOutcome.FAILED)

    def _set_confirm(self, outcome: ConfirmOutcome) -> None:
        self.confirm_outcome = outcome
        self.confirmation_changed.emit()

    # --- portal ------------------------------------------------------------------------------

    def _enter_portal(self) -> None:
        self._set_stage(Stage.PORTAL)
        self.user_activity()
        self._job(self.api.benefits_summary, self._summary_loaded, self._backend_failed)

    def _summary_loaded(self, summary: BenefitsSummary) -> None:
        self.summary = summary
        self.summary_changed.emit()

    def paperless_receipts_saved(self, paperless: bool) -> None:
        """The backend saved the card's receipts setting: Home says it without fetching the summary again."""
        if self.summary is not None and self.summary.paperless_receipts != paperless:
            import msgspec  # loaded by then with the client's answers; not before the attract screen

            self.summary = msgspec.structs.replace(self.summary, paperless_receipts=paperless)
            self.summary_changed.emit()

    # --- intents -------------------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        if language != self.language:
            self._apply_language(language)
            self.language = language
            self.language_changed.emit(language)

    def end(self) -> None:
        """The End button (also Cancel on the PIN screen)."""
        if self.stage in _SESSION_STAGES:
            self._end(EndReason.END_BUTTON)

    def dismiss_notice(self) -> None:
        """OK, or a touch anywhere on the notice: read, whatever the minimum time says."""
        if self.stage is Stage.NOTICE:
            self._notice_over()

    # --- the member's data, for the portal's sections ------------------------------------------

    def member_call(self, work: Callable[[ApiClient], T], done: Callable[[T], None],
                    failed: Callable[[ApiError], None] | None = None, *, busy: bool = False) -> bool:
        """Run one backend call for the member on screen, on the worker thread.

        Section views never do I/O: they describe the call and get the result on the UI
        thread. A result that arrives after the session ended is dropped (generation), a
        session the backend no longer knows or a refused kiosk ends the visit as any
        other call would, and every other API error goes to `failed`, so the section
        can say what went wrong next to what the member was doing. Returns False (and
        runs nothing) outside the portal.
        """
        if self.stage is not Stage.PORTAL or not self.api.has_session:
            return False
        api = self.api

        def on_error(exc: BaseException) -> None:
            if isinstance(exc, (SessionGone, KioskUnauthorized)) or not isinstance(exc, ApiError) or failed is None:
                self._backend_failed(exc)
            else:
                self._note_failure(exc)
                failed(exc)

        self._job(lambda: work(api), done, on_error, track_busy=busy)
        return True

    def staff_call(self, work: Callable[[], T], done: Callable[[T], None],
                   failed: Callable[[Exception], None], *, busy: bool = True) -> bool:
        """Run one step of a staff flow (backend calls, card commands) on the worker, in order.

        Like `member_call` for the staff menu and its flows: a result that arrives after
        the session ended is dropped; a refused kiosk or a deactivated clerk ends the
        session here with its notice; an unexpected exception apologises. Every other API
        error, and the card's own errors, go to `failed`: the flow says what went wrong
        where the clerk is. A session refused in a call that carried both the clerk's and
        the member's sessions may be either: the flow finds out (`staff_session_lost`).
        Returns False (and runs nothing) without a staff session.
        """
        if self.stage is not Stage.STAFF or not self.api.has_staff_session:
            return False

        def on_error(exc: BaseException) -> None:
            if isinstance(exc, (KioskUnauthorized, StaffDeactivated)):
                self._backend_failed(exc)
            elif isinstance(exc, (ApiError, CardProtocolError, CardTransportError)):
                self._note_failure(exc)
                failed(exc)
            else:
                self._backend_failed(exc)

        self._job(work, done, on_error, track_busy=busy)
        return True

    def staff_session_lost(self, exc: ApiError) -> None:
        """A staff flow learnt that the clerk's session is over: say so and wipe, as any ended session."""
        self._backend_failed(exc)

    def request_output(self, request: OutputRequest) -> None:
        """A section's Print or "Take to phone": the receipt-output flow takes it from here."""
        if self.stage is Stage.PORTAL and self.assurance == "strong":
            self.output_requested.emit(request)

    def user_activity(self) -> None:
        """Any touch or key: the shopper is here; restart the idle clock and cancel a warning."""
        if self._countdown_timer.isActive():
            self._countdown_timer.stop()
            self.idle_seconds_left = 0
            self.idle_warning.emit(0)
        if self.stage in _IDLE_STAGES:
            self._restart_idle()

    def extend_time(self) -> None:
        """"I need more time" on the idle warning: the warning goes, and this session's idle times grow by
        `extra_time_s`; asked again at a later warning, it starts another long period (no limit)."""
        if not self._countdown_timer.isActive() or self.stage not in _IDLE_STAGES:
            return
        self.extensions += 1
        log.info("more time asked for (%d in this session)", self.extensions)
        self.user_activity()
        self.time_extended.emit(self.idle_timeout_s() - self.idle_warning_s())

    def set_assistive(self, reason: str, on: bool) -> None:
        """Large text (the window) or speech (the announcer) turned on or off: while any is on, every idle time
        and its warning are `assistive_factor` times as long. A running idle clock starts again at the new
        length; a session's end turns every reason off."""
        before = self.assistive
        if on:
            self._assistive.add(reason)
        else:
            self._assistive.discard(reason)
        if self.assistive != before and self._idle_timer.isActive():
            self._restart_idle()

    @property
    def assistive(self) -> bool:
        """Large text or speech is on: idle times are longer."""
        return bool(self._assistive)

    def idle_timeout_s(self) -> int:
        """This session's idle time now: a staff member's own, longer with large text or speech and after
        "I need more time"."""
        staff = self.stage is Stage.STAFF and self.staff_role == "staff"
        idle_s = self._timing.staff_idle_timeout_s if staff else self._timing.idle_timeout_s
        if self.assistive:
            idle_s *= self._timing.assistive_factor
        return idle_s + (self._timing.extra_time_s if self.extensions else 0)

    def idle_warning_s(self) -> int:
        """How long the warning counts down before the session ends: longer with large text or speech."""
        return self._timing.idle_warning_s * (self._timing.assistive_factor if self.assistive else 1)

    def _restart_idle(self) -> None:
        """The idle clock from now (`idle_timeout_s`), the warning at its end."""
        self._idle_timer.setInterval(1000 * (self.idle_timeout_s() - self.idle_warning_s()))
        self._idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        touch = kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
        if kind is QEvent.Type.KeyPress or (touch and not self._countdown_timer.isActive()):
            # During the idle warning a touch is the warning's to answer (its dim edge and Continue keep the
            # session, "I need more time" extends it): taken here, it would close the warning under the finger.
            self.user_activity()
        return False

    def recover_from_crash(self) -> None:
        """After an unexpected exception anywhere: wipe, apologise, back to attract."""
        self._crash(None)

    # --- idle ------------------------------------------------------------------------------------

    def _start_idle_warning(self) -> None:
        if self.stage not in _IDLE_STAGES:
            return
        self.idle_seconds_left = self.idle_warning_s()
        self.idle_warning_started.emit(self.idle_seconds_left)
        self.idle_warning.emit(self.idle_seconds_left)
        self._countdown_timer.start()

    def _idle_tick(self) -> None:
        self.idle_seconds_left -= 1
        if self.idle_seconds_left > 0:
            self.idle_warning.emit(self.idle_seconds_left)
            return
        self._countdown_timer.stop()
        self.idle_warning.emit(0)
        if self.stage is Stage.NOTICE:
            self._to_attract()
        else:
            self._end(EndReason.IDLE)

    # --- ending ---------------------------------------------------------------------------------

    def _end(self, reason: EndReason) -> None:
        """Thank the member and return to attract once the card is out (End, removal, idle)."""
        log.info("session ends: %s", reason.value)
        self._close_session(reason.value)
        self._set_stage(Stage.ENDING)
        self._ending_timer.start()

    def _close_session(self, reason: str) -> None:
        """Wipe everything of the customer and revoke the token; results still on their way are dropped.

        The revocation is queued behind any job in flight, so a session that was being
        opened as the card left is revoked as soon as it exists.
        """
        self._generation += 1
        self._wipe()
        revoke = _REVOCATION_REASONS.get(reason, "other")
        self._job(lambda: self._revoke(revoke), lambda _r: None, self._quietly, track_busy=False)

    def _revoke(self, reason: BackendEndReason) -> None:
        """Worker thread: end whatever session is open and let go of a held card (which resets it)."""
        self._release_held()
        if self._api_client is None:
            return  # no call was ever made: no session to end
        try:
            self.api.end_staff_session(reason)
        finally:
            self.api.end_session(reason)

    def _wipe(self) -> None:
        for timer in (self._poll_timer, self._idle_timer, self._countdown_timer, self._notice_timer):
            timer.stop()
        if self.idle_seconds_left:
            self.idle_seconds_left = 0
            self.idle_warning.emit(0)
        self._wipe_state()
        self._card_route = None  # a staff flow ends with its session
        self.member_changed.emit()
        self.summary_changed.emit()
        self.wiped.emit()

    def _ending_over(self) -> None:
        """The thank-you has been read; with the card still in, wait for its removal instead."""
        if self.stage is Stage.ENDING and not self.card_present:
            self._to_attract()

    def _to_attract(self) -> None:
        self._ending_timer.stop()
        self._notice_timer.stop()
        self._notice_min_timer.stop()
        self._leave_notice_when_read = False
        self.notice = None
        self.notice_changed.emit(None)
        self.choose_language(self.default_language)
        self._set_stage(Stage.ATTRACT)
        if not self.service_available:
            self._service_timer.start()

    def _show_notice(self, notice: Notice) -> None:
        self._close_session("other")
        self.notice = notice
        self.notice_changed.emit(notice)
        self._set_stage(Stage.NOTICE)
        self._notice_timer.start()
        self._notice_min_timer.start()
        self._leave_notice_when_read = False
        self._idle_timer.stop()

    def _notice_read(self) -> None:
        """The notice has been up long enough to read: if its card has left meanwhile, go."""
        if self.stage is Stage.NOTICE and self._leave_notice_when_read:
            self._to_attract()

    def _notice_over(self) -> None:
        if self.stage is Stage.NOTICE:
            self._to_attract()

    # --- failures -------------------------------------------------------------------------------

    def _backend_failed(self, exc: BaseException) -> None:
        self._note_failure(exc)
        if isinstance(exc, SessionGone):
            self._show_notice(Notice.SESSION_GONE)
        elif isinstance(exc, BackendUnreachable):
            self._set_service(False)
            self._show_notice(Notice.SERVICE_UNAVAILABLE)
        elif isinstance(exc, KioskUnauthorized):
            log.error("the backend refuses this kiosk's credential")
            self._set_service(False)
            self._show_notice(Notice.OUT_OF_ORDER)
        elif isinstance(exc, ApiError) and exc.code == "busy":
            # The backend shed load (503 busy) and the client's retries met it busy again: it
            # answers again the moment load falls, so this is "busy, try again", not an outage.
            log.warning("backend busy")
            self._show_notice(Notice.BUSY)
        elif isinstance(exc, StaffDeactivated):
            log.info("the staff member's access was withdrawn: the staff session has ended")
            self._show_notice(Notice.STAFF_DEACTIVATED)
        elif isinstance(exc, ApiError):
            log.warning("backend error %s", exc.code)
            self._show_notice(Notice.SERVICE_UNAVAILABLE)
        else:
            self._crash(exc)

    def _note_failure(self, exc: BaseException) -> None:
        """Tell the heartbeat the code of a failure the kiosk has: the backend or the MSSP out of reach, the
        kiosk refused, the reader gone. What happens to a member (a closed card, a wrong PIN, an expired
        session) is no failure of the kiosk's; an unexpected exception is noted by `_crash`."""
        if isinstance(exc, (BackendUnreachable, KioskUnauthorized, ServerError)) or (
                isinstance(exc, ApiError) and exc.code == "mssp_unavailable"):
            self.failure_noted.emit(exc.code)
        elif isinstance(exc, ReaderUnavailable):
            self.failure_noted.emit("reader_unavailable")

    def _quietly(self, exc: BaseException) -> None:
        """Revocations and cancels: a failure is logged; the customer has already moved on."""
        log.warning("background call failed: %s", getattr(exc, "code", type(exc).__name__))

    def _crash(self, exc: BaseException | None) -> None:
        if exc is not None:
            log.error("unexpected error", exc_info=exc)
        self.failure_noted.emit("unexpected_error")
        self._show_notice(Notice.APOLOGY)

    # --- plumbing ---------------------------------------------------------------------------------

    def _set_stage(self, stage: Stage) -> None:
        if stage is not self.stage:
            self.stage = stage
            self.stage_changed.emit(stage)

    def _job(self, work: Callable[[], T], on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None], *, track_busy: bool = True,
             on_stale: Callable[[T], None] | None = None) -> None:
        generation = self._generation
        if track_busy:
            self._in_flight += 1
            if self._in_flight == 1:
                self._busy_timer.start()

        def settle() -> bool:
            if track_busy:
                self._in_flight -= 1
                if self._in_flight == 0:
                    self._busy_timer.stop()
                    self.busy_changed.emit(False)
            return generation == self._generation

        def done(result: T) -> None:
            if settle():
                on_done(result)
            elif on_stale is not None:
                on_stale(result)

        def failed(exc: BaseException) -> None:
            if settle():
                on_error(exc)
            elif not isinstance(exc, (ApiError, CardProtocolError, CardTransportError)):
                log.error("unexpected error in a job of an ended session", exc_info=exc)

        self._run_job(work, done, failed)
