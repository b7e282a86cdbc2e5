"""Printed labels and formats: the same money, dates, quantities and words as the kiosk screen shows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from printout import labels, register_labels
from printout.register import key_label, register_document, value_text

NB = "\u00a0"


@pytest.mark.parametrize(("cents", "fi", "en"), [
    (0, f"0,00{NB}€", "€0.00"),
    (5, f"0,05{NB}€", "€0.05"),
    (123450, f"1{NB}234,50{NB}€", "€1,234.50"),
    (123456789, f"1{NB}234{NB}567,89{NB}€", "€1,234,567.89"),
    (-1234, f"−12,34{NB}€", "-€12.34"),
])
def test_money(cents, fi, en):
    assert labels.money(cents, "fi") == fi
    assert labels.money(cents, "sv") == fi
    assert labels.money(cents, "en") == en


def test_money_agrees_with_the_kiosk_screen():
    """The paper and the screen must read the same; the kiosk formats with QLocale."""
    from kiosk.i18n.format import money, percent

    for cents in (0, 7, 99, 100, 123450, -5, -123456, 10**9 + 1):
        for lang in labels.LANGUAGES:
            assert labels.money(cents, lang) == money(cents, lang), (cents, lang)
    for bp in (1000, 1350, 2400, 2550, 0):
        for lang in labels.LANGUAGES:
            assert labels.percent(bp, lang) == percent(bp, lang), (bp, lang)


def test_money_refuses_floats():
    with pytest.raises(TypeError):
        labels.money(12.5, "fi")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        labels.money(True, "fi")  # type: ignore[arg-type]


def test_amount_percent_quantity():
    assert labels.amount(-139, "fi") == "−1,39"
    assert labels.amount(123456, "en") == "1,234.56"
    assert labels.percent(2550, "fi") == f"25,5{NB}%"
    assert labels.percent(1000, "en") == "10%"
    assert labels.quantity(532, "kg", "fi") == f"0,532{NB}kg"
    assert labels.quantity(2000, "pcs", "fi") == f"2{NB}kpl"
    assert labels.quantity(2000, "pcs", "sv") == f"2{NB}st."
    assert labels.quantity(1500, "pcs", "en") == f"1.5{NB}pcs"


def test_dates_and_times_are_on_the_stores_clock():
    summer = datetime(2026, 7, 1, 6, 5, tzinfo=UTC)  # 9.05 in Helsinki (UTC+3)
    winter = datetime(2026, 1, 5, 22, 30, tzinfo=UTC)  # 0.30 the next day (UTC+2)
    assert labels.datetime_text(summer, "fi") == f"1.7.2026{NB}klo{NB}9.05"
    assert labels.datetime_text(summer, "sv") == f"1.7.2026{NB}kl.{NB}9.05"
    assert labels.datetime_text(summer, "en") == f"01/07/2026,{NB}09:05"
    assert labels.date_text(winter, "fi") == "6.1.2026"
    assert labels.date_text(date(2028, 11, 25), "en") == "25/11/2028"


def test_labels_and_payment_methods():
    assert labels.text("total", "fi") == "YHTEENSÄ"
    assert labels.text("vat_rate", "fi") == "ALV"
    assert labels.text("copy", "fi") == "KOPIO"
    assert labels.text("copy", "sv") == "KOPIA"
    assert labels.payment_method_text("debit_card", "sv") == "Bankkort"
    assert labels.months_text(24, "fi") == "24 kk"
    with pytest.raises(ValueError):
        labels.text("total", "de")


@pytest.mark.parametrize("lang", labels.LANGUAGES)
def test_a_payment_method_not_in_the_table_is_named_in_the_readers_language(lang):
    """Not by its code: "Gift voucher" is a programmer's English on a Finnish receipt."""
    other = labels.payment_method_text("gift_voucher", lang)
    assert other == {"fi": "Muu maksutapa", "sv": "Annat betalsätt", "en": "Other payment method"}[lang]
    assert "gift" not in other.lower()


