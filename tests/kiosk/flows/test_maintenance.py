"""Maintenance mode's flow against the real backend (its own process on loopback) and real printer bytes.

A technician's card and PIN open it (the demo technician card in the simulated reader);
the printer is the ESC/POS emulator on loopback TCP, which decodes each job back into
an image; the settings file is a real file in a temporary folder. What is checked is
what a technician meets: the colour and reason of each part, what the printer really
printed, what was (and was not) written, and the audit rows at the backend.
"""

from __future__ import annotations

import io
import logging
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from backend.db import make_engine
from backend.demo_cards import DEMO_CARD_PINS
from backend.models import AuditEvent, CustomerSession, DiagnosticsBundle, StaffSession
from kiosk.devices.escpos_printer import EscPosPrinter, TcpTransport
from kiosk.devices.simulated import SimulatedCardReader
from kiosk.diagnostics import Level, Part
from kiosk.flows.maintenance import RESTART_EXIT_CODE, MaintenanceFlow, Step
from kiosk.session import Stage
from testbed.printer_emulator import EmulatorState, EscPosEmulator
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.support import free_port

TIMEOUT = 15000


@pytest.fixture
def emulator() -> Iterator[EscPosEmulator]:
    with EscPosEmulator(576) as running:
        yield running


def _rows(rig: KioskRig, model: type, *where: object) -> list[object]:
    engine = make_engine(rig.backend.database_url)
    with engine.connect() as connection:
        rows = list(connection.execute(select(model).where(*where)))  # type: ignore[arg-type]
    engine.dispose()
    return rows


def _audit(rig: KioskRig) -> list[tuple[str, dict[str, object]]]:
    engine = make_engine(rig.backend.database_url)
    with engine.connect() as connection:
        rows = connection.execute(select(AuditEvent.action, AuditEvent.detail)
                                  .where(AuditEvent.action.like("maintenance.%")).order_by(AuditEvent.id))
        found = [(row.action, row.detail) for row in rows]
    engine.dispose()
    return found


def _open(rig: KioskRig) -> MaintenanceFlow:
    rig.insert("technician")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["technician"])
    rig.wait_stage(Stage.STAFF)
    flow = rig.kiosk.maintenance
    assert isinstance(flow, MaintenanceFlow) and flow.open
    return flow


def _settled(rig: KioskRig, flow: MaintenanceFlow, *parts: Part) -> None:
    rig.qtbot.waitUntil(lambda: all(flow.status[p].level is not Level.UNKNOWN for p in parts), timeout=TIMEOUT)


def _emulated(make_rig: RigFactory, emulator: EscPosEmulator, **kwargs: object) -> KioskRig:
    printer = EscPosPrinter(TcpTransport("127.0.0.1", emulator.port), emulator.width_dots, status_timeout_s=1.0)
    return make_rig(printer=printer, **kwargs)


# --- status at a glance --------------------------------------------------------------------------------------

def test_a_healthy_kiosk_is_green_everywhere_with_its_reasons(make_rig: RigFactory,
                                                             emulator: EscPosEmulator) -> None:
    rig = _emulated(make_rig, emulator, with_window=False)
    flow = _open(rig)
    _settled(rig, flow, *Part)
    assert {part: flow.status[part].level for part in Part} == dict.fromkeys(Part, Level.OK)
    backend = {fact.code: fact.value for fact in flow.status[Part.BACKEND].facts}
    assert set(backend) == {"latency", "no_tls_loopback", "clock_skew"}
    assert isinstance(backend["latency"], int) and abs(float(backend["clock_skew"] or 0)) < 5
    assert flow.status[Part.MSSP].facts[0].code == "mssp_answering"  # the demo backend's simulated MSSP
    assert flow.status[Part.PRINTER].facts[0].code == "printer_ready"


