"""The demo devices panel: the card slot, the member's phone and the printer, in a place of its own.

The phone page's buttons are pressed with a real HTTP client against the live demo
backend, which mounts the simulated MSSP under /mssp as the demo does.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from typing import get_args
from urllib.parse import urljoin

import pytest
import requests
from PIL import Image, ImageDraw
from PySide6.QtCore import QRect

from backend.demo_cards import DEMO_CARD_PINS
from kiosk.app import make_devices
from kiosk.config import parse_config
from kiosk.devices.base import PrinterState
from kiosk.devices.escpos_printer import EscPosPrinter
from kiosk.session import ConfirmOutcome, Stage
from testbed.demo import DemoDevices, PhoneAnswer, demo_config
from testbed.demo_mode import PANEL_STRIP_WIDTH, Area, DemoLayout, place_windows, plan_layout
from testbed.demo_panel import MORE_ANSWERS, CardButton, DemoPanel, PhoneState
from testbed.printer_emulator import EmulatorState, EscPosEmulator
from tests.fixtures.kiosk import KioskRig


def _card(panel: DemoPanel, holder: str) -> CardButton:
    return next(b for b in panel.findChildren(CardButton) if b.text() == holder)


def _speak(rig: KioskRig, panel: DemoPanel, language: str) -> None:
    """The kiosk's language, which the panel speaks too once Qt has delivered the change."""
    rig.session.choose_language(language)
    rig.qtbot.waitUntil(lambda: panel._remove.text() == panel.tr("Remove the card"))


def _receipt(height: int) -> Image.Image:
    image = Image.new("1", (576, height), 1)
    ImageDraw.Draw(image).text((20, 20), "Kuitti 12,30 €", fill=0)
    return image


