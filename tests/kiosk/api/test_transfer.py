"""The client's receipt-output calls against the real backend on loopback: links, print records,
and the documents the kiosk prints compared with the ones the backend serves to the phone."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

import pytest
import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.api.transfer import receipt_document as backend_receipt_document
from backend.api.transfer import warranty_document as backend_warranty_document
from backend.db import make_engine
from backend.demo import DEMO_CARDS, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from backend.models import Card, DocumentLink, Member, PrintRecord, Receipt, WarrantyReceipt
from backend.security import sha256_hex
from kiosk.api import (
    ApiClient,
    AssuranceRequired,
    NotFound,
    ServerError,
    SessionGone,
    decode,
)
from kiosk.api import (
    DocumentLink as ClientLink,
)
from kiosk.flows.documents import fetch_document
from kiosk.output import OutputRequest
from printout.documents import RegisterDocument
from tests.support import LiveBackend, raise_to_strong, sign_as_card


@pytest.fixture
def client(live_backend: LiveBackend) -> Iterator[ApiClient]:
    with ApiClient(live_backend.url, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET, connect_timeout=1.0, read_timeout=5.0) as api:
        yield api


@contextmanager
def database(url: str) -> Iterator[Session]:
    engine = make_engine(url)
    try:
        with Session(engine) as db:
            yield db
    finally:
        engine.dispose()


def open_session(client: ApiClient, backend: LiveBackend, who: str, *, strong: bool = True) -> None:
    number = DEMO_CARDS[who].number
    challenge = client.request_challenge(number)
    signature = sign_as_card(number, base64.b64encode(challenge.challenge).decode())
    client.open_session(challenge.challenge_id, base64.b64decode(signature))
    if strong:
        assert client.session_token is not None
        raise_to_strong(backend.database_url, client.session_token)


def member_id(db: Session, who: str) -> int:
    found = db.scalar(select(Member.id).join(Card, Card.member_id == Member.id)
                      .where(Card.number == DEMO_CARDS[who].number))
    assert found is not None
    return found


def first_receipt(db: Session, who: str) -> int:
    found = db.scalar(select(Receipt.id).where(Receipt.member_id == member_id(db, who))
                      .order_by(Receipt.line_count.desc(), Receipt.id).limit(1))
    assert found is not None
    return found


def first_warranty(db: Session, who: str) -> int:
    found = db.scalar(select(WarrantyReceipt.id).where(WarrantyReceipt.member_id == member_id(db, who)).limit(1))
    assert found is not None
    return found


def test_a_receipt_link_opens_on_a_phone(client, live_backend):
    open_session(client, live_backend, "matti")
    with database(live_backend.database_url) as db:
        receipt_id = first_receipt(db, "matti")
        number = db.get(Receipt, receipt_id).number
    before = datetime.now().astimezone()
    link = client.document_link("receipt", receipt_id)
    assert isinstance(link, ClientLink)
    assert link.url.startswith(live_backend.url + "/r/")
    assert link.expires_at.tzinfo is not None
    assert before + timedelta(minutes=9) < link.expires_at <= datetime.now().astimezone() + timedelta(minutes=10)
    assert link.url not in repr(link)  # the token is the grant: never in a log line
    page = requests.get(link.url, timeout=5)  # the phone: no kiosk credential, no session
    assert page.status_code == 200
    assert number in page.text
    assert requests.get(link.url + "/receipt.pdf", timeout=5).content.startswith(b"%PDF-")


def test_warranty_and_register_data_links(client, live_backend):
    open_session(client, live_backend, "sari")
    with database(live_backend.database_url) as db:
        warranty_id = first_warranty(db, "sari")
        product = db.get(WarrantyReceipt, warranty_id).product_name
    assert product in requests.get(client.document_link("warranty", warranty_id).url, timeout=5).text
    register = requests.get(client.document_link("register_data", None).url, timeout=5)
    assert register.status_code == 200 and "Sari Järvinen" in register.text
    with database(live_backend.database_url) as db:
        kinds = [row.kind for row in db.scalars(select(DocumentLink).order_by(DocumentLink.id))]
        assert kinds[-2:] == ["warranty", "register_data"]
        assert all(row.kiosk_id == DEMO_KIOSK_ID for row in db.scalars(select(DocumentLink)))


def test_the_database_holds_only_the_hash_of_the_link(client, live_backend):
    open_session(client, live_backend, "matti")
    with database(live_backend.database_url) as db:
        receipt_id = first_receipt(db, "matti")
    token = client.document_link("receipt", receipt_id).url.rsplit("/", 1)[1]
    with database(live_backend.database_url) as db:
        row = db.scalar(select(DocumentLink).order_by(DocumentLink.id.desc()).limit(1))
        assert row.token_sha256 == sha256_hex(token)


def test_another_members_document_is_not_found(client, live_backend):
    open_session(client, live_backend, "matti")
    with database(live_backend.database_url) as db:
        sari_receipt, sari_warranty = first_receipt(db, "sari"), first_warranty(db, "sari")
    with pytest.raises(NotFound):
        client.document_link("receipt", sari_receipt)
    with pytest.raises(NotFound):
        client.document_link("warranty", sari_warranty)
    with pytest.raises(NotFound):
        client.record_print("receipt", sari_receipt)


def test_a_print_is_recorded(client, live_backend):
    open_session(client, live_backend, "matti")
    with database(live_backend.database_url) as db:
        receipt_id = first_receipt(db, "matti")
    assert client.record_print("receipt", receipt_id) is None
    assert client.record_print("register_data", None) is None
    with database(live_backend.database_url) as db:
        rows = list(db.scalars(select(PrintRecord).order_by(PrintRecord.id)))
        assert [(r.kind, r.item_id, r.kiosk_id) for r in rows] == [
            ("receipt", receipt_id, DEMO_KIOSK_ID), ("register_data", None, DEMO_KIOSK_ID)]


def test_links_need_a_strong_session(client, live_backend):
    with pytest.raises(SessionGone):
        client.document_link("register_data", None)
    open_session(client, live_backend, "matti", strong=False)
    with pytest.raises(AssuranceRequired):
        client.document_link("register_data", None)
    with pytest.raises(AssuranceRequired):
        client.record_print("register_data", None)


@pytest.mark.parametrize(("kind", "item_id"), [("receipt", None), ("warranty", None), ("register_data", 5),
                                               ("letter", 5)])
def test_a_wrong_kind_and_id_pair_is_a_programming_error_sent_nowhere(client, kind, item_id):
    with pytest.raises(ValueError):
        client.document_link(kind, item_id)
    with pytest.raises(ValueError):
        client.record_print(kind, item_id)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x/r/a", "", "https://x/r/a b", 5])
def test_a_link_that_is_no_web_address_is_a_malformed_answer(url):
    with pytest.raises(ServerError) as caught:
        decode(json.dumps({"url": url, "expires_at": "2026-11-25T12:00:00+02:00"}).encode(), ClientLink, "POST /link")
    assert caught.value.code == "malformed_response"


# --- what the kiosk prints is what the phone gets -----------------------------------------------------

def test_the_kiosks_documents_equal_the_backends(client, live_backend):
    open_session(client, live_backend, "sari")
    with database(live_backend.database_url) as db:
        sari = member_id(db, "sari")
        receipt_id, warranty_id = first_receipt(db, "sari"), first_warranty(db, "sari")
        backend_receipt = backend_receipt_document(db, sari, receipt_id)
        backend_warranty = backend_warranty_document(db, sari, warranty_id)
    kiosk_receipt = fetch_document(client, OutputRequest("receipt", receipt_id, "print"), "fi")
    assert kiosk_receipt == backend_receipt
    assert len(kiosk_receipt.lines) >= 10
    kiosk_warranty = fetch_document(client, OutputRequest("warranty", warranty_id, "print"), "fi")
    assert kiosk_warranty == backend_warranty
    assert kiosk_warranty.seller_name and kiosk_warranty.business_id
    register = fetch_document(client, OutputRequest("register_data", None, "print"), "sv")
    assert isinstance(register, RegisterDocument)
    assert register.member_name == "Sari Järvinen"
    assert [s.title for s in register.sections] == ["Ägarkundregistret", "Kundregistret"]
