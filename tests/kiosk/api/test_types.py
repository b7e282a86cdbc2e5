"""Every result type against malformed answers from a real HTTP server on loopback.

For each call of the client a well-formed answer is read, also with fields a newer
backend might add, and is then spoilt one field at a time: the field left out, or a
value of the wrong kind put in its place. Each spoilt answer must end as
ServerError("malformed_response") (the section says it cannot be shown right now and
offers to try again; it never crashes a view or shows half a page), and the log must
tell a technician where the answer went wrong (the path of the field) without a trace
of the value there: the values put in are a name and a phone number.
"""

from __future__ import annotations

import base64
import copy
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from kiosk.api import ApiClient, ServerError
from tests.kiosk.api.test_backend_calls import OPENED, SESSION_ROUTES, make_client, open_scripted, scripted

NAME, PHONE = "Matti Meikäläinen", "+358401234567"
PERSONAL = f"{NAME} {PHONE}"
# A value of the wrong kind for a text field (and for a field that may be null).
NOT_TEXT = {"name": NAME, "phone": PHONE}

# Text fields with a closed vocabulary or a format: a personal text there is also wrong,
# and is exactly what a validator likes to quote back in its message.
FORMATTED = {"expires_at", "purchased_at", "updated_at", "opens_at", "closes_at", "joined_at", "changed_at",
             "date", "purchased_on", "warranty_ends_on", "joined_household_on", "month", "challenge", "url",
             "status", "assurance", "role"}
# Dictionaries whose keys are data, not fields: a key may be missing.
FREE_KEYS = {"title", "description", "text", "panel_title", "owner_customer_register", "customer_register"}
# Values the client passes through as they are (the register screen lists whatever it gets).
ANYTHING = {"owner_customer_register", "customer_register"}
# Documented as sometimes left out.
OMITTABLE = {"total"}

AT = "2026-11-25T10:00:00+02:00"
T3 = {"fi": "Kyselypaneeli", "sv": "Enkätpanel", "en": "Survey panel"}
STORE = {"id": 7, "name": "Meri Market Tikkurila", "town": "Vantaa"}
SURVEY = {"id": 5, "title": T3, "opens_at": AT, "closes_at": AT, "status": "closed", "respondents": 120}
PAYOUT = {"month": "2026-11", "date": "2026-12-10", "amount_cents": 1234, "account_masked": None,
          "status": "accruing"}
CASH = {"kind": "campaign", "title": T3, "amount_cents": 500}
FIGURES = {"month": "2026-11", "household_purchases_cents": 45000, "percent_bp": 250, "bonus_cents": 1125,
           "payment_benefit_cents": 225, "other_benefits": [CASH], "other_benefits_cents": 500}


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    answer: Any
    call: Callable[[ApiClient], object]
    session: bool = True


