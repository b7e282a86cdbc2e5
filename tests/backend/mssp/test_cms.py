"""CMS signatures of the mobile certificate: what the backend accepts and why it refuses.

Every refusal is provoked by a real CMS built with the test PKI, as a hostile or broken
MSSP could send it; the fuzz tests check that no byte sequence gets past `verify_cms`
as anything but a CmsError.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import core as asn1_core
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backend.mssp.cms import CmsError, CmsForm, sign_cms, subject_serial_number, verify_cms
from backend.mssp.pki import TestCa, issue_user_certificate

SATU = "999198298"
NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa.create("Simulated Operator CA")


@pytest.fixture(scope="module")
def user(ca: TestCa) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey]:
    return issue_user_certificate(ca, satu=SATU, given_name="Liisa", surname="Virtanen")


def refusal(cms_der: bytes, content: bytes, anchors: list[x509.Certificate], now: datetime = NOW) -> str:
    with pytest.raises(CmsError) as caught:
        verify_cms(cms_der, content, anchors, now)
    return caught.value.code


def test_round_trip_accepts_many_random_challenges_including_line_breaks(ca: TestCa, user) -> None:
    cert, key = user
    challenges = [secrets.token_bytes(32) for _ in range(150)]
    challenges += [b"\n" * 32, b"\r\n" * 16, b"\r" + secrets.token_bytes(30) + b"\n", b"a\nb\rc" + bytes(27)]
    for challenge in challenges:
        signer = verify_cms(sign_cms(challenge, cert, key), challenge, [ca.cert], NOW)
        assert signer == cert
        assert subject_serial_number(signer) == SATU


def test_rsa_signer_is_accepted(ca: TestCa) -> None:
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert, key = issue_user_certificate(ca, satu=SATU, given_name="Liisa", surname="Virtanen", key=rsa_key)
    challenge = secrets.token_bytes(32)
    assert verify_cms(sign_cms(challenge, cert, key), challenge, [ca.cert], NOW) == cert


def test_signature_over_another_challenge_is_content_mismatch(ca: TestCa, user) -> None:
    cert, key = user
    assert refusal(sign_cms(secrets.token_bytes(32), cert, key), secrets.token_bytes(32), [ca.cert]) \
        == "content_mismatch"


# --- the RFC 5652 forms MSSPs use: content left out, no signed attributes, or both ---------------------

FORMS = {
    "detached": [pkcs7.PKCS7Options.DetachedSignature],
    "no_signed_attributes": [pkcs7.PKCS7Options.NoAttributes],
    "detached_without_signed_attributes": [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes],
}


def signed_in_form(form: str, content: bytes, cert: x509.Certificate, key) -> bytes:
    """Built with cryptography's own builder, as an independent MSSP would build it."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(cert, key, hashes.SHA256())
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary, *FORMS[form]])


def openssl_verifies(cms_der: bytes, content: bytes, ca: TestCa, tmp_path: Path) -> bool:
    """`openssl cms -verify` against the CA alone: the forms are valid for OpenSSL too, not only for us."""
    (tmp_path / "cms.der").write_bytes(cms_der)
    (tmp_path / "content.bin").write_bytes(content)
    (tmp_path / "ca.pem").write_bytes(ca.pem())
    detached = ["-content", str(tmp_path / "content.bin")] if content not in cms_der else []
    result = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "cms.der"),
                             "-CAfile", str(tmp_path / "ca.pem"), "-purpose", "any", "-out", os.devnull, *detached],
                            capture_output=True, check=False)
    return result.returncode == 0


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("key_kind", ["ec", "rsa"])
def test_each_rfc5652_form_is_accepted_as_openssl_accepts_it(ca: TestCa, form: str, key_kind: str,
                                                             tmp_path: Path) -> None:
    own_key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if key_kind == "rsa" else None
    cert, key = issue_user_certificate(ca, satu=SATU, given_name="Liisa", surname="Virtanen", key=own_key)
    for challenge in (secrets.token_bytes(32), b"\n\r\n" + secrets.token_bytes(29)):
        cms_der = signed_in_form(form, challenge, cert, key)
        if shutil.which("openssl"):
            assert openssl_verifies(cms_der, challenge, ca, tmp_path)
        signer = verify_cms(cms_der, challenge, [ca.cert], NOW)
        assert signer == cert and subject_serial_number(signer) == SATU


