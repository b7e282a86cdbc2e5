"""Receipt output at the backend: QR links to one document, their phone page, and print records.

A kiosk asks for a link to one of the member's own documents (POST .../link); the answer
is `<public base>/r/<token>`, shown as a QR code. The token is 256 random bits; only its
SHA-256 is stored, with the one document it opens and when it stops working. The phone
needs no kiosk credential and no session: the token is the whole grant, so it opens that
one document (page, PDF, PNG) and nothing else, and every failure (expired, unknown,
malformed, tampered, its card blocked) is the same friendly 404 page.
"""

from __future__ import annotations

import hmac
import io
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from backend import limits
from backend.api.deps import ClosingRoute, CurrentSession, DbDep, PathId, SettingsDep, StrongDep, in_a_thread
from backend.api.profile import register_data_of
from backend.config import Settings
from backend.errors import not_found, validation_failed
from backend.models import Card, CustomerSession, DocumentLink, Member, PrintRecord, Receipt, WarrantyReceipt
from backend.schemas import DocumentKind, DocumentLinkOut, PrintRecordIn, PrintRecordOut
from backend.security import new_token, sha256_hex
from backend.timeutil import to_helsinki
from backend.transfer_page import document_page, gone_page, preferred_language
from backend.validation import FieldError
from printout import labels
from printout.documents import (
    Document,
    ReceiptDocument,
    ReceiptLine,
    VatLine,
    WarrantyDocument,
)
from printout.register import register_document
from printout.render import render

router = APIRouter(tags=["receipt output"], route_class=ClosingRoute)

# secrets.token_urlsafe(32): 43 characters of the URL-safe base64 alphabet
_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
# The downloads are drawn as an 80 mm receipt: 576 dots at 203 dpi, 72 mm wide in the PDF.
DOWNLOAD_WIDTH = 576
DOWNLOAD_DPI = 203
# Nothing of a document page may be kept by a browser, a proxy or a search engine.
_PRIVATE_HEADERS = {
    "Cache-Control": "no-store, max-age=0",
    "Pragma": "no-cache",
    "X-Robots-Tag": "noindex, nofollow, noarchive",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": ("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
                                "form-action 'none'; frame-ancestors 'none'"),
}
_FILE_NAMES = {
    "receipt": ("kuitti", "kvitto", "receipt"),
    "warranty": ("takuukuitti", "garantikvitto", "warranty-receipt"),
    "register_data": ("rekisteritiedot", "registeruppgifter", "register-data"),
}


# --- the kiosk's side: links and print records -----------------------------------------------

def _own_receipt(db: Session, member_id: int, receipt_id: int) -> None:
    if db.scalar(select(Receipt.id).where(Receipt.id == receipt_id, Receipt.member_id == member_id)) is None:
        raise not_found()


def _own_warranty(db: Session, member_id: int, warranty_id: int) -> None:
    found = db.scalar(select(WarrantyReceipt.id)
                      .where(WarrantyReceipt.id == warranty_id, WarrantyReceipt.member_id == member_id))
    if found is None:
        raise not_found()


def _issue_link(db: Session, settings: Settings, request: Request, current: CurrentSession, kind: DocumentKind,
                item_id: int | None) -> DocumentLinkOut:
    token = new_token()
    expires_at = current.now + timedelta(minutes=settings.receipt_link_minutes)
    db.add(DocumentLink(token_sha256=sha256_hex(token), member_id=current.member.id, kind=kind, item_id=item_id,
                        kiosk_id=current.kiosk.id, session_id=current.session.id, created_at=current.now,
                        expires_at=expires_at))
    db.commit()
    # Production requires public_url (create_app refuses to start without it): a link built
    # from the request's Host header would send a member's phone wherever a forged header says.
    base = (settings.public_url or str(request.base_url)).rstrip("/")
    return DocumentLinkOut(url=f"{base}/r/{token}", expires_at=to_helsinki(expires_at))


@router.post("/v1/me/receipts/{receipt_id}/link", response_model=DocumentLinkOut)
def receipt_link(receipt_id: PathId, current: StrongDep, db: DbDep, settings: SettingsDep,
                 request: Request) -> DocumentLinkOut:
    """A link that opens this receipt on a phone for receipt_link_minutes (default 10)."""
    _own_receipt(db, current.member.id, receipt_id)
    return _issue_link(db, settings, request, current, "receipt", receipt_id)


