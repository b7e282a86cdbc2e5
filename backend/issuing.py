"""Issuing a receipt as the till does: lines, VAT by that day's rates, the eligible sums.

Money is integer cents throughout. The eligible sums (Bonus, payment-method benefit)
are fixed here, at issue time, because a receipt is a document: a later change to a
category's eligibility must not rewrite old Bonus months. The demo data issues every
receipt through this module; a till integration would too.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.models import ProductCategory
from backend.rules import VatTable, vat_breakdown
from backend.timeutil import add_months, purchase_month, to_helsinki


class Product(Protocol):
    """What a receipt line needs to know of a product."""

    @property
    def name(self) -> str: ...
    @property
    def category(self) -> str: ...  # a ProductCategory code
    @property
    def unit(self) -> str: ...  # pcs | kg
    @property
    def price_cents(self) -> int: ...  # per piece, or per kg when unit is kg
    @property
    def ean(self) -> str: ...


OWNER_CARD_PAYMENT = "owner_card_payment"
CARD_PAYMENT_METHODS = (OWNER_CARD_PAYMENT, "debit_card", "credit_card")


@dataclass(frozen=True)
class CategoryRule:
    vat_category: str
    bonus_eligible: bool
    payment_benefit_eligible: bool


def load_category_rules(db: Session) -> dict[str, CategoryRule]:
    return {
        row.code: CategoryRule(row.vat_category, row.bonus_eligible, row.payment_benefit_eligible)
        for row in db.scalars(select(ProductCategory))
    }


ProductT = TypeVar("ProductT", bound=Product, covariant=True)


@dataclass(frozen=True)
class BasketItem(Generic[ProductT]):
    """One line of a basket; generic so that a caller keeps its own product type (the demo's warranties)."""

    product: ProductT
    quantity_milli: int  # 1000 = one piece or one kg
    discount_cents: int = 0
    serial_number: str | None = None


@dataclass(frozen=True)
class ReceiptRows:
    """Rows for one receipt, ready for Core bulk inserts (keys are the column names)."""

    receipt: dict[str, Any]
    lines: list[dict[str, Any]]
    vat: list[dict[str, Any]]


def line_total_cents(quantity_milli: int, unit_price_cents: int, discount_cents: int) -> int:
    """Quantity × price rounded half up to the cent, less the discount: what the till prints."""
    return (quantity_milli * unit_price_cents + 500) // 1000 - discount_cents


def receipt_rows(
    *,
    receipt_id: int,
    number: str,
    member_id: int,
    household_id: int,
    store_id: int,
    purchased_at: datetime,
    items: Sequence[BasketItem[Product]],
    payment_method: str,
    payment_card_last4: str | None,
    categories: Mapping[str, CategoryRule],
    vat_table: VatTable,
) -> ReceiptRows:
    """Issue a receipt as the till would on that day, with that day's VAT rates.

    The eligible sums are fixed here, at issue time, because a receipt is a document:
    a later change to a category's eligibility must not rewrite old Bonus months.
    """
    if not items:
        raise ValueError("a receipt needs at least one line")
    day = to_helsinki(purchased_at).date()
    lines: list[dict[str, Any]] = []
    total = bonus_eligible = payment_eligible = 0
    for position, item in enumerate(items, start=1):
        product = item.product
        rule = categories[product.category]
        amount = line_total_cents(item.quantity_milli, product.price_cents, item.discount_cents)
        lines.append({
            "receipt_id": receipt_id,
            "position": position,
            "product_name": product.name,
            "ean": product.ean,
            "category": product.category,
            "quantity_milli": item.quantity_milli,
            "unit": product.unit,
            "unit_price_cents": product.price_cents,
            "discount_cents": item.discount_cents,
            "total_cents": amount,
            "vat_rate_bp": vat_table.rate_on(rule.vat_category, day),
            "bonus_eligible": rule.bonus_eligible,
        })
        total += amount
        if rule.bonus_eligible:
            bonus_eligible += amount
        if rule.payment_benefit_eligible:
            payment_eligible += amount
    vat = [
        {"receipt_id": receipt_id, "rate_bp": v.rate_bp, "net_cents": v.net_cents,
         "vat_cents": v.vat_cents, "gross_cents": v.gross_cents}
        for v in vat_breakdown((line["vat_rate_bp"], line["total_cents"]) for line in lines)
    ]
    names = " ".join(line["product_name"] for line in lines)
    receipt = {
        "id": receipt_id,
        "number": number,
        "member_id": member_id,
        "household_id": household_id,
        "store_id": store_id,
        "purchased_at": purchased_at,
        "purchase_month": purchase_month(purchased_at),
        "total_cents": total,
        "bonus_eligible_cents": bonus_eligible,
        "payment_benefit_eligible_cents": payment_eligible if payment_method == OWNER_CARD_PAYMENT else 0,
        "payment_method": payment_method,
        "payment_card_last4": payment_card_last4,
        "line_count": len(lines),
        "search_text": f"{number} {names}".casefold(),
    }
    return ReceiptRows(receipt, lines, vat)


def add_months_to_day(day: date, months: int) -> date:
    """Same day of month `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    month = add_months(day.replace(day=1), months)
    return month.replace(day=min(day.day, calendar.monthrange(month.year, month.month)[1]))