@pytest.mark.parametrize("form", FORMS)
def test_each_form_keeps_every_check(ca: TestCa, user, form: str) -> None:
    cert, key = user
    challenge = secrets.token_bytes(32)
    # Our own challenge only: another one is caught by the content, the digest or the signature itself.
    assert refusal(signed_in_form(form, secrets.token_bytes(32), cert, key), challenge, [ca.cert]) \
        in ("content_mismatch", "bad_signature")
    genuine = signed_in_form(form, challenge, cert, key)
    signature = _signature_value(genuine)
    tampered = genuine.replace(signature, signature[:-1] + bytes([signature[-1] ^ 1]))
    assert tampered != genuine
    assert refusal(tampered, challenge, [ca.cert]) == "bad_signature"
    # The configured CA only, never one of the same name.
    impostor = TestCa.create(ca.name)
    other_cert, other_key = issue_user_certificate(impostor, satu=SATU, given_name="Liisa", surname="Virtanen")
    assert refusal(signed_in_form(form, challenge, other_cert, other_key), challenge, [ca.cert]) == "untrusted"
    # The dates.
    old_cert, old_key = issue_user_certificate(ca, satu=SATU, given_name="Liisa", surname="Virtanen",
                                               not_before=NOW - timedelta(days=400), not_after=NOW - timedelta(days=1))
    assert refusal(signed_in_form(form, challenge, old_cert, old_key), challenge, [ca.cert]) == "expired"


@pytest.mark.parametrize("form", ["attached", "detached", "no_signed_attributes"])
def test_sign_cms_makes_each_form(ca: TestCa, user, form: CmsForm) -> None:
    cert, key = user
    challenge = b"\n" + secrets.token_bytes(31)
    cms_der = sign_cms(challenge, cert, key, form=form)
    signer_info = asn1_cms.ContentInfo.load(cms_der)["content"]["signer_infos"][0]
    assert (challenge in cms_der) is (form != "detached")
    assert isinstance(signer_info["signed_attrs"], asn1_core.Void) is (form == "no_signed_attributes")
    assert verify_cms(cms_der, challenge, [ca.cert], NOW) == cert


def test_content_swapped_under_the_signed_digest_is_content_mismatch(ca: TestCa, user) -> None:
    cert, key = user
    signed_challenge = b"S" * 32
    swapped = sign_cms(signed_challenge, cert, key).replace(signed_challenge, b"T" * 32)
    assert refusal(swapped, b"T" * 32, [ca.cert]) == "content_mismatch"


def _signature_value(cms_der: bytes) -> bytes:
    return asn1_cms.ContentInfo.load(cms_der)["content"]["signer_infos"][0]["signature"].native


def test_tampered_signature_is_bad_signature(ca: TestCa, user) -> None:
    cert, key = user
    challenge = secrets.token_bytes(32)
    cms_der = sign_cms(challenge, cert, key)
    signature = _signature_value(cms_der)
    tampered = cms_der.replace(signature, signature[:-1] + bytes([signature[-1] ^ 0x01]))
    assert refusal(tampered, challenge, [ca.cert]) == "bad_signature"


def test_signer_certificate_swapped_for_another_key_is_bad_signature(ca: TestCa, user) -> None:
    cert, key = user
    challenge = secrets.token_bytes(32)
    other_key = ec.generate_private_key(ec.SECP256R1())
    # Same issuer and serial as the real certificate, so it is found as the signer; its key never signed.
    forged = (x509.CertificateBuilder().subject_name(cert.subject).issuer_name(cert.issuer)
              .public_key(other_key.public_key()).serial_number(cert.serial_number)
              .not_valid_before(cert.not_valid_before_utc).not_valid_after(cert.not_valid_after_utc)
              .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
              .sign(ca.key, hashes.SHA256()))
    cms_der = sign_cms(challenge, cert, key)
    real_der = cert.public_bytes(serialization.Encoding.DER)
    forged_der = forged.public_bytes(serialization.Encoding.DER)
    assert real_der in cms_der
    swapped = _replace_certificate(cms_der, real_der, forged_der)
    assert refusal(swapped, challenge, [ca.cert]) == "bad_signature"


def _replace_certificate(cms_der: bytes, old: bytes, new: bytes) -> bytes:
    info = asn1_cms.ContentInfo.load(cms_der)
    signed = info["content"]
    signed["certificates"] = asn1_cms.CertificateSet(
        [asn1_cms.CertificateChoices.load(new if choice.dump() == old else choice.dump())
         for choice in signed["certificates"]])
    return info.dump(force=True)


def test_certificate_from_an_unknown_ca_is_untrusted(ca: TestCa) -> None:
    stranger = TestCa.create("Another Operator CA")
    cert, key = issue_user_certificate(stranger, satu=SATU, given_name="Liisa", surname="Virtanen")
    challenge = secrets.token_bytes(32)
    assert refusal(sign_cms(challenge, cert, key), challenge, [ca.cert]) == "untrusted"


