"""The Bonus and VAT arithmetic members see on their statements."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from backend.models import BenefitRuleSet, BonusStep
from backend.rules import (
    RuleSet,
    Step,
    VatTable,
    bonus_percent,
    load_rule_sets,
    next_step,
    payout_date,
    percent_of,
    rules_for,
    vat_breakdown,
)

STEPS = tuple(Step(euros * 100, bp) for euros, bp in
              [(50, 100), (200, 150), (300, 200), (400, 250), (500, 300), (600, 350), (700, 400), (800, 450),
               (900, 500)])
RULES = RuleSet(date(2015, 1, 1), STEPS, payment_benefit_bp=50, payout_day=10)


@pytest.mark.parametrize(("purchases", "percent"), [
    (0, 0), (4999, 0), (5000, 100), (19999, 100), (20000, 150), (55800, 300), (60000, 350), (89999, 450),
    (90000, 500), (500000, 500),
])
def test_bonus_step_applies_from_its_threshold(purchases: int, percent: int) -> None:
    assert bonus_percent(RULES, purchases) == percent


def test_next_step_says_how_much_more_and_what_it_adds() -> None:
    step = next_step(RULES, 55800)  # 558 € this month: 3 %
    assert step is not None
    assert (step.threshold_cents, step.percent_bp, step.missing_cents) == (60000, 350, 4200)
    # at 600 € and 3.5 % the month pays 21.00 €, at 558 € and 3 % it pays 16.74 €
    assert step.adds_cents == 2100 - 1674


def test_no_next_step_at_the_top() -> None:
    assert next_step(RULES, 90000) is None


def test_rounding_is_half_up_in_cents() -> None:
    assert percent_of(150, 50) == 1  # 0.75 c -> 1 c
    assert percent_of(100, 50) == 1  # 0.5 c -> 1 c
    assert percent_of(99, 50) == 0  # 0.495 c -> 0 c


@pytest.mark.parametrize(("month", "expected"), [
    (date(2026, 10, 1), date(2026, 11, 10)),  # Tuesday
    (date(2026, 9, 1), date(2026, 10, 9)),  # the 10th is a Saturday: paid on Friday
    (date(2026, 4, 1), date(2026, 5, 8)),  # the 10th is a Sunday
])
def test_payout_is_by_the_tenth_and_never_on_a_weekend(month: date, expected: date) -> None:
    assert payout_date(RULES, month) == expected


def test_rules_are_chosen_by_month() -> None:
    later = RuleSet(date(2027, 1, 1), STEPS[:1], payment_benefit_bp=100, payout_day=10)
    assert rules_for([RULES, later], date(2026, 12, 1)) is RULES
    assert rules_for([RULES, later], date(2027, 1, 1)) is later
    with pytest.raises(LookupError):
        rules_for([RULES], date(2014, 12, 1))


def test_vat_rates_are_effective_dated() -> None:
    table = VatTable({"general": [(date(2013, 1, 1), 2400), (date(2024, 9, 1), 2550)],
                      "food": [(date(2013, 1, 1), 1400), (date(2026, 1, 1), 1350)]})
    assert table.rate_on("general", date(2024, 8, 31)) == 2400
    assert table.rate_on("general", date(2024, 9, 1)) == 2550
    assert table.rate_on("food", date(2025, 12, 31)) == 1400
    assert table.rate_on("food", date(2026, 1, 1)) == 1350


def test_vat_breakdown_of_a_known_receipt() -> None:
    lines = vat_breakdown([(2550, 1255), (1350, 254), (1350, 1000)])
    assert [(v.rate_bp, v.net_cents, v.vat_cents, v.gross_cents) for v in lines] == [
        (2550, 1000, 255, 1255), (1350, 1105, 149, 1254)]


@given(st.lists(st.tuples(st.sampled_from([2550, 2400, 1400, 1350, 1000, 0]), st.integers(0, 10**6)),
                max_size=60))
def test_vat_breakdown_always_adds_up_to_the_total(lines: list[tuple[int, int]]) -> None:
    breakdown = vat_breakdown(lines)
    assert sum(v.gross_cents for v in breakdown) == sum(g for _, g in lines)
    for v in breakdown:
        assert v.net_cents + v.vat_cents == v.gross_cents
        assert abs(v.vat_cents * (10000 + v.rate_bp) - v.gross_cents * v.rate_bp) <= (10000 + v.rate_bp)


def test_rule_sets_load_in_order_with_their_steps_ascending(db: Session) -> None:
    """One statement of rule sets beside their steps: a later set with steps out of order, and one with none."""
    db.add(BenefitRuleSet(valid_from=date(2090, 1, 1), payment_benefit_bp=70, payout_day=12,
                          steps=[BonusStep(threshold_cents=30000, percent_bp=300),
                                 BonusStep(threshold_cents=10000, percent_bp=100)]))
    db.add(BenefitRuleSet(valid_from=date(2091, 1, 1), payment_benefit_bp=80, payout_day=9, steps=[]))
    db.commit()
    rule_sets = load_rule_sets(db)
    assert [r.valid_from for r in rule_sets] == sorted(r.valid_from for r in rule_sets)
    assert rule_sets[0].steps == STEPS  # the demo's own, as RULES above
    assert rule_sets[-2:] == [
        RuleSet(date(2090, 1, 1), (Step(10000, 100), Step(30000, 300)), payment_benefit_bp=70, payout_day=12),
        RuleSet(date(2091, 1, 1), (), payment_benefit_bp=80, payout_day=9)]
