"""Electronic and warranty receipts of the session's own member.

Pages use a keyset cursor (time, id) rather than offsets, so a page is as fast at
receipt 2,000 as at receipt 20 and new purchases do not shift what the next page shows.
"""

from __future__ import annotations

import base64
import binascii
import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime

from fastapi import APIRouter, Query
from sqlalchemy import Integer, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session, selectinload

from backend.api.deps import MAX_ID, ClosingRoute, DbDep, KioskDep, PathId, StrongDep
from backend.errors import not_found, validation_failed
from backend.models import Receipt, ReceiptLine, ReceiptVat, Store, WarrantyReceipt
from backend.schemas import (
    ReceiptDetail,
    ReceiptLineOut,
    ReceiptPage,
    ReceiptSummary,
    StoreDetail,
    StoreOut,
    Stores,
    VatLineOut,
    WarrantyReceiptOut,
    WarrantyReceipts,
)
from backend.timeutil import helsinki_day_end_utc, helsinki_day_start_utc, to_helsinki
from backend.validation import FieldError

router = APIRouter(prefix="/v1", tags=["receipts"], route_class=ClosingRoute)

MAX_SEARCH_TERMS = 8
# A search counts its matches up to this many and then says "over": an exact count of a
# common word is a scan of all of a heavy buyer's receipts (5-10 ms of the database's CPU
# for 2,500 receipts, on every search), and nobody reads "1,523" where "over 100" will do.
SEARCH_TOTAL_CAP = 100
MAX_MATCHED_LINES = 3
# receipts are kept for decades, not millennia; the bounds keep time-zone arithmetic in range
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(9998, 12, 31)


def encode_cursor(purchased_at: datetime, ident: int) -> str:
    raw = f"{purchased_at.isoformat()}|{ident}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        moment, ident_text = raw.split("|")
        parsed = datetime.fromisoformat(moment)
        ident = int(ident_text)
        if parsed.tzinfo is None or not 1 <= ident <= MAX_ID:
            raise ValueError
        return parsed.astimezone(UTC), ident
    except (binascii.Error, UnicodeDecodeError, ValueError, OverflowError):
        raise validation_failed([FieldError("cursor", "cursor_invalid", "Not a cursor from this API.")]) from None


