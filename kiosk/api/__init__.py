"""The kiosk's client of the backend /v1 API: declared results, one vocabulary of typed errors.

Views never use the transport: the session layer calls the client from worker threads
and hands results to the UI. Every failure a user can meet arrives as a subclass of
`ApiError` whose `.code` the UI maps to a translated message.

  errors.py  the error vocabulary and the mapping of refusals to it
  types.py   every result type, declared once and checked by msgspec while decoding
  client.py  ApiClient: requests with urllib3's Retry for reads, decoding, sessions
"""

from kiosk.api.client import ApiClient, decode
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
    ValidationFailed,
    error_from_response,
)
from kiosk.api.types import (
    Assurance,
    BenefitsSummary,
    BonusMonth,
    CardKind,
    CashBenefit,
    Challenge,
    CommunicationTopic,
    Confirmation,
    ConfirmationStatus,
    DocumentKind,
    DocumentLink,
    EndReason,
    Heartbeat,
    HeartbeatAck,
    HeartbeatDevices,
    HeartbeatPrinter,
    HeartbeatReader,
    HouseholdMember,
    KioskState,
    NextStep,
    OpenedSession,
    Panel,
    PaperlessReceipts,
    Payout,
    Profile,
    ReceiptDetail,
    ReceiptLine,
    ReceiptPage,
    ReceiptSummary,
    RegisterData,
    SessionInfo,
    SessionMember,
    StaffSession,
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

__all__ = [
    "ApiClient", "ApiError", "Assurance", "AssuranceRequired", "BackendUnreachable", "BenefitsSummary", "BonusMonth",
    "CardKind", "CardRefused", "CashBenefit", "Challenge", "CommunicationTopic", "Confirmation",
    "ConfirmationStatus", "DocumentKind", "DocumentLink", "EndReason", "FieldProblem", "Heartbeat", "HeartbeatAck",
    "HeartbeatDevices", "HeartbeatPrinter", "HeartbeatReader", "HouseholdMember", "KioskState", "KioskUnauthorized",
    "NextStep", "NotFound", "OpenedSession", "Panel", "PaperlessReceipts", "Payout", "Profile", "ReceiptDetail",
    "ReceiptLine", "ReceiptPage", "ReceiptSummary", "Refused", "RegisterData", "ServerError", "SessionGone",
    "SessionInfo", "SessionMember", "StaffSession", "Store", "StoreDetail", "StoreKiosk", "StoreStatus", "Survey",
    "SurveyOption", "SurveyOptionResult", "SurveyQuestion", "SurveyQuestionResult", "SurveyResults",
    "SurveyToAnswer", "Translated", "ValidationFailed", "VatLine", "WarrantyReceipt", "decode",
    "error_from_response",
]
