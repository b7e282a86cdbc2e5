"""`kiosk --check`: what a technician sees when a terminal's config or credential is wrong."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from kiosk.app import main
from tests.support import LiveBackend, free_port


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() sets up the terminal's logging on the stderr of the moment: put pytest's back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def _config(tmp_path: Path, url: str, secret: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[backend]\nurl = "{url}"\nkiosk_id = "{DEMO_KIOSK_ID}"\nkiosk_secret = "{secret}"\n'
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
