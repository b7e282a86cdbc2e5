"""Retries as a shopper and an overloaded backend meet them, against a scripted server on loopback.

The backend answers 503 with Retry-After when it is overloaded: a read comes back no
sooner than asked, or, when asked to stay away longer than a shopper waits, gives up
at once with the backend's own answer. A write is never sent twice.
(tests/kiosk/test_api.py covers the plain retries, timeouts and the error vocabulary.)
"""

from __future__ import annotations

import logging
import time

import pytest

from kiosk.api import ServerError
from tests.kiosk.api.test_backend_calls import DROP, SESSION_ROUTES, make_client, open_scripted, scripted

BUSY = {"code": "overloaded", "message": "The service is busy."}
RECEIPTS = {"items": [], "next_cursor": None, "total": 0}
LINK = {"url": "https://kiosk.example/r/abc", "expires_at": "2026-11-25T10:00:00+02:00"}


def test_a_read_waits_as_long_as_the_backend_asks_and_a_write_is_sent_once(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)  # as a terminal logs urllib3 (kiosk.logs): its debug lines name whole URLs
    routes = {**SESSION_ROUTES,
              ("GET", "/v1/me/receipts"): [DROP, (503, BUSY, {"Retry-After": "1"}), (200, RECEIPTS)],
              ("POST", "/v1/me/register-data/link"): [(503, BUSY, {"Retry-After": "1"}), (201, LINK)]}
    with scripted(routes) as (url, script), make_client(url) as api:
        open_scripted(api)
        page = api.receipts(q="Meikäläinen")  # a member's search words, in the query string
        assert page.items == [] and page.total == 0
        tries = [s for s in script.seen if s.path.startswith("/v1/me/receipts")]
        assert len(tries) == 3
        assert tries[2].at - tries[1].at >= 1.0  # not before the backend said
        assert tries[2].at - tries[1].at < 2.0

        started = time.monotonic()
        with pytest.raises(ServerError) as failed:
            api.document_link("register_data", None)
        assert (failed.value.code, failed.value.status) == ("overloaded", 503)
        assert script.count("POST", "/v1/me/register-data/link") == 1
        assert time.monotonic() - started < 1.0
    retried = [r.getMessage() for r in caplog.records if r.name == "kiosk.api" and "retrying" in r.getMessage()]
    assert retried == ["GET /v1/me/receipts: ProtocolError, retrying", "GET /v1/me/receipts: 503, retrying"]
    assert "Meik" not in caplog.text  # neither urllib3's own retry warning nor ours names the query


@pytest.mark.parametrize("retry_after", ["120", "Wed, 21 Oct 2099 07:28:00 GMT", "soon"])
def test_a_read_asked_to_wait_longer_than_a_shopper_can_is_busy_at_once(retry_after: str) -> None:
    routes = {**SESSION_ROUTES, ("GET", "/v1/me/profile"): [(503, BUSY, {"Retry-After": retry_after})]}
    with scripted(routes) as (url, script), make_client(url) as api:
        open_scripted(api)
        started = time.monotonic()
        with pytest.raises(ServerError) as failed:
            api.profile()
        assert time.monotonic() - started < 1.0
    assert (failed.value.code, failed.value.status) == ("overloaded", 503)
    assert script.count("GET", "/v1/me/profile") == 1