def test_a_dead_printer_and_a_missing_reader_are_red_and_a_roll_running_out_amber(
        make_rig: RigFactory, emulator: EscPosEmulator) -> None:
    rig = _emulated(make_rig, emulator, with_window=False)
    flow = _open(rig)
    _settled(rig, flow, Part.PRINTER, Part.READER)
    emulator.set_state(EmulatorState.PAPER_OUT)
    reader = rig.devices.reader
    assert isinstance(reader, SimulatedCardReader)
    reader.unplug()
    flow.refresh_status()
    rig.qtbot.waitUntil(lambda: flow.status[Part.PRINTER].level is Level.ERROR
                        and flow.status[Part.READER].level is Level.ERROR, timeout=TIMEOUT)
    assert flow.status[Part.PRINTER].facts[0].code == "printer_paper_out"
    assert flow.status[Part.READER].facts[0].code == "no_readers"
    assert rig.session.in_maintenance  # the technician's session outlives the reader, too
    emulator.set_state(EmulatorState.PAPER_NEAR_END)
    flow.refresh_printer()
    rig.qtbot.waitUntil(lambda: flow.status[Part.PRINTER].level is Level.WARN, timeout=TIMEOUT)
    assert flow.status[Part.PRINTER].facts[0].code == "printer_paper_near_end"


