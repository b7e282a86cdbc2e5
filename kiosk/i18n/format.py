"""Money, percentages, dates and times as a shopper reads them in fi, sv or en.

Pure functions: the language is an argument (kiosk.i18n.current_language() gives the
shown one), nothing depends on the terminal's locale settings. The numbers come from
QLocale (fi_FI, sv_FI, en_IE: see kiosk.i18n.LOCALE_NAMES), so separators, minus signs
and month names are CLDR's. Spaces inside a value are no-break spaces (U+00A0, as
QLocale gives them for fi and sv), so "12,34 €" never wraps between number and unit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from kiosk.i18n import LOCALE_NAMES, check_language

NBSP = "\u00a0"
# The backend sends Helsinki times; every store of the chain is in Finland. Aware
# datetimes are shown on this clock whatever time zone the terminal's OS has.
STORE_TIME_ZONE = "Europe/Helsinki"

# Where the euro and per cent signs go (CLDR: after the number in fi and sv, spaced;
# before the euros and unspaced for the per cent in English).
_MONEY = {"fi": "{sign}{number}" + NBSP + "€", "sv": "{sign}{number}" + NBSP + "€", "en": "{sign}€{number}"}
_PERCENT = {"fi": "{sign}{number}" + NBSP + "%", "sv": "{sign}{number}" + NBSP + "%", "en": "{sign}{number}%"}
# Between date and time: Finnish writes "klo", Finland-Swedish "kl." (as CLDR's long
# formats do); English a comma.
_DATE_TIME_JOIN = {"fi": " klo ", "sv": " kl. ", "en": ", "}

_LOCALES = {lang: QLocale(name) for lang, name in LOCALE_NAMES.items()}


def _locale(lang: str) -> QLocale:
    return _LOCALES[check_language(lang)]


def _whole(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return value


def _decimal(units: int, hundredths: int, loc: QLocale, *, keep_zeros: bool) -> str:
    """`units` grouped by the locale, then the decimals; int arithmetic only."""
    decimals = f"{hundredths:02d}" if keep_zeros else f"{hundredths:02d}".rstrip("0")
    return loc.toString(units) + (loc.decimalPoint() + decimals if decimals else "")


def money(cents: int, lang: str) -> str:
    """Integer cents as euros: "1 234,50 €" (fi, sv), "€1,234.50" (en).

    Split with divmod, never through a float. A negative amount takes the locale's
    minus: U+2212 "−12,34 €" in fi and sv, "-€12.34" in English. (QLocale's own
    toCurrencyString would give the accounting form "(€12.34)" for English.)
    """
    loc = _locale(lang)
    euros, rest = divmod(abs(_whole(cents, "cents")), 100)
    sign = loc.negativeSign() if cents < 0 else ""
    return _MONEY[lang].format(sign=sign, number=_decimal(euros, rest, loc, keep_zeros=True))


def percent(bp: int, lang: str) -> str:
    """Basis points as a percentage: 350 -> "3,5 %" (fi, sv), "3.5%" (en).

    As few decimals as the value needs (300 -> "3 %", 325 -> "3,25 %"): the backend's
    percentages are whole or half per cents and "3,00 %" reads as false precision.
    """
    loc = _locale(lang)
    units, hundredths = divmod(abs(_whole(bp, "bp")), 100)
    sign = loc.negativeSign() if bp < 0 else ""
    return _PERCENT[lang].format(sign=sign, number=_decimal(units, hundredths, loc, keep_zeros=False))


@cache
def _store_zone() -> ZoneInfo:
    return ZoneInfo(STORE_TIME_ZONE)


def store_today() -> date:
    """Today on the stores' clock: warranties and date filters follow the Finnish calendar day."""
    return datetime.now(_store_zone()).date()


def translated(text: Mapping[str, str], lang: str) -> str:
    """A backend text given in several languages: `lang`, else Finnish (every text has it), else any."""
    return text.get(lang) or text.get("fi") or next(iter(text.values()), "")


def _store_time(moment: datetime) -> datetime:
    """An aware datetime on the stores' clock; a naive one is taken as already on it."""
    return moment if moment.tzinfo is None else moment.astimezone(_store_zone())


def _long_date_format(loc: QLocale) -> str:
    """QLocale's long date without the weekday: fi "d. MMMM yyyy" -> 25. marraskuuta 2026.

    The weekday would be "keskiviikkona" in Finnish (essive: "on Wednesday"), which
    only reads well inside a sentence.
    """
    pattern = re.sub(r"^dddd[,.]?\s*", "", loc.dateFormat(QLocale.FormatType.LongFormat))
    return re.sub(r"[,\s]*\bdddd\b[,.]?", "", pattern).strip()


def date_text(d: date, lang: str, *, long: bool = False) -> str:
    """A date: "25.11.2026" (fi, sv), "25/11/2026" (en).

    long=True spells the month: "25. marraskuuta 2026", "25 november 2026",
    "25 November 2026" (QLocale's long format, weekday left out). An aware datetime is
    first moved to the stores' clock.
    """
    loc = _locale(lang)
    if isinstance(d, datetime):
        d = _store_time(d).date()
    qdate = QDate(d.year, d.month, d.day)
    if long:
        return loc.toString(qdate, _long_date_format(loc))
    return loc.toString(qdate, QLocale.FormatType.ShortFormat)


def month_text(year: int, month: int, lang: str) -> str:
    """A month on its own, e.g. a heading: "marraskuu 2026", "november 2026", "November 2026".

    Uses the standalone (nominative) month name: inside a date Finnish says
    "marraskuuta", which QLocale's "MMMM yyyy" would wrongly give here.
    """
    loc = _locale(lang)
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month}")
    return f"{loc.standaloneMonthName(month, QLocale.FormatType.LongFormat)} {year:d}"


def time_text(moment: datetime | time, lang: str) -> str:
    """Hours and minutes on a 24-hour clock: "14.05" (fi and sv_FI), "14:05" (en).

    Finnish, and Swedish as written in Finland, separate them with a dot (QLocale's
    fi_FI and sv_FI agree). An aware datetime is first moved to the stores' clock.
    """
    loc = _locale(lang)
    if isinstance(moment, datetime):
        moment = _store_time(moment).time()
    return loc.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def datetime_text(moment: datetime, lang: str, *, long: bool = False) -> str:
    """Date and time: "25.11.2026 klo 14.05", "25.11.2026 kl. 14.05", "25/11/2026, 14:05".

    long=True spells the month as `date_text` does. Aware datetimes are shown on the
    stores' clock (Helsinki), so a UTC time from anywhere reads as the shop's time.
    """
    check_language(lang)
    local = _store_time(moment)
    return date_text(local.date(), lang, long=long) + _DATE_TIME_JOIN[lang] + time_text(local, lang)
