"""The kiosk's client of the backend /v1 API: declared results, one vocabulary of typed errors.

Views never use the transport: the session layer calls the client from worker threads
and hands results to the UI. Every failure a user can meet arrives as a subclass of
`ApiError` whose `.code` the UI maps to a translated message.

  errors.py  the error vocabulary and the mapping of refusals to it
  types.py   every result type, declared once and checked by msgspec while decoding
  client.py  ApiClient: the calls, decoding, sessions
  transport.py  requests with urllib3's Retry for reads (loaded with the first request)
"""

import importlib
from typing import TYPE_CHECKING, Any

from kiosk.api.errors import (
    ApiError,
    AssuranceRequired,
    BackendUnreachable,
    CardRefused,
    FieldProblem,
    KioskUnauthorized,
    NotFound,
    Refused,
    ServerError,
    SessionGone,
    StaffDeactivated,
    ValidationFailed,
    error_from_response,
)

if TYPE_CHECKING:
    from kiosk.api.client import ApiClient, decode
    from kiosk.api.types import (
        Assurance,
        BenefitsSummary,
        BonusMonth,
        CardKind,
        CardProof,
        CardReplaced,
        CashBenefit,
        CertificateEvidence,
        Challenge,
        CommunicationTopic,
        Confirmation,
        ConfirmationStatus,
        DocumentEvidence,
        DocumentKind,
        DocumentLink,
        DocumentType,
        EndReason,
        Enrolled,
        EnrolmentHousehold,
        Heartbeat,
        HeartbeatAck,
        HeartbeatDevices,
        HeartbeatPrinter,
        HeartbeatReader,
        HouseholdMember,
        HouseholdPerson,
        IdentityEvidence,
        IdentityKind,
        KioskState,
        MemberLookup,
        NewMember,
        NewMemberChecked,
        NextStep,
        OpenedSession,
        Panel,
        PaperlessReceipts,
        Payout,
        PhoneChanged,
        Profile,
        ReceiptDetail,
        ReceiptLine,
        ReceiptPage,
        ReceiptSummary,
        RegisterData,
        ReplacementReason,
        SessionInfo,
        SessionMember,
        StaffAction,
        StaffConfirmation,
        StaffPurpose,
        StaffSession,
        StaffSessionInfo,
        StockChallenge,
        Store,
        StoreDetail,
        StoreKiosk,
        StoreStatus,
        Survey,
        SurveyOption,
        SurveyOptionResult,
        SurveyQuestion,
        SurveyQuestionResult,
        SurveyResults,
        SurveyToAnswer,
        Translated,
        VatLine,
        WarrantyReceipt,
    )

# The client and the answer types, imported the first time one of them is named (PEP 562):
# they bring msgspec, and the client the HTTP stack, none of which the terminal needs
# before its attract screen is up. The errors above are plain exceptions, imported at once.
_TYPES = (
    "Assurance", "BenefitsSummary", "BonusMonth", "CardKind", "CardProof", "CardReplaced", "CashBenefit",
    "CertificateEvidence", "Challenge", "CommunicationTopic", "Confirmation", "ConfirmationStatus",
    "DocumentEvidence", "DocumentKind", "DocumentLink", "DocumentType", "EndReason", "Enrolled", "EnrolmentHousehold",
    "Heartbeat", "HeartbeatAck", "HeartbeatDevices", "HeartbeatPrinter", "HeartbeatReader", "HouseholdMember",
    "HouseholdPerson", "IdentityEvidence", "IdentityKind", "KioskState", "MemberLookup", "NewMember",
    "NewMemberChecked", "NextStep", "OpenedSession", "Panel", "PaperlessReceipts", "Payout", "PhoneChanged",
    "Profile", "ReceiptDetail", "ReceiptLine", "ReceiptPage", "ReceiptSummary", "RegisterData", "ReplacementReason",
    "SessionInfo", "SessionMember", "StaffAction", "StaffConfirmation", "StaffPurpose", "StaffSession",
    "StaffSessionInfo", "StockChallenge", "Store", "StoreDetail", "StoreKiosk", "StoreStatus", "Survey",
    "SurveyOption", "SurveyOptionResult", "SurveyQuestion", "SurveyQuestionResult", "SurveyResults", "SurveyToAnswer",
    "Translated", "VatLine", "WarrantyReceipt",
)
_LAZY = {"ApiClient": "kiosk.api.client", "decode": "kiosk.api.client", **dict.fromkeys(_TYPES, "kiosk.api.types")}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kiosk.api' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value


__all__ = [
    "ApiClient", "ApiError", "Assurance", "AssuranceRequired", "BackendUnreachable", "BenefitsSummary", "BonusMonth",
    "CardKind", "CardProof", "CardRefused", "CardReplaced", "CashBenefit", "CertificateEvidence", "Challenge",
    "CommunicationTopic", "Confirmation", "ConfirmationStatus", "DocumentEvidence", "DocumentKind", "DocumentLink",
    "DocumentType", "EndReason", "Enrolled", "EnrolmentHousehold", "FieldProblem", "Heartbeat", "HeartbeatAck",
    "HeartbeatDevices", "HeartbeatPrinter", "HeartbeatReader", "HouseholdMember", "HouseholdPerson",
    "IdentityEvidence", "IdentityKind", "KioskState", "KioskUnauthorized", "MemberLookup", "NewMember",
    "NewMemberChecked", "NextStep", "NotFound", "OpenedSession", "Panel", "PaperlessReceipts", "Payout",
    "PhoneChanged", "Profile", "ReceiptDetail", "ReceiptLine", "ReceiptPage", "ReceiptSummary", "Refused",
    "RegisterData", "ReplacementReason", "ServerError", "SessionGone", "SessionInfo", "SessionMember", "StaffAction",
    "StaffConfirmation", "StaffDeactivated", "StaffPurpose", "StaffSession", "StaffSessionInfo", "StockChallenge",
    "Store", "StoreDetail", "StoreKiosk", "StoreStatus", "Survey", "SurveyOption", "SurveyOptionResult",
    "SurveyQuestion", "SurveyQuestionResult", "SurveyResults", "SurveyToAnswer", "Translated", "ValidationFailed",
    "VatLine", "WarrantyReceipt", "decode", "error_from_response",
]
