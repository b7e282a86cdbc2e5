"""Composition root of the kiosk: config -> devices -> api client -> session -> window.

`kiosk` runs the terminal full-screen and locked down; `--windowed` is for development;
`--demo` runs it against the reference backend with demo data and simulated devices;
`--tour DIR` renders every screen in every language to PNG; `--check` verifies the
config and the backend credential for a technician; `--out-of-order` is systemd's
fallback screen when the kiosk keeps failing (kiosk/out_of_order.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import ConfigError, KioskConfig, PrinterConfig, ignored_trust_variables, load_config, parse_config
from kiosk.devices.base import CardReader, ReceiptPrinter
from kiosk.logs import setup_logging

if TYPE_CHECKING:  # the composition root names them; they are imported where the kiosk is built
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.api import ApiClient
    from kiosk.crash import CrashGuard
    from kiosk.devices.state import PrinterHealth
    from kiosk.flows.heartbeat import HeartbeatFlow
    from kiosk.flows.maintenance import MaintenanceFlow
    from kiosk.flows.output import OutputFlow
    from kiosk.flows.staff import StaffFlow
    from kiosk.i18n import Translations
    from kiosk.session import Session, Stage, Timing
    from kiosk.sounds import Sounds
    from kiosk.speech.announcer import Announcer
    from kiosk.speech.engine import SpeechEngine
    from kiosk.speech.headphones import HeadphoneJack
    from kiosk.tasks import TaskRunner
    from kiosk.views.window import KioskWindow

log = logging.getLogger("kiosk")

DEFAULT_CONFIG = Path("/etc/owner-kiosk/kiosk.toml")
START_AFTER_MS = 3000
"""The session starts this long after the window is shown even if its first frame never comes."""


def make_api_client(config: KioskConfig) -> ApiClient:
    """The backend client, trusting the CA bundle of [backend] verify, or the public CAs requests ships."""
    from kiosk.api import ApiClient

    b = config.backend
    for name in ignored_trust_variables(os.environ):
        log.warning("%s is set but not used: the kiosk trusts the backend's certificate through [backend] verify "
                    "only", name)
    return ApiClient(b.url, b.kiosk_id, b.kiosk_secret, connect_timeout=b.connect_timeout_s,
                     read_timeout=b.read_timeout_s, verify=b.verify or True)


def check(config: KioskConfig) -> tuple[bool, str]:
    """One line a technician can act on (and a note for each CA variable the kiosk does not use)."""
    from kiosk.api import ApiError, BackendUnreachable, KioskUnauthorized
    from kiosk.tls import explain_tls_failure

    notes = "".join(f"\nnote: {name} is set but not used; the kiosk trusts only [backend] verify"
                    for name in ignored_trust_variables(os.environ))
    with make_api_client(config) as client:
        try:
            stores = client.stores()
        except KioskUnauthorized:
            return False, (f"backend {config.backend.url} refused kiosk id {config.backend.kiosk_id!r}: "
                           f"check the secret{notes}")
        except BackendUnreachable as err:
            if err.code == "backend_tls_failed":
                return False, explain_tls_failure(config.backend) + notes
            return False, f"backend {config.backend.url} cannot be reached: check the network and the url{notes}"
        except ApiError as err:
            return False, f"backend {config.backend.url} answered with an error: {err.code}{notes}"
    return True, (f"backend {config.backend.url} accepts kiosk {config.backend.kiosk_id!r} "
                  f"({len(stores)} stores){notes}")


def make_printer(config: PrinterConfig) -> ReceiptPrinter:
    """The configured receipt printer: ESC/POS over TCP, a device file or a file sink, or the simulated one."""
    if config.kind == "simulated":
        from kiosk.devices.simulated import SimulatedPrinter

        return SimulatedPrinter(width_dots=config.width_dots)
    from kiosk.devices.escpos_printer import (
        DeviceTransport,
        DirectorySink,
        EscPosPrinter,
        TcpTransport,
        Transport,
        parse_address,
    )

    transport: Transport
    if config.kind == "tcp":
        host, port = parse_address(config.address)
        transport = TcpTransport(host, port, connect_timeout_s=config.connect_timeout_s)
    elif config.kind == "device":
        transport = DeviceTransport(config.address)
    elif config.kind == "file":
        transport = DirectorySink(config.address)
    else:
        raise ConfigError([f"[printer] kind {config.kind!r}: simulated, tcp, device or file"])
    return EscPosPrinter(transport, config.width_dots, config.band_rows, status_timeout_s=config.status_timeout_s,
                         write_timeout_s=config.write_timeout_s, throughput_bytes_per_s=config.throughput_bytes_per_s)


def make_devices(config: KioskConfig) -> tuple[CardReader, ReceiptPrinter]:
    from kiosk.devices.simulated import SimulatedCardReader

    reader: CardReader
    if config.card_reader.kind == "pcsc":
        from kiosk.devices.pcsc import PcscCardReader  # the only module that imports pyscard

        reader = PcscCardReader(reader_pattern=config.card_reader.reader_pattern,
                                exchange_timeout_s=config.card_reader.exchange_timeout_s)
    else:
        reader = SimulatedCardReader()
    return reader, make_printer(config.printer)


def kiosk_version() -> str:
    """The installed release of the terminal software, or "development" for a source tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("owner-kiosk")
    except PackageNotFoundError:
        return "development"


