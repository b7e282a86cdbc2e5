"""Time and month helpers.

The database stores UTC; people in stores live in Helsinki time, and a purchase at
23:30 on the last day of the month belongs to that month in Helsinki, not to the next
one in UTC. Every month boundary therefore goes through these helpers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def utcnow() -> datetime:
    return datetime.now(UTC)


def helsinki_today(now: datetime | None = None) -> date:
    return (now or utcnow()).astimezone(HELSINKI).date()


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + (month.month - 1) + count
    return date(index // 12, index % 12 + 1, 1)


def month_key(month: date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def purchase_month(moment: datetime) -> date:
    """The (Helsinki) month a purchase counts towards."""
    return month_start(moment.astimezone(HELSINKI).date())


def helsinki_day_start_utc(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=HELSINKI).astimezone(UTC)


def helsinki_day_end_utc(day: date) -> datetime:
    """Exclusive end of a Helsinki calendar day, in UTC."""
    return helsinki_day_start_utc(day + timedelta(days=1))


def to_helsinki(moment: datetime) -> datetime:
    return moment.astimezone(HELSINKI)