@router.post("/v1/me/warranty-receipts/{warranty_id}/link", response_model=DocumentLinkOut)
def warranty_link(warranty_id: PathId, current: StrongDep, db: DbDep, settings: SettingsDep,
                  request: Request) -> DocumentLinkOut:
    _own_warranty(db, current.member.id, warranty_id)
    return _issue_link(db, settings, request, current, "warranty", warranty_id)


@router.post("/v1/me/register-data/link", response_model=DocumentLinkOut)
def register_data_link(current: StrongDep, db: DbDep, settings: SettingsDep, request: Request) -> DocumentLinkOut:
    return _issue_link(db, settings, request, current, "register_data", None)


@router.post("/v1/me/print-records", response_model=PrintRecordOut)
def record_print(body: PrintRecordIn, current: StrongDep, db: DbDep) -> PrintRecordOut:
    """The kiosk printed one of the member's documents: kept with the kiosk, the session and the time."""
    if body.kind == "register_data":
        if body.item_id is not None:
            raise validation_failed([FieldError("item_id", "not_allowed", "The register data has no item id.")])
    elif body.item_id is None:
        raise validation_failed([FieldError("item_id", "required", "Which document was printed.")])
    elif body.kind == "receipt":
        _own_receipt(db, current.member.id, body.item_id)
    else:
        _own_warranty(db, current.member.id, body.item_id)
    db.add(PrintRecord(member_id=current.member.id, kind=body.kind, item_id=body.item_id,
                       kiosk_id=current.kiosk.id, session_id=current.session.id, printed_at=current.now))
    db.commit()
    return PrintRecordOut(kind=body.kind, item_id=body.item_id, printed_at=to_helsinki(current.now))


# --- documents from the database -----------------------------------------------------------

def receipt_document(db: Session, member_id: int, receipt_id: int) -> ReceiptDocument | None:
    receipt = db.scalar(select(Receipt).where(Receipt.id == receipt_id, Receipt.member_id == member_id)
                        .options(selectinload(Receipt.lines), selectinload(Receipt.vat_lines),
                                 selectinload(Receipt.store)))
    if receipt is None:
        return None
    store = receipt.store
    return ReceiptDocument(
        seller_name=store.seller_name, business_id=store.business_id, store_name=store.name,
        store_address=f"{store.street}, {store.postal_code} {store.town}",
        purchased_at=to_helsinki(receipt.purchased_at), receipt_number=receipt.number,
        lines=tuple(ReceiptLine(ln.product_name, ln.quantity_milli, ln.unit, ln.unit_price_cents, ln.discount_cents,
                                ln.total_cents, ln.vat_rate_bp) for ln in receipt.lines),
        vat=tuple(VatLine(v.rate_bp, v.net_cents, v.vat_cents, v.gross_cents) for v in receipt.vat_lines),
        total_cents=receipt.total_cents, payment_method=receipt.payment_method,
        card_last4=receipt.payment_card_last4, bonus_eligible_cents=receipt.bonus_eligible_cents)


def warranty_document(db: Session, member_id: int, warranty_id: int) -> WarrantyDocument | None:
    row = db.scalar(select(WarrantyReceipt)
                    .where(WarrantyReceipt.id == warranty_id, WarrantyReceipt.member_id == member_id)
                    .options(selectinload(WarrantyReceipt.receipt).selectinload(Receipt.store)))
    if row is None:
        return None
    store = row.receipt.store
    return WarrantyDocument(
        product_name=row.product_name, serial_number=row.serial_number, ean=row.ean,
        purchased_on=to_helsinki(row.receipt.purchased_at).date(), store_name=store.name,
        warranty_months=row.warranty_months, warranty_ends_on=row.warranty_ends_on, guarantor=row.guarantor,
        receipt_number=row.receipt.number, seller_name=store.seller_name, business_id=store.business_id)


# --- the phone's side: /r/<token> ------------------------------------------------------------

@dataclass(frozen=True)
class _Opened:
    link: DocumentLink
    document: Document
    language: str