def test_a_presenter_runs_a_whole_visit_from_the_panel(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    printer = rig.kiosk.printer
    panel = DemoPanel(rig.devices, rig.session, printer)
    rig.qtbot.addWidget(panel)
    panel.show()
    assert not panel._approve.isEnabled()  # nothing on the phone yet
    _card(panel, "Matti Virtanen").click()
    event_id = rig.wait_pending_confirmation()
    rig.qtbot.waitUntil(lambda: panel.phone_state is PhoneState.WAITING)
    assert panel._phone_code.text() == event_id and panel._approve.isEnabled()
    panel._approve.click()
    rig.wait_stage(Stage.PORTAL)
    assert rig.session.assurance == "strong"
    panel._remove.click()
    rig.wait_stage(Stage.ENDING)
    assert not any(button.isChecked() for button in panel.findChildren(CardButton))
    panel._state_buttons[PrinterState.PAPER_OUT].click()
    assert printer.status() is PrinterState.PAPER_OUT  # type: ignore[attr-defined]


def test_each_card_says_what_it_shows_and_the_staff_cards_their_real_pins(kiosk_rig: KioskRig) -> None:
    panel = DemoPanel(kiosk_rig.devices, kiosk_rig.session)
    kiosk_rig.qtbot.addWidget(panel)
    _speak(kiosk_rig, panel, "en")
    assert "family of three" in _card(panel, "Matti Virtanen").detail()
    assert "five years of purchases" in _card(panel, "Sari Järvinen").detail()
    assert "card only, no phone" in _card(panel, "Eino Mäkinen").detail()
    assert "closed" in panel._card_buttons["james_closed"].detail()
    assert "lost" in panel._card_buttons["lost"].detail()
    assert f"PIN {DEMO_CARD_PINS['staff']}" in _card(panel, "Liisa Korhonen").detail()
    assert f"PIN {DEMO_CARD_PINS['technician']}" in _card(panel, "Timo Lehtinen").detail()
    assert all(button.detail() for button in panel.findChildren(CardButton))  # every card tells its story
    _speak(kiosk_rig, panel, "fi")
    assert f"PIN {DEMO_CARD_PINS['staff']}" in _card(panel, "Liisa Korhonen").detail()
    assert "kolmen" in _card(panel, "Matti Virtanen").detail()  # the panel speaks the kiosk's language


def test_after_approval_the_phone_says_approved_and_then_goes_idle(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    panel = DemoPanel(rig.devices, rig.session, answer_shown_ms=400)
    rig.qtbot.addWidget(panel)
    rig.insert("matti")
    rig.qtbot.waitUntil(lambda: panel.phone_state is PhoneState.WAITING, timeout=10000)
    panel._approve.click()
    rig.qtbot.waitUntil(lambda: panel.phone_state is PhoneState.ANSWERED, timeout=10000)
    assert panel._phone_state.text() == panel._answer_text("approve")  # "Approved: ..." in Matti's Finnish
    assert not panel._approve.isEnabled() and not panel._phone_code.isVisible()
    rig.wait_stage(Stage.PORTAL)
    rig.qtbot.waitUntil(lambda: panel.phone_state is PhoneState.IDLE, timeout=5000)
    assert panel._phone_state.text().startswith(panel.tr("No request on the phone."))  # (then whom to enrol)
    assert not panel._approve.isEnabled()


def test_the_panel_follows_a_request_answered_on_the_phone_page(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    panel = DemoPanel(rig.devices, rig.session, answer_shown_ms=400)
    rig.qtbot.addWidget(panel)
    rig.insert("matti")
    rig.qtbot.waitUntil(lambda: panel.phone_state is PhoneState.WAITING, timeout=10000)
    press_on_phone_page(rig.phone.phone_page_url, "Enter PIN (approve)")
    rig.qtbot.waitUntil(lambda: panel.phone_state is PhoneState.ANSWERED, timeout=10000)
    assert panel._phone_state.text() == panel._answer_text("approve")
    rig.qtbot.waitUntil(lambda: panel.phone_state is PhoneState.IDLE, timeout=5000)


def test_more_outcomes_on_the_panel_reach_the_kiosk(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    panel = DemoPanel(rig.devices, rig.session, answer_shown_ms=400)
    rig.qtbot.addWidget(panel)
    rig.insert("matti")
    rig.qtbot.waitUntil(lambda: panel.phone_state is PhoneState.WAITING, timeout=10000)
    panel._more_buttons["pin_blocked"].click()
    rig.qtbot.waitUntil(lambda: rig.session.confirm_outcome is ConfirmOutcome.CERTIFICATE_BLOCKED, timeout=10000)
    assert panel.phone_state is PhoneState.ANSWERED
    assert panel._phone_state.text() == panel._answer_text("pin_blocked")


def test_the_printer_box_drives_the_emulated_printer_and_shows_what_it_printed(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    with EscPosEmulator(576) as emulator:
        config = demo_config(rig.kiosk.config, rig.kiosk.config.backend, printer_address=emulator.address)
        _reader, printer = make_devices(config)  # what `kiosk --demo` prints to
        assert isinstance(printer, EscPosPrinter)
        devices = DemoDevices(rig.devices.reader, rig.phone, printer_emulator=emulator)
        panel = DemoPanel(devices, rig.session, printer)
        rig.qtbot.addWidget(panel)
        panel.show()
        assert not panel._printed.isVisibleTo(panel)  # nothing printed yet
        panel._state_buttons[EmulatorState.PAPER_OUT].click()
        assert emulator.state is EmulatorState.PAPER_OUT and printer.status() is PrinterState.PAPER_OUT
        assert panel._state_buttons[EmulatorState.PAPER_OUT].text() == "Paperi loppu"
        panel._state_buttons[EmulatorState.READY].click()
        printer.print_image(_receipt(900))
        rig.qtbot.waitUntil(lambda: panel._printed.isVisibleTo(panel), timeout=5000)
        assert "576" in panel._printed_caption.text() and "900" in panel._printed_caption.text()
        panel._printed.click()
        assert panel.showing_printed() and panel._printed_picture.pixmap().width() <= panel.width()
        panel.close_printed()
        assert not panel.showing_printed()


def test_a_presenter_runs_an_enrolment_with_a_card_from_stock(kiosk_rig: KioskRig) -> None:
    """The panel inserts a new card from stock (and another store's), names the person to enrol, and its
    phone answers the staff flow's requests too."""
    from backend.demo_cards import DEMO_PROSPECT
    from kiosk.api import Enrolled
    from kiosk.flows.staff import Step

    rig = kiosk_rig
    _maintenance, staff = rig.kiosk.staff_flows()  # as the demo makes them, for its panel
    panel = DemoPanel(rig.devices, rig.session, rig.kiosk.printer, staff=staff)
    rig.qtbot.addWidget(panel)
    panel.show()
    idle = panel._phone_state.text()  # the person to enrol, where the presenter looks while typing her in
    assert DEMO_PROSPECT.identity_code in idle and "Aino Virtanen" in idle and DEMO_PROSPECT.phone in idle
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)
    staff.start_enrolment()
    panel._remove.click()  # the staff card out
    _card(panel, "Matti Virtanen").click()
    rig.qtbot.waitUntil(lambda: panel._approve.isEnabled(), timeout=10000)  # the owner's phone shows the code
    assert staff.confirmation is not None and panel._phone_code.text() == staff.confirmation.event_id
    panel._approve.click()
    rig.qtbot.waitUntil(lambda: staff.step is Step.DETAILS, timeout=10000)
    panel._remove.click()
    staff.check_details({"first_name": "Aino", "last_name": "Virtanen", "identity_code": DEMO_PROSPECT.identity_code,
                         "phone": "", "email": "", "language": "fi"})
    rig.qtbot.waitUntil(lambda: staff.step is Step.IDENTITY, timeout=10000)
    staff.use_document("passport", "1234")
    rig.qtbot.waitUntil(lambda: staff.step is Step.STOCK_CARD, timeout=10000)
    panel._other_stock_card.click()
    rig.qtbot.waitUntil(lambda: staff.problem == "card_other_store", timeout=10000)
    panel._remove.click()
    panel._stock_card.click()
    rig.qtbot.waitUntil(lambda: staff.step is Step.DONE, timeout=10000)
    assert isinstance(staff.result, Enrolled)


def test_the_panel_keeps_its_size_after_prints_and_quit_stays_in_view(kiosk_rig: KioskRig) -> None:
    """It grew with the first receipt's picture and pushed "Quit the demo" off the screen."""
    rig = kiosk_rig
    with EscPosEmulator(576) as emulator:
        config = demo_config(rig.kiosk.config, rig.kiosk.config.backend, printer_address=emulator.address)
        _reader, printer = make_devices(config)
        devices = DemoDevices(rig.devices.reader, rig.phone, printer_emulator=emulator)
        panel = DemoPanel(devices, rig.session, printer)
        rig.qtbot.addWidget(panel)
        place = QRect(1480, 0, PANEL_STRIP_WIDTH, 1080)
        panel.dock(place)
        panel.show()
        for height in (2400, 300, 5000):
            printer.print_image(_receipt(height))
            rig.qtbot.waitUntil(lambda height=height: str(height) in panel._printed_caption.text(), timeout=5000)
            panel.adjustSize()  # what made it grow
            assert panel.geometry() == place
            assert panel._quit.isVisible() and panel.rect().contains(panel._quit.geometry())
        panel._printed.click()
        assert panel.geometry() == place and panel._quit.isVisible()


def test_the_panel_fits_its_strip_in_every_language(kiosk_rig: KioskRig) -> None:
    """Beside the kiosk on a 1920×1080 screen (at the scale the demo starts Qt with) and under it on a
    portrait one: nothing is cut at the side, and nothing needs scrolling to be reached."""
    rig = kiosk_rig
    with EscPosEmulator(576) as emulator:
        devices = DemoDevices(rig.devices.reader, rig.phone, printer_emulator=emulator)
        panel = DemoPanel(devices, rig.session)
        rig.qtbot.addWidget(panel)
        panel.show()
        for strip in (plan_layout([Area(0, 0, 2360, 1327)], may_scale=False),
                      plan_layout([Area(0, 0, 1080, 1920)])):
            panel.dock(QRect(strip.panel.x, strip.panel.y, strip.panel.width, strip.panel.height),
                       wide=strip.panel_wide)
            for language in ("fi", "sv", "en"):
                _speak(rig, panel, language)
                panel._body.adjustSize()
                room = panel._scroll.viewport().size()
                needs = panel._body.sizeHint().expandedTo(panel._body.minimumSizeHint())
                assert needs.width() <= room.width() and needs.height() <= room.height(), (language, needs, room)


def test_the_demo_keeps_the_pointer_visible_for_the_presenter() -> None:
    """A touch-only kiosk hides the pointer over the whole application, the panel included."""
    config = parse_config({"backend": {"kiosk_id": "demo", "kiosk_secret": "demo"},
                           "display": {"touch_only": True}}, environ={}, testbed=True)
    assert demo_config(config, config.backend).display.touch_only is False


def test_the_panel_offers_exactly_the_answers_the_simulated_phone_knows() -> None:
    from backend.mssp.sim import PhoneAnswer as SimAnswer

    assert set(get_args(PhoneAnswer)) == set(get_args(SimAnswer))
    assert set(MORE_ANSWERS) == set(get_args(PhoneAnswer)) - {"approve", "cancel"}


# --- where the panel goes: never over the kiosk ------------------------------------------------------

FULL_HD = Area(0, 0, 1920, 1080)


@pytest.mark.parametrize("screens", [
    [FULL_HD],  # a laptop or the kiosk's own screen
    [Area(0, 0, 2360, 1327)],  # the same at the scale the demo starts Qt with
    [Area(0, 0, 1080, 1920)],  # portrait
    [Area(0, 0, 3840, 2160)],  # 4K: no scaling needed
    [Area(0, 0, 1366, 768)],  # small: the scale stops at its minimum
    [FULL_HD, Area(1920, 0, 1280, 1024)],  # a second screen to the right
    [FULL_HD, Area(-1280, 0, 1280, 1024)],  # ... and to the left
    [FULL_HD, Area(0, 1080, 400, 300)],  # a tiny second screen below
])
def test_the_panel_never_overlaps_the_kiosk(screens: list[Area]) -> None:
    layout = plan_layout(screens)
    if layout.scale != 1.0:  # what demo_application does: Qt again at that scale, then plan on what it reports
        scaled = [Area(*(round(v / layout.scale) for v in (s.x, s.y, s.width, s.height))) for s in screens]
        layout = plan_layout(scaled, may_scale=False)
        screens = scaled
    assert not layout.kiosk.overlaps(layout.panel)
    assert any(screen.holds(layout.kiosk) for screen in screens)
    assert any(screen.holds(layout.panel) for screen in screens)
    assert layout.panel.width >= 300 or layout.panel_wide


def test_one_landscape_screen_keeps_the_kiosk_at_its_design_width_by_scaling() -> None:
    layout = plan_layout([FULL_HD])
    assert 0.8 < layout.scale < 0.82  # 1920 / (1920 + 440)
    scaled = plan_layout([Area(0, 0, 2360, 1327)], may_scale=False)
    assert scaled == DemoLayout(Area(0, 0, 1920, 1327), False, Area(1920, 0, PANEL_STRIP_WIDTH, 1327), False)
    assert plan_layout([Area(0, 0, 1366, 768)]).scale == 0.6


def test_a_second_screen_takes_the_panel_and_leaves_the_first_to_the_kiosk() -> None:
    right = plan_layout([FULL_HD, Area(1920, 0, 1280, 1024)])
    assert right.kiosk == FULL_HD and right.kiosk_full_screen and right.scale == 1.0
    assert right.panel == Area(1920, 0, 2 * PANEL_STRIP_WIDTH, 1024) and right.panel_wide  # by the kiosk's edge
    left = plan_layout([FULL_HD, Area(-1280, 0, 1280, 1024)])
    assert left.panel == Area(-2 * PANEL_STRIP_WIDTH, 0, 2 * PANEL_STRIP_WIDTH, 1024)
    primary_second = plan_layout([Area(-1280, 0, 1280, 1024), FULL_HD], primary=1)
    assert primary_second.kiosk == FULL_HD


def test_placed_windows_do_not_overlap_on_screen(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    panel = DemoPanel(rig.devices, rig.session)
    rig.qtbot.addWidget(panel)
    screen = rig.window.screen().availableGeometry()
    layout = plan_layout([Area(screen.x(), screen.y(), screen.width(), screen.height())], may_scale=False)
    place_windows(layout, rig.window, panel, windowed=True)
    rig.qtbot.waitExposed(panel)
    assert not panel.frameGeometry().intersects(rig.window.frameGeometry())
    assert panel.geometry() == QRect(layout.panel.x, layout.panel.y, layout.panel.width, layout.panel.height)


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
