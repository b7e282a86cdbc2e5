"""`kiosk --demo`: the kiosk against a fresh demo backend, with the demo devices panel beside it.

Registered as the `demo` mode (entry point group `owner_kiosk.modes`): the terminal
runtime finds it there and never imports the testbed itself.

Where the two windows go (`plan_layout`, pure, so every arrangement is tested without a
screen): the panel has a place of its own that the kiosk window never covers.

* Two screens or more: the kiosk full screen on the primary one, the panel docked on
  the edge of the second screen that faces the kiosk (as wide as two strips if the
  screen allows, its parts side by side).
* One landscape screen: the panel is a strip on the right, the kiosk has the rest. The
  kiosk's layouts are made for 1920 px and cut text when narrower (measured with the
  screen tour: at 1600 px Swedish buttons and amounts are cut), so the demo rather draws
  everything smaller: it starts Qt with a scale factor (QT_SCALE_FACTOR, e.g. 0.81 on a
  1920×1080 screen) that leaves the kiosk its full 1920 logical pixels beside the strip.
* One portrait screen: the panel is a strip along the bottom and the kiosk has the full
  width above it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import KioskConfig
from kiosk.views.theme import DESIGN_WIDTH
from testbed.demo import DemoBackend, DemoDevices, DemoPhone, VpcdSlot, demo_config, vpcd_available

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from testbed.demo_panel import DemoPanel

log = logging.getLogger(__name__)

PANEL_STRIP_WIDTH = 440
"""The panel's strip beside the kiosk, in logical pixels: two columns of card buttons."""

PANEL_STRIP_HEIGHT = 720
"""The panel's strip under the kiosk on a portrait screen."""

MIN_SCALE = 0.6
"""Below this the kiosk's text gets too small to show anyone: a smaller screen gives the kiosk less room instead."""


@dataclass(frozen=True)
class Area:
    """A rectangle on the virtual desktop, in Qt's logical pixels."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """The first column to the right of the area."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        """The first row below the area."""
        return self.y + self.height

    def overlaps(self, other: Area) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def holds(self, other: Area) -> bool:
        return self.x <= other.x and self.y <= other.y and other.right <= self.right and other.bottom <= self.bottom


@dataclass(frozen=True)
class DemoLayout:
    """Where the kiosk window and the panel go."""

    kiosk: Area
    kiosk_full_screen: bool  # the kiosk has a screen of its own
    panel: Area
    panel_wide: bool  # room for two columns: the panel lays its parts out side by side
    scale: float = 1.0  # < 1: start Qt at this scale factor first, then plan again


def plan_layout(screens: Sequence[Area], primary: int = 0, *, may_scale: bool = True) -> DemoLayout:
    """Place the kiosk and the panel on these screens (their available areas) so they never overlap.

    With `may_scale` a single landscape screen too narrow for the kiosk's design width and
    the strip asks for a scale factor (`DemoLayout.scale` < 1): start Qt with it and plan
    again without `may_scale`.
    """
    if not screens:
        raise ValueError("no screen to show the demo on")
    main = screens[primary]
    others = [screen for index, screen in enumerate(screens) if index != primary]
    if others:
        second = others[0]
        wide = second.width >= 2 * PANEL_STRIP_WIDTH
        width = 2 * PANEL_STRIP_WIDTH if wide else min(PANEL_STRIP_WIDTH, second.width)
        faces_left = second.x + second.width / 2 >= main.x + main.width / 2  # the second screen is to the right
        x = second.x if faces_left else second.right - width
        return DemoLayout(kiosk=main, kiosk_full_screen=True, panel=Area(x, second.y, width, second.height),
                          panel_wide=wide)
    if main.height > main.width:
        height = min(PANEL_STRIP_HEIGHT, main.height // 2)
        return DemoLayout(kiosk=Area(main.x, main.y, main.width, main.height - height), kiosk_full_screen=False,
                          panel=Area(main.x, main.bottom - height, main.width, height), panel_wide=True)
    needed = DESIGN_WIDTH + PANEL_STRIP_WIDTH
    if may_scale and main.width < needed:
        scale = max(MIN_SCALE, main.width / needed)
        logical = Area(*(round(value / scale) for value in (main.x, main.y, main.width, main.height)))
        planned = plan_layout([logical], may_scale=False)
        return DemoLayout(planned.kiosk, planned.kiosk_full_screen, planned.panel, planned.panel_wide, scale)
    width = min(PANEL_STRIP_WIDTH, main.width // 2)
    return DemoLayout(kiosk=Area(main.x, main.y, main.width - width, main.height), kiosk_full_screen=False,
                      panel=Area(main.right - width, main.y, width, main.height), panel_wide=False)


def screen_areas(app: QApplication) -> tuple[list[Area], int]:
    """The available area of every screen, and which one is the primary."""
    screens = app.screens()
    primary = app.primaryScreen()
    areas = []
    for screen in screens:
        rect = screen.availableGeometry()
        areas.append(Area(rect.x(), rect.y(), rect.width(), rect.height()))
    return areas, screens.index(primary) if primary in screens else 0


def demo_application() -> tuple[QApplication, DemoLayout]:
    """The QApplication, started at the scale the layout needs, and the layout.

    Qt reads QT_SCALE_FACTOR only while an application starts, and only a running one
    can say how large the screens are: so the first one measures, and when the kiosk
    and the strip need a smaller scale it is shut down and started again at that scale.
    A scale factor the user set is left as it is.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    areas, primary = screen_areas(app)
    layout = plan_layout(areas, primary, may_scale="QT_SCALE_FACTOR" not in os.environ)
    if layout.scale != 1.0:
        app.shutdown()
        os.environ["QT_SCALE_FACTOR"] = f"{layout.scale:.4f}"
        try:
            app = QApplication(sys.argv[:1])
        finally:
            del os.environ["QT_SCALE_FACTOR"]  # read by now; the backend child need not inherit it
        log.info("demo: Qt scale %.2f, so the kiosk keeps its %d px beside the panel", layout.scale,
                 DESIGN_WIDTH)
        areas, primary = screen_areas(app)
        layout = plan_layout(areas, primary, may_scale=False)
    return app, layout


