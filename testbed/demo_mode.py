"""`kiosk --demo`: the kiosk against a fresh demo backend, with the demo devices panel beside it.

Registered as the `demo` mode (entry point group `owner_kiosk.modes`): the terminal
runtime finds it there and never imports the testbed itself.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from kiosk.config import KioskConfig
from testbed.demo import DemoBackend, DemoDevices, DemoPhone, VpcdSlot, demo_config, vpcd_available

log = logging.getLogger(__name__)


def demo_mode(config: KioskConfig, args: argparse.Namespace) -> int:
    """`kiosk --demo [--pcsc] [--windowed]`."""
    from PySide6.QtWidgets import QApplication

    from kiosk.app import compose, make_devices, run_window
    from kiosk.config import ConfigError
    from kiosk.devices.simulated import SimulatedCardReader
    from testbed.demo_panel import DemoPanel
    from testbed.printer_emulator import EscPosEmulator

    if args.pcsc and not vpcd_available():
        print("kiosk: --demo --pcsc needs pcscd running with the vsmartcard-vpcd driver "
              "(apt-get install pcscd vsmartcard-vpcd; systemctl start pcscd)", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Owner-customer kiosk (demo)")
    demo_backend = DemoBackend()
    phone: DemoPhone | None = None
    # The demo prints real ESC/POS bytes over loopback TCP to an emulated printer.
    demo_printer = EscPosEmulator(config.printer.width_dots).start()
    try:
        log.info("starting the demo backend")
        config = demo_config(config, demo_backend.start(), pcsc=args.pcsc, printer_address=demo_printer.address)
        try:
            reader, printer = make_devices(config)
        except ConfigError as err:
            print(f"kiosk: {err}", file=sys.stderr)
            return 2
        kiosk = compose(config, reader, printer, kiosk_mode=not args.windowed)
        phone = DemoPhone(config.backend)
        slot = reader if isinstance(reader, SimulatedCardReader) else VpcdSlot()
        panel = DemoPanel(DemoDevices(slot, phone, printer_emulator=demo_printer), kiosk.session, printer,
                          staff=kiosk.staff)
        screen = app.primaryScreen().availableGeometry()
        panel.place_beside(screen.width(), screen.height())

        def show_panel(quit_kiosk: Callable[[], None]) -> None:
            panel.quit_requested.connect(quit_kiosk)
            panel.show()
            panel.raise_()

        return run_window(app, kiosk, windowed=args.windowed, on_shown=show_panel)
    finally:
        if phone is not None:
            phone.close()
        demo_printer.stop()
        demo_backend.stop()
