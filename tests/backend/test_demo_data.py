"""The demo data is what the kiosk is demonstrated, tested and benchmarked with, so its
promises (valid identifiers, receipts that add up, a household just short of a Bonus
step, a heavy buyer of realistic size) are checked here rather than trusted."""

from __future__ import annotations

import hashlib
import secrets
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from backend.db import UTCDateTime, make_engine
from backend.demo import (
    DEMO_CARDS,
    DEMO_KIOSK_2_ID,
    DEMO_KIOSK_2_SECRET,
    DEMO_KIOSK_ID,
    DEMO_KIOSK_SECRET,
    DEMO_PROSPECT,
    DEMO_STOCK_CARDS,
    RETIRED_KIOSK_ID,
    build_demo,
    demo_card_private_key,
    ean13_check_digit,
    public_key_der,
)
from backend.issuing import OWNER_CARD_PAYMENT, add_months_to_day, line_total_cents, load_category_rules
from backend.models import (
    Base,
    BenefitRuleSet,
    Card,
    CashBenefit,
    CommunicationChoice,
    CommunicationEvent,
    KioskTerminal,
    Member,
    Panel,
    PanelMembership,
    ProductCategory,
    Receipt,
    ReceiptLine,
    ReceiptVat,
    Store,
    Survey,
    VatRate,
    WarrantyReceipt,
)
from backend.reference_data import seed_reference_data
from backend.rules import load_rule_sets, load_vat_table, next_step, rules_for
from backend.security import card_signature_valid
from backend.timeutil import HELSINKI, purchase_month, to_helsinki
from backend.validation import (
    hetu_birth_date,
    luhn_valid,
    validate_business_id,
    validate_email,
    validate_iban,
    validate_phone,
    validate_postal_code,
)

NOW = datetime(2026, 3, 18, 12, 30, 15, tzinfo=UTC)


def _new_engine(url: str = "sqlite://") -> Engine:
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    return engine


def _build(now: datetime, seed: int = 2026, url: str = "sqlite://") -> Engine:
    engine = _new_engine(url)
    with Session(engine) as db:
        build_demo(db, now=now, seed=seed)
    return engine


