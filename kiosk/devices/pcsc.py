"""The PC/SC card reader: the only module of the kiosk that imports pyscard.

Like yubikey-manager's thin `pcsc` module, this is a small adapter from pyscard's raw
`smartcard.scard` calls to the `kiosk.devices.base` protocols; the owner-card protocol
(`kiosk.devices.ownercard`) knows nothing of it.

Why our own loop and not pyscard's `CardMonitor` (DESIGN.md §4): the monitor misses a
card already present at start and its thread dies silently when pcscd restarts. Here a
thread of ours waits in `SCardGetStatusChange` with a timeout, watching the chosen
reader and the special PnP reader (readers coming and going). When pcscd goes away or
restarts, or anything else goes wrong, it releases the context, reports the reader (and
its card) removed, backs off briefly and establishes a new context: it never dies.

Threading: pcsc-lite serialises the calls made on one context, so a `transmit` on a
handle of the monitor's context would wait behind the monitor's blocking
`SCardGetStatusChange`. Therefore the monitor thread has a context of its own, and
every `connect()` establishes a fresh context for its connection, released by
`close()`. A context is then used by one thread only, except `SCardCancel`, which PC/SC
allows from another thread (that is how `stop()` wakes the monitor). A connection also
holds a lock, so two threads sharing one connection take turns.

A card that never answers: pcscd has no deadline of its own for it. Measured with
pcscd 1.9.9 and vpcd, SCardTransmit blocks for as long as the card stays in (pcscd
meanwhile polls it no more, the reader stays PRESENT, another context's SCardConnect is
refused at once), SCardCancel does not end it, and SCardDisconnect of that handle from
another thread blocks too, holding pcsc-lite's process-wide lock while it waits, so
every other PC/SC call of the process (the monitor's included) would hang behind it.
When the card is pulled, the transmit returns "success with no bytes" and the reader is
EMPTY at once. So each transmit runs on a thread of its own and the caller waits at
most `exchange_timeout_s` (`CardNotAnswering` after that); the abandoned call keeps the
handle, nothing else touches it, and that thread disconnects and releases it when the
call returns, i.e. when the card leaves. The reader is then usable again.

Events are delivered on the monitor thread, outside any lock; a listener that raises is
logged and does not stop the monitor.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence

from smartcard import scard

from kiosk.devices.base import (
    CardEvent,
    CardEventKind,
    CardListener,
    CardNotAnswering,
    CardRemoved,
    CardTransportError,
    NoCard,
    ReaderStatus,
    ReaderSurvey,
    ReaderUnavailable,
    SlotState,
)
from kiosk.devices.ownercard import INS_GET_RESPONSE, format_command, format_response

log = logging.getLogger("kiosk.devices.pcsc")

# The pseudo reader whose state changes when a reader is attached or detached.
PNP_NOTIFICATION = "\\\\?PnP?\\Notification"

BACKOFF_MIN_S = 0.5
BACKOFF_MAX_S = 2.0
STOP_TIMEOUT_S = 2.0
# How long one command may take before the card counts as not answering. A real card
# signs in well under a second; config ([card_reader] exchange_timeout_s) may change it.
DEFAULT_EXCHANGE_TIMEOUT_S = 5.0


def _code(hresult: int) -> int:
    """PC/SC return codes as unsigned 32-bit values, however the binding hands them over."""
    return hresult & 0xFFFFFFFF


SUCCESS = _code(scard.SCARD_S_SUCCESS)
E_TIMEOUT = _code(scard.SCARD_E_TIMEOUT)
E_CANCELLED = _code(scard.SCARD_E_CANCELLED)
E_NO_READERS_AVAILABLE = _code(scard.SCARD_E_NO_READERS_AVAILABLE)
E_UNKNOWN_READER = _code(scard.SCARD_E_UNKNOWN_READER)
E_SHARING_VIOLATION = _code(scard.SCARD_E_SHARING_VIOLATION)

# The card is not (or no longer) there: NoCard at connect, CardRemoved at transmit.
_CARD_GONE = frozenset(_code(c) for c in (
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_W_RESET_CARD,  # reset behind our back: whatever we had selected or verified is lost
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_UNPOWERED_CARD,
))
# The reader or the service is gone.
_READER_GONE = frozenset(_code(c) for c in (
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_READER_UNAVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_F_COMM_ERROR,
))


def _describe(hresult: int) -> str:
    code = _code(hresult)
    try:
        text = scard.SCardGetErrorMessage(code)
    except Exception:  # the message is a nicety; the code is what matters
        text = ""
    return f"{text.strip().rstrip('.')} (0x{code:08X})" if text else f"0x{code:08X}"


class PcscError(Exception):
    """A PC/SC call failed in the monitor; `code` is the unsigned return code."""

    def __init__(self, call: str, hresult: int) -> None:
        super().__init__(f"{call}: {_describe(hresult)}")
        self.code = _code(hresult)


def _transport_error(call: str, hresult: int, *, connecting: bool) -> CardTransportError:
    """The `kiosk.devices.base` error for a failed connect or transmit."""
    code = _code(hresult)
    message = f"{call}: {_describe(code)}"
    if code in _CARD_GONE:
        return NoCard(message) if connecting else CardRemoved(message)
    if code in _READER_GONE:
        return ReaderUnavailable(message)
    return CardTransportError(message)  # sharing violation, mute card, protocol errors...


def list_readers(context: int) -> list[str]:
    """The readers pcscd knows, in its order; none attached is an empty list."""
    hresult, readers = scard.SCardListReaders(context, [])
    code = _code(hresult)
    if code == E_NO_READERS_AVAILABLE:
        return []
    if code != SUCCESS:
        raise PcscError("SCardListReaders", code)
    return list(readers)


def _slot_state(flags: int) -> SlotState:
    """A reader's state flags in the technician's words."""
    if flags & (scard.SCARD_STATE_UNAVAILABLE | scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_IGNORE):
        return "unavailable"
    if flags & scard.SCARD_STATE_PRESENT:
        if flags & scard.SCARD_STATE_MUTE:
            return "mute"
        if flags & (scard.SCARD_STATE_INUSE | scard.SCARD_STATE_EXCLUSIVE):
            return "in_use"
        return "card"
    return "empty" if flags & scard.SCARD_STATE_EMPTY else "unavailable"


def _release(context: int | None) -> None:
    if context is None:
        return
    try:
        scard.SCardReleaseContext(context)
    except Exception:  # a context of a dead pcscd may refuse even this; nothing to do
        log.debug("SCardReleaseContext failed", exc_info=True)


class PcscCardReader:
    """A `CardReader` on the first PC/SC reader whose name matches `reader_pattern`.

    `reader_pattern` is a regular expression searched in reader names ("" takes the first
    reader); terminals often have several readers (a keyboard's, a contactless one),
    so pick with e.g. ``"Gemalto|Identiv"``. `poll_timeout_ms` bounds each wait in
    `SCardGetStatusChange`, so a dead service is noticed within about that time even if
    the client library does not wake the wait up. `exchange_timeout_s` is the most a
    connection's `transmit` waits for the card's answer (`CardNotAnswering` after it).

    Events: INSERTED / REMOVED for the card, READER_ADDED / READER_REMOVED when the
    watched reader (dis)appears or pcscd goes away and comes back. A card in the reader
    at `start()` is reported INSERTED; a reader there at `start()` is not reported.
    """

    def __init__(self, reader_pattern: str = "", poll_timeout_ms: int = 500,
                 exchange_timeout_s: float = DEFAULT_EXCHANGE_TIMEOUT_S) -> None:
        if not exchange_timeout_s > 0:
            raise ValueError("the exchange timeout must be positive")
        self._pattern = re.compile(reader_pattern)
        self._poll_timeout_ms = int(poll_timeout_ms)
        self._exchange_timeout_s = float(exchange_timeout_s)
        self._lock = threading.Lock()  # guards _context, _reader and _thread
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._listener: CardListener | None = None
        self._context: int | None = None  # the monitor's context, for SCardCancel
        self._reader: str | None = None  # the reader being watched
        # monitor-thread state
        self._present = False
        self._counter: int | None = None
        self._announced = False  # the first reader found is not "added"
        self._backoff = BACKOFF_MIN_S
        self._failure: str | None = None  # the failure being retried, logged once

    # --- CardReader -------------------------------------------------------------------------

    def start(self, listener: CardListener) -> None:
        """Start the monitor thread; events arrive on it, the first ones within a poll."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                raise RuntimeError("the card reader is already started")
            self._listener = listener
            self._stopping.clear()
            self._present = False
            self._counter = None
            self._reader = None
            self._announced = False
            self._backoff = BACKOFF_MIN_S
            self._failure = None
            self._thread = threading.Thread(target=self._run, name="pcsc-monitor", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """End the monitor promptly: its blocking wait is cancelled, then the thread joined."""
        self._stopping.set()
        with self._lock:
            thread = self._thread
            if self._context is not None:
                scard.SCardCancel(self._context)
        if thread is not None and thread is not threading.current_thread():
            thread.join(STOP_TIMEOUT_S)
            if thread.is_alive():
                log.warning("card reader monitor did not stop within %.1f s", STOP_TIMEOUT_S)
        with self._lock:
            self._listener = None

    def connect(self) -> PcscConnection:
        """An exclusive connection (T=0 or T=1) to the card now in the reader.

        `ReaderUnavailable` without pcscd or a matching reader, `NoCard` without a card,
        `CardTransportError` if the card is held by another connection or does not answer.
        """
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if _code(hresult) != SUCCESS:
            raise ReaderUnavailable(f"SCardEstablishContext: {_describe(hresult)}")
        try:
            try:
                names = list_readers(context)
            except PcscError as exc:
                raise ReaderUnavailable(str(exc)) from None
            reader = self._choose(names)
            if reader is None:
                raise ReaderUnavailable(f"no card reader{self._pattern_note()}")
            hresult, card, protocol = scard.SCardConnect(
                context, reader, scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
            if _code(hresult) != SUCCESS:
                raise _transport_error("SCardConnect", hresult, connecting=True)
        except BaseException:
            _release(context)
            raise
        log.debug("connected to the card in %s (protocol %d)", reader, protocol)
        return PcscConnection(context, card, protocol, reader, self._exchange_timeout_s)

    # --- state for diagnostics --------------------------------------------------------------

    def survey(self) -> ReaderSurvey:
        """Every reader pcscd knows, with its state and its card's ATR, and the one the pattern picks.

        For maintenance mode, on a worker thread: a context of its own, one look
        (`SCardGetStatusChange` with no wait, from "unaware"), released at once. No pcscd
        is `service=False`, never an exception.
        """
        pattern = self._pattern.pattern
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if _code(hresult) != SUCCESS:
            return ReaderSurvey(False, (), None, pattern)
        try:
            try:
                names = list_readers(context)
            except PcscError:
                return ReaderSurvey(False, (), None, pattern)
            if not names:
                return ReaderSurvey(True, (), None, pattern)
            hresult, states = scard.SCardGetStatusChange(context, 0,
                                                         [(name, scard.SCARD_STATE_UNAWARE) for name in names])
            if _code(hresult) not in (SUCCESS, E_TIMEOUT):
                return ReaderSurvey(_code(hresult) not in _READER_GONE, (), None, pattern)
            readers = tuple(ReaderStatus(name, _slot_state(flags), bytes(atr) if flags & scard.SCARD_STATE_PRESENT
                                         else b"") for name, flags, atr in states)
        finally:
            _release(context)
        return ReaderSurvey(True, readers, self._choose(names), pattern)

    @property
    def exchange_timeout_s(self) -> float:
        """The most a connection's `transmit` waits for the card to answer."""
        return self._exchange_timeout_s

    @property
    def reader_name(self) -> str | None:
        """The reader being watched, or None (no matching reader, or no pcscd)."""
        with self._lock:
            return self._reader

    # --- the monitor --------------------------------------------------------------------------

    def _choose(self, names: Sequence[str]) -> str | None:
        """The watched reader if it is still there, else the first whose name matches."""
        with self._lock:
            current = self._reader
        if current is not None and current in names:
            return current
        return next((name for name in names if self._pattern.search(name)), None)

    def _emit(self, kind: CardEventKind, reader: str) -> None:
        with self._lock:
            listener = self._listener
        if kind in (CardEventKind.READER_ADDED, CardEventKind.READER_REMOVED):
            log.info("card reader %s: %s", reader, kind.value)
        else:
            log.info("card %s in %s", kind.value, reader)
        if listener is None:
            return
        try:
            listener(CardEvent(kind, reader))
        except Exception:
            log.exception("card event listener failed on %s", kind.value)

    def _set_reader(self, reader: str | None, *, log_absence: bool = True) -> None:
        """Switch the watched reader, reporting the old one (and its card) gone and the new one added.

        The reader found by the first look after `start()` is not reported as added, like
        a reader plugged in before the kiosk started.
        """
        with self._lock:
            old = self._reader
            self._reader = reader
        first, self._announced = not self._announced, True
        if old == reader:
            if first and reader is None and log_absence:
                log.info("no card reader%s", self._pattern_note())
            return
        if old is not None:
            if self._present:
                self._present = False
                self._emit(CardEventKind.REMOVED, old)
            self._emit(CardEventKind.READER_REMOVED, old)
        self._counter = None
        if reader is None:
            if log_absence:
                log.info("no card reader%s", self._pattern_note())
        elif first:
            log.info("card reader: %s", reader)
        else:
            self._emit(CardEventKind.READER_ADDED, reader)

    def _pattern_note(self) -> str:
        return f" matching {self._pattern.pattern!r}" if self._pattern.pattern else ""

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._watch()
            except PcscError as exc:
                self._failed(str(exc))
            except Exception as exc:  # a bug or a binding surprise: log it, recover, never die
                self._failed(f"{type(exc).__name__}: {exc}", exc_info=True)
            finally:
                with self._lock:
                    context, self._context = self._context, None
                _release(context)
            if self._stopping.is_set():
                break
            self._set_reader(None, log_absence=False)
            log.debug("card reader service: retrying in %.1f s", self._backoff)
            self._stopping.wait(self._backoff)
            self._backoff = min(self._backoff * 2, BACKOFF_MAX_S)
        log.debug("card reader monitor stopped")

    def _failed(self, message: str, *, exc_info: bool = False) -> None:
        """Log a failure at warning the first time, and at debug while it repeats on each retry."""
        if message != self._failure:
            log.warning("card reader service lost: %s; retrying", message, exc_info=exc_info)
        else:
            log.debug("card reader service still unavailable: %s", message)
        self._failure = message

    def _healthy(self) -> None:
        """pcscd answered a wait: the next failure backs off from the start again."""
        self._backoff = BACKOFF_MIN_S
        if self._failure is not None:
            log.info("card reader service is back")
            self._failure = None

    def _watch(self) -> None:
        """Establish a context and follow the readers until stopped (returns) or failed (raises)."""
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if _code(hresult) != SUCCESS:
            raise PcscError("SCardEstablishContext", hresult)
        with self._lock:
            self._context = context
        if self._stopping.is_set():  # stop() may have missed the context to cancel
            return
        self._set_reader(self._choose(list_readers(context)))
        pnp_state = scard.SCARD_STATE_UNAWARE
        reader_state = scard.SCARD_STATE_UNAWARE
        while not self._stopping.is_set():
            reader = self.reader_name
            states = [(PNP_NOTIFICATION, pnp_state)]
            if reader is not None:
                states.append((reader, reader_state))
            hresult, new_states = scard.SCardGetStatusChange(context, self._poll_timeout_ms, states)
            code = _code(hresult)
            if code in (SUCCESS, E_TIMEOUT):
                self._healthy()
            if code == E_TIMEOUT:
                continue
            if code == E_CANCELLED and self._stopping.is_set():
                return
            if code == E_UNKNOWN_READER:  # the reader left between listing and waiting
                self._set_reader(self._choose(list_readers(context)))
                reader_state = scard.SCARD_STATE_UNAWARE
                continue
            if code != SUCCESS:
                raise PcscError("SCardGetStatusChange", code)
            readers_changed = False
            for name, event_state, _atr in new_states:
                if name == PNP_NOTIFICATION:
                    readers_changed = bool(event_state & scard.SCARD_STATE_CHANGED)
                    pnp_state = event_state & ~scard.SCARD_STATE_CHANGED
                elif reader is not None and name == reader:
                    reader_state = event_state & ~scard.SCARD_STATE_CHANGED
                    if event_state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
                        readers_changed = True  # the reader is gone: pick again below
                        self._set_reader(None)
                    else:
                        self._card_state(reader, event_state)
            if readers_changed:
                before = self.reader_name
                self._set_reader(self._choose(list_readers(context)))
                if self.reader_name != before:
                    reader_state = scard.SCARD_STATE_UNAWARE

    def _card_state(self, reader: str, event_state: int) -> None:
        """Report the card's arrival or departure from one reader state.

        pcsc-lite counts card insertions and removals in the upper 16 bits; a card that
        left and came back between two waits shows as present both times with the count
        moved on by two or more, and is reported REMOVED then INSERTED.
        """
        present = bool(event_state & scard.SCARD_STATE_PRESENT)
        counter = (event_state >> 16) & 0xFFFF
        swapped = (present and self._present and self._counter is not None
                   and (counter - self._counter) & 0xFFFF >= 2)
        self._counter = counter
        if swapped:
            self._present = False
            self._emit(CardEventKind.REMOVED, reader)
        if present != self._present:
            self._present = present
            self._emit(CardEventKind.INSERTED if present else CardEventKind.REMOVED, reader)


class PcscConnection:
    """A `CardConnection`: an exclusive PC/SC handle on a context of its own.

    Each SCardTransmit runs on a thread of its own, waited for at most
    `exchange_timeout_s` (see the module docstring for why). A transmit that outlives
    its deadline spends the connection: its thread keeps the handle, later transmits
    raise `CardNotAnswering` at once, and `close()` leaves the disconnect to that thread.
    """

    def __init__(self, context: int, card: int, protocol: int, reader: str,
                 exchange_timeout_s: float = DEFAULT_EXCHANGE_TIMEOUT_S) -> None:
        self.reader = reader
        self._context: int | None = context
        self._card = card
        self._protocol = protocol
        self._timeout_s = exchange_timeout_s
        self._lock = threading.Lock()  # one transmit or close at a time
        self._abandoned = False  # a transmit outlived its deadline (guarded by _lock)
        # Shared with the transmit threads:
        self._state = threading.Lock()
        self._in_call = False  # a thread is inside SCardTransmit on the handle
        self._release_when_done: int | None = None  # closed meanwhile: the context that thread releases

    def transmit(self, apdu: bytes) -> bytes:
        """Send one command APDU and return the whole response, data and SW1 SW2.

        An answer shorter than a status word is returned as it is: the protocol layer
        calls it malformed ("card unreadable"), which is what a card pulled mid-command
        often looks like instead of a removal error. No answer within the exchange
        deadline raises `CardNotAnswering`.
        """
        command = bytes(apdu)
        with self._lock:
            if self._context is None:
                raise CardTransportError("connection is closed")
            if self._abandoned:
                raise CardNotAnswering("the card did not answer an earlier command")
            hresult, response = self._transmit_in_time(command)
        if _code(hresult) != SUCCESS:
            log.debug("card: %s -> %s", format_command(command), _describe(hresult))
            raise _transport_error("SCardTransmit", hresult, connecting=False)
        answer = bytes(response)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("card: %s -> %s", format_command(command), _format_answer(command, answer))
        return answer

    def _transmit_in_time(self, command: bytes) -> tuple[int, list[int]]:
        """SCardTransmit on a thread of its own; the caller (holding `_lock`) waits for the deadline."""
        outcome: list[tuple[int, list[int]] | Exception] = []
        done = threading.Event()

        def call() -> None:
            try:
                outcome.append(scard.SCardTransmit(self._card, self._protocol, list(command)))
            except Exception as exc:  # scard.error, or a binding surprise: the caller reports it
                outcome.append(exc)
            finally:
                with self._state:
                    self._in_call = False
                    context, self._release_when_done = self._release_when_done, None
                    done.set()
                if context is not None:  # closed while the card kept us waiting: ours to release
                    log.debug("the card's command returned at last; releasing its connection")
                    self._disconnect(context)

        with self._state:
            self._in_call = True
        try:
            threading.Thread(target=call, name="pcsc-transmit", daemon=True).start()
        except RuntimeError as exc:  # no thread to be had: nothing is inside pcscd
            with self._state:
                self._in_call = False
            raise CardTransportError(f"SCardTransmit not started: {exc}") from None
        if not done.wait(self._timeout_s):
            with self._state:
                abandoned = not done.is_set()
            if abandoned:
                self._abandoned = True
                log.warning("card did not answer %s within %.1f s", format_command(command[:4]), self._timeout_s)
                raise CardNotAnswering(f"no answer within {self._timeout_s:g} s")
        result = outcome[0]
        if isinstance(result, Exception):
            raise CardTransportError(f"SCardTransmit: {result}") from None
        return result

    def close(self) -> None:
        """Disconnect resetting the card, so a verified PIN does not outlive the connection.

        While an abandoned transmit is still inside pcscd, the handle is left alone and
        the transmit's thread disconnects it when the call returns (module docstring).
        """
        with self._lock:
            context, self._context = self._context, None
            if context is None:
                return
            with self._state:
                if self._in_call:
                    self._release_when_done = context
                    return
            self._disconnect(context)

    def _disconnect(self, context: int) -> None:
        try:
            hresult = scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
            if _code(hresult) != SUCCESS:
                log.debug("SCardDisconnect: %s", _describe(hresult))
        except scard.error:
            log.debug("SCardDisconnect failed", exc_info=True)
        finally:
            _release(context)


def _format_answer(command: bytes, answer: bytes) -> str:
    """A response for the debug log. A GET RESPONSE fragment may hold part of a card number
    without its tag, so only its length and status word are shown."""
    if len(command) > 1 and command[1] == INS_GET_RESPONSE and len(answer) > 2:
        return f"<{len(answer) - 2} bytes> {format_response(answer[-2:])}"
    return format_response(answer)