def test_ca_with_the_same_name_but_another_key_is_untrusted(ca: TestCa) -> None:
    impostor = TestCa.create(ca.name)
    assert impostor.cert.subject == ca.cert.subject
    cert, key = issue_user_certificate(impostor, satu=SATU, given_name="Liisa", surname="Virtanen")
    challenge = secrets.token_bytes(32)
    # Even with the impostor CA certificate in the CMS, it must not become a trust anchor.
    cms_der = sign_cms(challenge, cert, key, extra_certs=[impostor.cert])
    assert refusal(cms_der, challenge, [ca.cert]) == "untrusted"


def test_self_signed_certificate_inside_the_cms_is_no_anchor(ca: TestCa) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.SERIAL_NUMBER, SATU),
                      x509.NameAttribute(NameOID.COMMON_NAME, "VIRTANEN LIISA")])
    self_signed = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(1).not_valid_before(NOW - timedelta(days=1))
                   .not_valid_after(NOW + timedelta(days=1)).sign(key, hashes.SHA256()))
    challenge = secrets.token_bytes(32)
    assert refusal(sign_cms(challenge, self_signed, key), challenge, [ca.cert]) == "untrusted"


def test_signature_made_with_the_ca_certificate_itself_is_untrusted(ca: TestCa) -> None:
    challenge = secrets.token_bytes(32)
    assert refusal(sign_cms(challenge, ca.cert, ca.key), challenge, [ca.cert]) == "untrusted"


def test_anchor_that_is_not_a_ca_certificate_is_not_trusted(ca: TestCa, user) -> None:
    not_a_ca_key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Just a user")])
    not_a_ca = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(not_a_ca_key.public_key()).serial_number(7)
                .not_valid_before(NOW - timedelta(days=1)).not_valid_after(NOW + timedelta(days=1))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .sign(not_a_ca_key, hashes.SHA256()))
    fake_ca = TestCa(cert=not_a_ca, key=not_a_ca_key)
    cert, key = issue_user_certificate(fake_ca, satu=SATU, given_name="Liisa", surname="Virtanen")
    challenge = secrets.token_bytes(32)
    assert refusal(sign_cms(challenge, cert, key), challenge, [not_a_ca]) == "untrusted"


def test_intermediate_from_the_cms_is_accepted_only_when_it_links_to_an_anchor(ca: TestCa) -> None:
    intermediate = TestCa.create("Simulated Operator Issuing CA", issuer=ca)
    cert, key = issue_user_certificate(intermediate, satu=SATU, given_name="Liisa", surname="Virtanen")
    challenge = secrets.token_bytes(32)
    with_chain = sign_cms(challenge, cert, key, extra_certs=[intermediate.cert])
    assert verify_cms(with_chain, challenge, [ca.cert], NOW) == cert
    assert refusal(sign_cms(challenge, cert, key), challenge, [ca.cert]) == "untrusted"
    # A look-alike intermediate (same name, self-issued by the impostor) gives no path to the root.
    impostor_root = TestCa.create(ca.name)
    impostor = TestCa.create(intermediate.name, issuer=impostor_root)
    cert2, key2 = issue_user_certificate(impostor, satu=SATU, given_name="Liisa", surname="Virtanen")
    hostile = sign_cms(challenge, cert2, key2, extra_certs=[impostor.cert, impostor_root.cert])
    assert refusal(hostile, challenge, [ca.cert]) == "untrusted"


def test_expired_user_certificate_is_expired(ca: TestCa) -> None:
    cert, key = issue_user_certificate(ca, satu=SATU, given_name="Liisa", surname="Virtanen",
                                       not_before=NOW - timedelta(days=400), not_after=NOW - timedelta(days=1))
    challenge = secrets.token_bytes(32)
    assert refusal(sign_cms(challenge, cert, key), challenge, [ca.cert]) == "expired"


def test_not_yet_valid_user_certificate_is_expired(ca: TestCa) -> None:
    cert, key = issue_user_certificate(ca, satu=SATU, given_name="Liisa", surname="Virtanen",
                                       not_before=NOW + timedelta(hours=1), not_after=NOW + timedelta(days=30))
    challenge = secrets.token_bytes(32)
    assert refusal(sign_cms(challenge, cert, key), challenge, [ca.cert]) == "expired"


def test_expired_ca_makes_its_certificates_expired() -> None:
    old_ca = TestCa.create("Old Operator CA", not_before=NOW - timedelta(days=3000),
                           not_after=NOW - timedelta(days=1))
    cert, key = issue_user_certificate(old_ca, satu=SATU, given_name="Liisa", surname="Virtanen")
    challenge = secrets.token_bytes(32)
    assert refusal(sign_cms(challenge, cert, key), challenge, [old_ca.cert]) == "expired"


