"""Small pieces the screens share: labels and buttons by role, a spinner, line icons,
big two-line choice buttons and the language buttons.

Nothing here translates: the screens set every text (their tr() context is their own
class name). Colours of painted pieces come from the style sheet (kiosk.views.theme)
through ``qproperty-*``, so high contrast reaches them too; the icons themselves are
the bundled SVGs (kiosk.views.icons).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Property, QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.i18n import LANGUAGE_NAMES, LANGUAGES
from kiosk.views.accessibility import mark_decorative, set_role
from kiosk.views.icons import Icon, paint_icon
from kiosk.views.theme import MIN_TOUCH


def label(role: str = "body", text: str = "", *, wrap: bool = True, name: str = "",
          align: Qt.AlignmentFlag | None = None) -> QLabel:
    """A QLabel styled by `role` (see kiosk.views.theme); word-wrapped unless told not to."""
    widget = QLabel(text)
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    if align is not None:
        widget.setAlignment(align)
    return widget


PushButtonT = TypeVar("PushButtonT", bound=QPushButton)


def button(kind: str = "secondary", *, name: str = "", min_height: int = MIN_TOUCH,
           on_click: Callable[[], None] | None = None) -> QPushButton:
    """A QPushButton styled by `kind`, at least `min_height` px high, never taking focus by touch."""
    return styled_button(QPushButton(), kind, name=name, min_height=min_height, on_click=on_click)


def styled_button(widget: PushButtonT, kind: str = "secondary", *, name: str = "", min_height: int = MIN_TOUCH,
                  on_click: Callable[[], None] | None = None) -> PushButtonT:
    """`button`'s look and manners given to a push button of another class (one that keeps its words' width)."""
    widget.setProperty("kind", kind)
    widget.setMinimumHeight(min_height)
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if name:
        widget.setObjectName(name)
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    return widget


class TabButton(QPushButton):
    """A section's tab (the theme's "toggle" kind): its text turns bold when chosen, so it
    always asks for the room the bold text needs, or choosing it would cut the text.

    A screen reader hears it as a tab; `role="radio"` when it is one value of several (a setting's)."""

    def __init__(self, name: str = "", min_height: int = MIN_TOUCH, role: str = "tab") -> None:
        super().__init__()
        self.setProperty("kind", "toggle")
        self.setCheckable(True)
        set_role(self, role)
        self.setMinimumHeight(min_height)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if name:
            self.setObjectName(name)

    def _bold_extra(self) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        return max(0, QFontMetrics(bold).horizontalAdvance(self.text())
                   - QFontMetrics(self.font()).horizontalAdvance(self.text()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._bold_extra(), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its bold text (QPushButton's own minimum is its sizeHint, already counting
        the bold; adding it again made the minimum wider than the hint, and a row that compares hints with
        its width kept the tabs side by side where their minimums did not fit: Kvitton was cut)."""
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())


def scroll_area(content: QWidget, *, part: str = "") -> QScrollArea:
    """`content` in a vertical scroll area a finger can drag: long pages, large text, Finnish."""
    area = QScrollArea()
    area.setObjectName("page-scroll")
    if part:
        area.setProperty("part", part)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content.setObjectName("page-scroll-body")
    content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    area.setWidget(content)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


def dialog_scroll_area(content: QWidget, name: str) -> QScrollArea:
    """`content` scrolling up and down over a dialog's surface, which shows through; a finger drags it."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)  # setWidget turned it on
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


def surface(kind: str = "card", *, name: str = "") -> QFrame:
    frame = QFrame()
    frame.setProperty("surface", kind)
    if name:
        frame.setObjectName(name)
    return frame


def color_property(attribute: str) -> Property:
    """A colour the theme sets from QSS (qproperty-<name>) for what a widget paints itself.

    Painted parts (icons, spinners, progress bars) cannot be styled by QSS directly;
    exposing their colours as Qt properties lets high contrast reach them too.
    """

    def getter(widget: QWidget) -> QColor:
        color: QColor = getattr(widget, attribute)
        return color

    def setter(widget: QWidget, color: QColor) -> None:
        setattr(widget, attribute, QColor(color))
        widget.update()

    return Property(QColor, getter, setter)


def refresh_style(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property that selectors use has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


# --- line icons ---------------------------------------------------------------------------

class IconView(QWidget):
    """One line icon at a fixed size; its colour comes from the style sheet (`tone` property).

    A name that is not an `Icon` is refused here, where the view is built, rather than
    showing a blank square on a shopper's screen.

    Decorative for assistive technology: every icon stands beside the text that says what it
    means (a screen reader would only say "picture").
    """

    def __init__(self, icon: Icon, size: int = 48, *, tone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_decorative(self)
        self._icon = Icon(icon)
        self._color = QColor("#00563F")
        self.setFixedSize(size, size)
        if tone:
            self.setProperty("tone", tone)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def icon(self) -> Icon:
        return self._icon

    def set_icon(self, icon: Icon) -> None:
        icon = Icon(icon)
        if icon != self._icon:
            self._icon = icon
            self.update()

    color = color_property("_color")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_icon(painter, self._icon, QRectF(self.rect()), self._color)
        painter.end()


# --- spinner -----------------------------------------------------------------------------

class Spinner(QWidget):
    """A turning arc that shows work in progress; it only ticks while it is visible.

    Decorative for assistive technology: a text beside it says what is being waited for."""

    def __init__(self, diameter: int = 120, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_decorative(self)
        self._color = QColor("#00563F")
        self._track = QColor("#E7F0EB")
        self._angle = 0
        self.setFixedSize(diameter, diameter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setInterval(33)
        self._timer.timeout.connect(self._step)

    def is_spinning(self) -> bool:
        return self._timer.isActive()

    def _step(self) -> None:
        self._angle = (self._angle + 10) % 360
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    color = color_property("_color")
    trackColor = color_property("_track")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(4.0, self.width() / 10)
        rect = QRectF(self.rect()).adjusted(width / 2 + 1, width / 2 + 1, -width / 2 - 1, -width / 2 - 1)
        pen = QPen(self._track, width)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        pen = QPen(self._color, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        # Qt angles are 1/16 degree, counter-clockwise; turn clockwise.
        painter.drawArc(rect, -self._angle * 16, 100 * 16)
        painter.end()


# --- big two-line choice button --------------------------------------------------------------

class ChoiceButton(QPushButton):
    """A large button with a bold title, an explanation under it and an optional icon.

    `text()` is the title (what tests and screen readers see); the detail line is the
    accessible description. Both wrap, so long Finnish words never get cut off.
    """

    PADDING = 28
    ICON = 44

    def __init__(self, kind: str = "choice", icon: Icon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", kind)
        self._icon = Icon(icon) if icon is not None else None
        self._detail = ""
        self._detail_color = QColor("#46564F")
        self._icon_color = QColor("#00563F")
        self.setMinimumHeight(150)
        self.setMinimumWidth(340)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_texts(self, title: str, detail: str) -> None:
        self.setText(title)
        self._detail = detail
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.updateGeometry()
        self.update()

    def detail(self) -> str:
        return self._detail

    detailColor = color_property("_detail_color")
    iconColor = color_property("_icon_color")

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _detail_font(self, width: int | None = None) -> QFont:
        """The explanation's font; at `width`, smaller (not below 18 pt) where its longest word would not fit
        ('napauttamalla' at large text in a compact screen's 320 px filter column was cut)."""
        font = QFont(self.font())
        font.setBold(False)
        font.setPointSizeF(max(18.0, self.font().pointSizeF() * 0.78))
        if width is None:
            return font
        room = self._text_width(width)
        words = self._detail.split() or [""]
        while font.pointSizeF() > 18 and max(QFontMetrics(font).horizontalAdvance(w) for w in words) > room:
            font.setPointSizeF(font.pointSizeF() - 1)
        return font

    def _text_width(self, width: int) -> int:
        icon = self.ICON + 20 if self._icon is not None else 0
        return max(50, width - 2 * self.PADDING - icon)

    def _text_height(self, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        inner = self._text_width(width)
        title_font = self._title_font()
        title = QFontMetrics(title_font).boundingRect(0, 0, inner, 10000, flags, self.text()).height()
        detail = 0
        if self._detail:
            detail = QFontMetrics(self._detail_font(width)).boundingRect(0, 0, inner, 10000, flags,
                                                                         self._detail).height()
        return title + (10 + detail if detail else 0)

    def words_fit(self) -> bool:
        """Every word of the title (bold) and of the explanation (at its font for this width) fits the line it is
        painted on: a word wider than that is cut at the button's edge, not wrapped (for the layout check)."""
        room = self._text_width(self.width())
        title_font = self._title_font()
        fonts = [(title_font, self.text().split()), (self._detail_font(self.width()), self._detail.split())]
        return all(QFontMetrics(font).horizontalAdvance(word) <= room for font, words in fonts for word in words)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self._text_height(width) + 2 * 26)

    def sizeHint(self) -> QSize:
        width = 420
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its longest word (large text): a row of choices that compares it with the
        room it has stacks them instead of cutting 'pelkällä'."""
        title_font = self._title_font()
        words = [(title_font, word) for word in self.text().split()]
        words += [(self._detail_font(), word) for word in self._detail.split()]
        longest = max((QFontMetrics(font).horizontalAdvance(word) for font, word in words), default=0)
        icon = self.ICON + 20 if self._icon is not None else 0
        return QSize(max(self.minimumWidth(), longest + 2 * self.PADDING + icon), self.minimumHeight())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = self.PADDING
        if self._icon is not None:
            paint_icon(painter, self._icon, QRectF(x, (self.height() - self.ICON) / 2, self.ICON, self.ICON),
                       self._icon_color)
            x += self.ICON + 20
        inner = self._text_width(self.width())
        total = self._text_height(self.width())
        y = max(8, (self.height() - total) // 2)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
        title_font = self._title_font()
        painter.setFont(title_font)
        painter.setPen(option.palette.buttonText().color())
        title_rect = QFontMetrics(title_font).boundingRect(0, 0, inner, 10000, flags, self.text())
        painter.drawText(QRectF(x, y, inner, title_rect.height()), flags, self.text())
        if self._detail:
            painter.setFont(self._detail_font(self.width()))
            painter.setPen(self._detail_color)
            y += title_rect.height() + 10
            painter.drawText(QRectF(x, y, inner, self.height() - y), flags, self._detail)
        painter.end()


# --- language buttons -----------------------------------------------------------------------

class LanguageButtons(QWidget):
    """Suomi / Svenska / English, each in its own language; the current one is checked.

    `compact` gives the header-sized version (still at least 64 px high). A tap calls
    `choose(lang)`; `set_current(lang)` follows the session.
    """

    def __init__(self, choose: Callable[[str], None], current: str, *, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12 if compact else 24)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            btn = button("lang-compact" if compact else "lang", name=f"lang-{lang}",
                         min_height=MIN_TOUCH if compact else 88)
            btn.setText(LANGUAGE_NAMES[lang])
            btn.setCheckable(True)
            set_role(btn, "radio")
            btn.setAccessibleName(LANGUAGE_NAMES[lang])
            btn.setMinimumWidth(150 if compact else 260)
            btn.clicked.connect(lambda _checked=False, lang=lang: choose(lang))
            self._group.addButton(btn)
            self._buttons[lang] = btn
            layout.addWidget(btn)
        self.set_current(current)

    def buttons(self) -> dict[str, QPushButton]:
        return dict(self._buttons)

    def set_current(self, lang: str) -> None:
        for code, btn in self._buttons.items():
            btn.setChecked(code == lang)


class YieldingStack(QStackedWidget):
    """Pages under rows that keep their height (a header, tabs): the stack asks for no height of its own and
    a page lower than its content scrolls in it. A QStackedWidget's minimum and height-for-width are its
    tallest page's, hidden ones too: after a survey's form the Participate page's took the portal header's
    languages and End from under it, and My details' tabs lost their last one at 1366x768 at large text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(1)

    def hasHeightForWidth(self) -> bool:
        return False


class FlowRow(QWidget):
    """Widgets side by side while they fit, one under the other (left-aligned) when they do not.

    A screen's top row (what it is, the languages) or its foot (countdown, Cancel) fits a landscape
    screen at normal text; at large text, or in portrait, its words need more width than there is,
    and a row that cannot grow would cut them. The row's width never depends on the choice (the
    parent's layout gives it), so the choice does not flip back and forth.
    """

    def __init__(self, *widgets: QWidget, spacing: int = 24, stretch_first: bool = True,
                 fill_stacked: bool = False, by_minimum: bool = False, hint_side_by_side: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_minimum = by_minimum  # side by side while each gets its minimum (equal choices that share the row)
        # inside another row: ask for the side-by-side width even when stacked, so the outer row stacks first
        self._hint_side_by_side = hint_side_by_side
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        self._stretch_first = stretch_first
        self._fill_stacked = fill_stacked  # stacked widgets take the row's whole width (cards, columns)
        for index, widget in enumerate(widgets):
            self._box.addWidget(widget, 1 if index == 0 and stretch_first else 0)
        if not stretch_first:
            self._box.addStretch(1)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        """One more widget at the end of the row (before the trailing stretch, if any)."""
        self._box.insertWidget(self._box.count() - (0 if self._stretch_first else 1), widget, stretch)

    def remove(self, widget: QWidget) -> None:
        self._box.removeWidget(widget)

    def set_spacing(self, spacing: int) -> None:
        """Between the widgets, side by side or stacked (less on a compact screen)."""
        self._box.setSpacing(spacing)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest widget (stacked); never the sum of them, or a scroll area around the row
        would widen its page to the sum instead of letting the row stack."""
        items = [self._box.itemAt(i) for i in range(self._box.count())]
        widths = [w.minimumSizeHint().width() for item in items if item is not None
                  and (w := item.widget()) is not None and not w.isHidden()]
        margins = self.contentsMargins()
        return QSize(max(widths, default=0) + margins.left() + margins.right(), super().minimumSizeHint().height())

    def stacked(self) -> bool:
        return self._box.direction() is QBoxLayout.Direction.TopToBottom

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._hint_side_by_side:
            margins = self.contentsMargins()
            return QSize(self.needed_width() + margins.left() + margins.right(), hint.height())
        return hint

    def needed_width(self) -> int:
        """What the widgets ask for side by side: their hints, or their minimum widths where larger (the
        layout gives them that; a tab of 280 px whose text needs less still takes 280)."""
        items = [self._box.itemAt(i) for i in range(self._box.count())]
        widgets = [w for item in items if item is not None and (w := item.widget()) is not None and not w.isHidden()]
        if self._by_minimum:
            return (sum(w.minimumSizeHint().width() for w in widgets)
                    + self._box.spacing() * max(0, len(widgets) - 1))
        return (sum(max(w.sizeHint().width(), w.minimumWidth()) for w in widgets)
                + self._box.spacing() * max(0, len(widgets) - 1))

    def _arrange(self, width: int) -> None:
        margins = self.contentsMargins()  # a top row keeps the accessibility button's place free at its right
        stack = self.needed_width() + margins.left() + margins.right() > width
        direction = QBoxLayout.Direction.TopToBottom if stack else QBoxLayout.Direction.LeftToRight
        if self._box.direction() is not direction:
            self._box.setDirection(direction)
            for i in range(self._box.count()):
                item = self._box.itemAt(i)
                if item is not None and item.widget() is not None:
                    item.setAlignment(Qt.AlignmentFlag.AlignLeft if stack and not self._fill_stacked
                                      else Qt.AlignmentFlag(0))
            self._box.invalidate()
            self.updateGeometry()  # the row's height changed: the layout around it asks again

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.StyleChange, QEvent.Type.LayoutRequest, QEvent.Type.Show) and self.width() > 0:
            self._arrange(self.width())  # the words grew or shrank (large text, another language)
        if kind == QEvent.Type.StyleChange:
            # The row is restyled before its widgets: it chooses again once their new fonts are in (a hidden
            # row's layout asks nothing more, and is shown at the same width: 'Receipts' stayed squeezed beside
            # the other tabs when large text came back after a visit in another language).
            QTimer.singleShot(0, self, self._rearrange)
        return super().event(event)

    def _rearrange(self) -> None:
        if self.width() > 0:
            self._arrange(self.width())


class WrapGrid(QWidget):
    """Widgets in rows of as many columns (one of `counts`, most first) as fit the width.

    Six maintenance tabs in a row at normal text need three rows of two at large text in portrait, and a
    store picker three stores a row on a wide screen but one on a compact one at large text; a fixed count
    either cut the words or wasted the width. Like FlowRow, the grid's minimum width is that of its fewest
    columns, so a scroll area or window around it never widens to the most.

    `need`: the width a widget needs (its minimum by default; given, each widget is held to it rather than to
    its own larger hint). `fill`: the columns share the whole width, else each is as wide as it needs.
    `uniform`: every column as wide as the widest widget (a picker's equal choices), and the hint is the most
    columns', so a row that gives the grid its hint gives it room for them (three stores a row had made the
    picker wider than its view, and the months lay on each other).
    """

    def __init__(self, widgets: Sequence[QWidget] = (), counts: Sequence[int] = (1,), *, spacing: int = 12,
                 need: Callable[[QWidget], int] | None = None, fill: bool = True, uniform: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._need = need or (lambda widget: max(widget.minimumSizeHint().width(), widget.minimumWidth()))
        self._held = need is not None
        self._counts = tuple(counts)
        self._fill = fill
        self._uniform = uniform
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self._columns = 0
        self._place(self._counts[0])

    def set_widgets(self, widgets: Sequence[QWidget]) -> None:
        """Other widgets in the grid (the stores or months of another choice); the ones before stay the caller's."""
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        self._widgets = list(widgets)
        self._columns = 0
        self._arrange(self.width() if self.width() > 0 else 1 << 20)

    def set_counts(self, counts: Sequence[int]) -> None:
        self._counts = tuple(counts)
        self._columns = 0
        self._arrange(self.width() if self.width() > 0 else 1 << 20)

    def columns(self) -> int:
        return self._columns

    def needed_width(self, columns: int) -> int:
        """Each column as wide as its widest widget needs (uniform: as the widest of all), plus the spacing."""
        shown = [w for w in self._widgets if not w.isHidden()]
        if self._uniform:
            widths = [max((self._need(w) for w in shown), default=0)] * columns
        else:
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
            self._grid.setColumnStretch(column, 1 if self._fill and column < columns else 0)
        self._columns = columns
        self._grid.invalidate()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.needed_width(self._counts[0]), hint.height()) if self._uniform else hint

    def minimumSizeHint(self) -> QSize:
        return QSize(self.needed_width(self._counts[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutRequest) and self.width() > 0:
            self._arrange(self.width())  # the words grew or shrank (large text, another language)
        return super().event(event)


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def ease_in_out(t: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * clamp(t, 0.0, 1.0))
