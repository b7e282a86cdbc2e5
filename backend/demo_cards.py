"""The demo's kiosks and cards: numbers, holders, signing keys and PINs.

Kept apart from the demo data builder (backend.demo) and free of SQLAlchemy, because
the kiosk process in demo mode needs the cards (its virtual card reader signs with
these keys) but must not carry the backend's database stack in its memory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

# --- kiosk terminals -------------------------------------------------------------------

DEMO_KIOSK_ID = "demo-kiosk-01"
DEMO_KIOSK_SECRET = "demo-kiosk-01-secret-not-for-production"
DEMO_KIOSK_2_ID = "demo-kiosk-02"
DEMO_KIOSK_2_SECRET = "demo-kiosk-02-secret-not-for-production"
RETIRED_KIOSK_ID = "retired-kiosk"
RETIRED_KIOSK_SECRET = "retired-kiosk-secret-not-for-production"
# The demo's fleet operator (HTTP Basic on GET /v1/fleet and /fleet).
DEMO_FLEET_OPERATOR = "demo-operator"
DEMO_FLEET_TOKEN = "demo-operator-token-not-for-production"

# --- cards ---------------------------------------------------------------------------------

_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def demo_card_private_key(card_number: str) -> ec.EllipticCurvePrivateKey:
    """The demo card's signing key, derived from its number.

    A derived key lets the virtual smart card, the tests and the database agree on a
    card's key pair without shipping key files; it is as public as this source file,
    which is why only demo cards may ever use it.
    """
    digest = hashlib.sha256(b"owner-kiosk demo card " + card_number.encode()).digest()
    scalar = int.from_bytes(digest, "big") % (_P256_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def public_key_der(private_key: ec.EllipticCurvePrivateKey) -> bytes:
    """SubjectPublicKeyInfo DER, the form Card.public_key stores."""
    return private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@dataclass(frozen=True)
class DemoCard:
    number: str
    kind: str  # owner | staff | technician
    holder: str
    status: str  # active | closed | lost


# Keys are the names tests and the virtual card use; numbers are "6401", a two-digit
# issuer group (10 Aurinko, 20 Meri, 30 Skärgården, 90 staff), a serial and the Luhn check
# digit. Written out rather than computed: the kiosk's demo mode imports this module, and
# computing them would load python-stdnum at its start-up (tests/backend/test_demo_data.py
# checks each with stdnum's Luhn).
DEMO_CARDS: dict[str, DemoCard] = {
    "matti": DemoCard("6401100023456015", "owner", "Matti Virtanen", "active"),
    "anna": DemoCard("6401100023456023", "owner", "Anna Virtanen", "active"),
    "eetu": DemoCard("6401100098765035", "owner", "Eetu Virtanen", "active"),
    "elsa": DemoCard("6401300045671043", "owner", "Elsa Lindqvist", "active"),
    "eino": DemoCard("6401100001238054", "owner", "Eino Mäkinen", "active"),
    "james": DemoCard("6401200045678065", "owner", "James Wilson", "active"),
    "james_closed": DemoCard("6401200011223078", "owner", "James Wilson", "closed"),
    "lost": DemoCard("6401100034567081", "owner", "Pekka Nieminen", "lost"),
    "sari": DemoCard("6401200023456096", "owner", "Sari Järvinen", "active"),
    "jari": DemoCard("6401200023457102", "owner", "Jari Järvinen", "active"),
    "staff": DemoCard("6401900001042111", "staff", "Liisa Korhonen", "active"),
    "technician": DemoCard("6401900000017122", "technician", "Timo Lehtinen", "active"),
}

# The PINs the virtual staff and technician cards accept: the backend never sees a PIN
# (the card only signs after VERIFY), so these live here for the card emulator and tests.
DEMO_CARD_PINS: dict[str, str] = {"staff": "2580", "technician": "7913"}

# --- stock cards and a person to enrol (the staff flows) ------------------------------------------


@dataclass(frozen=True)
class DemoStockCard:
    """A blank owner card in a store's stock: a card manufacturer's delivery, not yet anyone's."""

    number: str
    kind: str
    store_code: str  # the store it was delivered to


# New cards for the demo kiosk's store (4101, Aurinko Keskusta) and one of another
# store's stock (5101, Meri Kamppi), which the demo kiosk must refuse. Their keys are
# derived like the other demo cards' (demo_card_private_key), so the virtual card reader
# can be them. Numbers as above: "6401", the issuer group, a serial, the Luhn digit.
DEMO_STOCK_CARDS: dict[str, DemoStockCard] = {
    "stock_1": DemoStockCard("6401100050000017", "owner", "4101"),
    "stock_2": DemoStockCard("6401100050000025", "owner", "4101"),
    "stock_3": DemoStockCard("6401100050000033", "owner", "4101"),
    "stock_other_store": DemoStockCard("6401200050000049", "owner", "5101"),
}


@dataclass(frozen=True)
class DemoPerson:
    """Someone who is not a member yet but has a mobile certificate (in the simulated MSSP)."""

    first_name: str
    last_name: str
    identity_code: str  # individual number 9xx: a test code no real person has
    satu: str
    phone: str
    language: str


# Matti Virtanen's daughter, to be enrolled into his household with her own mobile certificate.
DEMO_PROSPECT = DemoPerson(first_name="Aino", last_name="Virtanen", identity_code="031107A9132", satu="99071113B",
                           phone="+358401234570", language="fi")
