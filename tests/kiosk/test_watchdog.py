"""systemd sees the terminal: READY=1 once its first screen is painted, WATCHDOG=1 while the UI thread turns.

The real kiosk runs in a process of its own, as systemd starts it (full screen,
offscreen here), with $NOTIFY_SOCKET naming a datagram socket this test owns and a one-
second $WATCHDOG_USEC. The only test-side addition is the launcher's SIGUSR2 handler,
which blocks the kiosk's UI thread the way a hang would: it lives in this file, not in
the terminal.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, suppress
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backend.demo import DEMO_KIOSK_ID, DEMO_KIOSK_SECRET
from kiosk.systemd import Notifier, socket_address, watchdog_interval_s
from kiosk.watchdog import STATUS_STARTED, STATUS_UNAVAILABLE, ServiceNotifications
from tests.support import LiveBackend, NotifyListener, free_port, notify_listener

ROOT = Path(__file__).resolve().parents[2]

# Runs the kiosk's own main(); SIGUSR2 makes its UI thread hang (Python runs signal handlers
# on the main thread, which is the UI thread), after writing the file named first.
LAUNCHER = """
import signal, sys, time
from pathlib import Path

def hang(_signum, _frame):
    Path(sys.argv[1]).write_text("hanging")
    time.sleep(600)

signal.signal(signal.SIGUSR2, hang)
from kiosk.app import main
sys.exit(main(sys.argv[2:]))
"""


def _config(tmp_path: Path, url: str) -> Path:
    """A test terminal's config: simulated devices, said so explicitly."""
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[backend]\nurl = "{url}"\nkiosk_id = "{DEMO_KIOSK_ID}"\nkiosk_secret = "{DEMO_KIOSK_SECRET}"\n'
                    "connect_timeout_s = 1.0\nread_timeout_s = 2.0\n"
                    '[card_reader]\nkind = "simulated"\nallow_simulated = true\n'
                    '[printer]\nkind = "simulated"\nallow_simulated = true\n'
                    '[display]\nlanguage = "en"\n')
    return path


@pytest.fixture
def listener() -> Iterator[tuple[NotifyListener, str]]:
    with notify_listener() as pair:
        yield pair


StartKiosk = Callable[[str], tuple[subprocess.Popen[bytes], Path]]


@pytest.fixture
def start_kiosk(tmp_path: Path, listener: tuple[NotifyListener, str]) -> Iterator[StartKiosk]:
    """Starts the kiosk against a backend url; returns the process and the file its hang writes."""
    with ExitStack() as stack:
        def start(url: str) -> tuple[subprocess.Popen[bytes], Path]:
            hang_marker = tmp_path / "hanging"
            env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                   "NOTIFY_SOCKET": listener[1], "WATCHDOG_USEC": "1000000"}
            env.pop("WATCHDOG_PID", None)
            env.pop("KIOSK_CONFIG", None)
            stderr = stack.enter_context((tmp_path / "kiosk.stderr").open("wb"))
            process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(hang_marker), "--config",
                                        str(_config(tmp_path, url))], env=env, cwd=tmp_path, stderr=stderr)
            stack.callback(_end, process)
            return process, hang_marker

        yield start


