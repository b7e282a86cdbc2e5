"""The receipt-output dialog (kiosk.views.output_overlay) as a member sees it on the compact screens at large text.

The flow behind it (printing, printer trouble, the phone) has its own tests in tests/kiosk/flows/test_output.py;
these are about the dialog's arrangement: every word of its buttons and of what is happening in view.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from kiosk.devices.base import PrinterState
from kiosk.devices.simulated import SimulatedPrinter
from kiosk.flows.output import OutputFlow, OutputStep
from kiosk.output import OutputRequest
from kiosk.views.output_overlay import OutputOverlay
from testbed.layout_check import button_problem, label_problem
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, lay_out_at, tap

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


def _flow(rig: KioskRig) -> OutputFlow:
    assert isinstance(rig.kiosk.output, OutputFlow)
    return rig.kiosk.output


def _printer(rig: KioskRig) -> SimulatedPrinter:
    assert isinstance(rig.kiosk.printer, SimulatedPrinter)
    return rig.kiosk.printer


def _print_at(rig: KioskRig, size: tuple[int, int], step: OutputStep) -> OutputOverlay:
    """Matti's newest receipt sent to the printer at large text on a `size` screen, until the dialog shows `step`."""
    rig.window.apply_theme(False, True)
    lay_out_at(rig.qtbot, rig.window, *size)
    rig.open_portal("matti")
    rig.session.request_output(OutputRequest("receipt", rig.kiosk.api.receipts(limit=1).items[0].id, "print"))
    rig.qtbot.waitUntil(lambda: _flow(rig).state.step is step, timeout=10000)
    overlay = rig.window.output
    assert isinstance(overlay, OutputOverlay)
    lay_out_at(rig.qtbot, rig.window, *size)
    return overlay


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(1366, 768), (1280, 1024)])
def test_on_a_compact_screen_at_large_text_a_failed_prints_buttons_show_their_words_whole(
        kiosk_rig: KioskRig, size: tuple[int, int]) -> None:
    """Beside the paper the column was too narrow for 'Yritä tulostaa uudelleen' (and at 1280x1024 for 'Siirrä
    puhelimeen'): the buttons go under the paper and the words, each with its words whole, all in the window."""
    rig = kiosk_rig
    _printer(rig).fail_next_print(PrinterState.PAPER_OUT)
    overlay = _print_at(rig, size, OutputStep.PRINT_FAILED)
    assert overlay.secondary.text() == "Yritä tulostaa uudelleen"
    window = rig.window.rect()
    paper = _rect_in(overlay.preview_area, rig.window)
    for way in (overlay.primary, overlay.secondary, overlay.close_button):
        assert isinstance(way, QPushButton) and way.isVisible(), way.objectName()
        assert button_problem(way) is None, way.text()
        where = _rect_in(way, rig.window)
        assert window.contains(where), way.text()
        assert where.top() >= paper.bottom(), way.text()  # under the paper, not beside it
    _printer(rig).state = PrinterState.READY
    tap(rig.qtbot, overlay.secondary)  # and the words' button still does what it says
    rig.qtbot.waitUntil(lambda: _flow(rig).state.step is OutputStep.PRINTED, timeout=10000)
    assert len(_printer(rig).printed) == 1


def test_at_1280x1024_at_large_text_the_printer_problems_way_to_the_phone_shows_whole(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    _printer(rig).state = PrinterState.PAPER_OUT
    overlay = _print_at(rig, (1280, 1024), OutputStep.PRINTER_PROBLEM)
    assert overlay.primary.text() == "Siirrä puhelimeen"
    for way in (overlay.primary, overlay.close_button):
        assert way.isVisible() and button_problem(way) is None, way.text()
        assert rig.window.rect().contains(_rect_in(way, rig.window)), way.text()


def test_on_the_design_screen_the_buttons_stay_beside_the_paper(kiosk_rig: KioskRig) -> None:
    """At 1920x1080 the dialog widens for the words instead: the buttons stay in the column beside the paper."""
    rig = kiosk_rig
    _printer(rig).fail_next_print(PrinterState.PAPER_OUT)
    overlay = _print_at(rig, (1920, 1080), OutputStep.PRINT_FAILED)
    paper = _rect_in(overlay.preview_area, rig.window)
    for way in (overlay.primary, overlay.secondary, overlay.close_button):
        assert button_problem(way) is None, way.text()
        assert _rect_in(way, rig.window).left() > paper.right(), way.text()


def test_at_1280x1024_at_large_text_printing_shows_whole_beside_the_paper(kiosk_rig: KioskRig) -> None:
    """'Tulostetaan…' is one long word at the title's size: the column beside the paper keeps its width, so no
    part of it is beyond the right edge of the words' scroll area."""
    rig = kiosk_rig
    overlay = _print_at(rig, (1280, 1024), OutputStep.PRINTED)
    flow = _flow(rig)
    printed = flow.state
    flow.state = replace(printed, step=OutputStep.PRINTING)  # the printing step, held for a look
    flow.changed.emit()
    lay_out_at(rig.qtbot, rig.window, 1280, 1024)
    assert overlay.title.text() == "Tulostetaan…"
    area = overlay.findChild(QScrollArea, "output-texts")
    assert isinstance(area, QScrollArea)
    viewport = area.viewport()
    for words in (overlay.title, overlay.message):
        assert label_problem(words) is None, words.text()
        shown = _rect_in(words, viewport)
        assert shown.left() >= 0 and shown.right() <= viewport.rect().right(), words.text()
    flow.state = printed
    flow.changed.emit()
    tap(rig.qtbot, overlay.primary)  # Done
    assert not overlay.isVisible()
