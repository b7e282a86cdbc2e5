"""The technician's maintenance mode: what is measured, tested, changed and restarted, in which order, where.

Opens when a technician's card and PIN open a staff session (`Session.in_maintenance`)
and forgets everything when that session ends. The views only show the state objects
published here and call the intents; every measurement runs off the UI thread:

* backend and network work (the status call with its latency and the backend's clock,
  the TLS handshake for the certificate's expiry, the audit of each action, a new
  backend URL tried before saving, the diagnostics upload) on a worker of its own, so a
  backend that does not answer holds up no device test;
* device work (the reader survey, the card test, pcscd's restart, the diagnostics
  bundle) on a second worker;
* the printer only through the receipt-output flow's own printer worker
  (`OutputFlow.run_on_printer`): the test page and the cut test are printer jobs like a
  receipt, never on the session's worker, and never while a receipt is printing.

Every action a technician takes is audited at the backend (`POST /v1/maintenance/actions`:
who, which kiosk, what, when) with codes and setting names only. A result that arrives
after maintenance ended (a generation counter, like the session's) is dropped.

Restarting the kiosk is an exit with `RESTART_EXIT_CODE`: the systemd unit restarts it
(`Restart=always`), which is also how a saved setting takes effect.
"""

from __future__ import annotations

import logging
import os
import platform
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.api import ApiClient, ApiError, BackendUnreachable, KioskUnauthorized, SessionGone
from kiosk.api.types import MaintenanceAction
from kiosk.config import BackendConfig, KioskConfig, is_loopback
from kiosk.devices.base import (
    CardReader,
    CardTransportError,
    NoCard,
    PrinterError,
    PrinterState,
    ReaderSurvey,
    ReaderUnavailable,
    ReceiptPrinter,
    SurveyedReader,
    reader_for_pattern,
)
from kiosk.devices.ownercard import CardKind, CardProtocolError, NotOurCard, OwnerCard, PinBlocked, mask_card_number
from kiosk.diagnostics import (
    MEDIA_ROOTS,
    BackendProbe,
    Part,
    StatusLine,
    assess_backend,
    assess_disk,
    assess_last_error,
    assess_mssp,
    assess_printer,
    assess_reader,
    assess_uptime,
    assess_version,
    build_bundle,
    bundle_name,
    removable_media,
    status_json,
    survey_json,
    unknown,
)
from kiosk.flows.output import OutputFlow, printer_state
from kiosk.heartbeat import Sources, disk_free_mb
from kiosk.logs import LogLine, LogTail, tail_text
from kiosk.settings_file import (
    CurrentSettings,
    Problem,
    Proposal,
    SettingsFileError,
    current_settings,
    propose,
    read_file,
    replace_file,
    safe_config,
    write_atomically,
)
from kiosk.tasks import TaskRunner
from kiosk.tls import check_certificate

if TYPE_CHECKING:
    from PIL.Image import Image  # Pillow comes with the first test page, not with the kiosk's start

    from kiosk.session import Session

log = logging.getLogger(__name__)
T = TypeVar("T")

RESTART_EXIT_CODE = 75  # EX_TEMPFAIL: a technician's restart, in the journal; systemd's Restart=always restarts
PCSCD_RESTART = ("systemctl", "--no-ask-password", "restart", "pcscd.service")
PCSCD_RESTART_TIMEOUT_S = 30.0
READERS_EVERY_MS = 1000  # the card reader tab is live
PRINTER_EVERY_MS = 3000  # the printer tab's status
STATUS_EVERY_MS = 15000  # the status tab refreshes itself while it is shown


# --- what the views show -----------------------------------------------------------------------------------

CardTestOutcome = Literal["our_card", "not_our_card", "no_card", "no_reader", "card_busy", "unreadable",
                          "pin_blocked"]


