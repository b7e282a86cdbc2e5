"""What a printed document says, independent of who built it (kiosk API types or database rows).

Money is integer cents, quantities thousandths (1000 = one piece or one kilogram), VAT
rates basis points (2550 = 25.5 %), times aware datetimes (shown on the stores' clock).
Texts are as the till printed them; only labels are translated at rendering time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    quantity_milli: int
    unit: str  # "pcs" | "kg"
    unit_price_cents: int
    discount_cents: int  # positive: the amount taken off
    total_cents: int
    vat_rate_bp: int


@dataclass(frozen=True)
class VatLine:
    rate_bp: int
    net_cents: int
    vat_cents: int
    gross_cents: int


@dataclass(frozen=True)
class ReceiptDocument:
    seller_name: str
    business_id: str
    store_name: str
    store_address: str  # one line, e.g. "Mannerheimintie 1, 00100 Helsinki"
    purchased_at: datetime
    receipt_number: str
    lines: tuple[ReceiptLine, ...]
    vat: tuple[VatLine, ...]
    total_cents: int
    payment_method: str  # a code, e.g. "owner_card_payment"; labels.payment_method_text names it
    card_last4: str | None
    bonus_eligible_cents: int


@dataclass(frozen=True)
class WarrantyDocument:
    product_name: str
    serial_number: str | None
    ean: str | None
    purchased_on: date
    store_name: str
    warranty_months: int
    warranty_ends_on: date
    guarantor: str
    receipt_number: str
    seller_name: str | None = None  # the kiosk's warranty list does not carry the seller
    business_id: str | None = None


@dataclass(frozen=True)
class RegisterSection:
    title: str
    rows: tuple[tuple[str, str], ...]  # (label, value), both already in the reader's language


@dataclass(frozen=True)
class RegisterDocument:
    member_name: str
    sections: tuple[RegisterSection, ...]
    generated_at: datetime | None = None


Document = ReceiptDocument | WarrantyDocument | RegisterDocument


@dataclass(frozen=True)
class HouseholdEntry:
    name: str
    owner: bool  # the household's owner member; else a family member


@dataclass(frozen=True)
class WelcomeSlip:
    """What a new family member takes home from the kiosk: printed once, by the staff flow only.

    Not a `Document`: it is never fetched again, linked to a phone or recorded as a print.
    """

    member_name: str
    card_number_masked: str  # "6401 **** **** 0017"
    household: tuple[HouseholdEntry, ...]
    purchases_count_from: date
    mobile_certificate: bool  # confirmed with their own mobile certificate: strong assurance on their own
    printed_at: datetime | None = None
