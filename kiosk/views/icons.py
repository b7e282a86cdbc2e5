"""The kiosk's line icons: the bundled SVGs (assets/icons), drawn in the theme's colour.

Every icon the code shows is named by `Icon`, so the names can be found in one place and
tests/assets checks each has its file. The SVGs draw with ``currentColor``; an icon is
rendered once per size, colour and place between pixels, then every pixel it covers is
filled with the colour the style sheet gave the widget (so high contrast reaches icons
too), and the image is kept. Those images live in this module's own small cache, not
in QPixmapCache: the session wipe empties QPixmapCache because it may hold pictures of
a shopper's data, and an icon is nobody's data.
"""

from __future__ import annotations

import logging
import math
from enum import StrEnum
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

import assets

log = logging.getLogger("kiosk.views.icons")


class Icon(StrEnum):
    """An icon's name is its file's: assets/icons/<value>.svg, drawn on a 24-unit grid."""

    ACCESSIBILITY = "accessibility"
    BONUS = "bonus"
    CALENDAR = "calendar"
    CARD = "card"
    CHECK = "check"
    CLOCK = "clock"
    COMMUNICATION = "communication"
    CONTRAST = "contrast"
    DETAILS = "details"
    END = "end"
    GIFT = "gift"
    HOME = "home"
    INFO = "info"
    LOCK = "lock"
    PARTICIPATE = "participate"
    PHONE = "phone"
    RETRY = "retry"
    SPEAKER = "speaker"
    TEXT_SIZE = "text-size"
    WARNING = "warning"


@cache
def _svg(icon: Icon) -> bytes:
    """The icon's SVG text, read once; empty (and said loudly, once) if the install lost the file."""
    path = assets.icon_path(icon.value)
    try:
        return path.read_bytes()
    except OSError as err:
        log.error("icon file %s cannot be read (%s): the icon is left blank", path, err.strerror or err)
        return b""


@lru_cache(maxsize=256)
def icon_image(icon: Icon, side: float, rgba: int, dx: float = 0.0, dy: float = 0.0) -> QImage:
    """`icon` in the colour `rgba` (QColor.rgba()), `side` pixels square at (`dx`, `dy`) in a transparent image.

    The offsets carry where the icon falls between pixels (a rect at 17.6 px), so the cached
    image has exactly the pixels the drawing would have had there. Bounded: the icons,
    sizes and places the views use, in the normal and high-contrast colours, never
    growing with the number of sessions.
    """
    image = QImage(math.ceil(dx + side), math.ceil(dy + side), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    data = _svg(icon)
    if not data:
        return image
    renderer = QSvgRenderer(QByteArray(data))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(dx, dy, side, side))
    # Keep the drawing's coverage, take the colour from the theme.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor.fromRgba(rgba))
    painter.end()
    return image


def paint_icon(painter: QPainter, icon: Icon, rect: QRectF, color: QColor) -> None:
    """Draw `icon` in `color` as the largest square centred in `rect`, at the device's pixel ratio."""
    side = min(rect.width(), rect.height())
    if side <= 0:
        return
    ratio = painter.device().devicePixelRatioF()
    left = (rect.center().x() - side / 2) * ratio
    top = (rect.center().y() - side / 2) * ratio
    # The image lands on whole device pixels and holds the fraction itself: never resampled.
    x, y = math.floor(left), math.floor(top)
    image = icon_image(Icon(icon), side * ratio, color.rgba(), left - x, top - y)
    painter.drawImage(QRectF(x / ratio, y / ratio, image.width() / ratio, image.height() / ratio), image)