def _like_term(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _matched_lines(db: Session, receipt_ids: list[int], terms: list[str]) -> dict[int, list[str]]:
    """Receipt id -> the product names on it that hold a search word, in receipt order, each once.

    A member who searched "maito" sees which line matched under each receipt; one query
    for the page's receipts, and at most MAX_MATCHED_LINES names each (the list row has
    room for a line of them). A receipt found by its number alone names none.
    """
    if not receipt_ids:
        return {}
    matched: dict[int, list[str]] = {}
    lines = db.connection().execute(_MATCHED_LINES, {"ids": receipt_ids})
    for receipt_id, name in lines:
        names = matched.setdefault(receipt_id, [])
        folded = name.casefold()
        if len(names) < MAX_MATCHED_LINES and name not in names and any(term in folded for term in terms):
            names.append(name)
    return matched


def _store_out(store: Store) -> StoreOut:
    return StoreOut(id=store.id, name=store.name, town=store.town)


@router.get("/stores", response_model=Stores, tags=["stores"])
def stores(db: DbDep, _kiosk: KioskDep) -> Stores:
    return Stores(items=[_store_out(s) for s in db.scalars(select(Store).order_by(Store.name))])


@router.get("/me/receipts", response_model=ReceiptPage)
def receipts(
    current: StrongDep,
    db: DbDep,
    limit: int = Query(20, ge=1, le=100),
    cursor: str | None = Query(None, max_length=200),
    q: str | None = Query(None, max_length=100, description="Words found in product names or the receipt number"),
    date_from: date | None = Query(None, description="First Helsinki day to include"),
    date_to: date | None = Query(None, description="Last Helsinki day to include"),
    store_id: int | None = Query(None, ge=1, le=MAX_ID),
) -> ReceiptPage:
    if date_from and date_to and date_from > date_to:
        raise validation_failed([FieldError("date_to", "date_range_invalid", "The end is before the start.")])
    for name, day in (("date_from", date_from), ("date_to", date_to)):
        if day and not EARLIEST_DAY <= day <= LATEST_DAY:
            raise validation_failed([FieldError(name, "date_out_of_range",
                                                f"Dates from {EARLIEST_DAY} to {LATEST_DAY}.")])
    terms = (q or "").casefold().split()
    if len(terms) > MAX_SEARCH_TERMS:
        raise validation_failed([FieldError("q", "too_many_terms", f"At most {MAX_SEARCH_TERMS} words.")])
    values: dict[str, int | str | datetime] = {"member_id": current.member.id, "limit": limit + 1}
    if date_from:
        values["date_from"] = helsinki_day_start_utc(date_from)
    if date_to:
        values["date_to"] = helsinki_day_end_utc(date_to)
    if store_id is not None:
        values["store_id"] = store_id
    for index, term in enumerate(terms):
        values[f"term_{index}"] = _like_term(term)
    if cursor:
        values["moment"], values["ident"] = decode_cursor(cursor)
    statements = _page_statements(date_from is not None, date_to is not None, store_id is not None, len(terms),
                                  cursor is not None)
    # The count is asked once per search, with its first page; later pages do not repeat it.
    total, capped = None, False
    if not cursor and terms:
        counted = db.connection().scalar(statements.count_capped, values) or 0
        total, capped = min(counted, SEARCH_TOTAL_CAP), counted > SEARCH_TOTAL_CAP
    elif not cursor:
        total = db.connection().scalar(statements.count, values)
    rows = db.connection().execute(statements.page, values).all()
    page = rows[:limit]
    matched = _matched_lines(db, [r.id for r in page], terms) if terms else {}
    stores: dict[int, StoreOut] = {}  # one each: a page shows a few stores many times
    for r in page:
        if r.store_id not in stores:
            stores[r.store_id] = StoreOut(id=r.store_id, name=r.store_name, town=r.store_town)
    items = [
        ReceiptSummary(id=r.id, number=r.number, purchased_at=to_helsinki(r.purchased_at),
                       store=stores[r.store_id], total_cents=r.total_cents,
                       payment_method=r.payment_method, line_count=r.line_count,
                       matched_lines=matched.get(r.id, []))
        for r in page
    ]
    next_cursor = encode_cursor(page[-1].purchased_at, page[-1].id) if len(rows) > limit else None
    return ReceiptPage(items=items, next_cursor=next_cursor, total=total, total_capped=capped)


_PAGE_COLUMNS = (Receipt.id, Receipt.number, Receipt.purchased_at, Receipt.store_id, Receipt.total_cents,
                 Receipt.payment_method, Receipt.line_count)
"""What a receipts page shows of each receipt: plain rows, not Receipt entities (the ORM's identity
map and instance building were a good part of a page's CPU, and a page never changes a receipt).

These plain-row statements run on the session's connection (`db.connection()`), in the session's
transaction, not through Session.execute: the ORM's execution layer (its compile state and result
processing, for rows that are no entities) cost about as much CPU as the rest of the statement,
150 against 180 us for a page's rows (measured on PostgreSQL)."""

_MATCHED_LINES = (select(ReceiptLine.receipt_id, ReceiptLine.product_name)
                  .where(ReceiptLine.receipt_id.in_(bindparam("ids", expanding=True)))
                  .order_by(ReceiptLine.receipt_id, ReceiptLine.position))


@dataclass(frozen=True)
class PageStatements:
    count: Select[int]
    count_capped: Select[int]
    page: Select[int, str, datetime, int, int, str, int, str, str]


@functools.cache
def _page_statements(date_from: bool, date_to: bool, store: bool, terms: int, after_cursor: bool) -> PageStatements:
    """A page's statements for one combination of filters, built once with bind parameters (there are
    few combinations): building them on every request cost more CPU than the database spent on them."""
    query = select(*_PAGE_COLUMNS).where(Receipt.member_id == bindparam("member_id"))
    if date_from:
        query = query.where(Receipt.purchased_at >= bindparam("date_from"))
    if date_to:
        query = query.where(Receipt.purchased_at < bindparam("date_to"))
    if store:
        query = query.where(Receipt.store_id == bindparam("store_id"))
    for index in range(terms):
        query = query.where(Receipt.search_text.like(bindparam(f"term_{index}"), escape="\\"))
    count = select(func.count()).select_from(query.with_only_columns(Receipt.id).subquery())
    count_capped = select(func.count()).select_from(
        query.with_only_columns(Receipt.id).limit(SEARCH_TOTAL_CAP + 1).subquery())
    if after_cursor:
        query = query.where(or_(Receipt.purchased_at < bindparam("moment"),
                                and_(Receipt.purchased_at == bindparam("moment"), Receipt.id < bindparam("ident"))))
    # Each receipt's store joined in by its primary key: only the stores on this page (a chain has a
    # thousand), in the page's own statement rather than a second one.
    page = (query.add_columns(Store.name.label("store_name"), Store.town.label("store_town"))
            .join(Store, Store.id == Receipt.store_id)
            .order_by(Receipt.purchased_at.desc(), Receipt.id.desc()).limit(bindparam("limit", type_=Integer)))
    return PageStatements(count, count_capped, page)


_LINE_COLUMNS = (ReceiptLine.position, ReceiptLine.product_name, ReceiptLine.ean, ReceiptLine.quantity_milli,
                 ReceiptLine.unit, ReceiptLine.unit_price_cents, ReceiptLine.discount_cents, ReceiptLine.total_cents,
                 ReceiptLine.vat_rate_bp, ReceiptLine.bonus_eligible)


# One receipt's statements, built once with bind parameters.
_DETAIL = (select(Receipt.id, Receipt.number, Receipt.purchased_at, Receipt.total_cents, Receipt.payment_method,
                  Receipt.payment_card_last4, Receipt.bonus_eligible_cents, Store.id.label("store_id"), Store.name,
                  Store.town, Store.seller_name, Store.business_id, Store.street, Store.postal_code)
           .join(Store, Store.id == Receipt.store_id)
           .where(Receipt.id == bindparam("receipt_id"), Receipt.member_id == bindparam("member_id")))
_DETAIL_LINES = select(*_LINE_COLUMNS).where(ReceiptLine.receipt_id == bindparam("receipt_id")) \
    .order_by(ReceiptLine.position)
_DETAIL_VAT = select(ReceiptVat.rate_bp, ReceiptVat.net_cents, ReceiptVat.vat_cents, ReceiptVat.gross_cents) \
    .where(ReceiptVat.receipt_id == bindparam("receipt_id")).order_by(ReceiptVat.rate_bp.desc())
_DETAIL_WARRANTY_IDS = select(WarrantyReceipt.id).where(WarrantyReceipt.receipt_id == bindparam("receipt_id")) \
    .order_by(WarrantyReceipt.id)


@router.get("/me/receipts/{receipt_id}", response_model=ReceiptDetail)
def receipt_detail(receipt_id: PathId, current: StrongDep, db: DbDep) -> ReceiptDetail:
    """The receipt and its store in one row, then its lines, VAT and warranty receipts: plain rows,
    four statements (the ORM's eager loading made five and built an entity of every line)."""
    rows = db.connection()
    receipt = rows.execute(_DETAIL, {"receipt_id": receipt_id, "member_id": current.member.id}).first()
    if receipt is None:
        raise not_found()
    lines = rows.execute(_DETAIL_LINES, {"receipt_id": receipt.id})
    vat = rows.execute(_DETAIL_VAT, {"receipt_id": receipt.id})
    warranty_ids = list(rows.scalars(_DETAIL_WARRANTY_IDS, {"receipt_id": receipt.id}))
    return ReceiptDetail(
        id=receipt.id, number=receipt.number, purchased_at=to_helsinki(receipt.purchased_at),
        store=StoreDetail(id=receipt.store_id, name=receipt.name, town=receipt.town, seller_name=receipt.seller_name,
                          business_id=receipt.business_id, street=receipt.street, postal_code=receipt.postal_code),
        lines=[ReceiptLineOut(position=ln.position, product_name=ln.product_name, ean=ln.ean,
                              quantity_milli=ln.quantity_milli, unit=ln.unit, unit_price_cents=ln.unit_price_cents,
                              discount_cents=ln.discount_cents, total_cents=ln.total_cents,
                              vat_rate_bp=ln.vat_rate_bp, bonus_eligible=ln.bonus_eligible)
               for ln in lines],
        vat=[VatLineOut(rate_bp=v.rate_bp, net_cents=v.net_cents, vat_cents=v.vat_cents, gross_cents=v.gross_cents)
             for v in vat],
        total_cents=receipt.total_cents, payment_method=receipt.payment_method,
        payment_card_last4=receipt.payment_card_last4, bonus_eligible_cents=receipt.bonus_eligible_cents,
        warranty_receipt_ids=warranty_ids,
    )


def _warranty_out(w: WarrantyReceipt) -> WarrantyReceiptOut:
    return WarrantyReceiptOut(
        id=w.id, receipt_id=w.receipt_id, receipt_number=w.receipt.number, product_name=w.product_name,
        serial_number=w.serial_number, ean=w.ean, purchased_on=to_helsinki(w.receipt.purchased_at).date(),
        store=_store_out(w.receipt.store), warranty_months=w.warranty_months,
        warranty_ends_on=w.warranty_ends_on, guarantor=w.guarantor)


def _warranty_query(member_id: int) -> Select[WarrantyReceipt]:
    return (select(WarrantyReceipt).where(WarrantyReceipt.member_id == member_id)
            .options(selectinload(WarrantyReceipt.receipt).selectinload(Receipt.store)))


@router.get("/me/warranty-receipts", response_model=WarrantyReceipts)
def warranty_receipts(current: StrongDep, db: DbDep) -> WarrantyReceipts:
    rows = db.scalars(_warranty_query(current.member.id)
                      .order_by(WarrantyReceipt.warranty_ends_on.desc(), WarrantyReceipt.id.desc()))
    return WarrantyReceipts(items=[_warranty_out(w) for w in rows])


@router.get("/me/warranty-receipts/{warranty_id}", response_model=WarrantyReceiptOut)
def warranty_receipt(warranty_id: PathId, current: StrongDep, db: DbDep) -> WarrantyReceiptOut:
    row = db.scalar(_warranty_query(current.member.id).where(WarrantyReceipt.id == warranty_id))
    if row is None:
        raise not_found()
    return _warranty_out(row)
