"""Two columns where both fit, one where they do not: the member sections at large text and in portrait.

A section drawn for 1920x1080 puts cards or fields two to a row. Doubled type (large text),
Finnish words and a narrow portrait screen make a column too narrow for its longest word or
button, and a grid that cannot grow cuts them (or widens the page past its scroll area). These
pieces choose their arrangement from the width they are given and what their cells need, so
at normal text on a wide screen nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

from kiosk.views.widgets import FlowRow

HYSTERESIS = 48
"""Room to spare before a stacked arrangement goes back side by side. A page's scroll bar comes when the page
grows taller (stacked) and goes when it shrinks (side by side): without this margin the two arrangements
would follow each other for ever at a width between the two."""


class Columns(QWidget):
    """Cells placed by (row, column, spans) in two columns, or one under the other in that order.

    Two columns only while each column is at least as wide as the widest cell's minimum (its
    longest word, its buttons) and `comfort` px: a column narrower than that would cut a word.
    `comfort` may be a function: what a cell needs beyond its layout's minimum (a title that
    steps down its type where it does not fit, say, asks for its largest type). The widget asks
    for no more width than its widest cell, so a scroll area around it never widens its page to
    two columns that cannot fit.
    """

    def __init__(self, *, spacing: int = 24, row_spacing: int = 24, comfort: Callable[[], int] | int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(row_spacing)
        # the width this widget may be given is decided here, not by the sum of both columns
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._comfort = comfort
        self._cells: list[tuple[QWidget, int, int, int, int]] = []
        self._two: bool | None = None

    def add(self, widget: QWidget, row: int, column: int, rows: int = 1, columns: int = 1) -> None:
        """`widget` at (row, column) of the two-column arrangement, spanning `rows` x `columns` there."""
        self._cells.append((widget, row, column, rows, columns))
        self._cells.sort(key=lambda cell: (cell[1], cell[2]))
        self._two = None
        self._place(self._decide(self.width()) if self.width() > 0 else True)

    def remove(self, widget: QWidget) -> None:
        self._cells = [cell for cell in self._cells if cell[0] is not widget]
        self._grid.removeWidget(widget)

    def widgets(self) -> list[QWidget]:
        return [cell[0] for cell in self._cells]

    def two_columns(self) -> bool:
        return bool(self._two)

    def rearrange(self) -> None:
        """Choose again: what the cells need has changed in a way no event tells (the screen's layout)."""
        if self.width() > 0:
            self._place(self._decide(self.width()))

    def _cells_need(self) -> int:
        shown = [cell[0] for cell in self._cells if not cell[0].isHidden()]
        return max([max(w.minimumSizeHint().width(), w.minimumWidth()) for w in shown], default=0)

    def _column_need(self) -> int:
        comfort = self._comfort() if callable(self._comfort) else self._comfort
        return max(self._cells_need(), comfort)

    def _decide(self, width: int) -> bool:
        need = 2 * self._column_need() + self._grid.horizontalSpacing()
        return need + (0 if self._two else HYSTERESIS) <= width

    def _place(self, two: bool) -> None:
        if two is self._two:
            return
        self._two = two
        for widget, *_ in self._cells:
            self._grid.removeWidget(widget)
        for index, (widget, row, column, rows, columns) in enumerate(self._cells):
            if two:
                self._grid.addWidget(widget, row, column, rows, columns)
            else:
                self._grid.addWidget(widget, index, 0)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1 if two else 0)
        self._grid.invalidate()
        self._grid.activate()  # placed now: a tap or a look right after a resize finds the cells where they show
        self.updateGeometry()  # and the page around takes the new height (cached for the old arrangement)

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(self._cells_need() + margins.left() + margins.right(), super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return self._grid.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self._grid.totalHeightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(self._decide(event.size().width()))
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutRequest) and self.width() > 0:
            self._place(self._decide(self.width()))  # the words grew or shrank (large text, another language)
        return super().event(event)


class SplitRow(FlowRow):
    """A FlowRow whose widgets ask for their minimum (longest word, whole button), the text ones for
    `reading` px at least: wrapped text beside a button stays side by side until it would read one
    word a line, and only then goes under it."""

    def __init__(self, *widgets: QWidget, grow: QWidget | None = None, reading: Callable[[], int] | int = 360,
                 spacing: int = 24, parent: QWidget | None = None) -> None:
        """`grow` takes the width the others leave (by default the first widget); `reading` may be a function."""
        self._reading = reading
        self._texts: set[int] = set()
        super().__init__(*widgets, spacing=spacing, stretch_first=True, parent=parent)
        if grow is not None and widgets:
            self._box.setStretchFactor(widgets[0], 0)
            self._box.setStretchFactor(grow, 1)
        # side by side, the row must still be allowed narrower than both: it stacks instead
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def mark_text(self, widget: QWidget) -> None:
        """`widget` wraps its text: it asks for a reading width, not its minimum."""
        self._texts.add(id(widget))

    def needed_width(self) -> int:
        reading = self._reading() if callable(self._reading) else self._reading
        items = [self._box.itemAt(i) for i in range(self._box.count())]
        widgets = [w for item in items if item is not None and (w := item.widget()) is not None and not w.isHidden()]
        widths = [max(w.minimumSizeHint().width(), w.minimumWidth(), reading if id(w) in self._texts else 0)
                  for w in widgets]
        return sum(widths) + self._box.spacing() * max(0, len(widgets) - 1) + (HYSTERESIS if self.stacked() else 0)

    def _arrange(self, width: int) -> None:
        super()._arrange(width)
        for i in range(self._box.count()):  # stacked, wrapped text takes the whole width (its height is for that)
            item = self._box.itemAt(i)
            if item is not None and id(item.widget()) in self._texts and item.alignment() != Qt.AlignmentFlag(0):
                item.setAlignment(Qt.AlignmentFlag(0))
                self._box.invalidate()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._box.totalHeightForWidth(width)
