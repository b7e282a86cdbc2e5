"""The receipts list's filters as a backend query (kiosk.receipt_filter), without Qt."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.receipt_filter import (
    MAX_SEARCH_WORDS,
    Period,
    ReceiptFilter,
    ReceiptQuery,
    highlighted,
    month_range,
    period_range,
    search_words,
)

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("year, month, first, last", [
    (2024, 2, date(2024, 2, 1), date(2024, 2, 29)),  # a leap year
    (2025, 2, date(2025, 2, 1), date(2025, 2, 28)),
    (2025, 12, date(2025, 12, 1), date(2025, 12, 31)),  # the year turns
])
def test_a_month_is_its_first_to_its_last_day(year: int, month: int, first: date, last: date) -> None:
    assert month_range(year, month) == (first, last)


def test_quick_periods_are_calendar_days_both_ends_included() -> None:
    assert period_range(Period.LAST_30_DAYS, TODAY) == (date(2026, 11, 3), TODAY)
    assert period_range(Period.THIS_YEAR, TODAY) == (date(2026, 1, 1), TODAY)
    assert period_range(Period.LAST_YEAR, TODAY) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_range(Period.ALL, TODAY) == (None, None)
    assert period_range(Period.MONTH, TODAY) == (None, None)  # no month chosen yet


def test_a_whole_earlier_year_and_the_quick_picks_of_the_same_name() -> None:
    assert ReceiptFilter().with_year(2023, TODAY).date_range(TODAY) == (date(2023, 1, 1), date(2023, 12, 31))
    assert ReceiptFilter().with_year(2026, TODAY).period is Period.THIS_YEAR
    assert ReceiptFilter().with_year(2025, TODAY).period is Period.LAST_YEAR


def test_the_filters_and_words_make_one_query() -> None:
    chosen = ReceiptFilter().with_store(7).with_month(2026, 5)
    assert chosen.query("  maito   kevyt ", TODAY) == ReceiptQuery("maito kevyt", date(2026, 5, 1),
                                                                     date(2026, 5, 31), 7)
    assert chosen.with_period(Period.ALL).query("", TODAY) == ReceiptQuery(store_id=7)
    assert not ReceiptFilter().query("", TODAY).is_filtered  # type: ignore[union-attr]


@given(st.lists(st.text(alphabet="abcdefåäö", min_size=1, max_size=5), min_size=0, max_size=12))
def test_more_words_than_the_backend_takes_make_no_query(words: list[str]) -> None:
    query = ReceiptFilter().query(" ".join(words), TODAY)
    assert (query is None) == (len(words) > MAX_SEARCH_WORDS)


def test_the_matched_words_of_a_product_name_are_marked_whatever_their_case() -> None:
    words = search_words("MAITO  kevyt maito")
    assert words == ("maito", "kevyt")
    assert highlighted("Valio kevytmaito 1 l", words) == (("Valio ", False), ("kevytmaito", True), (" 1 l", False))
    assert highlighted("Päärynä", search_words("PÄÄ")) == (("Pää", True), ("rynä", False))
    assert highlighted("Straße", search_words("SS")) == (("Stra", False), ("ß", True), ("e", False))
    assert highlighted("Leipä", ()) == (("Leipä", False),)
    assert highlighted("", search_words("x")) == ()


@given(st.text(max_size=30), st.lists(st.text(min_size=1, max_size=4), max_size=3))
def test_the_marked_runs_put_the_name_back_together_and_hold_only_search_words(
        text: str, raw_words: list[str]) -> None:
    words = search_words(" ".join(raw_words))
    runs = highlighted(text, words)
    assert "".join(run for run, _ in runs) == text
    assert all(run for run, _ in runs)
    if not any(word in text.casefold() for word in words):
        assert not any(mark for _, mark in runs)  # nothing matched, nothing marked
    if text and text.casefold() in words:
        assert runs == ((text, True),)
