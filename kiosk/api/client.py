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
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Self, TypeVar
from urllib.parse import quote, urlsplit

import msgspec
import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ConnectTimeoutError, InvalidHeader, NewConnectionError, ReadTimeoutError
from urllib3.util.retry import Retry

from kiosk.api.errors import BackendUnreachable, SessionGone, error_from_response, malformed
from kiosk.api.types import (
    BenefitsSummary,
    BonusMonth,
    Challenge,
    CommunicationTopic,
    Confirmation,
    DocumentKind,
    DocumentLink,
    EndReason,
    Heartbeat,
    HeartbeatAck,
    Household,
    HouseholdMember,
    Items,
    OpenedSession,
    Panel,
    PaperlessReceipts,
    Profile,
    ReceiptDetail,
    ReceiptPage,
    RegisterData,
    SessionInfo,
    StaffSession,
    Store,
    StoreStatus,
    Survey,
    SurveyResults,
    SurveyToAnswer,
    WarrantyReceipt,
)

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


# --- retries ----------------------------------------------------------------------------------

# Reads only, and never after a timeout (see _ReadRetry).
_RETRY_METHODS = frozenset({"GET"})
_RETRY_STATUSES = frozenset({502, 503, 504})
# Backoff between tries: none before the second, then 0.2 s, 0.4 s...; short, a shopper is waiting.
_BACKOFF_FACTOR = 0.1
# A Retry-After longer than this is not waited for: the shopper hears "busy, try again"
# at once. With the default two retries a read waits at most 4 s in all, half the read timeout.
_LONGEST_RETRY_AFTER_SECONDS = 2.0
# requests' own default: every failure is final, the error raised as without retries.
_NO_RETRY = Retry(0, read=False)


class _ReadRetry(Retry):
    """urllib3's Retry, minus the tries a kiosk must not make.

    Retry already limits the tries, backs off, honours Retry-After and retries only the
    allowed methods on a read error or a status. Three cases it would still retry end
    here instead: a write whose connection could not be made (the kiosk sends a write
    exactly once, whatever went wrong), a timeout (a hung backend costs one timeout, not
    three), and a Retry-After longer than a shopper can wait or not readable (the
    backend asked not to be asked again that soon).
    """

    def increment(self, method: str | None = None, url: str | None = None, response: Any = None,
                  error: Exception | None = None, _pool: Any = None, _stacktrace: Any = None) -> Self:
        if self._final(method, response, error):
            # A Retry with no tries left raises the error as requests would without retries.
            _NO_RETRY.increment(method, url, response, error, _pool, _stacktrace)
            raise AssertionError("a Retry with no tries left always raises")
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        # urllib3 names the whole URL; the query string may hold a member's search words.
        cause = type(error).__name__ if error is not None else getattr(response, "status", "?")
        log.warning("%s %s: %s, retrying", method, urlsplit(url or "").path, cause)
        return retry

    def _final(self, method: str | None, response: Any, error: Exception | None) -> bool:
        if method is None or not self._is_method_retryable(method):
            return True
        if isinstance(error, ReadTimeoutError):
            return True
        if isinstance(error, ConnectTimeoutError) and not isinstance(error, NewConnectionError):
            return True  # (urllib3 makes a refused connection a ConnectTimeoutError too)
        if response is not None and response.headers.get("Retry-After") is not None:
            try:
                wait = self.get_retry_after(response)
            except (InvalidHeader, ValueError, OverflowError):  # unreadable: do not guess how long "later" is
                return True
            return wait is not None and wait > _LONGEST_RETRY_AFTER_SECONDS
        return False


class _NoRetryWarning(logging.Filter):
    """urllib3 warns of a retry after a broken connection with the whole URL, search words
    and all; _ReadRetry logs the same retry without the query string instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Retrying ("))


logging.getLogger("urllib3.connectionpool").addFilter(_NoRetryWarning())


# --- the client ---------------------------------------------------------------------------

class ApiClient:
    """One terminal's connection to the backend, holding at most one customer session.

    Reads (GET) are retried a couple of times on a refused or reset connection and on
    502/503/504, because a load balancer or a restarting API worker answers those and a
    second try usually succeeds; a Retry-After up to 2 s is waited for. Writes are sent
    exactly once: the client cannot know whether a write that failed mid-way took effect,
    and the user can try again. A timeout is never retried, so a hung backend costs at
    most one timeout. urllib3's Retry does all this under requests (see _ReadRetry).

    Safe to share between worker threads as long as they do not race to open and end
    sessions; the session layer serialises that.
    """

    def __init__(self, base_url: str, kiosk_id: str, kiosk_secret: str, *, connect_timeout: float = 3.0,
                 read_timeout: float = 8.0, read_retries: int = 2, verify: bool | str = True) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = (connect_timeout, read_timeout)
        self._http = requests.Session()
        self._http.auth = (kiosk_id, kiosk_secret)
        self._http.verify = verify
        # The terminal's configuration alone says where traffic goes: no proxy, netrc or
        # CA bundle picked up from the environment.
        self._http.trust_env = False
        self._http.headers["Accept"] = "application/json"
        retries = max(0, read_retries)
        adapter = HTTPAdapter(max_retries=_ReadRetry(
            total=retries, other=0, allowed_methods=_RETRY_METHODS, status_forcelist=_RETRY_STATUSES,
            backoff_factor=_BACKOFF_FACTOR, raise_on_status=False))
        self._http.mount("http://", adapter)
        self._http.mount("https://", adapter)
        self._token: str | None = None
        self._staff_token: str | None = None

    def close(self) -> None:
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
              params: Mapping[str, Any] | None = None, body: Any = None, staff: bool = False) -> bytes:
        """Sends one request (the adapter retries reads) and returns the body of a 2xx answer."""
        header = "X-Staff-Token" if staff else "X-Session-Token"
        headers = {header: token} if token is not None else {}
        try:
            response = self._http.request(method, self._base_url + path, params=params, json=body,
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
        if isinstance(error, SessionGone) and token is not None:
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
        token = self._staff_token
        if token is None:
            raise SessionGone("session_required", "no staff session is open on this terminal")
        content = self._send("GET", "/v1/store-status", token=token, staff=True)
        return decode(content, StoreStatus, "GET /v1/store-status")

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
