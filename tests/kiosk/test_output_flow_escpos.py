"""Printing through real ESC/POS bytes: the kiosk's flow, the TCP transport and the
emulator, which decodes the raster back into an image to compare with the preview."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.devices.base import PrinterState
from kiosk.devices.escpos_emulator import EmulatorState, EscPosEmulator
from kiosk.devices.escpos_printer import EscPosPrinter, TcpTransport
from kiosk.output import OutputRequest
from kiosk.output_flow import OutputFlow, OutputStep
from tests.kiosk.conftest import KioskRig, RigFactory


@pytest.fixture(params=[576, 384])
def emulator(request: pytest.FixtureRequest) -> Iterator[EscPosEmulator]:
    with EscPosEmulator(request.param) as running:
        yield running


def _rig(make_rig: RigFactory, emulator: EscPosEmulator) -> tuple[KioskRig, OutputFlow]:
    printer = EscPosPrinter(TcpTransport("127.0.0.1", emulator.port), emulator.width_dots)
    rig = make_rig(printer=printer)
    assert isinstance(rig.kiosk.output, OutputFlow)
    return rig, rig.kiosk.output


def test_the_printed_paper_is_the_preview_pixel_for_pixel(make_rig: RigFactory, emulator: EscPosEmulator) -> None:
    rig, flow = _rig(make_rig, emulator)
    rig.open_portal("sari")
    receipt_id = rig.kiosk.api.receipts(limit=1).items[0].id
    rig.session.request_output(OutputRequest("receipt", receipt_id, "print"))
    rig.qtbot.waitUntil(lambda: flow.state.step in (OutputStep.PRINTED, OutputStep.PRINT_FAILED), timeout=15000)
    assert flow.state.step is OutputStep.PRINTED
    jobs = emulator.wait_for_jobs(1, 5)
    preview = flow.state.preview
    assert preview is not None and jobs[0].image.size == preview.size
    assert jobs[0].image.convert("1").tobytes() == preview.convert("1").tobytes()
    assert jobs[0].partial_cut


def test_a_printer_out_of_paper_prints_nothing_and_offers_the_phone(make_rig: RigFactory,
                                                                     emulator: EscPosEmulator) -> None:
    rig, flow = _rig(make_rig, emulator)
    emulator.set_state(EmulatorState.PAPER_OUT)
    rig.open_portal("matti")
    rig.session.request_output(OutputRequest("register_data", None, "print"))
    rig.qtbot.waitUntil(lambda: flow.state.step is OutputStep.PRINTER_PROBLEM, timeout=15000)
    assert flow.state.printer_state is PrinterState.PAPER_OUT
    assert emulator.jobs == []


def test_a_printer_that_drops_the_connection_mid_job_is_reported(make_rig: RigFactory,
                                                                 emulator: EscPosEmulator) -> None:
    rig, flow = _rig(make_rig, emulator)
    rig.open_portal("matti")
    emulator.set_state(EmulatorState.DISCONNECT_MID_JOB)
    rig.session.request_output(OutputRequest("register_data", None, "print"))
    rig.qtbot.waitUntil(lambda: flow.state.step in (OutputStep.PRINTED, OutputStep.PRINT_FAILED,
                                                    OutputStep.PRINTER_PROBLEM), timeout=15000)
    assert flow.state.step is OutputStep.PRINT_FAILED
    assert emulator.jobs == []
