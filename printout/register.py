"""The register data (as GET /v1/me/register-data groups it) as a printable document, in fi, sv or en.

Shared by the kiosk (print) and the backend (the phone page), so both say the same. The
backend may add fields later: a key this module does not know still prints, under a
label made from its name, so the document never narrows what the registers hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from printout import labels
from printout.documents import RegisterDocument, RegisterSection

_L = labels.LANGUAGES

_SECTION_TITLES: dict[str, tuple[str, str, str]] = {
    "owner_customer_register": ("Omistaja-asiakasrekisteri", "Ägarkundregistret", "Owner-customer register"),
    "customer_register": ("Asiakasrekisteri", "Kundregistret", "Customer register"),
}

_KEY_LABELS: dict[str, tuple[str, str, str]] = {
    "member_number": ("Jäsennumero", "Medlemsnummer", "Member number"),
    "name": ("Nimi", "Namn", "Name"),
    "identity_code": ("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "birth_date": ("Syntymäaika", "Födelsedatum", "Date of birth"),
    "role_in_household": ("Rooli taloudessa", "Roll i hushållet", "Role in the household"),
    "member_since": ("Jäsen alkaen", "Medlem sedan", "Member since"),
    "household": ("Talous", "Hushåll", "Household"),
    "cards": ("Kortit", "Kort", "Cards"),
    "bank_account": ("Tilinumero", "Kontonummer", "Bank account"),
    "language": ("Asiointikieli", "Språk", "Language"),
    "phone": ("Puhelin", "Telefon", "Phone"),
    "email": ("Sähköposti", "E-post", "Email"),
    "address": ("Osoite", "Adress", "Address"),
    "details_updated": ("Tiedot päivitetty", "Uppgifterna uppdaterade", "Details updated"),
    "communication": ("Uutiskirjeet ja kanavat", "Nyhetsbrev och kanaler", "Newsletters and channels"),
    "communication_history": ("Suostumusten historia", "Samtyckeshistorik", "Consent history"),
    "panels": ("Asiakaspaneelit", "Kundpaneler", "Customer panels"),
    "purchases": ("Ostot", "Köp", "Purchases"),
    "kiosk_sessions": ("Kioskikäynnit", "Kioskbesök", "Kiosk visits"),
    # keys inside list items and nested groups
    "role": ("Rooli", "Roll", "Role"),
    "joined": ("liittynyt", "anslöt", "joined"),
    "left": ("erosi", "lämnade", "left"),
    "number": ("Numero", "Nummer", "Number"),
    "kind": ("Tyyppi", "Typ", "Type"),
    "status": ("Tila", "Status", "Status"),
    "issued": ("myönnetty", "utfärdat", "issued"),
    "status_changed": ("tila muuttunut", "status ändrad", "status changed"),
    "topic": ("Aihe", "Ämne", "Topic"),
    "title": ("Otsikko", "Rubrik", "Title"),
    "subscribed": ("Tilattu", "Prenumererar", "Subscribed"),
    "changed": ("muutettu", "ändrad", "changed"),
    "at": ("Aika", "Tid", "Time"),
    "source": ("lähde", "källa", "source"),
    "panel": ("Paneeli", "Panel", "Panel"),
    "receipts": ("kuitteja", "kvitton", "receipts"),
    "first": ("ensimmäinen", "första", "first"),
    "last": ("viimeisin", "senaste", "latest"),
    "kiosk": ("Kioski", "Kiosk", "Kiosk"),
    "started": ("Alkoi", "Började", "Started"),
    "assurance": ("tunnistus", "identifiering", "assurance"),
    "ended": ("päättyi", "slutade", "ended"),
    "end_reason": ("syy", "orsak", "reason"),
}

# Codes the registers hold, by the key they appear under.
_VALUES: dict[str, dict[str, tuple[str, str, str]]] = {
    "role": {"owner": ("omistaja", "ägare", "owner"), "family": ("perheenjäsen", "familjemedlem", "family member")},
    "kind": {"owner": ("omistajakortti", "ägarkort", "owner card"),
             "staff": ("henkilökunnan kortti", "personalkort", "staff card"),
             "technician": ("huoltokortti", "servicekort", "technician card")},
    "status": {"active": ("voimassa", "giltigt", "active"), "closed": ("suljettu", "stängt", "closed"),
               "lost": ("kadonnut", "förlorat", "lost")},
    "language": {"fi": ("suomi", "finska", "Finnish"), "sv": ("ruotsi", "svenska", "Swedish"),
                 "en": ("englanti", "engelska", "English")},
    "assurance": {"card": ("kortti", "kort", "card"), "strong": ("vahva", "stark", "strong")},
    "end_reason": {"end_button": ("Lopeta-painike", "Avsluta-knappen", "End button"),
                   "card_removed": ("kortti otettiin pois", "kortet togs ut", "card removed"),
                   "idle": ("ei käyttöä", "inaktivitet", "idle"),
                   "expired": ("aika päättyi", "tiden gick ut", "timed out"),
                   "kiosk_shutdown": ("kioski suljettiin", "kiosken stängdes", "kiosk shut down"),
                   "revoked": ("peruttu", "återkallad", "revoked"),
                   "other": ("muu", "annan", "other")},
}
_VALUES["role_in_household"] = _VALUES["role"]
_VALUES["source"] = {"web": ("verkkopalvelu", "webbtjänsten", "web service"), "store": ("myymälä", "butiken", "store"),
                     "import": ("tiedonsiirto", "dataöverföring", "data import")}

_SUBSCRIBED = {True: ("tilattu", "prenumererar", "subscribed"),
               False: ("ei tilattu", "prenumererar inte", "not subscribed")}
_YES_NO = {True: ("kyllä", "ja", "yes"), False: ("ei", "nej", "no")}
_NONE = "–"

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def key_label(key: str, lang: str) -> str:
    """The printed label of a register key; an unknown key prints as its words ("new_field" -> "New field")."""
    names = _KEY_LABELS.get(key)
    if names is None:
        return key.replace("_", " ").capitalize()
    text = names[_L.index(lang)]
    return text[:1].upper() + text[1:]


def _phrase(key: str, lang: str) -> str:
    """A key's label inside a sentence: lower case where the language writes it so."""
    names = _KEY_LABELS.get(key)
    return names[_L.index(lang)] if names else key.replace("_", " ")


