"""A test PKI: the operator CA of the simulated MSSP and the mobile certificates it issues.

Test only, never for production trust. A CA made with `TestCa.from_seed` is the same in
every process (same key, serial, dates and signature), so the backend and a separately
started simulator agree on the trust anchor from a shared seed alone, without sharing files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

UserKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

# A seeded CA must not depend on the day it is built, or two processes started on either
# side of midnight would disagree; these dates cover any demo and test run.
SEEDED_NOT_BEFORE = datetime(2020, 1, 1, tzinfo=UTC)
SEEDED_NOT_AFTER = datetime(2049, 12, 31, tzinfo=UTC)

_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


@dataclass(frozen=True)
class TestCa:
    """A self-signed ECDSA P-256 CA that issues mobile-user certificates."""

    __test__ = False  # the name starts with "Test"; keep pytest from collecting it

    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @classmethod
    def create(cls, name: str, *, issuer: TestCa | None = None, not_before: datetime | None = None,
               not_after: datetime | None = None) -> TestCa:
        """A fresh random CA; with `issuer`, an intermediate CA under it (for chain tests)."""
        now = datetime.now(UTC)
        key = ec.generate_private_key(ec.SECP256R1())
        return cls._build(name, key, serial=x509.random_serial_number(), issuer=issuer,
                          not_before=not_before or now - timedelta(days=365),
                          not_after=not_after or now + timedelta(days=10 * 365), deterministic=False)

    @classmethod
    def from_seed(cls, name: str, seed: bytes) -> TestCa:
        """The same CA (byte for byte) for the same name and seed, in any process."""
        digest = hashlib.sha256(b"owner-kiosk test CA key\x00" + seed).digest()
        scalar = int.from_bytes(digest, "big") % (_P256_ORDER - 1) + 1
        key = ec.derive_private_key(scalar, ec.SECP256R1())
        serial_digest = hashlib.sha256(b"owner-kiosk test CA serial\x00" + seed).digest()
        serial = int.from_bytes(serial_digest[:16], "big") >> 1 or 1  # positive, at most 127 bits
        return cls._build(name, key, serial=serial, issuer=None, not_before=SEEDED_NOT_BEFORE,
                          not_after=SEEDED_NOT_AFTER, deterministic=True)

    @classmethod
    def _build(cls, name: str, key: ec.EllipticCurvePrivateKey, *, serial: int, issuer: TestCa | None,
               not_before: datetime, not_after: datetime, deterministic: bool) -> TestCa:
        subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Owner kiosk test PKI"),
                             x509.NameAttribute(NameOID.COMMON_NAME, name)])
        public = key.public_key()
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer.cert.subject if issuer else subject)
            .public_key(public)
            .serial_number(serial)
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_key_usage(key_cert_sign=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        )
        signing_key = issuer.key if issuer else key
        if issuer:
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False)
        cert = builder.sign(signing_key, hashes.SHA256(), ecdsa_deterministic=deterministic)
        return cls(cert=cert, key=key)

    @property
    def name(self) -> str:
        return str(self.cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def issue_user_certificate(ca: TestCa, *, satu: str, given_name: str, surname: str,
                           not_before: datetime | None = None, not_after: datetime | None = None,
                           key: UserKey | None = None) -> tuple[x509.Certificate, UserKey]:
    """A mobile-user authentication certificate: the subject's serialNumber carries the SATU.

    `key` lets a test use an RSA signer; by default a fresh P-256 key is made.
    """
    now = datetime.now(UTC)
    user_key: UserKey = key if key is not None else ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, satu),
        x509.NameAttribute(NameOID.GIVEN_NAME, given_name),
        x509.NameAttribute(NameOID.SURNAME, surname),
        x509.NameAttribute(NameOID.COMMON_NAME, f"{surname.upper()} {given_name.upper()}"),
    ])
    public = user_key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.cert.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - timedelta(days=1))
        .not_valid_after(not_after or now + timedelta(days=2 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False)
        .sign(ca.key, hashes.SHA256())
    )
    return cert, user_key


def _key_usage(*, digital_signature: bool = False, key_cert_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=digital_signature, content_commitment=False, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=key_cert_sign,
                         crl_sign=key_cert_sign, encipher_only=False, decipher_only=False)
