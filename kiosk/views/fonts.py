"""The bundled fonts (assets/fonts), registered with Qt before the first style sheet.

A terminal then draws the same letters whatever its host has installed, and the same
files print the receipts (printout.render), so screen and paper match. The style sheet
names the families Qt reports for the registered files rather than a name it hopes the
host knows.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFontDatabase

import assets
from kiosk.views.theme import BUNDLED_FONTS, FontFamilies

log = logging.getLogger("kiosk.views.fonts")


@cache
def register_fonts() -> FontFamilies:
    """Register the screen's fonts once per process (a few ms) and return their family names.

    A missing or unreadable file is logged as an error and its family falls back to the
    name of the bundled one, which only a host that happens to have it installed can show:
    the kiosk still runs, and the log says why the letters may look different.
    """
    families: dict[str, str] = {}
    for name in assets.SCREEN_FONTS:
        path = assets.font_path(name)
        if not path.is_file():
            log.error("bundled font %s is missing: the screen falls back to the host's fonts", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        found = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
        if not found:
            log.error("bundled font %s could not be loaded: the screen falls back to the host's fonts", path)
            continue
        families[name] = found[0]
    return FontFamilies(sans=families.get(assets.SANS, BUNDLED_FONTS.sans),
                        mono=families.get(assets.MONO, BUNDLED_FONTS.mono))
