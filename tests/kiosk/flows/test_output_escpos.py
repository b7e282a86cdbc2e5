"""Printing through real ESC/POS bytes: the kiosk's flow, the TCP transport and the
emulator, which decodes the raster back into an image to compare with the preview."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from backend.db import make_engine
from backend.models import CustomerSession
from kiosk.devices.base import PrinterState
from kiosk.devices.escpos_printer import EscPosPrinter, TcpTransport
from kiosk.devices.state import PrinterHealth
from kiosk.flows.output import OutputFlow, OutputStep
from kiosk.output import OutputRequest
from kiosk.session import Stage
from testbed.printer_emulator import EmulatorState, EscPosEmulator
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.kiosk.views.helpers import tap
from tests.support import count_print_records


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


# --- a printer in trouble holds up no one (issue 11) ----------------------------------------------------------

def _open_session_id(rig: KioskRig) -> int:
    engine = make_engine(rig.backend.database_url)
    with engine.connect() as connection:
        (session_id,) = connection.execute(select(CustomerSession.id).where(CustomerSession.ended_at.is_(None))).one()
    engine.dispose()
    return int(session_id)


def _seconds_until_ended(rig: KioskRig, act: Callable[[], None]) -> float:
    """How long after `act` (pulling the card) the backend has the member's session ended."""
    session_id = _open_session_id(rig)
    engine = make_engine(rig.backend.database_url)

    def ended() -> bool:
        with engine.connect() as connection:
            return connection.execute(select(CustomerSession.ended_at).where(CustomerSession.id == session_id)
                                      ).scalar_one() is not None

    started = time.monotonic()
    act()
    try:
        rig.qtbot.waitUntil(ended, timeout=30000)
    finally:
        engine.dispose()
    return time.monotonic() - started


def _seconds_for_a_member_call(rig: KioskRig) -> float:
    results: list[object] = []
    started = time.monotonic()
    assert rig.session.member_call(lambda api: api.receipts(limit=1), results.append)
    rig.qtbot.waitUntil(lambda: bool(results), timeout=30000)
    return time.monotonic() - started


def test_a_stuck_printer_holds_up_neither_the_next_member_nor_the_revocation(make_rig: RigFactory) -> None:
    """The previous member's job hangs in the printer (it stopped reading, the connection open) for
    as long as its timeout allows; the next member's calls and the end of their session do not wait."""
    with EscPosEmulator(576, state=EmulatorState.STALL_MID_JOB, stall_after_bytes=3000) as emulator:
        rig, flow = _rig(make_rig, emulator)
        rig.open_portal("matti")
        rig.session.request_output(OutputRequest("register_data", None, "print"))
        rig.qtbot.waitUntil(lambda: emulator.stalled, timeout=15000)
        assert _seconds_until_ended(rig, rig.remove) < 1.0
        rig.wait_stage(Stage.ATTRACT)

        rig.open_portal("sari")
        rig.session.request_output(OutputRequest("register_data", None, "print"))
        assert _seconds_for_a_member_call(rig) < 1.0  # queued right behind the document's fetch
        rig.qtbot.waitUntil(lambda: flow.state.step is not OutputStep.PREPARING, timeout=5000)
        assert (flow.state.step, flow.state.printer_state) == (OutputStep.PRINTER_PROBLEM, PrinterState.BUSY)
        assert rig.window.output.message.text() == "Tulostin tulostaa vielä edellistä kuittia."
        assert _seconds_until_ended(rig, rig.remove) < 1.0
        assert emulator.stalled  # all of it while the first job never moved
    # The emulator is gone: the stuck job fails, and nothing was recorded as printed.
    assert flow.wait_for_printer(10000)
    assert emulator.jobs == [] and count_print_records(rig.backend.database_url) == 0


