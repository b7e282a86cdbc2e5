"""The client: one terminal's HTTP connection to the backend's /v1 API.

What may be logged: method, path and status, and for a malformed answer the path of
the bad field. Card numbers travel only in request bodies and tokens only in headers,
and neither (nor names, phones, e-mails or search words from query strings) is ever
logged or put into an exception message.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import threading
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import msgspec

from kiosk.api.errors import BackendUnreachable, SessionGone, StaffDeactivated, error_from_response, malformed
from kiosk.api.types import (
    ActionRecorded,
    BenefitsSummary,
    BonusMonth,
    CardProof,
    CardReplaced,
    Challenge,
    CommunicationTopic,
    Confirmation,
    DiagnosticsReceipt,
    DocumentEvidence,
    DocumentKind,
    DocumentLink,
    EndReason,
    Enrolled,
    EnrolmentHousehold,
    Heartbeat,
    HeartbeatAck,
    Household,
    HouseholdMember,
    IdentityEvidence,
    Items,
    MaintenanceAction,
    MaintenanceStatus,
    MemberLookup,
    NewMember,
    NewMemberChecked,
    OpenedSession,
    Panel,
    PaperlessReceipts,
    PhoneChanged,
    Profile,
    ReceiptDetail,
    ReceiptPage,
    RegisterData,
    ReplacementReason,
    SessionInfo,
    StaffAction,
    StaffConfirmation,
    StaffSession,
    StaffSessionInfo,
    StockChallenge,
    Store,
    StoreStatus,
    Survey,
    SurveyResults,
    SurveyToAnswer,
    WarrantyReceipt,
)

if TYPE_CHECKING:
    import requests

log = logging.getLogger("kiosk.api")

T = TypeVar("T")

_PROFILE_FIELDS = frozenset({"phone", "email", "address_line1", "address_line2", "postal_code", "town",
                             "language"})


# --- decoding ---------------------------------------------------------------------------------

# msgspec ends its messages with " - at `$.path`"; the path holds our field names, list
# indexes and "[...]" for dictionary keys, never a value.
_AT_PATH = re.compile(r"(?s)(.*) - at `(\$[^`]*)`")
# ...but a description may quote the value itself ("Invalid enum value 'Matti'"): cut
# everything from the first quote to the last.
_QUOTED = re.compile(r"(?s)'.*'")


def decode(content: bytes, into: type[T], what: str) -> T:
    """Reads one answer as the declared type, or raises ServerError("malformed_response").

    The log and the error say where the answer went wrong (e.g. `$.items[3].total_cents`)
    so a technician can tell which field the backend got wrong, but never the value there.
    `what` names the request ("GET /v1/me/profile") for the log.
    """
    try:
        return msgspec.json.decode(content, type=into)
    except msgspec.ValidationError as exc:
        found = _AT_PATH.fullmatch(str(exc))
        problem, path = (found.group(1), found.group(2)) if found else (str(exc), "$")
        problem = _QUOTED.sub("…", problem)
        log.warning("%s: malformed answer at %s: %s", what, path, problem)
        raise malformed(f"{problem} at {path}") from None
    except msgspec.DecodeError:
        log.warning("%s: answer is not JSON", what)
        raise malformed("not JSON") from None


def _error_body(content: bytes) -> Any:
    """The parsed body of a refusal, or None: a proxy's HTML page is still a refusal."""
    try:
        return msgspec.json.decode(content) if content else None
    except msgspec.DecodeError:
        return None


# --- the client ---------------------------------------------------------------------------

