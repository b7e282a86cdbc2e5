"""Forked backends (testbed.backend_forks): each a process of its own that serves real HTTP,
stopped, frozen and restarted like a `python -m uvicorn` child, and none outlives its run."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
import requests

from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from testbed.backend_forks import ForkedBackend, ForkServer
from tests.support import LiveBackend, free_port


def _serves(url: str) -> bool:
    try:
        return requests.get(url + "/health", timeout=2).ok
    except requests.ConnectionError:
        return False


def test_a_forked_backend_serves_its_own_database_in_its_own_process(database_url: str) -> None:
    backend = LiveBackend(database_url, free_port(), forked=True)
    backend.start()
    try:
        assert isinstance(backend.process, ForkedBackend)
        assert backend.process.pid != os.getpid() and backend.process.poll() is None
        stores = requests.get(backend.url + "/v1/stores", auth=(DEMO_KIOSK_ID, DEMO_KIOSK_SECRET), timeout=5)
        assert stores.status_code == 200 and stores.json()  # the demo database's stores
    finally:
        backend.stop()
    assert backend.process.poll() is not None and not _serves(backend.url)


def test_a_forked_backend_freezes_and_comes_back_on_its_port(live_backend: LiveBackend) -> None:
    live_backend.freeze()
    try:
        with pytest.raises(requests.ReadTimeout):
            requests.get(live_backend.url + "/health", timeout=0.5)  # connects, then no answer
    finally:
        live_backend.thaw()
    assert _serves(live_backend.url)
    live_backend.stop()
    assert not _serves(live_backend.url)
    live_backend.start()
    assert _serves(live_backend.url)


def test_a_frozen_backend_still_stops(live_backend: LiveBackend) -> None:
    live_backend.freeze()
    started = time.monotonic()
    live_backend.stop()
    assert live_backend.process is not None and live_backend.process.poll() is not None
    assert time.monotonic() - started < 5  # ended by SIGTERM, not after the SIGKILL deadline


def test_a_discarded_backend_ends_at_once_even_frozen(live_backend: LiveBackend) -> None:
    live_backend.freeze()
    live_backend.discard()
    assert live_backend.process is not None and live_backend.process.poll() == -signal.SIGKILL
    assert not _serves(live_backend.url)


def test_a_backend_that_cannot_start_says_why(tmp_path: Path) -> None:
    backend = LiveBackend(f"sqlite:///{tmp_path / 'no such folder' / 'backend.sqlite3'}", free_port(), forked=True)
    with pytest.raises(RuntimeError, match="unable to open database file"):
        backend.start()


def test_the_environment_is_the_backends_own(database_url: str) -> None:
    """Settings come from the environment given to each start, not from the fork server's."""
    plain = LiveBackend(database_url, free_port(), forked=True)
    demo = LiveBackend(database_url, free_port(), forked=True, demo_mode=True)
    plain.start()
    demo.start()
    try:
        # Only a demo-mode backend mounts the simulated MSSP's phone page.
        assert requests.get(demo.url + "/mssp/phone", timeout=5).status_code == 200
        assert requests.get(plain.url + "/mssp/phone", timeout=5).status_code == 404
    finally:
        plain.stop()
        demo.stop()


def test_no_backend_outlives_its_fork_server(tmp_path: Path, database_url: str) -> None:
    server = ForkServer()
    port = free_port()
    environment = {**os.environ, "KIOSK_BACKEND_DATABASE_URL": database_url, "KIOSK_BACKEND_PUBLIC_URL": "http://x"}
    pid = server.fork(["backend.app:app_from_env", "--factory", "--host", "127.0.0.1", "--port", str(port),
                       "--log-level", "warning"], environment, tmp_path / "backend.log")
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while not _serves(url):
        assert time.monotonic() < deadline, (tmp_path / "backend.log").read_text()
        time.sleep(0.05)
    os.kill(pid, signal.SIGSTOP)  # even a frozen one
    server.close()  # as when the test run ends
    assert not _serves(url)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