def place_windows(layout: DemoLayout, window: QWidget, panel: DemoPanel, *, windowed: bool) -> None:
    """Show the kiosk window and the panel where the layout puts them."""
    from PySide6.QtCore import QRect

    kiosk_area = QRect(layout.kiosk.x, layout.kiosk.y, layout.kiosk.width, layout.kiosk.height)
    window.setGeometry(kiosk_area)
    if layout.kiosk_full_screen and not windowed:
        window.showFullScreen()  # on the screen its geometry lies on
    else:
        window.show()
        # A window with a frame (--windowed) fits its frame into the area, not only its inside.
        handle = window.windowHandle()
        margins = handle.frameMargins() if handle is not None else None
        if margins is not None and not margins.isNull():
            window.setGeometry(kiosk_area.marginsRemoved(margins))
    panel.dock(QRect(layout.panel.x, layout.panel.y, layout.panel.width, layout.panel.height),
               wide=layout.panel_wide)
    panel.show()


def demo_mode(config: KioskConfig, args: argparse.Namespace) -> int:
    """`kiosk --demo [--pcsc] [--windowed]`."""
    from kiosk.app import compose, make_devices, run_window
    from kiosk.config import ConfigError
    from kiosk.devices.simulated import SimulatedCardReader
    from kiosk.speech.headphones import SimulatedHeadphoneJack
    from testbed.demo_panel import DemoPanel
    from testbed.printer_emulator import EscPosEmulator

    if args.pcsc and not vpcd_available():
        print("kiosk: --demo --pcsc needs pcscd running with the vsmartcard-vpcd driver "
              "(apt-get install pcscd vsmartcard-vpcd; systemctl start pcscd)", file=sys.stderr)
        return 2
    app, layout = demo_application()
    app.setApplicationName("Owner-customer kiosk (demo)")
    log.info("demo layout: kiosk at %s%s, panel at %s", layout.kiosk,
             " (full screen)" if layout.kiosk_full_screen else "", layout.panel)
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
        headphones = SimulatedHeadphoneJack()  # the demo panel's jack: plugging in turns speech on
        kiosk = compose(config, reader, printer, kiosk_mode=not args.windowed, headphones=headphones)
        phone = DemoPhone(config.backend)
        slot = reader if isinstance(reader, SimulatedCardReader) else VpcdSlot()
        _maintenance, staff = kiosk.staff_flows()  # the panel follows the staff flows from the start
        panel = DemoPanel(DemoDevices(slot, phone, printer_emulator=demo_printer), kiosk.session, printer,
                          staff=staff, headphones=headphones)

        def show(window: QWidget) -> None:
            place_windows(layout, window, panel, windowed=args.windowed)

        def connect_quit(quit_kiosk: Callable[[], None]) -> None:
            panel.quit_requested.connect(quit_kiosk)

        return run_window(app, kiosk, windowed=args.windowed, on_shown=connect_quit, show_window=show)
    finally:
        if phone is not None:
            phone.close()
        demo_printer.stop()
        demo_backend.stop()
