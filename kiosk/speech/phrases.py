"""What the speech engine is given to say: money, numbers, dates, codes and counts as a
person says them in Finnish, Swedish and English, and the words for a control's role and
state ("Kuitit, välilehti, valittu").

Pure: no Qt, no engine. The screens show "44,41 €" and "25.11.2026"; a voice reading
that literally says "44 pilkku 41 euro" or "25 piste 11 piste". `speakable()` turns
the text a screen shows into the text a person would say; espeak-ng then reads the
digits that remain as numbers in the voice's language. Money is integer cents, never
a float.
"""

from __future__ import annotations

import re
from datetime import date

LANGUAGES = ("fi", "sv", "en")

NBSP = "\u00a0"
MINUS = "\u2212"


def _lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    return lang


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# --- money -------------------------------------------------------------------------------------

_EURO = {"fi": ("euro", "euroa"), "sv": ("euro", "euro"), "en": ("euro", "euros")}
_CENT = {"fi": ("sentti", "senttiä"), "sv": ("cent", "cent"), "en": ("cent", "cents")}
_MINUS_WORD = {"fi": "miinus", "sv": "minus", "en": "minus"}


def money(cents: int, lang: str) -> str:
    """4441 -> "44 euroa 41 senttiä" (fi), "44 euro 41 cent" (sv), "44 euros 41 cents" (en).

    Whole euros leave the cents out ("12 euroa"), less than a euro leaves the euros out
    ("41 senttiä"), nothing at all is "0 euroa".
    """
    lang = _lang(lang)
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError(f"cents must be an int, not {type(cents).__name__}")
    euros, rest = divmod(abs(cents), 100)
    parts = []
    if euros or not rest:
        parts.append(_plural(euros, *_EURO[lang]))
    if rest:
        parts.append(_plural(rest, *_CENT[lang]))
    spoken = " ".join(parts)
    return f"{_MINUS_WORD[lang]} {spoken}" if cents < 0 else spoken


# --- percentages, counts, durations ------------------------------------------------------------

_PERCENT_WORD = {"fi": "prosenttia", "sv": "procent", "en": "percent"}
_DECIMAL_POINT = {"fi": ",", "sv": ",", "en": "."}


def percent(bp: int, lang: str) -> str:
    """Basis points: 350 -> "3,5 prosenttia", "3,5 procent", "3.5 percent"."""
    lang = _lang(lang)
    units, hundredths = divmod(abs(bp), 100)
    decimals = f"{hundredths:02d}".rstrip("0")
    number = f"{units}{_DECIMAL_POINT[lang]}{decimals}" if decimals else str(units)
    spoken = f"{number} {_PERCENT_WORD[lang]}"
    return f"{_MINUS_WORD[lang]} {spoken}" if bp < 0 else spoken


def count(n: int, one: str, many: str) -> str:
    """A count with its noun in the right number: count(3, "kuitti", "kuittia") -> "3 kuittia"."""
    return _plural(n, one, many)


_DIGITS_ENTERED = {"fi": ("numero syötetty", "numeroa syötetty"), "sv": ("siffra inskriven", "siffror inskrivna"),
                   "en": ("digit entered", "digits entered")}


def digits_entered(n: int, lang: str) -> str:
    """What a PIN pad says after a key: how many digits there are, never which."""
    return count(n, *_DIGITS_ENTERED[_lang(lang)])


_MINUTE = {"fi": ("minuutti", "minuuttia"), "sv": ("minut", "minuter"), "en": ("minute", "minutes")}
_SECOND = {"fi": ("sekunti", "sekuntia"), "sv": ("sekund", "sekunder"), "en": ("second", "seconds")}


def duration(seconds: int, lang: str) -> str:
    """90 -> "1 minuutti 30 sekuntia", "1 minut 30 sekunder", "1 minute 30 seconds"."""
    lang = _lang(lang)
    minutes, rest = divmod(max(0, seconds), 60)
    parts = []
    if minutes:
        parts.append(_plural(minutes, *_MINUTE[lang]))
    if rest or not minutes:
        parts.append(_plural(rest, *_SECOND[lang]))
    return " ".join(parts)


# --- dates -------------------------------------------------------------------------------------

