"""systemd's fallback screen: `kiosk --out-of-order` shows the chain's notice in every language, whatever is broken."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.out_of_order import STATUS_OUT_OF_ORDER, out_of_order_texts
from kiosk.views.out_of_order import OutOfOrderWindow
from tests.support import notify_listener

ROOT = Path(__file__).resolve().parents[2]

EXPECTED = [("Tämä pääte on epäkunnossa", "Kysy apua kassalta."),
            ("Den här terminalen är ur funktion", "Be om hjälp i kassan."),
            ("This kiosk is out of order", "Please contact the staff at the checkout.")]


def test_the_screen_says_it_in_finnish_swedish_and_english(qtbot: QtBot) -> None:
    assert out_of_order_texts() == EXPECTED
    window = OutOfOrderWindow(out_of_order_texts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [(t.text(), e.text()) for t, e in zip(window.titles, window.explanations, strict=True)] == EXPECTED
    assert all(t.isVisible() and t.width() > 0 for t in window.titles)


def test_it_starts_without_config_backend_or_devices_and_tells_systemd(tmp_path: Path) -> None:
    broken = tmp_path / "kiosk.toml"
    broken.write_text("[backend\n")  # the kind of config that made the kiosk fail
    with notify_listener() as (notify, address):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": address,
               "KIOSK_CONFIG": str(broken)}
        process = subprocess.Popen([sys.executable, "-m", "kiosk.app", "--out-of-order"], env=env, cwd=tmp_path,
                                   stderr=subprocess.PIPE)
        try:
            notify.until("READY=1", timeout=60)  # painted
            assert any(STATUS_OUT_OF_ORDER in message.splitlines() for _at, message in notify.received)
            process.send_signal(signal.SIGTERM)
            notify.until("STOPPING=1", timeout=20)
            assert process.wait(20) == 0
        finally:
            if process.poll() is None:
                process.kill()
            _out, err = process.communicate(timeout=10)
    assert b"configuration is not usable" not in err