def test_structures_the_backend_cannot_check_are_malformed(ca: TestCa, user) -> None:
    cert, key = user
    challenge = secrets.token_bytes(32)
    anchors = [ca.cert]
    builder = pkcs7.PKCS7SignatureBuilder().set_data(challenge).add_signer(cert, key, hashes.SHA256())
    binary = pkcs7.PKCS7Options.Binary
    no_certificate = builder.sign(serialization.Encoding.DER, [binary, pkcs7.PKCS7Options.NoCerts])
    other_cert, other_key = issue_user_certificate(ca, satu="999198299", given_name="Matti", surname="Meikäläinen")
    two_signers = builder.add_signer(other_cert, other_key, hashes.SHA256()).sign(serialization.Encoding.DER,
                                                                                   [binary])
    valid = sign_cms(challenge, cert, key)
    for hostile in (b"", b"not a CMS", no_certificate, two_signers, valid + b"\x00", valid[:-5]):
        assert refusal(hostile, challenge, anchors) == "malformed"


def test_subject_serial_number(ca: TestCa, user) -> None:
    assert subject_serial_number(user[0]) == SATU
    assert subject_serial_number(ca.cert) is None


def test_seeded_ca_is_the_same_every_time_and_differs_by_seed() -> None:
    first = TestCa.from_seed("Simulated Operator CA", b"demo")
    assert first.pem() == TestCa.from_seed("Simulated Operator CA", b"demo").pem()
    assert first.pem() != TestCa.from_seed("Simulated Operator CA", b"other").pem()
    cert, key = issue_user_certificate(first, satu=SATU, given_name="Liisa", surname="Virtanen")
    challenge = secrets.token_bytes(32)
    again = x509.load_pem_x509_certificate(TestCa.from_seed("Simulated Operator CA", b"demo").pem())
    assert verify_cms(sign_cms(challenge, cert, key), challenge, [again], NOW) == cert


# --- fuzz --------------------------------------------------------------------------------------------

_FUZZ_CA = TestCa.create("Fuzz CA")
_FUZZ_CERT, _FUZZ_KEY = issue_user_certificate(_FUZZ_CA, satu=SATU, given_name="Liisa", surname="Virtanen")
_FUZZ_CHALLENGE = b"\n\r" + bytes(range(30))
_FUZZ_INTERMEDIATE = TestCa.create("Fuzz Issuing CA", issuer=_FUZZ_CA)
_FUZZ_VALID = sign_cms(_FUZZ_CHALLENGE, _FUZZ_CERT, _FUZZ_KEY, extra_certs=[_FUZZ_INTERMEDIATE.cert])


def _only_cms_errors(candidate: bytes) -> None:
    try:
        verify_cms(candidate, _FUZZ_CHALLENGE, [_FUZZ_CA.cert], NOW)
    except CmsError as error:
        assert error.code in {"malformed", "content_mismatch", "bad_signature", "untrusted", "expired"}


def test_the_unmutated_fuzz_seed_verifies() -> None:
    assert verify_cms(_FUZZ_VALID, _FUZZ_CHALLENGE, [_FUZZ_CA.cert], NOW) == _FUZZ_CERT


@pytest.mark.filterwarnings("ignore::cryptography.utils.CryptographyDeprecationWarning")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_random_bytes_only_raise_cms_error(candidate: bytes) -> None:
    _only_cms_errors(candidate)


@pytest.mark.filterwarnings("ignore::cryptography.utils.CryptographyDeprecationWarning")
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutations_of_a_valid_cms_only_raise_cms_error(data: st.DataObject) -> None:
    mutated = bytearray(_FUZZ_VALID)
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        position = data.draw(st.integers(min_value=0, max_value=len(mutated) - 1))
        kind = data.draw(st.sampled_from(["flip", "set", "delete", "insert", "truncate"]))
        if kind == "flip":
            mutated[position] ^= 1 << data.draw(st.integers(min_value=0, max_value=7))
        elif kind == "set":
            mutated[position] = data.draw(st.sampled_from([0x00, 0x01, 0x30, 0x31, 0x80, 0x81, 0x82, 0xA0, 0xFF]))
        elif kind == "delete":
            del mutated[position]
        elif kind == "insert":
            mutated[position:position] = data.draw(st.binary(min_size=1, max_size=8))
        else:
            del mutated[position:]
        if not mutated:
            break
    _only_cms_errors(bytes(mutated))
