"""The electronic receipts tab of Bonus & purchases: a finger-scrolled list, filters, search, detail.

The list is a `ReceiptListModel` (kiosk.views.sections.receipt_model): pages are fetched
as the member scrolls and painted without widgets per row, so five years of receipts
scroll as smoothly as five. Filters (store, a time period or a month) and the search
words make one `ReceiptQuery`; the search runs once the member stops typing for a
moment or presses Search, and a page of an older query is dropped when it arrives.

Tapping a receipt opens its detail: store and seller, lines, VAT by rate, payment,
the Bonus-eligible sum, its warranty receipts, and Print / Take to phone. Back returns
to the list as it was (filters, words and scroll position kept).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHideEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import ApiError, ReceiptDetail, Store, ValidationFailed
from kiosk.i18n import LOCALE_NAMES, QT_TRANSLATE_NOOP, current_language
from kiosk.i18n import format as fmt
from kiosk.output import OutputAction, OutputRequest
from kiosk.receipt_filter import MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS, YEARS_SHOWN, Period, ReceiptFilter, ReceiptQuery
from kiosk.session import Session
from kiosk.views.accessibility import set_role
from kiosk.views.icons import Icon
from kiosk.views.keyboard import OnScreenKeyboard
from kiosk.views.sections import LoadState, SectionContent
from kiosk.views.sections.receipt_model import ReceiptListModel, ReceiptListView
from kiosk.views.theme import MIN_TOUCH, UNLIMITED, Layout, font_points
from kiosk.views.widgets import ChoiceButton, FlowRow, IconView, WrapGrid, button, color_property, label, surface
from printout import labels

SEARCH_DELAY_MS = 300
"""The search runs this long after the last key, unless the member presses Search first."""

SLOW_MS = 250
"""A first page slower than this shows the loading state; a quick one never flashes it."""

OUTPUT_GUARD_MS = 1500
"""A second tap on Print or Take to phone within this time is the same request (a double tap)."""

STORE_COLUMNS = (3, 2, 1)
"""Stores a row in the store picker: the most that fit, where a choice's words need its width."""

MONTH_COLUMNS = (4, 3, 2, 1)
"""Months a row in the month picker (rows of equal length: twelve is three fours, four threes or six twos)."""

YEAR_COLUMNS = tuple(count for count in range(YEARS_SHOWN, 0, -1) if YEARS_SHOWN % count == 0)
"""The month picker's years all in a row, or in rows of equal length."""



PERIOD_TEXTS: dict[Period, str] = {
    Period.ALL: QT_TRANSLATE_NOOP("ReceiptsPage", "All time"),
    Period.LAST_30_DAYS: QT_TRANSLATE_NOOP("ReceiptsPage", "Last 30 days"),
    Period.THIS_YEAR: QT_TRANSLATE_NOOP("ReceiptsPage", "This year"),
    Period.LAST_YEAR: QT_TRANSLATE_NOOP("ReceiptsPage", "Last year"),
    Period.MONTH: QT_TRANSLATE_NOOP("ReceiptsPage", "Choose a month…"),
}

PIECES = QT_TRANSLATE_NOOP("ReceiptsPage", "pcs")  # the backend's unit "pcs"; "kg" reads the same everywhere


def _translate(text: str) -> str:
    return QCoreApplication.translate("ReceiptsPage", text)


def quantity_text(quantity_milli: int, unit: str, lang: str) -> str:
    """"2 kpl", "0,532 kg": integer arithmetic, the locale's decimal sign; kilograms to the gram."""
    loc = QLocale(LOCALE_NAMES[lang])
    whole, rest = divmod(abs(quantity_milli), 1000)
    sign = loc.negativeSign() if quantity_milli < 0 else ""
    # pieces are whole; kilograms always show grams ("1,000 kg" reads as weighed)
    number = f"{loc.toString(whole)}{loc.decimalPoint()}{rest:03d}" if unit == "kg" or rest else loc.toString(whole)
    unit_text = _translate(PIECES) if unit == "pcs" else unit
    return f"{sign}{number}{fmt.NBSP}{unit_text}"


def _month_name(month: int, lang: str) -> str:
    name = QLocale(LOCALE_NAMES[lang]).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def _short_month_name(month: int, lang: str) -> str:
    """"tammi", "jan.": short enough that a year's twelve chips fit in a row on a wide screen."""
    name = QLocale(LOCALE_NAMES[lang]).standaloneMonthName(month, QLocale.FormatType.ShortFormat)
    return name[:1].upper() + name[1:]


