"""The kiosk's bundled files: fonts, icons (SVG) and sounds.

They ship inside the installed package so that every host looks, prints and sounds
the same, whatever it has installed itself: the kiosk registers these fonts with Qt,
the receipt renderer draws with the same files, and the icons are drawn from these
SVGs. Only paths live here; nothing imports Qt or Pillow, so the backend (which prints
receipts for the phone page) can use it too.

Files come from ``importlib.resources``: setuptools installs the package as a
directory (see ``[tool.setuptools.package-data]``), so each resource is a real file
that Qt and FreeType can open by name.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# Screen: the kiosk's style sheet names these families (kiosk.views.theme).
SANS = "DejaVuSans.ttf"
SANS_BOLD = "DejaVuSans-Bold.ttf"
MONO = "DejaVuSansMono.ttf"
MONO_BOLD = "DejaVuSansMono-Bold.ttf"
# Paper: condensed fits a long product name on 58 mm paper and still reads well at 203 dpi.
CONDENSED = "DejaVuSansCondensed.ttf"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold.ttf"

SCREEN_FONTS = (SANS, SANS_BOLD, MONO, MONO_BOLD)
PAPER_FONTS = (CONDENSED, CONDENSED_BOLD)
FONTS = SCREEN_FONTS + PAPER_FONTS

# For accessibility (issue 17), played by kiosk.sounds (the idle warning: attention.wav).
# Made by sounds/make_sounds.py.
SOUNDS = ("attention.wav", "confirm.wav", "error.wav", "key.wav", "notice.wav")

LICENCES = ("fonts/LICENSE.txt", "fonts/AUTHORS", "icons/LICENSE.txt", "sounds/LICENSE.txt")


def _path(*parts: str) -> Path:
    return Path(str(files(__name__).joinpath(*parts)))


def font_path(name: str) -> Path:
    """The bundled font file `name` (one of FONTS); it may be missing from a broken install."""
    return _path("fonts", name)


def icon_path(name: str) -> Path:
    """The SVG of icon `name` (see kiosk.views.icons.Icon for the names the kiosk uses)."""
    return _path("icons", f"{name}.svg")


def sound_path(name: str) -> Path:
    """The bundled sound file `name` (one of SOUNDS)."""
    return _path("sounds", name)


def path(relative: str) -> Path:
    """Any bundled file by its path inside the package, e.g. one of LICENCES."""
    return _path(*relative.split("/"))
