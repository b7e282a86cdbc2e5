"""`kiosk --check` and the backend client the kiosk makes: what a technician sees when config, credential or
TLS trust is wrong."""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from kiosk.api import BackendUnreachable
from kiosk.app import main, make_api_client
from kiosk.config import KioskConfig, parse_config
from tests.support import LiveBackend, TlsFiles, free_port, write_private_ca


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() sets up the terminal's logging on the stderr of the moment: put pytest's back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def _config(tmp_path: Path, url: str, secret: str) -> Path:
    """A terminal's config; [backend] comes last, so a test may append keys to it."""
    path = tmp_path / "kiosk.toml"
    path.write_text('[card_reader]\nkind = "pcsc"\n[printer]\nkind = "tcp"\naddress = "192.0.2.10"\n'
                    f'[backend]\nurl = "{url}"\nkiosk_id = "{DEMO_KIOSK_ID}"\nkiosk_secret = "{secret}"\n'
                    "connect_timeout_s = 1.0\nread_timeout_s = 2.0\n")
    return path


def test_check_passes_with_the_right_credential(live_backend: LiveBackend, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_config(tmp_path, live_backend.url, DEMO_KIOSK_SECRET)), "--check"]) == 0
    assert "accepts kiosk" in capsys.readouterr().out


def test_check_names_a_refused_credential(live_backend: LiveBackend, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_config(tmp_path, live_backend.url, "wrong")), "--check"]) == 1
    assert "check the secret" in capsys.readouterr().err


def test_check_names_an_unreachable_backend(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["--config", str(_config(tmp_path, url, DEMO_KIOSK_SECRET)), "--check"]) == 1
    assert "cannot be reached" in capsys.readouterr().err


def test_bad_config_lists_each_bad_key_and_refuses_to_start(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[backend]\nurl = "ftp://x"\n[session]\nidle_timeout_s = "soon"\n')
    assert main(["--config", str(path), "--check"]) == 2
    err = capsys.readouterr().err
    assert "[backend] url" in err and "[session] idle_timeout_s" in err


# --- TLS: a backend whose certificate comes from the chain's own CA --------------------------------

@pytest.fixture
def pki(tmp_path: Path) -> TlsFiles:
    return write_private_ca(tmp_path / "pki", ("127.0.0.1",), name="Coop private CA")


@pytest.fixture
def tls_backend(database_url: str, pki: TlsFiles) -> Iterator[LiveBackend]:
    """The real backend in its own process, serving https with a certificate of the private CA."""
    backend = LiveBackend(database_url, free_port(), tls_certfile=pki.certificate, tls_keyfile=pki.key,
                          ca_bundle=pki.ca, forked=True)
    backend.start()
    yield backend
    backend.stop()


def _kiosk_config(url: str, **backend: object) -> KioskConfig:
    return parse_config({"backend": {"url": url, "kiosk_id": DEMO_KIOSK_ID, "kiosk_secret": DEMO_KIOSK_SECRET,
                                     "connect_timeout_s": 2.0, "read_timeout_s": 5.0, **backend}},
                        environ={}, testbed=True)


def _check_config(tmp_path: Path, url: str, verify: Path | None = None) -> Path:
    path = _config(tmp_path, url, DEMO_KIOSK_SECRET)
    if verify is not None:
        path.write_text(path.read_text() + f'verify = "{verify}"\n')
    return path


def test_a_private_ca_is_trusted_when_the_config_names_it(tls_backend: LiveBackend, pki: TlsFiles) -> None:
    with make_api_client(_kiosk_config(tls_backend.url)) as client, pytest.raises(BackendUnreachable) as refused:
        client.stores()
    assert refused.value.code == "backend_tls_failed"
    with make_api_client(_kiosk_config(tls_backend.url, verify=str(pki.ca))) as client:
        assert [store.name for store in client.stores()]


def test_another_ca_in_the_bundle_is_not_enough(tls_backend: LiveBackend, tmp_path: Path) -> None:
    other = write_private_ca(tmp_path / "other", name="Coop private CA")  # same name, another key
    with make_api_client(_kiosk_config(tls_backend.url, verify=str(other.ca))) as client, \
            pytest.raises(BackendUnreachable, match="TLS"):
        client.stores()


def test_a_ca_bundle_in_the_environment_is_not_used_and_says_so(tls_backend: LiveBackend, pki: TlsFiles,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pki.ca))
    with make_api_client(_kiosk_config(tls_backend.url)) as client, pytest.raises(BackendUnreachable):
        client.stores()
    assert any("REQUESTS_CA_BUNDLE is set but not used" in r.getMessage() and "[backend] verify" in r.getMessage()
               for r in caplog.records)


def test_check_says_what_to_do_about_an_untrusted_certificate(tls_backend: LiveBackend, pki: TlsFiles,
                                                              tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_check_config(tmp_path, tls_backend.url)), "--check"]) == 1
    err = capsys.readouterr().err
    assert "not issued by a public CA" in err and "set [backend] verify" in err
    assert main(["--config", str(_check_config(tmp_path, tls_backend.url, pki.ca)), "--check"]) == 0
    assert "accepts kiosk" in capsys.readouterr().out


def test_check_names_a_certificate_for_another_host(tls_backend: LiveBackend, pki: TlsFiles, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    url = f"https://localhost:{tls_backend.port}"  # the certificate names 127.0.0.1 only
    assert main(["--config", str(_check_config(tmp_path, url, pki.ca)), "--check"]) == 1
    assert "its TLS certificate is not for localhost" in capsys.readouterr().err


@contextmanager
def _https_server(pki: TlsFiles) -> Iterator[str]:
    """A minimal https server on loopback (the handshake is all that is tested against it)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki.certificate, pki.key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_check_names_an_expired_certificate_and_the_clock(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    expired = write_private_ca(tmp_path / "expired", expired=True)
    with _https_server(expired) as url:
        assert main(["--config", str(_check_config(tmp_path, url, expired.ca)), "--check"]) == 1
    err = capsys.readouterr().err
    assert "its TLS certificate has expired" in err and "this terminal's clock" in err
