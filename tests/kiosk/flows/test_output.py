"""The receipt-output flow on the real demo backend: print, printer trouble, the phone link.

The printer here is the simulated one (kiosk.devices.simulated.SimulatedPrinter), which
keeps each printed image; the ESC/POS printer over TCP has its own round trip in
tests/kiosk/flows/test_output_escpos.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import msgspec
import pytest
import requests
from PIL import ImageChops
from PySide6.QtWidgets import QScrollArea

from kiosk.devices.base import PrinterState
from kiosk.devices.simulated import SimulatedPrinter
from kiosk.flows.output import OutputFlow, OutputStep
from kiosk.output import OutputRequest
from kiosk.session import Stage
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.kiosk.views.helpers import all_texts, lay_out_at, tap
from tests.support import count_print_records


def _flow(rig: KioskRig) -> OutputFlow:
    assert isinstance(rig.kiosk.output, OutputFlow)
    return rig.kiosk.output


def _printer(rig: KioskRig) -> SimulatedPrinter:
    assert isinstance(rig.kiosk.printer, SimulatedPrinter)
    return rig.kiosk.printer


def _newest_receipt_id(rig: KioskRig) -> int:
    return rig.kiosk.api.receipts(limit=1).items[0].id


def _wait_step(rig: KioskRig, *steps: OutputStep) -> None:
    rig.qtbot.waitUntil(lambda: _flow(rig).state.step in steps, timeout=10000)


def test_printing_a_receipt_prints_exactly_the_preview_and_records_it(kiosk_rig: KioskRig) -> None:
    kiosk_rig.open_portal("matti")
    receipt_id = _newest_receipt_id(kiosk_rig)
    kiosk_rig.session.request_output(OutputRequest("receipt", receipt_id, "print"))
    _wait_step(kiosk_rig, OutputStep.PRINTED)
    flow = _flow(kiosk_rig)
    printed = _printer(kiosk_rig).printed
    assert len(printed) == 1
    assert flow.state.preview is not None
    assert printed[0].size == flow.state.preview.size
    assert ImageChops.difference(printed[0].convert("L"), flow.state.preview.convert("L")).getbbox() is None
    overlay = kiosk_rig.window.output
    assert overlay.isVisible()
    assert overlay.title.text() == "Ota kuitti"  # "Take your receipt", in Finnish
    kiosk_rig.qtbot.waitUntil(lambda: count_print_records(kiosk_rig.backend.database_url) == 1, timeout=5000)
    tap(kiosk_rig.qtbot, overlay.primary)
    assert flow.state.step is OutputStep.IDLE and not overlay.isVisible()


def test_the_dialog_comes_up_for_a_print_even_when_nothing_built_it_ahead(kiosk_rig: KioskRig) -> None:
    """A terminal builds the dialog after its first picture; a window that did not (the screen tour) still
    shows the member what the printer is doing: the first print builds it (the tour's pictures had none)."""
    from kiosk.views.output_overlay import OutputOverlay

    kiosk_rig.open_portal("matti")
    assert not kiosk_rig.window.findChildren(OutputOverlay)  # (the rig does not build ahead)
    kiosk_rig.session.request_output(OutputRequest("receipt", _newest_receipt_id(kiosk_rig), "print"))
    _wait_step(kiosk_rig, OutputStep.PRINTED)
    shown = [overlay for overlay in kiosk_rig.window.findChildren(OutputOverlay) if overlay.isVisible()]
    assert len(shown) == 1 and shown[0].title.text() == "Ota kuitti"
    assert shown[0].preview.accessibleName() == "Kuitti sellaisena kuin se tulostuu"  # what a screen reader says


def test_in_portrait_at_large_text_why_the_printer_cannot_print_shows_whole_under_the_paper(
        kiosk_rig: KioskRig) -> None:
    """The paper took the portrait dialog's height and 'Tulostimesta on loppunut paperi' was under the fold of
    the words' own scroll area: the words now show whole, the paper scrolls in what is left."""
    from PySide6.QtCore import QPoint, QRect

    rig = kiosk_rig
    rig.window.apply_theme(False, True)
    lay_out_at(rig.qtbot, rig.window, 1080, 1920)
    rig.open_portal("matti")
    _printer(rig).state = PrinterState.PAPER_OUT
    rig.session.request_output(OutputRequest("receipt", _newest_receipt_id(rig), "print"))
    _wait_step(rig, OutputStep.PRINTER_PROBLEM)
    overlay = rig.window.output
    lay_out_at(rig.qtbot, rig.window, 1080, 1920)
    viewport = overlay.findChild(QScrollArea, "output-texts").viewport()
    for words in (overlay.title, overlay.message):
        assert words.text()
        assert viewport.rect().contains(QRect(words.mapTo(viewport, QPoint(0, 0)), words.size())), words.text()
    assert overlay.preview_area.isVisible() and overlay.preview_area.height() >= 300  # and the paper still shows


@pytest.mark.parametrize("state", [PrinterState.PAPER_OUT, PrinterState.COVER_OPEN, PrinterState.OFFLINE,
                                   PrinterState.UNREACHABLE])
def test_a_printer_that_cannot_print_offers_the_phone(kiosk_rig: KioskRig, state: PrinterState) -> None:
    kiosk_rig.open_portal("matti")
    _printer(kiosk_rig).state = state
    kiosk_rig.session.request_output(OutputRequest("receipt", _newest_receipt_id(kiosk_rig), "print"))
    _wait_step(kiosk_rig, OutputStep.PRINTER_PROBLEM)
    assert _printer(kiosk_rig).printed == []
    overlay = kiosk_rig.window.output
    assert overlay.message.text()  # the reason, in words
    tap(kiosk_rig.qtbot, overlay.primary)  # take to phone instead
    _wait_step(kiosk_rig, OutputStep.LINK_READY)
    link = _flow(kiosk_rig).state.link
    assert link is not None and link.expires_at > datetime.now().astimezone()
    assert overlay.qr.pixmap() is not None and not overlay.qr.pixmap().isNull()
    page = requests.get(link.url, timeout=5)
    assert page.status_code == 200


def test_paper_running_out_during_the_job_is_not_claimed_as_printed(kiosk_rig: KioskRig) -> None:
    kiosk_rig.open_portal("matti")
    _printer(kiosk_rig).fail_next_print(PrinterState.PAPER_OUT)
    kiosk_rig.session.request_output(OutputRequest("receipt", _newest_receipt_id(kiosk_rig), "print"))
    _wait_step(kiosk_rig, OutputStep.PRINT_FAILED, OutputStep.PRINTED)
    assert _flow(kiosk_rig).state.step is OutputStep.PRINT_FAILED
    assert _printer(kiosk_rig).printed == []
    assert count_print_records(kiosk_rig.backend.database_url) == 0
    overlay = kiosk_rig.window.output
    assert overlay.secondary.isVisible()  # try printing again
    _printer(kiosk_rig).state = PrinterState.READY
    tap(kiosk_rig.qtbot, overlay.secondary)
    _wait_step(kiosk_rig, OutputStep.PRINTED)
    assert len(_printer(kiosk_rig).printed) == 1


def test_after_a_failed_print_the_member_is_told_to_take_the_partial_receipt(make_rig: RigFactory) -> None:
    # What a cut-short job leaves hangs uncut from the slot with the member's purchases on it:
    # it must go with the member, never wait in the printer for the next shopper.
    rig = make_rig()
    rig.open_portal("matti")
    rig.session.choose_language("en")
    _printer(rig).fail_next_print(PrinterState.PAPER_OUT)
    rig.session.request_output(OutputRequest("receipt", _newest_receipt_id(rig), "print"))
    _wait_step(rig, OutputStep.PRINT_FAILED, OutputStep.PRINTED)
    rig.qtbot.waitUntil(lambda: "tear it off" in rig.window.output.detail.text())
    detail = rig.window.output.detail.text()
    assert "tear it off and take it with you" in detail
    assert "leave it" not in detail


def test_a_double_tap_prints_once(kiosk_rig: KioskRig) -> None:
    kiosk_rig.open_portal("matti")
    request = OutputRequest("receipt", _newest_receipt_id(kiosk_rig), "print")
    kiosk_rig.session.request_output(request)
    kiosk_rig.session.request_output(request)
    _wait_step(kiosk_rig, OutputStep.PRINTED)
    kiosk_rig.qtbot.wait(300)
    assert len(_printer(kiosk_rig).printed) == 1


def test_another_members_receipt_cannot_be_printed(kiosk_rig: KioskRig) -> None:
    kiosk_rig.open_portal("anna")
    anna_receipts = {r.id for r in kiosk_rig.kiosk.api.receipts(limit=100).items}
    kiosk_rig.session.end()
    kiosk_rig.remove()
    kiosk_rig.wait_stage(Stage.ATTRACT)
    kiosk_rig.open_portal("matti")
    kiosk_rig.session.request_output(OutputRequest("receipt", min(anna_receipts), "print"))
    _wait_step(kiosk_rig, OutputStep.FAILED)
    assert _printer(kiosk_rig).printed == []


def test_the_session_ending_wipes_the_preview_and_the_code(kiosk_rig: KioskRig) -> None:
    kiosk_rig.open_portal("matti")
    receipt = kiosk_rig.kiosk.api.receipt(_newest_receipt_id(kiosk_rig))
    kiosk_rig.session.request_output(OutputRequest("receipt", receipt.id, "phone"))
    _wait_step(kiosk_rig, OutputStep.LINK_READY)
    overlay = kiosk_rig.window.output
    assert overlay.isVisible()
    kiosk_rig.remove()
    kiosk_rig.qtbot.waitUntil(lambda: not overlay.isVisible(), timeout=5000)
    assert _flow(kiosk_rig).state.step is OutputStep.IDLE
    assert overlay.qr.pixmap().isNull() and overlay.preview.pixmap().isNull()
    assert receipt.number not in " ".join(all_texts(overlay))


def test_a_card_level_session_cannot_ask_for_output(kiosk_rig: KioskRig) -> None:
    kiosk_rig.open_portal("matti", strong=False)
    kiosk_rig.session.request_output(OutputRequest("register_data", None, "print"))
    kiosk_rig.qtbot.wait(300)
    assert _flow(kiosk_rig).state.step is OutputStep.IDLE
    assert _printer(kiosk_rig).printed == []


def test_a_lapsed_code_is_replaced_by_a_new_one(kiosk_rig: KioskRig) -> None:
    kiosk_rig.open_portal("matti")
    kiosk_rig.session.request_output(OutputRequest("register_data", None, "phone"))
    _wait_step(kiosk_rig, OutputStep.LINK_READY)
    flow, overlay = _flow(kiosk_rig), kiosk_rig.window.output
    first = flow.state.link
    assert first is not None
    # The clock moves past the link's expiry: the code goes, and the member can make a new one.
    lapsed = msgspec.structs.replace(first, expires_at=datetime.now().astimezone() - timedelta(seconds=1))
    flow.state = replace(flow.state, link=lapsed)
    flow.changed.emit()
    assert overlay.qr.pixmap().isNull()
    assert overlay.title.text() == "Linkki on vanhentunut"  # "The link has expired"
    tap(kiosk_rig.qtbot, overlay.primary)
    kiosk_rig.qtbot.waitUntil(lambda: flow.state.link is not None and flow.state.link.url != first.url, timeout=5000)
    assert not overlay.qr.pixmap().isNull()
    assert requests.get(flow.state.link.url, timeout=5).status_code == 200
