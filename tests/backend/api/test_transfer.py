"""QR transfer through HTTP: links to one document, their phone page and downloads, print records.

Each test opens a real session on the demo data, asks for a link as a kiosk would, and then
opens the link as a phone would: no kiosk credential, no session, only the URL.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
from PIL import Image
from sqlalchemy import func, select, update

from backend.api import transfer
from backend.api.transfer import receipt_document
from backend.models import DocumentLink, Member, PrintRecord, Receipt, ReceiptLine, WarrantyReceipt
from printout import labels
from printout.render import render
from tests.backend.helpers import KIOSKS, error_of, member_of

TOKEN_PATH = re.compile(r"^/r/([A-Za-z0-9_-]{43})$")


def path_of(url: str) -> str:
    return urlsplit(url).path


def token_of(url: str) -> str:
    match = TOKEN_PATH.match(path_of(url))
    assert match, url
    return match.group(1)


def phone_get(api, path: str, **kwargs):
    """What a phone sends: no kiosk credential, no session header."""
    return api.get(path, auth=None, **kwargs)


def receipts_of(db, who: str, count: int = 2) -> list[int]:
    member = member_of(db, who)
    ids = list(db.scalars(select(Receipt.id).where(Receipt.member_id == member.id)
                          .order_by(Receipt.line_count.desc(), Receipt.id).limit(count)))
    assert len(ids) == count
    return ids


def link(api, headers, path: str) -> dict:
    response = api.post(path, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"url", "expires_at"}
    return body


def assert_gone(response) -> None:
    """The one friendly 404 page: HTML, private, no trace of what went wrong."""
    assert response.status_code == 404, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "no-store" in response.headers["cache-control"]
    assert "noindex" in response.headers["x-robots-tag"]
    assert "Traceback" not in response.text and "Exception" not in response.text


# --- issuing links ---------------------------------------------------------------------------------

def test_a_receipt_link_is_a_url_with_a_fresh_token_that_lives_ten_minutes(api, open_session, db, clock):
    receipt_id = receipts_of(db, "matti", 1)[0]
    body = link(api, open_session("matti"), f"/v1/me/receipts/{receipt_id}/link")
    assert body["url"].startswith("http://testserver/r/")
    token_of(body["url"])
    expires = datetime.fromisoformat(body["expires_at"])
    assert expires.utcoffset() in (timedelta(hours=2), timedelta(hours=3))  # Helsinki, as every API time
    assert expires == clock.now + timedelta(minutes=10)


def test_each_link_has_its_own_token(api, open_session, db):
    headers = open_session("matti")
    receipt_id = receipts_of(db, "matti", 1)[0]
    urls = {link(api, headers, f"/v1/me/receipts/{receipt_id}/link")["url"] for _ in range(3)}
    assert len(urls) == 3


def test_only_the_tokens_hash_is_stored_with_the_document_kiosk_and_time(api, open_session, db, clock):
    headers = open_session("matti")
    receipt_id = receipts_of(db, "matti", 1)[0]
    token = token_of(link(api, headers, f"/v1/me/receipts/{receipt_id}/link")["url"])
    row = db.scalar(select(DocumentLink).order_by(DocumentLink.id.desc()).limit(1))
    assert row is not None
    assert row.token_sha256 == hashlib.sha256(token.encode()).hexdigest()
    assert token not in repr([getattr(row, c.key) for c in DocumentLink.__table__.columns])
    assert (row.kind, row.item_id, row.kiosk_id) == ("receipt", receipt_id, KIOSKS[1][0])
    assert row.member_id == member_of(db, "matti").id
    assert row.created_at == clock.now
    assert row.expires_at == clock.now + timedelta(minutes=10)


def test_link_life_and_public_address_come_from_the_settings(make_client, open_session, db, clock):
    api = make_client(receipt_link_minutes=2, public_url="https://kuitit.example.fi/")
    receipt_id = receipts_of(db, "matti", 1)[0]
    body = link(api, open_session("matti", client=api), f"/v1/me/receipts/{receipt_id}/link")
    assert body["url"].startswith("https://kuitit.example.fi/r/")
    token_of(body["url"])
    assert datetime.fromisoformat(body["expires_at"]) == clock.now + timedelta(minutes=2)


def test_a_member_cannot_link_another_members_documents(api, open_session, db):
    headers = open_session("matti")
    sari_receipt = receipts_of(db, "sari", 1)[0]
    sari_warranty = db.scalar(select(WarrantyReceipt.id)
                              .where(WarrantyReceipt.member_id == member_of(db, "sari").id).limit(1))
    before = db.scalar(select(func.count(DocumentLink.id)))
    for path in (f"/v1/me/receipts/{sari_receipt}/link", f"/v1/me/warranty-receipts/{sari_warranty}/link",
                 "/v1/me/receipts/999999999/link"):
        response = api.post(path, headers=headers)
        assert response.status_code == 404, path
        assert error_of(response) == "not_found"
    assert db.scalar(select(func.count(DocumentLink.id))) == before


def test_a_family_member_cannot_link_the_owners_receipt(api, open_session, db):
    """Household totals are shared, receipts are not (DESIGN.md §7)."""
    matti_receipt = receipts_of(db, "matti", 1)[0]
    response = api.post(f"/v1/me/receipts/{matti_receipt}/link", headers=open_session("anna"))
    assert response.status_code == 404


# --- the phone page ----------------------------------------------------------------------------------

def test_the_page_shows_the_receipts_own_numbers(api, open_session, db):
    receipt_id = receipts_of(db, "sari", 1)[0]
    headers = open_session("sari")
    url = link(api, headers, f"/v1/me/receipts/{receipt_id}/link")["url"]
    detail = api.get(f"/v1/me/receipts/{receipt_id}", headers=headers).json()
    page = phone_get(api, path_of(url))
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="fi">' in html
    assert detail["number"] in html
    assert labels.money(detail["total_cents"], "fi") in html
    assert labels.money(detail["bonus_eligible_cents"], "fi") in html
    assert detail["store"]["business_id"] in html
    for line in detail["lines"]:
        assert line["product_name"].replace("&", "&amp;") in html
        assert labels.money(line["total_cents"], "fi") in html
    for vat in detail["vat"]:
        for cents in (vat["net_cents"], vat["vat_cents"], vat["gross_cents"]):
            assert labels.amount(cents, "fi") in html
    assert "YHTEENSÄ" in html


def test_the_page_is_in_the_members_language(api, open_session, db):
    elsa = member_of(db, "elsa")
    assert elsa.language == "sv"
    receipt_id = db.scalar(select(Receipt.id).where(Receipt.member_id == elsa.id).limit(1))
    url = link(api, open_session("elsa"), f"/v1/me/receipts/{receipt_id}/link")["url"]
    html = phone_get(api, path_of(url), headers={"Accept-Language": "fi"}).text
    assert '<html lang="sv">' in html
    assert "TOTALT" in html and "Ladda ner PDF" in html
    # the language is read when the page opens: a change of the profile shows at once
    db.execute(update(Member).where(Member.id == elsa.id).values(language="en"))
    db.commit()
    html = phone_get(api, path_of(url)).text
    assert '<html lang="en">' in html and "TOTAL" in html and "Download PDF" in html


def test_the_page_is_private_and_self_contained(api, open_session, db):
    receipt_id = receipts_of(db, "matti", 1)[0]
    url = link(api, open_session("matti"), f"/v1/me/receipts/{receipt_id}/link")["url"]
    page = phone_get(api, path_of(url))
    headers = page.headers
    assert "no-store" in headers["cache-control"]
    assert "noindex" in headers["x-robots-tag"]
    assert headers["referrer-policy"] == "no-referrer"
    assert "default-src 'none'" in headers["content-security-policy"]
    html = page.text.lower()
    assert '<meta name="robots" content="noindex' in html
    assert '<meta name="viewport"' in html
    for external in ("<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "//"):
        assert external not in html.replace("<!doctype", ""), external
    hrefs = re.findall(r'href="([^"]*)"', page.text)
    assert hrefs == [f"{token_of(url)}/receipt.pdf", f"{token_of(url)}/receipt.png"]


def test_the_page_escapes_what_it_shows(api, open_session, db):
    receipt_id = receipts_of(db, "matti", 1)[0]
    db.execute(update(ReceiptLine).where(ReceiptLine.receipt_id == receipt_id, ReceiptLine.position == 1)
               .values(product_name='<script>alert("x")</script> & "quotes"'))
    db.commit()
    url = link(api, open_session("matti"), f"/v1/me/receipts/{receipt_id}/link")["url"]
    html = phone_get(api, path_of(url)).text
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_warranty_and_register_data_pages(api, open_session, db):
    headers = open_session("sari")
    sari = member_of(db, "sari")
    warranty = db.scalar(select(WarrantyReceipt).where(WarrantyReceipt.member_id == sari.id).limit(1))
    html = phone_get(api, path_of(link(api, headers, f"/v1/me/warranty-receipts/{warranty.id}/link")["url"])).text
    assert warranty.product_name in html
    assert labels.date_text(warranty.warranty_ends_on, "fi") in html
    assert warranty.guarantor in html
    assert (warranty.serial_number or warranty.ean) in html
    html = phone_get(api, path_of(link(api, headers, "/v1/me/register-data/link")["url"])).text
    assert "Sari Järvinen" in html and sari.member_number in html
    assert sari.hetu not in html  # masked, as on the kiosk screen
    assert "Rekisteritiedot" in html


def test_the_link_outlives_the_kiosk_session(api, open_session, db):
    """The shopper scans and walks away: ending the session at the kiosk does not kill the link."""
    headers = open_session("matti")
    receipt_id = receipts_of(db, "matti", 1)[0]
    url = link(api, headers, f"/v1/me/receipts/{receipt_id}/link")["url"]
    assert api.delete("/v1/sessions/current", headers=headers).status_code in (200, 204)
    assert phone_get(api, path_of(url)).status_code == 200


# --- downloads ---------------------------------------------------------------------------------------

def test_png_download_is_exactly_the_printed_render(api, open_session, db):
    receipt_id = receipts_of(db, "sari", 1)[0]
    url = link(api, open_session("sari"), f"/v1/me/receipts/{receipt_id}/link")["url"]
    response = phone_get(api, path_of(url) + "/receipt.png")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert "no-store" in response.headers["cache-control"]
    disposition = response.headers["content-disposition"]
    number = db.get(Receipt, receipt_id).number
    assert disposition == f'attachment; filename="kuitti-{number}.png"'
    image = Image.open(io.BytesIO(response.content))
    assert image.mode == "1" and image.width == 576
    document = receipt_document(db, member_of(db, "sari").id, receipt_id)
    assert document is not None
    expected = render(document, 576, "fi", copy=True)
    assert image.size == expected.size
    assert image.tobytes() == expected.tobytes()


def test_while_a_document_is_drawn_for_a_phone_the_worker_answers_health_and_kiosks(api, open_session, db,
                                                                                    monkeypatch):
    """Drawing takes tens of milliseconds of CPU: in a thread, not on the event loop the other requests share."""
    receipt_id = receipts_of(db, "sari", 1)[0]
    url = link(api, open_session("sari"), f"/v1/me/receipts/{receipt_id}/link")["url"]
    drawing, finish = threading.Event(), threading.Event()

    def slow_render(*args, **kwargs):
        drawing.set()
        finish.wait(10)  # on the event loop, everything below would wait these 10 s
        return render(*args, **kwargs)

    monkeypatch.setattr(transfer, "render", slow_render)
    with ThreadPoolExecutor(1) as pool:
        download = pool.submit(phone_get, api, path_of(url) + "/receipt.png")
        assert drawing.wait(10)
        started = time.monotonic()
        assert api.get("/health").status_code == 200
        assert api.get("/v1/stores").status_code == 200
        answered_s = time.monotonic() - started
        finish.set()
        assert download.result(10).status_code == 200
    assert answered_s < 5, answered_s


def test_pdf_download_is_a_pdf_of_the_receipt(api, open_session, db):
    receipt_id = receipts_of(db, "matti", 1)[0]
    url = link(api, open_session("matti"), f"/v1/me/receipts/{receipt_id}/link")["url"]
    response = phone_get(api, path_of(url) + "/receipt.pdf")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith('attachment; filename="kuitti-')
    pdf = response.content
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert b"/Type /Page" in pdf and b"/Subtype /Image" in pdf
    # 576 dots at 203 dpi: a 72 mm wide page (204 points), as the paper receipt
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert box is not None
    assert float(box.group(1)) == pytest.approx(576 / 203 * 72, abs=1)


def test_register_data_download_is_not_marked_as_a_copy(api, open_session):
    url = link(api, open_session("matti"), "/v1/me/register-data/link")["url"]
    response = phone_get(api, path_of(url) + "/receipt.png")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="rekisteritiedot.png"'
    image = Image.open(io.BytesIO(response.content))
    assert image.width == 576
    assert image.getpixel((2, 2)) == 255  # a copy starts with a black banner across the paper


# --- expiry, scope, tampering ---------------------------------------------------------------------------

def test_the_link_dies_when_it_expires(api, open_session, db, clock):
    receipt_id = receipts_of(db, "matti", 1)[0]
    url = link(api, open_session("matti"), f"/v1/me/receipts/{receipt_id}/link")["url"]
    clock.advance(10 * 60 - 1)
    assert phone_get(api, path_of(url)).status_code == 200
    assert phone_get(api, path_of(url) + "/receipt.png").status_code == 200
    clock.advance(1)
    for suffix in ("", "/receipt.pdf", "/receipt.png"):
        assert_gone(phone_get(api, path_of(url) + suffix))


def test_a_short_configured_life(make_client, open_session, db, clock):
    api = make_client(receipt_link_minutes=1)
    receipt_id = receipts_of(db, "matti", 1)[0]
    url = link(api, open_session("matti", client=api), f"/v1/me/receipts/{receipt_id}/link")["url"]
    clock.advance(59)
    assert phone_get(api, path_of(url)).status_code == 200
    clock.advance(1)
    assert_gone(phone_get(api, path_of(url)))


def test_a_receipt_token_opens_that_receipt_only(api, open_session, db):
    headers = open_session("sari")
    first, second = receipts_of(db, "sari", 2)
    numbers = {rid: db.get(Receipt, rid).number for rid in (first, second)}
    url = link(api, headers, f"/v1/me/receipts/{first}/link")["url"]
    token = token_of(url)
    html = phone_get(api, path_of(url), params={"receipt_id": second, "id": second}).text
    assert numbers[first] in html and numbers[second] not in html
    for path in (f"/r/{token}/{second}", f"/r/{token}/receipts/{second}", f"/r/{token}/receipt.json",
                 f"/r/{token}/register-data", f"/r/{token}/receipt.pdf/{second}", f"/r/{token}/../{second}",
                 f"/r/{token}{second}", f"/r/{second}"):
        assert_gone(phone_get(api, path))


def test_a_token_is_no_credential_anywhere_else(api, open_session, db):
    receipt_id = receipts_of(db, "matti", 1)[0]
    token = token_of(link(api, open_session("matti"), f"/v1/me/receipts/{receipt_id}/link")["url"])
    as_session = api.get(f"/v1/me/receipts/{receipt_id}", headers={"X-Session-Token": token})
    assert as_session.status_code == 401
    assert error_of(as_session) == "session_unknown"
    as_kiosk = api.get("/v1/stores", auth=(token, token))
    assert as_kiosk.status_code == 401
    as_staff = api.get("/v1/staff-sessions/current", headers={"X-Staff-Token": token})
    assert as_staff.status_code in (401, 404, 405)


@pytest.mark.parametrize("change", ["flip first", "flip last", "truncate", "extend", "upper", "case swap"])
def test_a_tampered_token_is_a_friendly_404(api, open_session, db, change):
    receipt_id = receipts_of(db, "matti", 1)[0]
    token = token_of(link(api, open_session("matti"), f"/v1/me/receipts/{receipt_id}/link")["url"])
    flip = {"A": "B"}.get(token[0], "A")
    tampered = {
        "flip first": flip + token[1:],
        "flip last": token[:-1] + ("x" if token[-1] != "x" else "y"),
        "truncate": token[:-1],
        "extend": token + "A",
        "upper": token.upper() if token.upper() != token else token.lower(),
        "case swap": token.swapcase(),
    }[change]
    assert tampered != token
    assert_gone(phone_get(api, f"/r/{tampered}"))
    assert_gone(phone_get(api, f"/r/{tampered}/receipt.pdf"))


@pytest.mark.parametrize("path", ["/r/", "/r", "/r/x", "/r/%00", "/r/" + "A" * 5000, "/r/%C3%A4" * 3,
                                  "/r/" + "A" * 43, "/r/" + "-" * 43 + "/receipt.png", "/r/..%2F..%2Fetc%2Fpasswd"])
def test_unknown_and_malformed_tokens_are_a_friendly_404(api, path):
    assert_gone(phone_get(api, path))


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "Linkki ei ole voimassa"),
    ("sv-FI,sv;q=0.9", "Länken gäller inte"),
    ("en-GB,en;q=0.8,fi;q=0.5", "This link is not valid"),
    ("de-DE,de;q=0.9", "Linkki ei ole voimassa"),
    ("fi;q=0.2,sv;q=0.7", "Länken gäller inte"),
    ("garbage;;q=x,,", "Linkki ei ole voimassa"),
])
def test_the_404_page_speaks_the_browsers_language_else_finnish(api, accept, expected):
    headers = {"Accept-Language": accept} if accept else {}
    response = phone_get(api, "/r/" + "A" * 43, headers=headers)
    assert_gone(response)
    assert expected in response.text


# --- print records --------------------------------------------------------------------------------------

def test_a_print_is_recorded_with_kiosk_and_time(api, open_session, db, clock):
    headers = open_session("matti")
    receipt_id = receipts_of(db, "matti", 1)[0]
    response = api.post("/v1/me/print-records", json={"kind": "receipt", "item_id": receipt_id}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["kind"] == "receipt" and response.json()["item_id"] == receipt_id
    row = db.scalar(select(PrintRecord).order_by(PrintRecord.id.desc()).limit(1))
    assert row is not None
    assert (row.kind, row.item_id, row.kiosk_id, row.member_id) == (
        "receipt", receipt_id, KIOSKS[1][0], member_of(db, "matti").id)
    assert row.printed_at == clock.now
    register = api.post("/v1/me/print-records", json={"kind": "register_data", "item_id": None}, headers=headers)
    assert register.status_code == 200


@pytest.mark.parametrize(("body", "status"), [
    ({"kind": "receipt"}, 422),
    ({"kind": "receipt", "item_id": None}, 422),
    ({"kind": "register_data", "item_id": 5}, 422),
    ({"kind": "letter", "item_id": 5}, 422),
    ({"kind": "receipt", "item_id": 0}, 422),
    ({"kind": "receipt", "item_id": 1, "extra": 1}, 422),
    ({"kind": "warranty", "item_id": 999999999}, 404),
])
def test_bad_print_records_are_refused(api, open_session, db, body, status):
    before = db.scalar(select(func.count(PrintRecord.id)))
    response = api.post("/v1/me/print-records", json=body, headers=open_session("matti"))
    assert response.status_code == status, response.text
    error_of(response)
    assert db.scalar(select(func.count(PrintRecord.id))) == before


def test_another_members_receipt_cannot_be_recorded_as_printed(api, open_session, db):
    sari_receipt = receipts_of(db, "sari", 1)[0]
    response = api.post("/v1/me/print-records", json={"kind": "receipt", "item_id": sari_receipt},
                        headers=open_session("matti"))
    assert response.status_code == 404
    assert db.scalar(select(func.count(PrintRecord.id))) == 0
