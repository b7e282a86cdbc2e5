"""Pieces the maintenance tabs share: the status badge (colour and word), big buttons, the preview image."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
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


class WrapGrid(QWidget):
    """Widgets in rows of as many columns (one of `counts`, most first) as fit the width.

    Six tabs in a row at normal text need three rows of two at large text in portrait; a fixed
    count either cut the words or wasted the width. Like FlowRow, the grid's minimum width is
    that of its fewest columns, so a scroll area or window around it never widens to the most.
    """

    def __init__(self, widgets: Sequence[QWidget], counts: Sequence[int], *, spacing: int = 12,
                 need: Callable[[QWidget], int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._need = need or (lambda widget: max(widget.minimumSizeHint().width(), widget.minimumWidth()))
        self._held = need is not None  # each widget held to what `need` says, not to its own (larger) hint
        self._counts = tuple(counts)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self._columns = 0
        self._place(self._counts[0])

    def set_counts(self, counts: Sequence[int]) -> None:
        self._counts = tuple(counts)
        self._columns = 0
        self._arrange(self.width() if self.width() > 0 else 1 << 20)

    def columns(self) -> int:
        return self._columns

    def needed_width(self, columns: int) -> int:
        """Each column as wide as its widest widget needs (the rest of the width is shared alike)."""
        shown = [w for w in self._widgets if not w.isHidden()]
        widths = [max((self._need(w) for w in shown[c::columns]), default=0) for c in range(columns)]
        return sum(widths) + self._grid.horizontalSpacing() * (columns - 1)

    def _arrange(self, width: int) -> None:
        if self._held:
            for widget in self._widgets:
                widget.setMinimumWidth(self._need(widget))
        columns = next((c for c in self._counts if self.needed_width(c) <= width), self._counts[-1])
        if columns != self._columns:
            self._place(columns)

    def _place(self, columns: int) -> None:
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns)
        for column in range(max(self._grid.columnCount(), columns)):  # a former arrangement's columns too
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns
        self._grid.invalidate()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.needed_width(self._counts[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutRequest) and self.width() > 0:
            self._arrange(self.width())  # the words grew or shrank (large text, another language)
        return super().event(event)


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
