"""Electronic and warranty receipts: order, pages, search, filters, detail and isolation."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backend.models import Receipt, ReceiptLine, Store, WarrantyReceipt
from tests.backend.helpers import error_of, member_of

HELSINKI = ZoneInfo("Europe/Helsinki")


def all_pages(api, headers, **params) -> list[dict]:
    items: list[dict] = []
    cursor = None
    for _ in range(200):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = api.get("/v1/me/receipts", params=query, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("paging did not end")


def receipt_ids(db: Session, member_id: int, *conditions) -> set[int]:
    return set(db.scalars(select(Receipt.id).where(Receipt.member_id == member_id, *conditions)))


def test_receipts_are_newest_first(api, open_session):
    items = api.get("/v1/me/receipts", params={"limit": 50}, headers=open_session("matti")).json()["items"]
    assert len(items) > 1
    moments = [datetime.fromisoformat(i["purchased_at"]) for i in items]
    assert moments == sorted(moments, reverse=True)
    assert all(m.utcoffset() in (timedelta(hours=2), timedelta(hours=3)) for m in moments)  # Helsinki time


def test_walking_all_pages_of_the_heavy_buyer_returns_each_receipt_once(api, open_session, db):
    sari = member_of(db, "sari")
    items = all_pages(api, open_session("sari"), limit=100)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    assert set(ids) == receipt_ids(db, sari.id)
    assert len(ids) >= 2000
    moments = [datetime.fromisoformat(i["purchased_at"]) for i in items]
    assert moments == sorted(moments, reverse=True)


def test_default_page_is_twenty_with_a_cursor(api, open_session):
    page = api.get("/v1/me/receipts", headers=open_session("sari")).json()
    assert len(page["items"]) == 20
    assert page["next_cursor"]


@pytest.mark.parametrize("limit", ["101", "0", "-5", "many"])
def test_page_size_out_of_range_is_a_field_error(api, open_session, limit):
    response = api.get("/v1/me/receipts", params={"limit": limit}, headers=open_session("matti"))
    assert response.status_code == 422
    assert [f["field"] for f in response.json()["fields"]] == ["limit"]


def _b64(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "x",
        "é",
        _b64("no separator"),
        _b64("2025-01-01T00:00:00|abc"),
        _b64("2025-01-01T00:00:00|5"),
        _b64("yesterday|5"),
        _b64("a|b|c"),
        _b64("0001-01-01T00:00:00+01:00|5"),  # before the start of time in UTC
        _b64("2025-01-01T00:00:00+00:00|99999999999999999999999"),  # id wider than any database integer
    ],
)
def test_bad_cursor_is_a_field_error(api, open_session, cursor):
    response = api.get("/v1/me/receipts", params={"cursor": cursor}, headers=open_session("matti"))
    assert response.status_code == 422, response.text
    assert [f["field"] for f in response.json()["fields"]] == ["cursor"]


def test_anna_never_sees_a_receipt_of_matti(api, open_session, db):
    anna, matti = member_of(db, "anna"), member_of(db, "matti")
    assert anna.household_id == matti.household_id
    items = all_pages(api, open_session("anna"), limit=100)
    ids = {i["id"] for i in items}
    assert ids == receipt_ids(db, anna.id)
    assert not ids & receipt_ids(db, matti.id)
    owners = set(db.scalars(select(Receipt.member_id).where(Receipt.id.in_(ids))))
    assert owners == {anna.id}


def test_another_members_receipt_is_indistinguishable_from_a_missing_one(api, open_session, db):
    matti_receipt = db.scalar(
        select(Receipt.id).where(Receipt.member_id == member_of(db, "matti").id).limit(1)
    )
    missing = (db.scalar(select(func.max(Receipt.id))) or 0) + 1000
    headers = open_session("anna")
    theirs = api.get(f"/v1/me/receipts/{matti_receipt}", headers=headers)
    nowhere = api.get(f"/v1/me/receipts/{missing}", headers=headers)
    assert theirs.status_code == nowhere.status_code == 404
    assert theirs.json() == nowhere.json()
    assert error_of(theirs) == "not_found"
    assert api.get(f"/v1/me/receipts/{matti_receipt}", headers=open_session("matti")).status_code == 200


def test_another_members_warranty_receipt_is_not_found(api, open_session, db):
    theirs = db.scalar(
        select(WarrantyReceipt.id).where(WarrantyReceipt.member_id == member_of(db, "matti").id)
    )
    assert theirs is not None
    headers = open_session("anna")
    response = api.get(f"/v1/me/warranty-receipts/{theirs}", headers=headers)
    missing = api.get("/v1/me/warranty-receipts/987654", headers=headers)
    assert response.status_code == missing.status_code == 404
    assert response.json() == missing.json()
    assert theirs not in {
        w["id"] for w in api.get("/v1/me/warranty-receipts", headers=headers).json()["items"]
    }


@pytest.mark.parametrize("path", ["/v1/me/receipts/{}", "/v1/me/warranty-receipts/{}"])
@pytest.mark.parametrize("ident", ["0", "-1", "99999999999999999999999", "abc"])
def test_odd_ids_are_not_found_or_invalid_never_a_server_error(api, open_session, path, ident):
    response = api.get(path.format(ident), headers=open_session("matti"))
    assert response.status_code in (404, 422), response.text
    error_of(response)


def test_search_by_product_name_ignores_case(api, open_session, db):
    matti = member_of(db, "matti")
    lines = db.execute(
        select(ReceiptLine.receipt_id, ReceiptLine.product_name)
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.member_id == matti.id)
    ).all()
    word = next(
        w for _, name in lines for w in name.split() if len(w) >= 4 and w[0].isupper() and w.isalpha()
    )
    expected = {rid for rid, name in lines if word.casefold() in name.casefold()}
    headers = open_session("matti")
    for query in (word.lower(), word.upper(), word):
        found = {i["id"] for i in all_pages(api, headers, q=query, limit=100)}
        assert found == expected, query


def test_a_search_names_the_lines_that_matched_under_each_receipt(api, open_session, db):
    """What a member who searched "päärynä" reads under each receipt: the product that matched."""
    sari = member_of(db, "sari")
    lines = db.execute(
        select(ReceiptLine.receipt_id, ReceiptLine.product_name)
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.member_id == sari.id)
        .order_by(ReceiptLine.receipt_id, ReceiptLine.position)
    ).all()
    items = all_pages(api, open_session("sari"), q="PÄÄRYNÄ", limit=100)
    assert items
    for item in items:
        names = [name for rid, name in lines if rid == item["id"] and "päärynä" in name.casefold()]
        assert item["matched_lines"] == list(dict.fromkeys(names))[:3], item["number"]
        assert item["matched_lines"]
    # two words: a line holding either is named; without a search, none is
    word = items[0]["matched_lines"][0].split()[0]
    both = api.get("/v1/me/receipts", params={"q": f"{word} {items[0]['number']}"},
                   headers=open_session("sari")).json()["items"]
    assert [i["id"] for i in both] == [items[0]["id"]] and word in both[0]["matched_lines"][0]
    plain = api.get("/v1/me/receipts", params={"limit": 5}, headers=open_session("sari")).json()["items"]
    assert all(i["matched_lines"] == [] for i in plain)


def test_a_common_word_is_counted_as_over_100_and_a_rare_one_exactly(api, open_session):
    """The heavy buyer's "maito" matches over a thousand receipts: the count stops at 100 and
    says so (counting them all scanned her every receipt on each search); every match is
    still listed, page by page. A narrower search is counted exactly."""
    headers = open_session("sari")
    everything = all_pages(api, headers, q="maito", limit=100)
    assert len(everything) > 100
    first = api.get("/v1/me/receipts", params={"q": "maito"}, headers=headers).json()
    assert (first["total"], first["total_capped"]) == (100, True)
    number = everything[0]["number"]
    narrow = api.get("/v1/me/receipts", params={"q": f"maito {number}"}, headers=headers).json()
    assert (narrow["total"], narrow["total_capped"]) == (1, False)
    plain = api.get("/v1/me/receipts", params={"limit": 5}, headers=headers).json()
    assert plain["total"] > 2000 and plain["total_capped"] is False  # without words, the count is exact


def test_search_by_receipt_number(api, open_session, db):
    matti = member_of(db, "matti")
    receipt = db.scalar(select(Receipt).where(Receipt.member_id == matti.id).order_by(Receipt.id).limit(1))
    items = api.get("/v1/me/receipts", params={"q": receipt.number}, headers=open_session("matti")).json()[
        "items"
    ]
    assert [i["id"] for i in items] == [receipt.id]
    assert items[0]["number"] == receipt.number
    assert items[0]["matched_lines"] == []  # found by its number: no product matched


def test_search_words_must_all_match(api, open_session, db):
    matti = member_of(db, "matti")
    receipt = db.scalar(select(Receipt).where(Receipt.member_id == matti.id).order_by(Receipt.id).limit(1))
    word = receipt.lines[0].product_name.split()[0]
    headers = open_session("matti")
    both = api.get("/v1/me/receipts", params={"q": f"{word} {receipt.number}"}, headers=headers).json()[
        "items"
    ]
    assert [i["id"] for i in both] == [receipt.id]
    none = api.get("/v1/me/receipts", params={"q": f"{receipt.number} zzqxjv"}, headers=headers).json()[
        "items"
    ]
    assert none == []


@pytest.mark.parametrize("wildcard", ["%", "_", "%%", "a_b", "\\"])
def test_like_wildcards_in_search_are_literal(api, open_session, db, wildcard):
    sari = member_of(db, "sari")
    texts = db.execute(select(Receipt.id, Receipt.search_text).where(Receipt.member_id == sari.id)).all()
    expected = {rid for rid, text in texts if wildcard.casefold() in text}
    found = {i["id"] for i in all_pages(api, open_session("sari"), q=wildcard, limit=100)}
    assert found == expected
    assert len(found) < len(texts)


@pytest.mark.parametrize("q", ["a b c d e f g h i", "x" * 101])
def test_too_many_search_words_or_too_long_a_query_is_a_field_error(api, open_session, q):
    response = api.get("/v1/me/receipts", params={"q": q}, headers=open_session("matti"))
    assert response.status_code == 422
    assert [f["field"] for f in response.json()["fields"]] == ["q"]


def test_search_with_finnish_letters_ignores_case(api, open_session, db):
    sari = member_of(db, "sari")
    texts = db.execute(select(Receipt.id, Receipt.search_text).where(Receipt.member_id == sari.id)).all()
    expected = {rid for rid, text in texts if "päärynä" in text}
    assert expected
    found = {i["id"] for i in all_pages(api, open_session("sari"), q="PÄÄRYNÄ", limit=100)}
    assert found == expected


def _helsinki_day(moment: datetime) -> date:
    return moment.astimezone(HELSINKI).date()


def test_date_range_is_inclusive_in_helsinki_days(api, open_session, db):
    sari = member_of(db, "sari")
    moments = dict(
        db.execute(select(Receipt.id, Receipt.purchased_at).where(Receipt.member_id == sari.id)).all()
    )
    # A day with purchases, and the day two days later: both ends must be included.
    days = sorted({_helsinki_day(m) for m in moments.values()})
    first = days[len(days) // 2]
    last = first + timedelta(days=2)
    expected = {rid for rid, m in moments.items() if first <= _helsinki_day(m) <= last}
    assert any(_helsinki_day(moments[r]) == first for r in expected)
    found = all_pages(
        api, open_session("sari"), date_from=first.isoformat(), date_to=last.isoformat(), limit=100
    )
    assert {i["id"] for i in found} == expected


def add_receipt(engine, member, at: datetime, number: str, name: str = "Yömyymälän kahvi") -> int:
    """A one-line receipt as a till would send it in (a 24-hour store, say)."""
    with Session(engine) as writer:
        store_id = writer.scalar(select(Store.id).order_by(Store.id).limit(1))
        receipt = Receipt(
            number=number,
            member_id=member.id,
            household_id=member.household_id,
            store_id=store_id,
            purchased_at=at,
            purchase_month=at.astimezone(HELSINKI).date().replace(day=1),
            total_cents=250,
            bonus_eligible_cents=250,
            payment_benefit_eligible_cents=0,
            payment_method="cash",
            payment_card_last4=None,
            line_count=1,
            search_text=f"{number} {name}".casefold(),
        )
        writer.add(receipt)
        writer.flush()
        writer.add(
            ReceiptLine(
                receipt_id=receipt.id,
                position=1,
                product_name=name,
                ean=None,
                category="food",
                quantity_milli=1000,
                unit="pcs",
                unit_price_cents=250,
                discount_cents=0,
                total_cents=250,
                vat_rate_bp=1350,
                bonus_eligible=True,
            )
        )
        writer.commit()
        return receipt.id


@pytest.mark.parametrize("local_time", ["00:30", "23:30"])
def test_purchase_near_midnight_counts_on_its_helsinki_day(api, open_session, db, engine, local_time):
    """00:30 in Helsinki is still the previous day in UTC; 23:30 is the same day in both, but the
    next day's filter must not pick it up."""
    sari = member_of(db, "sari")
    day = date(2024, 11, 14)
    hour, minute = map(int, local_time.split(":"))
    at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=HELSINKI).astimezone(UTC)
    rid = add_receipt(engine, sari, at, "9999-20241114-01-0001")
    headers = open_session("sari")

    def ids_on(first: date, last: date) -> set[int]:
        return {
            i["id"]
            for i in all_pages(api, headers, date_from=first.isoformat(), date_to=last.isoformat(), limit=100)
        }

    assert rid in ids_on(day, day)
    assert rid not in ids_on(day - timedelta(days=1), day - timedelta(days=1))
    assert rid not in ids_on(day + timedelta(days=1), day + timedelta(days=1))
    assert rid in ids_on(day - timedelta(days=1), day)
    detail = api.get(f"/v1/me/receipts/{rid}", headers=headers).json()
    assert detail["purchased_at"].startswith(f"2024-11-14T{local_time}:00")


