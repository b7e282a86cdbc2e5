"""The register data's words in fi, sv and en: one table for the kiosk's screen, paper and the phone page.

The kiosk's screens otherwise translate with Qt, but the backend renders the phone page
without Qt, and two tables drifted apart ("Member since" on paper, "Owner member since"
on screen for the same date). So the screen reads these too (kiosk may import printout;
this imports nothing but printout.labels' language list). A new code or key the backend
sends still shows: a key made readable from its name, a code as it is.

Each text is written as it stands on its own ("In use"); `in_sentence` lowers its first
letter where paper runs several into one line ("Owner card, in use, issued 1.2.2024").
"""

from __future__ import annotations

from printout.labels import LANGUAGES, check_language

Words = tuple[str, str, str]
"""(fi, sv, en), in the order of printout.labels.LANGUAGES."""

SECTION_TITLES: dict[str, Words] = {
    "owner_customer_register": ("Omistaja-asiakasrekisteri", "Ägarkundregistret", "Owner-customer register"),
    "customer_register": ("Asiakasrekisteri", "Kundregistret", "Customer register"),
}

KEY_LABELS: dict[str, Words] = {
    # the owner-customer register
    "member_number": ("Jäsennumero", "Medlemsnummer", "Member number"),
    "name": ("Nimi", "Namn", "Name"),
    "identity_code": ("Henkilötunnus (osittain piilotettu)", "Personbeteckning (delvis dold)",
                      "Personal identity code (partly hidden)"),
    "birth_date": ("Syntymäaika", "Födelsedatum", "Date of birth"),
    "role_in_household": ("Rooli taloudessa", "Roll i hushållet", "Role in the household"),
    "member_since": ("Jäsen alkaen", "Medlem sedan", "Member since"),  # family members too: not "owner member"
    "household": ("Talouden jäsenet", "Hushållets medlemmar", "Household members"),
    "role": ("Rooli", "Roll", "Role"),
    "joined": ("Liittynyt", "Anslöt sig", "Joined"),
    "cards": ("Kortit", "Kort", "Cards"),
    "number": ("Kortin numero", "Kortnummer", "Card number"),
    "kind": ("Tyyppi", "Typ", "Type"),
    "status": ("Tila", "Status", "Status"),
    "issued": ("Myönnetty", "Utfärdat", "Issued"),
    "status_changed": ("Tila muuttunut", "Status ändrad", "Status changed"),
    "bank_account": ("Tilinumero maksuja varten", "Bankkonto för utbetalningar", "Bank account for payouts"),
    # the customer register
    "language": ("Asiointikieli", "Kontaktspråk", "Language for messages"),
    "phone": ("Puhelinnumero", "Telefonnummer", "Phone number"),
    "email": ("Sähköpostiosoite", "E-postadress", "E-mail address"),
    "address": ("Osoite", "Adress", "Address"),
    "line1": ("Katuosoite", "Gatuadress", "Street address"),
    "line2": ("Osoitteen lisärivi", "Extra adressrad", "Address line 2"),
    "postal_code": ("Postinumero", "Postnummer", "Postal code"),
    "town": ("Postitoimipaikka", "Postanstalt", "Town"),
    "details_updated": ("Yhteystiedot päivitetty viimeksi", "Kontaktuppgifterna senast uppdaterade",
                        "Contact details last updated"),
    "communication": ("Uutiskirjeet ja markkinointivalinnat", "Nyhetsbrev och marknadsföringsval",
                      "Newsletters and marketing choices"),
    "topic": ("Aihe", "Ämne", "Topic"),
    "title": ("Otsikko", "Rubrik", "Title"),
    "subscribed": ("Tilattu", "Prenumererar", "Subscribed"),
    "changed": ("Muutettu", "Ändrat", "Changed"),
    "communication_history": ("Suostumusten historia", "Samtyckeshistorik", "Consent history"),
    "at": ("Aika", "Tid", "Time"),
    "source": ("Kanava", "Kanal", "Channel"),
    "panels": ("Asiakaspaneelit", "Kundpaneler", "Customer panels"),
    "panel": ("Paneeli", "Panel", "Panel"),
    "left": ("Eronnut", "Lämnade", "Left"),
    "purchases": ("Ostot", "Inköp", "Purchases"),
    "receipts": ("Kuitteja", "Kvitton", "Receipts"),
    "first": ("Ensimmäinen ostos", "Första inköpet", "First purchase"),
    "last": ("Viimeisin ostos", "Senaste inköpet", "Latest purchase"),
    "kiosk_sessions": ("Käynnit päätteillä (viimeiset 20)", "Besök vid terminaler (de senaste 20)",
                       "Visits to kiosks (latest 20)"),
    "kiosk": ("Pääte", "Terminal", "Kiosk"),
    "started": ("Alkoi", "Började", "Started"),
    "assurance": ("Tunnistus", "Identifiering", "Identified with"),
    "ended": ("Päättyi", "Slutade", "Ended"),
    "end_reason": ("Päättymisen syy", "Hur det slutade", "How it ended"),
}

