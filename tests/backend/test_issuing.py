"""Receipt issuing (backend.issuing): what a till prints, to the cent, by the day's VAT rates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from backend.issuing import (
    OWNER_CARD_PAYMENT,
    BasketItem,
    CategoryRule,
    ReceiptRows,
    line_total_cents,
    receipt_rows,
)
from backend.rules import VatTable


@dataclass(frozen=True)
class _Product:
    name: str
    category: str
    unit: str
    price_cents: int
    ean: str = "6400000000000"


CATEGORIES = {
    "food": CategoryRule("food", bonus_eligible=True, payment_benefit_eligible=True),
    "tobacco": CategoryRule("general", bonus_eligible=False, payment_benefit_eligible=False),
    "hardware": CategoryRule("general", bonus_eligible=True, payment_benefit_eligible=True),
}
VAT = VatTable({"food": [(date(2020, 1, 1), 1400), (date(2026, 1, 1), 1350)],
                "general": [(date(2020, 1, 1), 2400), (date(2024, 9, 1), 2550)]})

MILK = _Product("Kevytmaito 1 l", "food", "pcs", 109)
APPLES = _Product("Omena", "food", "kg", 299)
SNUS = _Product("Savukkeet", "tobacco", "pcs", 1090)
DRILL = _Product("Porakone", "hardware", "pcs", 8990)


def issue(items: list[BasketItem], at: datetime, payment: str = OWNER_CARD_PAYMENT) -> ReceiptRows:
    return receipt_rows(receipt_id=1, number="R-1", member_id=1, household_id=1, store_id=1, purchased_at=at,
                        items=items, payment_method=payment, payment_card_last4="1234", categories=CATEGORIES,
                        vat_table=VAT)


def test_lines_are_priced_to_the_cent_half_up_less_discount() -> None:
    assert line_total_cents(1250, 299, 0) == 374  # 1.25 kg × 2.99 = 3.7375 → 3.74
    assert line_total_cents(1000, 109, 10) == 99
    issued = issue([BasketItem(APPLES, 1250), BasketItem(MILK, 2000, discount_cents=18)],
                   datetime(2026, 3, 2, 10, tzinfo=UTC))
    assert [line["total_cents"] for line in issued.lines] == [374, 200]
    assert issued.receipt["total_cents"] == 574


def test_vat_is_the_rate_of_the_purchase_day() -> None:
    before = issue([BasketItem(MILK, 1000)], datetime(2025, 12, 31, 12, tzinfo=UTC))
    after = issue([BasketItem(MILK, 1000)], datetime(2026, 1, 2, 12, tzinfo=UTC))
    assert before.lines[0]["vat_rate_bp"] == 1400
    assert after.lines[0]["vat_rate_bp"] == 1350


def test_the_vat_breakdown_adds_up_to_the_total() -> None:
    issued = issue([BasketItem(MILK, 3000), BasketItem(DRILL, 1000), BasketItem(SNUS, 1000)],
                   datetime(2026, 5, 5, 9, tzinfo=UTC))
    vat = issued.vat
    assert sorted(v["rate_bp"] for v in vat) == [1350, 2550]
    assert sum(v["gross_cents"] for v in vat) == issued.receipt["total_cents"]
    for v in vat:
        assert v["net_cents"] + v["vat_cents"] == v["gross_cents"]


def test_eligible_sums_leave_out_what_the_rules_exclude() -> None:
    items = [BasketItem(MILK, 1000), BasketItem(SNUS, 1000), BasketItem(DRILL, 1000)]
    receipt = issue(items, datetime(2026, 5, 5, 9, tzinfo=UTC)).receipt
    assert receipt["bonus_eligible_cents"] == 109 + 8990
    assert receipt["payment_benefit_eligible_cents"] == 109 + 8990
    # The payment-method benefit needs the owner card's payment option.
    paid_by_debit = issue(items, datetime(2026, 5, 5, 9, tzinfo=UTC), payment="debit_card").receipt
    assert paid_by_debit["payment_benefit_eligible_cents"] == 0
    assert paid_by_debit["bonus_eligible_cents"] == 109 + 8990


def test_a_receipt_needs_a_line() -> None:
    with pytest.raises(ValueError):
        issue([], datetime(2026, 5, 5, 9, tzinfo=UTC))