def test_date_from_after_date_to_is_a_field_error(api, open_session):
    response = api.get(
        "/v1/me/receipts",
        params={"date_from": "2025-03-02", "date_to": "2025-03-01"},
        headers=open_session("matti"),
    )
    assert response.status_code == 422
    assert error_of(response) == "validation_failed"
    assert "date_to" in {f["field"] for f in response.json()["fields"]}


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2025-02-30"},
        {"date_to": "yesterday"},
        {"date_from": "0001-01-01"},
        {"date_to": "9999-12-31"},
    ],
)
def test_odd_dates_never_cause_a_server_error(api, open_session, params):
    response = api.get("/v1/me/receipts", params=params, headers=open_session("matti"))
    assert response.status_code in (200, 422), response.text


def test_store_filter(api, open_session, db):
    sari = member_of(db, "sari")
    by_store = dict(
        db.execute(
            select(Receipt.store_id, func.count(Receipt.id))
            .where(Receipt.member_id == sari.id)
            .group_by(Receipt.store_id)
        ).all()
    )
    assert len(by_store) >= 2
    store_id = min(by_store, key=by_store.get)
    items = all_pages(api, open_session("sari"), store_id=store_id, limit=100)
    assert len(items) == by_store[store_id]
    assert {i["store"]["id"] for i in items} == {store_id}


