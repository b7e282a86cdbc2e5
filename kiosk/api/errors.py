"""The one vocabulary of backend errors: every failure a user can meet is an `ApiError`.

The UI maps each `.code` to a translated message, so a KeyError, a decoding error or a
requests exception never reaches a screen. Messages name codes, fields and types,
never values: a value may be a customer's personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


class StaffDeactivated(ApiError):
    """The staff member's access was withdrawn: their session has ended and their card opens none."""


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


def malformed(what: str) -> ServerError:
    """The error for an answer that is not what the API declares.

    `what` must name paths, keys and types only, never values: values may be personal data.
    """
    return ServerError("malformed_response", f"unexpected answer from the backend ({what})")


_SESSION_CODES = frozenset({"session_expired", "session_ended", "session_unknown", "session_required"})
_CARD_CODES = frozenset({"card_unknown", "card_closed", "card_lost", "card_not_for_customers", "card_not_for_staff",
                         "challenge_unknown", "challenge_used", "challenge_expired", "signature_invalid"})
# Codes used when an answer carries none of its own (e.g. an HTML page from a proxy).
_STATUS_CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                 409: "conflict", 413: "body_too_large", 422: "validation_failed", 429: "too_many_requests"}


def error_from_response(status: int, body: Any, *, with_session: bool) -> ApiError:
    """The typed error for a non-2xx answer: by the body's code where present, else by status.

    Read by hand and leniently, unlike results: a refusal must reach the user even when
    a proxy answered HTML or the details are odd. A 401 without a known code is taken as
    the session's problem when the request carried a session, and as the terminal's
    otherwise: either way the UI does the safe thing.
    """
    code = body.get("code") if isinstance(body, dict) else None
    code = code if isinstance(code, str) and code else None
    message = body.get("message") if isinstance(body, dict) else None
    message = message if isinstance(message, str) else ""
    if code == "kiosk_unauthorized":
        return KioskUnauthorized(code, message, status=status)
    if code in _SESSION_CODES:
        return SessionGone(code, message, status=status)
    if code == "staff_deactivated":
        return StaffDeactivated(code, message, status=status)
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
    """Keeps the well-formed items only, so the form still marks the fields it can."""
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
