"""The demo devices panel drives the simulated card slot and the member's phone."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.devices.base import PrinterState
from kiosk.session import Stage
from kiosk.views.demo_panel import DemoPanel
from tests.kiosk.conftest import KioskRig


def _button(panel: DemoPanel, text: str) -> QPushButton:
    return next(b for b in panel.findChildren(QPushButton) if text in b.text())


def test_a_presenter_runs_a_whole_visit_from_the_panel(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    printer = rig.kiosk.printer
    panel = DemoPanel(rig.devices, rig.session, printer)
    rig.qtbot.addWidget(panel)
    panel.show()
    approve = panel._approve
    assert not approve.isEnabled()  # nothing on the phone yet
    _button(panel, "Matti Virtanen").click()
    rig.wait_pending_confirmation()
    assert rig.session.confirmation is not None
    assert rig.session.confirmation.event_id in panel._phone_state.text()
    approve.click()
    rig.wait_stage(Stage.PORTAL)
    panel._remove.click()
    rig.wait_stage(Stage.ENDING)
    panel._printer_state.setCurrentIndex(panel._printer_state.findData(PrinterState.PAPER_OUT))
    assert printer.status() is PrinterState.PAPER_OUT  # type: ignore[attr-defined]


def test_cards_are_labelled_with_holder_and_what_is_special(kiosk_rig: KioskRig) -> None:
    panel = DemoPanel(kiosk_rig.devices, kiosk_rig.session)
    kiosk_rig.qtbot.addWidget(panel)
    closed = [b.text() for b in panel.findChildren(QPushButton) if "James Wilson" in b.text()]
    assert any("closed" in text or "suljettu" in text for text in closed)
    assert not [b.text() for b in panel.findChildren(QPushButton) if "active" in b.text()]