def test_each_receipt_on_a_page_names_its_own_store(api, open_session, db):
    """The list row shows where the purchase was made: every receipt's store, by the register."""
    sari = member_of(db, "sari")
    store_of = dict(db.execute(select(Receipt.id, Receipt.store_id).where(Receipt.member_id == sari.id)).all())
    stores = {s.id: (s.name, s.town) for s in db.scalars(select(Store))}
    items = api.get("/v1/me/receipts", params={"limit": 100}, headers=open_session("sari")).json()["items"]
    assert len({i["store"]["id"] for i in items}) >= 2
    for item in items:
        store = item["store"]
        assert store["id"] == store_of[item["id"]]
        assert (store["name"], store["town"]) == stores[store["id"]]


def test_stores_list_needs_only_the_kiosk(api, db):
    response = api.get("/v1/stores")
    assert response.status_code == 200
    assert {s["id"] for s in response.json()["items"]} == set(db.scalars(select(Store.id)))


def test_receipt_detail_lines_and_vat_add_up_to_the_total(api, open_session, db):
    headers = open_session("sari")
    items = api.get("/v1/me/receipts", params={"limit": 30}, headers=headers).json()["items"]
    for summary in items:
        detail = api.get(f"/v1/me/receipts/{summary['id']}", headers=headers).json()
        assert detail["total_cents"] == summary["total_cents"]
        assert sum(line["total_cents"] for line in detail["lines"]) == detail["total_cents"], detail["number"]
        assert sum(v["gross_cents"] for v in detail["vat"]) == detail["total_cents"], detail["number"]
        for vat in detail["vat"]:
            assert vat["net_cents"] + vat["vat_cents"] == vat["gross_cents"]
            assert vat["gross_cents"] == sum(
                ln["total_cents"] for ln in detail["lines"] if ln["vat_rate_bp"] == vat["rate_bp"]
            )
        assert detail["bonus_eligible_cents"] == sum(
            ln["total_cents"] for ln in detail["lines"] if ln["bonus_eligible"]
        )
        assert len(detail["lines"]) == summary["line_count"]
        assert [ln["position"] for ln in detail["lines"]] == sorted(ln["position"] for ln in detail["lines"])
        store = detail["store"]
        assert store["seller_name"] and store["business_id"] and store["street"] and store["postal_code"]