@dataclass(frozen=True)
class CardTest:
    """A card read without opening a session: its answer to reset and our applet's answer."""

    outcome: CardTestOutcome
    reader: str | None = None
    atr: bytes = b""
    kind: CardKind | None = None
    masked_number: str = ""  # e.g. "6401 **** **** 7122": never the whole number
    pin_tries_left: int | None = None  # staff and technician cards, asked without spending a try


class Step(Enum):
    IDLE = "idle"
    WORKING = "working"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class PrinterTab:
    state: PrinterState | None = None  # the live status, None before the first answer
    step: Step = Step.IDLE  # the last test print or cut test
    job: Literal["test_page", "cut_test"] | None = None
    preview: Image | None = None  # the test page: what "Print test page" prints (then: what it printed)
    outcome: PrinterState | None = None  # the state after the job, or why it was not printed
    busy: bool = False  # the printer's worker was busy: nothing was sent


SettingsStep = Literal["no_file", "unreadable", "editing", "checking", "refused", "warning", "saved",
                       "write_failed"]
WarningCode = Literal["refuses_kiosk", "not_our_backend"]


@dataclass(frozen=True)
class SettingsWarning:
    key: str
    code: WarningCode


@dataclass(frozen=True)
class SettingsTab:
    step: SettingsStep = "no_file"
    current: CurrentSettings | None = None
    problems: tuple[Problem, ...] = ()
    warnings: tuple[SettingsWarning, ...] = ()
    changed: tuple[str, ...] = ()  # what was saved (step "saved"), or would be (step "warning")
    error: str = ""  # why the file could not be read or written ("unreadable", "cannot_write", ...)
    path: str = ""


PcscdOutcome = Literal["restarted", "not_permitted", "not_available", "failed", "simulated"]
DiagnosticsOutcome = Literal["written", "uploaded", "failed"]


@dataclass(frozen=True)
class ActionsTab:
    pcscd_step: Step = Step.IDLE
    pcscd: PcscdOutcome | None = None
    diagnostics_step: Step = Step.IDLE
    diagnostics: DiagnosticsOutcome | None = None
    diagnostics_where: str = ""  # the file written, or the backend's bundle id
    diagnostics_error: str = ""
    restarting: bool = False


# --- measurements (worker threads, no Qt) ---------------------------------------------------------------------

def probe_backend(api: ApiClient, backend: BackendConfig) -> BackendProbe:
    """The status call (its round trip less the MSSP probe made meanwhile, the backend's clock), and the
    certificate on a TLS connection of its own."""
    host = urlsplit(backend.url).hostname or ""
    loopback = is_loopback(host)
    sent = time.monotonic()
    try:
        status = api.maintenance_status()
    except ApiError as exc:
        return BackendProbe(error=exc.code, certificate=check_certificate(backend), loopback=loopback)
    received_wall, elapsed = time.time(), time.monotonic() - sent
    mssp_ms = status.mssp.checked_ms or 0
    latency_s = max(0.0, elapsed - mssp_ms / 1000)
    # The backend read its clock after its MSSP probe, just before answering: half a network round trip ago.
    skew = status.server_time.timestamp() - (received_wall - latency_s / 2)
    return BackendProbe(latency_ms=round(latency_s * 1000), clock_skew_s=skew, mssp=status.mssp.state,
                        mssp_ms=status.mssp.checked_ms, certificate=check_certificate(backend), loopback=loopback)


def survey_of(reader: CardReader) -> ReaderSurvey | None:
    return reader.survey() if isinstance(reader, SurveyedReader) else None