def about_terminal(config: KioskConfig) -> dict[str, str]:
    """What the technician's maintenance view shows: configuration, never a secret."""
    release = kiosk_version()
    reader = config.card_reader.kind + (f" ({config.card_reader.reader_pattern})" if config.card_reader.reader_pattern
                                        else "")
    printer = f"{config.printer.kind} {config.printer.address}".strip() + f", {config.printer.width_dots} dots"
    return {"kiosk": config.backend.kiosk_id, "backend": config.backend.url, "reader": reader, "printer": printer,
            "version": release}


@dataclass
class Kiosk:
    """Everything one running terminal is made of, for main(), the tour, the bench and tests."""

    config: KioskConfig
    reader: CardReader
    printer: ReceiptPrinter
    session: Session
    window: KioskWindow | None  # None in session-only tests
    runner: TaskRunner
    translations: Translations
    guard: CrashGuard
    output: OutputFlow
    printer_health: PrinterHealth  # the printer's last state, for staff and technicians
    heartbeat_interval_s: float | None = None  # the config's unless a test asks for faster beats
    config_path: Path | None = None  # the settings file maintenance mode edits (None: nothing can be saved)
    heartbeat: HeartbeatFlow | None = None  # tells the backend's fleet view this kiosk is alive; made by start()
    maintenance: MaintenanceFlow | None = None  # the technician's maintenance mode; made by staff_flows()
    staff: StaffFlow | None = None  # the staff menu and its flows (enrolment, card replacement, phone change); same
    on_exit: Callable[[int], None] | None = None  # how maintenance mode's restart leaves (run_window sets it)
    sounds: Sounds | None = None  # the cues a shopper hears (the idle warning's)
    started: bool = field(default=False)
    speech: Announcer | None = None  # reads the screens aloud while the shopper has speech on (with a window)

    @property
    def api(self) -> ApiClient:
        """The session's backend client (made with the first backend call)."""
        return self.session.api

    def start(self) -> None:
        """Start the session (the card reader, the backend check) and the heartbeat, unless started already.

        The heartbeat is made here, not in compose(): its client and the API types are not needed
        before the attract screen is up. Maintenance mode and the staff flows wait for the first
        staff or technician card (`staff_flows()`): most terminals spend most of their life without one.
        """
        if self.started:
            return
        self.started = True
        from kiosk.flows.heartbeat import HeartbeatFlow

        self.heartbeat = HeartbeatFlow(self.config, self.session, self.output, self.reader, version=kiosk_version(),
                                       interval_s=self.heartbeat_interval_s)
        self.session.stage_changed.connect(self._stage_changed)
        self.session.start()
        self.heartbeat.start()

    def _stage_changed(self, stage: Stage) -> None:
        from kiosk.session import Stage

        if stage is Stage.PIN:  # a staff or technician card: its flows, before the staff screen that shows them
            self.staff_flows()

    def staff_flows(self) -> tuple[MaintenanceFlow, StaffFlow]:
        """Maintenance mode and the staff flows, made the first time they are asked for: when a staff or
        technician card's PIN is asked (the staff screen, built while it is typed, shows them), or by the
        demo's panel. Made before the session reaches the staff stage, they follow it from there."""
        if self.maintenance is None or self.staff is None:
            assert self.heartbeat is not None, "the staff flows are made once the kiosk has started"
            from kiosk.flows.maintenance import MaintenanceFlow
            from kiosk.flows.staff import StaffFlow
            from kiosk.logs import log_tail

            self.maintenance = MaintenanceFlow(self.config, self.session, self.session.api, self.output, self.reader,
                                               self.printer.width_dots, self.heartbeat.sources,
                                               config_path=self.config_path, environ=os.environ, tail=log_tail())
            self.maintenance.exit_requested.connect(self._exit)
            self.staff = StaffFlow(self.session, self.reader, self.output)
            if self.window is not None:
                self.window.set_maintenance(self.maintenance)
                self.window.set_staff(self.staff)
        return self.maintenance, self.staff

    def _exit(self, code: int) -> None:
        if self.on_exit is not None:
            self.on_exit(code)

    def shutdown(self) -> None:
        """End every open session (customer, staff, technician) and release a held card, stop
        devices, let queued jobs finish."""
        if self.heartbeat is not None:
            self.heartbeat.stop()
        self.reader.stop()
        if self.speech is not None:
            self.speech.shutdown()
        self.session.stop()  # queues the revocations and the card's release on the worker
        self.runner.wait(5000)
        self.guard.uninstall()
        self.session.close_api()