def test_a_backend_that_went_down_is_red_and_the_mssp_then_unknown(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    flow = _open(rig)
    _settled(rig, flow, Part.BACKEND, Part.MSSP)
    rig.backend.stop()
    try:
        flow.refresh_status()
        rig.qtbot.waitUntil(lambda: flow.status[Part.BACKEND].level is Level.ERROR, timeout=TIMEOUT)
        assert flow.status[Part.BACKEND].facts[0].code == "backend_unreachable"
        assert flow.status[Part.MSSP].facts[0].code == "backend_unknown"
        assert flow.status[Part.MSSP].level is Level.UNKNOWN
        assert rig.session.in_maintenance  # the technician can still look at everything else
    finally:
        rig.backend.start()


# --- the card reader -----------------------------------------------------------------------------------------

def test_the_technician_takes_their_card_out_and_tests_others_without_opening_a_session(
        make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    flow = _open(rig)
    rig.remove()  # the technician's own card out: maintenance stays open
    rig.qtbot.wait(300)
    assert rig.session.in_maintenance
    sessions_before = len(_rows(rig, CustomerSession))

    def tested() -> object:
        flow.test_card()
        rig.qtbot.waitUntil(lambda: flow.card_test is not None and not flow.card_testing, timeout=TIMEOUT)
        return flow.card_test

    empty = tested()
    assert empty is not None and empty.outcome == "no_card"  # type: ignore[attr-defined]
    rig.insert("matti")
    rig.qtbot.wait(200)
    assert rig.session.in_maintenance  # a card inserted in maintenance is not read as a customer's
    owner = tested()
    assert (owner.outcome, owner.kind, owner.masked_number) == ("our_card", "owner",  # type: ignore[attr-defined]
                                                                "6401 **** **** 6015")
    assert owner.atr  # type: ignore[attr-defined]
    rig.insert("foreign")
    assert tested().outcome == "not_our_card"  # type: ignore[attr-defined]
    assert len(_rows(rig, CustomerSession)) == sessions_before
    rig.qtbot.waitUntil(lambda: len(_audit(rig)) == 3, timeout=TIMEOUT)
    assert _audit(rig) == [("maintenance.card_test", {"outcome": "no_card"}),
                           ("maintenance.card_test", {"outcome": "our_card", "kind": "owner"}),
                           ("maintenance.card_test", {"outcome": "not_our_card"})]
    assert "6015" not in repr(_audit(rig))  # not even the masked number is kept


def test_the_technicians_card_is_reset_once_maintenance_opens(make_rig: RigFactory) -> None:
    """A verified PIN must not stay in a card left in the reader: the next read asks for the PIN again."""
    rig = make_rig(with_window=False)
    flow = _open(rig)
    flow.test_card()
    rig.qtbot.waitUntil(lambda: flow.card_test is not None, timeout=TIMEOUT)
    assert flow.card_test is not None and flow.card_test.kind == "technician"
    assert flow.card_test.pin_tries_left == 3  # asked without spending a try
    rig.session.end()
    rig.wait_stage(Stage.ENDING)
    [staff] = _rows(rig, StaffSession)
    rig.qtbot.waitUntil(lambda: _rows(rig, StaffSession)[0].end_reason == "end_button", timeout=TIMEOUT)  # type: ignore[attr-defined]
    assert staff is not None and not flow.open and flow.card_test is None  # forgotten with the session


# --- the printer ----------------------------------------------------------------------------------------------

def test_the_test_page_printed_is_the_preview_pixel_for_pixel_and_audited(make_rig: RigFactory,
                                                                          emulator: EscPosEmulator) -> None:
    rig = _emulated(make_rig, emulator, with_window=False)
    flow = _open(rig)
    flow.print_test_page()
    rig.qtbot.waitUntil(lambda: flow.printer.step in (Step.DONE, Step.FAILED), timeout=TIMEOUT)
    assert flow.printer.step is Step.DONE
    [job] = emulator.wait_for_jobs(1, 5)
    preview = flow.printer.preview
    assert preview is not None and job.image.size == preview.size
    assert job.image.convert("1").tobytes() == preview.convert("1").tobytes()
    flow.cut_test()
    rig.qtbot.waitUntil(lambda: flow.printer.step is not Step.WORKING, timeout=TIMEOUT)
    assert flow.printer.step is Step.DONE and flow.printer.job == "cut_test"
    jobs = emulator.wait_for_jobs(2, 5)
    assert jobs[1].partial_cut and jobs[1].image.height < 250
    rig.qtbot.waitUntil(lambda: len(_audit(rig)) == 2, timeout=TIMEOUT)
    assert _audit(rig) == [("maintenance.test_print", {"outcome": "printed", "width_dots": "576"}),
                           ("maintenance.cut_test", {"outcome": "printed", "width_dots": "576"})]


def test_a_test_page_on_a_printer_out_of_paper_says_so_and_nothing_is_printed(make_rig: RigFactory,
                                                                               emulator: EscPosEmulator) -> None:
    rig = _emulated(make_rig, emulator, with_window=False)
    flow = _open(rig)
    emulator.set_state(EmulatorState.PAPER_OUT)
    flow.print_test_page()
    rig.qtbot.waitUntil(lambda: flow.printer.step in (Step.DONE, Step.FAILED), timeout=TIMEOUT)
    assert (flow.printer.step, flow.printer.outcome) == (Step.FAILED, EmulatorState.PAPER_OUT.answers_as)
    assert emulator.jobs == []
    assert rig.kiosk.printer_health.report().state.value == "paper_out"  # type: ignore[union-attr]
    rig.qtbot.waitUntil(lambda: bool(_audit(rig)), timeout=TIMEOUT)
    assert _audit(rig) == [("maintenance.test_print", {"outcome": "paper_out", "width_dots": "576"})]


# --- settings -----------------------------------------------------------------------------------------------

@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    (tmp_path / "etc").mkdir()
    path = tmp_path / "etc" / "kiosk.toml"
    path.write_text('# this terminal\n[backend]\nurl = "http://127.0.0.1:9"  # replaced by the test\n'
                    'kiosk_id = "demo-kiosk-01"\nkiosk_secret = "not-shown"\n\n'
                    '[printer]\nkind = "tcp"\naddress = "127.0.0.1:9100"  # the network printer\nband_rows = 256\n\n'
                    '[card_reader]\nkind = "pcsc"\nreader_pattern = ""\n')
    return path


def _saved(rig: KioskRig, flow: MaintenanceFlow, form: dict[str, str], *, accept: bool = False) -> str:
    flow.save_settings(form, accept_warnings=accept)
    rig.qtbot.waitUntil(lambda: flow.settings.step not in ("checking",), timeout=TIMEOUT)
    return flow.settings.step


def test_a_settings_edit_is_written_atomically_and_read_back(make_rig: RigFactory, settings_file: Path) -> None:
    rig = make_rig(with_window=False, config_path=settings_file)
    settings_file.write_text(settings_file.read_text().replace("http://127.0.0.1:9", rig.backend.url))
    original = settings_file.read_text()
    flow = _open(rig)
    flow.load_settings()
    current = flow.settings.current
    assert current is not None and "not-shown" not in repr(current)
    form = dict(current.values, **{"printer.port": "9101", "printer.band_rows": "128"})
    assert _saved(rig, flow, form) == "saved"
    assert flow.settings.changed == ("printer.port", "printer.band_rows")
    text = settings_file.read_text()
    assert 'address = "127.0.0.1:9101"  # the network printer' in text and "band_rows = 128" in text
    assert settings_file.with_name("kiosk.toml.bak").read_text() == original
    assert flow.settings.current is not None and flow.settings.current.values["printer.port"] == "9101"
    rig.qtbot.waitUntil(lambda: bool(_audit(rig)), timeout=TIMEOUT)
    assert _audit(rig) == [("maintenance.settings_saved", {"keys": "printer.port,printer.band_rows"})]


@pytest.mark.parametrize(("key", "value", "code"), [
    ("printer.port", "70000", "port_range"),
    ("session.idle_timeout_s", "5", "rule"),
    ("backend.url", "https://127.0.0.1:{free}", "unreachable"),
    ("card_reader.reader_pattern", "Gemalto", "pattern_matches_none"),
])
def test_a_bad_edit_says_which_and_why_and_nothing_is_written(make_rig: RigFactory, settings_file: Path,
                                                               key: str, value: str, code: str) -> None:
    rig = make_rig(with_window=False, config_path=settings_file, card_reader={"kind": "pcsc"},
                   reader=SimulatedCardReader())
    settings_file.write_text(settings_file.read_text().replace("http://127.0.0.1:9", rig.backend.url))
    before = settings_file.read_bytes()
    flow = _open(rig)
    assert flow.settings.current is not None
    form = dict(flow.settings.current.values, **{key: value.format(free=free_port())})
    assert _saved(rig, flow, form) == "refused"
    assert [(p.key, p.code) for p in flow.settings.problems] == [(key, code)]
    assert settings_file.read_bytes() == before
    assert sorted(p.name for p in settings_file.parent.iterdir()) == ["kiosk.toml"]  # no backup, no temporary
    rig.qtbot.wait(300)
    assert _audit(rig) == []


def test_a_reachable_but_wrong_backend_url_is_warned_about_before_saving(make_rig: RigFactory,
                                                                         settings_file: Path) -> None:
    rig = make_rig(with_window=False, config_path=settings_file)
    settings_file.write_text(settings_file.read_text().replace("http://127.0.0.1:9", rig.backend.url))
    before = settings_file.read_bytes()
    flow = _open(rig)
    assert flow.settings.current is not None
    wrong = rig.backend.url + "/not-the-api"  # answers, but 404 for everything the kiosk asks
    form = dict(flow.settings.current.values, **{"backend.url": wrong})
    assert _saved(rig, flow, form) == "warning"
    assert [(w.key, w.code) for w in flow.settings.warnings] == [("backend.url", "not_our_backend")]
    assert settings_file.read_bytes() == before
    assert _saved(rig, flow, form, accept=True) == "saved"
    assert f'url = "{wrong}"' in settings_file.read_text()


# --- actions ---------------------------------------------------------------------------------------------------

def test_the_log_tail_is_redacted(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    flow = _open(rig)
    logging.getLogger("kiosk.test").warning("member with card 6401100023456015 and phone +358401234567")
    text = "\n".join(line.text for line in flow.log_lines())
    assert "kiosk.test" in text
    assert "6401100023456015" not in text and "+358401234567" not in text
    assert "kiosk.test: member with card <card> and phone <phone>" in text


def test_diagnostics_go_to_a_mounted_stick_without_secrets_or_customer_data(make_rig: RigFactory,
                                                                             tmp_path: Path) -> None:
    rig = make_rig(with_window=False)
    flow = _open(rig)
    stick = tmp_path / "media" / "USBSTICK"
    stick.mkdir(parents=True)
    flow.media_roots, flow.mounted = (tmp_path / "media",), lambda path: path == stick
    logging.getLogger("kiosk.test").warning("card 6401100023456015 read")
    flow.export_diagnostics()
    rig.qtbot.waitUntil(lambda: flow.actions.diagnostics_step is not Step.WORKING, timeout=TIMEOUT)
    assert flow.actions.diagnostics == "written"
    [written] = stick.iterdir()
    assert written.name.startswith("kiosk-diagnostics-demo-kiosk-01-") and written.suffix == ".zip"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    with zipfile.ZipFile(written) as bundle:
        everything = b"".join(bundle.read(name) for name in bundle.namelist()).decode()
    assert rig.kiosk.config.backend.kiosk_secret not in everything
    assert "6401100023456015" not in everything and "kiosk.test: card <card> read" in everything
    rig.qtbot.waitUntil(lambda: bool(_audit(rig)), timeout=TIMEOUT)
    assert _audit(rig)[-1][0] == "maintenance.diagnostics_exported"
    assert _audit(rig)[-1][1]["to"] == "media"


def test_without_a_stick_the_diagnostics_go_to_the_backend_for_the_help_desk(make_rig: RigFactory,
                                                                             tmp_path: Path) -> None:
    rig = make_rig(with_window=False)
    flow = _open(rig)
    flow.media_roots = (tmp_path / "no-media",)
    flow.export_diagnostics()
    rig.qtbot.waitUntil(lambda: flow.actions.diagnostics_step is not Step.WORKING, timeout=TIMEOUT)
    assert flow.actions.diagnostics == "uploaded"
    [stored] = _rows(rig, DiagnosticsBundle)
    with zipfile.ZipFile(io.BytesIO(stored.content)) as bundle:  # type: ignore[attr-defined]
        assert "log.txt" in bundle.namelist()
    assert flow.actions.diagnostics_where == str(stored.id)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("script", "outcome"), [
    ("echo 'Failed to restart pcscd.service: Access denied' >&2; exit 4", "not_permitted"),
    ("exit 0", "restarted"),
])
def test_restarting_pcscd_says_whether_it_was_permitted(make_rig: RigFactory, tmp_path: Path, script: str,
                                                        outcome: str) -> None:
    rig = make_rig(with_window=False, card_reader={"kind": "pcsc"}, reader=SimulatedCardReader())
    flow = _open(rig)
    systemctl = tmp_path / "systemctl"
    systemctl.write_text(f"#!/bin/sh\n{script}\n")
    systemctl.chmod(0o755)
    flow.pcscd_command = (str(systemctl), "--no-ask-password", "restart", "pcscd.service")
    flow.restart_pcscd()
    rig.qtbot.waitUntil(lambda: flow.actions.pcscd is not None, timeout=TIMEOUT)
    assert flow.actions.pcscd == outcome
    rig.qtbot.waitUntil(lambda: bool(_audit(rig)), timeout=TIMEOUT)
    assert _audit(rig) == [("maintenance.restart_pcscd", {"outcome": outcome})]


def test_restarting_the_kiosk_is_audited_then_exits_for_systemd(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    flow = _open(rig)
    with rig.qtbot.waitSignal(flow.exit_requested, timeout=TIMEOUT) as exited:
        flow.restart_kiosk()
    assert exited.args == [RESTART_EXIT_CODE]
    assert _audit(rig) == [("maintenance.restart_kiosk", {})]


def test_nothing_of_maintenance_is_kept_once_the_technician_ends_it(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    flow = _open(rig)
    _settled(rig, flow, Part.BACKEND)
    rig.session.end()
    rig.wait_stage(Stage.ENDING)
    assert not flow.open
    assert all(line.level is Level.UNKNOWN for line in flow.status.values())
    assert flow.log_lines() == [] and flow.survey is None and flow.printer.preview is None
    staff = _rows(rig, StaffSession)
    assert len(staff) == 1
    engine = make_engine(rig.backend.database_url)
    with engine.connect() as connection:
        opened = connection.scalar(select(func.count()).select_from(AuditEvent)
                                   .where(AuditEvent.action == "staff_session_opened"))
    engine.dispose()
    assert opened == 1
