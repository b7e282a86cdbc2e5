"""Chain-wide rule tables that every installation needs, demo or production.

The rules live in effective-dated rows rather than in code (DESIGN.md §7), so a VAT
change or a new Bonus scale is a new row with a later valid_from, and receipts issued
under the old rules keep the numbers they were printed with.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from backend.models import BenefitRuleSet, BonusStep, EnrolmentRule, ProductCategory, VatRate

# (vat_category, rate_bp, valid_from): a later row of a category replaces the earlier one.
VAT_RATES: tuple[tuple[str, int, date], ...] = (
    ("general", 2400, date(2013, 1, 1)),
    ("general", 2550, date(2024, 9, 1)),
    ("food", 1400, date(2013, 1, 1)),
    ("food", 1350, date(2026, 1, 1)),
    ("reduced", 1000, date(2013, 1, 1)),
    ("exempt", 0, date(2000, 1, 1)),
)

# (code, vat_category, bonus_eligible, payment_benefit_eligible)
PRODUCT_CATEGORIES: tuple[tuple[str, str, bool, bool], ...] = (
    ("food", "food", True, True),
    ("household", "general", True, True),
    ("clothing", "general", True, True),
    ("electronics", "general", True, True),
    ("pharmacy", "general", True, True),
    ("alcohol", "general", True, False),
    ("tobacco", "general", False, False),
    ("brokered", "exempt", False, False),
    ("newspaper", "reduced", True, True),
)

BENEFIT_RULES_VALID_FROM = date(2015, 1, 1)
PAYMENT_BENEFIT_BP = 50
PAYOUT_DAY = 10
# (threshold_cents, percent_bp): the household's monthly purchases from the threshold up earn the percent.
BONUS_STEPS: tuple[tuple[int, int], ...] = (
    (5000, 100),
    (20000, 150),
    (30000, 200),
    (40000, 250),
    (50000, 300),
    (60000, 350),
    (70000, 400),
    (80000, 450),
    (90000, 500),
)

# (valid_from, years): from valid_from on, a person this old or older may have an own owner card.
ENROLMENT_RULES: tuple[tuple[date, int], ...] = (
    (date(2000, 1, 1), 15),
)


def _is_empty(db: Session, column: InstrumentedAttribute[Any]) -> bool:
    return db.scalar(select(column).limit(1)) is None


def seed_reference_data(db: Session) -> None:
    """Insert the rule tables into an empty database and commit.

    Each table is filled only when it is empty, so running this again (every
    `kiosk-backend migrate`, or after an operator added a later VAT row) never duplicates
    or overwrites rules already in force. It commits itself because it is the reference
    data step of `migrate`, where forgetting the commit would silently lose the rules.
    """
    with db.no_autoflush:  # an autoflush inside a check would raise a race's IntegrityError outside the try
        _add_missing(db)
    try:
        db.commit()
    except IntegrityError:
        # Another process seeded the same empty tables between our check and our commit
        # (two `migrate` runs at once); its rows are the same rules, so keep them.
        db.rollback()


def _add_missing(db: Session) -> None:
    if _is_empty(db, VatRate.id):
        db.add_all(
            VatRate(vat_category=category, rate_bp=rate_bp, valid_from=valid_from)
            for category, rate_bp, valid_from in VAT_RATES
        )
    if _is_empty(db, ProductCategory.code):
        db.add_all(
            ProductCategory(
                code=code,
                vat_category=vat_category,
                bonus_eligible=bonus_eligible,
                payment_benefit_eligible=payment_benefit_eligible,
            )
            for code, vat_category, bonus_eligible, payment_benefit_eligible in PRODUCT_CATEGORIES
        )
    if _is_empty(db, BenefitRuleSet.id):
        rule_set = BenefitRuleSet(
            valid_from=BENEFIT_RULES_VALID_FROM,
            payment_benefit_bp=PAYMENT_BENEFIT_BP,
            payout_day=PAYOUT_DAY,
        )
        rule_set.steps = [
            BonusStep(threshold_cents=threshold, percent_bp=percent) for threshold, percent in BONUS_STEPS
        ]
        db.add(rule_set)
    if _is_empty(db, EnrolmentRule.id):
        db.add_all(EnrolmentRule(valid_from=valid_from, min_own_card_age_years=years)
                   for valid_from, years in ENROLMENT_RULES)