CASES = {
    "Challenge": Case("POST", "/v1/card-challenges",
                      {"challenge_id": "c1", "challenge": base64.b64encode(bytes(range(32))).decode(),
                       "expires_at": AT},
                      lambda api: api.request_challenge("1234567812345670"), session=False),
    "OpenedSession": Case("POST", "/v1/sessions", OPENED, lambda api: api.open_session("c1", b"sig"),
                          session=False),
    "SessionInfo": Case("GET", "/v1/sessions/current", {k: v for k, v in OPENED.items() if k != "token"},
                        lambda api: api.session_info()),
    "StaffSession": Case("POST", "/v1/staff-sessions",
                         {"role": "staff", "first_name": "Sanna", "expires_at": AT, "token": "staff-token"},
                         lambda api: api.open_staff_session("c1", b"sig"), session=False),
    "Confirmation": Case("GET", "/v1/sessions/current/confirmation",
                         {"event_id": "K7QW", "phone_masked": "+358 40 *** **67", "expires_at": AT,
                          "status": "failed", "outcome": "user_cancel", "assurance": "card"},
                         lambda api: api.confirmation_status()),
    "BenefitsSummary": Case("GET", "/v1/me/benefits-summary",
                            {**FIGURES, "next_step": {"threshold_cents": 50000, "percent_bp": 300,
                                                      "missing_cents": 5000, "adds_cents": 375},
                             "next_payout": PAYOUT},
                            lambda api: api.benefits_summary()),
    "BonusMonth": Case("GET", "/v1/me/bonus-months",
                       {"items": [{**FIGURES, "total_cents": 1850, "payout": {**PAYOUT, "status": "paid",
                                                                              "account_masked": "FI** 1234"}}]},
                       lambda api: api.bonus_months()),
    "Store": Case("GET", "/v1/stores", {"items": [STORE]}, lambda api: api.stores(), session=False),
    "ReceiptPage": Case("GET", "/v1/me/receipts",
                        {"items": [{"id": 41, "number": "5103-20261111-03-0104", "purchased_at": AT, "store": STORE,
                                    "total_cents": 3091, "payment_method": "debit_card", "line_count": 3}],
                         "next_cursor": "abc", "total": 1},
                        lambda api: api.receipts()),
    "ReceiptDetail": Case("GET", "/v1/me/receipts/41",
                          {"id": 41, "number": "5103-20261111-03-0104", "purchased_at": AT,
                           "store": {**STORE, "seller_name": "Osuuskauppa Meri", "business_id": "0116297-6",
                                     "street": "Asematie 6", "postal_code": "01300"},
                           "lines": [{"position": 1, "product_name": "Banaani", "ean": None, "quantity_milli": 1762,
                                      "unit": "kg", "unit_price_cents": 189, "discount_cents": 0, "total_cents": 333,
                                      "vat_rate_bp": 1350, "bonus_eligible": True}],
                           "vat": [{"rate_bp": 1350, "net_cents": 293, "vat_cents": 40, "gross_cents": 333}],
                           "total_cents": 333, "payment_method": "cash", "payment_card_last4": None,
                           "bonus_eligible_cents": 333, "warranty_receipt_ids": [3]},
                          lambda api: api.receipt(41)),
    "WarrantyReceipt": Case("GET", "/v1/me/warranty-receipts",
                            {"items": [{"id": 3, "receipt_id": 41, "receipt_number": "5103-20261111-03-0104",
                                        "product_name": "Sähköhammasharja", "serial_number": "SN1",
                                        "ean": "4210201234567", "purchased_on": "2026-11-11", "store": STORE,
                                        "warranty_months": 24, "warranty_ends_on": "2028-11-11",
                                        "guarantor": "Procter & Gamble Nordic"}]},
                            lambda api: api.warranty_receipts()),
    "Panel": Case("GET", "/v1/me/panels",
                  {"items": [{"id": 2, "code": "food", "title": T3, "description": T3, "member": True,
                              "joined_at": AT, "surveys": [SURVEY]}]},
                  lambda api: api.panels()),
    "SurveyResults": Case("GET", "/v1/surveys/5/results",
                          {"survey": SURVEY, "panel_title": T3,
                           "questions": [{"text": T3, "answers": 120,
                                          "options": [{"text": T3, "answer_count": 120, "share_bp": 10000}]}]},
                          lambda api: api.survey_results(5)),
    "Profile": Case("GET", "/v1/me/profile",
                    {"member_number": "200234565", "first_name": "Sari", "last_name": "Järvinen", "language": "fi",
                     "phone": "+358401112233", "email": None, "address_line1": "Asematie 6", "address_line2": None,
                     "postal_code": "01300", "town": "Vantaa", "updated_at": AT},
                    lambda api: api.profile()),
    "HouseholdMember": Case("GET", "/v1/me/household",
                            {"members": [{"member_number": None, "first_name": "Sari", "last_name": "Järvinen",
                                          "role": "owner", "is_me": True, "joined_household_on": "2019-04-01",
                                          "can_remove": False}]},
                            lambda api: api.household()),
    "RegisterData": Case("GET", "/v1/me/register-data",
                         {"owner_customer_register": {"member_number": "200234565"},
                          "customer_register": {"email": None}},
                         lambda api: api.register_data()),
    "CommunicationTopic": Case("GET", "/v1/me/newsletters",
                               {"items": [{"code": "uutiskirje", "kind": "newsletter", "title": T3,
                                           "description": T3, "subscribed": False, "changed_at": None}]},
                               lambda api: api.communication_topics()),
    "DocumentLink": Case("POST", "/v1/me/register-data/link",
                         {"url": "https://kiosk.example/r/abc", "expires_at": AT},
                         lambda api: api.document_link("register_data", None)),
}


