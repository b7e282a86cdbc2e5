"""The backend client's results as printout documents: what the kiosk previews and prints.

Pure conversions (no Qt, no I/O) apart from `fetch_document`, which the output flow calls
on the session's worker thread. Labels on paper come from printout.labels and
printout.register, so the printed receipt says the same as the phone page the backend
renders from the same documents.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.api import ApiClient, NotFound, ReceiptDetail, RegisterData, StoreDetail, WarrantyReceipt
from kiosk.output import OutputRequest
from printout.documents import Document, ReceiptDocument, ReceiptLine, RegisterDocument, VatLine, WarrantyDocument
from printout.register import register_document as _register_document


def store_address(store: StoreDetail) -> str:
    return f"{store.street}, {store.postal_code} {store.town}"


def receipt_document(detail: ReceiptDetail) -> ReceiptDocument:
    store = detail.store
    return ReceiptDocument(
        seller_name=store.seller_name, business_id=store.business_id, store_name=store.name,
        store_address=store_address(store), purchased_at=detail.purchased_at, receipt_number=detail.number,
        lines=tuple(ReceiptLine(ln.product_name, ln.quantity_milli, ln.unit, ln.unit_price_cents, ln.discount_cents,
                                ln.total_cents, ln.vat_rate_bp) for ln in detail.lines),
        vat=tuple(VatLine(v.rate_bp, v.net_cents, v.vat_cents, v.gross_cents) for v in detail.vat),
        total_cents=detail.total_cents, payment_method=detail.payment_method,
        card_last4=detail.payment_card_last4, bonus_eligible_cents=detail.bonus_eligible_cents)


def warranty_document(warranty: WarrantyReceipt, seller: StoreDetail | None = None) -> WarrantyDocument:
    """`seller`: the purchase's store in detail (from its receipt), for the seller's name and business ID.

    The warranty list carries only the store's name; without `seller` the document has no
    seller lines, which a guarantor still accepts with the receipt number.
    """
    return WarrantyDocument(
        product_name=warranty.product_name, serial_number=warranty.serial_number, ean=warranty.ean,
        purchased_on=warranty.purchased_on, store_name=warranty.store.name,
        warranty_months=warranty.warranty_months, warranty_ends_on=warranty.warranty_ends_on,
        guarantor=warranty.guarantor, receipt_number=warranty.receipt_number,
        seller_name=seller.seller_name if seller else None, business_id=seller.business_id if seller else None)


def register_document(data: RegisterData, language: str, *, generated_at: datetime | None = None) -> RegisterDocument:
    """The register data as the backend groups it, in the words the screen shows (printout.register_labels)."""
    return _register_document(data.owner_customer_register, data.customer_register, language,
                              generated_at=generated_at)


def fetch_document(api: ApiClient, request: OutputRequest, language: str, *,
                   now: datetime | None = None) -> Document:
    """The document a section asked for, fresh from the backend (worker thread only: it does I/O).

    A warranty receipt fetches its purchase receipt too, for the seller's name and
    business ID; a receipt that can no longer be read leaves them out rather than failing.
    """
    if request.kind == "receipt":
        if request.item_id is None:
            raise ValueError("a receipt needs its id")
        return receipt_document(api.receipt(request.item_id))
    if request.kind == "warranty":
        if request.item_id is None:
            raise ValueError("a warranty receipt needs its id")
        warranty = api.warranty_receipt(request.item_id)
        try:
            seller: StoreDetail | None = api.receipt(warranty.receipt_id).store
        except NotFound:
            seller = None
        return warranty_document(warranty, seller)
    if request.kind == "register_data":
        return register_document(api.register_data(), language, generated_at=now or datetime.now().astimezone())
    raise ValueError(f"unknown document kind {request.kind!r}")
