"""CMS (PKCS#7 SignedData): signing in the simulated MSSP, verification in the backend.

The backend trusts a mobile-certificate answer only after `verify_cms` has checked, in
this order: the structure, that the signed content is exactly our challenge, the signature,
a chain to one of the configured operator CAs, and the validity dates. Every failure is a
`CmsError` with a stable `code`; hostile bytes can make verification fail but never raise
anything else (tests/backend/test_mssp_cms.py fuzzes this).

RFC 5652 allows the forms MSSPs use, and each is accepted with the same checks: the
content inside or left out ("detached": the backend knows it, it is its own challenge),
and signed attributes (the signature covers them, and their messageDigest the content)
or none (the signature covers the content itself).

`cryptography` builds CMS but cannot read a SignerInfo, so reading goes through asn1crypto,
which parses lazily: any access can raise, which is why all of the reading happens in
`_parse` under one guard and yields plain values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from asn1crypto import cms as asn1_cms
from asn1crypto import core as asn1_core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

CmsErrorCode = Literal["malformed", "content_mismatch", "bad_signature", "untrusted", "expired"]
CmsForm = Literal["attached", "detached", "no_signed_attributes"]

_SIGNED_DATA = "1.2.840.113549.1.7.2"
_DATA = "1.2.840.113549.1.7.1"
_CONTENT_TYPE_ATTR = "1.2.840.113549.1.9.3"
_MESSAGE_DIGEST_ATTR = "1.2.840.113549.1.9.4"

_DIGESTS: dict[str, str] = {
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
}
# Signature algorithm OID -> (key family, hash it implies or None when the digest algorithm decides).
_SIGNATURES: dict[str, tuple[str, str | None]] = {
    "1.2.840.10045.4.3.2": ("ecdsa", "sha256"),
    "1.2.840.10045.4.3.3": ("ecdsa", "sha384"),
    "1.2.840.10045.4.3.4": ("ecdsa", "sha512"),
    "1.2.840.10045.2.1": ("ecdsa", None),  # id-ecPublicKey, as some signers write it
    "1.2.840.113549.1.1.1": ("rsa", None),  # rsaEncryption: PKCS#1 v1.5 with the digest algorithm
    "1.2.840.113549.1.1.11": ("rsa", "sha256"),
    "1.2.840.113549.1.1.12": ("rsa", "sha384"),
    "1.2.840.113549.1.1.13": ("rsa", "sha512"),
}
_HASHES: dict[str, type[hashes.SHA256 | hashes.SHA384 | hashes.SHA512]] = {
    "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
_MAX_INTERMEDIATES = 4

SignerKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


class CmsError(Exception):
    """Why a CMS signature is refused; `code` is stable, the message is for logs only."""

    def __init__(self, code: CmsErrorCode, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code: CmsErrorCode = code
        self.detail = detail


def sign_cms(data: bytes, cert: x509.Certificate, key: SignerKey,
             extra_certs: Sequence[x509.Certificate] = (), form: CmsForm = "attached") -> bytes:
    """DER SignedData, SHA-256, signer certificate included; by default content attached and signed attributes.

    `Binary` keeps the data byte-exact (otherwise LF becomes CRLF and the digest no longer
    matches the challenge); `extra_certs` adds intermediates to the certificate set;
    `form` packages it as another MSSP would (see the module docstring).
    """
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256())
    for extra in extra_certs:
        builder = builder.add_certificate(extra)
    options = [pkcs7.PKCS7Options.Binary]
    if form == "detached":
        options.append(pkcs7.PKCS7Options.DetachedSignature)
    elif form == "no_signed_attributes":
        options.append(pkcs7.PKCS7Options.NoAttributes)
    return builder.sign(serialization.Encoding.DER, options)


def subject_serial_number(cert: x509.Certificate) -> str | None:
    """The subject's serialNumber (OID 2.5.4.5), the SATU in a Finnish mobile certificate.

    None when absent or present more than once: an ambiguous identity is no identity.
    """
    attributes = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if len(attributes) != 1 or not isinstance(attributes[0].value, str):
        return None
    return attributes[0].value


def verify_cms(cms_der: bytes, expected_content: bytes, anchors: Sequence[x509.Certificate],
               now: datetime) -> x509.Certificate:
    """The signer certificate of a CMS that signs exactly `expected_content` and chains to `anchors`.

    Only `anchors` are trusted; certificates inside the CMS serve as the signer and as
    intermediates, never as anchors. `now` must carry a timezone.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    try:
        return _verify(cms_der, expected_content, anchors, now)
    except CmsError:
        raise
    except Exception as error:  # hostile input must only ever be refused
        raise CmsError("malformed", f"{type(error).__name__}: {error}") from error