_FI_MONTHS = ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
              "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta")
_SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
              "november", "december")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_FI_ORDINALS = ("ensimmäinen", "toinen", "kolmas", "neljäs", "viides", "kuudes", "seitsemäs", "kahdeksas",
                "yhdeksäs", "kymmenes")
_FI_TEENS = ("yhdestoista", "kahdestoista", "kolmastoista", "neljästoista", "viidestoista", "kuudestoista",
             "seitsemästoista", "kahdeksastoista", "yhdeksästoista")


def _fi_ordinal(day: int) -> str:
    """1..31 as a Finnish ordinal word: espeak-ng reads "25." as a plain number."""
    if day <= 10:
        return _FI_ORDINALS[day - 1]
    if day < 20:
        return _FI_TEENS[day - 11]
    tens, ones = divmod(day, 10)
    head = "kahdeskymmenes" if tens == 2 else "kolmaskymmenes"
    return head + (_FI_ORDINALS[ones - 1] if ones else "")


def _sv_ordinal(day: int) -> str:
    suffix = ":a" if day % 10 in (1, 2) and day not in (11, 12) else ":e"
    return f"{day}{suffix}"


def _en_ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date_phrase(d: date, lang: str) -> str:
    """A date as it is said: "kahdeskymmenesviides marraskuuta 2026", "den 25:e november 2026",
    "the 25th of November 2026"."""
    lang = _lang(lang)
    if lang == "fi":
        return f"{_fi_ordinal(d.day)} {_FI_MONTHS[d.month - 1]} {d.year}"
    if lang == "sv":
        return f"den {_sv_ordinal(d.day)} {_SV_MONTHS[d.month - 1]} {d.year}"
    return f"the {_en_ordinal(d.day)} of {_EN_MONTHS[d.month - 1]} {d.year}"


# --- codes -------------------------------------------------------------------------------------


def spell(code: str) -> str:
    """An event code letter by letter, with a pause between: "K7QW" -> "K, 7, Q, W".

    Every voice says a single letter by its name in its own language ("koo", "kå", "kay")
    and a single digit as a number; without the commas "K7QW" would be read as a word.
    """
    return ", ".join(ch for ch in code if not ch.isspace())


# --- roles and states --------------------------------------------------------------------------

ROLES = {
    "tab": {"fi": "välilehti", "sv": "flik", "en": "tab"},
    "button": {"fi": "painike", "sv": "knapp", "en": "button"},
    "switch": {"fi": "kytkin", "sv": "omkopplare", "en": "switch"},
    "checkbox": {"fi": "valintaruutu", "sv": "kryssruta", "en": "check box"},
    "radio": {"fi": "valintanappi", "sv": "alternativknapp", "en": "option"},
    "text_field": {"fi": "tekstikenttä", "sv": "textfält", "en": "text field"},
    "list": {"fi": "luettelo", "sv": "lista", "en": "list"},
    "list_item": {"fi": "luettelon kohta", "sv": "listobjekt", "en": "list item"},
    "digit_key": {"fi": "numeronäppäin", "sv": "siffertangent", "en": "number key"},
    "key": {"fi": "näppäin", "sv": "tangent", "en": "key"},
    "text": {"fi": "teksti", "sv": "text", "en": "text"},
}

STATES = {
    "selected": {"fi": "valittu", "sv": "vald", "en": "selected"},
    "not_selected": {"fi": "ei valittu", "sv": "inte vald", "en": "not selected"},
    "on": {"fi": "päällä", "sv": "på", "en": "on"},
    "off": {"fi": "pois päältä", "sv": "av", "en": "off"},
    "checked": {"fi": "valittu", "sv": "markerad", "en": "checked"},
    "not_checked": {"fi": "ei valittu", "sv": "inte markerad", "en": "not checked"},
    "unavailable": {"fi": "ei käytettävissä", "sv": "inte tillgänglig", "en": "unavailable"},
    "locked": {"fi": "lukittu", "sv": "låst", "en": "locked"},
    "empty": {"fi": "tyhjä", "sv": "tom", "en": "empty"},
}


