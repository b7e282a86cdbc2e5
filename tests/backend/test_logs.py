"""What a served backend writes to its logs: no link token, no search word, no member's details.

The backend runs as it is served, in its own process (uvicorn's command line with the
app factory, and `kiosk-backend`), with its access log on; the test reads what the
process wrote. The database error is a real one: a trigger in the test's copy of the
database refuses the profile update.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from backend.db import make_engine
from backend.demo import DEMO_CARDS, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from backend.logs import AccessLineFormatter, BackendRedactingFilter, BusyLinesLimit
from backend.models import Card, Receipt
from testbed.local_backend import ROOT
from tests.support import LiveBackend, free_port, raise_to_strong, sign_as_card

NEW_EMAIL = "salainen.osoite@example.fi"
NEW_PHONE = "+358 40 999 8877"
NEW_ADDRESS = "Salakuja 13 B 42"
SEARCH = "Kahvipaketti Presidentti"


def _open_strong(url: str, database_url: str, http: requests.Session) -> dict[str, str]:
    number = DEMO_CARDS["matti"].number
    challenge = http.post(f"{url}/v1/card-challenges", json={"card_number": number}, timeout=10).json()
    opened = http.post(f"{url}/v1/sessions", timeout=10, json={
        "challenge_id": challenge["challenge_id"], "signature": sign_as_card(number, challenge["challenge"])})
    assert opened.status_code == 201, opened.text
    token = opened.json()["token"]
    raise_to_strong(database_url, token)
    return {"X-Session-Token": token}


def _a_receipt_of_matti(database_url: str) -> int:
    engine = make_engine(database_url)
    with Session(engine) as db:
        receipt_id = db.scalar(select(Receipt.id).join(Card, Card.member_id == Receipt.member_id)
                               .where(Card.number == DEMO_CARDS["matti"].number).limit(1))
    engine.dispose()
    assert receipt_id is not None
    return receipt_id


def _refuse_profile_updates(database_url: str) -> None:
    """A database that fails the member's update, as a full disk or a lost replica would."""
    if not database_url.startswith("sqlite"):
        engine = make_engine(database_url)
        with engine.begin() as connection:
            connection.execute(text("CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS "
                                    "$$ BEGIN RAISE EXCEPTION 'the database refused the update'; END $$"))
            connection.execute(text("CREATE TRIGGER refuse_profile_update BEFORE UPDATE OF email ON members "
                                    "FOR EACH ROW EXECUTE FUNCTION refuse_update()"))
        engine.dispose()
        return
    with sqlite3.connect(database_url.removeprefix("sqlite:///")) as connection:
        connection.execute("CREATE TRIGGER refuse_profile_update BEFORE UPDATE OF email ON members "
                           "BEGIN SELECT RAISE(ABORT, 'the database refused the update'); END")


def _use_the_backend(url: str, database_url: str) -> str:
    """What a kiosk and a phone do: a search, a link opened on the phone; returns the link's token."""
    with requests.Session() as http:
        http.auth = (DEMO_KIOSK_ID, DEMO_KIOSK_SECRET)
        headers = _open_strong(url, database_url, http)
        found = http.get(f"{url}/v1/me/receipts", params={"q": SEARCH, "limit": 5}, headers=headers, timeout=10)
        assert found.status_code == 200, found.text
        link = http.post(f"{url}/v1/me/receipts/{_a_receipt_of_matti(database_url)}/link", headers=headers,
                         timeout=10)
        assert link.status_code == 200, link.text
        token = link.json()["url"].rsplit("/", 1)[1]
    for path in (f"/r/{token}", f"/r/{token}/receipt.png"):
        assert requests.get(url + path, timeout=10).status_code == 200  # the phone: no credential
    return token


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "backend.log"


@pytest.fixture
def served(database_url: str, log_path: Path) -> Iterator[LiveBackend]:
    """The backend under uvicorn's command line (the app factory), access log on, output to log_path."""
    _refuse_profile_updates(database_url)
    backend = LiveBackend(database_url, free_port(), access_log=True, log_path=log_path)
    backend.start()
    yield backend
    backend.stop()


def test_the_access_log_and_a_database_error_keep_every_secret(served: LiveBackend, log_path: Path) -> None:
    token = _use_the_backend(served.url, served.database_url)
    with requests.Session() as http:
        http.auth = (DEMO_KIOSK_ID, DEMO_KIOSK_SECRET)
        headers = _open_strong(served.url, served.database_url, http)
        refused = http.patch(f"{served.url}/v1/me/profile", headers=headers, timeout=10,
                             json={"email": NEW_EMAIL, "phone": NEW_PHONE, "address_line1": NEW_ADDRESS})
    assert refused.status_code == 500 and refused.json()["code"] == "server_error"
    served.stop()  # everything it wrote is in the file
    text = log_path.read_text()
    # It did log the requests and the error, only without the secrets.
    assert '"GET /r/<token> HTTP/1.1" 200' in text and "/r/<token>/receipt.png" in text
    assert "q=<redacted>&limit=5" in text
    assert "the database refused the update" in text and "hidden due to hide_parameters" in text
    for secret in (token, token[:16], "Kahvipaketti", "Presidentti", NEW_EMAIL, "salainen", NEW_ADDRESS,
                   "Salakuja", "40 999 8877", "+358409998877", "999 8877"):
        assert secret not in text, secret