class ApiClient:
    """One terminal's connection to the backend, holding at most one customer session.

    Reads (GET) are retried a couple of times on a refused or reset connection and on
    502/503/504, because a load balancer or a restarting API worker answers those and a
    second try usually succeeds; a Retry-After up to 2 s is waited for. Writes are sent
    exactly once: the client cannot know whether a write that failed mid-way took effect,
    and the user can try again. A timeout is never retried, so a hung backend costs at
    most one timeout. urllib3's Retry does all this under requests (kiosk.api.transport).

    Safe to share between worker threads as long as they do not race to open and end
    sessions; the session layer serialises that.
    """

    def __init__(self, base_url: str, kiosk_id: str, kiosk_secret: str, *, connect_timeout: float = 3.0,
                 read_timeout: float = 8.0, read_retries: int = 2, verify: bool | str = True) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = (connect_timeout, read_timeout)
        self._credential = (kiosk_id, kiosk_secret)
        self._verify = verify
        self._read_retries = read_retries
        self._http: requests.Session | None = None  # made by the first request (kiosk.api.transport)
        self._http_made = threading.Lock()
        self._token: str | None = None
        self._staff_token: str | None = None

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *_exc: object) -> None:  # the exception, if any, is not looked at
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

    def _send(self, method: str, path: str, *, token: str | None = None,
              params: Mapping[str, Any] | None = None, body: Any = None, staff: bool = False,
              raw: bytes | None = None, content_type: str = "", member_token: str | None = None) -> bytes:
        """Sends one request (the adapter retries reads) and returns the body of a 2xx answer.

        The body is `body` as JSON, or `raw` bytes of `content_type`. A staff flow's call
        carries the clerk's token and, as `member_token`, the session the member's own card
        opened (their consent): then a refused session may be either, and neither token is
        dropped here (the flow finds out which one ended).
        """
        import requests
        from urllib3.exceptions import ReadTimeoutError

        from kiosk.api.transport import http_session

        header = "X-Staff-Token" if staff else "X-Session-Token"
        headers = {header: token} if token is not None else {}
        if member_token is not None:
            headers["X-Session-Token"] = member_token
        if raw is not None:
            headers["Content-Type"] = content_type
        with self._http_made:
            if self._http is None:
                self._http = http_session(*self._credential, self._verify, self._read_retries)
            http = self._http
        try:
            response = http.request(method, self._base_url + path, params=params, json=body, data=raw,
                                          headers=headers, timeout=self._timeout)
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
            log.warning("%s %s: connection failed (%s)", method, path, type(exc).__name__)
            raise BackendUnreachable("backend_unreachable", f"{method} {path}: no connection") from None
        except requests.RequestException as exc:
            log.warning("%s %s: request failed (%s)", method, path, type(exc).__name__)
            raise BackendUnreachable("backend_unreachable", f"{method} {path}: {type(exc).__name__}") from None
        with response:
            status = response.status_code
            log.info("%s %s -> %s", method, path, status)
            if 200 <= status < 300:
                return response.content
            error = error_from_response(status, _error_body(response.content), with_session=token is not None)
        log.warning("%s %s -> %s %s", method, path, status, error.code)
        if isinstance(error, StaffDeactivated) and token is not None and token == self._staff_token:
            self._staff_token = None  # the backend ended the clerk's session with this answer
        elif isinstance(error, SessionGone) and token is not None and member_token is None:
            # The token is dead at the backend: keep none, so has_session tells the truth.
            if token == self._token:
                self._token = None
            if token == self._staff_token:
                self._staff_token = None
        raise error

    def _call(self, method: str, path: str, into: type[T], *, token: str | None = None,
              params: Mapping[str, Any] | None = None, body: Any = None) -> T:
        content = self._send(method, path, token=token, params=params, body=body)
        return decode(content, into, f"{method} {path}")

    def _read(self, path: str, into: type[T], params: Mapping[str, Any] | None = None) -> T:
        return self._call("GET", path, into, token=self._require_token(), params=params)

    # --- sessions ---

    def request_challenge(self, card_number: str) -> Challenge:
        return self._call("POST", "/v1/card-challenges", Challenge, body={"card_number": card_number})

    def open_session(self, challenge_id: str, signature: bytes) -> OpenedSession:
        """Opens a `card`-assurance session and keeps its token for every later call."""
        opened = self._call("POST", "/v1/sessions", OpenedSession,
                            body={"challenge_id": challenge_id, "signature": base64.b64encode(signature).decode()})
        self._token = opened.token
        return opened

    def session_info(self) -> SessionInfo:
        return self._read("/v1/sessions/current", SessionInfo)

    # --- staff and technician sessions ---

    @property
    def has_staff_session(self) -> bool:
        return self._staff_token is not None

    def open_staff_session(self, challenge_id: str, signature: bytes) -> StaffSession:
        """A staff or technician card signs only after its PIN: the signature is the PIN's proof."""
        opened = self._call("POST", "/v1/staff-sessions", StaffSession,
                            body={"challenge_id": challenge_id, "signature": base64.b64encode(signature).decode()})
        self._staff_token = opened.token
        return opened

    def end_staff_session(self, reason: EndReason = "end_button") -> None:
        """Like end_session: the token is forgotten first, whatever the backend answers."""
        token, self._staff_token = self._staff_token, None
        if token is None:
            return
        with contextlib.suppress(SessionGone):
            self._send("DELETE", "/v1/staff-sessions/current", token=token, params={"reason": reason}, staff=True)

    def store_status(self) -> StoreStatus:
        """The paper of this store's kiosks, for the staff menu (needs the staff session)."""
        return self._staff("GET", "/v1/store-status", StoreStatus)

    def _require_staff_token(self) -> str:
        token = self._staff_token
        if token is None:
            raise SessionGone("session_required", "no staff session is open on this terminal")
        return token

    def _staff(self, method: str, path: str, into: type[T], *, body: Any = None,
               params: Mapping[str, Any] | None = None, with_member: bool = False) -> T:
        """A call under the clerk's session; `with_member` adds the member's own session (their consent)."""
        member_token = self._require_token() if with_member else None
        content = self._send(method, path, token=self._require_staff_token(), params=params, body=body,
                             staff=True, member_token=member_token)
        return decode(content, into, f"{method} {path}")

    def staff_session_info(self) -> StaffSessionInfo:
        """Is the clerk's session alive? Asked when a call with both sessions was refused, to tell whose ended."""
        return self._staff("GET", "/v1/staff-sessions/current", StaffSessionInfo)

    # --- staff flows (each final POST carries a request_id: a retry of a lost answer gets it again) ---

    def stock_card_challenge(self, card_number: str) -> StockChallenge:
        """A challenge for the card a clerk inserted as a new card from stock (CardRefused card_unknown
        for a number the chain never had)."""
        return self._staff("POST", "/v1/staff/stock-card-challenges", StockChallenge,
                           body={"card_number": card_number})

    def staff_confirmation(self, confirmation_id: int) -> StaffConfirmation:
        return self._staff("GET", f"/v1/staff/identity-confirmations/{int(confirmation_id)}", StaffConfirmation)

    def cancel_staff_confirmation(self, confirmation_id: int) -> None:
        self._send("DELETE", f"/v1/staff/identity-confirmations/{int(confirmation_id)}",
                   token=self._require_staff_token(), staff=True)

    def staff_actions(self, limit: int = 100) -> list[StaffAction]:
        """The clerk's own audited actions at this kiosk today, newest first."""
        return self._staff("GET", "/v1/staff/actions", Items[StaffAction], params={"limit": limit}).items

    def enrolment_household(self) -> EnrolmentHousehold:
        """The owner's household (names and roles): refused before the owner's consent, or for a family member."""
        return self._staff("GET", "/v1/staff/enrolment/household", EnrolmentHousehold, with_member=True)

    def check_new_member(self, member: NewMember) -> NewMemberChecked:
        """The typed details as they would be stored, or ValidationFailed naming each bad field. Writes nothing."""
        return self._staff("POST", "/v1/staff/enrolment/check", NewMemberChecked,
                           body=msgspec.to_builtins(member), with_member=True)

    def start_new_member_confirmation(self, member: NewMember, prompt_language: str | None = None,
                                      ) -> StaffConfirmation:
        """The new member confirms with their own mobile certificate, on the number typed for them."""
        body = msgspec.to_builtins(member)
        if prompt_language:
            body["prompt_language"] = prompt_language
        return self._staff("POST", "/v1/staff/enrolment/identity-confirmations", StaffConfirmation, body=body,
                           with_member=True)

    def enrol(self, request_id: str, member: NewMember, identity: IdentityEvidence, card: CardProof) -> Enrolled:
        """The whole enrolment in one transaction at the backend, or nothing (a write: sent once)."""
        body = {"request_id": request_id, "member": msgspec.to_builtins(member),
                "identity": _identity_body(identity), "card": _card_body(card)}
        return self._staff("POST", "/v1/staff/enrolments", Enrolled, body=body, with_member=True)

    def look_up_member(self, *, phone: str | None = None, identity_code: str | None = None) -> MemberLookup:
        """Find a member by one of phone number or identity code (for a card replacement)."""
        if (phone is None) == (identity_code is None):
            raise ValueError("look a member up by phone or by identity code, one of them")
        body = {"phone": phone} if phone is not None else {"identity_code": identity_code}
        return self._staff("POST", "/v1/staff/member-lookups", MemberLookup, body=body)

    def start_replacement_confirmation(self, lookup_id: str, prompt_language: str | None = None,
                                       ) -> StaffConfirmation:
        """A confirmation to the member's phone ON FILE: no number can be given here."""
        body: dict[str, str] = {"lookup_id": lookup_id}
        if prompt_language:
            body["prompt_language"] = prompt_language
        return self._staff("POST", "/v1/staff/card-replacement/identity-confirmations", StaffConfirmation,
                           body=body)

    def replace_card(self, request_id: str, lookup_id: str, reason: ReplacementReason, identity: IdentityEvidence,
                     card: CardProof) -> CardReplaced:
        body = {"request_id": request_id, "lookup_id": lookup_id, "reason": reason,
                "identity": _identity_body(identity), "card": _card_body(card)}
        return self._staff("POST", "/v1/staff/card-replacements", CardReplaced, body=body)

    def start_phone_confirmation(self, phone: str, prompt_language: str | None = None) -> StaffConfirmation:
        """A confirmation on the member's NEW number (their card's session is the member's own)."""
        body: dict[str, str] = {"phone": phone}
        if prompt_language:
            body["prompt_language"] = prompt_language
        return self._staff("POST", "/v1/staff/phone-change/identity-confirmations", StaffConfirmation, body=body,
                           with_member=True)

    def change_phone(self, request_id: str, phone: str, document: DocumentEvidence,
                     confirmation_id: int | None) -> PhoneChanged:
        body = {"request_id": request_id, "phone": phone, "document": msgspec.to_builtins(document),
                "confirmation_id": confirmation_id}
        return self._staff("POST", "/v1/staff/phone-changes", PhoneChanged, body=body, with_member=True)

    # --- maintenance mode (a technician's staff session) ---

    def maintenance_status(self) -> MaintenanceStatus:
        """The backend's clock and the mobile-certificate service as the backend sees it (asked now)."""
        content = self._send("GET", "/v1/maintenance/status", token=self._require_staff_token(), staff=True)
        return decode(content, MaintenanceStatus, "GET /v1/maintenance/status")

    def record_maintenance_action(self, action: MaintenanceAction, detail: Mapping[str, str]) -> ActionRecorded:
        """Audit one technician action at the backend (a write: sent once). `detail` holds codes and settings,
        never anything of a member's."""
        content = self._send("POST", "/v1/maintenance/actions", token=self._require_staff_token(), staff=True,
                             body={"action": action, "detail": dict(detail)})
        return decode(content, ActionRecorded, "POST /v1/maintenance/actions")

    def upload_diagnostics(self, bundle: bytes) -> DiagnosticsReceipt:
        """Hand a diagnostics bundle (a zip) to the backend for the help desk (a write: sent once)."""
        content = self._send("POST", "/v1/maintenance/diagnostics", token=self._require_staff_token(), staff=True,
                             raw=bundle, content_type="application/zip")
        return decode(content, DiagnosticsReceipt, "POST /v1/maintenance/diagnostics")

    # --- identity confirmation (card -> strong) ---

    def start_confirmation(self, language: str | None = None) -> Confirmation:
        """Asks the backend to send the mobile-certificate prompt (in `language` on the phone).

        Refused("no_phone") without a phone on file; a refusal by the mobile-certificate
        service comes back as a Confirmation that is already final, with its outcome.
        """
        body = {"language": language} if language else None
        return self._call("POST", "/v1/sessions/current/confirmation", Confirmation, token=self._require_token(),
                          body=body)

    def confirmation_status(self) -> Confirmation:
        return self._read("/v1/sessions/current/confirmation", Confirmation)

    def cancel_confirmation(self) -> None:
        self._send("DELETE", "/v1/sessions/current/confirmation", token=self._require_token())

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
            self._send("DELETE", "/v1/sessions/current", token=token, params={"reason": reason})

    # --- benefits ---

    def benefits_summary(self) -> BenefitsSummary:
        return self._read("/v1/me/benefits-summary", BenefitsSummary)

    def bonus_months(self, months: int = 12) -> list[BonusMonth]:
        """Oldest month first, the current month last."""
        return self._read("/v1/me/bonus-months", Items[BonusMonth], {"months": months}).items

    # --- stores and receipts ---

    def stores(self) -> list[Store]:
        """Needs no customer session (the terminal's credential is enough)."""
        return self._call("GET", "/v1/stores", Items[Store]).items

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
        return self._read("/v1/me/receipts", ReceiptPage, params)

    def receipt(self, receipt_id: int) -> ReceiptDetail:
        return self._read(f"/v1/me/receipts/{int(receipt_id)}", ReceiptDetail)

    def warranty_receipts(self) -> list[WarrantyReceipt]:
        return self._read("/v1/me/warranty-receipts", Items[WarrantyReceipt]).items

    def warranty_receipt(self, warranty_id: int) -> WarrantyReceipt:
        return self._read(f"/v1/me/warranty-receipts/{int(warranty_id)}", WarrantyReceipt)

    # --- panels ---

    def panels(self) -> list[Panel]:
        return self._read("/v1/me/panels", Items[Panel]).items

    def join_panel(self, panel_id: int) -> Panel:
        return self._call("PUT", f"/v1/me/panels/{int(panel_id)}/membership", Panel, token=self._require_token())

    def leave_panel(self, panel_id: int) -> Panel:
        return self._call("DELETE", f"/v1/me/panels/{int(panel_id)}/membership", Panel,
                          token=self._require_token())

    def survey_results(self, survey_id: int) -> SurveyResults:
        """Refused with code survey_open while the survey still runs."""
        return self._read(f"/v1/surveys/{int(survey_id)}/results", SurveyResults)

    def survey_to_answer(self, survey_id: int) -> SurveyToAnswer:
        """An open survey's questions; refused with survey_closed or not_panel_member."""
        return self._read(f"/v1/me/surveys/{int(survey_id)}", SurveyToAnswer)

    def answer_survey(self, survey_id: int, answers: Mapping[int, Sequence[int]]) -> Survey:
        """`answers`: question id -> chosen option ids. Refused with already_answered the second time."""
        body = {"answers": [{"question_id": int(question), "option_ids": [int(o) for o in options]}
                            for question, options in answers.items()]}
        return self._call("POST", f"/v1/me/surveys/{int(survey_id)}/answers", Survey, token=self._require_token(),
                          body=body)

    # --- profile, household, registers ---

    def profile(self) -> Profile:
        return self._read("/v1/me/profile", Profile)

    def update_profile(self, **changes: str | None) -> Profile:
        """Sends only the given fields; None clears an optional one. All or nothing at the backend."""
        unknown = set(changes) - _PROFILE_FIELDS
        if unknown:
            raise TypeError(f"update_profile() got unknown fields: {', '.join(sorted(unknown))}")
        return self._call("PATCH", "/v1/me/profile", Profile, token=self._require_token(), body=changes)

    def household(self) -> list[HouseholdMember]:
        return self._read("/v1/me/household", Household).members

    def remove_household_member(self, member_number: str) -> list[HouseholdMember]:
        """The owner removes a family member (strong session); answers the household as it now is."""
        if not member_number.isascii() or not member_number.isdigit():
            raise ValueError("a member number is digits")
        return self._call("DELETE", f"/v1/me/household/members/{member_number}", Household,
                          token=self._require_token()).members

    def register_data(self) -> RegisterData:
        return self._read("/v1/me/register-data", RegisterData)

    # --- communication ---

    def communication_topics(self) -> list[CommunicationTopic]:
        return self._read("/v1/me/newsletters", Items[CommunicationTopic]).items

    def paperless_receipts(self) -> PaperlessReceipts:
        return self._read("/v1/me/paperless-receipts", PaperlessReceipts)

    def set_paperless_receipts(self, paperless: bool) -> PaperlessReceipts:
        return self._call("PUT", "/v1/me/paperless-receipts", PaperlessReceipts, token=self._require_token(),
                          body={"paperless": paperless})

    def set_subscription(self, code: str, subscribed: bool) -> CommunicationTopic:
        return self._call("PUT", f"/v1/me/newsletters/{quote(code, safe='')}", CommunicationTopic,
                          token=self._require_token(), body={"subscribed": subscribed})

    # --- the fleet ---

    def send_heartbeat(self, heartbeat: Heartbeat) -> HeartbeatAck:
        """Tells the backend this kiosk is alive and how it is (a write: sent once, never retried here;
        the next heartbeat is the retry)."""
        return self._call("POST", "/v1/heartbeats", HeartbeatAck, body=msgspec.to_builtins(heartbeat))

    # --- receipt output ---

    def document_link(self, kind: DocumentKind, item_id: int | None) -> DocumentLink:
        """A short-lived link to one of the member's documents, for the QR code (a write: sent once).

        `item_id` is the receipt's or warranty receipt's id, None for the register data.
        NotFound when the document is not the member's.
        """
        return self._call("POST", _document_path(kind, item_id) + "/link", DocumentLink,
                          token=self._require_token())

    def record_print(self, kind: DocumentKind, item_id: int | None) -> None:
        """Tells the backend this kiosk printed the document (which, where and when are kept there)."""
        _document_path(kind, item_id)  # the same checks of kind and id as a link
        self._send("POST", "/v1/me/print-records", token=self._require_token(),
                   body={"kind": kind, "item_id": None if item_id is None else int(item_id)})


def _identity_body(identity: IdentityEvidence) -> dict[str, Any]:
    if isinstance(identity, DocumentEvidence):
        return {"kind": "document", **msgspec.to_builtins(identity)}
    return {"kind": "mobile_certificate", "confirmation_id": identity.confirmation_id}


def _card_body(card: CardProof) -> dict[str, str]:
    return {"challenge_id": card.challenge_id, "signature": base64.b64encode(card.signature).decode()}


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