_ROLES: dict[str, Words] = {"owner": ("Omistajajäsen", "Ägarmedlem", "Owner member"),
                            "family": ("Perheenjäsen", "Familjemedlem", "Family member")}

VALUE_LABELS: dict[str, dict[str, Words]] = {
    "role": _ROLES,
    "role_in_household": _ROLES,
    "kind": {"owner": ("Omistajakortti", "Ägarkort", "Owner card"),
             "staff": ("Henkilökunnan kortti", "Personalkort", "Staff card"),
             "technician": ("Huoltokortti", "Servicekort", "Technician card")},
    "status": {"active": ("Käytössä", "I bruk", "In use"), "closed": ("Suljettu", "Stängt", "Closed"),
               "lost": ("Ilmoitettu kadonneeksi", "Anmält förlorat", "Reported lost")},
    "language": {"fi": ("Suomi", "Finska", "Finnish"), "sv": ("Ruotsi", "Svenska", "Swedish"),
                 "en": ("Englanti", "Engelska", "English")},
    "assurance": {"card": ("Vain kortilla", "Endast kort", "Card only"),
                  "strong": ("Kortilla ja mobiilivarmenteella", "Kort och mobilcertifikat",
                             "Card and mobile certificate")},
    "end_reason": {"end_button": ("Lopeta asiointi -painike", "Knappen Avsluta besöket", "The End session button"),
                   "card_removed": ("Kortti otettiin pois", "Kortet togs ut", "Card taken out"),
                   "idle": ("Aikakatkaisu", "Inaktivitet", "Inactivity"),
                   "expired": ("Käynnin enimmäisaika täyttyi", "Besökets längsta tid gick ut",
                               "The visit's time limit was reached"),
                   "kiosk_shutdown": ("Pääte sammutettiin", "Terminalen stängdes av", "Kiosk shut down"),
                   "revoked": ("Palvelu päätti käynnin", "Tjänsten avslutade besöket", "Ended by the service"),
                   "other": ("Muu", "Annat", "Other")},
    "source": {"web": ("Verkkopalvelu", "Webbtjänst", "Online service"),
               "store": ("Myymälässä", "I en butik", "In a store"),
               "import": ("Aiempi asiakasjärjestelmä", "Tidigare kundsystem", "Earlier customer system")},
}
"""Codes the registers hold, by the key they appear under."""

KIOSK_SOURCE: Words = ("Pääte {kiosk}", "Terminal {kiosk}", "Kiosk {kiosk}")
"""A consent changed at a kiosk has the source "kiosk:<id>"."""

WORDS: dict[str, Words] = {
    "yes": ("Kyllä", "Ja", "Yes"),
    "no": ("Ei", "Nej", "No"),
    "subscribed": ("Tilattu", "Prenumererar", "Subscribed"),
    "not_subscribed": ("Ei tilattu", "Prenumererar inte", "Not subscribed"),
    "not_recorded": ("Ei tietoa", "Ingen uppgift", "Not recorded"),
    "none": ("Ei yhtään", "Inga", "None"),
}
"""Words for values that are not codes: yes and no, nothing recorded, an empty list."""


def _pick(words: Words, lang: str) -> str:
    return words[LANGUAGES.index(check_language(lang))]


def section_title(key: str, lang: str) -> str:
    names = SECTION_TITLES.get(key)
    return _pick(names, lang) if names else readable(key)


def key_label(key: str, lang: str) -> str:
    """A register key's label; an unknown key as its words ("loyalty_tier" -> "Loyalty tier")."""
    names = KEY_LABELS.get(key)
    return _pick(names, lang) if names else readable(key)


def value_label(key: str, code: str, lang: str) -> str | None:
    """The words for a code found under `key` ("status", "lost" -> "Reported lost"); None if not a known code."""
    names = VALUE_LABELS.get(key, {}).get(code)
    if names is not None:
        return _pick(names, lang)
    if key == "source" and code.startswith("kiosk:"):
        return _pick(KIOSK_SOURCE, lang).format(kiosk=code.removeprefix("kiosk:"))
    return None


def word(name: str, lang: str) -> str:
    """One of WORDS, e.g. word("not_recorded", "sv") == "Ingen uppgift"."""
    return _pick(WORDS[name], lang)


def readable(key: str) -> str:
    """A key the table does not know, made readable: "loyalty_tier" -> "Loyalty tier"."""
    words = key.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else key


def in_sentence(text: str) -> str:
    """A label or value inside a line: first letter lowered, unless it starts an abbreviation ("EAN")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
