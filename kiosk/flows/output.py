"""The receipt-output flow: print a document, or take it to the phone by QR code.

A section asks through `Session.request_output`; this controller does the rest off the UI
thread and publishes one `OutputState` for the overlay to show. Backend calls (fetching
the document, the phone link, recording a print) go through the session's ordered
worker, so a result that arrives after the session ended is dropped. Everything that
touches the printer (drawing the receipt, the status check, the job) runs on the
printer's own worker, and the session's worker never waits for it: a slow, silent or
stuck printer must not hold up the member's other calls, the next member's, or the
revocation of a session when its card is pulled.

Printing always asks the printer's status first; a printer that cannot print (or is
still busy with an earlier job, perhaps one left stuck by the previous member) turns
the flow into an offer to take the document to the phone instead. A print that fails
midway is reported as failed, never as printed, and "Try printing again" asks the
printer's state before sending anything. Every state the printer is seen in goes to the
kiosk's device state (`PrinterHealth`), where staff learn of paper running low.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.api import ApiError
from kiosk.devices.base import PrinterError, PrinterState, ReceiptPrinter
from kiosk.devices.state import PrinterHealth
from kiosk.output import OutputRequest
from kiosk.session import Session
from kiosk.tasks import TaskRunner

if TYPE_CHECKING:  # the documents, Pillow and the API's types come with the first output, not at start-up
    from PIL.Image import Image

    from kiosk.api import DocumentLink
    from printout.documents import Document

log = logging.getLogger(__name__)
T = TypeVar("T")


class OutputStep(Enum):
    IDLE = "idle"  # nothing on screen
    PREPARING = "preparing"  # fetching and drawing the document, asking the printer
    PRINTER_PROBLEM = "printer_problem"  # the printer cannot print now: offer the phone instead
    PRINTING = "printing"
    PRINTED = "printed"  # take your receipt
    PRINT_FAILED = "print_failed"  # the printer stopped in the middle of the job
    LINK_READY = "link_ready"  # the QR code is on screen until link.expires_at
    FAILED = "failed"  # the backend could not give the document or the link


@dataclass(frozen=True)
class OutputState:
    step: OutputStep = OutputStep.IDLE
    request: OutputRequest | None = None
    preview: Image | None = None  # the exact image that is (or would be) printed
    printer_state: PrinterState | None = None  # why it cannot print, or the state after printing
    link: DocumentLink | None = None
    error: ApiError | None = None


@dataclass(frozen=True)
class _Prepared:
    image: Image
    printer_state: PrinterState


class OutputFlow(QObject):
    """One output at a time; `changed` whenever `state` changes."""

    changed = Signal()

    def __init__(self, session: Session, printer: ReceiptPrinter,
                 render: Callable[..., Image] | None = None, parent: QObject | None = None, *,
                 health: PrinterHealth | None = None) -> None:
        super().__init__(parent or session)
        self._session = session
        self._printer = printer
        self._render = render
        self.printer_health = health or PrinterHealth()
        self._printer_jobs = TaskRunner(self)
        self._jobs_pending = 0  # prints on the printer's worker (a receipt's or maintenance mode's), done or not
        self._generation = 0
        self.state = OutputState()
        session.output_requested.connect(self.start)
        session.wiped.connect(self.clear)

    # --- intents ---------------------------------------------------------------------------------

    def start(self, request: OutputRequest) -> None:
        """Begin printing or linking `request`, unless an output is already under way (double tap)."""
        if self.state.step in (OutputStep.PREPARING, OutputStep.PRINTING, OutputStep.PRINTED):
            return
        self._set(OutputState(OutputStep.PREPARING, request))
        if request.action == "phone":
            self._link(request)
        else:
            self._prepare_print(request)

    def to_phone_instead(self) -> None:
        """The printer cannot print: the same document by QR code."""
        request = self.state.request
        if request is not None:
            self.start(replace(request, action="phone"))

    def retry(self) -> None:
        """Try again. After a failed print the same image is printed, once the printer says it can (and
        is not still busy with the job that failed): the backend is not asked again."""
        request, image = self.state.request, self.state.preview
        if request is None:
            return
        if self.state.step is OutputStep.PRINT_FAILED and image is not None:
            self._set(OutputState(OutputStep.PREPARING, request, image))
            self._check_printer(request, lambda: image)
        elif self.state.step in (OutputStep.FAILED, OutputStep.PRINT_FAILED, OutputStep.PRINTER_PROBLEM,
                                 OutputStep.LINK_READY):
            self.start(request)  # from LINK_READY: a new code in place of one that lapsed

    def close(self) -> None:
        """Done, Cancel or Close: back to the section (a print under way finishes on its own)."""
        if self.state.step in (OutputStep.PREPARING, OutputStep.PRINTING):
            return
        self._generation += 1
        self._set(OutputState())

    def clear(self) -> None:
        """The session ended: forget the document, its image and its link at once."""
        self._generation += 1
        self._set(OutputState())

    # --- printing ---------------------------------------------------------------------------------

    def _prepare_print(self, request: OutputRequest) -> None:
        """The session's worker only fetches the document; drawing it and asking the printer are the
        printer worker's."""
        from kiosk.flows.documents import fetch_document  # printout's documents: not needed before a print

        language = self._session.language
        width, render = self._printer.width_dots, self._render or _default_render

        def fetched(document: Document) -> None:
            if self.state.request == request and self.state.step is OutputStep.PREPARING:
                self._check_printer(request, lambda: render(document, width, language,
                                                            copy=request.kind != "register_data"))

        if not self._session.member_call(lambda api: fetch_document(api, request, language), fetched,
                                         self._failed(request)):
            self._set(OutputState())

    def _check_printer(self, request: OutputRequest, draw: Callable[[], Image]) -> None:
        """On the printer's worker: draw the receipt and ask the printer's state; print if it can.

        With an earlier job still on that worker (a printer stuck on the previous
        member's receipt) the answer is "busy" at once, without queueing behind it.
        """
        generation = self._generation
        if self._printer_jobs.pending:
            log.warning("printer still busy with an earlier job")
            self._set(OutputState(OutputStep.PRINTER_PROBLEM, request, self.state.preview, PrinterState.BUSY))
            return
        printer = self._printer

        def work() -> _Prepared:
            return _Prepared(draw(), printer_state(printer))

        def done(prepared: _Prepared) -> None:
            self.printer_health.record(prepared.printer_state)
            if generation != self._generation or self.state.request != request:
                return
            if not prepared.printer_state.can_print:
                log.warning("printer cannot print: %s", prepared.printer_state.value)
                self._set(OutputState(OutputStep.PRINTER_PROBLEM, request, prepared.image, prepared.printer_state))
                return
            self._print(request, prepared.image)

        def crashed(exc: BaseException) -> None:
            if generation == self._generation and self.state.request == request:
                log.error("preparing the receipt failed unexpectedly", exc_info=exc)
                self._set(OutputState(OutputStep.FAILED, request))

        self._printer_jobs.run(work, done, crashed)

    def _print(self, request: OutputRequest, image: Image) -> None:
        self._set(OutputState(OutputStep.PRINTING, request, image))
        generation = self._generation
        printer = self._printer
        self._jobs_pending += 1

        def work() -> PrinterState | PrinterError:
            """The state after the job when printed; the PrinterError when not (nothing claimed as printed)."""
            try:
                return printer.print_image(image)
            except PrinterError as exc:
                return exc

        def done(outcome: PrinterState | PrinterError) -> None:
            self._jobs_pending -= 1
            if isinstance(outcome, PrinterError):
                self.printer_health.record_failure(outcome.state, f"print failed: {outcome}")
            else:
                self.printer_health.record(outcome)
            if generation != self._generation:
                return
            if isinstance(outcome, PrinterError):
                log.warning("print failed: %s", outcome.state.value)
                self._set(OutputState(OutputStep.PRINT_FAILED, request, image, outcome.state))
                return
            self._set(OutputState(OutputStep.PRINTED, request, image, outcome))
            self._record_print(request)

        def crashed(exc: BaseException) -> None:
            self._jobs_pending -= 1
            self.printer_health.record_failure(PrinterState.UNREACHABLE, f"print failed: {type(exc).__name__}")
            if generation == self._generation:
                log.error("printing failed unexpectedly", exc_info=exc)
                self._set(OutputState(OutputStep.PRINT_FAILED, request, image, PrinterState.UNREACHABLE))

        self._printer_jobs.run(work, done, crashed)

    def _record_print(self, request: OutputRequest) -> None:
        """The backend keeps which document was printed where and when; a failure is only logged."""
        def failed(exc: ApiError) -> None:
            log.warning("print not recorded: %s", exc.code)

        self._session.member_call(lambda api: api.record_print(request.kind, request.item_id), lambda _r: None,
                                  failed)

    # --- the phone ----------------------------------------------------------------------------------

    def _link(self, request: OutputRequest) -> None:
        def done(link: DocumentLink) -> None:
            if self.state.request == request:
                self._set(OutputState(OutputStep.LINK_READY, request, link=link))

        if not self._session.member_call(lambda api: api.document_link(request.kind, request.item_id), done,
                                         self._failed(request)):
            self._set(OutputState())

    @property
    def width_dots(self) -> int:
        return self._printer.width_dots

    def print_paper(self, draw: Callable[[], Image], done: Callable[[PrinterState | PrinterError], None]) -> bool:
        """Print a paper that is no member's document (a staff flow's welcome slip) on the printer's worker.

        The printer is asked first, as for a receipt; `done` gets the state after a confirmed
        job, or the PrinterError of a job that was not (a printer that cannot print now is
        one too). False, and nothing printed, while an earlier job is still on the printer.
        """
        if self._printer_jobs.pending:
            return False
        printer = self._printer

        def work() -> PrinterState | PrinterError:
            image = draw()
            state = printer_state(printer)
            if not state.can_print:
                return _NotReady(state)
            try:
                return printer.print_image(image)
            except PrinterError as exc:
                return exc

        def finished(outcome: PrinterState | PrinterError) -> None:
            if isinstance(outcome, _NotReady):
                self.printer_health.record(outcome.state)
            elif isinstance(outcome, PrinterError):
                self.printer_health.record_failure(outcome.state, f"print failed: {outcome}")
            else:
                self.printer_health.record(outcome)
            done(outcome)

        def crashed(exc: BaseException) -> None:
            log.error("printing a paper failed unexpectedly", exc_info=exc)
            self.printer_health.record_failure(PrinterState.UNREACHABLE, f"print failed: {type(exc).__name__}")
            done(PrinterError(PrinterState.UNREACHABLE))

        self._printer_jobs.run(work, finished, crashed)
        return True

    def check_printer(self) -> None:
        """Ask the idle printer its state, for the kiosk's device state (and so the heartbeat).

        Without it the state would be known only once someone prints: a roll that ran out
        overnight would show first to the next shopper. Asked on the printer's own worker,
        between jobs only, and skipped while a job or a check is on it.
        """
        if self._printer_jobs.pending:
            return
        printer = self._printer
        self._printer_jobs.run(lambda: printer_state(printer), self.printer_health.record,
                               lambda exc: log.error("printer status check failed unexpectedly", exc_info=exc))

    def run_on_printer(self, work: Callable[[ReceiptPrinter], T], on_done: Callable[[T], None],
                       on_error: Callable[[BaseException], None], *, job: bool = False) -> bool:
        """Maintenance mode's printer work on the printer's own worker: False, and nothing run, when it would wait.

        A status read (`job=False`) is skipped while anything is on the worker. A job (the
        test page, the cut test) waits behind a status read, but never behind a print: a
        receipt printing or stuck, or another job, makes it False at once.
        """
        if self.state.step in (OutputStep.PREPARING, OutputStep.PRINTING) or self._jobs_pending:
            return False
        if not job and self._printer_jobs.pending:
            return False
        printer = self._printer
        if not job:
            self._printer_jobs.run(lambda: work(printer), on_done, on_error)
            return True
        self._jobs_pending += 1

        def done(result: T) -> None:
            self._jobs_pending -= 1
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._jobs_pending -= 1
            on_error(exc)

        self._printer_jobs.run(lambda: work(printer), done, failed)
        return True

    def link_expired(self, now: datetime) -> bool:
        link = self.state.link
        return link is not None and now >= link.expires_at

    # --- plumbing -----------------------------------------------------------------------------------

    def _failed(self, request: OutputRequest) -> Callable[[ApiError], None]:
        def failed(exc: ApiError) -> None:
            if self.state.request == request:
                log.warning("receipt output failed: %s", exc.code)
                self._set(OutputState(OutputStep.FAILED, request, error=exc))

        return failed

    def _set(self, state: OutputState) -> None:
        self.state = state
        self.changed.emit()

    def wait_for_printer(self, msecs: int = 10000) -> bool:
        """For shutdown and tests: let a print under way finish."""
        return self._printer_jobs.wait(msecs)


class _NotReady(PrinterError):
    """The printer said before the job that it cannot print (nothing was sent)."""


def _default_render(*args: Any, **kwargs: Any) -> Image:
    """printout.render, imported on first use: Pillow's fonts and qrcode stay out of start-up."""
    from printout.render import render

    return render(*args, **kwargs)


def printer_state(printer: ReceiptPrinter) -> PrinterState:
    """The printer's state (printer worker only); a status query that fails reads as unreachable."""
    try:
        return printer.status()
    except PrinterError as exc:
        return exc.state
    except OSError:
        return PrinterState.UNREACHABLE