def compose(config: KioskConfig, reader: CardReader, printer: ReceiptPrinter, *, kiosk_mode: bool,
            api: ApiClient | None = None, timing: Timing | None = None, with_window: bool = True,
            with_guard: bool = True, heartbeat_interval_s: float | None = None, start: bool = True,
            config_path: Path | None = None, speech_engine: SpeechEngine | None = None,
            headphones: HeadphoneJack | None = None, sounds: Sounds | None = None) -> Kiosk:
    """Build and start a kiosk in the running QApplication.

    Tests may leave out the window (session-only tests) or the crash guard (pytest-qt must
    see exceptions in slots to fail a test), and pass faster timings (a heartbeat
    interval below the config's 10 s among them). With `start=False` the session and the
    heartbeat wait for `Kiosk.start()` (a terminal starts them once its window is up).
    `config_path` is the settings file maintenance mode edits (None: the kiosk runs
    without one, and nothing can be saved). `speech_engine` and `headphones` replace
    what the [speech] section names (the tests' recording engine, the demo's jack);
    `sounds` plays the cues (aplay unless given).
    """
    from PySide6.QtWidgets import QApplication

    from kiosk.app_events import app_events
    from kiosk.crash import CrashGuard
    from kiosk.i18n import Translations
    from kiosk.session import ACTIVITY_EVENTS, Session, Timing
    from kiosk.tasks import TaskRunner

    app = QApplication.instance()
    assert isinstance(app, QApplication), "compose() needs a QApplication"

    def make_api() -> ApiClient:  # with the first backend call: the attract screen does not wait for it
        return api or make_api_client(config)

    translations = Translations(app)
    translations.set_language(config.display.language)
    runner = TaskRunner()
    if timing is None:
        timing = Timing(idle_timeout_s=config.session.idle_timeout_s, idle_warning_s=config.session.idle_warning_s,
                        staff_idle_timeout_s=config.session.staff_idle_timeout_s)
    session = Session(reader, make_api, runner.run, default_language=config.display.language, timing=timing,
                      set_language=translations.set_language)
    app_events().watch(session, ACTIVITY_EVENTS)
    if sounds is None:
        from kiosk.sounds import AplaySounds

        sounds = AplaySounds()
    from kiosk.sounds import ATTENTION

    player = sounds
    session.idle_warning_started.connect(lambda _seconds: player.play(ATTENTION))  # heard as well as seen
    from kiosk.devices.state import PrinterHealth
    from kiosk.flows.output import OutputFlow

    printer_health = PrinterHealth()
    output = OutputFlow(session, printer, health=printer_health)
    window = None
    if with_window:
        from kiosk.views.window import KioskWindow

        window = KioskWindow(session, kiosk_mode=kiosk_mode,
                             touch_only=kiosk_mode and config.display.touch_only, about=lambda: about_terminal(config),
                             output=output, orientation=config.display.orientation)
    guard = CrashGuard(session.recover_from_crash)
    if with_guard:
        guard.install()
    kiosk = Kiosk(config, reader, printer, session, window, runner, translations, guard, output, printer_health,
                  heartbeat_interval_s, config_path, sounds=sounds)
    if window is not None:
        from kiosk.speech import make_engine, make_jack
        from kiosk.speech.announcer import Announcer

        kiosk.speech = Announcer(session, speech_engine or make_engine(config.speech),
                                 headphones or make_jack(config.speech))
        kiosk.speech.attach(window, output)
    if start:
        kiosk.start()
    return kiosk