def test_register_values_are_translated_and_unknown_keys_still_print():
    owner = {"member_number": "200234565", "role_in_household": "owner", "member_since": "2017-11-17T19:39:00+02:00",
             "household": [{"name": "Sari Järvinen", "role": "owner", "joined": "2017-11-17T19:39:00+02:00"}],
             "new_field": {"fi": "uusi", "sv": "ny", "en": "new"}, "bank_account": None,
             "cards": [{"number": "6401 **** **** 0018", "kind": "owner", "status": "lost",
                        "issued": "2020-02-03T10:00:00+02:00"}]}
    customer = {"language": "sv", "address": {"line1": "Tikkurilantie 44", "line2": None, "postal_code": "01300",
                                              "town": "Vantaa"},
                "communication": [{"topic": "recipes", "title": {"fi": "Reseptit", "sv": "Recept", "en": "Recipes"},
                                   "subscribed": True, "changed": None}],
                "communication_history": [{"topic": "recipes", "subscribed": False,
                                           "at": "2026-09-25T10:10:00+03:00", "source": "web"},
                                          {"topic": "recipes", "subscribed": True,
                                           "at": "2026-09-26T10:10:00+03:00", "source": "kiosk:K-TRE-01"}],
                "purchases": {"receipts": 2475, "first": "2021-11-30T09:43:00+02:00"}, "panels": []}
    document = register_document(owner, customer, "fi")
    rows = {label: value for section in document.sections for label, value in section.rows}
    assert document.member_name == ""  # no "name" key in this register
    assert rows["Jäsennumero"] == "200234565"
    assert rows["Rooli taloudessa"] == "Omistajajäsen"
    assert rows["Jäsen alkaen"] == f"17.11.2017{NB}klo{NB}19.39"
    assert rows["Talouden jäsenet"] == f"Sari Järvinen (omistajajäsen), liittynyt 17.11.2017{NB}klo{NB}19.39"
    assert rows["Kortit"] == (f"6401 **** **** 0018 (omistajakortti), ilmoitettu kadonneeksi, "
                              f"myönnetty 3.2.2020{NB}klo{NB}10.00")
    assert rows["New field"] == "uusi"
    assert rows["Tilinumero maksuja varten"] == "Ei tietoa"
    assert rows["Asiointikieli"] == "Ruotsi"
    assert rows["Osoite"] == "Tikkurilantie 44\n01300 Vantaa"
    assert rows["Uutiskirjeet ja markkinointivalinnat"] == "Reseptit, tilattu"
    assert rows["Suostumusten historia"] == (f"25.9.2026{NB}klo{NB}10.10: Reseptit, ei tilattu, kanava verkkopalvelu\n"
                                             f"26.9.2026{NB}klo{NB}10.10: Reseptit, tilattu, kanava pääte K-TRE-01")
    assert rows["Ostot"] == f"kuitteja 2{NB}475, ensimmäinen ostos 30.11.2021{NB}klo{NB}9.43"
    assert rows["Asiakaspaneelit"] == "Ei yhtään"
    assert [s.title for s in document.sections] == ["Omistaja-asiakasrekisteri", "Asiakasrekisteri"]
    assert key_label("email", "sv") == "E-postadress"
    assert value_text(True, "en") == "Yes"


def test_words_inside_a_line_start_in_lower_case_but_abbreviations_keep_theirs():
    assert register_labels.in_sentence("Omistajakortti") == "omistajakortti"
    assert register_labels.in_sentence("The End session button") == "the End session button"
    assert register_labels.in_sentence("EAN") == "EAN"
    assert register_labels.in_sentence("") == ""


@pytest.mark.parametrize("lang", labels.LANGUAGES)
def test_every_register_word_is_written_in_every_language(lang):
    tables = [register_labels.SECTION_TITLES, register_labels.KEY_LABELS, register_labels.WORDS,
              *register_labels.VALUE_LABELS.values()]
    for table in tables:
        for key, words in table.items():
            assert len(words) == len(labels.LANGUAGES) and all(w.strip() == w and w for w in words), key
    assert register_labels.value_label("status", "stolen", lang) is None  # a new code shows as it is
    assert register_labels.key_label("loyalty_tier", lang) == "Loyalty tier"