def describe(name: str, role: str, states: tuple[str, ...], lang: str) -> str:
    """A focused control as a screen reader says it: "Kuitit, välilehti, valittu"."""
    lang = _lang(lang)
    parts = [name] if name else []
    parts.append(ROLES[role][lang])
    parts.extend(STATES[state][lang] for state in states)
    return ", ".join(parts)


# --- the texts the screens show, made speakable ------------------------------------------------

_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+"
_SIGN = r"[-\u2212]?"
# "1 234,50 €" / "−12,34 €" (fi, sv) and "€1,234.50" / "-€12.34" (en)
_MONEY_FI = re.compile(rf"({_SIGN})({_NUMBER})(?:,(\d{{2}}))?[ \u00a0]?€")
_MONEY_EN = re.compile(r"([-\u2212]?)€(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?")
_PERCENT_FI = re.compile(rf"({_SIGN})(\d+)(?:,(\d+))?[ \u00a0]?%")
_PERCENT_EN = re.compile(r"([-\u2212]?)(\d+)(?:\.(\d+))?%")
_DATE_FI = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_DATE_EN = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_LONG_DATE_FI = re.compile(r"\b(\d{1,2})\.\s+(" + "|".join(_FI_MONTHS) + r")\b")
_LONG_DATE_SV = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_SV_MONTHS) + r")\b")
_LONG_DATE_EN = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_EN_MONTHS) + r")\b")
_MASK = re.compile(r"\*[*\s]*")
_GROUPED = re.compile(r"\b(\d{1,3}(?:[\u00a0\u202f ]\d{3})+)\b")


def _cents(sign: str, whole: str, decimals: str | None) -> int:
    euros = int(re.sub(r"\D", "", whole))
    cents = euros * 100 + (int(decimals) if decimals else 0)
    return -cents if sign else cents


def _basis_points(sign: str, whole: str, decimals: str | None) -> int:
    fraction = (decimals or "").ljust(2, "0")[:2]
    bp = int(whole) * 100 + int(fraction)
    return -bp if sign else bp


def _safe_date(day: str, month: str, year: str, lang: str, original: str) -> str:
    try:
        return date_phrase(date(int(year), int(month), int(day)), lang)
    except ValueError:
        return original


def speakable(text: str, lang: str) -> str:
    """The text a screen shows, as it is said: money, percentages, dates and grouped numbers
    in words a voice reads right; everything else as it is."""
    lang = _lang(lang)
    if lang == "en":
        text = _MONEY_EN.sub(lambda m: money(_cents(m[1], m[2], m[3]), lang), text)
        text = _PERCENT_EN.sub(lambda m: percent(_basis_points(m[1], m[2], m[3]), lang), text)
        text = _DATE_EN.sub(lambda m: _safe_date(m[1], m[2], m[3], lang, m[0]), text)
    else:
        text = _MONEY_FI.sub(lambda m: money(_cents(m[1], m[2], m[3]), lang), text)
        text = _PERCENT_FI.sub(lambda m: percent(_basis_points(m[1], m[2], m[3]), lang), text)
        text = _DATE_FI.sub(lambda m: _safe_date(m[1], m[2], m[3], lang, m[0]), text)
    text = text.replace(NBSP, " ")
    if lang == "fi":
        text = _LONG_DATE_FI.sub(lambda m: f"{_fi_ordinal(int(m[1])) if 1 <= int(m[1]) <= 31 else m[1]} {m[2]}", text)
    elif lang == "sv":
        text = _LONG_DATE_SV.sub(lambda m: f"den {_sv_ordinal(int(m[1]))} {m[2]}", text)
    else:
        text = _LONG_DATE_EN.sub(lambda m: f"the {_en_ordinal(int(m[1]))} of {m[2]}", text)
    # Masked digits (a phone number, an account) are left out, with a pause where they were.
    text = _MASK.sub(", ", text).replace(" , ", ", ").replace(" \u00b7 ", ", ").replace("\u00b7", ",")
    # "12 345" (a no-break space between groups) would be read as twelve, three hundred ...
    text = _GROUPED.sub(lambda m: re.sub(r"\D", "", m[1]), text)
    text = text.replace(NBSP, " ").replace("\u202f", " ").replace(MINUS, "-")
    return re.sub(r"[ \t]+", " ", text).strip()