def _scroll_area(content: QWidget, name: str) -> QScrollArea:
    """A vertical scroll area a finger can drag; the page's background shows through."""
    area = QScrollArea()
    area.setObjectName("page-scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.viewport().setAutoFillBackground(False)
    content.setObjectName(name)
    area.setWidget(content)
    content.setAutoFillBackground(False)  # setWidget turned it on
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


class _Resizing(QWidget):
    """A widget that tells its owner when its width changed, so the owner can arrange what is in it."""

    def __init__(self, arrange: Callable[[], None]) -> None:
        super().__init__()
        self._arrange = arrange

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._arrange()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange()  # the words grew or shrank (large text turned on or off, another language)
        return super().event(event)


class _JumpStrip(QScrollArea):
    """The year and month chips' sideways strip; on a low screen (`tight`) as high as its chips.

    A scroll area asks for 138 px whatever it holds: at large text on 1366x768 those were the px
    the count above the list needed.
    """

    def __init__(self) -> None:
        super().__init__()
        self.tight = False

    def _fitted(self, hint: QSize) -> QSize:
        chips = self.widget()
        if not self.tight or chips is None:
            return hint
        return QSize(hint.width(), chips.sizeHint().height())

    def sizeHint(self) -> QSize:
        return self._fitted(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._fitted(super().minimumSizeHint())


class _Results(QStackedWidget):
    """The list, its loading state or "no match", in the list's scrolling column: it asks for the height it
    is allowed (ReceiptsPage._fit_results) and the column gives it the rest. A scroll area sizes a page of
    wrapped words by their hints, and the loading state's made the column scroll at normal text on 1366x768.
    """

    def _allowed(self, hint: QSize) -> QSize:
        return QSize(hint.width(), self.minimumHeight() or hint.height())

    def sizeHint(self) -> QSize:
        return self._allowed(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._allowed(super().minimumSizeHint())


class _SearchRow(FlowRow):
    """The search field with Clear and Search beside it, or the buttons under the field.

    Beside while the field keeps its own minimum: a FlowRow compares the field's hint, which asks
    for a line of 40 characters, and would put the buttons under it on every screen.
    """

    def needed_width(self) -> int:
        items = [self._box.itemAt(i) for i in range(self._box.count())]
        widgets = [w for item in items if item is not None and (w := item.widget()) is not None and not w.isHidden()]
        return (sum(max(w.minimumSizeHint().width(), w.minimumWidth()) for w in widgets)
                + self._box.spacing() * max(0, len(widgets) - 1))


class ReceiptFilterButton(QPushButton):
    """A checkable filter choice whose label wraps instead of being cut (long Finnish, large text).

    Drawn like any `filter` button by the style sheet; the label is painted here, with
    colours from the style sheet (qproperty-*), bold while checked.
    """

    PAD_X = 24
    PAD_Y = 10

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("kind", "filter")
        self.setCheckable(True)
        self.setMinimumHeight(72)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._text_color = QColor("#00563F")
        self._checked_text_color = QColor("#FFFFFF")

    textColor = color_property("_text_color")
    checkedTextColor = color_property("_checked_text_color")

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(self.isChecked())
        return font

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        bold = QFont(self.font())
        bold.setBold(True)  # measured bold, so checking it never changes the height
        text = QFontMetrics(bold).boundingRect(0, 0, max(20, width - 2 * self.PAD_X), 10000,
                                               int(Qt.TextFlag.TextWordWrap), self.text())
        return max(self.minimumHeight(), text.height() + 2 * self.PAD_Y)

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.minimumHeight())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.setFont(self._label_font())
        painter.setPen(self._checked_text_color if self.isChecked() else self._text_color)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRectF(self.PAD_X, 0, self.width() - 2 * self.PAD_X, self.height()), flags, self.text())
        painter.end()


class ReceiptsPage(SectionContent):
    """The receipts tab: list with filters and search, a store and a month picker, and a receipt's detail."""

    open_warranty = Signal(int)  # a warranty receipt's id: the container opens it on the warranty tab

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.model = ReceiptListModel(self.call, parent=self)
        self._stores: list[Store] = []
        self._stores_loading = False
        self._filter = ReceiptFilter()
        self._picker_back = 0  # the month picker shows this many years back from this year
        self._detail: ReceiptDetail | None = None
        self._detail_id: int | None = None
        self._detail_generation = 0
        self._output_clock = QElapsedTimer()
        self._last_output: OutputAction | None = None
        self._search_problem = ""
        self._layout = Layout.WIDE
        self._picker_layouts: list[QVBoxLayout] = []

        self.stack = QStackedWidget()
        self.list_page = self._build_list_page()
        self.stores_page = self._build_stores_page()
        self.months_page = self._build_months_page()
        self.detail_page = self._build_detail_page()
        for page in (self.list_page, self.stores_page, self.months_page, self.detail_page):
            self.stack.addWidget(page)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_scope(self.list_page)
        self.keyboard.hide()
        self.keyboard.done.connect(self.search_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keyboard)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)  # the keyboard stays: they may type on
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.setInterval(SLOW_MS)
        self._slow_timer.timeout.connect(self._update_results)

        self.model.counted.connect(self._first_page_in)
        self.model.failed.connect(lambda _exc: self._update_results())
        self.model.loading_changed.connect(lambda _loading: self._update_results())
        self.list_view.clicked.connect(self._row_tapped)
        self.list_view.activated.connect(self._row_tapped)  # OK on the keypad
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    # --- construction: the list ---------------------------------------------------------------

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        # the filters, a column at the left; scrolls if the keyboard leaves too little height
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 12, 0)
        sl.setSpacing(12)
        self.store_caption = label("muted", name="receipts-store-caption")
        self.store_button = ChoiceButton("choice")
        self.store_button.setObjectName("receipts-store")
        self.store_button.setMinimumHeight(104)
        self.store_button.setMinimumWidth(280)
        self.store_button.clicked.connect(lambda _c=False: self.open_store_picker())
        self.period_caption = label("muted", name="receipts-period-caption")
        sl.addWidget(self.store_caption)
        sl.addWidget(self.store_button)
        sl.addSpacing(8)
        sl.addWidget(self.period_caption)
        self.period_group = QButtonGroup(self)
        self.period_group.setExclusive(True)
        self.period_buttons: dict[Period, ReceiptFilterButton] = {}
        for period in Period:
            period_button = ReceiptFilterButton(f"receipts-period-{period.value}")
            if period is Period.MONTH:
                period_button.clicked.connect(lambda _c=False: self.open_month_picker())
            else:
                period_button.clicked.connect(lambda _c=False, period=period: self.choose_period(period))
            self.period_group.addButton(period_button)
            set_role(period_button, "radio")  # one of several
            self.period_buttons[period] = period_button
            sl.addWidget(period_button)
        sl.addStretch(1)
        side_area = _scroll_area(side, "receipts-filters")
        side_area.setFixedWidth(384)
        self._filters_area = side_area

        # search, the count, the list
        self.search_field = QLineEdit()
        self.search_field.setObjectName("receipts-search")
        self.search_field.setMaxLength(MAX_SEARCH_LENGTH)
        self.search_field.setMinimumHeight(80)
        self.search_field.textEdited.connect(self._text_edited)
        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.returnPressed.connect(self.search_now)
        self.clear_search_button = button("quiet", name="receipts-search-clear", min_height=80,
                                          on_click=self._clear_search)
        self.search_button = button("primary", name="receipts-search-button", min_height=80,
                                    on_click=self.search_now)
        self.clear_search_button.hide()
        search_buttons = QWidget()
        bl = QHBoxLayout(search_buttons)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(12)
        bl.addWidget(self.clear_search_button)
        bl.addWidget(self.search_button)
        # Clear and Search beside the field; under it where the field would be narrower than its own
        # minimum (large text on 1280x1024: 'Tyhjennä' was cut)
        search_row = _SearchRow(self.search_field, search_buttons, spacing=12)

        self.search_problem = surface("banner", name="receipts-search-problem")
        pl = QHBoxLayout(self.search_problem)
        pl.setContentsMargins(20, 10, 20, 10)
        pl.setSpacing(14)
        pl.addWidget(IconView(Icon.WARNING, 36, tone="warning"))
        self.search_problem_text = label("banner-body", name="receipts-search-problem-text")
        pl.addWidget(self.search_problem_text, 1)
        self.search_problem.hide()

        self.count_label = label("highlight", name="receipts-count")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear_filters_button = button("secondary", name="receipts-clear-filters", min_height=64,
                                           on_click=self.clear_filters)
        # the count and "Clear filters" side by side; the button under the count where both do not fit
        status = FlowRow(self.count_label, self.clear_filters_button, spacing=12)
        status.setMinimumHeight(88)  # the button with its padding; grows with large text
        status.setContentsMargins(4, 0, 0, 0)
        self.jump_strip = self._build_jump_strip()

        self.list_view = ReceiptListView()
        self.list_view.setModel(self.model)
        self.list_load = LoadState()
        self.list_load.retry_clicked.connect(lambda _c=False: self.model.retry())
        self.results = _Results()
        self.results.addWidget(self.list_view)
        self.results.addWidget(self.list_load)
        self.empty_page = self._build_empty()
        self.results.addWidget(self.empty_page)
        self.more_failed = surface("banner", name="receipts-more-failed")
        ml = QHBoxLayout(self.more_failed)
        ml.setContentsMargins(20, 8, 12, 8)
        self.more_failed_text = label("banner-body", name="receipts-more-failed-text")
        self.more_failed_retry = button("secondary", name="receipts-more-retry", on_click=self.model.retry)
        ml.addWidget(self.more_failed_text, 1)
        ml.addWidget(self.more_failed_retry)
        self.more_failed.hide()

        column = _Resizing(self._fit_results)  # the count's words, large text: what is above the list changed
        main = QVBoxLayout(column)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(10)
        main.addWidget(search_row)
        main.addWidget(self.search_problem)
        main.addWidget(status)
        main.addWidget(self.jump_strip)
        main.addWidget(self.results, 1)
        main.addWidget(self.more_failed)

        # The column scrolls where the page is lower than what it holds: large text on 1366x768 leaves it
        # about 400 px, and the count, the chips and the list were squeezed into each other's room instead.
        # Where it is high enough the column fills it and the list takes what is left, as ever.
        self._list_column = _scroll_area(column, "receipts-column")
        self._list_column.viewport().installEventFilter(self)  # its height decides how high the list is
        self._list_layout = layout = QHBoxLayout(page)
        layout.setContentsMargins(48, 20, 40, 16)
        layout.setSpacing(28)
        layout.addWidget(side_area)
        layout.addWidget(self._list_column, 1)
        return page

    def _fit_results(self) -> None:
        """The list's height in its column: where the search, the count and the chips leave it room, the column
        does not scroll and the list takes what is left (as ever); where they do not (large text on a low
        screen), the list is as high as the view, so the column scrolled down is all list."""
        column = self._list_column.widget()
        if column is None:
            return
        above = column.minimumSizeHint().height() - self.results.minimumSizeHint().height()  # with the gaps
        view = self._list_column.viewport().height()
        least = self.list_view.minimumSizeHint().height()
        wanted = least if above + least <= view else max(least, view)
        if self.results.minimumHeight() != wanted:
            self.results.setMinimumHeight(wanted)

    def set_layout(self, layout: Layout) -> None:
        """Narrower filter and detail side columns on a compact screen, and less air around the pages (a
        compact screen is low and narrow: at large text every px is a word's); in portrait the detail's
        side column (totals, VAT, warranty) goes under the paper, and the head's buttons size to their text."""
        wide = layout is Layout.WIDE
        compact = layout is Layout.COMPACT
        self._filters_area.setFixedWidth(384 if wide else 320)
        self._layout = layout
        portrait = layout is Layout.PORTRAIT
        if compact:
            self._list_layout.setContentsMargins(24, 12, 24, 12)
            self._detail_layout.setContentsMargins(24, 12, 24, 12)
        else:
            self._list_layout.setContentsMargins(48, 20, 40, 16)
            self._detail_layout.setContentsMargins(48, 20, 40, 20)
        self._list_layout.setSpacing(20 if compact else 28)
        self._detail_layout.setSpacing(12 if compact else 16)
        for picker in self._picker_layouts:
            picker.setContentsMargins(24 if compact else 48, 24, 24 if compact else 48, 24)
        self.jump_strip.tight = compact
        self.jump_strip.updateGeometry()
        # a narrow paper gives its columns the air it can spare: long product names and four VAT
        # columns at large text need every pixel of it
        self._paper_layout.setContentsMargins(24 if portrait else 40, 28, 24 if portrait else 40, 32)
        for grid in (self.lines_grid, self.vat_grid):
            grid.setHorizontalSpacing(16 if portrait else 24)
        self._arrange_detail()
        self.detail_back.setMinimumWidth(300 if wide else 0)
        self._empty_icon.setVisible(not compact)  # a low screen: "no match" without its picture
        self._empty_layout.setSpacing(8 if compact else 16)
        # portrait and compact: the list's column is narrow ('Clear filters' at large text needs most of it)
        side = 40 if wide else 24 if portrait else 0
        self._empty_layout.setContentsMargins(side, 4 if compact else 16, side, 4 if compact else 16)
        self.empty_clear.setMinimumHeight(MIN_TOUCH if compact else 88)
        for widget in (self.search_field, self.clear_search_button, self.search_button):
            widget.setMinimumHeight(MIN_TOUCH if compact else 80)
        for action in (self.print_button, self.phone_button):
            action.setMinimumWidth(260 if wide else 0)

    def _arrange_detail(self) -> None:
        """The summary beside the paper; under it in portrait; and at the end of the paper, in the one scroll
        area, where the paper's words would not fit beside it (large text on a landscape screen) or where
        the summary's own scroll area would leave the receipt too little height (large text in portrait)."""
        portrait = self._layout is Layout.PORTRAIT
        side = 540 if self._layout is Layout.WIDE else 420
        paper = self._paper_box.minimumSizeHint().width() + self.paper_area.verticalScrollBar().sizeHint().width()
        if portrait:  # two scroll areas one above the other leave each too little height at large text
            within = self.d_when.font().pointSizeF() > font_points("body", False, self._layout) + 0.5
        else:
            within = paper + self._detail_columns.spacing() + side > self._detail_content.width()
        if within and self._receipt_side.widget() is self._side_box:
            self._receipt_side.takeWidget()
            self._paper_layout_box.addWidget(self._side_box)
            self._side_box.show()
            self._receipt_side.hide()
        elif not within and self._receipt_side.widget() is not self._side_box:
            self._paper_layout_box.removeWidget(self._side_box)
            self._receipt_side.setWidget(self._side_box)
            self._side_box.setAutoFillBackground(False)  # setWidget turned it on
            self._side_box.show()
            self._receipt_side.show()
        self._detail_columns.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                          else QBoxLayout.Direction.LeftToRight)
        if portrait:
            self._receipt_side.setMinimumWidth(0)
            self._receipt_side.setMaximumWidth(UNLIMITED)
        else:
            self._receipt_side.setFixedWidth(side)
        for index, stretch in enumerate((3, 2) if portrait else (1, 0)):
            if self._detail_columns.stretch(index) != stretch:  # each setting lays out again
                self._detail_columns.setStretch(index, stretch)

    def _build_jump_strip(self) -> _JumpStrip:
        """Year and month chips right above the list: any year, and any month of the year on
        show, is one tap away (the side's "Month…" picker stays for browsing).

        The strip scrolls sideways under a finger where the screen is too narrow for it all.
        """
        strip = QWidget()
        strip.setObjectName("receipts-jump-body")
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.jump_years: list[QPushButton] = []
        for offset in range(YEARS_SHOWN):
            chip = button("chip", name=f"receipts-jump-year-{offset}", min_height=MIN_TOUCH)
            chip.setCheckable(True)
            chip.clicked.connect(lambda _c=False, offset=offset: self._jump_to_year(offset))
            self.jump_years.append(chip)
            row.addWidget(chip)
        row.addSpacing(16)
        self.jump_months: list[QPushButton] = []
        for month in range(1, 13):
            chip = button("chip", name=f"receipts-jump-month-{month}", min_height=MIN_TOUCH)
            chip.setCheckable(True)
            chip.clicked.connect(lambda _c=False, month=month: self._jump_to_month(month))
            self.jump_months.append(chip)
            row.addWidget(chip)
        row.addStretch(1)
        area = _JumpStrip()
        area.setObjectName("receipts-jump")
        area.setWidget(strip)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.viewport().setAutoFillBackground(False)
        strip.setAutoFillBackground(False)
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        return area

    def _jump_year(self) -> int:
        """The year whose months the strip shows: the chosen month's or year's, else this year."""
        chosen = self._filter
        today = fmt.store_today()
        if chosen.month is not None:
            return chosen.month[0]
        if chosen.year is not None:
            return chosen.year
        if chosen.period is Period.LAST_YEAR:
            return today.year - 1
        return today.year

    def _jump_to_year(self, offset: int) -> None:
        self.choose_year(fmt.store_today().year - offset)

    def _jump_to_month(self, month: int) -> None:
        self.choose_month(self._jump_year(), month)

    def _fill_jump(self) -> None:
        """Chip texts and which is on: the year on show, and the month if one is chosen."""
        lang = current_language()
        today = fmt.store_today()
        shown_year = self._jump_year()
        chosen = self._filter
        whole_year = chosen.year if chosen.year is not None else {
            Period.THIS_YEAR: today.year, Period.LAST_YEAR: today.year - 1}.get(chosen.period)
        for offset, chip in enumerate(self.jump_years):
            year = today.year - offset
            chip.setText(str(year))
            chip.setChecked(year == whole_year)
        for month, chip in enumerate(self.jump_months, start=1):
            chip.setText(_short_month_name(month, lang))
            chip.setAccessibleName(fmt.month_text(shown_year, month, lang))
            chip.setEnabled(date(shown_year, month, 1) <= today)
            chip.setChecked(chosen.month == (shown_year, month))

    def _build_empty(self) -> QWidget:
        page = QWidget()
        self.empty_title = label("heading", name="receipts-empty-title", align=Qt.AlignmentFlag.AlignHCenter)
        self.empty_text = label("body", name="receipts-empty-text", align=Qt.AlignmentFlag.AlignHCenter)
        self.empty_clear = button("primary", name="receipts-empty-clear", min_height=88, on_click=self.clear_filters)
        self.empty_clear.setMinimumWidth(360)
        self._empty_layout = layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(16)
        layout.addStretch(1)
        self._empty_icon = IconView(Icon.INFO, 80)
        layout.addWidget(self._empty_icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_text)
        layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return _scroll_area(page, "receipts-empty-body")  # large text under the keyboard: it scrolls, never cuts

    # --- construction: the pickers ----------------------------------------------------------------

    def _picker_frame(self, name: str) -> tuple[QWidget, QLabel, QVBoxLayout, QPushButton]:
        page = QWidget()
        title = label("title", name=f"{name}-title")
        back = button("secondary", name=f"{name}-back", min_height=80, on_click=self.show_list)
        back.setMinimumWidth(260)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        body = QVBoxLayout()
        body.setSpacing(16)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(24)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        self._picker_layouts.append(layout)
        return page, title, body, back

    def _build_stores_page(self) -> QWidget:
        page, self.stores_title, body, self.stores_back = self._picker_frame("receipts-stores")
        self.stores_grid = WrapGrid(counts=STORE_COLUMNS, spacing=16, uniform=True)
        self.store_choices: dict[int | None, ChoiceButton] = {}
        grid_box = QWidget()
        gl = QVBoxLayout(grid_box)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.addWidget(self.stores_grid)
        gl.addStretch(1)
        self.stores_load = LoadState()
        self.stores_load.retry_clicked.connect(lambda _c=False: self._load_stores())
        self.stores_states = QStackedWidget()
        self.stores_states.addWidget(_scroll_area(grid_box, "receipts-stores-body"))
        self.stores_states.addWidget(self.stores_load)
        body.addWidget(self.stores_states, 1)
        return page

    def _build_months_page(self) -> QWidget:
        page, self.months_title, body, self.months_back = self._picker_frame("receipts-months")
        self.year_group = QButtonGroup(self)
        self.year_group.setExclusive(True)
        self.year_buttons: list[QPushButton] = []
        for _ in range(YEARS_SHOWN):
            year_button = button("filter", name="receipts-year", min_height=80)
            year_button.setCheckable(True)
            year_button.setMinimumWidth(150)
            year_button.clicked.connect(lambda _c=False, b=year_button: self._pick_year(int(b.text())))
            self.year_group.addButton(year_button)
            set_role(year_button, "radio")  # one of several
            self.year_buttons.append(year_button)
        years = WrapGrid(counts=YEAR_COLUMNS, spacing=12, fill=False, uniform=True)
        years.set_widgets(list(self.year_buttons))
        self.month_buttons: list[QPushButton] = []
        for month in range(1, 13):
            month_button = button("filter", name=f"receipts-month-{month}", min_height=88)
            month_button.setCheckable(True)
            month_button.clicked.connect(lambda _c=False, month=month: self.choose_month(self._picker_year(), month))
            self.month_buttons.append(month_button)
        months = WrapGrid(counts=MONTH_COLUMNS, spacing=14, uniform=True)
        months.set_widgets(list(self.month_buttons))
        self.whole_year_button = button("secondary", name="receipts-whole-year", min_height=88,
                                        on_click=lambda: self.choose_year(self._picker_year()))
        # the years and months rows of as many as fit; all of it scrolls on a low screen (large text)
        content = QWidget()
        cl = QVBoxLayout(content)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(16)
        years_row = QHBoxLayout()
        years_row.addWidget(years)
        years_row.addStretch(1)
        cl.addLayout(years_row)
        cl.addSpacing(8)
        cl.addWidget(months)
        cl.addWidget(self.whole_year_button, 0, Qt.AlignmentFlag.AlignLeft)
        cl.addStretch(1)
        body.addWidget(_scroll_area(content, "receipts-months-body"), 1)
        return page

    # --- construction: the detail -----------------------------------------------------------------

    def _build_detail_page(self) -> QWidget:
        page = QWidget()
        self.detail_back = button("secondary", name="receipt-back", min_height=80, on_click=self.show_list)
        self.detail_back.setMinimumWidth(300)
        self.print_button = button("secondary", name="receipt-print", min_height=80,
                                   on_click=lambda: self._output("print"))
        self.phone_button = button("primary", name="receipt-phone", min_height=80,
                                   on_click=lambda: self._output("phone"))
        for action in (self.print_button, self.phone_button):
            action.setMinimumWidth(260)
        # Back at the left, the outputs at the right; the outputs under Back where they do not fit beside it
        # (large text, portrait), and one under the other only where they do not fit side by side either: all
        # three stacked took 270 px of a page 340 px high (large text on 1366x768), and lay on each other
        back_box = QWidget()
        bl = QHBoxLayout(back_box)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.detail_back)
        bl.addStretch(1)
        # side by side, or one under the other where the row is narrower than both; it asks for their width
        # side by side even while stacked, or a stacked row around it would keep it stacked for good
        outputs = FlowRow(self.print_button, self.phone_button, spacing=16, stretch_first=False,
                          hint_side_by_side=True)
        head = FlowRow(back_box, outputs, spacing=16, fill_stacked=True)

        # the paper receipt (left, scrolls)
        paper = surface("card", name="receipt-paper")
        self._paper_layout = pl = QVBoxLayout(paper)
        pl.setContentsMargins(40, 28, 40, 32)
        pl.setSpacing(6)
        self.d_store = label("heading", name="receipt-store")
        self.d_seller = label("body", name="receipt-seller")
        self.d_address = label("muted", name="receipt-address")
        self.d_when = label("body", name="receipt-when")
        self.d_number = label("body", name="receipt-number")
        for widget in (self.d_store, self.d_seller, self.d_address):
            pl.addWidget(widget)
        pl.addSpacing(10)
        pl.addWidget(self.d_when)
        pl.addWidget(self.d_number)
        pl.addSpacing(14)
        pl.addWidget(self._rule())
        self.lines_grid = QGridLayout()
        self.lines_grid.setContentsMargins(0, 10, 0, 10)
        self.lines_grid.setHorizontalSpacing(24)
        self.lines_grid.setVerticalSpacing(2)
        self.lines_grid.setColumnStretch(1, 1)
        self._line_rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        pl.addLayout(self.lines_grid)
        pl.addWidget(self._rule())
        total_row = QHBoxLayout()
        self.d_total_caption = label("heading", name="receipt-total-caption")
        self.d_total = label("amount-small", name="receipt-total", wrap=False)
        total_row.addWidget(self.d_total_caption, 1)
        total_row.addWidget(self.d_total)
        pl.addLayout(total_row)
        pl.addSpacing(16)
        self.d_vat_title = label("highlight", name="receipt-vat-title")
        pl.addWidget(self.d_vat_title)
        self.vat_grid = QGridLayout()
        self.vat_grid.setHorizontalSpacing(24)
        self.vat_grid.setVerticalSpacing(4)
        self.vat_header = [label("caption", wrap=False, name="receipt-vat-header") for _ in range(4)]
        for column, header in enumerate(self.vat_header):
            header.setAlignment(Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft)
            self.vat_grid.addWidget(header, 0, column)
        self.vat_grid.setColumnStretch(0, 1)
        self._vat_rows: list[tuple[QLabel, ...]] = []  # rate, net, VAT, gross
        self._vat_captions: list[tuple[QLabel, ...]] = []  # the headers' words beside each value, on a narrow paper
        self._narrow_vat = False
        pl.addLayout(self.vat_grid)
        pl.addStretch(1)
        self._paper_box = paper_box = QWidget()
        pb = QVBoxLayout(paper_box)
        pb.setContentsMargins(0, 0, 16, 0)
        pb.setSpacing(14)
        pb.addWidget(paper)
        self._paper_layout_box = pb
        self.paper_area = _scroll_area(paper_box, "receipt-paper-body")
        self._narrow_lines = False
        self.paper_area.viewport().installEventFilter(self)  # its width decides how a line is laid out

        # the summary and actions (right, always in view)
        side = QVBoxLayout()
        side.setSpacing(14)
        summary = surface("card", name="receipt-summary")
        sl = QVBoxLayout(summary)
        sl.setContentsMargins(28, 16, 28, 18)
        sl.setSpacing(2)
        self.s_total_caption = label("muted", name="receipt-summary-total-caption")
        self.s_total = label("amount", name="receipt-summary-total", wrap=False)
        self.s_payment_caption = label("muted", name="receipt-payment-caption")
        self.s_payment = label("lead", name="receipt-payment")
        self.s_card = label("body", name="receipt-card")
        self.s_bonus_caption = label("muted", name="receipt-bonus-caption")
        self.s_bonus = label("amount-small", name="receipt-bonus", wrap=False)
        for widget in (self.s_total_caption, self.s_total):
            sl.addWidget(widget)
        sl.addSpacing(12)
        for widget in (self.s_payment_caption, self.s_payment, self.s_card):
            sl.addWidget(widget)
        sl.addSpacing(12)
        for widget in (self.s_bonus_caption, self.s_bonus):
            sl.addWidget(widget)
        side.addWidget(summary)
        self.warranty_box = surface("tinted", name="receipt-warranty")
        wl = QVBoxLayout(self.warranty_box)
        wl.setContentsMargins(24, 14, 24, 16)
        wl.setSpacing(10)
        self.w_title = label("highlight", name="receipt-warranty-title")
        wl.addWidget(self.w_title)
        self.warranty_buttons: list[QPushButton] = []
        self.warranty_list = QVBoxLayout()
        self.warranty_list.setSpacing(10)
        wl.addLayout(self.warranty_list)
        side.addWidget(self.warranty_box)
        side.addStretch(1)
        self._side_box = side_box = QWidget()
        side_box.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_area = _scroll_area(side_box, "receipt-side")  # large text must never squeeze it
        side_area.setFixedWidth(540)
        self._receipt_side = side_area

        self._detail_content = content = _Resizing(self._arrange_detail)
        self._detail_columns = cl = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(24)
        cl.addWidget(self.paper_area, 1)
        cl.addWidget(side_area)
        self.detail_load = LoadState()
        self.detail_load.retry_clicked.connect(lambda _c=False: self._load_detail())
        self.detail_states = QStackedWidget()
        # Loading or its error scrolls, and the paper is a scroll area: the receipt takes the height the head
        # leaves it (large text on 1366x768: the head's buttons were squeezed into each other for the paper)
        self.detail_states.addWidget(_scroll_area(self.detail_load, "load-state"))
        self.detail_states.addWidget(content)
        self.detail_states.setMinimumHeight(MIN_TOUCH)

        self._detail_layout = layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 20, 40, 20)
        layout.setSpacing(16)
        layout.addWidget(head)
        layout.addWidget(self.detail_states, 1)
        return page

    @staticmethod
    def _rule() -> QFrame:
        rule = QFrame()
        rule.setObjectName("receipt-rule")  # coloured by the style sheet (high contrast too)
        rule.setFixedHeight(2)
        rule.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        return rule

    # --- SectionContent ----------------------------------------------------------------------------

    def activate(self) -> None:
        """On screen: the list (and the stores for the picker) load the first time; after that they stay."""
        if not self._stores and not self._stores_loading:
            self._load_stores()
        if self.model.query() is None:
            self._apply_filters()
        elif self.model.error() is not None and not self.model.is_loading():
            self.model.retry()  # it failed last time: try again now that the member is back

    def clear(self) -> None:
        """The session ended: no receipt, word typed, filter or detail of the member stays."""
        self._search_timer.stop()
        self._slow_timer.stop()
        self.model.clear()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.search_field.clearFocus()
        self.keyboard.set_target(None)
        self.keyboard.hide()
        self._search_problem = ""
        self._filter = ReceiptFilter()
        self._picker_back = 0
        self._detail_generation += 1
        self._detail = None
        self._detail_id = None
        self._last_output = None
        self._output_clock.invalidate()
        self._fill_detail()
        self.list_view.pressed_row = -1
        self.list_view.scrollToTop()
        self.stack.setCurrentWidget(self.list_page)
        self.results.setCurrentWidget(self.list_view)
        self.retranslate()

    def retranslate(self) -> None:
        self.store_caption.setText(self.tr("Store"))
        self.period_caption.setText(self.tr("Time"))
        for period, period_button in self.period_buttons.items():
            period_button.setText(_translate(PERIOD_TEXTS[period]))
        self._show_store_choice()
        self.search_field.setPlaceholderText(self.tr("Product or receipt number"))
        self.search_field.setAccessibleName(self.tr("Search receipts"))
        self.list_view.setAccessibleName(self.tr("Receipts"))
        self.search_button.setText(self.tr("Search"))
        self.clear_search_button.setText(self.tr("Clear"))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.empty_title.setText(self.tr("No receipts match"))
        self.empty_clear.setText(self.tr("Clear filters"))
        self.more_failed_text.setText(self.tr("More receipts could not be loaded."))
        self.more_failed_retry.setText(self.tr("Try again"))
        self.stores_title.setText(self.tr("Choose a store"))
        self.stores_back.setText(self.tr("Back"))
        self.months_title.setText(self.tr("Choose a month"))
        self.months_back.setText(self.tr("Back"))
        self.detail_back.setText(self.tr("‹ Receipts"))
        self.print_button.setText(self.tr("Print"))
        self.phone_button.setText(self.tr("Take to phone"))
        self.d_total_caption.setText(self.tr("Total"))
        self.d_vat_title.setText(self.tr("VAT"))
        for header, text in zip(self.vat_header, (self.tr("VAT rate"), self.tr("Excl. VAT"), self.tr("VAT"),
                                                   self.tr("Incl. VAT")), strict=True):
            header.setText(text)
        for captions in self._vat_captions:
            for caption, header in zip(captions, self.vat_header, strict=True):
                caption.setText(header.text())
        self.s_total_caption.setText(self.tr("Total"))
        self.s_payment_caption.setText(self.tr("Payment method"))
        self.s_bonus_caption.setText(self.tr("Bonus-eligible purchases"))
        self._fill_store_choices()
        self._fill_months()
        self.retranslate_period()
        self.model.retranslate()
        self._update_search_problem()
        self._update_status()
        self._fill_detail()

    def hideEvent(self, event: QHideEvent) -> None:
        self._close_keyboard()
        super().hideEvent(event)

    # --- public: the states a member (or the screen tour) can put the tab in ------------------

    def search(self, text: str) -> None:
        """Type `text` into the search field and search now (as if Search was pressed)."""
        self.search_field.setText(text)
        self.search_now()

    def search_now(self) -> None:
        self._search_timer.stop()
        self._close_keyboard()
        self._apply_filters()

    def choose_store(self, store_id: int | None) -> None:
        """Only this store's receipts (None: every store); back to the list."""
        self._filter = self._filter.with_store(store_id)
        self._show_store_choice()
        self._fill_store_choices()
        self.show_list()
        self._apply_filters()

    def choose_period(self, period: Period) -> None:
        """A quick pick (All time, Last 30 days, This year, Last year); MONTH needs `choose_month`."""
        if period is Period.MONTH:
            self.open_month_picker()
            return
        self._filter = self._filter.with_period(period)
        self.retranslate_period()
        self.show_list()
        self._apply_filters()

    def choose_month(self, year: int, month: int) -> None:
        self._filter = self._filter.with_month(year, month)
        self.retranslate_period()
        self.show_list()
        self._apply_filters()

    def choose_year(self, year: int) -> None:
        """A whole calendar year (the month picker's "All of 2024"); this and last year are the quick picks."""
        self._filter = self._filter.with_year(year, fmt.store_today())
        self.retranslate_period()
        self.show_list()
        self._apply_filters()

    def clear_filters(self) -> None:
        """Every receipt again: any store, all time, no search words."""
        self._search_timer.stop()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self._search_problem = ""
        self._filter = ReceiptFilter()
        self.retranslate()
        self.show_list()
        self._apply_filters()

    def open_store_picker(self) -> None:
        self._close_keyboard()
        if not self._stores:
            self._load_stores()
        self._fill_store_choices()
        self.stack.setCurrentWidget(self.stores_page)

    def open_month_picker(self) -> None:
        self._close_keyboard()
        self.period_buttons[self._filter.period].setChecked(True)  # not MONTH until one is chosen
        if self._filter.month is not None:
            self._picker_back = min(YEARS_SHOWN - 1, max(0, fmt.store_today().year - self._filter.month[0]))
        self._fill_months()
        self.stack.setCurrentWidget(self.months_page)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        if self.model.query() is None:
            self._apply_filters()

    def show_receipt(self, receipt_id: int) -> None:
        """Open this receipt's detail (a tap on the list, or a warranty receipt's "original receipt")."""
        self._close_keyboard()
        self._detail_id = int(receipt_id)
        self._detail = None
        self._fill_detail()
        self.stack.setCurrentWidget(self.detail_page)
        self._load_detail()

    def open_row(self, row: int) -> None:
        """Open the receipt on this row of the list (as a tap does)."""
        self.show_receipt(self.model.receipt(row).id)

    def detail(self) -> ReceiptDetail | None:
        return self._detail

    # --- the filters ---------------------------------------------------------------------------------

    def retranslate_period(self) -> None:
        lang = current_language()
        month_button = self.period_buttons[Period.MONTH]
        chosen = self._filter
        if chosen.period is Period.MONTH and chosen.month is not None:
            month_button.setText(fmt.month_text(chosen.month[0], chosen.month[1], lang))
        elif chosen.period is Period.MONTH and chosen.year is not None:
            month_button.setText(str(chosen.year))
        else:
            month_button.setText(_translate(PERIOD_TEXTS[Period.MONTH]))
        self.period_buttons[chosen.period].setChecked(True)
        self._fill_jump()
        self._update_status()

    def _query(self) -> ReceiptQuery | None:
        """The query the filters and words describe; None if the words are more than the backend takes."""
        return self._filter.query(self.search_field.text(), fmt.store_today())

    def _apply_filters(self) -> None:
        query = self._query()
        if query is None:
            self._search_problem = "too_many_words"
            self._update_search_problem()
            return
        self._search_problem = ""
        self._update_search_problem()
        if self.model.set_query(query):
            self._slow_timer.start()
        self._update_results()

    def _text_edited(self, _text: str) -> None:
        self._search_timer.start()  # restarts: the search waits for a pause in typing

    def _text_changed(self, text: str) -> None:
        self.clear_search_button.setVisible(bool(text))
        if self._search_problem and len(text.split()) <= MAX_SEARCH_WORDS:
            self._search_problem = ""
            self._update_search_problem()

    def _clear_search(self) -> None:
        self.search_field.clear()
        self.search_now()

    def _update_search_problem(self) -> None:
        if self._search_problem == "too_many_words":
            text = self.tr("Use at most {count} words.").format(count=MAX_SEARCH_WORDS)
        elif self._search_problem == "invalid":
            text = self.tr("These words cannot be searched. Try other words.")
        else:
            text = ""
        self.search_problem_text.setText(text)
        self.search_problem.setVisible(bool(text))

    def _show_store_choice(self) -> None:
        store = next((s for s in self._stores if s.id == self._filter.store_id), None)
        if store is None:
            self.store_button.set_texts(self.tr("All stores"), self.tr("Tap to choose a store"))
        else:
            self.store_button.set_texts(store.name, store.town)

    def _load_stores(self) -> None:
        self._stores_loading = True
        self.stores_load.show_loading()
        self.stores_states.setCurrentWidget(self.stores_load)

        def failed(exc: ApiError) -> None:
            self._stores_loading = False
            self.stores_load.show_error(exc)

        if not self.call(lambda api: api.stores(), self._stores_loaded, failed):
            self._stores_loading = False

    def _stores_loaded(self, stores: list[Store]) -> None:
        self._stores_loading = False
        self._stores = list(stores)
        self._build_store_choices()
        self._show_store_choice()

    def _build_store_choices(self) -> None:
        self.stores_grid.set_widgets([])
        for choice in self.store_choices.values():
            choice.deleteLater()
        self.store_choices = {}
        entries: list[int | None] = [None, *(s.id for s in self._stores)]
        for store_id in entries:
            choice = ChoiceButton("choice")
            choice.setObjectName("receipts-store-choice")
            choice.setMinimumHeight(112)
            choice.setMinimumWidth(300)
            choice.clicked.connect(lambda _c=False, store_id=store_id: self.choose_store(store_id))
            self.store_choices[store_id] = choice
        self.stores_grid.set_widgets(list(self.store_choices.values()))
        self.stores_states.setCurrentIndex(0)
        self._fill_store_choices()

    def _fill_store_choices(self) -> None:
        stores = {s.id: s for s in self._stores}
        for store_id, choice in self.store_choices.items():
            if store_id is None:
                choice.set_texts(self.tr("All stores"), self.tr("Receipts from every store"))
            else:
                choice.set_texts(stores[store_id].name, stores[store_id].town)
            kind = "choice-primary" if store_id == self._filter.store_id else "choice"
            if choice.property("kind") != kind:
                choice.setProperty("kind", kind)
                choice.style().unpolish(choice)
                choice.style().polish(choice)

    def _pick_year(self, year: int) -> None:
        self._picker_back = min(YEARS_SHOWN - 1, max(0, fmt.store_today().year - year))
        self._fill_months()

    def _picker_year(self) -> int:
        return fmt.store_today().year - self._picker_back

    def _fill_months(self) -> None:
        lang = current_language()
        today = fmt.store_today()
        picker_year = self._picker_year()
        for offset, year_button in enumerate(self.year_buttons):
            year = today.year - offset
            year_button.setText(str(year))
            year_button.setChecked(year == picker_year)
        for month, month_button in enumerate(self.month_buttons, start=1):
            month_button.setText(_month_name(month, lang))
            month_button.setEnabled(date(picker_year, month, 1) <= today)
            month_button.setChecked(self._filter.period is Period.MONTH and self._filter.month == (picker_year, month))
        self.whole_year_button.setText(self.tr("All of {year}").format(year=picker_year))

    # --- the list --------------------------------------------------------------------------------

    def _first_page_in(self) -> None:
        self._slow_timer.stop()
        self.list_view.scrollToTop()
        self._update_results()

    def _update_results(self) -> None:
        model = self.model
        error = model.error()
        if isinstance(error, ValidationFailed) and any(f.field == "q" for f in error.fields):
            self._search_problem = "invalid"
            self._update_search_problem()
        first_in = model.is_first_page_in()
        waiting = model.query() is not None and not first_in and error is None
        if error is not None and not first_in:
            self.list_load.show_error(error)
            self.results.setCurrentWidget(self.list_load)
        elif first_in and model.rowCount() == 0:
            self.results.setCurrentWidget(self.empty_page)
        elif waiting and not self._slow_timer.isActive():
            # slower than SLOW_MS (or a retry): say so; a quick answer keeps the old rows until it lands
            self.list_load.show_loading()
            self.results.setCurrentWidget(self.list_load)
        else:
            self.results.setCurrentWidget(self.list_view)
        self.more_failed.setVisible(error is not None and first_in)
        self._update_status()

    def _update_status(self) -> None:
        total = self.model.total()
        query = self.model.query()
        if total and self.model.total_capped():
            self.count_label.setText(self.tr("Over {count} receipts").format(count=total))
        elif total:
            self.count_label.setText(self.tr("%n receipts", "", total))
        elif total == 0 or query is None or self.model.error() is not None:
            self.count_label.setText("")
        # else a new search is on its way: the count stays with the rows still shown
        chosen = self._filter
        filtered = chosen.store_id is not None or chosen.period is not Period.ALL or bool(self.search_field.text())
        self.clear_filters_button.setVisible(filtered and total != 0)
        if total == 0 and query is not None:
            self.empty_text.setText(self.tr("Try other words or a longer time, or clear the filters.")
                                    if query.is_filtered else self.tr("You have no electronic receipts yet."))
            self.empty_clear.setVisible(query.is_filtered)
            # its words and the theme's padding and frame (high contrast: thicker), never cut
            words = self.empty_clear.fontMetrics().horizontalAdvance(self.empty_clear.text())
            self.empty_clear.setMinimumWidth(max(360, words + 40))

    def _row_tapped(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(index.row())

    # --- the keyboard -------------------------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is self.search_field and self.isVisible():
            self.keyboard.set_target(self.search_field)
            self.keyboard.show()
        elif self.keyboard.isVisible() and new is not None and new is not self.search_field:
            self.keyboard.hide()

    def _close_keyboard(self) -> None:
        self.keyboard.hide()
        if self.search_field.hasFocus():
            self.search_field.clearFocus()

    # --- the detail --------------------------------------------------------------------------------

    def _load_detail(self) -> None:
        receipt_id = self._detail_id
        if receipt_id is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation
        self.detail_load.show_loading()
        self.detail_states.setCurrentIndex(0)

        def done(detail: ReceiptDetail) -> None:
            if generation == self._detail_generation:
                self._detail = detail
                self._fill_detail()
                self.paper_area.verticalScrollBar().setValue(0)
                self.detail_states.setCurrentIndex(1)

        def failed(exc: ApiError) -> None:
            if generation == self._detail_generation:
                self.detail_load.show_error(exc)

        self.call(lambda api: api.receipt(receipt_id), done, failed)

    def _line_row(self, index: int) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        while len(self._line_rows) <= index:
            row = len(self._line_rows)
            quantity = label("body", wrap=False, name="receipt-line-quantity")
            quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            name = label("body", name="receipt-line-name")
            amount = label("body", wrap=False, name="receipt-line-amount")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            note = label("caption", name="receipt-line-note")
            self._line_rows.append((quantity, name, amount, note))
            self._place_line(row)
        return self._line_rows[index]

    def _place_line(self, row: int) -> None:
        """Quantity, name and amount side by side; on a narrow paper the quantity goes under the name, beside
        the price per unit, and the name has the quantity's width too (long product names at large text)."""
        quantity, name, amount, note = self._line_rows[row]
        for cell in (quantity, name, amount, note):
            self.lines_grid.removeWidget(cell)
        if self._narrow_lines:
            self.lines_grid.addWidget(name, row * 2, 0, 1, 2)
            self.lines_grid.addWidget(quantity, row * 2 + 1, 0)
        else:
            self.lines_grid.addWidget(quantity, row * 2, 0)
            self.lines_grid.addWidget(name, row * 2, 1)
        side = Qt.AlignmentFlag.AlignLeft if self._narrow_lines else Qt.AlignmentFlag.AlignRight
        quantity.setAlignment(side | Qt.AlignmentFlag.AlignTop)
        self.lines_grid.addWidget(amount, row * 2, 2)
        self.lines_grid.addWidget(note, row * 2 + 1, 1, 1, 2)

    def _arrange_lines(self) -> None:
        """Narrow lines where quantity, name and amount side by side need more than the paper's width;
        the VAT table a block a rate where its four columns do."""
        margins = self._paper_layout.contentsMargins()
        room = self.paper_area.viewport().width() - 16 - margins.left() - margins.right()  # 16: the scroll bar's
        self._arrange_vat(room)
        rows = [row for row in self._line_rows if not row[1].isHidden()]
        if not rows:
            return
        # the grid's columns are as wide as their widest cell, each
        needed = (max(quantity.sizeHint().width() for quantity, _name, _amount, _note in rows)
                  + max(name.minimumSizeHint().width() for _quantity, name, _amount, _note in rows)
                  + max(amount.sizeHint().width() for _quantity, _name, amount, _note in rows)
                  + 2 * self.lines_grid.horizontalSpacing())
        narrow = needed > room
        if narrow != self._narrow_lines:
            self._narrow_lines = narrow
            for row in range(len(self._line_rows)):
                self._place_line(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            # the column's first: its filter is installed (and may hear) before the paper is built
            if watched is self._list_column.viewport():
                self._fit_results()
            elif watched is self.paper_area.viewport():
                self._arrange_lines()
        return super().eventFilter(watched, event)

    def _vat_row(self, index: int) -> tuple[QLabel, ...]:
        while len(self._vat_rows) <= index:
            cells = tuple(label("body", wrap=False, name="receipt-vat-cell") for _ in range(4))
            captions = tuple(label("caption", wrap=False, name="receipt-vat-caption") for _ in range(4))
            for cell, caption, header in zip(cells, captions, self.vat_header, strict=True):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                caption.setText(header.text())
                caption.hide()
            self._vat_rows.append(cells)
            self._vat_captions.append(captions)
            self._place_vat(len(self._vat_rows) - 1)
        return self._vat_rows[index]

    def _arrange_vat(self, room: int) -> None:
        """Three rates at large text need more than a portrait paper's width side by side (a 0 % top-up
        beside 13.5 % and 25.5 %): there each rate is a block of its own, every value beside its header's word."""
        rows = [cells for cells in self._vat_rows if not cells[0].isHidden()]
        columns = [[header, *(cells[column] for cells in rows)] for column, header in enumerate(self.vat_header)]
        needed = (sum(max(cell.minimumSizeHint().width() for cell in column) for column in columns)
                  + 3 * self.vat_grid.horizontalSpacing())
        narrow = bool(rows) and needed > room
        if narrow != self._narrow_vat:
            self._narrow_vat = narrow
            for index in range(len(self._vat_rows)):
                self._place_vat(index)
        for header in self.vat_header:
            header.setVisible(not narrow)
        for cells, captions in zip(self._vat_rows, self._vat_captions, strict=True):
            for cell, caption in zip(cells, captions, strict=True):
                caption.setVisible(narrow and not cell.isHidden())

    def _place_vat(self, index: int) -> None:
        cells, captions = self._vat_rows[index], self._vat_captions[index]
        for widget in (*cells, *captions):
            self.vat_grid.removeWidget(widget)
        for column, (cell, caption) in enumerate(zip(cells, captions, strict=True)):
            if self._narrow_vat:
                self.vat_grid.addWidget(caption, 1 + index * 4 + column, 0)
                self.vat_grid.addWidget(cell, 1 + index * 4 + column, 1)
            else:
                self.vat_grid.addWidget(cell, 1 + index, column)
            side = Qt.AlignmentFlag.AlignRight if column or self._narrow_vat else Qt.AlignmentFlag.AlignLeft
            cell.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        gap = 14 if self._narrow_vat and index else 0  # a rate's block apart from the one above
        for widget in (cells[0], captions[0]):
            widget.setContentsMargins(0, gap, 0, 0)

    def _fill_detail(self) -> None:
        """Show `self._detail` in the current language; with None, empty every label."""
        detail = self._detail
        lang = current_language()
        self.print_button.setEnabled(detail is not None)
        self.phone_button.setEnabled(detail is not None)
        if detail is None:
            for widget in (self.d_store, self.d_seller, self.d_address, self.d_when, self.d_number, self.d_total,
                           self.s_total, self.s_payment, self.s_card, self.s_bonus, self.w_title):
                widget.setText("")
            for cells in (*self._line_rows, *self._vat_rows):
                for cell in cells:
                    cell.setText("")
                    cell.hide()
            for captions in self._vat_captions:
                for caption in captions:
                    caption.hide()
            self._set_warranty_buttons([])
            return
        store = detail.store
        self.d_store.setText(store.name)
        self.d_seller.setText(self.tr("{seller} · Business ID {business_id}").format(
            seller=store.seller_name, business_id=store.business_id))
        self.d_address.setText(f"{store.street}, {store.postal_code} {store.town}")
        self.d_when.setText(fmt.datetime_text(detail.purchased_at, lang, long=True))
        self.d_number.setText(self.tr("Receipt number {number}").format(number=detail.number))
        for index, line in enumerate(detail.lines):
            quantity, name, amount, note = self._line_row(index)
            quantity.setText(quantity_text(line.quantity_milli, line.unit, lang))
            name.setText(line.product_name)
            amount.setText(fmt.money(line.total_cents, lang))
            notes = []
            if line.unit == "kg":
                notes.append(self.tr("{price} per kg").format(price=fmt.money(line.unit_price_cents, lang)))
            elif line.quantity_milli != 1000:
                notes.append(self.tr("{price} each").format(price=fmt.money(line.unit_price_cents, lang)))
            if line.discount_cents:
                notes.append(self.tr("Discount {amount}").format(amount=fmt.money(-line.discount_cents, lang)))
            note.setText(" · ".join(notes))
            for cell in (quantity, name, amount):
                cell.show()
            note.setVisible(bool(notes))
        for cells in self._line_rows[len(detail.lines):]:
            for cell in cells:
                cell.setText("")
                cell.hide()
        self.d_total.setText(fmt.money(detail.total_cents, lang))
        for index, vat in enumerate(detail.vat):
            cells = self._vat_row(index)
            values = (fmt.percent(vat.rate_bp, lang), fmt.money(vat.net_cents, lang), fmt.money(vat.vat_cents, lang),
                      fmt.money(vat.gross_cents, lang))
            for cell, value in zip(cells, values, strict=True):
                cell.setText(value)
                cell.show()
        for cells in self._vat_rows[len(detail.vat):]:
            for cell in cells:
                cell.setText("")
                cell.hide()
        self._arrange_lines()
        self.s_total.setText(fmt.money(detail.total_cents, lang))
        # printout.labels' words, so the screen names the method as the printed receipt does
        self.s_payment.setText(labels.payment_method_text(detail.payment_method, lang))
        last4 = detail.payment_card_last4
        self.s_card.setText(self.tr("Card •••• {last4}").format(last4=last4) if last4 else "")
        self.s_card.setVisible(bool(last4))
        self.s_bonus.setText(fmt.money(detail.bonus_eligible_cents, lang))
        self.w_title.setText(self.tr("This purchase has %n warranty receipts.", "", len(detail.warranty_receipt_ids)))
        self._set_warranty_buttons(detail.warranty_receipt_ids)
        self._arrange_detail()  # this receipt's words may need the whole width

    def _set_warranty_buttons(self, ids: list[int]) -> None:
        while len(self.warranty_buttons) < len(ids):
            warranty_button = button("secondary", name="receipt-warranty-open", min_height=72)
            index = len(self.warranty_buttons)
            warranty_button.clicked.connect(lambda _c=False, index=index: self._open_warranty(index))
            self.warranty_list.addWidget(warranty_button)
            self.warranty_buttons.append(warranty_button)
        for index, warranty_button in enumerate(self.warranty_buttons):
            if index < len(ids):
                warranty_button.setText(self.tr("Show warranty receipt") if len(ids) == 1
                                        else self.tr("Warranty receipt {n}").format(n=index + 1))
                warranty_button.show()
            else:
                warranty_button.setText("")
                warranty_button.hide()
        self.warranty_box.setVisible(bool(ids))

    def _open_warranty(self, index: int) -> None:
        if self._detail is not None and index < len(self._detail.warranty_receipt_ids):
            self.open_warranty.emit(self._detail.warranty_receipt_ids[index])

    def _output(self, action: OutputAction) -> None:
        """Print or Take to phone; a double tap (the same action again at once) sends nothing more."""
        if self._detail is None:
            return
        if (self._last_output == action and self._output_clock.isValid()
                and self._output_clock.elapsed() < OUTPUT_GUARD_MS):
            return
        self._last_output = action
        self._output_clock.restart()
        self.session.request_output(OutputRequest("receipt", self._detail.id, action))
