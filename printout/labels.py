"""Printed labels in fi, sv and en, and money, dates and quantities as a receipt prints them.

Without Qt on purpose: the backend renders the same documents for the phone page. The
formats follow kiosk.i18n.format (CLDR's fi_FI, sv_FI, en_IE), so a printed receipt and
the screen agree: "1 234,50 €" in fi and sv, "€1,234.50" in en; "25.11.2026 klo 14.05".
Spaces inside a value are no-break spaces, so a wrapped line never splits "12,34 €".
The payment methods' names here are also what the kiosk's receipt detail shows (and
the register data's words are printout.register_labels'): one table, one wording.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LANGUAGES = ("fi", "sv", "en")
NBSP = "\u00a0"
MINUS = "\u2212"  # fi and sv write a real minus sign
STORE_TIME_ZONE = ZoneInfo("Europe/Helsinki")

_LABELS: dict[str, tuple[str, str, str]] = {
    # key: (fi, sv, en)
    "copy": ("KOPIO", "KOPIA", "COPY"),
    "copy_note": ("Kuitin kopio, ei alkuperäinen", "Kopia av kvittot, inte originalet",
                  "Copy of the receipt, not the original"),
    "receipt": ("KUITTI", "KVITTO", "RECEIPT"),
    "business_id": ("Y-tunnus", "FO-nummer", "Business ID"),
    "receipt_number": ("Kuitin nro", "Kvittonr", "Receipt no."),
    "total": ("YHTEENSÄ", "TOTALT", "TOTAL"),
    "discount": ("Alennus", "Rabatt", "Discount"),
    "vat_rate": ("ALV", "Moms", "VAT"),
    "vat_net": ("Veroton", "Exkl. moms", "Net"),
    "vat_amount": ("Vero", "Moms", "VAT"),
    "vat_gross": ("Verollinen", "Inkl. moms", "Gross"),
    "payment": ("Maksutapa", "Betalningssätt", "Payment"),
    "card": ("Kortti", "Kort", "Card"),
    "bonus_eligible": ("Bonukseen oikeuttavat ostot", "Bonusgrundande köp", "Purchases earning Bonus"),
    "pcs": ("kpl", "st.", "pcs"),
    "kg": ("kg", "kg", "kg"),
    "warranty": ("TAKUUKUITTI", "GARANTIKVITTO", "WARRANTY RECEIPT"),
    "product": ("Tuote", "Produkt", "Product"),
    "serial_number": ("Sarjanumero", "Serienummer", "Serial number"),
    "ean": ("EAN", "EAN", "EAN"),
    "purchased_on": ("Ostopäivä", "Inköpsdatum", "Date of purchase"),
    "store": ("Myymälä", "Butik", "Store"),
    "warranty_period": ("Takuuaika", "Garantitid", "Warranty period"),
    "warranty_ends": ("Takuu päättyy", "Garantin upphör", "Warranty ends"),
    "guarantor": ("Takuunantaja", "Garantigivare", "Guarantor"),
    "register": ("REKISTERITIEDOT", "REGISTERUPPGIFTER", "REGISTER DATA"),
    "printed": ("Tulostettu", "Utskriven", "Printed"),
    "scan": ("Avaa puhelimella: skannaa koodi", "Öppna i telefonen: skanna koden", "Scan to open on your phone"),
    # the welcome slip of a new family member
    "welcome": ("TERVETULOA", "VÄLKOMMEN", "WELCOME"),
    "welcome_lead": ("omistaja-asiakkaaksi", "som ägarkund", "as an owner-customer"),
    "your_card": ("Korttisi", "Ditt kort", "Your card"),
    "household": ("Taloutesi", "Ditt hushåll", "Your household"),
    "owner_member": ("omistajajäsen", "ägarmedlem", "owner member"),
    "family_member": ("perheenjäsen", "familjemedlem", "family member"),
    "purchases_count_from": ("Ostosi kerryttävät talouden Bonusta", "Dina köp räknas in i hushållets bonus",
                             "Your purchases count for the household's Bonus"),
    "from_day": ("{date} alkaen", "från {date}", "from {date}"),
    "next_steps": ("Näin jatkat", "Så här fortsätter du", "What to do next"),
    "next_card": ("Näytä korttisi kassalla jokaisella ostokerralla.",
                  "Visa ditt kort i kassan varje gång du handlar.",
                  "Show your card at the checkout every time you shop."),
    "next_kiosk_strong": ("Asiakaspäätteellä näet etusi, kuittisi ja tietosi: aseta kortti lukijaan ja "
                          "vahvista mobiilivarmenteella.",
                          "På kundterminalen ser du dina förmåner, kvitton och uppgifter: sätt in kortet och "
                          "bekräfta med mobilcertifikatet.",
                          "At a kiosk you see your benefits, receipts and details: insert your card and confirm "
                          "with your mobile certificate."),
    "next_kiosk_card": ("Asiakaspäätteellä näet etusi, kun asetat kortin lukijaan. Kuittisi ja tietosi näet, "
                        "kun henkilökunta on lisännyt mobiilivarmenteellisen puhelinnumerosi.",
                        "På kundterminalen ser du dina förmåner när du sätter in kortet. Dina kvitton och "
                        "uppgifter ser du när personalen har lagt till ditt telefonnummer med mobilcertifikat.",
                        "At a kiosk you see your benefits when you insert your card. To see your receipts and "
                        "details, ask our staff to add your phone number with a mobile certificate."),
    # the technician's test page and cut test (printout.render.render_test_page)
    "test_page": ("TESTISIVU", "TESTSIDA", "TEST PAGE"),
    "cut_test": ("LEIKKUUTESTI", "SKÄRTEST", "CUT TEST"),
    "kiosk": ("Kioski", "Kiosk", "Kiosk"),
    "printer_width": ("Tulostusleveys", "Utskriftsbredd", "Print width"),
    "dots": ("pistettä", "punkter", "dots"),
    "ruler": ("Viivain, mm: reunaviivat näkyvät kokonaan", "Linjal, mm: kantlinjerna syns helt",
              "Ruler, mm: both edge lines print whole"),
    "characters": ("Merkit", "Tecken", "Characters"),
    "test_code": ("Testikoodi: kioski ja aika", "Testkod: kiosk och tid", "Test code: kiosk and time"),
    "cut_below": ("Paperi leikataan tämän alta", "Papperet skärs under detta", "The paper is cut below this"),
}

_MONTHS = ("{n} kk", "{n} mån.", "{n} months")

PAYMENT_METHODS: dict[str, tuple[str, str, str]] = {
    "owner_card_payment": ("Omistajakortin maksutoiminto", "Ägarkortets betalfunktion", "Owner card payment"),
    "debit_card": ("Pankkikortti", "Bankkort", "Debit card"),
    "credit_card": ("Luottokortti", "Kreditkort", "Credit card"),
    "mobile": ("Mobiilimaksu", "Mobilbetalning", "Mobile payment"),
    "cash": ("Käteinen", "Kontant", "Cash"),
}
"""The backend's payment_method codes (backend/demo.py) by name: the receipt on paper, the
phone page and the kiosk's receipt detail all name a method from here."""
OTHER_PAYMENT_METHOD = ("Muu maksutapa", "Annat betalsätt", "Other payment method")

