"""Domain rules: Bonus, payment-method benefit, VAT and payout dates.

The numbers live in effective-dated tables (BenefitRuleSet, BonusStep, VatRate,
ProductCategory); the functions here are pure so the same arithmetic serves the API,
the demo data and the tests. All money is integer cents and rounding is half up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.models import BenefitRuleSet, BonusStep, VatRate
from backend.timeutil import add_months


def percent_of(amount_cents: int, basis_points: int) -> int:
    """amount × bp / 10 000, rounded half up, in integers (no floats near money)."""
    return (amount_cents * basis_points + 5000) // 10000


@dataclass(frozen=True)
class Step:
    threshold_cents: int
    percent_bp: int


@dataclass(frozen=True)
class RuleSet:
    valid_from: date
    steps: tuple[Step, ...]  # ascending thresholds
    payment_benefit_bp: int
    payout_day: int


@dataclass(frozen=True)
class NextStep:
    threshold_cents: int
    percent_bp: int
    missing_cents: int
    adds_cents: int  # extra Bonus for the month if the household reaches the step


def bonus_percent(rules: RuleSet, purchases_cents: int) -> int:
    percent = 0
    for step in rules.steps:
        if purchases_cents >= step.threshold_cents:
            percent = step.percent_bp
    return percent


def next_step(rules: RuleSet, purchases_cents: int) -> NextStep | None:
    """The next Bonus step and what reaching it exactly would add to this month's Bonus."""
    for step in rules.steps:
        if purchases_cents < step.threshold_cents:
            missing = step.threshold_cents - purchases_cents
            now = percent_of(purchases_cents, bonus_percent(rules, purchases_cents))
            then = percent_of(step.threshold_cents, step.percent_bp)
            return NextStep(step.threshold_cents, step.percent_bp, missing, then - now)
    return None


def payout_date(rules: RuleSet, month: date) -> date:
    """Benefits of a month are paid by the payout day of the next month; a weekend moves it earlier."""
    day = add_months(month, 1).replace(day=rules.payout_day)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def rules_for(rule_sets: Sequence[RuleSet], month: date) -> RuleSet:
    """The rule set in force for a month; rule_sets ascending by valid_from."""
    chosen = None
    for rules in rule_sets:
        if rules.valid_from <= month:
            chosen = rules
    if chosen is None:
        raise LookupError(f"no benefit rules in force for {month}")
    return chosen


_RULE_SETS = (select(BenefitRuleSet.id, BenefitRuleSet.valid_from, BenefitRuleSet.payment_benefit_bp,
                     BenefitRuleSet.payout_day, BonusStep.threshold_cents, BonusStep.percent_bp)
              .outerjoin(BonusStep, BonusStep.rule_set_id == BenefitRuleSet.id)
              .order_by(BenefitRuleSet.valid_from, BonusStep.threshold_cents, BonusStep.id))


def load_rule_sets(db: Session) -> list[RuleSet]:
    """Every rule set with its steps, ascending: one statement of plain rows (each rule set's
    columns beside each of its steps), not rule-set entities and a second query for their steps."""
    rows = db.connection().execute(_RULE_SETS)  # plain rows on the connection (backend.api.receipts._PAGE_COLUMNS)
    steps: dict[int, list[Step]] = {}
    heads: dict[int, tuple[date, int, int]] = {}
    for row in rows:
        heads.setdefault(row.id, (row.valid_from, row.payment_benefit_bp, row.payout_day))
        found = steps.setdefault(row.id, [])
        if row.threshold_cents is not None:
            found.append(Step(row.threshold_cents, row.percent_bp))
    return [RuleSet(valid_from=valid_from, steps=tuple(steps[ident]), payment_benefit_bp=benefit_bp,
                    payout_day=payout_day)
            for ident, (valid_from, benefit_bp, payout_day) in heads.items()]


# --- VAT -------------------------------------------------------------------------

@dataclass(frozen=True)
class VatTable:
    """rates[vat_category] = [(valid_from, rate_bp), ...] ascending."""

    rates: dict[str, list[tuple[date, int]]]

    def rate_on(self, vat_category: str, day: date) -> int:
        chosen = None
        for valid_from, rate in self.rates[vat_category]:
            if valid_from <= day:
                chosen = rate
        if chosen is None:
            raise LookupError(f"no VAT rate for {vat_category} on {day}")
        return chosen


def load_vat_table(db: Session) -> VatTable:
    rates: dict[str, list[tuple[date, int]]] = {}
    for row in db.scalars(select(VatRate).order_by(VatRate.valid_from)):
        rates.setdefault(row.vat_category, []).append((row.valid_from, row.rate_bp))
    return VatTable(rates)


@dataclass(frozen=True)
class VatLine:
    rate_bp: int
    net_cents: int
    vat_cents: int
    gross_cents: int


def vat_breakdown(lines: Iterable[tuple[int, int]]) -> list[VatLine]:
    """VAT per rate from (rate_bp, gross_cents) pairs; VAT is included in gross prices.

    VAT is computed once per rate on the summed gross, as tills do, so the
    breakdown adds up to the receipt total exactly.
    """
    gross_by_rate: dict[int, int] = {}
    for rate_bp, gross in lines:
        gross_by_rate[rate_bp] = gross_by_rate.get(rate_bp, 0) + gross
    result = []
    for rate_bp in sorted(gross_by_rate, reverse=True):
        gross = gross_by_rate[rate_bp]
        vat = (gross * rate_bp * 2 + (10000 + rate_bp)) // (2 * (10000 + rate_bp))  # half up
        result.append(VatLine(rate_bp, gross - vat, vat, gross))
    return result
