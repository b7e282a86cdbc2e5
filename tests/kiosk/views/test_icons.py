"""Icons on screen: drawn from the bundled SVGs in the theme's colour, names checked where views are built."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPixmapCache
from PySide6.QtWidgets import QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.views.icons import Icon
from kiosk.views.theme import build_stylesheet
from kiosk.views.widgets import IconView


def _icon_colours(view: IconView) -> set[str]:
    """The colours the icon puts on screen: its own where fully covered, blends with the background at its edges."""
    image: QImage = view.grab().toImage()
    background = image.pixelColor(0, 0).name()
    return {image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())} - {background}


def test_a_name_that_is_not_an_icon_is_refused_where_the_view_is_built(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="hone"):
        IconView("hone")  # type: ignore[arg-type]
    view = IconView(Icon.HOME)
    qtbot.addWidget(view)
    with pytest.raises(ValueError, match="warnign"):
        view.set_icon("warnign")  # type: ignore[arg-type]
    assert view.icon() is Icon.HOME


def test_icons_follow_the_theme_into_high_contrast_and_back_after_a_session_wipe(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QHBoxLayout(host)
    plain, warning = IconView(Icon.CHECK, 64), IconView(Icon.WARNING, 64, tone="warning")
    layout.addWidget(plain)
    layout.addWidget(warning)
    host.setStyleSheet(build_stylesheet(False, False))
    host.show()
    qtbot.waitExposed(host)
    green, amber = plain.color.name(), warning.color.name()
    assert green in _icon_colours(plain) and amber in _icon_colours(warning)

    host.setStyleSheet(build_stylesheet(True, False))
    assert plain.color.name() == "#ffe500" and warning.color.name() != amber
    assert "#ffe500" in _icon_colours(plain) and green not in _icon_colours(plain)
    assert warning.color.name() in _icon_colours(warning) and amber not in _icon_colours(warning)

    QPixmapCache.clear()  # what the session wipe does
    host.setStyleSheet(build_stylesheet(False, False))
    assert green in _icon_colours(plain) and "#ffe500" not in _icon_colours(plain)
    assert amber in _icon_colours(warning)