@dataclass(frozen=True)
class _Parsed:
    content: bytes | None  # None: detached
    digest: str
    family: str
    signed_attrs_der: bytes | None  # re-tagged as SET OF, the bytes the signature covers; None: no attributes
    message_digest: bytes | None  # from the signed attributes
    signature: bytes
    signer_der: bytes
    other_certs_der: tuple[bytes, ...]


def _verify(cms_der: bytes, expected_content: bytes, anchors: Sequence[x509.Certificate],
            now: datetime) -> x509.Certificate:
    parsed = _parse(cms_der)
    if parsed.content is not None and parsed.content != expected_content:
        raise CmsError("content_mismatch", "the signed content is not the expected content")
    # Detached or not, what must have been signed is our own challenge.
    if parsed.signed_attrs_der is None:
        signed_bytes = expected_content
    else:
        if hashlib.new(parsed.digest, expected_content).digest() != parsed.message_digest:
            raise CmsError("content_mismatch", "messageDigest does not match the content")
        signed_bytes = parsed.signed_attrs_der

    try:
        signer = x509.load_der_x509_certificate(parsed.signer_der)
    except ValueError as error:
        raise CmsError("malformed", "signer certificate unreadable") from error
    _check_signature(signer, parsed, signed_bytes)

    pool = [cert for cert in map(_load_certificate, parsed.other_certs_der) if cert is not None]
    chain = _chain(signer, pool, anchors)
    if chain is None:
        raise CmsError("untrusted", "the signer certificate does not chain to a configured CA")
    for cert in (signer, *chain):
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            raise CmsError("expired", f"certificate {cert.subject.rfc4514_string()} not valid at {now.isoformat()}")
    return signer


def _parse(cms_der: bytes) -> _Parsed:
    """Everything the checks need, as plain values; any surprise is "malformed"."""
    try:
        info = asn1_cms.ContentInfo.load(cms_der, strict=True)
        if info["content_type"].dotted != _SIGNED_DATA:
            raise CmsError("malformed", "not SignedData")
        signed = info["content"]
        signer_infos = signed["signer_infos"]
        if len(signer_infos) != 1:
            raise CmsError("malformed", f"{len(signer_infos)} signers")
        signer_info = signer_infos[0]

        encap = signed["encap_content_info"]
        if encap["content_type"].dotted != _DATA:
            raise CmsError("malformed", "encapsulated content is not id-data")
        content = encap["content"].native
        if content is not None and not isinstance(content, bytes):
            raise CmsError("malformed", "encapsulated content is not an OCTET STRING")

        digest = _DIGESTS.get(signer_info["digest_algorithm"]["algorithm"].dotted)
        if digest is None:
            raise CmsError("malformed", "unsupported digest algorithm")
        family, implied = _SIGNATURES.get(signer_info["signature_algorithm"]["algorithm"].dotted, ("", None))
        if not family or implied not in (None, digest):
            raise CmsError("malformed", "unsupported signature algorithm")

        signed_attrs_der, message_digest = _signed_attributes(signer_info["signed_attrs"])
        signature = signer_info["signature"].native
        if not isinstance(signature, bytes):
            raise CmsError("malformed", "signature is not an OCTET STRING")

        certs = [choice.chosen for choice in signed["certificates"] if choice.name == "certificate"]
        signers = [cert for cert in certs if _identifies(signer_info["sid"], cert)]
        if len(signers) != 1:
            raise CmsError("malformed", f"{len(signers)} certificates match the signer identifier")
        return _Parsed(
            content=content, digest=digest, family=family, signed_attrs_der=signed_attrs_der,
            message_digest=message_digest, signature=signature, signer_der=signers[0].dump(),
            other_certs_der=tuple(cert.dump() for cert in certs if cert is not signers[0]))
    except CmsError:
        raise
    except Exception as error:
        raise CmsError("malformed", f"{type(error).__name__}: {error}") from error


def _signed_attributes(signed_attrs: asn1_cms.CMSAttributes | asn1_core.Void) -> tuple[bytes | None, bytes | None]:
    """(the DER the signature covers, messageDigest), or (None, None) when there are no signed attributes.

    RFC 5652 5.3: when present, they must be a non-empty SET holding contentType (id-data
    here) and messageDigest; the signature then covers their DER as a SET OF.
    """
    if isinstance(signed_attrs, asn1_core.Void):
        return None, None
    if len(signed_attrs) == 0:
        raise CmsError("malformed", "empty signed attributes")
    tagged = signed_attrs.dump()
    if tagged[:1] != b"\xa0":
        raise CmsError("malformed", "signed attributes not [0] IMPLICIT")
    values = _single_valued_attributes(signed_attrs)
    if _CONTENT_TYPE_ATTR not in values or values[_CONTENT_TYPE_ATTR].dotted != _DATA:
        raise CmsError("malformed", "contentType attribute missing or not id-data")
    if _MESSAGE_DIGEST_ATTR not in values:
        raise CmsError("malformed", "messageDigest attribute missing")
    message_digest = values[_MESSAGE_DIGEST_ATTR].native
    if not isinstance(message_digest, bytes):
        raise CmsError("malformed", "messageDigest is not an OCTET STRING")
    return b"\x31" + tagged[1:], message_digest