def _end(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(10)


def test_a_kiosk_without_its_backend_becomes_ready_and_a_hung_ui_stops_the_watchdog(
        start_kiosk: StartKiosk, listener: tuple[NotifyListener, str]) -> None:
    notify = listener[0]
    kiosk, hang_marker = start_kiosk(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    ready = notify.until("READY=1", timeout=60)
    notify.until(STATUS_UNAVAILABLE, timeout=20)  # with READY=1 or after it: what `systemctl status` shows
    deadline = time.monotonic() + 15
    while len(notify.lines("WATCHDOG=1")) < 4 and time.monotonic() < deadline:
        notify.collect(0.1)
    pings = notify.lines("WATCHDOG=1")
    assert len(pings) >= 4, notify.received  # every half second of the one-second watchdog, again and again
    assert all(at > ready for at in pings)

    kiosk.send_signal(signal.SIGUSR2)
    deadline = time.monotonic() + 10
    while not hang_marker.exists():
        assert time.monotonic() < deadline and kiosk.poll() is None, "the launcher's hang never began"
        time.sleep(0.05)
    notify.collect(0.2)  # every ping sent before the hang began is already queued on the socket
    hung_at = time.monotonic()
    notify.collect(2.5)
    assert notify.lines("WATCHDOG=1", after=hung_at) == [], "pings went on while the UI thread hung"
    assert kiosk.poll() is None


def test_a_kiosk_with_its_backend_says_ready_then_stopping_on_sigterm(
        start_kiosk: StartKiosk, listener: tuple[NotifyListener, str], live_backend: LiveBackend) -> None:
    notify = listener[0]
    kiosk, _hang = start_kiosk(live_backend.url)
    ready = notify.until("READY=1", timeout=60)
    ready_message = next(m for _at, m in notify.received if "READY=1" in m.splitlines())
    assert STATUS_STARTED in ready_message.splitlines()
    notify.until("WATCHDOG=1", timeout=5)
    kiosk.send_signal(signal.SIGTERM)
    assert notify.until("STOPPING=1", timeout=20) > ready
    assert kiosk.wait(20) == 0


def test_ready_waits_for_the_window_to_be_painted(qtbot: QtBot, tmp_path: Path) -> None:
    """Not when the window exists, nor the moment show() returns: when a shopper can see it."""
    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as manager:
        manager.bind(str(path))
        manager.setblocking(False)
        received: list[tuple[float, bytes]] = []

        def drain() -> list[bytes]:
            with suppress(BlockingIOError):
                while True:
                    received.append((time.monotonic(), manager.recv(100)))
            return [message for _at, message in received]

        window = QWidget()
        qtbot.addWidget(window)
        notifications = ServiceNotifications(Notifier(str(path)), window, watchdog_s=0.05)
        painted: list[float] = []
        window.paintEvent = lambda _event: painted.append(time.monotonic())  # type: ignore[method-assign]
        qtbot.wait(100)
        window.show()
        assert drain() == []  # shown, not yet painted
        qtbot.waitUntil(lambda: len(drain()) >= 2, timeout=5000)
        assert drain()[:2] == [f"READY=1\n{STATUS_STARTED}".encode(), b"WATCHDOG=1"]
        assert painted and painted[0] < received[0][0]
        notifications.service_changed(False)
        notifications.stopping()
        qtbot.waitUntil(lambda: drain()[-1] == b"STOPPING=1", timeout=2000)
        assert STATUS_UNAVAILABLE.encode() in drain()


# --- the protocol -------------------------------------------------------------------------------------------

def test_notify_socket_addresses() -> None:
    assert socket_address("@name") == "\0name"
    assert socket_address("/run/systemd/notify") == "/run/systemd/notify"
    assert socket_address("vsock:2:1234") is None
    assert socket_address("@") is None


def test_the_watchdog_is_for_the_named_process_only() -> None:
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000"}, pid=42) == 15.0
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "42"}, pid=42) == 15.0
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "7"}, pid=42) is None
    assert watchdog_interval_s({}, pid=42) is None
    assert watchdog_interval_s({"WATCHDOG_USEC": "0"}, pid=42) is None
    assert watchdog_interval_s({"WATCHDOG_USEC": "soon"}, pid=42) is None


def test_a_notifier_sends_one_datagram_per_message_to_a_socket_file(tmp_path: Path) -> None:
    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as manager:
        manager.bind(str(path))
        notifier = Notifier.from_environ({"NOTIFY_SOCKET": str(path)})
        assert notifier.send("READY=1", "STATUS=up")
        assert notifier.send("WATCHDOG=1")
        manager.settimeout(2)
        assert [manager.recv(100), manager.recv(100)] == [b"READY=1\nSTATUS=up", b"WATCHDOG=1"]
    assert not notifier.send("WATCHDOG=1")  # the manager is gone: said, not raised
    notifier.close()
    assert not Notifier.from_environ({}).send("READY=1")
