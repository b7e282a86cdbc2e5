"""Benefits summary and Bonus months, checked against an independent recomputation from receipt lines."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.issuing import OWNER_CARD_PAYMENT
from backend.models import CashBenefit, Member, Receipt, ReceiptLine
from tests.backend.helpers import error_of, member_of

HELSINKI = ZoneInfo("Europe/Helsinki")

# DESIGN.md §7, written out here on purpose rather than read from the rule tables.
STEPS = [
    (50_00, 100),
    (200_00, 150),
    (300_00, 200),
    (400_00, 250),
    (500_00, 300),
    (600_00, 350),
    (700_00, 400),
    (800_00, 450),
    (900_00, 500),
]


def half_up(cents: int, basis_points: int) -> int:
    return int((Decimal(cents) * basis_points / 10000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_for(purchases: int) -> int:
    return max([bp for threshold, bp in STEPS if purchases >= threshold], default=0)


def month_bounds_utc(month: date) -> tuple[datetime, datetime]:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    start = datetime.combine(month, time.min, tzinfo=HELSINKI).astimezone(UTC)
    end = datetime.combine(following, time.min, tzinfo=HELSINKI).astimezone(UTC)
    return start, end


def eligible_from_lines(db: Session, household_id: int, month: date) -> int:
    """Bonus-eligible purchases of a household in a Helsinki month, summed from the receipt lines."""
    start, end = month_bounds_utc(month)
    members = select(Member.id).where(Member.household_id == household_id)
    totals = db.scalars(
        select(ReceiptLine.total_cents)
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(
            Receipt.member_id.in_(members),
            Receipt.purchased_at >= start,
            Receipt.purchased_at < end,
            ReceiptLine.bonus_eligible.is_(True),
        )
    )
    return sum(totals)


def payment_eligible_from_lines(db: Session, household_id: int, month: date) -> int:
    """Purchases paid with the owner card's payment option, less tobacco, alcohol and brokered goods."""
    start, end = month_bounds_utc(month)
    members = select(Member.id).where(Member.household_id == household_id)
    totals = db.scalars(
        select(ReceiptLine.total_cents)
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(
            Receipt.member_id.in_(members),
            Receipt.purchased_at >= start,
            Receipt.purchased_at < end,
            Receipt.payment_method == OWNER_CARD_PAYMENT,
            ReceiptLine.category.not_in(("tobacco", "alcohol", "brokered")),
        )
    )
    return sum(totals)


def cash_benefits(db: Session, household_id: int, month: date) -> int:
    return sum(
        db.scalars(
            select(CashBenefit.amount_cents).where(
                CashBenefit.household_id == household_id, CashBenefit.month == month
            )
        )
    )


def helsinki_month(now: datetime) -> date:
    return now.astimezone(HELSINKI).date().replace(day=1)