def config_path(args: argparse.Namespace) -> Path | None:
    """The settings file this kiosk runs with: --config, $KIOSK_CONFIG, or the default one if it exists."""
    if args.config is not None:
        return Path(args.config)
    env_path = os.environ.get("KIOSK_CONFIG")
    if env_path:
        return Path(env_path)
    return DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None


def _load(args: argparse.Namespace) -> KioskConfig:
    path = config_path(args)
    testbed = bool(args.demo or args.tour)  # their devices are simulated (or vpcd's): no [card_reader] needed
    if path is not None:
        return load_config(path, testbed=testbed)
    if testbed:
        # The demo needs no file: the demo backend supplies url and credential.
        return parse_config({"backend": {"kiosk_id": "demo", "kiosk_secret": "demo"}}, testbed=True)
    raise ConfigError([f"{DEFAULT_CONFIG}: no config file (give --config PATH or set KIOSK_CONFIG)"])


# Modes a terminal does not have: `--demo` and `--tour` run the kiosk against a demo backend
# with simulated surroundings. They live in the testbed package, which registers them under
# this entry-point group; the terminal runtime never imports it, so a terminal installed
# without the testbed's extra (the backend's packages) starts exactly as without them.
MODES_GROUP = "owner_kiosk.modes"
Mode = Callable[[KioskConfig, argparse.Namespace], int]


def find_mode(name: str) -> Mode | None:
    """The installed mode `name` (`demo` or `tour`), or None when no package provides it."""
    from importlib.metadata import entry_points

    for entry in entry_points(group=MODES_GROUP, name=name):
        try:
            mode: Mode = entry.load()
        except ImportError as err:
            log.error("the %s mode is installed but cannot load: %s", name, err)
            return None
        return mode
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Owner-customer kiosk terminal")
    parser.add_argument("--config", type=Path, help=f"TOML config (default: $KIOSK_CONFIG or {DEFAULT_CONFIG})")
    parser.add_argument("--check", action="store_true", help="check the config and the backend credential, then exit")
    parser.add_argument("--windowed", action="store_true", help="a normal window without lockdown (development)")
    parser.add_argument("--out-of-order", action="store_true",
                        help="show only the static out-of-order screen (systemd's fallback when the kiosk keeps "
                             "failing); needs no config, backend or device")
    testbed = parser.add_argument_group("testbed modes (need the testbed installed: pip install owner-kiosk[testbed])")
    testbed.add_argument("--demo", action="store_true",
                         help="run against the reference backend with demo data and simulated devices")
    testbed.add_argument("--pcsc", action="store_true",
                         help="with --demo: read the demo cards through pcscd (vpcd virtual reader) instead of "
                              "the simulated reader")
    testbed.add_argument("--tour", type=Path, metavar="DIR", help="render every screen in every language to DIR")
    testbed.add_argument("--size", default="1920x1080", metavar="WxH[,WxH...]",
                         help="with --tour: the window size(s), e.g. 1080x1920 (default 1920x1080)")
    testbed.add_argument("--languages", default="fi,sv,en", metavar="LANG[,LANG...]",
                         help="with --tour: the languages to render (default fi,sv,en)")
    testbed.add_argument("--large-text", action="store_true", help="with --tour: every picture at large text")
    testbed.add_argument("--high-contrast", action="store_true", help="with --tour: every picture at high contrast")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging()
    if args.out_of_order:  # before the config: a broken one may be why the kiosk could not start
        from kiosk.out_of_order import run_out_of_order

        return run_out_of_order(windowed=args.windowed, quit_on_signals=quit_on_signals)
    try:
        config = _load(args)
    except ConfigError as err:
        print("kiosk: the configuration is not usable:", file=sys.stderr)
        for problem in err.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    if args.check:
        ok, message = check(config)
        print(message, file=sys.stdout if ok else sys.stderr)
        return 0 if ok else 1
    if args.tour or args.demo:
        name = "tour" if args.tour else "demo"
        mode = find_mode(name)
        if mode is None:
            print(f"kiosk: --{name} needs the testbed, which this installation does not have "
                  "(pip install 'owner-kiosk[testbed]')", file=sys.stderr)
            return 2
        return mode(config, args)
    return run(config, windowed=args.windowed, path=config_path(args))


