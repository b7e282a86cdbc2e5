"""Benefits summary (allowed at `card` assurance) and Bonus months (`strong`)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session

from backend.api.communication import paperless_choice
from backend.api.deps import ClosingRoute, CurrentSession, DbDep, SessionDep, StrongDep
from backend.benefits import MonthBenefits, household_months, payee
from backend.rules import next_step
from backend.schemas import (
    BenefitsSummary,
    BonusMonth,
    BonusMonths,
    CashBenefitOut,
    NextStepOut,
    PayoutOut,
    PayoutStatus,
)
from backend.timeutil import add_months, helsinki_today, month_key, month_start
from backend.validation import mask_iban

router = APIRouter(prefix="/v1/me", tags=["benefits"], route_class=ClosingRoute)


def _payout(month: MonthBenefits, today: date, account: str | None) -> PayoutOut:
    status: PayoutStatus
    if today < add_months(month.month, 1):
        status = "accruing"
    elif today <= month.payout_date:
        status = "scheduled"
    else:
        status = "paid"
    return PayoutOut(month=month_key(month.month), date=month.payout_date, amount_cents=month.total_cents,
                     account_masked=mask_iban(account) if account else None, status=status)


def _cash(month: MonthBenefits) -> list[CashBenefitOut]:
    return [CashBenefitOut(kind=b.kind, title=b.title, amount_cents=b.amount_cents) for b in month.other_benefits]


def _payee_account(db: Session, current: CurrentSession) -> str | None:
    """The account household benefits are paid to: the owner's (read with the session when the owner asks)."""
    if current.member.role == "owner":
        return current.member.bank_account
    owner = payee(db, current.member.household_id)
    return owner.bank_account if owner else None


@router.get("/benefits-summary", response_model=BenefitsSummary)
def benefits_summary(current: SessionDep, db: DbDep) -> BenefitsSummary:
    today = helsinki_today(current.now)
    this_month = month_start(today)
    household_id = current.member.household_id
    previous, current_month = household_months(db, household_id, add_months(this_month, -1), this_month)
    account = _payee_account(db, current)
    # The next money to arrive: last month's benefits until their payout day, then this month's.
    upcoming = previous if today <= previous.payout_date else current_month
    step = next_step(current_month.rules, current_month.purchases_cents)
    return BenefitsSummary(
        month=month_key(this_month),
        household_purchases_cents=current_month.purchases_cents,
        percent_bp=current_month.percent_bp,
        bonus_cents=current_month.bonus_cents,
        payment_benefit_cents=current_month.payment_benefit_cents,
        other_benefits=_cash(current_month),
        other_benefits_cents=current_month.other_benefits_cents,
        next_step=NextStepOut(**step.__dict__) if step else None,
        next_payout=_payout(upcoming, today, account),
        paperless_receipts=paperless_choice(db, current.member.id)[0],
    )


@router.get("/bonus-months", response_model=BonusMonths)
def bonus_months(current: StrongDep, db: DbDep, months: int = Query(12, ge=1, le=60)) -> BonusMonths:
    today = helsinki_today(current.now)
    last = month_start(today)
    household_id = current.member.household_id
    account = _payee_account(db, current)
    items = [
        BonusMonth(month=month_key(m.month), household_purchases_cents=m.purchases_cents, percent_bp=m.percent_bp,
                   bonus_cents=m.bonus_cents, payment_benefit_cents=m.payment_benefit_cents, other_benefits=_cash(m),
                   other_benefits_cents=m.other_benefits_cents, total_cents=m.total_cents,
                   payout=_payout(m, today, account))
        for m in household_months(db, household_id, add_months(last, -(months - 1)), last)
    ]
    return BonusMonths(items=items)