_GROUP = {"fi": NBSP, "sv": NBSP, "en": ","}
_POINT = {"fi": ",", "sv": ",", "en": "."}
# No-break spaces: a wrapped line never leaves "klo" or the time alone.
_DATE_TIME_JOIN = {"fi": NBSP + "klo" + NBSP, "sv": NBSP + "kl." + NBSP, "en": "," + NBSP}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return lang


def text(key: str, lang: str) -> str:
    """A printed label, e.g. text("total", "fi") == "YHTEENSÄ"."""
    return _LABELS[key][LANGUAGES.index(check_language(lang))]


def months_text(count: int, lang: str) -> str:
    return _MONTHS[LANGUAGES.index(check_language(lang))].format(n=count)


def payment_method_text(code: str, lang: str) -> str:
    """The method's name; a code not in the table yet reads "Other payment method" in the reader's language
    (its code is a programmer's word, and in English, on a Finnish receipt)."""
    names = PAYMENT_METHODS.get(code, OTHER_PAYMENT_METHOD)
    return names[LANGUAGES.index(check_language(lang))]


def _whole(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return value


def grouped(units: int, lang: str) -> str:
    """A whole number with the language's thousands separator: 1 234 567 / 1,234,567."""
    digits = str(abs(units))
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return _GROUP[check_language(lang)].join(groups)


def amount(cents: int, lang: str) -> str:
    """Cents as a bare number with two decimals, no currency: "1 234,50" / "1,234.50"; for columns."""
    euros, rest = divmod(abs(_whole(cents, "cents")), 100)
    sign = ("-" if lang == "en" else MINUS) if cents < 0 else ""
    return f"{sign}{grouped(euros, lang)}{_POINT[lang]}{rest:02d}"


def money(cents: int, lang: str) -> str:
    """Cents as euros: "1 234,50 €" (fi, sv), "€1,234.50" (en); negative "−12,34 €" / "-€12.34"."""
    check_language(lang)
    bare = amount(abs(_whole(cents, "cents")), lang)
    if lang == "en":
        return ("-" if cents < 0 else "") + "€" + bare
    return (MINUS if cents < 0 else "") + bare + NBSP + "€"


def percent(bp: int, lang: str) -> str:
    """Basis points with as few decimals as needed: 2550 -> "25,5 %" (fi, sv), "25.5%" (en)."""
    units, hundredths = divmod(abs(_whole(bp, "bp")), 100)
    decimals = f"{hundredths:02d}".rstrip("0")
    number = str(units) + (_POINT[check_language(lang)] + decimals if decimals else "")
    sign = ("-" if lang == "en" else MINUS) if bp < 0 else ""
    return sign + number + ("%" if lang == "en" else NBSP + "%")


def quantity(milli: int, unit: str, lang: str) -> str:
    """A line's quantity with its unit: "2 kpl", "0,532 kg" (fi); kilograms always with grams."""
    whole, rest = divmod(abs(_whole(milli, "quantity_milli")), 1000)
    sign = ("-" if lang == "en" else MINUS) if milli < 0 else ""
    if unit == "kg":
        number = f"{grouped(whole, lang)}{_POINT[lang]}{rest:03d}"
    else:
        decimals = f"{rest:03d}".rstrip("0")
        number = grouped(whole, lang) + (_POINT[lang] + decimals if decimals else "")
    unit_text = text("kg", lang) if unit == "kg" else text("pcs", lang) if unit == "pcs" else unit
    return f"{sign}{number}{NBSP}{unit_text}"


def store_time(moment: datetime) -> datetime:
    """An aware datetime on the stores' clock; a naive one is taken as already on it."""
    return moment if moment.tzinfo is None else moment.astimezone(STORE_TIME_ZONE)


def date_text(day: date | datetime, lang: str) -> str:
    """25.11.2026 (fi, sv), 25/11/2026 (en); an aware datetime is first moved to Helsinki."""
    if isinstance(day, datetime):
        day = store_time(day).date()
    if check_language(lang) == "en":
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return f"{day.day}.{day.month}.{day.year:04d}"


def time_text(moment: datetime, lang: str) -> str:
    """14.05 and 9.03 (fi, sv: hours without a leading zero, as QLocale's fi_FI), 09:03 (en)."""
    local = store_time(moment)
    if check_language(lang) == "en":
        return f"{local.hour:02d}:{local.minute:02d}"
    return f"{local.hour}.{local.minute:02d}"


def datetime_text(moment: datetime, lang: str) -> str:
    """25.11.2026 klo 14.05 (fi), 25.11.2026 kl. 14.05 (sv), 25/11/2026, 14:05 (en)."""
    return date_text(moment, lang) + _DATE_TIME_JOIN[check_language(lang)] + time_text(moment, lang)