def test_a_silent_printer_does_not_delay_the_revocation(make_rig: RigFactory) -> None:
    """Asking a printer that does not answer takes the whole status timeout; not the session's."""
    with EscPosEmulator(576, state=EmulatorState.SILENT) as emulator:
        rig, flow = _rig(make_rig, emulator)
        rig.open_portal("matti")
        rig.session.request_output(OutputRequest("register_data", None, "print"))
        rig.qtbot.waitUntil(lambda: emulator.received_bytes > 0, timeout=10000)  # it is being asked now
        assert _seconds_until_ended(rig, rig.remove) < 1.0
        assert flow.wait_for_printer(10000)


# --- paper near end, and a retry after a timeout (issue 11) ----------------------------------------------------

def test_paper_near_end_is_reported_once_to_the_staff_and_the_receipt_still_prints(
        make_rig: RigFactory, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    with EscPosEmulator(576, state=EmulatorState.PAPER_NEAR_END) as emulator:
        rig, flow = _rig(make_rig, emulator)
        rig.open_portal("matti")
        for printed in (1, 2):
            rig.session.request_output(OutputRequest("register_data", None, "print"))
            rig.qtbot.waitUntil(lambda: flow.state.step in (OutputStep.PRINTED, OutputStep.PRINT_FAILED),
                                timeout=15000)
            assert flow.state.step is OutputStep.PRINTED
            assert len(emulator.wait_for_jobs(printed)) == printed
            flow.close()
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING and "near end" in r.getMessage()]
        assert len(warnings) == 1  # once, when it changed: not once per receipt
        health = rig.kiosk.printer_health  # what the maintenance view and the heartbeat read
        assert isinstance(health, PrinterHealth)
        report = health.report()
        assert report is not None and report.state is PrinterState.PAPER_NEAR_END
        emulator.set_state(EmulatorState.READY)  # the roll was changed
        rig.session.request_output(OutputRequest("register_data", None, "print"))
        rig.qtbot.waitUntil(lambda: flow.state.step is OutputStep.PRINTED, timeout=15000)
        report = health.report()
        assert report is not None and report.state is PrinterState.READY
        assert any("ready again" in r.getMessage() for r in caplog.records)


def test_a_retry_after_a_print_that_timed_out_says_busy_instead_of_printing_twice(make_rig: RigFactory) -> None:
    """The printer is much slower than the kiosk was told: the job times out while it is still printing.
    "Try printing again" asks the printer first, finds it busy and prints nothing more."""
    with EscPosEmulator(576, rows_per_s=700) as emulator:
        printer = EscPosPrinter(TcpTransport("127.0.0.1", emulator.port), 576, status_timeout_s=0.5,
                                write_timeout_s=0.2)
        printer.throughput_bytes_per_s = 1_000_000  # the kiosk is told of a printer far faster than this one
        rig = make_rig(printer=printer)
        flow = rig.kiosk.output
        assert isinstance(flow, OutputFlow)
        rig.open_portal("matti")
        rig.session.request_output(OutputRequest("register_data", None, "print"))
        rig.qtbot.waitUntil(lambda: flow.state.step in (OutputStep.PRINTED, OutputStep.PRINT_FAILED), timeout=15000)
        assert flow.state.step is OutputStep.PRINT_FAILED
        preview = flow.state.preview
        assert preview is not None and preview.height / 700 > 2.5  # seconds on paper
        tap(rig.qtbot, rig.window.output.secondary)  # try printing again
        rig.qtbot.waitUntil(lambda: flow.state.step not in (OutputStep.PREPARING, OutputStep.PRINTING),
                            timeout=15000)
        assert (flow.state.step, flow.state.printer_state) == (OutputStep.PRINTER_PROBLEM, PrinterState.BUSY)
        (job,) = emulator.wait_for_jobs(1, 15)  # the first one did come out ...
        assert job.image.tobytes() == preview.convert("1").tobytes()
        assert flow.wait_for_printer(5000)
        assert len(emulator.jobs) == 1  # ... and nothing more