@pytest.fixture(scope="module")
def demo_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = _build(NOW, url=f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    yield engine
    engine.dispose()


@pytest.fixture
def db(demo_engine: Engine) -> Iterator[Session]:
    with Session(demo_engine) as session:
        yield session


def _member(db: Session, card_key: str) -> Member:
    card = db.scalars(select(Card).where(Card.number == DEMO_CARDS[card_key].number)).one()
    assert card.member is not None
    return card.member


def _fingerprint(db: Session) -> dict[str, object]:
    return {
        "receipts": db.execute(
            select(Receipt.id, Receipt.number, Receipt.purchased_at, Receipt.total_cents,
                   Receipt.bonus_eligible_cents, Receipt.payment_method).order_by(Receipt.id)
        ).all(),
        "lines": db.execute(select(func.count(), func.sum(ReceiptLine.total_cents))).one(),
        "members": db.execute(
            select(Member.hetu, Member.bank_account, Member.joined_at).order_by(Member.id)
        ).all(),
        "cards": db.execute(select(Card.number, Card.public_key, Card.issued_at).order_by(Card.id)).all(),
        "warranties": db.execute(
            select(WarrantyReceipt.id, WarrantyReceipt.serial_number, WarrantyReceipt.warranty_ends_on)
        ).all(),
    }


def _timestamps_after(db: Session, now: datetime) -> list[str]:
    """Every stored moment must already have happened, except when an open survey closes."""
    late = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            scheduled = (table.name, column.name) == ("surveys", "closes_at")
            if scheduled or not isinstance(column.type, UTCDateTime):
                continue
            for (value,) in db.execute(select(column).where(column.is_not(None))):
                assert value.tzinfo is UTC
                if value > now:
                    late.append(f"{table.name}.{column.name}={value.isoformat()}")
    return late


def _household_month_eligible(db: Session, household_id: int, now: datetime) -> int:
    return db.scalar(
        select(func.coalesce(func.sum(Receipt.bonus_eligible_cents), 0)).where(
            Receipt.household_id == household_id, Receipt.purchase_month == purchase_month(now)
        )
    )


# --- build --------------------------------------------------------------------------------------


def test_build_is_deterministic(db: Session) -> None:
    again = _build(NOW)
    with Session(again) as other:
        assert _fingerprint(other) == _fingerprint(db)
    again.dispose()


def test_different_seed_gives_different_receipts(db: Session) -> None:
    other_engine = _build(NOW, seed=7)
    with Session(other_engine) as other:
        assert _fingerprint(other)["receipts"] != _fingerprint(db)["receipts"]
        # the planned facts hold whatever the seed
        assert 54_000 <= _household_month_eligible(other, _member(other, "matti").household_id, NOW) <= 59_000
    other_engine.dispose()


@pytest.mark.parametrize("now", [
    datetime(2026, 3, 1, 5, 0, tzinfo=HELSINKI),  # the 1st, before the stores open
    datetime(2026, 10, 31, 23, 59, 59, tzinfo=HELSINKI),  # last minute of a month, DST ended that week
    datetime(2025, 12, 31, 23, 30, tzinfo=HELSINKI),  # the evening before the food VAT change
])
def test_edge_moments_keep_the_promises(now: datetime) -> None:
    engine = _build(now)
    with Session(engine) as db:
        assert _timestamps_after(db, now.astimezone(UTC)) == []
        assert 54_000 <= _household_month_eligible(db, _member(db, "matti").household_id, now) <= 59_000
    engine.dispose()


def test_build_refuses_a_database_with_members(db: Session) -> None:
    with pytest.raises(ValueError, match="already has members"):
        build_demo(db, now=NOW)
    db.rollback()


def test_build_needs_an_aware_now() -> None:
    engine = _new_engine()
    with Session(engine) as db, pytest.raises(ValueError, match="aware"):
        build_demo(db, now=datetime(2026, 3, 18, 12, 0))
    engine.dispose()


def test_reference_data_is_seeded_once() -> None:
    engine = _new_engine()
    with Session(engine) as db:
        seed_reference_data(db)
        seed_reference_data(db)
        assert db.scalar(select(func.count()).select_from(VatRate)) == 6
        assert db.scalar(select(func.count()).select_from(ProductCategory)) == 9
        assert db.scalar(select(func.count()).select_from(BenefitRuleSet)) == 1
        rules = rules_for(load_rule_sets(db), date(2026, 3, 1))
        assert [(s.threshold_cents, s.percent_bp) for s in rules.steps][:2] == [(5000, 100), (20000, 150)]
        assert (rules.payment_benefit_bp, rules.payout_day) == (50, 10)
        vat = load_vat_table(db)
        assert vat.rate_on("general", date(2024, 8, 31)) == 2400
        assert vat.rate_on("general", date(2024, 9, 1)) == 2550
        assert vat.rate_on("food", date(2025, 12, 31)) == 1400
        assert vat.rate_on("food", date(2026, 1, 1)) == 1350
    engine.dispose()


# --- people, cards, terminals -------------------------------------------------------------------------


def test_card_numbers_pass_luhn_and_match_demo_cards(db: Session) -> None:
    cards = db.scalars(select(Card)).all()
    stock_numbers = {card.number for card in DEMO_STOCK_CARDS.values()}
    assert {card.number for card in cards} == {card.number for card in DEMO_CARDS.values()} | stock_numbers
    by_number = {card.number: card for card in cards}
    for demo in DEMO_CARDS.values():
        assert len(demo.number) == 16 and demo.number.startswith("6401") and luhn_valid(demo.number)
        stored = by_number[demo.number]
        assert (stored.kind, stored.status) == (demo.kind, demo.status)
        if demo.kind == "owner":
            assert stored.member_id is not None and stored.staff_member_id is None
        else:
            assert stored.member_id is None and stored.staff_member_id is not None


def test_stock_cards_wait_in_their_stores_with_the_demo_keys(db: Session) -> None:
    """The staff flows' blank cards: in stock, nobody's, at the store of their delivery (one at another store)."""
    stores = {store.id: store.code for store in db.scalars(select(Store))}
    for stock in DEMO_STOCK_CARDS.values():
        assert luhn_valid(stock.number) and stock.number.startswith("6401")
        card = db.scalars(select(Card).where(Card.number == stock.number)).one()
        assert (card.status, card.kind, card.member_id, card.staff_member_id, card.issued_at) == (
            "stock", "owner", None, None, None)
        assert card.store_id is not None and stores[card.store_id] == stock.store_code
        assert card.public_key == public_key_der(demo_card_private_key(stock.number))
    demo_kiosk = db.get(KioskTerminal, DEMO_KIOSK_ID)
    assert demo_kiosk is not None
    codes = [stock.store_code for stock in DEMO_STOCK_CARDS.values()]
    assert codes.count(stores[demo_kiosk.store_id or 0]) >= 3 and len(set(codes)) == 2


def test_the_prospect_is_nobody_yet_and_has_valid_details(db: Session) -> None:
    """The person the demo enrols: a valid identity code and mobile number, and not a member."""
    assert hetu_birth_date(DEMO_PROSPECT.identity_code).year == 2007
    assert validate_phone(DEMO_PROSPECT.phone) == DEMO_PROSPECT.phone
    assert db.scalar(select(Member).where((Member.hetu == DEMO_PROSPECT.identity_code)
                                          | (Member.phone == DEMO_PROSPECT.phone)
                                          | (Member.satu == DEMO_PROSPECT.satu))) is None


def test_demo_card_private_key_matches_stored_public_key(db: Session) -> None:
    for card in db.scalars(select(Card)):
        key = demo_card_private_key(card.number)
        assert public_key_der(key) == card.public_key
        challenge = secrets.token_bytes(32)
        signature = key.sign(challenge, ec.ECDSA(hashes.SHA256()))
        assert card_signature_valid(card.public_key, challenge, signature)
        assert not card_signature_valid(card.public_key, secrets.token_bytes(32), signature)


def test_people_have_valid_identifiers_and_contacts(db: Session) -> None:
    members = db.scalars(select(Member)).all()
    assert len({m.member_number for m in members}) == len(members)
    for member in members:
        hetu_birth_date(member.hetu)  # raises when invalid
        assert validate_postal_code(member.postal_code) == member.postal_code
        if member.phone is not None:
            assert validate_phone(member.phone) == member.phone
        if member.email is not None:
            assert validate_email(member.email) == member.email
        if member.bank_account is not None:
            iban = member.bank_account
            assert iban.startswith("FI") and len(iban) == 18
            assert validate_iban(iban) == iban  # stdnum's IBAN check and the account's Luhn digit
        if member.role == "family":
            assert member.bank_account is None
        assert member.joined_at <= member.household_joined_at <= member.updated_at
    eino = _member(db, "eino")
    assert (eino.phone, eino.email, hetu_birth_date(eino.hetu).year) == (None, None, 1941)
    assert _member(db, "elsa").language == "sv"
    assert _member(db, "james").language == "en"
    eetu = _member(db, "eetu")
    assert hetu_birth_date(eetu.hetu).year == 2009 and eetu.phone is not None
    assert _member(db, "james_closed").id == _member(db, "james").id


def test_households(db: Session) -> None:
    virtanen = _member(db, "matti").household
    assert [(m.first_name, m.role) for m in virtanen.members] == [
        ("Matti", "owner"), ("Anna", "family"), ("Eetu", "family")
    ]
    assert [m.role for m in _member(db, "sari").household.members] == ["owner", "family"]
    for key in ("elsa", "eino"):
        assert len(_member(db, key).household.members) == 1


def test_kiosks(db: Session) -> None:
    kiosks = {k.id: k for k in db.scalars(select(KioskTerminal))}
    for kiosk_id, secret in ((DEMO_KIOSK_ID, DEMO_KIOSK_SECRET), (DEMO_KIOSK_2_ID, DEMO_KIOSK_2_SECRET)):
        assert len(secret) >= 32
        assert kiosks[kiosk_id].secret_sha256 == hashlib.sha256(secret.encode()).hexdigest()
        assert kiosks[kiosk_id].active
    assert not kiosks[RETIRED_KIOSK_ID].active


def test_stores_have_valid_business_ids(db: Session) -> None:
    stores = db.scalars(select(Store)).all()
    assert len(stores) >= 8 and len({s.seller_name for s in stores}) >= 3
    for store in stores:
        assert validate_business_id(store.business_id) == store.business_id
        assert len(store.code) == 4 and store.code.isdigit()
        assert validate_postal_code(store.postal_code) == store.postal_code


# --- receipts -------------------------------------------------------------------------------------------


def test_lines_and_vat_add_up_to_receipt_totals(db: Session) -> None:
    lines_total: dict[int, int] = defaultdict(int)
    lines_count: dict[int, int] = defaultdict(int)
    for receipt_id, quantity, price, discount, total, ean in db.execute(
        select(ReceiptLine.receipt_id, ReceiptLine.quantity_milli, ReceiptLine.unit_price_cents,
               ReceiptLine.discount_cents, ReceiptLine.total_cents, ReceiptLine.ean)
    ):
        assert total == line_total_cents(quantity, price, discount) and total >= 0
        assert ean is not None and len(ean) == 13 and ean13_check_digit(ean[:12]) == ean[12]
        lines_total[receipt_id] += total
        lines_count[receipt_id] += 1
    vat_total: dict[int, int] = defaultdict(int)
    for receipt_id, net, vat, gross in db.execute(
        select(ReceiptVat.receipt_id, ReceiptVat.net_cents, ReceiptVat.vat_cents, ReceiptVat.gross_cents)
    ):
        assert net + vat == gross
        vat_total[receipt_id] += gross
    receipts = db.execute(select(Receipt.id, Receipt.total_cents, Receipt.line_count)).all()
    assert len(receipts) > 3000
    for receipt_id, total, line_count in receipts:
        assert lines_total[receipt_id] == total == vat_total[receipt_id]
        assert lines_count[receipt_id] == line_count


def test_eligible_sums_respect_categories(db: Session) -> None:
    rules = load_category_rules(db)
    bonus: dict[int, int] = defaultdict(int)
    payment: dict[int, int] = defaultdict(int)
    categories: dict[int, set[str]] = defaultdict(set)
    for receipt_id, category, total, line_bonus in db.execute(
        select(ReceiptLine.receipt_id, ReceiptLine.category, ReceiptLine.total_cents,
               ReceiptLine.bonus_eligible)
    ):
        assert line_bonus == rules[category].bonus_eligible
        bonus[receipt_id] += total if rules[category].bonus_eligible else 0
        payment[receipt_id] += total if rules[category].payment_benefit_eligible else 0
        categories[receipt_id].add(category)
    tobacco_only_by_owner_card = 0
    for receipt in db.execute(select(Receipt.id, Receipt.bonus_eligible_cents,
                                     Receipt.payment_benefit_eligible_cents, Receipt.payment_method)):
        assert receipt.bonus_eligible_cents == bonus[receipt.id]
        expected = payment[receipt.id] if receipt.payment_method == OWNER_CARD_PAYMENT else 0
        assert receipt.payment_benefit_eligible_cents == expected
        if categories[receipt.id] == {"tobacco"}:
            assert receipt.bonus_eligible_cents == 0 and receipt.payment_benefit_eligible_cents == 0
            tobacco_only_by_owner_card += receipt.payment_method == OWNER_CARD_PAYMENT
    assert tobacco_only_by_owner_card >= 1
    assert set().union(*categories.values()) >= {"alcohol", "tobacco", "brokered", "newspaper", "electronics"}


def test_receipts_use_the_vat_rate_of_their_day(db: Session) -> None:
    table = load_vat_table(db)
    rules = load_category_rules(db)
    seen = set()
    for category, rate, purchased_at in db.execute(
        select(ReceiptLine.category, ReceiptLine.vat_rate_bp, Receipt.purchased_at)
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
    ):
        assert rate == table.rate_on(rules[category].vat_category, to_helsinki(purchased_at).date())
        seen.add(rate)
    assert seen >= {2400, 2550, 1400, 1350, 1000, 0}


def test_receipt_fields(db: Session) -> None:
    numbers = set()
    for receipt in db.scalars(select(Receipt)):
        assert receipt.number not in numbers
        numbers.add(receipt.number)
        assert receipt.purchase_month == purchase_month(receipt.purchased_at)
        assert receipt.search_text == receipt.search_text.casefold()
        assert receipt.search_text.startswith(receipt.number.casefold() + " ")
        assert (receipt.payment_card_last4 is not None) == (
            receipt.payment_method in ("owner_card_payment", "debit_card", "credit_card")
        )
        local = to_helsinki(receipt.purchased_at)
        assert receipt.number.split("-")[1] == local.strftime("%Y%m%d")
        assert (8, 0) <= (local.hour, local.minute) <= (21, 30)


def test_heavy_buyer_volume(db: Session) -> None:
    sari = _member(db, "sari")
    count, lines, smallest, largest, first, last = db.execute(
        select(func.count(), func.sum(Receipt.line_count), func.min(Receipt.line_count),
               func.max(Receipt.line_count), func.min(Receipt.purchased_at), func.max(Receipt.purchased_at))
        .where(Receipt.member_id == sari.id)
    ).one()
    assert 2_300 <= count <= 2_700
    assert 35_000 <= lines <= 45_000
    assert smallest >= 1 and largest <= 60
    assert first >= NOW - timedelta(days=5 * 366) and first <= NOW - timedelta(days=5 * 365 - 30)
    assert purchase_month(last) == purchase_month(NOW)
    jari_count = db.scalar(select(func.count()).where(Receipt.member_id == _member(db, "jari").id))
    assert 150 <= jari_count <= 500


def test_no_timestamp_after_now(db: Session) -> None:
    assert _timestamps_after(db, NOW) == []


def test_virtanen_month_is_just_short_of_the_next_step(db: Session) -> None:
    matti = _member(db, "matti")
    purchases = _household_month_eligible(db, matti.household_id, NOW)
    assert 54_000 <= purchases <= 59_000
    step = next_step(rules_for(load_rule_sets(db), purchase_month(NOW)), purchases)
    assert step is not None and (step.threshold_cents, step.percent_bp) == (60_000, 350)
    members = db.scalars(
        select(Receipt.member_id).where(Receipt.household_id == matti.household_id).distinct()
    ).all()
    assert len(members) == 3  # everyone in the household has receipts of their own


def test_warranty_receipts(db: Session) -> None:
    today = to_helsinki(NOW).date()
    matti = _member(db, "matti")
    warranties = db.scalars(select(WarrantyReceipt).where(WarrantyReceipt.member_id == matti.id))
    ends = sorted(warranty.warranty_ends_on for warranty in warranties)
    assert len(ends) == 3
    assert ends[0] < today < ends[1] <= today + timedelta(days=30) < ends[2]
    assert db.scalar(select(func.count()).where(WarrantyReceipt.member_id == _member(db, "sari").id)) >= 4
    for warranty in db.scalars(select(WarrantyReceipt)):
        receipt = warranty.receipt
        assert receipt.member_id == warranty.member_id
        assert warranty.product_name in {line.product_name for line in receipt.lines}
        assert warranty.serial_number or warranty.ean
        assert warranty.warranty_months in (12, 24, 36) and warranty.guarantor
        bought = to_helsinki(receipt.purchased_at).date()
        assert warranty.warranty_ends_on == add_months_to_day(bought, warranty.warranty_months)


def test_add_months_to_day_clamps_to_month_end() -> None:
    assert add_months_to_day(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months_to_day(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months_to_day(date(2026, 3, 18), -24) == date(2024, 3, 18)


# --- benefits, panels, communication ----------------------------------------------------------------------


def test_cash_benefits(db: Session) -> None:
    rows = db.scalars(select(CashBenefit)).all()
    assert rows and {row.kind for row in rows} == {"fuel", "hotel", "partner"}
    current = purchase_month(NOW)
    for row in rows:
        assert set(row.title) == {"fi", "sv", "en"} and row.amount_cents > 0
        assert row.month.day == 1 and row.month <= current
    virtanen = _member(db, "matti").household_id
    assert any(row.household_id == virtanen and row.month == current for row in rows)


def test_panels_and_surveys(db: Session) -> None:
    panels = db.scalars(select(Panel)).all()
    assert len(panels) == 4
    statuses = set()
    for panel in panels:
        assert set(panel.title) == set(panel.description) == {"fi", "sv", "en"}
        assert 1 <= len(panel.surveys) <= 3
        for survey in panel.surveys:
            assert survey.opens_at <= NOW
            statuses.add("open" if survey.closes_at > NOW else "closed")
            assert survey.questions
            for question in survey.questions:
                assert sum(option.answer_count for option in question.options) == survey.respondents
    assert statuses == {"open", "closed"}
    memberships: dict[str, int] = {}
    for key in DEMO_CARDS:
        if DEMO_CARDS[key].kind == "owner" and DEMO_CARDS[key].status == "active":
            member = _member(db, key)
            memberships[key] = db.scalar(
                select(func.count()).where(PanelMembership.member_id == member.id)
            )
    assert memberships == {"matti": 2, "anna": 0, "eetu": 0, "elsa": 1, "eino": 0, "james": 0,
                           "sari": 1, "jari": 0}
    assert db.scalar(select(func.count()).select_from(Survey)) >= 6


def test_communication_history_explains_every_choice(db: Session) -> None:
    choices = db.scalars(select(CommunicationChoice)).all()
    assert len(choices) >= 7 * 5
    events: dict[tuple[int, int], list[CommunicationEvent]] = defaultdict(list)
    for event in db.scalars(select(CommunicationEvent).order_by(CommunicationEvent.at)):
        events[(event.member_id, event.topic_id)].append(event)
        assert event.source in ("web", "store", "import")
    assert any(choice.subscribed for choice in choices) and not all(choice.subscribed for choice in choices)
    for choice in choices:
        history = events[(choice.member_id, choice.topic_id)]
        assert history, "every choice has at least one recorded change"
        assert history[-1].subscribed == choice.subscribed
        assert history[-1].at == choice.changed_at
