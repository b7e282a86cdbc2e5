"""The kiosk's backend client against the real backend over loopback HTTP.

Most tests run the reference backend in its own process (`live_backend`) on a private
copy of the demo database and compare what the client returns with the database. The
transport tests (malformed answers, retries) use a tiny scripted HTTP server instead,
because the real backend cannot be made to answer 503 or garbage on cue.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from backend.benefits import household_months
from backend.db import make_engine
from backend.demo import DEMO_CARDS, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from backend.models import Card, CustomerSession, Member, Receipt, ReceiptLine, WarrantyReceipt
from backend.rules import next_step
from backend.security import sha256_hex
from backend.timeutil import helsinki_today, month_key, month_start, to_helsinki
from backend.validation import luhn_check_digit
from kiosk.api import (
    ApiClient,
    AssuranceRequired,
    BackendUnreachable,
    BenefitsSummary,
    CardRefused,
    KioskUnauthorized,
    NotFound,
    OpenedSession,
    ReceiptSummary,
    Refused,
    ServerError,
    SessionGone,
    ValidationFailed,
)
from tests.support import LiveBackend, free_port, raise_to_strong, sign_as_card

# --- helpers ---------------------------------------------------------------------------------


def make_client(url: str, **options: Any) -> ApiClient:
    options.setdefault("connect_timeout", 1.0)
    options.setdefault("read_timeout", 5.0)
    return ApiClient(url, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET, **options)


@pytest.fixture
def client(live_backend: LiveBackend) -> Iterator[ApiClient]:
    with make_client(live_backend.url) as api:
        yield api


def open_as(client: ApiClient, who: str) -> OpenedSession:
    """What the session layer does after the card answered INTERNAL AUTHENTICATE."""
    number = DEMO_CARDS[who].number
    challenge = client.request_challenge(number)
    signature = sign_as_card(number, base64.b64encode(challenge.challenge).decode())
    return client.open_session(challenge.challenge_id, base64.b64decode(signature))


def open_strong(client: ApiClient, backend: LiveBackend, who: str) -> OpenedSession:
    opened = open_as(client, who)
    assert client.session_token is not None
    raise_to_strong(backend.database_url, client.session_token)
    return opened


def same_session_elsewhere(client: ApiClient, url: str) -> ApiClient:
    """A second client carrying the first one's token, as a second API worker behind a load
    balancer would see it. The client offers no public way to adopt a token on purpose."""
    other = make_client(url)
    other._token = client.session_token
    return other


@contextmanager
def database(url: str) -> Iterator[Session]:
    engine = make_engine(url)
    try:
        with Session(engine) as db:
            yield db
    finally:
        engine.dispose()


def member_of(db: Session, who: str) -> Member:
    member = db.scalar(select(Member).join(Card, Card.member_id == Member.id)
                       .where(Card.number == DEMO_CARDS[who].number))
    assert member is not None
    return member


def walk(client: ApiClient, **filters: Any) -> list[ReceiptSummary]:
    """Every receipt a filter finds, following next_cursor the way the receipts view scrolls."""
    found: list[ReceiptSummary] = []
    cursor = None
    for _ in range(200):
        page = client.receipts(cursor=cursor, limit=100, **filters)
        assert len(page.items) <= 100
        found.extend(page.items)
        if page.next_cursor is None:
            return found
        assert page.items, "a page with a next cursor must not be empty"
        cursor = page.next_cursor
    raise AssertionError("pagination did not end")


def assert_newest_first(receipts: list[ReceiptSummary]) -> None:
    keys = [(r.purchased_at, r.id) for r in receipts]
    assert keys == sorted(keys, reverse=True)
    assert len({r.id for r in receipts}) == len(receipts)


# --- sessions and cards ----------------------------------------------------------------------


def test_card_session_shows_the_home_summary_only(client: ApiClient, live_backend: LiveBackend) -> None:
    opened = open_as(client, "matti")
    assert client.has_session
    assert opened.assurance == "card"
    assert opened.token not in repr(opened)  # a logged result must not leak the token
    info = client.session_info()
    with database(live_backend.database_url) as db:
        matti = member_of(db, "matti")
        assert info.member.first_name == matti.first_name
        assert info.member.language == matti.language
    assert info.assurance == "card"
    assert info.expires_at.tzinfo is not None and info.idle_timeout_seconds > 0

    summary = client.benefits_summary()
    assert isinstance(summary, BenefitsSummary)
    for call in (client.receipts, client.profile, client.bonus_months, client.register_data, client.panels,
                 client.communication_topics, client.household, client.warranty_receipts):
        with pytest.raises(AssuranceRequired) as refused:
            call()
        assert refused.value.code == "assurance_required" and refused.value.status == 403


def test_benefits_summary_matches_the_household_sums_to_the_cent(client: ApiClient,
                                                                   live_backend: LiveBackend) -> None:
    open_as(client, "anna")  # a family member sees the whole household's figures
    summary = client.benefits_summary()
    this_month = month_start(helsinki_today())
    with database(live_backend.database_url) as db:
        household_id = member_of(db, "anna").household_id
        assert household_id == member_of(db, "matti").household_id
        (expected,) = household_months(db, household_id, this_month, this_month)
    assert summary.month == month_key(this_month)
    assert summary.household_purchases_cents == expected.purchases_cents
    assert summary.percent_bp == expected.percent_bp
    assert summary.bonus_cents == expected.bonus_cents
    assert summary.payment_benefit_cents == expected.payment_benefit_cents
    assert summary.other_benefits_cents == expected.other_benefits_cents
    assert [b.amount_cents for b in summary.other_benefits] == [
        b.amount_cents for b in expected.other_benefits]
    assert sum(b.amount_cents for b in summary.other_benefits) == summary.other_benefits_cents
    step = next_step(expected.rules, expected.purchases_cents)
    if step is None:
        assert summary.next_step is None
    else:
        assert summary.next_step is not None
        got = summary.next_step
        assert (got.threshold_cents, got.missing_cents, got.adds_cents) == (
            step.threshold_cents, step.missing_cents, step.adds_cents)
        assert summary.household_purchases_cents + summary.next_step.missing_cents == step.threshold_cents
    assert isinstance(summary.next_payout.date, date)
    assert summary.next_payout.status in ("accruing", "scheduled")


def test_bonus_months_add_up(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "matti")
    months = client.bonus_months(12)
    assert len(months) == 12
    this_month = month_start(helsinki_today())
    assert months[-1].month == month_key(this_month)
    with database(live_backend.database_url) as db:
        household_id = member_of(db, "matti").household_id
        first = date(int(months[0].month[:4]), int(months[0].month[5:]), 1)
        expected = household_months(db, household_id, first, this_month)
    assert [m.month for m in months] == [month_key(e.month) for e in expected]
    for got, want in zip(months, expected, strict=True):
        assert got.household_purchases_cents == want.purchases_cents
        assert got.bonus_cents == want.bonus_cents
        assert got.total_cents == want.total_cents
        assert got.total_cents == got.bonus_cents + got.payment_benefit_cents + got.other_benefits_cents
        assert got.payout.amount_cents == got.total_cents
        assert got.payout.date == want.payout_date
    assert sum(m.household_purchases_cents for m in months) > 0, "the demo household shops every month"


def test_closed_lost_unknown_and_staff_cards_are_refused_after_their_proof(client: ApiClient) -> None:
    for who, code in (("james_closed", "card_closed"), ("lost", "card_lost")):
        with pytest.raises(CardRefused) as refused:
            open_as(client, who)
        assert refused.value.code == code

    stem = DEMO_CARDS["matti"].number[:6] + "999999999"
    unknown = stem + luhn_check_digit(stem)
    assert unknown not in {card.number for card in DEMO_CARDS.values()}
    # Its challenge is like any other's; a card unknown to the chain cannot be verified.
    challenge = client.request_challenge(unknown)
    signature = base64.b64decode(sign_as_card(unknown, base64.b64encode(challenge.challenge).decode()))
    with pytest.raises(CardRefused) as refused:
        client.open_session(challenge.challenge_id, signature)
    assert refused.value.code == "signature_invalid"

    bad_check_digit = unknown[:-1] + str((int(unknown[-1]) + 1) % 10)
    with pytest.raises(ValidationFailed) as invalid:
        client.request_challenge(bad_check_digit)
    assert [f.field for f in invalid.value.fields] == ["card_number"]

    with pytest.raises(CardRefused) as refused:
        open_as(client, "staff")
    assert refused.value.code == "card_not_for_customers"
    assert not client.has_session


def test_a_signature_opens_one_session_only(client: ApiClient) -> None:
    number = DEMO_CARDS["matti"].number
    challenge = client.request_challenge(number)
    signature = base64.b64decode(sign_as_card(number, base64.b64encode(challenge.challenge).decode()))
    client.open_session(challenge.challenge_id, signature)
    first_token = client.session_token
    with pytest.raises(CardRefused) as refused:
        client.open_session(challenge.challenge_id, signature)
    assert refused.value.code == "challenge_used"
    assert client.session_token == first_token  # a refused open leaves the open session alone

    other = client.request_challenge(number)
    wrong_key = base64.b64decode(sign_as_card(DEMO_CARDS["anna"].number,
                                              base64.b64encode(other.challenge).decode()))
    with pytest.raises(CardRefused) as refused:
        client.open_session(other.challenge_id, wrong_key)
    assert refused.value.code == "signature_invalid"


def test_wrong_kiosk_secret_is_the_terminals_problem(live_backend: LiveBackend) -> None:
    with ApiClient(live_backend.url, DEMO_KIOSK_ID, "not-the-secret", read_retries=0) as api:
        with pytest.raises(KioskUnauthorized) as refused:
            api.request_challenge(DEMO_CARDS["matti"].number)
        assert refused.value.status == 401
        with pytest.raises(KioskUnauthorized):
            api.stores()


def test_no_session_means_no_request(client: ApiClient) -> None:
    with pytest.raises(SessionGone) as gone:
        client.benefits_summary()
    assert gone.value.code == "session_required" and gone.value.status is None
    client.end_session()  # nothing to end: no error


def test_session_ended_behind_the_clients_back(client: ApiClient, live_backend: LiveBackend) -> None:
    open_as(client, "matti")
    token = client.session_token
    assert token is not None
    # Another party (the backend's revocation, or a second worker) ends it.
    answer = requests.delete(live_backend.url + "/v1/sessions/current", params={"reason": "other"},
                             headers={"X-Session-Token": token}, auth=(DEMO_KIOSK_ID, DEMO_KIOSK_SECRET),
                             timeout=5)
    assert answer.status_code == 204
    with pytest.raises(SessionGone) as gone:
        client.benefits_summary()
    assert gone.value.code == "session_ended"
    assert not client.has_session
    client.end_session()  # already gone: the End button must still just work


def test_end_session_revokes_the_token_at_the_backend(client: ApiClient, live_backend: LiveBackend) -> None:
    open_as(client, "matti")
    token = client.session_token
    assert token is not None
    client.end_session("card_removed")
    assert not client.has_session and client.session_token is None
    with database(live_backend.database_url) as db:
        row = db.scalar(select(CustomerSession).where(CustomerSession.token_sha256 == sha256_hex(token)))
        assert row is not None and row.ended_at is not None and row.end_reason == "card_removed"


def test_expired_session_reports_expired(client: ApiClient, live_backend: LiveBackend) -> None:
    open_as(client, "matti")
    token = client.session_token
    assert token is not None
    engine = make_engine(live_backend.database_url)
    with engine.begin() as connection:
        connection.execute(update(CustomerSession).where(CustomerSession.token_sha256 == sha256_hex(token))
                           .values(expires_at=CustomerSession.created_at))
    engine.dispose()
    with pytest.raises(SessionGone) as gone:
        client.session_info()
    assert gone.value.code == "session_expired"


# --- receipts ------------------------------------------------------------------------------


def test_receipt_details_add_up_to_the_cent(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "matti")
    page = client.receipts(limit=10)
    assert page.items
    with database(live_backend.database_url) as db:
        totals = {receipt_id: total for receipt_id, total in db.execute(
            select(Receipt.id, Receipt.total_cents).where(Receipt.id.in_([r.id for r in page.items])))}
    for summary in page.items:
        detail = client.receipt(summary.id)
        assert (detail.id, detail.number) == (summary.id, summary.number)
        assert detail.total_cents == summary.total_cents
        assert detail.total_cents == totals[summary.id]
        assert detail.purchased_at == summary.purchased_at and detail.purchased_at.utcoffset() is not None
        assert detail.store.id == summary.store.id and detail.store.business_id
        assert len(detail.lines) == summary.line_count
        assert sum(line.total_cents for line in detail.lines) == detail.total_cents
        assert sum(row.gross_cents for row in detail.vat) == detail.total_cents
        for row in detail.vat:
            assert row.net_cents + row.vat_cents == row.gross_cents
        assert {row.rate_bp for row in detail.vat} == {line.vat_rate_bp for line in detail.lines}
        eligible = sum(line.total_cents for line in detail.lines if line.bonus_eligible)
        assert detail.bonus_eligible_cents == eligible


def test_another_members_receipt_is_not_found(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "matti")
    with database(live_backend.database_url) as db:
        saris = db.scalar(select(Receipt.id).where(Receipt.member_id == member_of(db, "sari").id).limit(1))
    assert saris is not None
    with pytest.raises(NotFound):
        client.receipt(saris)


def test_heavy_buyer_pages_through_every_receipt_once(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "sari")
    receipts = walk(client)
    with database(live_backend.database_url) as db:
        sari = member_of(db, "sari")
        ids = set(db.scalars(select(Receipt.id).where(Receipt.member_id == sari.id)))
    assert len(ids) >= 2000
    assert len(receipts) == len(ids)
    assert {r.id for r in receipts} == ids
    assert_newest_first(receipts)


def test_heavy_buyer_searches_and_filters(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "sari")
    with database(live_backend.database_url) as db:
        sari = member_of(db, "sari")
        rows = list(db.execute(select(Receipt.id, Receipt.number, Receipt.purchased_at, Receipt.store_id)
                               .where(Receipt.member_id == sari.id)))
        names: dict[int, list[str]] = {}
        for receipt_id, name in db.execute(select(ReceiptLine.receipt_id, ReceiptLine.product_name)
                                           .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
                                           .where(Receipt.member_id == sari.id)):
            names.setdefault(receipt_id, []).append(name)

    # A product name: a product she buys now and then, not on every receipt.
    receipts_with: dict[str, set[int]] = {}
    for receipt_id, products in names.items():
        for name in products:
            receipts_with.setdefault(name, set()).add(receipt_id)
    product = min(name for name, found in receipts_with.items() if 3 <= len(found) <= 150)
    terms = product.casefold().split()
    by_text = {r.id for r in rows
               if all(t in " ".join([r.number, *names.get(r.id, [])]).casefold() for t in terms)}
    found = walk(client, q=product)
    assert {r.id for r in found} == by_text
    assert_newest_first(found)
    assert any(line.product_name == product for line in client.receipt(found[0].id).lines)

    # A receipt number finds that receipt.
    target = rows[len(rows) // 2]
    by_number = walk(client, q=target.number)
    assert [r.id for r in by_number] == [target.id]

    # A week of Helsinki days, ending on a day she shopped.
    last_day = to_helsinki(target.purchased_at).date()
    first_day = last_day - timedelta(days=6)
    in_range = {r.id for r in rows if first_day <= to_helsinki(r.purchased_at).date() <= last_day}
    found = walk(client, date_from=first_day, date_to=last_day)
    assert {r.id for r in found} == in_range and target.id in in_range
    assert all(first_day <= r.purchased_at.date() <= last_day for r in found)

    # One store.
    in_store = {r.id for r in rows if r.store_id == target.store_id}
    found = walk(client, store_id=target.store_id)
    assert {r.id for r in found} == in_store
    assert 0 < len(in_store) < len(rows)
    assert {r.store.id for r in found} == {target.store_id}

    with pytest.raises(ValidationFailed) as invalid:
        client.receipts(date_from=last_day, date_to=first_day)
    assert [f.field for f in invalid.value.fields] == ["date_to"]


def test_stores_need_no_customer(client: ApiClient) -> None:
    stores = client.stores()
    assert stores and len({s.id for s in stores}) == len(stores)
    assert all(s.name and s.town for s in stores)


def test_warranty_receipts_round_trip(client: ApiClient, live_backend: LiveBackend) -> None:
    with database(live_backend.database_url) as db:
        owners = {who: member_of(db, who).id for who, card in DEMO_CARDS.items()
                  if card.kind == "owner" and card.status == "active"}
        counts = {member_id: count for member_id, count in db.execute(
            select(WarrantyReceipt.member_id, func.count())
            .where(WarrantyReceipt.member_id.in_(owners.values())).group_by(WarrantyReceipt.member_id))}
        who = next(w for w, member_id in owners.items() if counts.get(member_id))
        expected_ids = set(db.scalars(select(WarrantyReceipt.id)
                                      .where(WarrantyReceipt.member_id == owners[who])))
    open_strong(client, live_backend, who)
    items = client.warranty_receipts()
    assert {w.id for w in items} == expected_ids
    ends = [w.warranty_ends_on for w in items]
    assert ends == sorted(ends, reverse=True)
    first = items[0]
    assert client.warranty_receipt(first.id) == first
    assert first.warranty_ends_on > first.purchased_on
    assert first.id in client.receipt(first.receipt_id).warranty_receipt_ids
    with pytest.raises(NotFound):
        client.warranty_receipt(10**9)


# --- panels, profile, household, registers, communication -------------------------------------


def test_join_and_leave_a_panel_and_read_survey_results(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "matti")
    panels = client.panels()
    assert panels
    outside = next(p for p in panels if not p.member)
    joined = client.join_panel(outside.id)
    assert joined.member and joined.joined_at is not None and joined.id == outside.id
    assert next(p for p in client.panels() if p.id == outside.id).member
    left = client.leave_panel(outside.id)
    assert not left.member and left.joined_at is None
    with pytest.raises(NotFound):
        client.join_panel(10**6)

    surveys = [s for p in panels for s in p.surveys]
    closed = [s for s in surveys if s.status == "closed"]
    assert closed, "the demo has published survey results"
    results = client.survey_results(closed[0].id)
    assert results.survey.id == closed[0].id and set(results.panel_title) >= {"fi", "sv", "en"}
    assert results.questions
    for question in results.questions:
        assert sum(o.answer_count for o in question.options) == question.answers
        assert sum(o.share_bp for o in question.options) == (10000 if question.answers else 0)
    still_open = [s for s in surveys if s.status == "open"]
    assert still_open, "the demo has a survey running"
    with pytest.raises(Refused) as refused:
        client.survey_results(still_open[0].id)
    assert (refused.value.code, refused.value.status) == ("survey_open", 409)


def test_profile_changes_are_all_or_nothing(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "matti")
    before = client.profile()
    with pytest.raises(ValidationFailed) as invalid:
        client.update_profile(phone="12", postal_code="ABC12", town="Tampere")
    problems = {f.field: f.code for f in invalid.value.fields}
    assert problems == {"phone": "phone_invalid", "postal_code": "postal_code_invalid"}
    assert client.profile() == before

    changed = client.update_profile(phone="040 765 4321", address_line2=None)
    assert changed.phone == "+358407654321" and changed.address_line2 is None
    assert (changed.email, changed.postal_code, changed.town) == (
        before.email, before.postal_code, before.town)
    assert changed.updated_at >= before.updated_at
    assert client.profile() == changed
    with pytest.raises(TypeError):
        client.update_profile(first_name="Someone")  # not a field a member changes at a kiosk


def test_household_and_register_data(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "matti")
    members = client.household()
    with database(live_backend.database_url) as db:
        matti = member_of(db, "matti")
        hetu = matti.hetu
        expected = {(m.first_name, m.last_name, m.role) for m in db.scalars(
            select(Member).where(Member.household_id == matti.household_id))}
    assert {(m.first_name, m.last_name, m.role) for m in members} == expected
    assert len(members) >= 3
    assert [m.first_name for m in members if m.is_me] == [matti.first_name]
    assert [m.role for m in members].count("owner") == 1

    data = client.register_data()
    assert data.owner_customer_register["member_number"] == client.profile().member_number
    assert data.customer_register["phone"] == client.profile().phone
    dumped = json.dumps([data.owner_customer_register, data.customer_register])
    assert hetu not in dumped and DEMO_CARDS["matti"].number not in dumped


def test_subscriptions_switch_both_ways(client: ApiClient, live_backend: LiveBackend) -> None:
    open_strong(client, live_backend, "matti")
    topics = client.communication_topics()
    assert {t.kind for t in topics} == {"newsletter", "channel"}
    topic = topics[0]
    flipped = client.set_subscription(topic.code, not topic.subscribed)
    assert flipped.code == topic.code and flipped.subscribed is not topic.subscribed
    assert flipped.changed_at is not None
    reread = next(t for t in client.communication_topics() if t.code == topic.code)
    assert reread.subscribed is flipped.subscribed
    back = client.set_subscription(topic.code, topic.subscribed)
    assert back.subscribed is topic.subscribed
    with pytest.raises(NotFound):
        client.set_subscription("no-such-topic", True)


def test_nothing_personal_is_logged(client: ApiClient, live_backend: LiveBackend,
                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.api")
    open_strong(client, live_backend, "matti")
    token = client.session_token
    profile = client.update_profile(phone="040 765 4321", email="matti.testi@example.fi")
    client.receipts(q="maito")
    with pytest.raises(ValidationFailed):
        client.update_profile(phone="0")
    client.register_data()
    client.end_session()
    assert "/v1/me/profile" in caplog.text  # it does log, just not the person
    for secret in (DEMO_CARDS["matti"].number, token, "+358407654321", "040 765 4321", "matti.testi",
                   profile.first_name, profile.last_name, "maito"):
        assert secret and secret not in caplog.text


# --- failures of the backend -------------------------------------------------------------------


def test_backend_stopped_mid_session(client: ApiClient, live_backend: LiveBackend) -> None:
    open_as(client, "matti")
    live_backend.stop()
    started = time.monotonic()
    with pytest.raises(BackendUnreachable) as unreachable:
        client.benefits_summary()
    assert time.monotonic() - started < 2.0
    assert unreachable.value.status is None
    assert client.has_session  # unreachable is not "gone": the customer may retry
    with pytest.raises(BackendUnreachable):
        client.end_session()
    assert not client.has_session and client.session_token is None


def test_backend_frozen_times_out_once(live_backend: LiveBackend) -> None:
    with make_client(live_backend.url, read_timeout=1.0) as api:
        open_as(api, "matti")
        live_backend.freeze()
        try:
            started = time.monotonic()
            with pytest.raises(BackendUnreachable) as unreachable:
                api.benefits_summary()
            elapsed = time.monotonic() - started
            assert unreachable.value.code == "backend_timeout"
            assert 0.9 <= elapsed < 2.0  # one read timeout, not retried
            started = time.monotonic()
            with pytest.raises(BackendUnreachable):
                api.end_session()
            assert time.monotonic() - started < 2.0 and not api.has_session
        finally:
            live_backend.thaw()


def test_two_backend_processes_share_sessions(client: ApiClient, live_backend: LiveBackend) -> None:
    second = LiveBackend(live_backend.database_url, free_port(), forked=True)
    second.start()
    try:
        open_strong(client, live_backend, "matti")
        elsewhere = same_session_elsewhere(client, second.url)
        with elsewhere:
            assert elsewhere.profile() == client.profile()
            assert elsewhere.benefits_summary() == client.benefits_summary()
            elsewhere.end_session()
        with pytest.raises(SessionGone) as gone:
            client.profile()
        assert gone.value.code == "session_ended"
    finally:
        second.stop()


# --- transport, against a scripted server -----------------------------------------------------

DROP = "drop"  # close the connection without answering


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)  # when the request arrived


@dataclass
class Script:
    """Answers per (method, path), used in order; the last one repeats.

    An answer is DROP or (status, JSON value or raw bytes[, extra headers])."""

    routes: dict[tuple[str, str], list[Any]]
    seen: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, method: str, path: str) -> int:
        return sum(1 for s in self.seen if s.method == method and urlsplit(s.path).path == path)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed ACK each
    script: Script

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        key = (self.command, urlsplit(self.path).path)
        with self.script.lock:
            self.script.seen.append(Seen(self.command, self.path, dict(self.headers), body))
            answers = self.script.routes.get(key, [(404, {"code": "not_found", "message": "No such item."})])
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if answer == DROP:
            self.close_connection = True
            return
        status, payload, *extra = answer  # an optional third item: more headers, e.g. Retry-After
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        for name, value in (extra[0] if extra else {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html" if isinstance(payload, bytes) else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, *_args: Any) -> None:
        pass


@contextmanager
def scripted(routes: dict[tuple[str, str], list[Any]]) -> Iterator[tuple[str, Script]]:
    script = Script({key: list(answers) for key, answers in routes.items()})
    handler = type("Handler", (_Handler,), {"script": script})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        server.shutdown()
        server.server_close()


CHALLENGE = {"challenge_id": "c1", "challenge": base64.b64encode(bytes(32)).decode(),
             "expires_at": "2026-11-25T10:01:00+02:00"}
OPENED = {"assurance": "strong", "expires_at": "2026-11-25T10:30:00+02:00", "idle_timeout_seconds": 600,
          "member": {"first_name": "Testi", "language": "fi"}, "token": "scripted-token"}
SESSION_ROUTES: dict[tuple[str, str], list[Any]] = {
    ("POST", "/v1/card-challenges"): [(201, CHALLENGE)],
    ("POST", "/v1/sessions"): [(201, OPENED)],
}


def open_scripted(api: ApiClient) -> None:
    challenge = api.request_challenge("1234567812345670")
    api.open_session(challenge.challenge_id, b"signature")


@pytest.mark.parametrize("answer", [
    (200, b"<html>It works!</html>"),
    (200, {"items": [{"id": 1, "name": "Keskusta"}]}),  # town missing
    (200, {"items": [{"id": "1", "name": "Keskusta", "town": "Turku"}]}),  # id not an integer
    (200, {"items": {"id": 1}}),
    (200, [1, 2, 3]),
    (200, b""),
])
def test_malformed_answers_are_server_errors(answer: Any) -> None:
    with scripted({("GET", "/v1/stores"): [answer]}) as (url, _script), make_client(url) as api:
        with pytest.raises(ServerError) as failed:
            api.stores()
        assert failed.value.code == "malformed_response"


@pytest.mark.parametrize("summary", [
    {"month": "2026-11"},
    {"month": "2026-11", "household_purchases_cents": 1.5},
])
def test_malformed_session_answers_are_server_errors(summary: dict[str, Any]) -> None:
    routes = {**SESSION_ROUTES, ("GET", "/v1/me/benefits-summary"): [(200, summary)],
              ("GET", "/v1/sessions/current"): [(200, {**OPENED, "expires_at": "2026-11-25T10:30:00"})]}
    with scripted(routes) as (url, _script), make_client(url) as api:
        open_scripted(api)
        with pytest.raises(ServerError) as failed:
            api.benefits_summary()
        assert failed.value.code == "malformed_response"
        with pytest.raises(ServerError) as failed:
            api.session_info()  # a time without a zone is not a moment
        assert failed.value.code == "malformed_response"


def test_reads_are_retried_and_carry_the_credentials() -> None:
    routes = {**SESSION_ROUTES,
              ("GET", "/v1/stores"): [(503, b"busy"),
                                      (200, {"items": [{"id": 1, "name": "K", "town": "T"}]})],
              ("GET", "/v1/me/profile"): [DROP, (502, b"bad gateway"), (200, {})],
              ("GET", "/v1/me/panels"): [(503, {"code": "unavailable", "message": "busy"})]}
    with scripted(routes) as (url, script), make_client(url) as api:
        assert [s.id for s in api.stores()] == [1]
        assert script.count("GET", "/v1/stores") == 2

        open_scripted(api)
        with pytest.raises(ServerError) as failed:  # reached on the third try, and {} is no profile
            api.profile()
        assert failed.value.code == "malformed_response"
        assert script.count("GET", "/v1/me/profile") == 3

        started = time.monotonic()
        with pytest.raises(ServerError) as failed:
            api.panels()
        assert (failed.value.code, failed.value.status) == ("unavailable", 503)
        assert script.count("GET", "/v1/me/panels") == 3
        assert time.monotonic() - started >= 0.2  # urllib3's backoff: none before the 2nd try, 0.2 s before the 3rd

    profile_read = next(s for s in script.seen if s.path == "/v1/me/profile")
    expected_auth = "Basic " + base64.b64encode(f"{DEMO_KIOSK_ID}:{DEMO_KIOSK_SECRET}".encode()).decode()
    assert profile_read.headers["Authorization"] == expected_auth
    assert profile_read.headers["X-Session-Token"] == "scripted-token"
    challenge_post = next(s for s in script.seen if s.path == "/v1/card-challenges")
    assert json.loads(challenge_post.body) == {"card_number": "1234567812345670"}
    assert "X-Session-Token" not in challenge_post.headers


@pytest.mark.parametrize("failure", [(503, {"code": "unavailable", "message": "busy"}), DROP])
def test_writes_are_sent_exactly_once(failure: Any) -> None:
    writes = [("PATCH", "/v1/me/profile"), ("PUT", "/v1/me/newsletters/uutiskirje"),
              ("PUT", "/v1/me/panels/3/membership"), ("DELETE", "/v1/me/panels/3/membership")]
    routes = {**SESSION_ROUTES, **{key: [failure, (200, {})] for key in writes},
              ("POST", "/v1/card-challenges"): [failure, (201, CHALLENGE)],
              ("DELETE", "/v1/sessions/current"): [failure]}
    expected = BackendUnreachable if failure == DROP else ServerError
    with scripted(routes) as (url, script), make_client(url) as api:
        with pytest.raises(expected):
            api.request_challenge("1234567812345670")
        assert script.count("POST", "/v1/card-challenges") == 1
        open_scripted(api)
        calls = [lambda: api.update_profile(phone="0401234567"),
                 lambda: api.set_subscription("uutiskirje", True),
                 lambda: api.join_panel(3), lambda: api.leave_panel(3)]
        for call in calls:
            with pytest.raises(expected):
                call()
        with pytest.raises(expected):
            api.end_session()
        assert not api.has_session
    for method, path in [*writes, ("DELETE", "/v1/sessions/current")]:
        assert script.count(method, path) == 1, (method, path)


@pytest.mark.parametrize(("status", "body", "error", "code"), [
    (401, {"code": "kiosk_unauthorized", "message": "x"}, KioskUnauthorized, "kiosk_unauthorized"),
    (401, {"code": "session_unknown", "message": "x"}, SessionGone, "session_unknown"),
    (401, b"<html>401</html>", SessionGone, "session_unknown"),
    (403, {"code": "assurance_required", "message": "x", "required": "strong"}, AssuranceRequired,
     "assurance_required"),
    (404, b"", NotFound, "not_found"),
    (413, {"code": "body_too_large", "message": "x"}, Refused, "body_too_large"),
    (422, {"code": "validation_failed", "message": "x", "fields": [{"field": "phone", "code": "phone_invalid",
                                                                    "message": "x"}, "junk"]},
     ValidationFailed, "validation_failed"),
    (500, {"code": "server_error", "message": "x"}, ServerError, "server_error"),
    (418, b"teapot", Refused, "http_418"),
])
def test_error_answers_map_to_one_vocabulary(status: int, body: Any, error: type[Exception],
                                              code: str) -> None:
    routes = {**SESSION_ROUTES, ("PATCH", "/v1/me/profile"): [(status, body)]}
    with scripted(routes) as (url, _script), make_client(url) as api:
        open_scripted(api)
        with pytest.raises(error) as raised:
            api.update_profile(phone="0401234567")
    assert raised.value.code == code and raised.value.status == status
    if isinstance(raised.value, ValidationFailed):
        assert [(f.field, f.code) for f in raised.value.fields] == [("phone", "phone_invalid")]