def value_text(value: Any, lang: str, key: str = "") -> str:
    """One register value as text: codes translated, ISO times on the stores' clock, lists one per line."""
    if value is None or value == "":
        return _NONE
    if isinstance(value, bool):
        table = _SUBSCRIBED if key == "subscribed" else _YES_NO
        return table[value][_L.index(lang)]
    if isinstance(value, int):
        return labels.grouped(value, lang)
    if isinstance(value, str):
        if key in _VALUES and value in _VALUES[key]:
            return _VALUES[key][value][_L.index(lang)]
        return _moment_text(value, lang)
    if isinstance(value, Mapping):
        if value and set(value) <= set(_L):  # a translated text
            return str(value.get(lang) or next(iter(value.values())))
        if key == "address":
            return _address(value)
        return ", ".join(f"{_phrase(k, lang)} {value_text(v, lang, k)}" for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(_item_text(item, lang, key) for item in value) if value else _NONE
    return str(value)


def _moment_text(text: str, lang: str) -> str:
    try:
        if _ISO_DATETIME.match(text):
            return labels.datetime_text(datetime.fromisoformat(text), lang)
        if _ISO_DATE.match(text):
            return labels.date_text(date.fromisoformat(text), lang)
    except ValueError:
        pass
    return text


def _address(value: Mapping[str, Any]) -> str:
    town = " ".join(str(value[k]) for k in ("postal_code", "town") if value.get(k))
    known = [str(value[k]) for k in ("line1", "line2") if value.get(k)] + ([town] if town else [])
    extra = [str(v) for k, v in value.items() if k not in ("line1", "line2", "postal_code", "town") and v]
    return "\n".join(known + extra) or _NONE


def _item_text(item: Any, lang: str, list_key: str) -> str:
    """One entry of a list (a household member, a card, a consent...) on one line.

    When it happened first, then what it is about, then the rest: "30.10.2026 klo 12.24:
    Omistajatuutiset, tilattu, lähde verkkopalvelu".
    """
    if not isinstance(item, Mapping):
        return value_text(item, lang, list_key)
    rest = {k: v for k, v in item.items() if v is not None and v != ""}
    when_key = next((k for k in ("started", "at") if k in rest), None)
    subject_key = next((k for k in ("title", "name", "number") if k in rest), None)
    if subject_key in ("title", "name"):  # the code beside a title says nothing more to a reader
        rest.pop("topic", None)
        rest.pop("panel", None)
    when = value_text(rest.pop(when_key), lang, when_key) if when_key else ""
    subject = value_text(rest.pop(subject_key), lang, subject_key) if subject_key else ""
    codes = [value_text(rest.pop(k), lang, k) for k in ("role", "kind") if k in rest]
    if codes:
        subject = f"{subject} ({', '.join(codes)})" if subject else ", ".join(codes)
    parts = [subject] if subject else []
    for key, value in rest.items():
        text = value_text(value, lang, key)
        plain = isinstance(value, bool) or key in ("status", "topic", "panel", "kiosk")
        parts.append(text if plain else f"{_phrase(key, lang)} {text}")
    line = ", ".join(parts)
    return f"{when}: {line}" if when and line else when or line


def _with_topic_titles(register: Mapping[str, Any]) -> dict[str, Any]:
    """The consent history names topics by code; give each entry the topic's title from the subscriptions."""
    result = dict(register)
    choices, history = register.get("communication"), register.get("communication_history")
    if not isinstance(choices, list) or not isinstance(history, list):
        return result
    titles = {c["topic"]: c["title"] for c in choices if isinstance(c, Mapping) and "topic" in c and "title" in c}
    result["communication_history"] = [
        {"title": titles[h["topic"]], **h} if isinstance(h, Mapping) and h.get("topic") in titles
        and "title" not in h else h
        for h in history]
    return result


def register_document(owner_customer_register: Mapping[str, Any], customer_register: Mapping[str, Any],
                      lang: str, *, generated_at: datetime | None = None,
                      label_overrides: Mapping[str, str] | None = None) -> RegisterDocument:
    """The two registers as sections of label and value rows, in `lang`.

    `label_overrides` replaces the label of a key or a section title (by its key), for a
    caller whose screen words some of them differently and wants paper and screen to agree.
    """
    labels.check_language(lang)
    overrides = label_overrides or {}
    customer_register = _with_topic_titles(customer_register)
    sections = []
    for section_key, register in (("owner_customer_register", owner_customer_register),
                                  ("customer_register", customer_register)):
        title = overrides.get(section_key) or _SECTION_TITLES[section_key][_L.index(lang)]
        rows = tuple((overrides.get(key) or key_label(key, lang), value_text(value, lang, key))
                     for key, value in register.items())
        sections.append(RegisterSection(title, rows))
    name = owner_customer_register.get("name")
    return RegisterDocument(str(name) if name else "", tuple(sections), generated_at)
