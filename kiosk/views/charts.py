"""Charts painted with QPainter, sized for reading at arm's length on the kiosk.

Nothing here translates or formats: the screen hands over finished texts (labels,
notes, axis values, legend), so the chart stays a plain picture of what it was given.
Colours come from the style sheet (``BarChart { qproperty-... }`` in kiosk.views.theme),
so high contrast reaches them; the font too, so large text reaches the labels.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.views.accessibility import set_role
from kiosk.views.widgets import color_property


@dataclass(frozen=True)
class Bar:
    """One column of a bar chart."""

    label: str  # under the bar, e.g. a short month name
    value: int  # the bar's height in the chart's unit (e.g. cents)
    note: str = ""  # above the bar, e.g. the month's Bonus percentage
    sublabel: str = ""  # a second line under the label, e.g. the year where it changes
    partial: bool = False  # still growing (the current month): drawn hatched


def nice_step(top: int, lines: int = 4) -> int:
    """A round grid step (1, 2, 2.5 or 5 times a power of ten) giving about `lines` grid lines up to `top`."""
    raw = max(1.0, top / lines)
    power: float = 10 ** math.floor(math.log10(raw))  # raw >= 1: a whole power of ten
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw:
            return max(1, round(step))
    return max(1, round(10 * power))  # pragma: no cover - the loop always returns


def _fitted(font: QFont, texts: list[str], width: float, *, bold: bool, floor: float = 18.0) -> QFont:
    """`font`, one point smaller at a time (not below `floor`) until every text fits in `width`."""
    trial = QFont(font)
    trial.setBold(bold)
    while trial.pointSizeF() > floor:
        metrics = QFontMetricsF(trial)
        if max((metrics.horizontalAdvance(text) for text in texts), default=0.0) <= width:
            break
        trial.setPointSizeF(max(floor, trial.pointSizeF() - 1))
    result = QFont(font)
    result.setPointSizeF(trial.pointSizeF())
    return result


def fitted_notes(notes: list[str], advance: Callable[[str], float], room: float) -> list[str]:
    """The notes as drawn in columns `room` wide: whole where each fits, else without their unit ("4,5 %" as
    "4,5"; the legend's "%" says what they are, the list view and speech give them whole), so neighbours
    never run into each other (large text in portrait: "3,5 %" ran into "4,5 %")."""
    if all(advance(note) <= room for note in notes):
        return list(notes)
    return [note.rstrip("%").rstrip() for note in notes]


class BarChart(QWidget):
    """Vertical bars with a note above each, labels below, a value axis and a legend.

    A tap anywhere in a bar's column (not only on the bar: a month without purchases
    must be tappable too) selects it and emits `bar_tapped(index)`. With no bars the
    chart paints nothing at all: after a session it shows no trace of the member.
    """

    bar_tapped = Signal(int)

    MIN_COLUMN = 64  # px: a column is a touch target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "chart")  # its bars are tapped to choose a month
        self._bars: list[Bar] = []
        self._selected = -1
        self._pressed = -1
        self._axis_text: Callable[[int], str] = str
        self._legend_bar = ""
        self._legend_note = ""
        self._legend_partial = ""
        self._bar_color = QColor("#5B967D")
        self._selected_bar_color = QColor("#00563F")
        self._band_color = QColor("#E7F0EB")
        self._grid_color = QColor("#D9D3C5")
        self._text_color = QColor("#1C2A24")
        self._muted_color = QColor("#46564F")
        self._mark_color = QColor("#FFC629")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(300)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    barColor = color_property("_bar_color")
    selectedBarColor = color_property("_selected_bar_color")
    bandColor = color_property("_band_color")
    gridColor = color_property("_grid_color")
    textColor = color_property("_text_color")
    mutedColor = color_property("_muted_color")
    markColor = color_property("_mark_color")

    # --- data ----------------------------------------------------------------------------

    def set_bars(self, bars: list[Bar], axis_text: Callable[[int], str] | None = None) -> None:
        """Show `bars`; `axis_text(value)` writes a grid line's value (e.g. whole euros)."""
        self._bars = list(bars)
        if axis_text is not None:
            self._axis_text = axis_text
        if not 0 <= self._selected < len(self._bars):
            self._selected = len(self._bars) - 1
        self.update()

    def set_legend(self, bar: str, note: str, partial: str = "") -> None:
        """What the bars, the notes above them and a hatched (still growing) bar mean."""
        self._legend_bar, self._legend_note, self._legend_partial = bar, note, partial
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def selected(self) -> int:
        """The selected column, or -1 when there are no bars."""
        return self._selected if self._bars else -1

    def set_selected(self, index: int) -> None:
        if 0 <= index < len(self._bars) and index != self._selected:
            self._selected = index
            self.update()

    def clear(self) -> None:
        """Forget every bar and note: the chart paints nothing until it gets new bars."""
        self._bars = []
        self._selected = -1
        self._pressed = -1
        self._axis_text = str
        self.update()

    # --- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(1200, round(340 * max(1.0, self.font().pointSizeF() / 18)))  # taller with large text

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MIN_COLUMN * max(1, len(self._bars)), 300)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Labels, notes (larger and bold) and the selected label (bold).

        Notes and labels shrink (down to 18 pt, the kiosk's smallest text) when the
        longest would not fit its column, e.g. "4,5 %" with large text.
        """
        column = max(1.0, self.width() - 120) / max(1, len(self._bars)) - 16  # a gap between neighbours
        room = 2 * column + 16 if self._staggered() else column
        base = _fitted(QFont(self.font()), [bar.label for bar in self._bars], room, bold=True)
        note = QFont(self.font())
        note.setPointSizeF(note.pointSizeF() * 1.15)
        note = _fitted(note, [bar.note for bar in self._bars], column, bold=True)
        note.setBold(True)
        bold = QFont(base)
        bold.setBold(True)
        return base, note, bold

    def _staggered(self) -> bool:
        """Whether the labels go on two lines, every other one lower, each with two columns' width: where
        even the smallest type does not fit a column ("maalis", "huhti" at large text in portrait)."""
        column = max(1.0, self.width() - 120) / max(1, len(self._bars)) - 16
        smallest = QFont(self.font())
        smallest.setPointSizeF(min(smallest.pointSizeF(), 18.0))
        smallest.setBold(True)
        metrics = QFontMetricsF(smallest)
        return max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0.0) > column

    def _scale_top(self) -> tuple[int, int]:
        """The value at the top of the plot and the grid step."""
        top = max((bar.value for bar in self._bars), default=0)
        step = nice_step(top if top > 0 else 1)
        return max(step, math.ceil(top / step) * step), step

    def _layout(self) -> tuple[QRectF, QRectF, float]:
        """The plot rectangle (bars), the whole column area, and one column's width."""
        base, note, _bold = self._fonts()
        line = QFontMetricsF(base).height()
        note_line = QFontMetricsF(note).height()
        top_value, step = self._scale_top()
        metrics = QFontMetricsF(base)
        axis_width = max(metrics.horizontalAdvance(self._axis_text(v)) for v in range(0, top_value + 1, step))
        left = axis_width + 20
        right = 8.0
        legend = self._legend()[1] + 24
        bottom = (3 if self._staggered() else 2) * line + 22
        columns = QRectF(left, legend, max(1.0, self.width() - left - right), max(1.0, self.height() - legend))
        width = columns.width() / max(1, len(self._bars))
        above = note_line * (2 if self._notes(note, width)[1] else 1) + 14  # a raised note over the highest bar
        plot = QRectF(columns.left(), columns.top() + above, columns.width(),
                      max(1.0, columns.height() - above - bottom))
        return plot, columns, width

    def _notes(self, note_font: QFont, width: float) -> tuple[list[str], bool]:
        """The notes as drawn in columns `width` wide, and whether every other one goes a line higher (where
        even the bare numbers are wider than a column)."""
        metrics = QFontMetricsF(note_font)
        notes = fitted_notes([bar.note for bar in self._bars], metrics.horizontalAdvance, width)
        return notes, any(metrics.horizontalAdvance(note) > width for note in notes)

    def note_texts(self) -> list[str]:
        """What is written above the bars at the chart's present size."""
        _base, note_font, _bold = self._fonts()
        return self._notes(note_font, self._layout()[2])[0]

    def column_rect(self, index: int) -> QRectF:
        """Where column `index` is (tap target): from the note above the bar to the labels."""
        _plot, columns, width = self._layout()
        return QRectF(columns.left() + index * width, columns.top(), width, columns.height())

    def index_at(self, point: QPointF) -> int:
        if not self._bars:
            return -1
        _plot, columns, width = self._layout()
        if not (columns.left() <= point.x() < columns.right() and columns.top() <= point.y() <= columns.bottom()):
            return -1
        return min(len(self._bars) - 1, int((point.x() - columns.left()) // width))

    # --- input ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.index_at(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.index_at(event.position())
            if index >= 0 and index == self._pressed:
                self._select_and_tell(index)
            self._pressed = -1
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}  # key() is a plain int
        if event.key() in moves and self._bars:
            self._select_and_tell(max(0, min(len(self._bars) - 1, self._selected + moves[event.key()])))
            return
        super().keyPressEvent(event)

    def _select_and_tell(self, index: int) -> None:
        self.set_selected(index)
        self.bar_tapped.emit(index)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._bars:
            return
        self._paint_legend()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base, note_font, bold = self._fonts()
        plot, columns, width = self._layout()
        top_value, step = self._scale_top()
        line = QFontMetricsF(base).height()

        # the selected column's band behind everything else in it
        if 0 <= self._selected < len(self._bars):
            band = QRectF(columns.left() + self._selected * width + 3, columns.top() - 4, width - 6,
                          columns.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._band_color)
            painter.drawRoundedRect(band, 14, 14)

        # grid lines with their values
        painter.setFont(base)
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(self._grid_color, 2 if value == 0 else 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._muted_color)
            painter.drawText(QRectF(0, y - line / 2, plot.left() - 12, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._axis_text(value))

        bar_width = min(width * 0.62, 84.0)
        note_height = QFontMetricsF(note_font).height()
        notes, raise_odd = self._notes(note_font, width)
        staggered = self._staggered()
        for index, bar in enumerate(self._bars):
            selected = index == self._selected
            centre = columns.left() + (index + 0.5) * width
            height = plot.height() * max(0, bar.value) / top_value
            rect = QRectF(centre - bar_width / 2, plot.bottom() - height, bar_width, height)
            color = self._selected_bar_color if selected else self._bar_color
            if height > 0:
                self._paint_bar(painter, rect, color, bar.partial)
            if notes[index]:
                painter.setFont(note_font)
                painter.setPen(self._text_color)
                note_top = rect.top() - note_height - 6 - (note_height if raise_odd and index % 2 else 0)
                painter.drawText(QRectF(centre - width, note_top, 2 * width, note_height),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), notes[index])
            label_top = plot.bottom() + 8 + (line if staggered and index % 2 else 0)
            room = 2 * width if staggered else width
            painter.setFont(bold if selected else base)
            painter.setPen(self._text_color)
            painter.drawText(QRectF(centre - room / 2, label_top, room, line),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), bar.label)
            if bar.sublabel:
                painter.setFont(base)
                painter.setPen(self._muted_color)
                sublabel_top = plot.bottom() + 8 + (2 if staggered else 1) * line
                painter.drawText(QRectF(centre - room / 2, sublabel_top, room, line),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), bar.sublabel)
            if selected:
                # the same yellow mark as the current section in the navigation
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._mark_color)
                painter.drawRoundedRect(QRectF(centre - bar_width / 2, columns.bottom() - 10, bar_width, 7), 3.5, 3.5)
        painter.end()

    def _paint_bar(self, painter: QPainter, rect: QRectF, color: QColor, partial: bool) -> None:
        radius = min(8.0, rect.width() / 4, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        if partial:
            # still growing: an outlined bar with diagonal hatching
            painter.setBrush(QBrush(color, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(color, 3))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, 0), radius, radius)
        else:
            painter.setBrush(color)
            painter.drawRoundedRect(rect, radius, radius)
            # square bottom corners: the bar stands on the axis
            painter.drawRect(QRectF(rect.left(), rect.bottom() - radius, rect.width(), radius))

    def _legend(self) -> tuple[list[tuple[str, str, QPointF]], float]:
        """The legend's items (kind, text, top-left) and its height: one row, or more if it must wrap.

        Drawn in the widget's own font (not shrunk to the columns like the labels).
        """
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        line = metrics.height()
        note_font = QFont(font)
        note_font.setBold(True)
        items = [("bar", self._legend_bar), ("note", self._legend_note)]
        if self._legend_partial and any(bar.partial for bar in self._bars):
            items.append(("partial", self._legend_partial))
        left = 8.0
        x, y = left, 0.0
        placed: list[tuple[str, str, QPointF]] = []
        for kind, text in items:
            if not text:
                continue
            mark = QFontMetricsF(note_font).horizontalAdvance("%") if kind == "note" else line * 0.8
            width = mark + 10 + metrics.horizontalAdvance(text)
            if x > left and x + width > self.width():
                x, y = left, y + line + 6
            placed.append((kind, text, QPointF(x, y)))
            x += width + 40
        return placed, (y + line if placed else 0.0)

    def _paint_legend(self) -> None:
        """Swatch + text for the bars, a sample note, and the hatched bar if any bar is still growing."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        note_font = QFont(font)
        note_font.setBold(True)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        box = line * 0.8
        for kind, text, at in self._legend()[0]:
            x, y = at.x(), at.y()
            if kind == "note":
                painter.setFont(note_font)
                painter.setPen(self._text_color)
                sample_width = QFontMetricsF(note_font).horizontalAdvance("%")
                painter.drawText(QRectF(x, y, sample_width + 2, line), int(Qt.AlignmentFlag.AlignVCenter), "%")
                x += sample_width + 10
            else:
                self._paint_bar(painter, QRectF(x, y + (line - box) / 2, box, box), self._bar_color,
                                kind == "partial")
                x += box + 10
            painter.setFont(font)
            painter.setPen(self._text_color)
            painter.drawText(QRectF(x, y, metrics.horizontalAdvance(text) + 2, line),
                             int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
