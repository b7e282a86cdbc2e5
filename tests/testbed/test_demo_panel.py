"""The demo devices panel drives the simulated card slot and the member's phone."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

import requests
from PySide6.QtWidgets import QPushButton

from kiosk.devices.base import PrinterState
from kiosk.session import ConfirmOutcome, Stage
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


# --- the phone page, with a real HTTP client, on the demo backend that mounts it under /mssp ---------

@dataclass(frozen=True)
class PageForm:
    action: str
    method: str
    button: str


class _FormReader(HTMLParser):
    """The page's forms: where each posts and what its button says, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[PageForm] = []
        self._form: dict[str, str] | None = None
        self._in_button = False
        self._button = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._form, self._button = values, ""
        elif tag == "button" and self._form is not None:
            self._in_button = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "button":
            self._in_button = False
        elif tag == "form" and self._form is not None:
            self.forms.append(PageForm(self._form.get("action", ""), self._form.get("method", "get").lower(),
                                       self._button.strip()))
            self._form = None

    def handle_data(self, data: str) -> None:
        if self._in_button:
            self._button += data


def press_on_phone_page(page_url: str, button: str) -> requests.Response:
    """Open the phone page, find the form whose button says `button`, and submit it as a browser would."""
    page = requests.get(page_url, timeout=5)
    assert page.status_code == 200, page.status_code
    reader = _FormReader()
    reader.feed(page.text)
    form = next((f for f in reader.forms if f.button == button), None)
    assert form is not None, f"no {button!r} button on the phone page: {[f.button for f in reader.forms]}"
    assert form.method == "post"
    return requests.post(urljoin(page.url, form.action), timeout=5)  # follows the redirect, as a browser does


def test_the_phone_pages_approve_button_confirms_the_member(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    rig.insert("matti")
    event_id = rig.wait_pending_confirmation()
    page_url = rig.phone.phone_page_url
    assert event_id in requests.get(page_url, timeout=5).text
    answer = press_on_phone_page(page_url, "Enter PIN (approve)")
    assert answer.status_code == 200 and answer.url == page_url  # back on the phone page, not a 404
    rig.wait_stage(Stage.PORTAL)
    assert rig.session.assurance == "strong"
    assert event_id not in requests.get(page_url, timeout=5).text


# Each button of the page and what the kiosk then tells the member.
PHONE_PAGE_ENDINGS = (
    ("Cancel", ConfirmOutcome.USER_CANCEL),
    ("Let it expire (208)", ConfirmOutcome.EXPIRED),
    ("PIN blocked (402)", ConfirmOutcome.CERTIFICATE_BLOCKED),
    ("Busy with another request (406)", ConfirmOutcome.PHONE_BUSY),
    ("Invalid signature (503)", ConfirmOutcome.FAILED),
    ("Operator error (900)", ConfirmOutcome.UNAVAILABLE),
)


def test_every_other_button_of_the_phone_page_ends_the_request_as_it_says(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    for button, outcome in PHONE_PAGE_ENDINGS:
        rig.insert("matti")
        rig.wait_pending_confirmation()
        answer = press_on_phone_page(rig.phone.phone_page_url, button)
        assert answer.status_code == 200 and answer.url == rig.phone.phone_page_url
        rig.qtbot.waitUntil(lambda outcome=outcome: rig.session.confirm_outcome is outcome, timeout=10000)
        assert rig.session.stage is Stage.CONFIRMING and rig.session.assurance != "strong", button
        rig.remove()
        rig.wait_stage(Stage.ATTRACT)
