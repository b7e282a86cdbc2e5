"""An exception nobody caught: logged, apology on screen, session wiped, kiosk still running."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer

from kiosk.crash import CrashGuard
from kiosk.session import Notice, Stage
from tests.fixtures.kiosk import RigFactory


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("where", ["slot", "thread"])
def test_an_uncaught_exception_apologises_and_returns_to_the_start(make_rig: RigFactory, where: str,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    rig = make_rig()
    guard = CrashGuard(rig.session.recover_from_crash)
    guard.install()
    try:
        rig.open_portal("matti")

        def boom() -> None:
            raise RuntimeError("a bug in a view")

        with caplog.at_level(logging.CRITICAL, logger="kiosk.crash"):
            if where == "slot":
                QTimer.singleShot(0, boom)
            else:
                thread = threading.Thread(target=boom, name="worker")
                thread.start()
                thread.join()
            rig.wait_stage(Stage.NOTICE)
        assert rig.session.notice is Notice.APOLOGY
        assert rig.session.first_name == "" and rig.session.summary is None
        assert "a bug in a view" in caplog.text
        rig.remove()
        rig.wait_stage(Stage.ATTRACT)
        rig.open_portal("anna")  # the kiosk goes on serving
    finally:
        guard.uninstall()
