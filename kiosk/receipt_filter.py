"""What the receipts list shows: a period, a store and search words, as one backend query.

Pure date logic (no Qt): the receipts tab keeps a `ReceiptFilter` and asks it for the
`ReceiptQuery` to fetch. Days are the store's (Helsinki) calendar days, both ends
included, because that is how a member reads "last year" or "May".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

MAX_SEARCH_WORDS = 8  # the backend's limit
MAX_SEARCH_LENGTH = 100  # the backend's limit
YEARS_SHOWN = 6  # this year and five back: the history the chain keeps on screen


class Period(Enum):
    ALL = "all"
    LAST_30_DAYS = "last-30-days"
    THIS_YEAR = "this-year"
    LAST_YEAR = "last-year"
    MONTH = "month"  # a month, or a whole earlier year, chosen in the month picker


@dataclass(frozen=True, slots=True)
class ReceiptQuery:
    """What the member asked for: words, a Helsinki date range and a store (None = any)."""

    q: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    store_id: int | None = None

    @property
    def is_filtered(self) -> bool:
        return any(value is not None for value in (self.q, self.date_from, self.date_to, self.store_id))


def month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def period_range(period: Period, today: date, month: tuple[int, int] | None = None) -> tuple[date | None, date | None]:
    """The Helsinki days a period covers, both ends included (None: open)."""
    if period is Period.LAST_30_DAYS:
        return today - timedelta(days=29), today
    if period is Period.THIS_YEAR:
        return date(today.year, 1, 1), today
    if period is Period.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if period is Period.MONTH and month is not None:
        return month_range(*month)
    return None, None


@dataclass(frozen=True, slots=True)
class ReceiptFilter:
    """The filters the member has set: a store, and a quick period, a month or a whole year."""

    store_id: int | None = None
    period: Period = Period.ALL
    month: tuple[int, int] | None = None  # Period.MONTH: this month ...
    year: int | None = None  # ... or this whole year

    def with_store(self, store_id: int | None) -> ReceiptFilter:
        return replace(self, store_id=store_id)

    def with_period(self, period: Period) -> ReceiptFilter:
        """A quick pick; MONTH alone (no month or year chosen yet) means all time."""
        return replace(self, period=period, month=None, year=None)

    def with_month(self, year: int, month: int) -> ReceiptFilter:
        return replace(self, period=Period.MONTH, month=(year, month), year=None)

    def with_year(self, year: int, today: date) -> ReceiptFilter:
        """A whole calendar year; this year and last year are the quick picks of the same name."""
        if year == today.year:
            return self.with_period(Period.THIS_YEAR)
        if year == today.year - 1:
            return self.with_period(Period.LAST_YEAR)
        return replace(self, period=Period.MONTH, month=None, year=year)

    def date_range(self, today: date) -> tuple[date | None, date | None]:
        if self.period is Period.MONTH and self.year is not None:
            return date(self.year, 1, 1), date(self.year, 12, 31)
        return period_range(self.period, today, self.month)

    def query(self, words: str, today: date) -> ReceiptQuery | None:
        """The query these filters and words describe; None if the words are more than the backend takes."""
        split = words.split()
        if len(split) > MAX_SEARCH_WORDS:
            return None
        date_from, date_to = self.date_range(today)
        return ReceiptQuery(q=" ".join(split) or None, date_from=date_from, date_to=date_to, store_id=self.store_id)


def search_words(q: str | None) -> tuple[str, ...]:
    """The words a search looks for, as the backend splits and folds them (case does not matter)."""
    return tuple(dict.fromkeys((q or "").casefold().split()))


def highlighted(text: str, words: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """`text` cut into runs, each True where a search word stands in it, so the list can show why a receipt matched.

    Matched as the backend matches, by case-folded text ("MAITO" finds "Maito"); a letter
    that folds into two ("ß") is marked whole when any part of it is in a word.
    """
    folded = ""
    origin: list[int] = []  # index in `text` of each character of `folded`
    for index, char in enumerate(text):
        piece = char.casefold()
        folded += piece
        origin.extend([index] * len(piece))
    marked = [False] * len(text)
    for word in words:
        start = folded.find(word) if word else -1
        while start != -1:
            for position in range(start, start + len(word)):
                marked[origin[position]] = True
            start = folded.find(word, start + 1)
    runs: list[tuple[str, bool]] = []
    for char, mark in zip(text, marked, strict=True):
        if runs and runs[-1][1] == mark:
            runs[-1] = (runs[-1][0] + char, mark)
        else:
            runs.append((char, mark))
    return tuple(runs)
