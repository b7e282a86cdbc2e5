"""Deterministic demo data for the reference backend.

The demo has to show every section of the portal with data that looks like a real
Finnish owner-customer's (DESIGN.md §1), and tests and the latency benchmark need
the same people, cards and receipts every time: everything comes from one seeded
random.Random and the given `now`, and nothing is read from the wall clock or from
set/hash ordering. Receipts go in with Core bulk inserts because the heavy buyer alone
has ~40,000 receipt lines and the whole build must stay well under a few seconds.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from backend.demo_cards import (  # noqa: F401  (re-exported: tests and tools import them from here)
    DEMO_CARD_PINS,
    DEMO_CARDS,
    DEMO_FLEET_OPERATOR,
    DEMO_FLEET_TOKEN,
    DEMO_KIOSK_2_ID,
    DEMO_KIOSK_2_SECRET,
    DEMO_KIOSK_ID,
    DEMO_KIOSK_SECRET,
    DEMO_PROSPECT,
    DEMO_STOCK_CARDS,
    RETIRED_KIOSK_ID,
    RETIRED_KIOSK_SECRET,
    DemoCard,
    demo_card_private_key,
    public_key_der,
)
from backend.issuing import (
    CARD_PAYMENT_METHODS,
    OWNER_CARD_PAYMENT,
    BasketItem,
    add_months_to_day,
    line_total_cents,
    load_category_rules,
    receipt_rows,
)
from backend.models import (
    Card,
    CardEvent,
    CashBenefit,
    CommunicationChoice,
    CommunicationEvent,
    CommunicationTopic,
    FleetOperator,
    Household,
    KioskTerminal,
    Member,
    Panel,
    PanelMembership,
    Receipt,
    ReceiptLine,
    ReceiptVat,
    StaffMember,
    Store,
    Survey,
    SurveyOption,
    SurveyQuestion,
    Translated,
    WarrantyReceipt,
)
from backend.reference_data import seed_reference_data
from backend.rules import load_vat_table
from backend.timeutil import HELSINKI, add_months, helsinki_day_start_utc, to_helsinki, utcnow
from backend.validation import business_id_check_digit, iban_check_digits, luhn_check_digit, make_hetu, make_satu

# card key -> (holder's person key or staff key, issued days ago, status changed days ago)
_CARD_HISTORY: dict[str, tuple[str, int, int]] = {
    "matti": ("matti", 1500, 1500),
    "anna": ("anna", 1500, 1500),
    "eetu": ("eetu", 480, 480),
    "elsa": ("elsa", 415, 415),
    "eino": ("eino", 2200, 2200),
    "james_closed": ("james", 2280, 300),
    "james": ("james", 300, 300),
    "lost": ("pekka", 1800, 9),
    "sari": ("sari", 1200, 1200),
    "jari": ("jari", 1150, 1150),
    "staff": ("liisa", 700, 700),
    "technician": ("timo", 900, 900),
}

# --- product catalogue ------------------------------------------------------------------------


@dataclass(frozen=True)
class Product:
    name: str
    category: str  # a ProductCategory code
    unit: str  # pcs | kg
    price_cents: int  # per piece, or per kg when unit is kg
    ean: str
    popularity: int  # relative chance of landing in a random basket; 0 = only bought on purpose
    guarantor: str | None = None
    warranty_months: int = 0
    serial_prefix: str | None = None


# (name, category, unit, price_cents, popularity)
_RAW_PRODUCTS: tuple[tuple[str, str, str, int, int], ...] = (
    ("Kevytmaito 1 l", "food", "pcs", 109, 10),
    ("Rasvaton maito 1 l", "food", "pcs", 99, 6),
    ("Laktoositon kevytmaitojuoma 1 l", "food", "pcs", 165, 6),
    ("Kaurajuoma 1 l", "food", "pcs", 189, 4),
    ("Voi 500 g", "food", "pcs", 499, 4),
    ("Kasvirasvalevite 600 g", "food", "pcs", 329, 4),
    ("Kermaviili 200 g", "food", "pcs", 99, 3),
    ("Ruokakerma 2 dl", "food", "pcs", 119, 4),
    ("Maustamaton jogurtti 1 kg", "food", "pcs", 219, 4),
    ("Mansikkajogurtti 150 g", "food", "pcs", 79, 5),
    ("Maitorahka 250 g", "food", "pcs", 129, 3),
    ("Kananmunat 10 kpl", "food", "pcs", 329, 6),
    ("Edam-juusto 400 g", "food", "pcs", 549, 5),
    ("Emmental-viipaleet 150 g", "food", "pcs", 329, 3),
    ("Tuorejuusto 200 g", "food", "pcs", 229, 3),
    ("Ruisleipä 6 kpl", "food", "pcs", 229, 8),
    ("Paahtoleipä 500 g", "food", "pcs", 189, 5),
    ("Karjalanpiirakka 10 kpl", "food", "pcs", 349, 5),
    ("Korvapuusti 4 kpl", "food", "pcs", 349, 3),
    ("Kaurahiutaleet 1 kg", "food", "pcs", 169, 3),
    ("Makaroni 400 g", "food", "pcs", 99, 3),
    ("Spagetti 500 g", "food", "pcs", 119, 3),
    ("Jasmiiniriisi 1 kg", "food", "pcs", 249, 3),
    ("Vehnäjauho 2 kg", "food", "pcs", 199, 2),
    ("Sokeri 1 kg", "food", "pcs", 149, 2),
    ("Kahvi, tumma paahto 500 g", "food", "pcs", 699, 6),
    ("Musta tee 20 pss", "food", "pcs", 249, 2),
    ("Naudan jauheliha 400 g", "food", "pcs", 599, 6),
    ("Broilerin fileesuikale 350 g", "food", "pcs", 549, 5),
    ("Lenkkimakkara 400 g", "food", "pcs", 299, 4),
    ("Kinkkuleike 300 g", "food", "pcs", 399, 4),
    ("Kalkkunaleike 150 g", "food", "pcs", 249, 3),
    ("Kylmäsavulohi 200 g", "food", "pcs", 799, 2),
    ("Tonnikala öljyssä 185 g", "food", "pcs", 229, 2),
    ("Maksalaatikko 400 g", "food", "pcs", 229, 3),
    ("Lihapullat 350 g", "food", "pcs", 349, 3),
    ("Kalapuikot 250 g", "food", "pcs", 299, 2),
    ("Pakastepizza 350 g", "food", "pcs", 349, 3),
    ("Mustikkakeitto 1 l", "food", "pcs", 249, 2),
    ("Pakastemustikka 250 g", "food", "pcs", 349, 2),
    ("Herne-maissi-paprika 500 g", "food", "pcs", 199, 2),
    ("Tomaattimurska 400 g", "food", "pcs", 99, 3),
    ("Ketsuppi 500 g", "food", "pcs", 229, 2),
    ("Sinappi 275 g", "food", "pcs", 199, 1),
    ("Rypsiöljy 1 l", "food", "pcs", 399, 2),
    ("Appelsiinitäysmehu 1 l", "food", "pcs", 229, 4),
    ("Kivennäisvesi 1,5 l", "food", "pcs", 129, 3),
    ("Suklaalevy 200 g", "food", "pcs", 349, 4),
    ("Salmiakki 150 g", "food", "pcs", 249, 2),
    ("Perunalastut 275 g", "food", "pcs", 299, 3),
    ("Kaurakeksit 350 g", "food", "pcs", 249, 2),
    ("Vaniljajäätelö 1 l", "food", "pcs", 449, 2),
    ("Mysli 500 g", "food", "pcs", 329, 2),
    ("Hunaja 350 g", "food", "pcs", 549, 1),
    ("Mansikkahillo 400 g", "food", "pcs", 299, 1),
    ("Hummus 200 g", "food", "pcs", 249, 2),
    ("Tofu 270 g", "food", "pcs", 299, 1),
    ("Kirsikkatomaatit 250 g", "food", "pcs", 249, 4),
    ("Jäävuorisalaatti", "food", "pcs", 159, 3),
    ("Ruukkubasilika", "food", "pcs", 199, 1),
    ("Peruna 2 kg", "food", "pcs", 249, 4),
    ("Avokado 2 kpl", "food", "pcs", 299, 2),
    ("Kaurajogurtti 400 g", "food", "pcs", 219, 2),
    ("Lohikeitto 300 g", "food", "pcs", 299, 2),
    ("Ruispalat 6 kpl", "food", "pcs", 259, 3),
    ("Banaani", "food", "kg", 189, 9),
    ("Omena Granny Smith", "food", "kg", 299, 5),
    ("Päärynä", "food", "kg", 349, 2),
    ("Appelsiini", "food", "kg", 249, 3),
    ("Mandariini", "food", "kg", 299, 3),
    ("Viinirypäle vihreä", "food", "kg", 599, 2),
    ("Kurkku", "food", "kg", 349, 5),
    ("Tomaatti", "food", "kg", 399, 5),
    ("Porkkana", "food", "kg", 149, 4),
    ("Keltasipuli", "food", "kg", 179, 4),
    ("Punajuuri", "food", "kg", 199, 1),
    ("Lanttu", "food", "kg", 249, 1),
    ("Paprika punainen", "food", "kg", 699, 3),
    ("Kesäkurpitsa", "food", "kg", 349, 1),
    ("Parsakaali", "food", "kg", 499, 2),
    ("Varhaisperuna", "food", "kg", 299, 1),
    ("Irtokarkit", "food", "kg", 1199, 3),
    ("Tuore lohifilee", "food", "kg", 2290, 2),
    ("Talouspaperi 4 rl", "household", "pcs", 399, 3),
    ("WC-paperi 8 rl", "household", "pcs", 549, 3),
    ("Astianpesuaine 500 ml", "household", "pcs", 219, 2),
    ("Pyykinpesuneste 1 l", "household", "pcs", 599, 2),
    ("Konetiskitabletit 40 kpl", "household", "pcs", 799, 2),
    ("Jätesäkki 30 l 20 kpl", "household", "pcs", 199, 2),
    ("Hammastahna 75 ml", "household", "pcs", 249, 2),
    ("Shampoo 250 ml", "household", "pcs", 399, 2),
    ("Suihkusaippua 250 ml", "household", "pcs", 299, 2),
    ("Deodorantti 50 ml", "household", "pcs", 449, 1),
    ("Kynttilät 10 kpl", "household", "pcs", 499, 1),
    ("Paristot AA 4 kpl", "household", "pcs", 599, 1),
    ("Alumiinifolio 10 m", "household", "pcs", 299, 1),
    ("Leivinpaperi 10 m", "household", "pcs", 299, 1),
    ("Kissanruoka 85 g", "household", "pcs", 99, 2),
    ("Koiranruoka 1,5 kg", "household", "pcs", 899, 1),
    ("Kukkakimppu", "household", "pcs", 999, 1),
    ("Sukat 3 paria", "clothing", "pcs", 999, 1),
    ("Alushousut 2 kpl", "clothing", "pcs", 1499, 1),
    ("T-paita, puuvilla", "clothing", "pcs", 1299, 1),
    ("Pipo", "clothing", "pcs", 1499, 1),
    ("Lasten sukkahousut", "clothing", "pcs", 899, 1),
    ("Työkäsineet", "clothing", "pcs", 699, 1),
    ("Laastarit 20 kpl", "pharmacy", "pcs", 349, 1),
    ("D-vitamiini 100 tabl", "pharmacy", "pcs", 599, 1),
    ("Nikotiinipurukumi 105 kpl", "pharmacy", "pcs", 2990, 0),
    ("Käsidesi 100 ml", "pharmacy", "pcs", 349, 1),
    ("Kurkkupastillit 24 kpl", "pharmacy", "pcs", 449, 1),
    ("Lager-olut 4,5 % 0,33 l", "alcohol", "pcs", 189, 2),
    ("Lager-olut 4,5 % 6 x 0,33 l", "alcohol", "pcs", 1099, 1),
    ("Lonkero 5,5 % 0,33 l", "alcohol", "pcs", 229, 2),
    ("Siideri 4,7 % 0,33 l", "alcohol", "pcs", 219, 1),
    ("Roséviini 8 % 0,75 l", "alcohol", "pcs", 1099, 1),
    ("Savukkeet Pohjola Sininen 20 kpl", "tobacco", "pcs", 1090, 1),
    ("Savukkeet Pohjola Punainen 20 kpl", "tobacco", "pcs", 1090, 1),
    ("Sikarillot 10 kpl", "tobacco", "pcs", 1390, 0),
    ("Postimerkki 1. lk", "brokered", "pcs", 340, 2),
    ("Puhelinliittymän lataus 10 €", "brokered", "pcs", 1000, 1),
    ("Puhelinliittymän lataus 20 €", "brokered", "pcs", 2000, 1),
    ("Lahjakortti 25 €", "brokered", "pcs", 2500, 0),
    ("Raaputusarpa", "brokered", "pcs", 300, 1),
    ("Sanomalehti, päivän numero", "newspaper", "pcs", 390, 2),
    ("Viikonloppulehti", "newspaper", "pcs", 590, 1),
    ("Ristikkolehti", "newspaper", "pcs", 695, 1),
    ("Ruokalehti", "newspaper", "pcs", 1090, 1),
)

# (name, price_cents, guarantor, warranty_months, serial_prefix or None when only the EAN identifies it)
_RAW_ELECTRONICS: tuple[tuple[str, int, str, int, str | None], ...] = (
    ("Philips kahvinkeitin HD7461", 6990, "Philips Oy", 24, "PH7461"),
    ("Philips Sonicare sähköhammasharja", 7990, "Philips Oy", 24, None),
    ("Philips hiustenkuivaaja BHD300", 3990, "Philips Oy", 24, None),
    ("Electrolux pölynimuri PD82", 17990, "Electrolux Kotitalouskoneet Oy", 24, "EL82"),
    ('Samsung 55" 4K-televisio', 59900, "Samsung Electronics Nordic AB", 36, "SM55TV"),
    ("Sony langattomat kuulokkeet WH-CH720N", 12990, "Sony Europe B.V.", 12, "SNWH"),
    ("Bosch vedenkeitin TWK3A011", 3990, "BSH Kodinkoneet Oy", 24, None),
    ("Braun sauvasekoitin MQ5", 5990, "De'Longhi Nordic AB", 24, "BRMQ5"),
    ("Leivänpaahdin, 2 viipaletta", 2990, "Electrolux Kotitalouskoneet Oy", 12, None),
    ("Bluetooth-kaiutin JBL Go", 4990, "Harman Nordic AB", 12, "JBLGO"),
)


def ean13_check_digit(stem12: str) -> str:
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(stem12))
    return str((10 - total % 10) % 10)


def _build_catalogue() -> tuple[Product, ...]:
    """Assign EANs by position so they stay stable as long as the list is only appended to.

    Weighed goods get in-store codes (prefix 2), packaged goods Finnish GS1 codes (64).
    """
    products = []
    for index, (name, category, unit, price, popularity) in enumerate(_RAW_PRODUCTS):
        stem = f"20{index:05d}00000" if unit == "kg" else f"641{(index * 7_919_113 + 104_729) % 10**9:09d}"
        products.append(Product(name, category, unit, price, stem + ean13_check_digit(stem), popularity))
    for offset, (name, price, guarantor, months, serial_prefix) in enumerate(_RAW_ELECTRONICS):
        stem = f"871{(offset * 3_571_019 + 55_511) % 10**9:09d}"  # imported goods
        products.append(
            Product(name, "electronics", "pcs", price, stem + ean13_check_digit(stem), 0,
                    guarantor, months, serial_prefix)
        )
    return tuple(products)


PRODUCTS: tuple[Product, ...] = _build_catalogue()
PRODUCTS_BY_NAME: dict[str, Product] = {product.name: product for product in PRODUCTS}

# --- stores and people ----------------------------------------------------------------------------

# seller -> business ID stem (the check digit is computed; a stem without one is skipped)
_SELLERS: dict[str, str] = {
    "Osuuskauppa Aurinko": "0155372",
    "Osuuskauppa Meri": "0116297",
    "Andelslaget Skärgården": "0131586",
}

# (code, name, seller, street, postal code, town)
_STORES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("4101", "Aurinko Market Keskusta", "Osuuskauppa Aurinko", "Hämeenkatu 12", "33100", "Tampere"),
    ("4102", "Aurinko Market Hervanta", "Osuuskauppa Aurinko", "Insinöörinkatu 40", "33720", "Tampere"),
    ("4103", "Aurinko Lempäälä", "Osuuskauppa Aurinko", "Ideaparkinkatu 4", "37570", "Lempäälä"),
    ("4104", "Aurinko Nokia", "Osuuskauppa Aurinko", "Välikatu 10", "37100", "Nokia"),
    ("5101", "Meri Market Kamppi", "Osuuskauppa Meri", "Urho Kekkosen katu 1", "00100", "Helsinki"),
    ("5102", "Meri Kallio", "Osuuskauppa Meri", "Hämeentie 30", "00530", "Helsinki"),
    ("5103", "Meri Market Tikkurila", "Osuuskauppa Meri", "Asematie 6", "01300", "Vantaa"),
    ("5104", "Meri Itäkeskus", "Osuuskauppa Meri", "Itäkatu 1", "00930", "Helsinki"),
    ("6101", "Skärgårdens Market Ekenäs", "Andelslaget Skärgården", "Raseborgsvägen 10", "10600", "Ekenäs"),
)

# (kiosk id, name, store code, secret, active, created days ago)
_KIOSKS: tuple[tuple[str, str, str, str, bool, int], ...] = (
    (DEMO_KIOSK_ID, "Aurinko Keskusta, entrance", "4101", DEMO_KIOSK_SECRET, True, 200),
    (DEMO_KIOSK_2_ID, "Meri Kamppi, customer service", "5101", DEMO_KIOSK_2_SECRET, True, 150),
    (RETIRED_KIOSK_ID, "Aurinko Nokia, old lobby terminal", "4104", RETIRED_KIOSK_SECRET, False, 1400),
)


@dataclass(frozen=True)
class _PersonSpec:
    key: str
    household: str
    role: str  # owner | family
    member_number: str
    first_name: str
    last_name: str
    born: date
    individual: int  # 900-999: the range reserved for test identity codes, so no real person matches
    language: str
    phone: str | None
    email: str | None
    address_line1: str
    postal_code: str
    town: str
    bank_code: str | None  # leading digits of the domestic account; None = no account on file
    joined_days_ago: int
    household_joined_days_ago: int


_PEOPLE: tuple[_PersonSpec, ...] = (
    _PersonSpec("matti", "virtanen", "owner", "100023456", "Matti", "Virtanen", date(1978, 3, 14), 901,
                "fi", "+358401234567", "matti.virtanen@example.com", "Satakunnankatu 18 A 5", "33210",
                "Tampere", "57", 7000, 7000),
    _PersonSpec("anna", "virtanen", "family", "100023464", "Anna", "Virtanen", date(1981, 9, 2), 902,
                "fi", "+358501234568", "anna.virtanen@example.com", "Satakunnankatu 18 A 5", "33210",
                "Tampere", None, 6800, 6800),
    _PersonSpec("eetu", "virtanen", "family", "100987651", "Eetu", "Virtanen", date(2009, 5, 27), 903,
                "fi", "+358451234569", "eetu.virtanen@example.com", "Satakunnankatu 18 A 5", "33210",
                "Tampere", None, 500, 500),
    _PersonSpec("elsa", "lindqvist", "owner", "300045671", "Elsa", "Lindqvist", date(1986, 7, 19), 904,
                "sv", "+358407654321", "elsa.lindqvist@example.org", "Kungsgatan 7 B", "10600",
                "Ekenäs", "40", 420, 420),
    _PersonSpec("eino", "makinen", "owner", "100001238", "Eino", "Mäkinen", date(1941, 1, 8), 905,
                "fi", None, None, "Koivikkotie 4", "37500", "Lempäälä", "11", 14000, 14000),
    _PersonSpec("james", "wilson", "owner", "200456782", "James", "Wilson", date(1975, 10, 30), 907,
                "en", "+447400123456", "james.wilson@example.com", "Fredrikinkatu 55 A 8", "00100",
                "Helsinki", "80", 2300, 2300),
    _PersonSpec("pekka", "nieminen", "owner", "100345675", "Pekka", "Nieminen", date(1969, 2, 11), 909,
                "fi", "+358405550123", "pekka.nieminen@example.net", "Rautatienkatu 3 C 14", "33100",
                "Tampere", "12", 1900, 1900),
    _PersonSpec("sari", "jarvinen", "owner", "200234565", "Sari", "Järvinen", date(1972, 6, 5), 906,
                "fi", "+358505550456", "sari.jarvinen@example.com", "Tikkurilantie 44 B 9", "01300",
                "Vantaa", "39", 3300, 3300),
    _PersonSpec("jari", "jarvinen", "family", "200234573", "Jari", "Järvinen", date(1970, 12, 17), 911,
                "fi", "+358405550789", None, "Tikkurilantie 44 B 9", "01300", "Vantaa", None, 3200, 3150),
)

# (key, employee number, first name, last name, role, store code or None)
_STAFF: tuple[tuple[str, str, str, str, str, str | None], ...] = (
    ("liisa", "E10421", "Liisa", "Korhonen", "staff", "4101"),
    ("timo", "T00017", "Timo", "Lehtinen", "technician", None),
)


@dataclass(frozen=True)
class _Shopper:
    """How a person shops: where, how they pay, how big their baskets are, what they favour."""

    stores: tuple[tuple[str, int], ...]
    payments: tuple[tuple[str, int], ...]
    mean_lines: float
    max_lines: int
    category_factors: tuple[tuple[str, float], ...] = ()
    summer_stores: tuple[tuple[str, int], ...] = ()  # June-August, e.g. at the summer cottage


_SHOPPERS: dict[str, _Shopper] = {
    "matti": _Shopper((("4101", 50), ("4102", 30), ("4103", 15), ("5101", 5)),
                      ((OWNER_CARD_PAYMENT, 70), ("debit_card", 15), ("mobile", 10), ("cash", 5)),
                      12, 45, (("tobacco", 0.0), ("alcohol", 0.8))),
    "anna": _Shopper((("4101", 40), ("4102", 45), ("4103", 15)),
                     ((OWNER_CARD_PAYMENT, 60), ("credit_card", 25), ("mobile", 15)),
                     13, 45, (("tobacco", 0.0), ("clothing", 2.0))),
    "eetu": _Shopper((("4101", 60), ("4102", 40)),
                     (("mobile", 60), ("debit_card", 30), ("cash", 10)),
                     3, 6, (("tobacco", 0.0), ("alcohol", 0.0), ("household", 0.2), ("newspaper", 0.0),
                            ("brokered", 3.0))),
    "elsa": _Shopper((("6101", 100),),
                     ((OWNER_CARD_PAYMENT, 50), ("debit_card", 40), ("cash", 10)),
                     11, 40, (("tobacco", 0.0), ("alcohol", 0.5))),
    "eino": _Shopper((("4103", 85), ("4101", 15)),
                     (("cash", 80), ("debit_card", 20)),
                     7, 20, (("tobacco", 0.0), ("alcohol", 0.0), ("newspaper", 5.0), ("brokered", 2.0))),
    "james": _Shopper((("5101", 55), ("5102", 45)),
                      (("credit_card", 60), ("mobile", 30), ("debit_card", 10)),
                      9, 35, (("tobacco", 0.0), ("alcohol", 1.5))),
    "pekka": _Shopper((("4101", 60), ("4104", 40)),
                      (("debit_card", 70), ("cash", 30)),
                      10, 35, (("tobacco", 0.5),)),
    "sari": _Shopper((("5103", 60), ("5104", 25), ("5102", 15)),
                     ((OWNER_CARD_PAYMENT, 80), ("credit_card", 10), ("mobile", 10)),
                     16, 60, (("tobacco", 0.0),),
                     (("5103", 45), ("5104", 15), ("6101", 40))),
    "jari": _Shopper((("5103", 70), ("5104", 30)),
                     (("debit_card", 50), (OWNER_CARD_PAYMENT, 30), ("cash", 20)),
                     8, 30, (("tobacco", 3.0), ("alcohol", 2.0))),
}

# (person key, purchase days ago, product). Matti's three show the warranty list's cases: an
# expired warranty, one ending within a month and a valid one. None means "24 months less two
# weeks ago", so that 24-month warranty ends about two weeks from today whatever the date.
_ELECTRONICS_PURCHASES: tuple[tuple[str, int | None, str], ...] = (
    ("matti", 540, "Leivänpaahdin, 2 viipaletta"),
    ("matti", None, "Philips kahvinkeitin HD7461"),
    ("matti", 200, "Electrolux pölynimuri PD82"),
    ("sari", 900, 'Samsung 55" 4K-televisio'),
    ("sari", 1400, "Electrolux pölynimuri PD82"),
    ("sari", 250, "Sony langattomat kuulokkeet WH-CH720N"),
    ("sari", 420, "Braun sauvasekoitin MQ5"),
    ("sari", 1100, "Bosch vedenkeitin TWK3A011"),
    ("sari", 40, "Philips Sonicare sähköhammasharja"),
    ("sari", 700, "Philips hiustenkuivaaja BHD300"),
    ("elsa", 100, "Bluetooth-kaiutin JBL Go"),
    ("james", 380, "Sony langattomat kuulokkeet WH-CH720N"),
)

_WEEKDAY_FACTOR = (0.8, 0.8, 0.9, 1.0, 1.3, 1.4, 0.8)  # Monday first; averages 1.0
_OPEN_SECONDS = 13 * 3600 + 30 * 60  # 08:00-21:30


@dataclass
class _Purchase:
    key: str  # the person's key in _PEOPLE
    member: Member
    at: datetime
    store: Store
    register: int
    items: list[BasketItem[Product]]
    payment_method: str


# --- panels, communication, cash benefits -----------------------------------------------------------


def _t(fi: str, sv: str, en: str) -> Translated:
    return {"fi": fi, "sv": sv, "en": en}


_PANELS: tuple[tuple[str, Translated, Translated], ...] = (
    ("taste", _t("Makupaneeli", "Smakpanelen", "Taste panel"),
     _t("Maista ja arvioi uutuustuotteita ennen kuin ne tulevat kauppoihin.",
        "Smaka och bedöm nyheter innan de kommer till butikerna.",
        "Taste and rate new products before they reach the shops.")),
    ("sustainability", _t("Vastuullisuuspaneeli", "Hållbarhetspanelen", "Sustainability panel"),
     _t("Kerro, miten vähennämme ruokahävikkiä ja pakkausmuovia.",
        "Berätta hur vi kan minska matsvinnet och plastförpackningarna.",
        "Tell us how we can cut food waste and plastic packaging.")),
    ("digital", _t("Digipalvelupaneeli", "Panelen för digitala tjänster", "Digital services panel"),
     _t("Testaa uusia sovelluksia ja palveluja ensimmäisten joukossa.",
        "Testa nya appar och tjänster bland de första.",
        "Be among the first to try new apps and services.")),
    ("families", _t("Lapsiperhepaneeli", "Barnfamiljepanelen", "Families panel"),
     _t("Kehitä kanssamme palveluja, jotka helpottavat lapsiperheiden arkea.",
        "Utveckla med oss tjänster som gör vardagen lättare för barnfamiljer.",
        "Help us shape services that make everyday life easier for families.")),
)

_Question = tuple[Translated, tuple[tuple[Translated, int], ...]]  # text, (option text, weight)

# A 1-5 scale question's options: the digits, the same in every language (the question says what they mean).
_SCALE: tuple[tuple[Translated, int], ...] = tuple((_t(str(n), str(n), str(n)), w) for n, w in
                                                   ((1, 6), (2, 14), (3, 33), (4, 31), (5, 16)))

# Questions that are not single choice, by their English text.
_QUESTION_KINDS: dict[str, str] = {
    "Which snacks would you like us to stock? Choose one or more.": "multiple",
    "How well does our range meet your wishes? (1 = poorly, 5 = excellently)": "scale",
    "How easy would paying with your phone be for you? (1 = very hard, 5 = very easy)": "scale",
}

# (panel code, title, opens days ago, closes days ago (negative: still open), respondents, questions)
_SURVEYS: tuple[tuple[str, Translated, int, int, int, tuple[_Question, ...]], ...] = (
    ("taste", _t("Joulupöydän laatikot", "Lådorna på julbordet", "Christmas casseroles"), 300, 280, 2051, (
        (_t("Mikä laatikko kuuluu joulupöytään?", "Vilken låda hör till julbordet?",
            "Which casserole belongs on the Christmas table?"),
         ((_t("Lanttulaatikko", "Kålrotslåda", "Swede casserole"), 38),
          (_t("Porkkanalaatikko", "Morotslåda", "Carrot casserole"), 35),
          (_t("Imelletty perunalaatikko", "Mämmad potatislåda", "Sweetened potato casserole"), 27))),
    )),
    ("taste", _t("Kevään uutuusleivät", "Vårens nya bröd", "New breads this spring"), 120, 100, 1284, (
        (_t("Mikä uutuusleivistä maistui parhaalta?", "Vilket av de nya bröden smakade bäst?",
            "Which of the new breads tasted best?"),
         ((_t("Kaura-ruisleipä", "Havre- och rågbröd", "Oat and rye bread"), 42),
          (_t("Siemenpatonki", "Fröbaguette", "Seed baguette"), 31),
          (_t("Perunarieska", "Potatisrieska", "Potato flatbread"), 27))),
        (_t("Ostaisitko tuotetta uudelleen?", "Skulle du köpa produkten igen?",
            "Would you buy the product again?"),
         ((_t("Kyllä", "Ja", "Yes"), 71), (_t("Ehkä", "Kanske", "Maybe"), 21), (_t("En", "Nej", "No"), 8))),
    )),
    ("taste", _t("Kasvipohjaiset välipalat", "Växtbaserade mellanmål", "Plant-based snacks"), 5, -16, 312, (
        (_t("Kuinka usein syöt kasvipohjaisia välipaloja?", "Hur ofta äter du växtbaserade mellanmål?",
            "How often do you eat plant-based snacks?"),
         ((_t("Päivittäin", "Dagligen", "Daily"), 18), (_t("Viikoittain", "Varje vecka", "Weekly"), 44),
          (_t("Harvemmin", "Mer sällan", "Less often"), 38))),
        (_t("Mitä välipaloja toivoisit valikoimaan? Valitse yksi tai useampi.",
            "Vilka mellanmål önskar du i sortimentet? Välj ett eller flera.",
            "Which snacks would you like us to stock? Choose one or more."),
         ((_t("Kauravälipalat", "Havremellanmål", "Oat snacks"), 41),
          (_t("Papusipsit", "Bönchips", "Bean crisps"), 23),
          (_t("Pähkinäpatukat", "Nötbarer", "Nut bars"), 36))),
        (_t("Kuinka hyvin nykyinen valikoima vastaa toiveitasi? (1 = huonosti, 5 = erinomaisesti)",
            "Hur väl motsvarar det nuvarande sortimentet dina önskemål? (1 = dåligt, 5 = utmärkt)",
            "How well does our range meet your wishes? (1 = poorly, 5 = excellently)"),
         _SCALE),
    )),
    ("sustainability", _t("Vähemmän muovipakkauksia", "Färre plastförpackningar", "Less plastic packaging"),
     200, 170, 1876, (
        (_t("Mistä pakkauksesta luopuisit ensimmäisenä?", "Vilken förpackning skulle du avstå från först?",
            "Which packaging would you give up first?"),
         ((_t("Hedelmäpussit", "Fruktpåsar", "Fruit bags"), 46),
          (_t("Kertakäyttökassit", "Engångskassar", "Single-use carrier bags"), 33),
          (_t("Muovirasiat", "Plastaskar", "Plastic trays"), 21))),
    )),
    ("sustainability", _t("Hävikkiruoka", "Svinnmat", "Food waste offers"), 10, -20, 540, (
        (_t("Ostatko punalappu- eli alennustuotteita?", "Köper du nedsatta varor med röd lapp?",
            "Do you buy red-label (reduced) products?"),
         ((_t("Usein", "Ofta", "Often"), 39), (_t("Joskus", "Ibland", "Sometimes"), 47),
          (_t("En koskaan", "Aldrig", "Never"), 14))),
    )),
    ("digital", _t("Sähköiset kuitit", "Elektroniska kvitton", "Electronic receipts"), 90, 60, 2410, (
        (_t("Haluatko paperikuitin kassalla?", "Vill du ha papperskvitto i kassan?",
            "Do you want a paper receipt at the till?"),
         ((_t("Aina", "Alltid", "Always"), 22),
          (_t("Vain pyydettäessä", "Bara på begäran", "Only when I ask"), 49),
          (_t("En koskaan", "Aldrig", "Never"), 29))),
        (_t("Missä katsot kuittisi?", "Var tittar du på dina kvitton?",
            "Where do you look at your receipts?"),
         ((_t("Sovelluksessa", "I appen", "In the app"), 57),
          (_t("Kioskilla", "I kiosken", "At the kiosk"), 12),
          (_t("Verkossa", "På webben", "On the web"), 31))),
    )),
    ("digital", _t("Kioskin käytettävyys", "Kioskens användbarhet", "Kiosk usability"), 45, 31, 655, (
        (_t("Oliko kioskin käyttö helppoa?", "Var kiosken lätt att använda?", "Was the kiosk easy to use?"),
         ((_t("Erittäin helppoa", "Mycket lätt", "Very easy"), 48),
          (_t("Melko helppoa", "Ganska lätt", "Fairly easy"), 39),
          (_t("Vaikeaa", "Svårt", "Difficult"), 13))),
    )),
    ("digital", _t("Mobiilimaksaminen", "Mobilbetalning", "Mobile payments"), 3, -27, 128, (
        (_t("Maksaisitko ostoksesi puhelimella?", "Skulle du betala dina inköp med telefonen?",
            "Would you pay for your shopping with your phone?"),
         ((_t("Kyllä", "Ja", "Yes"), 61), (_t("En", "Nej", "No"), 39))),
        (_t("Kuinka helppoa puhelimella maksaminen olisi sinulle? (1 = hyvin vaikeaa, 5 = hyvin helppoa)",
            "Hur lätt skulle det vara för dig att betala med telefonen? (1 = mycket svårt, 5 = mycket lätt)",
            "How easy would paying with your phone be for you? (1 = very hard, 5 = very easy)"),
         _SCALE),
    )),
    ("families", _t("Koulun alku", "Skolstarten", "Back to school"), 220, 190, 980, (
        (_t("Mikä helpottaisi koulun alun ostoksia?", "Vad skulle göra inköpen inför skolstarten lättare?",
            "What would make back-to-school shopping easier?"),
         ((_t("Valmiit ostoslistat", "Färdiga inköpslistor", "Ready-made shopping lists"), 35),
          (_t("Suurperhetarjoukset", "Erbjudanden för stora familjer", "Offers for big families"), 44),
          (_t("Kotiinkuljetus", "Hemleverans", "Home delivery"), 21))),
    )),
)

# (person key, panel code, joined days ago)
_PANEL_MEMBERSHIPS: tuple[tuple[str, str, int], ...] = (
    ("matti", "taste", 400),
    ("matti", "digital", 150),
    ("elsa", "sustainability", 300),
    ("sari", "families", 700),
)

# (code, kind, title, description)
_TOPICS: tuple[tuple[str, str, Translated, Translated], ...] = (
    ("weekly_offers", "newsletter", _t("Viikon tarjoukset", "Veckans erbjudanden", "Weekly offers"),
     _t("Lähikauppasi tarjoukset sähköpostiisi joka torstai.",
        "Din närbutiks erbjudanden i e-posten varje torsdag.",
        "Your local shop's offers by e-mail every Thursday.")),
    ("recipes", "newsletter", _t("Reseptit", "Recept", "Recipes"),
     _t("Sesongin reseptejä ja arjen ruokavinkkejä.", "Säsongens recept och matidéer för vardagen.",
        "Seasonal recipes and everyday meal ideas.")),
    ("owner_news", "newsletter", _t("Omistajauutiset", "Ägarnyheter", "Owner news"),
     _t("Osuuskauppasi ajankohtaiset asiat ja omistajaedut.",
        "Aktuellt från ditt andelslag och dina ägarförmåner.",
        "News from your cooperative and your owner benefits.")),
    ("travel", "newsletter", _t("Matkailu ja hotellit", "Resor och hotell", "Travel and hotels"),
     _t("Hotellien ja kylpylöiden omistajatarjoukset.", "Ägarerbjudanden på hotell och spa.",
        "Owner offers on hotels and spas.")),
    ("direct_mail", "channel", _t("Suoramainonta postitse", "Direktreklam per post", "Direct mail"),
     _t("Tarjouksia ja asiakaslehti kotiisi.", "Erbjudanden och kundtidning hem till dig.",
        "Offers and the customer magazine to your home.")),
    ("telemarketing", "channel", _t("Puhelinmarkkinointi", "Telefonmarknadsföring", "Telemarketing"),
     _t("Voimme soittaa sinulle ajankohtaisista eduista.", "Vi kan ringa dig om aktuella förmåner.",
        "We may call you about current benefits.")),
    ("customer_surveys", "channel", _t("Asiakaskyselyt", "Kundenkäter", "Customer surveys"),
     _t("Kutsuja kertomaan mielipiteesi palveluistamme.", "Inbjudningar att tycka till om våra tjänster.",
        "Invitations to tell us what you think of our services.")),
)

# Paperless receipts: e-receipts only, no paper receipt at the till (a choice, not a newsletter).
_PAPERLESS_TOPIC: tuple[str, str, Translated, Translated] = (
    "paperless_receipts", "receipts", _t("Paperittomat kuitit", "Papperslösa kvitton", "Paperless receipts"),
    _t("Kuitti vain sähköisenä, ei paperikuittia kassalla.", "Kvittot bara elektroniskt, inget papperskvitto "
       "i kassan.", "Your receipt as an e-receipt only, no paper receipt at the till."))

# (paperless on?, days ago) in order; the last is the current choice. Others never chose: paper.
_PAPERLESS_CHOICES: dict[str, tuple[tuple[bool, int], ...]] = {
    "matti": ((True, 64),),
    "elsa": ((True, 300), (False, 45)),
}

# Current choices, in the order of _TOPICS; people without a row here have never chosen.
_CHOICES: dict[str, tuple[bool, ...]] = {
    "matti": (True, True, True, False, True, False, True),
    "anna": (True, True, False, True, False, False, True),
    "elsa": (True, False, True, False, False, False, True),
    "eino": (False, False, False, False, True, False, False),  # no e-mail, no phone: letters only
    "james": (False, True, True, True, False, False, True),
    "sari": (True, True, True, True, True, False, True),
    "jari": (False, False, False, False, True, False, False),
}

# kind -> (title, smallest and largest amount in cents)
_CASH_BENEFITS: dict[str, tuple[Translated, int, int]] = {
    "fuel": (_t("Polttoaine-etu", "Bränsleförmån", "Fuel benefit"), 60, 640),
    "hotel": (_t("Hotelli- ja ravintolaetu", "Hotell- och restaurangförmån", "Hotel and restaurant benefit"),
              150, 2400),
    "partner": (_t("Kumppanietu: Optikko Kirkas", "Partnerförmån: Optiker Kirkas",
                   "Partner benefit: Kirkas Opticians"), 200, 1500),
}


# --- the builder -----------------------------------------------------------------------------------------


def _business_id(stem: str) -> str:
    """The first stem from `stem` up that has a check digit (remainder 1 has none)."""
    value = int(stem)
    while True:
        seven = f"{value:07d}"
        try:
            return f"{seven}-{business_id_check_digit(seven)}"
        except ValueError:
            value += 1


def _finnish_iban(bank_code: str, serial: int) -> str:
    """A Finnish IBAN whose domestic account also carries its Luhn check digit, as real ones do."""
    body = f"{bank_code}{serial:0{13 - len(bank_code)}d}"
    bban = body + luhn_check_digit(body)
    return f"FI{iban_check_digits('FI', bban)}{bban}"


def _split(total: int, weights: Sequence[int]) -> list[int]:
    """Split `total` by weights with the largest-remainder method, so the parts add up exactly."""
    weight_sum = sum(weights)
    exact = [total * weight / weight_sum for weight in weights]
    parts = [int(value) for value in exact]
    order = sorted(range(len(weights)), key=lambda index: parts[index] - exact[index])
    for index in order[: total - sum(parts)]:
        parts[index] += 1
    return parts


class _DemoBuilder:
    def __init__(self, db: Session, now: datetime, seed: int) -> None:
        self.db = db
        self.now = now
        self.rng = random.Random(seed)
        self.today = to_helsinki(now).date()
        self.current_month = self.today.replace(day=1)
        self.categories = load_category_rules(db)
        self.vat_table = load_vat_table(db)
        self.stores: dict[str, Store] = {}
        self.members: dict[str, Member] = {}
        self.households: dict[str, Household] = {}
        self.staff: dict[str, StaffMember] = {}
        self.last4: dict[str, dict[str, str]] = {}
        self.weights: dict[str, tuple[list[Product], list[float]]] = {}

    # time helpers ------------------------------------------------------------------------------

    def ago(self, days: int) -> datetime:
        """A whole-second daytime moment (09:00-20:00 Helsinki) `days` days ago, never after now.

        People join, get cards and change consents in office hours; records stamped at
        3 a.m. would make the register extracts look machine-made.
        """
        day = self.today - timedelta(days=days)
        local = datetime.combine(day, time(9), tzinfo=HELSINKI)
        local += timedelta(seconds=self.rng.randrange(11 * 3600))
        return min(local.astimezone(UTC), self.now.replace(microsecond=0))

    def moment(self, day: date, *, must: bool) -> datetime | None:
        """A time in opening hours on a Helsinki day, busiest late afternoon, never after now.

        With must=False a moment that would lie in the future is dropped (today's remaining
        hours have not happened yet); with must=True it is redrawn from the part of the day
        that has passed, or None when the store has not opened yet.
        """
        opening = datetime.combine(day, time(8), tzinfo=HELSINKI).astimezone(UTC)
        at = opening + timedelta(seconds=int(self.rng.triangular(0, _OPEN_SECONDS, 33_000)))
        if at <= self.now:
            return at
        if not must:
            return None
        passed = int((self.now - opening).total_seconds())
        if passed < 0:
            return None
        return opening + timedelta(seconds=self.rng.randint(0, passed))

    def past_moment(self, day: date) -> datetime:
        at = self.moment(day, must=True)
        if at is None:
            raise ValueError(f"{day} has not started yet")
        return at

    def moment_this_month(self) -> datetime:
        elapsed_days = (self.today - self.current_month).days + 1
        for _ in range(40):
            day = self.current_month + timedelta(days=self.rng.randrange(elapsed_days))
            at = self.moment(day, must=True)
            if at is not None:
                return at
        # The month began only minutes ago (before opening time on the 1st): a late-night
        # purchase is the only kind that can already belong to it.
        start = helsinki_day_start_utc(self.current_month)
        return start + timedelta(seconds=int((self.now - start).total_seconds() * self.rng.random()))

    # reference entities ---------------------------------------------------------------------------

    def add_stores_and_kiosks(self) -> None:
        business_ids = {seller: _business_id(stem) for seller, stem in _SELLERS.items()}
        for code, name, seller, street, postal_code, town in _STORES:
            self.stores[code] = Store(code=code, name=name, seller_name=seller,
                                      business_id=business_ids[seller], street=street,
                                      postal_code=postal_code, town=town)
        self.db.add_all(self.stores.values())
        self.db.flush()
        for kiosk_id, name, store_code, secret, active, days in _KIOSKS:
            self.db.add(KioskTerminal(
                id=kiosk_id, name=name, store_id=self.stores[store_code].id,
                secret_sha256=hashlib.sha256(secret.encode()).hexdigest(), active=active,
                created_at=self.ago(days),
            ))
        self.db.add(FleetOperator(name=DEMO_FLEET_OPERATOR, token_sha256=hashlib.sha256(DEMO_FLEET_TOKEN.encode())
                                  .hexdigest(), active=True, created_at=self.ago(200)))

    def add_people(self) -> None:
        for spec in _PEOPLE:
            joined = self.ago(spec.joined_days_ago)
            household_joined = joined if spec.household_joined_days_ago == spec.joined_days_ago \
                else self.ago(spec.household_joined_days_ago)
            if spec.household not in self.households:
                self.households[spec.household] = Household(created_at=household_joined)
            bank_account = None
            if spec.bank_code is not None:
                bank_account = _finnish_iban(spec.bank_code, self.rng.randrange(10**6, 10**7))
            member = Member(
                member_number=spec.member_number, household=self.households[spec.household], role=spec.role,
                first_name=spec.first_name, last_name=spec.last_name,
                hetu=make_hetu(spec.born, spec.individual),
                # "99" + birth month + individual: test identifiers, like the 9xx identity codes
                satu=make_satu(f"99{spec.born:%y%m}{spec.individual % 100:02d}"),
                language=spec.language, phone=spec.phone, email=spec.email, address_line1=spec.address_line1,
                address_line2=None, postal_code=spec.postal_code, town=spec.town, bank_account=bank_account,
                joined_at=joined, household_joined_at=household_joined,
                updated_at=self.ago(self.rng.randint(3, min(spec.household_joined_days_ago, 400))),
            )
            self.members[spec.key] = member
            self.last4[spec.key] = {
                method: f"{self.rng.randrange(10_000):04d}" for method in CARD_PAYMENT_METHODS
            }
        self.db.add_all(self.members.values())
        for key, number, first_name, last_name, role, store_code in _STAFF:
            self.staff[key] = StaffMember(
                employee_number=number, first_name=first_name, last_name=last_name, role=role,
                store_id=self.stores[store_code].id if store_code else None,
            )
        self.db.add_all(self.staff.values())
        self.db.flush()
        for card_key, card in DEMO_CARDS.items():
            holder, issued_days, changed_days = _CARD_HISTORY[card_key]
            issued = self.ago(issued_days)
            self.db.add(Card(
                number=card.number, kind=card.kind, status=card.status,
                public_key=public_key_der(demo_card_private_key(card.number)),
                member_id=self.members[holder].id if holder in self.members else None,
                staff_member_id=self.staff[holder].id if holder in self.staff else None,
                issued_at=issued,
                status_changed_at=issued if changed_days == issued_days else self.ago(changed_days),
            ))

    def add_card_history(self) -> None:
        """Each demo card's history as `cards show` tells it: issued (and lost or closed later)."""
        for card in self.db.scalars(select(Card).order_by(Card.id)):
            assert card.issued_at is not None
            self.db.add(CardEvent(card_id=card.id, at=card.issued_at, status="active", source="demo",
                                  member_id=card.member_id))
            if card.status != "active":
                self.db.add(CardEvent(card_id=card.id, at=card.status_changed_at, status=card.status, source="demo",
                                      member_id=card.member_id))

    def add_stock_cards(self) -> None:
        """Blank owner cards delivered to stores, for the staff flows (enrolment, card replacement)."""
        # A fixed moment, not self.ago(): drawing from the seeded random here would change every receipt after it.
        delivered = datetime.combine(self.today - timedelta(days=20), time(10), tzinfo=HELSINKI).astimezone(UTC)
        for stock in DEMO_STOCK_CARDS.values():
            card = Card(number=stock.number, kind=stock.kind, status="stock",
                        public_key=public_key_der(demo_card_private_key(stock.number)), member_id=None,
                        staff_member_id=None, store_id=self.stores[stock.store_code].id, delivered_at=delivered,
                        issued_at=None, status_changed_at=delivered)
            self.db.add(card)
            self.db.flush()
            self.db.add(CardEvent(card_id=card.id, at=delivered, status="stock", source="import"))

    # baskets -------------------------------------------------------------------------------------------

    def shopper_weights(self, key: str) -> tuple[list[Product], list[float]]:
        if key not in self.weights:
            factors = dict(_SHOPPERS[key].category_factors)
            products = [product for product in PRODUCTS if product.popularity > 0]
            cumulative: list[float] = []
            running = 0.0
            for product in products:
                running += product.popularity * factors.get(product.category, 1.0)
                cumulative.append(running)
            self.weights[key] = (products, cumulative)
        return self.weights[key]

    def item(self, product: Product) -> BasketItem[Product]:
        rng = self.rng
        if product.unit == "kg":
            quantity = rng.randint(120, 700) if product.price_cents > 1000 else rng.randint(180, 1900)
        elif product.category in ("electronics", "brokered"):
            quantity = 1000  # one appliance per warranty receipt; one top-up or stamp at a time
        else:
            quantity = 1000 * rng.choices((1, 2, 3, 4, 6), cum_weights=(78, 92, 96, 98, 100))[0]
        discount = 0
        if product.category in ("food", "household", "clothing") and rng.random() < 0.07:
            # a campaign price or a red "-30 %" sticker on food near its best-before date
            gross = line_total_cents(quantity, product.price_cents, 0)
            discount = gross * rng.choice((10, 20, 30, 30, 50)) // 100
        serial = None
        if product.serial_prefix:
            serial = f"{product.serial_prefix}{rng.randrange(10**9):09d}"
        return BasketItem(product, quantity, discount, serial)

    def random_basket(self, key: str) -> list[BasketItem[Product]]:
        shopper = _SHOPPERS[key]
        lines = round(self.rng.gammavariate(2.0, shopper.mean_lines / 2))
        lines = max(1, min(shopper.max_lines, lines))
        products, cumulative = self.shopper_weights(key)
        return [self.item(product) for product in self.rng.choices(products, cum_weights=cumulative, k=lines)]

    def budget_basket(self, key: str, budget_cents: int) -> list[BasketItem[Product]]:
        """A basket whose Bonus-eligible lines add up to just under budget_cents.

        Filled with eligible goods until a few euros remain, then topped up with a weighed
        item whose weight makes up the rest to the cent, as a shopper filling a bag would.
        """
        rng = self.rng
        products, cumulative = self.shopper_weights(key)
        items: list[BasketItem[Product]] = []
        remaining = budget_cents
        for _ in range(300):
            if remaining < 600 or len(items) >= 60:
                break
            product = rng.choices(products, cum_weights=cumulative)[0]
            if not self.categories[product.category].bonus_eligible:
                continue
            item = self.item(product)
            cost = line_total_cents(item.quantity_milli, product.price_cents, item.discount_cents)
            if cost <= remaining:
                items.append(item)
                remaining -= cost
        fillers = [
            product for product in PRODUCTS
            if product.unit == "kg" and 150 <= remaining * 1000 // product.price_cents <= 2500
        ]
        if fillers:
            filler = rng.choice(fillers)
            items.append(BasketItem(filler, remaining * 1000 // filler.price_cents))
        if rng.random() < 0.25:  # a stamp or a phone top-up: paid, but earns no Bonus
            name = rng.choice(("Postimerkki 1. lk", "Puhelinliittymän lataus 10 €"))
            items.append(self.item(PRODUCTS_BY_NAME[name]))
        rng.shuffle(items)
        return items

    def purchase(self, key: str, at: datetime, items: list[BasketItem[Product]]) -> _Purchase:
        shopper = _SHOPPERS[key]
        stores = shopper.stores
        if shopper.summer_stores and to_helsinki(at).month in (6, 7, 8):
            stores = shopper.summer_stores
        codes = [code for code, _ in stores]
        store_code = self.rng.choices(codes, weights=[weight for _, weight in stores])[0]
        methods = [method for method, _ in shopper.payments]
        method = self.rng.choices(methods, weights=[weight for _, weight in shopper.payments])[0]
        register = self.rng.randint(1, 8)
        return _Purchase(key, self.members[key], at, self.stores[store_code], register, items, method)

    # purchase histories ----------------------------------------------------------------------------------

    def history(self, key: str, first: date, last: date, per_day: float,
                tobacco_runs: float = 0.0) -> list[_Purchase]:
        """Receipts on days first..last, `per_day` on average, more on Fridays and Saturdays."""
        purchases = []
        tobacco = [p for p in PRODUCTS if p.category == "tobacco" and p.popularity > 0]
        day = first
        while day <= last:
            expected = per_day * _WEEKDAY_FACTOR[day.weekday()]
            count = int(expected) + (1 if self.rng.random() < expected - int(expected) else 0)
            for _ in range(count):
                at = self.moment(day, must=False)
                if at is None:
                    continue
                if tobacco_runs and self.rng.random() < tobacco_runs:
                    items = [self.item(self.rng.choice(tobacco)) for _ in range(self.rng.randint(1, 2))]
                else:
                    items = self.random_basket(key)
                purchases.append(self.purchase(key, at, items))
            day += timedelta(days=1)
        return purchases

    def virtanen_this_month(self) -> list[_Purchase]:
        """This month's Virtanen receipts, sized so the household stands at 555-575 €.

        The demo's Home page should say "€xx more lifts your Bonus to 3.5 %", so the
        month's Bonus-eligible purchases are planned, not left to chance.
        """
        rng = self.rng
        elapsed_days = (self.today - self.current_month).days + 1
        count = min(14, max(4, elapsed_days // 2 + 2))
        shoppers = ["matti", "anna"]
        shoppers += [rng.choice(("matti", "anna", "anna", "matti", "eetu")) for _ in range(count - 2)]
        # at least six adult trips, so no single basket has to hold more than ~150 € of groceries
        shoppers += [rng.choice(("matti", "anna")) for _ in range(6 - sum(key != "eetu" for key in shoppers))]
        target = rng.randint(55_500, 57_500)
        budgets = [rng.randint(600, 1500) if key == "eetu" else 0 for key in shoppers]
        adults = [index for index, key in enumerate(shoppers) if key != "eetu"]
        shares = _split(target - sum(budgets), [rng.randint(50, 150) for _ in adults])
        for index, share in zip(adults, shares, strict=True):
            budgets[index] = share
        return [
            self.purchase(key, self.moment_this_month(), self.budget_basket(key, budget))
            for key, budget in zip(shoppers, budgets, strict=True)
        ]

    def electronics(self) -> list[_Purchase]:
        """Purchases that carry warranty receipts, with a few everyday items alongside."""
        purchases = []
        for key, days_ago, name in _ELECTRONICS_PURCHASES:
            if days_ago is None:
                day = add_months_to_day(self.today, -24) + timedelta(days=14)
            else:
                day = self.today - timedelta(days=days_ago)
            at = self.past_moment(day)
            extras = self.random_basket(key)[: self.rng.randint(0, 4)]
            purchases.append(self.purchase(key, at, [self.item(PRODUCTS_BY_NAME[name]), *extras]))
        return purchases

    def plan_purchases(self) -> list[_Purchase]:
        today = self.today
        before_this_month = self.current_month - timedelta(days=1)
        eetu_joined = to_helsinki(self.members["eetu"].household_joined_at).date()
        pekka_lost = today - timedelta(days=_CARD_HISTORY["lost"][2])
        purchases = [
            *self.history("matti", today - timedelta(days=730), before_this_month, 0.22),
            *self.history("anna", today - timedelta(days=730), before_this_month, 0.25),
            *self.history("eetu", max(eetu_joined, today - timedelta(days=730)), before_this_month, 0.02),
            *self.virtanen_this_month(),
            *self.history("elsa", today - timedelta(days=365), today, 0.21),
            *self.history("eino", today - timedelta(days=365), today, 0.09),
            *self.history("james", today - timedelta(days=540), today, 0.2),
            *self.history("pekka", pekka_lost - timedelta(days=365), pekka_lost, 0.15),
            *self.history("sari", add_months_to_day(today, -60), today, 1.37),
            *self.history("jari", add_months_to_day(today, -60), today, 0.16, tobacco_runs=0.15),
            *self.electronics(),
        ]
        # One tobacco-only receipt paid with the owner card, whatever the seed: it earns
        # neither Bonus nor the payment-method benefit, and tests rely on it existing.
        at = self.past_moment(today - timedelta(days=3))
        cigarettes = PRODUCTS_BY_NAME["Savukkeet Pohjola Sininen 20 kpl"]
        purchases.append(_Purchase("jari", self.members["jari"], at, self.stores["5103"], 2,
                                   [BasketItem(cigarettes, 2000)], OWNER_CARD_PAYMENT))
        return purchases

    def write_receipts(self, purchases: list[_Purchase]) -> None:
        """Number the receipts in time order per till, as the stores' tills would have."""
        order = sorted(range(len(purchases)), key=lambda index: (purchases[index].at, index))
        next_id = (self.db.scalar(select(func.max(Receipt.id))) or 0) + 1
        receipts: list[dict[str, Any]] = []
        lines: list[dict[str, Any]] = []
        vats: list[dict[str, Any]] = []
        warranties: list[dict[str, Any]] = []
        sequences: dict[tuple[str, str, int], int] = {}
        for receipt_id, index in enumerate(order, start=next_id):
            purchase = purchases[index]
            day = to_helsinki(purchase.at).date()
            till = (purchase.store.code, day.strftime("%Y%m%d"), purchase.register)
            sequence = sequences[till] + 1 if till in sequences else self.rng.randint(1, 200)
            sequences[till] = sequence
            member = purchase.member
            method = purchase.payment_method
            last4 = self.last4[purchase.key][method] if method in CARD_PAYMENT_METHODS else None
            rows = receipt_rows(
                receipt_id=receipt_id,
                number=f"{till[0]}-{till[1]}-{till[2]:02d}-{sequence:04d}",
                member_id=member.id, household_id=member.household_id, store_id=purchase.store.id,
                purchased_at=purchase.at, items=purchase.items, payment_method=method,
                payment_card_last4=last4,
                categories=self.categories, vat_table=self.vat_table,
            )
            receipts.append(rows.receipt)
            lines.extend(rows.lines)
            vats.extend(rows.vat)
            for item in purchase.items:
                if item.product.warranty_months:
                    warranties.append({
                        "receipt_id": receipt_id, "member_id": member.id, "product_name": item.product.name,
                        "serial_number": item.serial_number, "ean": item.product.ean,
                        "warranty_months": item.product.warranty_months,
                        "warranty_ends_on": add_months_to_day(day, item.product.warranty_months),
                        "guarantor": item.product.guarantor,
                    })
        self.db.execute(insert(Receipt), receipts)
        self.db.execute(insert(ReceiptLine), lines)
        self.db.execute(insert(ReceiptVat), vats)
        self.db.execute(insert(WarrantyReceipt), warranties)
        if self.db.get_bind().dialect.name == "postgresql":
            # ids were assigned here, so the serial sequence has to be moved past them
            self.db.execute(text("SELECT setval(pg_get_serial_sequence('receipts', 'id'), "
                                 "(SELECT MAX(id) FROM receipts))"))

    # benefits, panels, communication ----------------------------------------------------------------------

    def add_cash_benefits(self) -> None:
        # household key -> (months back, chance of benefits in a month)
        plan = {"virtanen": (24, 0.6), "lindqvist": (12, 0.3), "makinen": (12, 0.2), "wilson": (18, 0.3),
                "nieminen": (12, 0.3), "jarvinen": (60, 0.6)}
        rows: list[dict[str, Any]] = []
        kinds = list(_CASH_BENEFITS)
        for household_key, (months_back, chance) in plan.items():
            household_id = self.households[household_key].id
            for offset in range(months_back, -1, -1):
                month = add_months(self.current_month, -offset)
                always = household_key == "virtanen" and offset == 0  # Home shows "other cash benefits"
                if not always and self.rng.random() >= chance:
                    continue
                for kind in self.rng.sample(kinds, k=self.rng.choice((1, 1, 2))):
                    title, low, high = _CASH_BENEFITS[kind]
                    rows.append({"household_id": household_id, "month": month, "kind": kind, "title": title,
                                 "amount_cents": self.rng.randint(low, high)})
        self.db.execute(insert(CashBenefit), rows)

    def add_panels(self) -> None:
        panels: dict[str, Panel] = {}
        for code, title, description in _PANELS:
            panels[code] = Panel(code=code, title=title, description=description, active=True)
        for code, title, opens_days, closes_days, respondents, questions in _SURVEYS:
            opens_at = self.ago(opens_days)
            if closes_days >= 0:
                closes_at = self.ago(closes_days)
            else:  # still open: closes at 23:59 Helsinki time in -closes_days days
                closing_day = self.today + timedelta(days=-closes_days)
                closes_at = datetime.combine(closing_day, time(23, 59), tzinfo=HELSINKI).astimezone(UTC)
            survey = Survey(title=title, opens_at=opens_at, closes_at=closes_at, respondents=respondents)
            for position, (question_text, options) in enumerate(questions, start=1):
                weights = [max(1, weight * 100 + self.rng.randint(-150, 150)) for _, weight in options]
                counts = _split(respondents, weights)
                kind = _QUESTION_KINDS.get(question_text["en"], "single")
                question = SurveyQuestion(position=position, kind=kind, text=question_text)
                for index, ((option_text, _), count) in enumerate(zip(options, counts, strict=True)):
                    option = SurveyOption(position=index + 1, text=option_text, answer_count=count)
                    question.options.append(option)
                survey.questions.append(question)
            panels[code].surveys.append(survey)
        self.db.add_all(panels.values())
        self.db.flush()
        for person, code, days in _PANEL_MEMBERSHIPS:
            self.db.add(PanelMembership(panel_id=panels[code].id, member_id=self.members[person].id,
                                        joined_at=self.ago(days), left_at=None))

    def add_communication(self) -> None:
        topics = [
            CommunicationTopic(code=code, kind=kind, position=position, title=title, description=description)
            for position, (code, kind, title, description) in enumerate(_TOPICS, start=1)
        ]
        self.db.add_all(topics)
        self.db.flush()
        choices: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for key, states in _CHOICES.items():
            member = self.members[key]
            member_days = (self.now - member.joined_at).days
            for topic, subscribed in zip(topics, states, strict=True):
                first_days = self.rng.randint(31, max(32, min(member_days - 1, 1800)))
                history = [(not subscribed, first_days), (subscribed, self.rng.randint(1, first_days - 1))] \
                    if self.rng.random() < 0.4 else [(subscribed, first_days)]
                at = self.now
                for position, (state, days) in enumerate(history):
                    at = self.ago(days)
                    source = "import" if position == 0 and days > 730 else self.rng.choice(("web", "store"))
                    events.append({"member_id": member.id, "topic_id": topic.id, "subscribed": state,
                                   "at": at, "source": source})
                choices.append({"member_id": member.id, "topic_id": topic.id, "subscribed": subscribed,
                                "changed_at": at})
        self.db.execute(insert(CommunicationChoice), choices)
        self.db.execute(insert(CommunicationEvent), events)
        self.add_paperless_receipts()

    def add_paperless_receipts(self) -> None:
        """The paperless-receipts choice (set at the chain's in-store terminal): on for some, off again for one."""
        code, kind, title, description = _PAPERLESS_TOPIC
        topic = CommunicationTopic(code=code, kind=kind, position=0, title=title, description=description)
        self.db.add(topic)
        self.db.flush()
        for key, history in _PAPERLESS_CHOICES.items():
            member = self.members[key]
            at = self.now
            for on, days in history:
                at = self.ago(days)
                self.db.add(CommunicationEvent(member_id=member.id, topic_id=topic.id, subscribed=on, at=at,
                                               source="store"))
            self.db.add(CommunicationChoice(member_id=member.id, topic_id=topic.id, subscribed=history[-1][0],
                                            changed_at=at))


def build_demo(db: Session, now: datetime | None = None, seed: int = 2026) -> None:
    """Fill an empty database with the demo chain, its members and their history, and commit.

    The same seed and `now` give the same rows, so tests and benchmarks can name
    receipts and totals. It refuses a database that already has members rather than
    mixing demo people into real ones.
    """
    moment = utcnow() if now is None else now
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    seed_reference_data(db)
    if db.scalar(select(func.count()).select_from(Member)):
        raise ValueError("the database already has members; build the demo into an empty database")
    builder = _DemoBuilder(db, moment.astimezone(UTC), seed)
    builder.add_stores_and_kiosks()
    builder.add_people()
    builder.db.flush()
    builder.add_card_history()
    builder.add_stock_cards()
    builder.write_receipts(builder.plan_purchases())
    builder.add_cash_benefits()
    builder.add_panels()
    builder.add_communication()
    db.commit()