def test_card(reader: CardReader) -> CardTest:
    """Read whatever card is in the reader: ATR, our applet or not, kind, masked number; no session, no backend."""
    survey = survey_of(reader)
    slot = next((r for r in survey.readers if r.name == survey.chosen), None) if survey else None
    name, atr = (slot.name, slot.atr) if slot is not None else (None, b"")
    try:
        connection = reader.connect()
    except NoCard:
        return CardTest("no_card", name)
    except ReaderUnavailable:
        return CardTest("no_reader")
    except CardTransportError:
        return CardTest("card_busy", name, atr)  # held by another connection, or mute
    try:
        card = OwnerCard(connection.transmit)
        card.select()
        data = card.read()
        tries = None
        if data.kind != "owner":
            try:
                tries = card.pin_tries_left()
            except PinBlocked:
                return CardTest("pin_blocked", name, atr, data.kind, mask_card_number(data.number), 0)
        return CardTest("our_card", name, atr, data.kind, mask_card_number(data.number), tries)
    except NotOurCard:
        return CardTest("not_our_card", name, atr)
    except (CardProtocolError, CardTransportError):
        return CardTest("unreadable", name, atr)
    finally:
        connection.close()


def restart_pcscd(command: Sequence[str]) -> PcscdOutcome:
    """`systemctl restart pcscd` where polkit permits the kiosk's user (deploy/polkit), else "not_permitted"."""
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=PCSCD_RESTART_TIMEOUT_S,
                              check=False)
    except FileNotFoundError:
        return "not_available"
    except subprocess.TimeoutExpired:
        return "failed"
    if done.returncode == 0:
        return "restarted"
    said = (done.stderr + done.stdout).lower()
    if done.returncode == 4 or any(word in said for word in ("access denied", "not permitted",
                                                              "authentication required", "permission denied")):
        return "not_permitted"
    log.warning("restarting pcscd failed with exit status %d", done.returncode)
    return "failed"


def try_backend_url(url: str, backend: BackendConfig) -> str | None:
    """A backend URL a technician typed, tried with this kiosk's credential before it is saved.

    None: it answers as our backend and accepts this kiosk. "refuses_kiosk" / "not_our_backend": it answers,
    but not as it should (a warning). Anything else is the error code of a URL that cannot be reached.
    """
    with ApiClient(url, backend.kiosk_id, backend.kiosk_secret, connect_timeout=backend.connect_timeout_s,
                   read_timeout=backend.read_timeout_s, read_retries=0, verify=backend.verify or True) as client:
        try:
            client.stores()
        except KioskUnauthorized:
            return "refuses_kiosk"
        except BackendUnreachable as exc:
            return exc.code
        except ApiError:
            return "not_our_backend"
    return None


