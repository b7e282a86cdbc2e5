"""Household benefits per month, computed from receipts by the rules in force that month.

Kept out of the API module so the demo, the bench and the tests compute the very same
numbers the API serves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from backend.models import CashBenefit, Member, Receipt
from backend.rules import RuleSet, bonus_percent, load_rule_sets, payout_date, percent_of, rules_for
from backend.timeutil import add_months


@dataclass(frozen=True)
class MonthBenefits:
    month: date
    rules: RuleSet
    purchases_cents: int
    percent_bp: int
    bonus_cents: int
    payment_benefit_cents: int
    other_benefits: list[CashBenefit]

    @property
    def other_benefits_cents(self) -> int:
        return sum(b.amount_cents for b in self.other_benefits)

    @property
    def total_cents(self) -> int:
        return self.bonus_cents + self.payment_benefit_cents + self.other_benefits_cents

    @property
    def payout_date(self) -> date:
        return payout_date(self.rules, self.month)


# Built once with bind parameters: building them on each request cost more CPU than running them.
_MONTH_SUMS = (select(Receipt.purchase_month, func.sum(Receipt.bonus_eligible_cents).label("eligible"),
                      func.sum(Receipt.payment_benefit_eligible_cents).label("payment"))
               .where(Receipt.household_id == bindparam("household_id"),
                      Receipt.purchase_month >= bindparam("first"), Receipt.purchase_month <= bindparam("last"))
               .group_by(Receipt.purchase_month))
_CASH_BENEFITS = (select(CashBenefit)
                  .where(CashBenefit.household_id == bindparam("household_id"),
                         CashBenefit.month >= bindparam("first"), CashBenefit.month <= bindparam("last"))
                  .order_by(CashBenefit.id))


def household_months(db: Session, household_id: int, first: date, last: date) -> list[MonthBenefits]:
    """Benefits for every month from first to last (month starts), oldest first, empty months included."""
    span = {"household_id": household_id, "first": first, "last": last}
    # Plain rows, on the session's connection (see backend.api.receipts._PAGE_COLUMNS)
    rows = db.connection().execute(_MONTH_SUMS, span)
    sums = {row.purchase_month: (int(row.eligible), int(row.payment)) for row in rows}
    cash: dict[date, list[CashBenefit]] = {}
    for benefit in db.scalars(_CASH_BENEFITS, span):
        cash.setdefault(benefit.month, []).append(benefit)
    rule_sets = load_rule_sets(db)
    months = []
    month = first
    while month <= last:
        rules = rules_for(rule_sets, month)
        eligible, payment = sums.get(month, (0, 0))
        percent = bonus_percent(rules, eligible)
        months.append(MonthBenefits(month, rules, eligible, percent, percent_of(eligible, percent),
                                    percent_of(payment, rules.payment_benefit_bp), cash.get(month, [])))
        month = add_months(month, 1)
    return months


def payee(db: Session, household_id: int) -> Member | None:
    """Household benefits are paid to the owner's account."""
    return db.scalar(select(Member).where(Member.household_id == household_id, Member.role == "owner"))