def month_key(month: date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def previous_month(month: date) -> date:
    return (month - timedelta(days=1)).replace(day=1)


def test_summary_equals_recomputation_from_receipt_lines(api, open_session, db, clock):
    household = member_of(db, "matti").household_id
    month = helsinki_month(clock.now)
    purchases = eligible_from_lines(db, household, month)

    response = api.get("/v1/me/benefits-summary", headers=open_session("matti", strong=False))

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["month"] == month_key(month)
    assert body["household_purchases_cents"] == purchases
    assert body["percent_bp"] == percent_for(purchases)
    assert body["bonus_cents"] == half_up(purchases, percent_for(purchases))
    assert body["payment_benefit_cents"] == half_up(payment_eligible_from_lines(db, household, month), 50)
    assert body["other_benefits_cents"] == cash_benefits(db, household, month)
    assert body["other_benefits_cents"] == sum(b["amount_cents"] for b in body["other_benefits"])


def test_virtanen_next_step_is_3_5_percent_with_what_it_would_add(api, open_session, db, clock):
    household = member_of(db, "matti").household_id
    purchases = eligible_from_lines(db, household, helsinki_month(clock.now))
    assert 500_00 <= purchases < 600_00, "the demo puts the Virtanens on the 3 % step this month"

    body = api.get("/v1/me/benefits-summary", headers=open_session("matti", strong=False)).json()

    assert body["percent_bp"] == 300
    assert body["next_step"] == {
        "threshold_cents": 600_00,
        "percent_bp": 350,
        "missing_cents": 600_00 - purchases,
        "adds_cents": half_up(600_00, 350) - half_up(purchases, 300),
    }


def test_household_members_see_the_same_household_totals(api, open_session):
    summaries = {
        key: api.get("/v1/me/benefits-summary", headers=open_session(key, strong=False)).json()
        for key in ("matti", "anna", "eetu", "sari", "jari")
    }
    assert summaries["matti"]["household_purchases_cents"] > 0
    # Each card's own paperless-receipts setting aside, the household's figures are one.
    mine = {key: summary.pop("paperless_receipts") for key, summary in summaries.items()}
    assert mine["matti"] is True and mine["anna"] is False
    assert summaries["anna"] == summaries["matti"]
    assert summaries["eetu"] == summaries["matti"]
    assert summaries["jari"] == summaries["sari"]
    assert summaries["sari"] != summaries["matti"]
    months = {
        key: api.get("/v1/me/bonus-months", headers=open_session(key)).json() for key in ("sari", "jari")
    }
    assert months["sari"] == months["jari"]


def test_a_single_household_sees_only_its_own_purchases(api, open_session, db, clock):
    elsa = member_of(db, "elsa")
    month = helsinki_month(clock.now)
    body = api.get("/v1/me/benefits-summary", headers=open_session("elsa", strong=False)).json()
    assert body["household_purchases_cents"] == eligible_from_lines(db, elsa.household_id, month)
    matti = api.get("/v1/me/benefits-summary", headers=open_session("matti", strong=False)).json()
    assert body["household_purchases_cents"] != matti["household_purchases_cents"]


@pytest.mark.parametrize("card_key", ["matti", "sari"])
def test_bonus_months_are_twelve_oldest_first_and_match_the_lines(api, open_session, db, clock, card_key):
    household = member_of(db, card_key).household_id
    response = api.get("/v1/me/bonus-months", headers=open_session(card_key))
    assert response.status_code == 200, response.text
    items = response.json()["items"]

    expected_months = [helsinki_month(clock.now)]
    while len(expected_months) < 12:
        expected_months.insert(0, previous_month(expected_months[0]))
    assert [i["month"] for i in items] == [month_key(m) for m in expected_months]
    for item, month in zip(items, expected_months, strict=True):
        purchases = eligible_from_lines(db, household, month)
        assert item["household_purchases_cents"] == purchases, item["month"]
        assert item["percent_bp"] == percent_for(purchases), item["month"]
        assert item["bonus_cents"] == half_up(purchases, percent_for(purchases)), item["month"]
        assert item["payment_benefit_cents"] == half_up(payment_eligible_from_lines(db, household, month), 50)
        assert item["other_benefits_cents"] == cash_benefits(db, household, month), item["month"]
        assert item["total_cents"] == (
            item["bonus_cents"] + item["payment_benefit_cents"] + item["other_benefits_cents"]
        )
        assert item["payout"]["amount_cents"] == item["total_cents"]
    assert items[-1]["payout"]["status"] == "accruing"
    assert all(i["payout"]["status"] == "paid" for i in items[:-2])
    today = clock.now.astimezone(HELSINKI).date()
    last_payout = date.fromisoformat(items[-2]["payout"]["date"])
    assert items[-2]["payout"]["status"] == ("scheduled" if today <= last_payout else "paid")


def test_bonus_months_accepts_up_to_five_years(api, open_session):
    headers = open_session("sari")
    items = api.get("/v1/me/bonus-months", params={"months": 60}, headers=headers).json()["items"]
    assert len(items) == 60
    assert items == sorted(items, key=lambda i: i["month"])
    assert api.get("/v1/me/bonus-months", params={"months": 1}, headers=headers).json()["items"] == items[-1:]


@pytest.mark.parametrize("months", ["0", "61", "-1", "twelve", "1.5"])
def test_bonus_months_out_of_range_is_a_field_error(api, open_session, months):
    response = api.get("/v1/me/bonus-months", params={"months": months}, headers=open_session("matti"))
    assert response.status_code == 422
    assert error_of(response) == "validation_failed"
    assert [f["field"] for f in response.json()["fields"]] == ["months"]


def test_payout_dates_fall_by_the_tenth_of_the_next_month_on_a_weekday(api, open_session):
    headers = open_session("sari")
    items = api.get("/v1/me/bonus-months", params={"months": 60}, headers=headers).json()["items"]
    summary = api.get("/v1/me/benefits-summary", headers=headers).json()
    for payout in [i["payout"] for i in items] + [summary["next_payout"]]:
        paid_on = date.fromisoformat(payout["date"])
        year, month = map(int, payout["month"].split("-"))
        following = date(year + month // 12, month % 12 + 1, 1)
        assert (paid_on.year, paid_on.month) == (following.year, following.month), payout
        assert paid_on.day <= 10, payout
        assert paid_on.weekday() < 5, payout


def test_next_payout_matches_that_months_bonus_record(api, open_session):
    headers = open_session("matti")
    summary = api.get("/v1/me/benefits-summary", headers=headers).json()
    months = {i["month"]: i for i in api.get("/v1/me/bonus-months", headers=headers).json()["items"]}
    payout = summary["next_payout"]
    assert payout == months[payout["month"]]["payout"]
    assert payout["status"] in ("scheduled", "accruing")


def test_payout_account_is_masked(api, open_session, db):
    owner = member_of(db, "matti")
    assert owner.bank_account
    for key in ("matti", "anna"):
        text = api.get("/v1/me/bonus-months", headers=open_session(key)).text
        assert owner.bank_account.replace(" ", "") not in text.replace(" ", "")
        assert (
            api.get("/v1/me/benefits-summary", headers=open_session(key))
            .json()["next_payout"]["account_masked"]
            .startswith(owner.bank_account[:2])
        )


def _helsinki_noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=HELSINKI).astimezone(UTC)


def test_next_payout_is_last_month_until_its_payout_day(api, open_session, clock):
    last_month = previous_month(helsinki_month(clock.now))
    clock.now = _helsinki_noon(last_month.replace(day=2))
    early = api.get("/v1/me/benefits-summary", headers=open_session("matti", strong=False)).json()
    assert early["month"] == month_key(last_month)
    assert early["next_payout"]["month"] == month_key(previous_month(last_month))
    assert early["next_payout"]["status"] == "scheduled"

    clock.now = _helsinki_noon(last_month.replace(day=25))
    late = api.get("/v1/me/benefits-summary", headers=open_session("matti", strong=False)).json()
    assert late["next_payout"]["month"] == month_key(last_month)
    assert late["next_payout"]["status"] == "accruing"
