"""The register data (as GET /v1/me/register-data groups it) as a printable document, in fi, sv or en.

Shared by the kiosk (print) and the backend (the phone page), so both say the same; the
words are printout.register_labels', which the kiosk's screen shows too. The
backend may add fields later: a key this module does not know still prints, under a
label made from its name, so the document never narrows what the registers hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from printout import labels, register_labels
from printout.documents import RegisterDocument, RegisterSection

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def key_label(key: str, lang: str) -> str:
    """The printed label of a register key; an unknown key prints as its words ("new_field" -> "New field")."""
    return register_labels.key_label(key, lang)


def _phrase(key: str, lang: str) -> str:
    """A key's label inside a line: "joined 17.11.2017"."""
    return register_labels.in_sentence(register_labels.key_label(key, lang))


def _word(value: Any, lang: str, key: str) -> str | None:
    """The table's words for a code, a yes or no, or nothing recorded; None for data printed as it is."""
    if value is None or value == "":
        return register_labels.word("not_recorded", lang)
    if isinstance(value, bool):
        if key == "subscribed":  # "Recipes, not subscribed" says more than "Recipes, no"
            return register_labels.word("subscribed" if value else "not_subscribed", lang)
        return register_labels.word("yes" if value else "no", lang)
    if isinstance(value, str):
        return register_labels.value_label(key, value, lang)
    return None


def value_text(value: Any, lang: str, key: str = "", *, inline: bool = False) -> str:
    """One register value as text: codes in words, ISO times on the stores' clock, lists one per line.

    `inline`: the value stands inside a line, so a word from the table starts in lower case.
    """
    words = _word(value, lang, key)
    if words is not None:
        return register_labels.in_sentence(words) if inline else words
    if isinstance(value, int):
        return labels.grouped(value, lang)
    if isinstance(value, str):
        return _moment_text(value, lang)
    if isinstance(value, Mapping):
        if value and set(value) <= set(labels.LANGUAGES):  # a translated text
            return str(value.get(lang) or next(iter(value.values())))
        if key == "address":
            return _address(value, lang)
        return ", ".join(f"{_phrase(k, lang)} {value_text(v, lang, k, inline=True)}" for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(_item_text(item, lang, key) for item in value) if value else register_labels.word("none",
                                                                                                            lang)
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


def _address(value: Mapping[str, Any], lang: str) -> str:
    town = " ".join(str(value[k]) for k in ("postal_code", "town") if value.get(k))
    known = [str(value[k]) for k in ("line1", "line2") if value.get(k)] + ([town] if town else [])
    extra = [str(v) for k, v in value.items() if k not in ("line1", "line2", "postal_code", "town") and v]
    return "\n".join(known + extra) or register_labels.word("not_recorded", lang)


def _item_text(item: Any, lang: str, list_key: str) -> str:
    """One entry of a list (a household member, a card, a consent...) on one line.

    When it happened first, then what it is about, then the rest: "30.10.2026 klo 12.24:
    Omistajauutiset, tilattu, kanava verkkopalvelu".
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
    codes = [value_text(rest.pop(k), lang, k, inline=True) for k in ("role", "kind") if k in rest]
    if codes:
        subject = f"{subject} ({', '.join(codes)})" if subject else ", ".join(codes)
    parts = [subject] if subject else []
    for key, value in rest.items():
        text = value_text(value, lang, key, inline=True)
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
                      lang: str, *, generated_at: datetime | None = None) -> RegisterDocument:
    """The two registers as sections of label and value rows, in `lang`, in printout.register_labels' words."""
    labels.check_language(lang)
    customer_register = _with_topic_titles(customer_register)
    sections = []
    for section_key, register in (("owner_customer_register", owner_customer_register),
                                  ("customer_register", customer_register)):
        rows = tuple((key_label(key, lang), value_text(value, lang, key)) for key, value in register.items())
        sections.append(RegisterSection(register_labels.section_title(section_key, lang), rows))
    name = owner_customer_register.get("name")
    return RegisterDocument(str(name) if name else "", tuple(sections), generated_at)