def platform_versions(kiosk_version: str) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    import PySide6
    from PySide6.QtCore import qVersion

    found = {"kiosk": kiosk_version, "python": platform.python_version(), "qt": qVersion(),
             "pyside6": PySide6.__version__, "platform": platform.platform()}
    for package in ("pyscard", "requests", "pillow"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "not installed"
    return found


# --- the flow ------------------------------------------------------------------------------------------------

class MaintenanceFlow(QObject):
    status_changed = Signal()  # .status
    readers_changed = Signal()  # .survey
    card_test_changed = Signal()  # .card_test, .card_testing
    printer_changed = Signal()  # .printer
    settings_changed = Signal()  # .settings
    actions_changed = Signal()  # .actions
    exit_requested = Signal(int)  # quit the kiosk with this exit code (systemd starts it again)

    def __init__(self, config: KioskConfig, session: Session, api: ApiClient, output: OutputFlow,
                 reader: CardReader, printer_width: int, sources: Sources, *, config_path: Path | None,
                 environ: Mapping[str, str], tail: LogTail,
                 pcscd_command: Sequence[str] = PCSCD_RESTART, media_roots: Sequence[Path] = MEDIA_ROOTS,
                 mounted: Callable[[Path], bool] = os.path.ismount, parent: QObject | None = None) -> None:
        super().__init__(parent or session)
        self._config = config
        self._session = session
        self._api = api
        self._printer_width = printer_width
        self._output = output
        self._reader = reader
        self._sources = sources
        self._config_path = config_path
        self._environ = dict(environ)
        self._tail = tail
        # Where pcscd is restarted with and removable media are looked for (a test or another platform sets them).
        self.pcscd_command = tuple(pcscd_command)
        self.media_roots = tuple(media_roots)
        self.mounted = mounted
        self._net = TaskRunner(self)
        self._devices = TaskRunner(self)
        self._generation = 0
        self.open = False
        self._reset()
        self._readers_timer = self._timer(READERS_EVERY_MS, self.refresh_readers)
        self._printer_timer = self._timer(PRINTER_EVERY_MS, self.refresh_printer)
        self._status_timer = self._timer(STATUS_EVERY_MS, self.refresh_status)
        session.stage_changed.connect(self._follow_session)
        session.staff_changed.connect(self._follow_session)
        session.wiped.connect(self._follow_session)

    def _timer(self, msecs: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def _reset(self) -> None:
        self.status: dict[Part, StatusLine] = {part: unknown(part) for part in Part}
        self.survey: ReaderSurvey | None = None
        self.card_test: CardTest | None = None
        self.card_testing = False
        self.printer = PrinterTab()
        self.settings = SettingsTab()
        self.actions = ActionsTab()
        self._probe: BackendProbe | None = None
        self._checking_status = False
        self._check_again = False  # a refresh came while the backend was being probed

    # --- opening and closing with the technician's session -------------------------------------------------

    def _follow_session(self, *_args: object) -> None:  # object: the signals' payloads are not looked at
        if self._session.in_maintenance and not self.open:
            self._open()
        elif not self._session.in_maintenance and self.open:
            self._close()

    def _open(self) -> None:
        self._generation += 1
        self.open = True
        self._reset()
        log.info("maintenance mode opened")
        self.load_settings()
        self.refresh_status()

    def _close(self) -> None:
        """The technician's session ended: nothing of it is kept, and no late result is shown."""
        self._generation += 1
        self.open = False
        for timer in (self._readers_timer, self._printer_timer, self._status_timer):
            timer.stop()
        self._reset()
        for signal in (self.status_changed, self.readers_changed, self.card_test_changed, self.printer_changed,
                       self.settings_changed, self.actions_changed):
            signal.emit()
        log.info("maintenance mode closed")

    # --- plumbing ------------------------------------------------------------------------------------------

    def _run(self, runner: TaskRunner, work: Callable[[], T], done: Callable[[T], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        generation = self._generation

        def on_done(result: T) -> None:
            if generation == self._generation:
                done(result)

        def on_error(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if failed is not None:
                failed(exc)
            else:
                log.error("maintenance work failed unexpectedly", exc_info=exc)

        runner.run(work, on_done, on_error)

    def audit(self, action: MaintenanceAction, then: Callable[[], None] | None = None, **detail: str) -> None:
        """Record the action at the backend (its own worker); `then` runs once the backend answered or failed."""
        api = self._api

        def done(_result: object) -> None:  # object: the backend's receipt is not looked at
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            log.warning("maintenance action %s not audited: %s", action, getattr(exc, "code", type(exc).__name__))
            if isinstance(exc, SessionGone):
                self._session.end()
            if then is not None:
                then()

        self._run(self._net, lambda: api.record_maintenance_action(action, detail), done, failed)

    def wait(self, msecs: int = 10000) -> bool:
        """For shutdown and tests: let the flow's workers finish what they were given."""
        return self._net.wait(msecs) and self._devices.wait(msecs)

    # --- status at a glance ----------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Measure every part again: the quick ones here, the backend, readers and printer on their workers."""
        if not self.open:
            return
        sources = self._sources
        self.status[Part.DISK] = assess_disk(disk_free_mb(sources.disk_path))
        self.status[Part.UPTIME] = assess_uptime(max(0, int(time.monotonic() - sources.started)))
        self.status[Part.VERSION] = assess_version(sources.version)
        self.status[Part.LAST_ERROR] = assess_last_error(sources.last_error.code())
        self.status_changed.emit()
        if self._checking_status:
            # The probe in flight may have started before whatever the technician just changed.
            self._check_again = True
        else:
            self._probe_backend()
        self.refresh_readers()
        self.refresh_printer()

    def _probe_backend(self) -> None:
        self._checking_status, self._check_again = True, False
        api, backend = self._api, self._config.backend
        self._run(self._net, lambda: probe_backend(api, backend), self._backend_probed,
                  lambda exc: self._backend_probed(BackendProbe(error="unexpected_error")))

    def _backend_probed(self, probe: BackendProbe) -> None:
        self._checking_status = False
        if self._check_again and self.open:
            self._probe_backend()
        self._probe = probe
        self.status[Part.BACKEND] = assess_backend(probe)
        self.status[Part.MSSP] = assess_mssp(probe)
        self.status_changed.emit()
        if probe.error in ("session_expired", "session_ended", "session_unknown"):
            self._session.end()

    def watch_status(self, on: bool) -> None:
        """The status tab is on screen (refreshed every STATUS_EVERY_MS) or not."""
        if on and self.open:
            self._status_timer.start()
            self.refresh_status()
        else:
            self._status_timer.stop()

    # --- card reader ---------------------------------------------------------------------------------------

    def refresh_readers(self) -> None:
        if not self.open:
            return
        reader = self._reader
        self._run(self._devices, lambda: survey_of(reader), self._surveyed)

    def _surveyed(self, survey: ReaderSurvey | None) -> None:
        self.survey = survey
        self.status[Part.READER] = assess_reader(survey, self._config.card_reader.kind)
        self.readers_changed.emit()
        self.status_changed.emit()

    def watch_readers(self, on: bool) -> None:
        """The card reader tab is on screen: its readers are live (surveyed every READERS_EVERY_MS)."""
        if on and self.open:
            self._readers_timer.start()
            self.refresh_readers()
        else:
            self._readers_timer.stop()

    def test_card(self) -> None:
        """Read the card in the reader (ATR, our applet's answer); no session is opened, no backend asked."""
        if not self.open or self.card_testing:
            return
        self.card_testing = True
        self.card_test = None
        self.card_test_changed.emit()
        reader = self._reader

        def done(result: CardTest) -> None:
            self.card_testing = False
            self.card_test = result
            self.card_test_changed.emit()
            if result.kind is None:
                self.audit("card_test", outcome=result.outcome)
            else:
                self.audit("card_test", outcome=result.outcome, kind=result.kind)

        self._run(self._devices, lambda: test_card(reader), done,
                  lambda exc: done(CardTest("unreadable")))

    def restart_pcscd(self) -> None:
        if not self.open or self.actions.pcscd_step is Step.WORKING:
            return
        if self._config.card_reader.kind != "pcsc":
            self._set_actions(replace(self.actions, pcscd_step=Step.DONE, pcscd="simulated"))
            return
        self._set_actions(replace(self.actions, pcscd_step=Step.WORKING, pcscd=None))
        command = self.pcscd_command

        def done(outcome: PcscdOutcome) -> None:
            step = Step.DONE if outcome == "restarted" else Step.FAILED
            self._set_actions(replace(self.actions, pcscd_step=step, pcscd=outcome))
            self.audit("restart_pcscd", outcome=outcome)
            self.refresh_readers()

        self._run(self._devices, lambda: restart_pcscd(command), done, lambda exc: done("failed"))

    # --- printer ---------------------------------------------------------------------------------------------

    def refresh_printer(self) -> None:
        """The printer's live status, asked on its own worker (skipped while it is busy)."""
        if not self.open:
            return
        generation = self._generation

        def done(state: PrinterState) -> None:
            self._output.printer_health.record(state)
            if generation != self._generation:
                return
            self.printer = replace(self.printer, state=state)
            self.status[Part.PRINTER] = assess_printer(state)
            self.printer_changed.emit()
            self.status_changed.emit()

        self._output.run_on_printer(printer_state, done,
                                    lambda exc: log.error("printer status failed unexpectedly", exc_info=exc))

    def watch_printer(self, on: bool) -> None:
        """The printer tab is on screen: live status, and a fresh preview of the test page."""
        if on and self.open:
            self._printer_timer.start()
            self.refresh_printer()
            if self.printer.preview is None:
                self.render_preview()
        else:
            self._printer_timer.stop()

    def _page(self, width: int, printed_at: datetime) -> Image:
        from printout.render import render_test_page

        return render_test_page(width, self._session.language, kiosk_id=self._config.backend.kiosk_id,
                                printed_at=printed_at)

    def render_preview(self) -> None:
        width = self._printer_width

        def done(image: Image) -> None:
            if self.printer.step is not Step.WORKING:
                self.printer = replace(self.printer, preview=image)
                self.printer_changed.emit()

        self._run(self._devices, lambda: self._page(width, datetime.now().astimezone()), done)

    def print_test_page(self) -> None:
        self._print_job("test_page")

    def cut_test(self) -> None:
        self._print_job("cut_test")

    def _print_job(self, job: Literal["test_page", "cut_test"]) -> None:
        """Drawn now on the printer's worker and printed there, like a receipt; the outcome is what the printer
        confirmed (or why it did not print), never more."""
        if not self.open or self.printer.step is Step.WORKING:
            return
        language = self._session.language
        kiosk_id = self._config.backend.kiosk_id
        generation = self._generation

        def work(printer: ReceiptPrinter) -> tuple[Image, PrinterState, PrinterError | None]:
            from printout.render import render_cut_test, render_test_page

            draw = render_test_page if job == "test_page" else render_cut_test
            image = draw(printer.width_dots, language, kiosk_id=kiosk_id, printed_at=datetime.now().astimezone())
            try:
                return image, printer.print_image(image), None
            except PrinterError as exc:
                return image, exc.state, exc

        def done(result: tuple[Image, PrinterState, PrinterError | None]) -> None:
            image, state, error = result
            health = self._output.printer_health
            if error is None:
                health.record(state)
            else:
                health.record_failure(state, f"{job.replace('_', ' ')} failed: {error}")
            if generation != self._generation:
                return
            preview = image if job == "test_page" else self.printer.preview
            self.printer = replace(self.printer, state=state, step=Step.DONE if error is None else Step.FAILED,
                                   job=job, preview=preview, outcome=state)
            self.status[Part.PRINTER] = assess_printer(state)
            self.printer_changed.emit()
            self.status_changed.emit()
            self.audit("test_print" if job == "test_page" else "cut_test",
                       outcome="printed" if error is None else state.value, width_dots=str(image.width))

        def crashed(exc: BaseException) -> None:
            log.error("%s failed unexpectedly", job, exc_info=exc)
            if generation == self._generation:
                self.printer = replace(self.printer, step=Step.FAILED, job=job, outcome=PrinterState.UNREACHABLE)
                self.printer_changed.emit()

        if self._output.run_on_printer(work, done, crashed, job=True):
            self.printer = replace(self.printer, step=Step.WORKING, job=job, outcome=None, busy=False)
        else:
            self.printer = replace(self.printer, step=Step.FAILED, job=job, outcome=PrinterState.BUSY, busy=True)
        self.printer_changed.emit()

    # --- settings --------------------------------------------------------------------------------------------

    def load_settings(self) -> None:
        """Read the settings file afresh (a small local file: read here, on the UI thread)."""
        path = self._config_path
        if path is None:
            self._set_settings(SettingsTab("no_file"))
            return
        try:
            current = current_settings(read_file(path), self._environ)
        except SettingsFileError as err:
            log.warning("settings file cannot be read: %s", err.code)
            self._set_settings(SettingsTab("unreadable", error=err.code, path=str(path)))
            return
        self._set_settings(SettingsTab("editing", current, path=str(path)))

    def save_settings(self, form: Mapping[str, str], *, accept_warnings: bool = False) -> None:
        """Check the form by the kiosk's own rules, try what only the network and the readers can tell, then
        write: nothing is written unless every check passed (and a warning was accepted)."""
        path, current = self._config_path, self.settings.current
        if not self.open or path is None or current is None or self.settings.step == "checking":
            return
        try:
            proposal = propose(read_file(path), form, self._environ)
        except SettingsFileError as err:
            self._set_settings(replace(self.settings, step="refused", error=err.code, problems=(), warnings=()))
            return
        if not isinstance(proposal, Proposal):
            log.info("settings refused: %s", ", ".join(sorted({p.key or "file" for p in proposal})))
            self._set_settings(replace(self.settings, step="refused", problems=tuple(proposal), warnings=(),
                                       error=""))
            return
        if not proposal.changed:
            self._set_settings(replace(self.settings, step="editing", problems=(), warnings=(), changed=()))
            return
        self._set_settings(replace(self.settings, step="checking", problems=(), warnings=(), error=""))
        self._check_url(proposal, accept_warnings)

    def _check_url(self, proposal: Proposal, accept_warnings: bool) -> None:
        if "backend.url" not in proposal.changed:
            self._check_pattern(proposal, accept_warnings, ())
            return
        url, backend = proposal.values["backend.url"], self._config.backend

        def done(found: str | None) -> None:
            if found is None:
                self._check_pattern(proposal, accept_warnings, ())
            elif found == "refuses_kiosk":
                self._check_pattern(proposal, accept_warnings, (SettingsWarning("backend.url", "refuses_kiosk"),))
            elif found == "not_our_backend":
                self._check_pattern(proposal, accept_warnings,
                                    (SettingsWarning("backend.url", "not_our_backend"),))
            else:
                self._refuse((Problem("backend.url", "unreachable", found),))

        self._run(self._net, lambda: try_backend_url(url, backend), done,
                  lambda exc: self._refuse((Problem("backend.url", "unreachable", "unexpected_error"),)))

    def _check_pattern(self, proposal: Proposal, accept_warnings: bool,
                       warnings: tuple[SettingsWarning, ...]) -> None:
        if "card_reader.reader_pattern" not in proposal.changed or self._config.card_reader.kind != "pcsc":
            self._decide(proposal, accept_warnings, warnings)
            return
        pattern, reader = proposal.values["card_reader.reader_pattern"], self._reader

        def done(survey: ReaderSurvey | None) -> None:
            if survey is None or not survey.service:
                self._refuse((Problem("card_reader.reader_pattern", "no_pcscd"),))
            elif reader_for_pattern(pattern, [r.name for r in survey.readers]) is None:
                names = ", ".join(r.name for r in survey.readers)
                self._refuse((Problem("card_reader.reader_pattern", "pattern_matches_none", names),))
            else:
                self._decide(proposal, accept_warnings, warnings)

        self._run(self._devices, lambda: survey_of(reader), done)

    def _refuse(self, problems: tuple[Problem, ...]) -> None:
        log.info("settings refused: %s", ", ".join(sorted({p.key for p in problems})))
        self._set_settings(replace(self.settings, step="refused", problems=problems, warnings=()))

    def _decide(self, proposal: Proposal, accept_warnings: bool, warnings: tuple[SettingsWarning, ...]) -> None:
        if warnings and not accept_warnings:
            self._set_settings(replace(self.settings, step="warning", warnings=warnings, changed=proposal.changed))
            return
        path = self._config_path
        assert path is not None
        try:
            write_atomically(path, proposal.text)
            reread = current_settings(read_file(path), self._environ)
        except SettingsFileError as err:
            log.error("settings not saved: %s", err)
            self._set_settings(replace(self.settings, step="write_failed", error=err.code))
            return
        log.info("settings saved: %s", ", ".join(proposal.changed))
        self._set_settings(SettingsTab("saved", reread, changed=proposal.changed, path=str(path)))
        self.audit("settings_saved", keys=",".join(proposal.changed)[:200])

    def edit_settings(self) -> None:
        """Back to the form after a refusal or a warning (what was typed stays in the form)."""
        if self.settings.step in ("refused", "warning", "write_failed"):
            self._set_settings(replace(self.settings, step="editing", problems=(), warnings=(), error=""))

    def _set_settings(self, tab: SettingsTab) -> None:
        self.settings = tab
        self.settings_changed.emit()

    # --- actions ---------------------------------------------------------------------------------------------

    def restart_kiosk(self) -> None:
        """Audited first (as far as the backend answers), then the kiosk exits for systemd to start it again."""
        if not self.open or self.actions.restarting:
            return
        self._set_actions(replace(self.actions, restarting=True))
        log.warning("the kiosk restarts at a technician's request")
        self.audit("restart_kiosk", then=lambda: self.exit_requested.emit(RESTART_EXIT_CODE))

    def touch_test_opened(self) -> None:
        if self.open:
            self.audit("touch_test")

    def log_lines(self, min_level: int = logging.NOTSET) -> list[LogLine]:
        """The tail of the kiosk's log (already redacted), oldest first."""
        return self._tail.lines(min_level) if self.open else []

    def export_diagnostics(self) -> None:
        """The bundle to a mounted removable medium, else to the backend for the help desk."""
        if not self.open or self.actions.diagnostics_step is Step.WORKING:
            return
        self._set_actions(replace(self.actions, diagnostics_step=Step.WORKING, diagnostics=None,
                                  diagnostics_where="", diagnostics_error=""))
        now = datetime.now().astimezone()
        report = self._output.printer_health.report()
        devices = {"status": status_json(self.status.values()), "readers": survey_json(self.survey),
                   "printer": None if report is None else {
                       "state": report.state.value, "since": report.since.isoformat(),
                       "last_error": report.last_error, "last_error_at": report.last_error_at}}
        config, version, tail = safe_config(self._config), self._sources.version, tail_text(self._tail.lines())
        roots, mounted, kiosk_id = self.media_roots, self.mounted, self._config.backend.kiosk_id

        def build() -> tuple[bytes, Path | None]:
            bundle = build_bundle(created_at=now, config=config, versions=platform_versions(version),
                                  devices=devices, log_text=tail)
            medium = removable_media(roots, mounted)
            if medium is None:
                return bundle, None
            target = medium / bundle_name(kiosk_id, now)
            replace_file(target, bundle, 0o644)
            return bundle, target

        def built(result: tuple[bytes, Path | None]) -> None:
            bundle, written = result
            if written is not None:
                log.info("diagnostics bundle written to removable medium (%d bytes)", len(bundle))
                self._set_actions(replace(self.actions, diagnostics_step=Step.DONE, diagnostics="written",
                                          diagnostics_where=str(written)))
                self.audit("diagnostics_exported", to="media", size=str(len(bundle)))
                return
            api = self._api
            self._run(self._net, lambda: api.upload_diagnostics(bundle), lambda receipt: uploaded(len(bundle),
                      receipt.id), failed)

        def uploaded(size: int, bundle_id: int) -> None:
            log.info("diagnostics bundle uploaded to the backend (%d bytes, id %d)", size, bundle_id)
            self._set_actions(replace(self.actions, diagnostics_step=Step.DONE, diagnostics="uploaded",
                                      diagnostics_where=str(bundle_id)))
            self.audit("diagnostics_exported", to="backend", size=str(size))

        def failed(exc: BaseException) -> None:
            code = exc.code if isinstance(exc, ApiError) else type(exc).__name__
            log.warning("diagnostics bundle not exported: %s", code)
            self._set_actions(replace(self.actions, diagnostics_step=Step.FAILED, diagnostics="failed",
                                      diagnostics_error=code))

        self._run(self._devices, build, built, failed)

    def _set_actions(self, tab: ActionsTab) -> None:
        self.actions = tab
        self.actions_changed.emit()

