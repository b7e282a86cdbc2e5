"""The heartbeat flow: the session's state and failures into kiosk.heartbeat's records, the sender started and stopped.

The heartbeat itself (what is sent, the thread that sends it) is kiosk.heartbeat, with
no Qt. This is the glue on the UI thread: it follows the session's signals into the
heartbeat's one-word state and last error, and, while nobody is at the kiosk, asks the
idle printer its state once an interval, so a roll that runs out overnight is on the
fleet page and the staff menu before a shopper meets it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kiosk.api import ApiClient
from kiosk.config import KioskConfig
from kiosk.devices.base import CardReader
from kiosk.heartbeat import HeartbeatSender, KioskActivity, LastError, Sources, collect, reader_part, state_for

if TYPE_CHECKING:
    from kiosk.flows.output import OutputFlow
    from kiosk.session import Session


def heartbeat_client(config: KioskConfig) -> ApiClient:
    """The heartbeat's own connection: never queued behind a member's call, nor a member's call behind it."""
    b = config.backend
    return ApiClient(b.url, b.kiosk_id, b.kiosk_secret, connect_timeout=b.connect_timeout_s,
                     read_timeout=b.read_timeout_s, read_retries=0, verify=b.verify or True)


class HeartbeatFlow(QObject):
    """Keeps the heartbeat's records current from the session and runs the sender (start with the kiosk, stop
    on shutdown)."""

    def __init__(self, config: KioskConfig, session: Session, output: OutputFlow, reader: CardReader, *,
                 version: str, interval_s: float | None = None, first_after_s: float = 5.0,
                 started: float | None = None, disk_path: str = "/", parent: QObject | None = None) -> None:
        super().__init__(parent or session)
        self._session = session
        self._output = output
        interval = float(interval_s if interval_s is not None else config.fleet.heartbeat_interval_s)
        self.activity = KioskActivity()
        self.last_error = LastError()
        self._client = heartbeat_client(config)
        self.sources = Sources(
            kiosk_id=config.backend.kiosk_id, version=version, interval_s=max(1, round(interval)),
            activity=self.activity, last_error=self.last_error, reader=lambda: reader_part(reader),
            printer=output.printer_health.report, disk_path=disk_path,
            started=time.monotonic() if started is None else started)
        self.heartbeats = HeartbeatSender(self._client.send_heartbeat, lambda: collect(self.sources),
                                      interval_s=interval, first_after_s=min(first_after_s, interval))
        for signal in (session.stage_changed, session.notice_changed, session.service_changed,
                       session.staff_changed, session.pin_changed):
            signal.connect(self._follow_session)
        session.failure_noted.connect(self.last_error.record)
        self._follow_session()
        self._printer_check = QTimer(self)
        self._printer_check.setInterval(int(interval * 1000))
        self._printer_check.timeout.connect(self._check_printer)

    def start(self) -> None:
        self._printer_check.start()
        self.heartbeats.start()

    def stop(self) -> None:
        self._printer_check.stop()
        self.heartbeats.stop()
        self._client.close()

    def _follow_session(self) -> None:
        session = self._session
        self.activity.set(state_for(session.stage.value, staff_role=session.staff_role,
                                    notice=session.notice.value if session.notice is not None else None,
                                    service_available=session.service_available))

    def _check_printer(self) -> None:
        """Only at the attract screen: a check never stands between a member and their print."""
        if self.activity.get() in ("attract", "unavailable"):
            self._output.check_printer()