def test_warranty_receipts_list_and_detail(api, open_session, db):
    matti = member_of(db, "matti")
    expected = set(db.scalars(select(WarrantyReceipt.id).where(WarrantyReceipt.member_id == matti.id)))
    assert expected
    headers = open_session("matti")
    items = api.get("/v1/me/warranty-receipts", headers=headers).json()["items"]
    assert {w["id"] for w in items} == expected
    ends = [w["warranty_ends_on"] for w in items]
    assert ends == sorted(ends, reverse=True)
    for item in items:
        detail = api.get(f"/v1/me/warranty-receipts/{item['id']}", headers=headers)
        assert detail.status_code == 200
        assert detail.json() == item
        assert item["guarantor"] and item["warranty_months"] > 0
        assert item["serial_number"] or item["ean"]
        receipt = api.get(f"/v1/me/receipts/{item['receipt_id']}", headers=headers).json()
        assert receipt["number"] == item["receipt_number"]
        assert item["id"] in receipt["warranty_receipt_ids"]
        assert (
            date.fromisoformat(item["purchased_on"]) == datetime.fromisoformat(receipt["purchased_at"]).date()
        )


def test_receipt_without_warranty_lists_none(api, open_session, db):
    matti = member_of(db, "matti")
    with_warranty = select(WarrantyReceipt.receipt_id)
    plain = db.scalar(
        select(Receipt.id).where(Receipt.member_id == matti.id, Receipt.id.not_in(with_warranty)).limit(1)
    )
    detail = api.get(f"/v1/me/receipts/{plain}", headers=open_session("matti")).json()
    assert detail["warranty_receipt_ids"] == []