def _single_valued_attributes(signed_attrs: asn1_cms.CMSAttributes) -> dict[str, asn1_core.Asn1Value]:
    """Signed attributes by OID; a repeated attribute or several values would be ambiguous."""
    found: dict[str, asn1_core.Asn1Value] = {}
    for attribute in signed_attrs:
        oid = attribute["type"].dotted
        if oid in found:
            raise CmsError("malformed", f"attribute {oid} repeated")
        if oid in (_CONTENT_TYPE_ATTR, _MESSAGE_DIGEST_ATTR):
            attribute_values = attribute["values"]
            if len(attribute_values) != 1:
                raise CmsError("malformed", f"attribute {oid} does not have exactly one value")
            found[oid] = attribute_values[0]
        else:
            found[oid] = attribute
    return found


def _identifies(sid: asn1_cms.SignerIdentifier, cert: asn1_x509.Certificate) -> bool:
    if sid.name == "issuer_and_serial_number":
        wanted = sid.chosen
        return bool(cert.issuer == wanted["issuer"] and cert.serial_number == wanted["serial_number"].native)
    return cert.key_identifier is not None and cert.key_identifier == sid.chosen.native


def _check_signature(signer: x509.Certificate, parsed: _Parsed, signed_bytes: bytes) -> None:
    public = signer.public_key()
    algorithm = _HASHES[parsed.digest]()
    try:
        if parsed.family == "ecdsa" and isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(parsed.signature, signed_bytes, ec.ECDSA(algorithm))
        elif parsed.family == "rsa" and isinstance(public, rsa.RSAPublicKey):
            public.verify(parsed.signature, signed_bytes, padding.PKCS1v15(), algorithm)
        elif not isinstance(public, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
            raise CmsError("malformed", "unsupported signer key type")
        else:
            raise CmsError("bad_signature", "the signature algorithm does not fit the signer key")
    except (InvalidSignature, ValueError) as error:
        raise CmsError("bad_signature", "the signature does not verify") from error


def _load_certificate(der: bytes) -> x509.Certificate | None:
    """An extra certificate from the CMS; one we cannot read simply cannot be a link."""
    try:
        return x509.load_der_x509_certificate(der)
    except ValueError:
        return None


def _chain(signer: x509.Certificate, pool: list[x509.Certificate],
           anchors: Sequence[x509.Certificate]) -> list[x509.Certificate] | None:
    """Issuers from the signer up to and including an anchor, each link signature-checked."""
    if _basic_constraints_ca(signer) is not False:
        return None  # a CA (or a certificate that cannot say) is not a mobile user
    if not _allows_signing(signer):
        return None
    return _issuers(signer, pool, anchors, intermediates_below=0, seen=frozenset())


def _issuers(cert: x509.Certificate, pool: list[x509.Certificate], anchors: Sequence[x509.Certificate], *,
             intermediates_below: int, seen: frozenset[x509.Certificate]) -> list[x509.Certificate] | None:
    for anchor in anchors:
        if _can_issue(anchor, intermediates_below) and _issued_by(cert, anchor):
            return [anchor]
    if intermediates_below >= _MAX_INTERMEDIATES:
        return None
    for candidate in pool:
        if candidate in seen or not _can_issue(candidate, intermediates_below) or not _issued_by(cert, candidate):
            continue
        rest = _issuers(candidate, pool, anchors, intermediates_below=intermediates_below + 1,
                        seen=seen | {candidate})
        if rest is not None:
            return [candidate, *rest]
    return None


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Name match and a verifying issuer signature: a name alone proves nothing."""
    try:
        cert.verify_directly_issued_by(issuer)
    except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
        return False
    return True


def _can_issue(cert: x509.Certificate, intermediates_below: int) -> bool:
    """A CA certificate allowed to sign certificates at this depth of the path."""
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except (x509.ExtensionNotFound, ValueError):
        return False
    if not constraints.ca:
        return False
    if constraints.path_length is not None and intermediates_below > constraints.path_length:
        return False
    try:
        return cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign
    except x509.ExtensionNotFound:
        return True
    except ValueError:
        return False


def _basic_constraints_ca(cert: x509.Certificate) -> bool | None:
    """True/False from basicConstraints (absent means not a CA); None when unreadable."""
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False
    except ValueError:
        return None


def _allows_signing(cert: x509.Certificate) -> bool:
    """keyUsage, when present, must allow digitalSignature or nonRepudiation."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    except ValueError:
        return False
    return usage.digital_signature or usage.content_commitment