def with_later_fields(value: Any, key: str | None = None) -> Any:
    """The answer as a newer backend might send it: a field this client does not know in every object."""
    if isinstance(value, list):
        return [with_later_fields(item, key) for item in value]
    if isinstance(value, dict) and key not in FREE_KEYS:
        return {**{name: with_later_fields(item, name) for name, item in value.items()},
                "added_later": {"name": NAME, "phone": PHONE}}
    return value


def _at(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}"


def spoilt(answer: Any) -> Iterator[tuple[Any, str]]:
    """Each answer with one field left out or of the wrong kind, and the path the log must name."""
    def walk(value: Any, path: str, key: str | None) -> Iterator[tuple[Callable[[Any], Any], str]]:
        # Yields (how to replace this value, expected path), then recurses.
        if key in ANYTHING:
            yield (lambda _: PERSONAL), path  # must still be an object
            return
        if isinstance(value, dict):
            yield (lambda _: PERSONAL), path
            for name, item in value.items():
                inner = f"{path}[...]" if key in FREE_KEYS else _at(path, name)
                for spoil, where in walk(item, inner, name):
                    yield (lambda v, n=name, s=spoil: {**v, n: s(v[n])}), where
        elif isinstance(value, list):
            yield (lambda _: PERSONAL), path
            for index, item in enumerate(value):
                for spoil, where in walk(item, _at(path, index), key):
                    yield (lambda v, i=index, s=spoil: [*v[:i], s(v[i]), *v[i + 1:]]), where
        elif isinstance(value, str) or value is None:
            yield (lambda _: NOT_TEXT), path
            if key in FORMATTED:
                yield (lambda _: PERSONAL), path
        else:  # a number or a boolean
            yield (lambda _: PERSONAL), path

    def missing(value: Any, path: str, key: str | None) -> Iterator[tuple[Callable[[Any], Any], str]]:
        if isinstance(value, dict) and key not in ANYTHING:
            for name, item in value.items():
                if key not in FREE_KEYS and name not in OMITTABLE:
                    yield (lambda v, n=name: {k: x for k, x in v.items() if k != n}), f"{path}: `{name}`"
                inner = f"{path}[...]" if key in FREE_KEYS else _at(path, name)
                for spoil, where in missing(item, inner, name):
                    yield (lambda v, n=name, s=spoil: {**v, n: s(v[n])}), where
        elif isinstance(value, list):
            for index, item in enumerate(value):
                for spoil, where in missing(item, _at(path, index), key):
                    yield (lambda v, i=index, s=spoil: [*v[:i], s(v[i]), *v[i + 1:]]), where

    for spoil, where in [*walk(answer, "$", None), *missing(answer, "$", None)]:
        yield spoil(copy.deepcopy(answer)), where


@pytest.mark.parametrize("name", CASES)
def test_a_spoilt_answer_is_a_malformed_response_logged_without_its_values(
        name: str, caplog: pytest.LogCaptureFixture) -> None:
    case = CASES[name]
    key = (case.method, case.path)
    routes = {**SESSION_ROUTES, key: [(200, case.answer)]}
    caplog.set_level(logging.DEBUG)
    with scripted(routes) as (url, script), make_client(url, read_retries=0) as api:
        if case.session:
            open_scripted(api)
        expected = case.call(api)  # the well-formed answer is read: only the spoilt field is wrong below
        with script.lock:
            script.routes[key] = [(200, with_later_fields(case.answer))]
        assert case.call(api) == expected  # fields a newer backend adds are no problem
        tried = 0
        for answer, where in spoilt(case.answer):
            with script.lock:
                script.routes[key] = [(200, answer)]
            caplog.clear()
            with pytest.raises(ServerError) as failed:
                case.call(api)
            tried += 1
            assert failed.value.code == "malformed_response", where
            logged = [r.getMessage() for r in caplog.records if r.name == "kiosk.api" and "malformed" in r.getMessage()]
            assert len(logged) == 1 and f"{case.method} {case.path}" in logged[0], (where, caplog.text)
            path, _, field_name = where.partition(": ")
            assert f"at {path}:" in logged[0] and field_name in logged[0], (where, logged[0])
            for text in (caplog.text, str(failed.value)):
                assert NAME not in text and PHONE not in text and "Matti" not in text, (where, text)
    assert tried >= 2 * len(case.answer), "each field is spoilt at least once, the answer itself too"
