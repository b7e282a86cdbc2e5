"""kiosk.api results -> printout documents: every printed field comes from the right place.

(tests/kiosk/test_api_transfer.py checks the same conversions against the backend's own
documents over loopback; these pin the mapping field by field without a backend.)
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from kiosk.api import (
    NotFound,
    ReceiptDetail,
    ReceiptLine,
    RegisterData,
    Store,
    StoreDetail,
    VatLine,
    WarrantyReceipt,
)
from kiosk.flows.documents import fetch_document, receipt_document, register_document, warranty_document
from kiosk.output import OutputRequest
from printout import documents as doc
from printout.render import render

HELSINKI_WINTER = timezone(timedelta(hours=2))
STORE = StoreDetail(7, "Meri Market Tikkurila", "Vantaa", "Osuuskauppa Meri", "0116297-6", "Asematie 6", "01300")
DETAIL = ReceiptDetail(
    id=41, number="5103-20261111-03-0104", purchased_at=datetime(2026, 11, 11, 18, 9, tzinfo=HELSINKI_WINTER),
    store=STORE,
    lines=[ReceiptLine(1, "Kahvi, tumma paahto 500 g", "6410000000001", 2000, "pcs", 699, 139, 1259, 1350, True),
           ReceiptLine(2, "Banaani", None, 1762, "kg", 189, 0, 333, 1350, True),
           ReceiptLine(3, "Pipo", None, 1000, "pcs", 1499, 0, 1499, 2550, True)],
    vat=[VatLine(2550, 1194, 305, 1499), VatLine(1350, 1403, 189, 1592)], total_cents=3091,
    payment_method="debit_card", payment_card_last4="8296", bonus_eligible_cents=3091, warranty_receipt_ids=[])
WARRANTY = WarrantyReceipt(
    id=3, receipt_id=41, receipt_number="5103-20261111-03-0104", product_name="Sähköhammasharja Öral",
    serial_number=None, ean="4210201234567", purchased_on=date(2026, 11, 11), store=Store(7, STORE.name, "Vantaa"),
    warranty_months=24, warranty_ends_on=date(2028, 11, 11), guarantor="Procter & Gamble Nordic")
REGISTER = RegisterData(
    owner_customer_register={"member_number": "200234565", "name": "Sari Järvinen", "role_in_household": "owner"},
    customer_register={"language": "fi", "email": None})


def test_receipt_document_maps_every_field():
    document = receipt_document(DETAIL)
    assert document == doc.ReceiptDocument(
        seller_name="Osuuskauppa Meri", business_id="0116297-6", store_name="Meri Market Tikkurila",
        store_address="Asematie 6, 01300 Vantaa", purchased_at=DETAIL.purchased_at,
        receipt_number="5103-20261111-03-0104",
        lines=(doc.ReceiptLine("Kahvi, tumma paahto 500 g", 2000, "pcs", 699, 139, 1259, 1350),
               doc.ReceiptLine("Banaani", 1762, "kg", 189, 0, 333, 1350),
               doc.ReceiptLine("Pipo", 1000, "pcs", 1499, 0, 1499, 2550)),
        vat=(doc.VatLine(2550, 1194, 305, 1499), doc.VatLine(1350, 1403, 189, 1592)), total_cents=3091,
        payment_method="debit_card", card_last4="8296", bonus_eligible_cents=3091)


def test_warranty_document_with_and_without_the_seller():
    with_seller = warranty_document(WARRANTY, STORE)
    assert (with_seller.seller_name, with_seller.business_id) == ("Osuuskauppa Meri", "0116297-6")
    assert with_seller.product_name == "Sähköhammasharja Öral"
    assert (with_seller.serial_number, with_seller.ean) == (None, "4210201234567")
    assert (with_seller.purchased_on, with_seller.warranty_ends_on) == (date(2026, 11, 11), date(2028, 11, 11))
    assert (with_seller.warranty_months, with_seller.guarantor) == (24, "Procter & Gamble Nordic")
    assert with_seller.receipt_number == "5103-20261111-03-0104"
    assert with_seller.store_name == "Meri Market Tikkurila"
    alone = warranty_document(WARRANTY)
    assert (alone.seller_name, alone.business_id) == (None, None)


def test_register_document_is_in_the_screens_words():
    document = register_document(REGISTER, "fi")
    rows = dict(document.sections[1].rows)
    assert rows == {"Asiointikieli": "Suomi", "Sähköpostiosoite": "Ei tietoa"}
    assert document.member_name == "Sari Järvinen"
    assert dict(document.sections[0].rows)["Rooli taloudessa"] == "Omistajajäsen"


@pytest.mark.parametrize("width", [576, 384])
def test_every_converted_document_renders(width):
    stamp = datetime(2026, 11, 25, 10, 0, tzinfo=HELSINKI_WINTER)
    for document in (receipt_document(DETAIL), warranty_document(WARRANTY, STORE),
                     register_document(REGISTER, "sv", generated_at=stamp)):
        image = render(document, width, "sv")
        assert image.mode == "1" and image.width == width


class FakeApi:
    """Stands in for ApiClient: returns the canned results and records what was asked."""

    def __init__(self, *, receipt_missing: bool = False) -> None:
        self.calls: list[tuple[str, object]] = []
        self.receipt_missing = receipt_missing

    def receipt(self, receipt_id: int) -> ReceiptDetail:
        self.calls.append(("receipt", receipt_id))
        if self.receipt_missing:
            raise NotFound("not_found")
        return DETAIL

    def warranty_receipt(self, warranty_id: int) -> WarrantyReceipt:
        self.calls.append(("warranty_receipt", warranty_id))
        return WARRANTY

    def register_data(self) -> RegisterData:
        self.calls.append(("register_data", None))
        return REGISTER


def test_fetch_document_asks_for_what_the_request_names():
    api = FakeApi()
    assert fetch_document(api, OutputRequest("receipt", 41, "print"), "fi") == receipt_document(DETAIL)  # type: ignore[arg-type]
    assert api.calls == [("receipt", 41)]
    api.calls.clear()
    assert fetch_document(api, OutputRequest("warranty", 3, "print"), "fi") == warranty_document(WARRANTY, STORE)  # type: ignore[arg-type]
    assert api.calls == [("warranty_receipt", 3), ("receipt", 41)]
    stamp = datetime(2026, 11, 25, 10, 0, tzinfo=HELSINKI_WINTER)
    register = fetch_document(api, OutputRequest("register_data", None, "print"), "en", now=stamp)  # type: ignore[arg-type]
    assert isinstance(register, doc.RegisterDocument) and register.generated_at == stamp


def test_a_warranty_whose_receipt_is_gone_still_prints_without_the_seller():
    document = fetch_document(FakeApi(receipt_missing=True), OutputRequest("warranty", 3, "print"), "fi")  # type: ignore[arg-type]
    assert isinstance(document, doc.WarrantyDocument)
    assert document.seller_name is None and document.product_name == WARRANTY.product_name


def test_fetch_document_refuses_a_request_without_its_id():
    with pytest.raises(ValueError):
        fetch_document(FakeApi(), OutputRequest("receipt", None, "print"), "fi")  # type: ignore[arg-type]