def _open(db: Session, settings: Settings, token: str) -> _Opened | None:
    """The live link of this token and its document, or None: every failure looks the same.

    The card of the session that made the link is read with it: a link dies with its
    card, even if the card's status was changed without backend.cards.block_card.
    """
    if not _TOKEN.fullmatch(token):
        return None
    # Each fetch of a token counts, found or not: a link opens a few times on a phone, not hundreds.
    limits.take(db, limits.bucket("link_fetch", token, personal=True), settings.link_fetches_per_token,
                settings.link_fetches_window_seconds, settings.clock())
    digest = sha256_hex(token)
    found = db.execute(select(DocumentLink, Card.status)
                       .join(CustomerSession, CustomerSession.id == DocumentLink.session_id)
                       .join(Card, Card.id == CustomerSession.card_id)
                       .where(DocumentLink.token_sha256 == digest)).one_or_none()
    if found is None:
        return None
    link, card_status = found
    # The index finds the row by its hash; the comparison is constant-time all the same.
    if not hmac.compare_digest(link.token_sha256, digest) or card_status != "active":
        return None
    now = settings.clock()
    if now >= link.expires_at or now < link.created_at:
        return None
    member = db.get(Member, link.member_id)
    if member is None:
        return None
    language = member.language if member.language in labels.LANGUAGES else "fi"
    document: Document | None
    if link.kind == "receipt" and link.item_id is not None:
        document = receipt_document(db, member.id, link.item_id)
    elif link.kind == "warranty" and link.item_id is not None:
        document = warranty_document(db, member.id, link.item_id)
    elif link.kind == "register_data":
        data = register_data_of(db, member)
        document = register_document(data["owner_customer_register"], data["customer_register"], language,
                                     generated_at=to_helsinki(now))
    else:
        document = None
    return None if document is None else _Opened(link, document, language)


def _gone(accept_language: str | None) -> HTMLResponse:
    return HTMLResponse(gone_page(preferred_language(accept_language)), status_code=404, headers=_PRIVATE_HEADERS)


AcceptLanguage = Annotated[str | None, Header()]


@router.get("/r/{token}", response_class=HTMLResponse, include_in_schema=False)
def document_link_page(token: str, db: DbDep, settings: SettingsDep,
                       accept_language: AcceptLanguage = None) -> Response:
    opened = _open(db, settings, token)
    if opened is None:
        return _gone(accept_language)
    page = document_page(opened.document, opened.link.kind, opened.language, to_helsinki(opened.link.expires_at),
                         token)
    return HTMLResponse(page, headers=_PRIVATE_HEADERS)


def _download(token: str, db: Session, settings: Settings, accept_language: str | None, fmt: str) -> Response:
    opened = _open(db, settings, token)
    if opened is None:
        return _gone(accept_language)
    # A receipt from here is a copy of the till's; the register data is no copy of anything.
    copy = opened.link.kind != "register_data"
    image = render(opened.document, DOWNLOAD_WIDTH, opened.language, copy=copy)
    buffer = io.BytesIO()
    if fmt == "pdf":
        image.save(buffer, "PDF", resolution=DOWNLOAD_DPI)
        media_type = "application/pdf"
    else:
        image.save(buffer, "PNG", optimize=True, dpi=(DOWNLOAD_DPI, DOWNLOAD_DPI))
        media_type = "image/png"
    name = _FILE_NAMES[opened.link.kind][labels.LANGUAGES.index(opened.language)]
    number = getattr(opened.document, "receipt_number", "")
    stem = f"{name}-{re.sub(r'[^A-Za-z0-9-]', '', number)}" if number else name
    headers = {**_PRIVATE_HEADERS, "Content-Disposition": f'attachment; filename="{stem}.{fmt}"'}
    return Response(buffer.getvalue(), media_type=media_type, headers=headers)


@router.get("/r/{token}/receipt.pdf", include_in_schema=False)
@in_a_thread  # draws the document: tens of milliseconds of CPU
def document_link_pdf(token: str, db: DbDep, settings: SettingsDep,
                      accept_language: AcceptLanguage = None) -> Response:
    return _download(token, db, settings, accept_language, "pdf")


@router.get("/r/{token}/receipt.png", include_in_schema=False)
@in_a_thread  # draws the document: tens of milliseconds of CPU
def document_link_png(token: str, db: DbDep, settings: SettingsDep,
                      accept_language: AcceptLanguage = None) -> Response:
    return _download(token, db, settings, accept_language, "png")


@router.get("/r", include_in_schema=False)
@router.get("/r/", include_in_schema=False)
@router.get("/r/{token}/{rest:path}", include_in_schema=False)
def document_link_elsewhere(accept_language: AcceptLanguage = None) -> Response:
    """Any other path under /r/: the same page as a dead link, never the API's JSON."""
    return _gone(accept_language)
