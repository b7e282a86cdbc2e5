"""The receipts list behind the receipts tab: a lazily paged item model and its painted rows.

A heavy buyer has thousands of receipts, so the list never holds widgets per row and
never asks for everything at once: `ReceiptListModel` fetches one page at a time
(keyset cursor) as the view nears its end, and `ReceiptDelegate` paints each row
from a few cached strings. Every fetch carries the generation of the query it was
asked for; a page that arrives after the filters changed (or the session was wiped)
is dropped, and a query never has two fetches in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QScroller,
    QScrollerProperties,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk.api import ApiClient, ApiError, ReceiptPage, ReceiptSummary
from kiosk.i18n import LOCALE_NAMES, current_language
from kiosk.i18n import format as fmt
from kiosk.receipt_filter import ReceiptQuery, highlighted, search_words
from kiosk.views.widgets import color_property

PAGE_SIZE = 50
"""Receipts per request: about six screens of rows; one page costs the backend a few ms."""

PREFETCH_SCREENS = 3
"""Ask for the next page when fewer than this many screens of rows are left below."""

ModelIndex = QModelIndex | QPersistentModelIndex
Call = Callable[[Callable[[ApiClient], ReceiptPage], Callable[[ReceiptPage], None], Callable[[ApiError], None]], bool]


@dataclass(frozen=True, slots=True)
class RowTexts:
    """A row's strings in the current language, made once and painted many times."""

    day: str
    time: str
    store: str
    number: str  # "No. 1234"
    count: str  # "8 products"
    total: str
    matched: tuple[tuple[str, bool], ...] = ()  # with a search: the products that matched, words marked

    def matched_text(self) -> str:
        return "".join(run for run, _ in self.matched)

    def spoken(self) -> str:
        parts = (self.day, self.time, self.store, self.total, self.number, self.count, self.matched_text())
        return " · ".join(part for part in parts if part)


@dataclass(frozen=True)
class SecondLine:
    """What a row's second line shows at its width: the store and the count always whole
    (the store elided only when it alone is wider than the row), the receipt number only
    where all of it fits: a number is never shown cut."""

    store: str
    number: str
    count: str


def day_text(day: date, lang: str) -> str:
    """"la 12.5.2025": the weekday helps a member find "last Saturday's" receipt."""
    weekday = QLocale(LOCALE_NAMES[lang]).dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {fmt.date_text(day, lang)}"