def run(config: KioskConfig, *, windowed: bool, path: Path | None = None) -> int:
    """A terminal: the configured devices, the window full screen (or windowed), until SIGTERM."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Owner-customer kiosk")
    try:
        reader, printer = make_devices(config)
    except ConfigError as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return 2
    kiosk = compose(config, reader, printer, kiosk_mode=not windowed, start=False, config_path=path)
    return run_window(app, kiosk, windowed=windowed)


def run_window(app: QApplication, kiosk: Kiosk, *, windowed: bool,
               on_shown: Callable[[Callable[[], None]], None] | None = None,
               show_window: Callable[[QWidget], None] | None = None) -> int:
    """Show the kiosk's window and run the event loop until a quit; then shut the kiosk down.

    The other screens are built, the session starts (card reader, backend check) and
    start-up's memory is settled once the window's first picture is on the screen, so that
    nothing competes with it; a screen that never shows the window still gets a working
    terminal after START_AFTER_MS. `on_shown` (the demo's panel) is called once the window
    is up, with the function that quits the kiosk. `show_window` (the demo's) shows the
    window where it belongs instead of full screen: the demo keeps a strip of the screen
    for its panel.
    """
    from PySide6.QtCore import QTimer

    window = kiosk.window
    assert window is not None, "run_window() needs a kiosk composed with its window"

    def quit_kiosk() -> None:
        window.allow_close()
        app.quit()

    def restart_kiosk(code: int) -> None:
        """Maintenance mode's restart: leave with `code`, and systemd (Restart=always) starts the kiosk again."""
        window.allow_close()
        app.exit(code)

    def first_frame() -> None:
        kiosk.start()  # first: the card reader and the backend check start before the other screens are built
        window.build_ahead()  # the other screens, so that none keeps the first member waiting
        settle_memory()
        log.info("kiosk ready against %s", kiosk.config.backend.url)

    kiosk.on_exit = restart_kiosk
    quit_on_signals(quit_kiosk)
    window.first_frame.connect(first_frame)
    QTimer.singleShot(START_AFTER_MS, window, kiosk.start)
    from kiosk.watchdog import ServiceNotifications

    notifications = ServiceNotifications.for_this_process(window)  # READY=1, WATCHDOG=1 for systemd
    kiosk.session.service_changed.connect(notifications.service_changed)
    if show_window is not None:
        show_window(window)
    elif windowed:
        window.show()
    else:
        window.showFullScreen()
    if on_shown is not None:
        on_shown(quit_kiosk)
    code = app.exec()
    notifications.stopping()
    kiosk.shutdown()
    return code


def settle_memory() -> None:
    """Freeze what start-up built, so the garbage collector never walks it again.

    A full collection walks every tracked object: with Qt and every view loaded that is
    ~140,000 objects and ~70 ms on the UI thread, a visible hitch in a scrolling list.
    Frozen, a full collection walks only what sessions create (a few ms). Called once the
    window is built (bench/sections.py does the same).
    """
    import gc

    gc.collect()
    gc.freeze()


def quit_on_signals(quit_kiosk: Callable[[], None]) -> None:
    """SIGTERM (systemd stopping the kiosk) and SIGINT end the event loop cleanly.

    The signal wakes the loop through a socket it watches (kiosk.signals), not a timer, so
    an idle kiosk is not woken for nothing. The quit is queued rather than called: a signal
    that lands before the loop has started would otherwise be lost.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.signals import SignalWakeup

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _signum, _frame: QTimer.singleShot(0, quit_kiosk))
    SignalWakeup(QApplication.instance())


if __name__ == "__main__":
    sys.exit(main())
