"""Secrets, tokens and card signatures.

Kiosk secrets and session tokens are 256-bit random values, so a single SHA-256 is
the right way to store them: a slow password hash adds nothing against guessing a
random 256-bit value and would cost every request tens of milliseconds.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_public_key


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def secret_matches(presented: str, stored_sha256: str) -> bool:
    return hmac.compare_digest(sha256_hex(presented), stored_sha256)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_challenge() -> bytes:
    return secrets.token_bytes(32)


def card_signature_valid(public_key_der: bytes, challenge: bytes, signature_der: bytes) -> bool:
    """ECDSA P-256/SHA-256 over the raw challenge, as the card applet signs it (DESIGN.md §4)."""
    try:
        key = load_der_public_key(public_key_der)
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        key.verify(signature_der, challenge, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True


def mask_card_number(number: str) -> str:
    return f"{number[:4]} **** **** {number[-4:]}"