class ReceiptListModel(QAbstractListModel):
    """The member's receipts for one `ReceiptQuery`, newest first, fetched page by page.

    `set_query` starts a new list: the rows on screen stay until the new first page
    arrives (no blank flash on a quick search), then are replaced at once. `counted`
    tells that the first page (with the number of matches) is in; `failed` passes an
    `ApiError` of the current query; `loading_changed` follows the fetch in flight.
    """

    SummaryRole = Qt.ItemDataRole.UserRole + 1
    TextsRole = Qt.ItemDataRole.UserRole + 2

    loading_changed = Signal(bool)
    counted = Signal()
    failed = Signal(object)

    def __init__(self, call: Call, *, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._page_size = page_size
        self._rows: list[ReceiptSummary] = []
        self._ids: set[int] = set()
        self._texts: dict[int, RowTexts] = {}
        self._query: ReceiptQuery | None = None
        self._cursor: str | None = None
        self._more = False
        self._loading = False
        self._replacing = False  # rows shown are the previous query's until its first page arrives
        self._generation = 0
        self._total: int | None = None
        self._total_capped = False  # the backend counted a search only so far: more than _total match
        self._error: ApiError | None = None
        self._words: tuple[str, ...] = ()  # the search words of the rows shown (not of a query on its way)
        self.fetches = 0  # pages asked for since the last clear (for tests and the bench)

    # --- the query ------------------------------------------------------------------------

    def query(self) -> ReceiptQuery | None:
        return self._query

    def set_query(self, query: ReceiptQuery, *, again: bool = False) -> bool:
        """List the receipts of `query`; the same query again only if `again` (retry, refresh)."""
        if query == self._query and not again and self._error is None:
            return False
        self._generation += 1
        self._query = query
        self._cursor = None
        self._more = True
        self._total = None
        self._error = None
        self._replacing = True
        self._set_loading(False)
        self._fetch()
        return True

    def retry(self) -> None:
        """After a failure: the first page again, or the page that failed (never while one is on its way)."""
        if self._query is None or self._loading:
            return
        if self._replacing or not self._rows:
            self.set_query(self._query, again=True)
        elif self._error is not None:
            self._error = None
            self._fetch()

    def clear(self) -> None:
        """Forget every receipt and the query; a page still on its way is dropped."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._ids = set()
        self._texts = {}
        self._words = ()
        self.endResetModel()
        self._query = None
        self._cursor = None
        self._more = False
        self._total = None
        self._error = None
        self._replacing = False
        self.fetches = 0
        self._set_loading(False)

    def retranslate(self) -> None:
        """The language changed: rows are formatted again when next painted."""
        self._texts = {}
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    # --- state ------------------------------------------------------------------------------

    def total(self) -> int | None:
        """How many receipts match the query (known once its first page is in)."""
        return None if self._replacing else self._total

    def total_capped(self) -> bool:
        """Whether more receipts match than total() says (a search is counted only so far)."""
        return self._total_capped

    def is_loading(self) -> bool:
        return self._loading

    def is_complete(self) -> bool:
        """Every matching receipt is in the model."""
        return self._query is not None and not self._replacing and not self._more

    def shown_words(self) -> tuple[str, ...]:
        """The search words of the rows on screen: with any, each row names the products that matched."""
        return self._words

    def is_first_page_in(self) -> bool:
        return self._query is not None and not self._replacing

    def error(self) -> ApiError | None:
        return self._error

    def receipt(self, row: int) -> ReceiptSummary:
        return self._rows[row]

    def receipts(self) -> list[ReceiptSummary]:
        return list(self._rows)

    # --- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # any value, by role
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        receipt = self._rows[index.row()]
        if role == self.SummaryRole:
            return receipt
        if role == self.TextsRole:
            return self._texts_of(receipt)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts_of(receipt).spoken()
        return None

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._query is not None and self._more and not self._loading
                and not self._replacing and self._error is None)

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    # --- fetching -----------------------------------------------------------------------------

    def _fetch(self) -> None:
        query = self._query
        assert query is not None
        cursor, generation, limit = self._cursor, self._generation, self._page_size

        def work(api: ApiClient) -> ReceiptPage:
            return api.receipts(cursor=cursor, limit=limit, q=query.q, date_from=query.date_from,
                                date_to=query.date_to, store_id=query.store_id)

        self._set_loading(True)
        self.fetches += 1
        if not self._call(work, lambda page: self._arrived(generation, page),
                          lambda exc: self._failed(generation, exc)):
            self._set_loading(False)  # not in the portal (any more): nothing to ask

    def _arrived(self, generation: int, page: ReceiptPage) -> None:
        if generation != self._generation:
            return  # asked for another query, or before a wipe
        first = self._replacing
        if first:
            self.beginResetModel()
            self._rows = []
            self._ids = set()
            self._texts = {}
            self._total = page.total
            self._total_capped = page.total_capped
            self._words = search_words(self._query.q if self._query is not None else None)
            self._replacing = False
            self._add(page.items)
            self.endResetModel()
        elif page.items:
            new = [r for r in page.items if r.id not in self._ids]
            if new:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
                self._add(new)
                self.endInsertRows()
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None and bool(page.items)
        if (self._total is None or self._total_capped) and not self._more:
            self._total, self._total_capped = len(self._rows), False  # every row is in: the count is exact
        self._set_loading(False)  # after the count: the page's status line reads it then
        if first:
            self.counted.emit()

    def _add(self, items: list[ReceiptSummary]) -> None:
        for receipt in items:
            if receipt.id not in self._ids:
                self._ids.add(receipt.id)
                self._rows.append(receipt)

    def _failed(self, generation: int, exc: ApiError) -> None:
        if generation != self._generation:
            return
        self._error = exc
        self._set_loading(False)
        self.failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- texts --------------------------------------------------------------------------------

    def _texts_of(self, receipt: ReceiptSummary) -> RowTexts:
        texts = self._texts.get(receipt.id)
        if texts is None:
            lang = current_language()
            matched = highlighted(", ".join(receipt.matched_lines), self._words) if self._words else ()
            texts = RowTexts(day=day_text(receipt.purchased_at.date(), lang),
                             time=fmt.time_text(receipt.purchased_at, lang), store=receipt.store.name,
                             number=self.tr("No. {number}").format(number=receipt.number),
                             count=self.tr("%n products", "", receipt.line_count),
                             total=fmt.money(receipt.total_cents, lang), matched=matched)
            self._texts[receipt.id] = texts
        return texts


class ReceiptListView(QListView):
    """The finger-scrolled list: uniform painted rows, no selection, next pages asked early.

    Colours of the painted rows come from the style sheet (qproperty-*), so high
    contrast reaches them; a pressed row is tinted until the finger lifts or scrolls.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QColor("#FFFFFF")
        self._row_border = QColor("#D9D3C5")
        self._pressed = QColor("#E7F0EB")
        self._text = QColor("#1C2A24")
        self._muted = QColor("#46564F")
        self._amount = QColor("#00563F")
        self.pressed_row = -1
        self.setObjectName("receipts-list")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keypad's arrows go row by row, OK opens
        self.setMouseTracking(False)
        self.setItemDelegate(ReceiptDelegate(self))
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        scroller = QScroller.scroller(self.viewport())
        properties = scroller.scrollerProperties()
        # no rubber band past the ends: the list's end is where the next page is fetched
        properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
                                   QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        scroller.setScrollerProperties(properties)
        scroller.stateChanged.connect(self._scroller_state)
        self.verticalScrollBar().valueChanged.connect(self._maybe_fetch)
        self.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._maybe_fetch())

    rowColor = color_property("_row")
    rowBorderColor = color_property("_row_border")
    pressedColor = color_property("_pressed")
    textColor = color_property("_text")
    mutedColor = color_property("_muted")
    amountColor = color_property("_amount")

    def colors(self) -> tuple[QColor, QColor, QColor, QColor, QColor, QColor]:
        return self._row, self._row_border, self._pressed, self._text, self._muted, self._amount

    def _maybe_fetch(self, _value: int = 0) -> None:
        """Ask for the next page while screens of rows are still left, so a flick rarely meets the end."""
        model = self.model()
        if model is None or not model.canFetchMore(QModelIndex()):
            return
        bar = self.verticalScrollBar()
        if bar.maximum() - bar.value() < PREFETCH_SCREENS * max(1, self.viewport().height()):
            model.fetchMore(QModelIndex())

    def _scroller_state(self, state: QScroller.State) -> None:
        if state in (QScroller.State.Dragging, QScroller.State.Scrolling):
            self._set_pressed(-1)

    def _set_pressed(self, row: int) -> None:
        if row != self.pressed_row:
            old, self.pressed_row = self.pressed_row, row
            model = self.model()
            for changed in (old, row):
                if model is not None and 0 <= changed < model.rowCount():
                    self.update(self.visualRect(model.index(changed, 0)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._set_pressed(self.indexAt(event.position().toPoint()).row())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._set_pressed(-1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            delegate = self.itemDelegate()
            if isinstance(delegate, ReceiptDelegate):
                delegate.forget_fonts()
                delegate.set_narrow(delegate.is_narrow(self.viewport().width(), self.font()))
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, ReceiptDelegate) and delegate.set_narrow(
                delegate.is_narrow(self.viewport().width(), self.font())):
            self.scheduleDelayedItemsLayout()  # every row a line higher or lower
        super().resizeEvent(event)


class ReceiptDelegate(QStyledItemDelegate):
    """Paints a receipt row as a card: day and time, store and receipt number, the total.

    Fonts, metrics and row geometry are worked out once per base font (the style
    sheet's, larger in large-text mode); a paint is a rounded rectangle and six text runs.
    """

    PAD_X = 28
    PAD_Y = 14
    GAP = 10  # between rows
    CHEVRON = 28
    SPACE = 20  # between the texts of a line

    def __init__(self, view: ReceiptListView) -> None:
        super().__init__(view)
        self._view = view
        self._font_key = ""
        self._strong = self._normal = self._small = self._amount = self._small_bold = QFont()
        self._strong_metrics = self._normal_metrics = self._small_metrics = self._amount_metrics = QFontMetrics(QFont())
        self._small_bold_metrics = QFontMetrics(QFont())
        self._top = self._second = self._third = self._height = 0
        self._narrow = False  # the total on a line of its own under the day (_is_narrow)

    def forget_fonts(self) -> None:
        self._font_key = ""

    def _ensure_fonts(self, base: QFont) -> None:
        key = base.key()
        if key == self._font_key:
            return
        size = base.pointSizeF() if base.pointSizeF() > 0 else 22.0
        self._strong = QFont(base)
        self._strong.setBold(True)
        self._normal = QFont(base)
        self._small = QFont(base)
        self._small.setPointSizeF(max(18.0, size * 0.82))
        self._amount = QFont(base)
        self._amount.setBold(True)
        self._amount.setPointSizeF(size * 1.15)
        self._strong_metrics = QFontMetrics(self._strong)
        self._normal_metrics = QFontMetrics(self._normal)
        self._small_metrics = QFontMetrics(self._small)
        self._amount_metrics = QFontMetrics(self._amount)
        self._small_bold = QFont(self._small)
        self._small_bold.setBold(True)
        self._small_bold_metrics = QFontMetrics(self._small_bold)
        self._top = max(m.height() for m in (self._strong_metrics, self._amount_metrics))
        self._second = max(self._normal_metrics.height(), self._small_metrics.height())
        self._third = max(self._small_metrics.height(), self._small_bold_metrics.height())
        self._height = self.PAD_Y * 2 + self._top + 4 + self._second + self.GAP
        self._font_key = key

    def second_line(self, texts: RowTexts, room: int, base: QFont) -> SecondLine:
        """Line 2 for a row whose texts have `room` px (in the view's `base` font)."""
        self._ensure_fonts(base)
        count_width = self._small_metrics.horizontalAdvance(texts.count)
        store_room = max(0, room - count_width - self.SPACE)
        store = self._normal_metrics.elidedText(texts.store, Qt.TextElideMode.ElideRight, store_room)
        number_room = store_room - self._normal_metrics.horizontalAdvance(store) - self.SPACE
        number = texts.number if self._small_metrics.horizontalAdvance(texts.number) <= number_room else ""
        return SecondLine(store, number, texts.count)

    def text_room(self, row_width: int) -> int:
        """The width a row's texts have between its padding and the chevron."""
        return row_width - 2 - 2 * self.PAD_X - self.CHEVRON - 12

    def is_narrow(self, row_width: int, base: QFont) -> bool:
        """The longest day and a three-figure total do not fit one line of a row `row_width` px wide (large text
        on a compact screen: the day was painted over the total): the total goes on a line of its own."""
        self._ensure_fonts(base)
        lang = current_language()
        day = self._strong_metrics.horizontalAdvance(day_text(date(2026, 12, 30), lang))
        total = self._amount_metrics.horizontalAdvance(fmt.money(99999, lang)) + 8
        return day + self.SPACE + total > self.text_room(row_width)

    def set_narrow(self, narrow: bool) -> bool:
        """True if that changed (the rows' height with it)."""
        changed, self._narrow = narrow != self._narrow, narrow
        return changed

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Every row alike (the view's uniform rows); with a search, each has a line for what matched; in a
        narrow list the total has a line of its own."""
        self._ensure_fonts(option.font)
        model = index.model()
        searched = isinstance(model, ReceiptListModel) and bool(model.shown_words())
        total_line = self._amount_metrics.height() + 4 if self._narrow else 0
        return QSize(400, self._height + total_line + (4 + self._third if searched else 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Line 1: the day in bold, its time, the total at the right; line 2: the store, then the number;
        line 3 (a search): the products that matched, the search words in bold in the accent colour."""
        texts = index.data(ReceiptListModel.TextsRole)
        if not isinstance(texts, RowTexts):
            return
        self._ensure_fonts(option.font)
        row_color, border, pressed, text, muted, amount_color = self._view.colors()
        rect: QRect = option.rect
        card = QRectF(rect).adjusted(1, self.GAP / 2, -1, -self.GAP / 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1.5))
        painter.setBrush(pressed if index.row() == self._view.pressed_row else row_color)
        painter.drawRoundedRect(card, 16, 16)

        top, second = self._top, self._second
        y1 = int(card.top()) + self.PAD_Y
        y2 = y1 + top + 4
        total_top = y1
        if self._narrow:  # the total under the day, at the right; the store's line under it
            total_top = y2
            y2 += self._amount_metrics.height() + 4
        left = int(card.left()) + self.PAD_X
        right = int(card.right()) - self.PAD_X - self.CHEVRON - 12  # the texts end here
        centre = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # line 1
        total_width = self._amount_metrics.horizontalAdvance(texts.total) + 8
        day_width = self._strong_metrics.horizontalAdvance(texts.day)
        painter.setPen(text)
        painter.setFont(self._strong)
        painter.drawText(QRect(left, y1, day_width + 4, top), centre, texts.day)
        time_left = left + day_width + 20
        time_right = right if self._narrow else right - total_width
        time = texts.time if self._normal_metrics.horizontalAdvance(texts.time) <= time_right - time_left else ""
        painter.setPen(muted)
        painter.setFont(self._normal)
        painter.drawText(QRect(time_left, y1, max(0, time_right - time_left), top), centre, time)
        painter.setPen(amount_color)
        painter.setFont(self._amount)
        painter.drawText(QRect(right - total_width, total_top, total_width, top),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, texts.total)
        # line 2: the store, the receipt number if it fits whole, the count at the right under the total
        line = self.second_line(texts, right - left, option.font)
        painter.setPen(text)
        painter.setFont(self._normal)
        store_width = self._normal_metrics.horizontalAdvance(line.store)
        painter.drawText(QRect(left, y2, store_width + 4, second), centre, line.store)
        painter.setPen(muted)
        painter.setFont(self._small)
        if line.number:
            number_left = left + store_width + self.SPACE
            painter.drawText(QRect(number_left, y2, max(0, right - number_left), second), centre, line.number)
        count_width = self._small_metrics.horizontalAdvance(line.count) + 4
        painter.drawText(QRect(right - count_width, y2, count_width, second),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, line.count)
        if texts.matched:
            self._paint_matched(painter, texts.matched, left, y2 + second + 4, right, muted, amount_color)
        # a chevron: the row opens
        pen = QPen(muted, 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        cy = card.center().y()
        cx = card.right() - self.PAD_X - self.CHEVRON / 2
        painter.drawPolyline([QPointF(cx - 5, cy - 11), QPointF(cx + 6, cy), QPointF(cx - 5, cy + 11)])
        painter.restore()

    def _paint_matched(self, painter: QPainter, runs: tuple[tuple[str, bool], ...], left: int, top: int,
                       right: int, muted: QColor, accent: QColor) -> None:
        """The runs one after another; the one that meets the right edge is cut with an ellipsis."""
        x = left
        centre = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for run, mark in runs:
            font, metrics = (self._small_bold, self._small_bold_metrics) if mark else (
                self._small, self._small_metrics)
            room = right - x
            if room <= 0:
                break
            text = metrics.elidedText(run, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(text)
            painter.setFont(font)
            painter.setPen(accent if mark else muted)
            painter.drawText(QRect(x, top, width + 2, self._third), centre, text)
            if text != run:
                break
            x += width