def test_new_purchase_does_not_shift_the_next_page(api, open_session, db, engine):
    """Keyset pages: a receipt arriving between two pages neither repeats nor hides one."""
    sari = member_of(db, "sari")
    headers = open_session("sari")
    first = api.get("/v1/me/receipts", params={"limit": 10}, headers=headers).json()
    expected = list(
        db.scalars(
            select(Receipt.id)
            .where(Receipt.member_id == sari.id)
            .order_by(Receipt.purchased_at.desc(), Receipt.id.desc())
            .limit(20)
        )
    )
    newest = db.scalar(
        select(Receipt).where(Receipt.member_id == sari.id).order_by(Receipt.purchased_at.desc()).limit(1)
    )
    with Session(engine) as writer:
        writer.add(
            Receipt(
                number="NEW-" + newest.number[-20:],
                member_id=sari.id,
                household_id=sari.household_id,
                store_id=newest.store_id,
                purchased_at=newest.purchased_at + timedelta(minutes=5),
                purchase_month=newest.purchase_month,
                total_cents=100,
                bonus_eligible_cents=100,
                payment_benefit_eligible_cents=0,
                payment_method=newest.payment_method,
                payment_card_last4=None,
                line_count=0,
                search_text="new",
            )
        )
        writer.commit()
    second = api.get(
        "/v1/me/receipts", params={"limit": 10, "cursor": first["next_cursor"]}, headers=headers
    ).json()
    assert [i["id"] for i in first["items"] + second["items"]] == expected
