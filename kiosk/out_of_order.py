"""`kiosk --out-of-order`: the static screen systemd falls back to when the kiosk keeps failing.

deploy/owner-kiosk.service restarts a kiosk that exits or hangs; when it has failed to
start too often in a row, its OnFailure= starts owner-kiosk-out-of-order.service, which
runs this. It must work when nothing else does, so it reads no config (a broken config
may be why the kiosk failed), opens no device, asks no backend: the chain's own
"out of order" notice (the texts the kiosk shows for Notice.OUT_OF_ORDER's title and
the staff contact), from the bundled catalogues, in Finnish, Swedish and English.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from kiosk.i18n import CATALOGUE_DIR, LANGUAGES, QT_TRANSLATE_NOOP

log = logging.getLogger("kiosk.out_of_order")

# The kiosk's own notice texts (kiosk/views/notice.py), marked again here: the same context
# and source are one message in the catalogues.
TITLE = QT_TRANSLATE_NOOP("Notices", "This kiosk is out of order")
WHAT_TO_DO = QT_TRANSLATE_NOOP("Notices", "Please contact the staff at the checkout.")
STATUS_OUT_OF_ORDER = "STATUS=Out of order: the kiosk failed to start too often; showing the out-of-order screen"


def out_of_order_texts() -> list[tuple[str, str]]:
    """(title, what to do) in each of LANGUAGES; English where a catalogue cannot be read."""
    from PySide6.QtCore import QTranslator

    texts = []
    for lang in LANGUAGES:
        translator = QTranslator()
        if not translator.load(str(CATALOGUE_DIR / f"kiosk_{lang}.qm")):
            log.error("cannot load the %s catalogue; showing English in its place", lang)
        texts.append((translator.translate("Notices", TITLE) or TITLE,
                      translator.translate("Notices", WHAT_TO_DO) or WHAT_TO_DO))
    return texts


def run_out_of_order(*, windowed: bool, quit_on_signals: Callable[[Callable[[], None]], None]) -> int:
    """Show the screen (full screen unless `windowed`) until SIGTERM; READY=1 to systemd once painted.

    `quit_on_signals` is the kiosk's own (kiosk.app), handed in: the composition root
    imports this module, not the other way round.
    """
    from PySide6.QtWidgets import QApplication

    from kiosk.views.out_of_order import OutOfOrderWindow
    from kiosk.watchdog import ServiceNotifications

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Owner-customer kiosk (out of order)")
    window = OutOfOrderWindow(out_of_order_texts())
    notifications = ServiceNotifications.for_this_process(window, STATUS_OUT_OF_ORDER)
    quit_on_signals(app.quit)
    if windowed:
        window.show()
    else:
        window.showFullScreen()
    log.warning("showing the out-of-order screen: the kiosk could not be started")
    code = app.exec()
    notifications.stopping()
    return code
