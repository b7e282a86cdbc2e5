"""Money, numbers, dates, codes and counts as a person says them (no Qt)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from kiosk.speech import phrases


def test_the_phrasing_module_imports_no_qt() -> None:
    check = "import sys, kiosk.speech.phrases; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(("cents", "lang", "said"), [
    (4441, "fi", "44 euroa 41 senttiä"),
    (4441, "sv", "44 euro 41 cent"),
    (4441, "en", "44 euros 41 cents"),
    (101, "fi", "1 euro 1 sentti"),
    (101, "en", "1 euro 1 cent"),
    (1200, "fi", "12 euroa"),
    (41, "sv", "41 cent"),
    (0, "en", "0 euros"),
    (-1234, "fi", "miinus 12 euroa 34 senttiä"),
])
def test_money_is_said_in_euros_and_cents(cents: int, lang: str, said: str) -> None:
    assert phrases.money(cents, lang) == said


def test_money_is_integer_cents_only() -> None:
    with pytest.raises(TypeError):
        phrases.money(44.41, "fi")  # type: ignore[arg-type]


@pytest.mark.parametrize(("shown", "lang", "said"), [
    ("Bonus 44,41\u00a0€ this month", "fi", "Bonus 44 euroa 41 senttiä this month"),
    ("Yhteensä 1\u00a0234,50\u00a0€", "fi", "Yhteensä 1234 euroa 50 senttiä"),
    ("Totalt 44,41\u00a0€", "sv", "Totalt 44 euro 41 cent"),
    ("Total €1,234.50", "en", "Total 1234 euros 50 cents"),
    ("−12,34\u00a0€", "fi", "miinus 12 euroa 34 senttiä"),
    ("Bonus 3,5\u00a0%", "fi", "Bonus 3,5 prosenttia"),
    ("Bonus 3.5%", "en", "Bonus 3.5 percent"),
    ("Bonus 2\u00a0%", "sv", "Bonus 2 procent"),
    ("Maksetaan 10.12.2026", "fi", "Maksetaan kymmenes joulukuuta 2026"),
    ("Betalas 25.11.2026", "sv", "Betalas den 25:e november 2026"),
    ("Paid on 21/11/2026", "en", "Paid on the 21st of November 2026"),
    ("12\u00a0345 pistettä", "fi", "12345 pistettä"),
])
def test_what_a_screen_shows_is_made_speakable(shown: str, lang: str, said: str) -> None:
    assert phrases.speakable(shown, lang) == said


@pytest.mark.parametrize(("day", "said"), [
    (date(2026, 1, 1), "ensimmäinen tammikuuta 2026"),
    (date(2026, 3, 13), "kolmastoista maaliskuuta 2026"),
    (date(2026, 11, 25), "kahdeskymmenesviides marraskuuta 2026"),
    (date(2026, 12, 30), "kolmaskymmenes joulukuuta 2026"),
    (date(2026, 12, 31), "kolmaskymmenesensimmäinen joulukuuta 2026"),
])
def test_finnish_dates_have_their_day_as_an_ordinal(day: date, said: str) -> None:
    assert phrases.date_phrase(day, "fi") == said


def test_dates_in_swedish_and_english() -> None:
    assert phrases.date_phrase(date(2026, 11, 22), "sv") == "den 22:a november 2026"
    assert phrases.date_phrase(date(2026, 11, 12), "sv") == "den 12:e november 2026"
    assert phrases.date_phrase(date(2026, 11, 12), "en") == "the 12th of November 2026"
    assert phrases.date_phrase(date(2026, 11, 3), "en") == "the 3rd of November 2026"


def test_a_date_that_is_no_date_is_left_as_shown() -> None:
    assert phrases.speakable("31.02.2026", "fi") == "31.02.2026"


def test_the_event_code_is_spelled_letter_by_letter() -> None:
    assert phrases.spell("K7QW") == "K, 7, Q, W"
    assert phrases.spell("AB12CD34") == "A, B, 1, 2, C, D, 3, 4"


@pytest.mark.parametrize(("n", "lang", "said"), [
    (1, "fi", "1 numero syötetty"), (3, "fi", "3 numeroa syötetty"),
    (1, "sv", "1 siffra inskriven"), (4, "sv", "4 siffror inskrivna"),
    (1, "en", "1 digit entered"), (0, "en", "0 digits entered"),
])
def test_pin_digits_are_counted_never_named(n: int, lang: str, said: str) -> None:
    assert phrases.digits_entered(n, lang) == said


@pytest.mark.parametrize(("seconds", "lang", "said"), [
    (90, "fi", "1 minuutti 30 sekuntia"), (120, "sv", "2 minuter"), (1, "en", "1 second"),
    (10, "fi", "10 sekuntia"), (61, "en", "1 minute 1 second"),
])
def test_durations(seconds: int, lang: str, said: str) -> None:
    assert phrases.duration(seconds, lang) == said


def test_counts_take_the_noun_in_the_right_number() -> None:
    assert phrases.count(1, "kuitti", "kuittia") == "1 kuitti"
    assert phrases.count(5, "kuitti", "kuittia") == "5 kuittia"


@pytest.mark.parametrize(("lang", "said"), [
    ("fi", "Kuitit, välilehti, valittu"), ("sv", "Kvitton, flik, vald"), ("en", "Receipts, tab, selected"),
])
def test_a_control_is_described_by_name_role_and_state(lang: str, said: str) -> None:
    name = {"fi": "Kuitit", "sv": "Kvitton", "en": "Receipts"}[lang]
    assert phrases.describe(name, "tab", ("selected",), lang) == said


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        phrases.money(100, "de")
