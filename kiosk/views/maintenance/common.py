"""Pieces the maintenance tabs share: the status badge (colour and word), big buttons, the preview image."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.diagnostics import Level
from kiosk.views.maintenance.texts import level_text
from kiosk.views.widgets import FlowRow, button, label, refresh_style

if TYPE_CHECKING:
    from PIL.Image import Image

GLOVE = 88
"""The height of everything a technician presses in maintenance mode, in px: a gloved fingertip, with room."""


def big_button(kind: str, name: str, on_click: Callable[[], None] | None = None) -> QPushButton:
    """A button for gloves: at least GLOVE px high and 220 px wide."""
    widget = button(kind, name=name, min_height=GLOVE, on_click=on_click)
    widget.setMinimumWidth(220)
    return widget


def bold_text_need(button: QWidget) -> int:
    """The width `button` needs to show its text whole in bold (as when chosen): the text and the style's frame
    and padding around it (a tab's size hint asks for more than the words need, which wasted a column)."""
    assert isinstance(button, QPushButton)
    font = QFont(button.font())
    font.setBold(True)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.rect = QRect(0, 0, 1000, max(button.height(), GLOVE))
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    return QFontMetrics(font).horizontalAdvance(button.text()) + 1000 - room + 4


class Row(FlowRow):
    """FlowRow for maintenance's rows: a gloved button's own minimum width (220 px) counts where it is more than
    its size hint, and the row asks for its side-by-side width even when stacked, so a row around it (the Log's
    bar) stacks its parts first and this row stacks only where one line of it cannot fit."""

    def needed_width(self) -> int:
        box = self.layout()
        assert isinstance(box, QBoxLayout)
        items = [box.itemAt(i) for i in range(box.count())]
        widgets = [w for item in items if item is not None and (w := item.widget()) is not None and not w.isHidden()]
        spacing = box.spacing()
        return sum(max(w.sizeHint().width(), w.minimumWidth()) for w in widgets) + spacing * max(0, len(widgets) - 1)

    def sizeHint(self) -> QSize:
        return QSize(self.needed_width(), super().sizeHint().height())


class StatusBadge(QWidget):
    """Green, amber or red with its word ("OK", "Attention", "Fault"): never the colour alone.

    A QLabel inside (styled by the theme's `status` property), so the word is what tests
    and screen readers see.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.word = label("body", name=name, wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.word.setMinimumWidth(200)
        self.word.setMinimumHeight(56)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.word)
        self.level = Level.UNKNOWN
        self.measuring = True
        self.set_level(Level.UNKNOWN)

    def set_level(self, level: Level, *, measuring: bool = True) -> None:
        """`measuring`: an unknown level is still being measured ("Checking"), else it cannot be known."""
        self.level = level
        self.measuring = measuring
        self.word.setText(level_text(level, measuring=measuring))
        if self.word.property("status") != level.value:
            self.word.setProperty("status", level.value)
            refresh_style(self.word)

    def retranslate(self) -> None:
        self.word.setText(level_text(self.level, measuring=self.measuring))


def image_pixmap(image: Image, height: int) -> QPixmap:
    """A printout for the screen, dot for dot where it fits, else scaled down to `height`."""
    from PIL.ImageQt import ImageQt  # Pillow comes with the first printout shown, as in the output overlay

    pixmap = QPixmap.fromImage(ImageQt(image.convert("RGB")))
    if pixmap.height() > height:
        pixmap = pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
    return pixmap


def set_text(widget: QLabel, text: str) -> None:
    """Set a label's text and show it only when it has some."""
    widget.setText(text)
    widget.setVisible(bool(text))