def test_kiosk_backend_serves_with_the_same_redaction(database_url: str, log_path: Path) -> None:
    """`kiosk-backend` (backend.cli) is the production command: its access log is redacted too."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with log_path.open("ab") as log:
        process = subprocess.Popen([sys.executable, "-m", "backend.cli", "--port", str(port), "--database-url",
                                    database_url], cwd=ROOT, stdout=log, stderr=log,
                                   env={**os.environ, "KIOSK_BACKEND_PUBLIC_URL": url})
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None and time.monotonic() < deadline, log_path.read_text()
            try:
                if requests.get(url + "/health", timeout=0.5).ok:
                    break
            except (requests.ConnectionError, requests.Timeout):  # up but still starting on a busy machine
                time.sleep(0.05)
        token = _use_the_backend(url, database_url)
    finally:
        process.terminate()
        process.wait(10)
    text = log_path.read_text()
    assert "/r/<token>" in text and "q=<redacted>" in text
    assert token[:16] not in text and "Kahvipaketti" not in text


def test_the_access_log_line_keeps_its_shape() -> None:
    """uvicorn's access formatter needs its five arguments: they are redacted in place, not flattened."""
    from uvicorn.logging import AccessFormatter

    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5000", "GET", "/v1/me/receipts?q=maito&limit=50", "1.1", 200), None)
    assert BackendRedactingFilter().filter(record)
    line = AccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s', use_colors=False).format(record)
    assert line == '127.0.0.1:5000 - "GET /v1/me/receipts?q=<redacted>&limit=50 HTTP/1.1" 200 OK'


@pytest.mark.parametrize("status", [200, 201, 204, 401, 422, 503, 599])
def test_the_access_line_is_uvicorns_own(status: int) -> None:
    """The operator's access log reads as uvicorn writes it, whichever formatter wrote it."""
    from uvicorn.config import LOGGING_CONFIG
    from uvicorn.logging import AccessFormatter

    fmt = LOGGING_CONFIG["formatters"]["access"]["fmt"]
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5000", "GET", "/v1/me/receipts?q=<redacted>&limit=50", "1.1", status), None)
    assert AccessLineFormatter(fmt, use_colors=False).format(record) == \
        AccessFormatter(fmt, use_colors=False).format(record)


def _access_record(status: int) -> logging.LogRecord:
    return logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                             ("127.0.0.1:5000", "GET", "/v1/stores", "1.1", status), None)


def test_a_storm_of_503s_is_one_line_a_second_and_a_count(caplog: pytest.LogCaptureFixture) -> None:
    """Under overload thousands of refusals a second would each write their line: the first of each second is
    logged, the rest counted and said in one line; every other answer is logged as always."""
    now = [100.0]
    limit = BusyLinesLimit(clock=lambda: now[0])
    kept = []
    with caplog.at_level(logging.WARNING, logger="backend.overload"):
        for step in range(25):  # 2.5 s of refusals, ten a second, and a served request now and then
            now[0] = 100.0 + step / 10
            kept.append((now[0], 503, limit.filter(_access_record(503))))
            if step % 6 == 0:
                kept.append((now[0], 200, limit.filter(_access_record(200))))
        now[0] = 103.0
        kept.append((now[0], 200, limit.filter(_access_record(200))))  # the storm is over
    assert [t for t, status, logged in kept if status == 503 and logged] == [100.0, 101.0, 102.0]
    assert all(logged for _, status, logged in kept if status == 200)
    assert [r.getMessage() for r in caplog.records] == [
        "9 more answers of 503 in the second after the last one logged were left out of the access log",
        "9 more answers of 503 in the second after the last one logged were left out of the access log",
        "4 more answers of 503 in the second after the last one logged were left out of the access log"]


@pytest.mark.same_on_every_engine("the log's set-up, whatever database the app is built on")
def test_the_access_log_gets_the_quicker_formatter_and_the_filter(database_url: str) -> None:
    """As uvicorn sets its logging up, then the app factory (in a process of its own: it changes every handler)."""
    script = ("import logging, logging.config\n"
              "from uvicorn.config import LOGGING_CONFIG\n"
              "logging.config.dictConfig(LOGGING_CONFIG)\n"
              "from backend.app import app_from_env\n"
              "app_from_env()\n"
              "access = logging.getLogger('uvicorn.access')\n"
              "print([type(f).__name__ for f in access.filters])\n"
              "for handler in access.handlers:\n"
              "    print(type(handler.formatter).__name__, [type(f).__name__ for f in handler.filters])\n")
    shown = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_BACKEND_DATABASE_URL": database_url,
                                "KIOSK_BACKEND_PUBLIC_URL": "https://kiosk.example"}).stdout
    assert shown.splitlines() == ["['BusyLinesLimit']", "AccessLineFormatter ['BackendRedactingFilter']"]


def test_the_engine_hides_statement_values_from_its_errors(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert engine.hide_parameters
    finally:
        engine.dispose()


@pytest.mark.same_on_every_engine("the log's format; the database error's redaction is checked on both")
def test_json_lines_are_redacted_like_the_text_log(database_url: str, log_path: Path) -> None:
    """KIOSK_BACKEND_LOG_JSON=1: one JSON object a line, for a log collector, with the same redaction."""
    backend = LiveBackend(database_url, free_port(), access_log=True, log_path=log_path,
                          environment={"KIOSK_BACKEND_LOG_JSON": "1"})
    backend.start()
    try:
        token = _use_the_backend(backend.url, database_url)
    finally:
        backend.stop()
    entries = [json.loads(line) for line in log_path.read_text().splitlines() if line.startswith("{")]
    access = [e for e in entries if e["logger"] == "uvicorn.access"]
    assert access and all({"time", "level", "logger", "message"} <= set(e) for e in entries)
    assert any("/r/<token>" in e["message"] for e in access)
    assert any("q=<redacted>" in e["message"] for e in access)
    text = log_path.read_text()
    for secret in (token, token[:16], SEARCH):
        assert secret not in text, secret
