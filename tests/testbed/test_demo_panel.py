"""The demo devices panel drives the simulated card slot and the member's phone."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.devices.base import PrinterState
from kiosk.session import Stage
from testbed.demo_panel import DemoPanel
from tests.fixtures.kiosk import KioskRig


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


def test_the_printer_box_drives_the_emulated_printer_and_shows_what_it_printed(kiosk_rig: KioskRig) -> None:
    from PIL import Image, ImageDraw

    from kiosk.app import make_devices
    from kiosk.devices.escpos_printer import EscPosPrinter
    from testbed.demo import DemoDevices, demo_config
    from testbed.printer_emulator import EmulatorState, EscPosEmulator

    rig = kiosk_rig
    with EscPosEmulator(576) as emulator:
        config = demo_config(rig.kiosk.config, rig.kiosk.config.backend, printer_address=emulator.address)
        _reader, printer = make_devices(config)  # what `kiosk --demo` prints to
        assert isinstance(printer, EscPosPrinter)
        devices = DemoDevices(rig.devices.reader, rig.phone, printer_emulator=emulator)
        panel = DemoPanel(devices, rig.session, printer)
        rig.qtbot.addWidget(panel)
        panel.show()
        assert not panel._printed.isEnabled()
        panel._printer_state.setCurrentIndex(panel._printer_state.findData(EmulatorState.PAPER_OUT))
        assert emulator.state is EmulatorState.PAPER_OUT and printer.status() is PrinterState.PAPER_OUT
        assert panel._printer_state.currentText() in ("Paperi loppu", "Out of paper")
        panel._printer_state.setCurrentIndex(panel._printer_state.findData(EmulatorState.READY))
        image = Image.new("1", (576, 900), 1)
        ImageDraw.Draw(image).text((20, 20), "Kuitti 12,30 €", fill=0)
        printer.print_image(image)
        rig.qtbot.waitUntil(panel._printed.isEnabled, timeout=5000)
        assert "576" in panel._printed_caption.text() and "900" in panel._printed_caption.text()
        panel._printed.click()
        assert panel._printed_view is not None and panel._printed_view.isVisible()
        assert panel._printed_picture.pixmap().size().toTuple() == (576, 900)
