"""The Warranty receipts tab: what the member bought with a warranty, and how long it lasts.

The list answers "is it still under warranty?" at a glance ("Valid until", "Ends in N
days" in the last 90 days, "Expired on"); a tap opens everything a repair shop asks for
(serial number or EAN, guarantor, receipt number) with the original receipt one tap
away and the warranty receipt to print or take to the phone.
"""

from __future__ import annotations

import time
from datetime import date
from enum import Enum

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import ApiError, WarrantyReceipt
from kiosk.i18n import format as fmt
from kiosk.output import OutputAction, OutputRequest
from kiosk.session import Session
from kiosk.views.icons import Icon
from kiosk.views.sections import LoadState, SectionContent
from kiosk.views.theme import Layout
from kiosk.views.widgets import FlowRow, IconView, button, label, scroll_area, surface

ENDING_SOON_DAYS = 90
ROW_HEIGHT = 112  # px: a list row is a large touch target
DOUBLE_TAP_S = 1.5  # a second identical output request within this time is the same tap


def _longest_word(widget: QLabel) -> int:
    """The widest word of a wrapped label's text: narrower than that, the label cuts it."""
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(word) for word in widget.text().split()), default=0)


class _Fields(QWidget):
    """The detail's captioned values in two columns, or in one where a value's longest word would not
    fit half the width (large text, portrait: "Takuunantaja", a serial number)."""

    SPACING = 48

    def __init__(self) -> None:
        super().__init__()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(self.SPACING)
        self._grid.setVerticalSpacing(14)
        self._fields: list[QWidget] = []
        self._columns = 0

    def add(self, caption: QLabel, value: QLabel) -> None:
        field = QWidget()
        box = QVBoxLayout(field)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(caption)
        box.addWidget(value)
        self._fields.append(field)
        self._place(self._columns or 2, again=True)

    def _place(self, columns: int, *, again: bool = False) -> None:
        if columns == self._columns and not again:
            return
        self._columns = columns
        for field in self._fields:
            self._grid.removeWidget(field)
        for index, field in enumerate(self._fields):
            self._grid.addWidget(field, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _widest(self) -> int:
        return max((field.minimumSizeHint().width() for field in self._fields), default=0)

    def minimumSizeHint(self) -> QSize:
        """One column's: the page around it may be that narrow, and then the values go one under the other."""
        return QSize(self._widest(), super().minimumSizeHint().height())

    def _arrange(self, width: int) -> None:
        self._place(2 if 2 * self._widest() + self.SPACING <= width else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutRequest) and self.width() > 0:
            self._arrange(self.width())  # another warranty's values, large text turned on or off
        return super().event(event)


class WarrantyStatus(Enum):
    VALID = "valid"
    ENDING = "ending"  # ENDING_SOON_DAYS or fewer left (0 = ends today)
    EXPIRED = "expired"


def warranty_status(ends_on: date, today: date) -> tuple[WarrantyStatus, int]:
    """The warranty's state and the days left (negative once expired); the end day still counts."""
    days = (ends_on - today).days
    if days < 0:
        return WarrantyStatus.EXPIRED, days
    if days <= ENDING_SOON_DAYS:
        return WarrantyStatus.ENDING, days
    return WarrantyStatus.VALID, days


_STATUS_ICONS = {WarrantyStatus.VALID: (Icon.CHECK, ""), WarrantyStatus.ENDING: (Icon.CLOCK, "warning"),
                 WarrantyStatus.EXPIRED: (Icon.CALENDAR, "muted")}



class WarrantyRow(QPushButton):
    """One warranty receipt in the list: a large button holding wrapped labels.

    QPushButton sizes itself by its own text; this one has none, so its size comes
    from the labels' layout (Finnish product names wrap instead of being cut).
    """

    def __init__(self, warranty_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warranty_id = warranty_id
        self.setObjectName("warranty-row")
        self.setProperty("kind", "quiet")  # and its own look: QPushButton#warranty-row in the theme
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(ROW_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status_icon = IconView(Icon.CHECK, 48)
        self.product = label("highlight", name="warranty-row-product")
        self.bought = label("muted", name="warranty-row-bought")
        self.status = label("body", name="warranty-row-status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for child in (self.product, self.bought, self.status):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.product)
        texts.addWidget(self.bought)
        status_row = QHBoxLayout()
        status_row.setSpacing(24)
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.status, 1)
        self._columns = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(28, 14, 28, 14)
        layout.setSpacing(24)
        layout.addLayout(texts, 3)
        layout.addLayout(status_row, 2)

    def set_status(self, status: WarrantyStatus, text: str) -> None:
        icon, tone = _STATUS_ICONS[status]
        self.status_icon.set_icon(icon)
        self.status_icon.setProperty("tone", tone)
        self.status_icon.style().unpolish(self.status_icon)
        self.status_icon.style().polish(self.status_icon)
        self.status.setText(text)
        self.status.setProperty("role", "muted" if status is WarrantyStatus.EXPIRED else "highlight")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def wipe(self) -> None:
        for child in (self.product, self.bought, self.status):
            child.setText("")
        self.setAccessibleName("")
        self.warranty_id = 0

    def _fits_beside(self, width: int) -> bool:
        """Whether the status fits beside the product without cutting a word of either (large text,
        a narrow portrait screen: the status goes under the product instead)."""
        inner = width - 2 * 28 - 24
        texts, status = inner * 3 / 5, inner * 2 / 5 - 48 - 24
        return (max(_longest_word(self.product), _longest_word(self.bought)) <= texts
                and _longest_word(self.status) <= status)

    def _arrange(self, width: int) -> None:
        beside = self._fits_beside(width)
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() is not direction:
            self._columns.setDirection(direction)
            self._columns.setSpacing(24 if beside else 8)
            self.status.setAlignment((Qt.AlignmentFlag.AlignRight if beside else Qt.AlignmentFlag.AlignLeft)
                                     | Qt.AlignmentFlag.AlignVCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        self._arrange(width)  # the list asks for the row's own width: the arrangement it will have
        layout = self.layout()
        return max(ROW_HEIGHT, layout.totalHeightForWidth(width) if layout is not None else 0)

    def sizeHint(self) -> QSize:
        # Its own width where it has one: asked at another, heightForWidth would arrange the row for that width,
        # and a row 822 px wide arranged for 900 kept the product beside the status, its longest word cut
        # (large text on 1280x1024: 'Leivänpaahdin,')
        width = self.width() if self.width() > 0 else 900
        return QSize(900, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(400, ROW_HEIGHT)


class WarrantyPage(SectionContent):
    """Loading / the list (or "none yet") / one warranty receipt's detail.

    For the screen tour: `activate()` loads the list, `show_warranty(id)` opens a
    detail (loading it if needed), `show_list()` goes back; `warranties()` gives the ids.
    """

    open_receipt = Signal(int)  # the original receipt's id: the container opens it on the receipts tab

    LOADING, LIST, EMPTY, DETAIL = range(4)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._items: list[WarrantyReceipt] | None = None
        self._current: WarrantyReceipt | None = None
        self._loading = False
        self._request = 0
        self._rows: list[WarrantyRow] = []
        self._last_output: tuple[OutputRequest, float] | None = None
        self._pending_detail = 0  # a warranty asked for before the list arrived

        self.load_state = LoadState()
        self.load_state.retry_clicked.connect(self.reload)
        self.states = QStackedWidget()
        self.states.addWidget(self.load_state)
        self.states.addWidget(self._build_list())
        self.states.addWidget(self._build_empty())
        self.states.addWidget(self._build_detail())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.states)
        session.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    # --- construction --------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        page = QWidget()
        self.list_heading = label("heading", name="warranty-heading")
        self.list_hint = label("muted", name="warranty-hint")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(14)
        self._list_layout = layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 16, 48, 24)
        layout.setSpacing(8)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.list_hint)
        layout.addSpacing(8)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        return scroll_area(page)

    def _build_empty(self) -> QWidget:
        page = QWidget()
        self._empty_card = card = surface("card", name="warranty-empty-card")
        card.setFixedWidth(1000)
        self.empty_title = label("heading", name="warranty-empty-title", align=Qt.AlignmentFlag.AlignHCenter)
        self.empty_text = label("lead", name="warranty-empty-text", align=Qt.AlignmentFlag.AlignHCenter)
        cl = QVBoxLayout(card)
        cl.setContentsMargins(56, 48, 56, 48)
        cl.setSpacing(20)
        cl.addWidget(IconView(Icon.INFO, 88), 0, Qt.AlignmentFlag.AlignHCenter)
        cl.addWidget(self.empty_title)
        cl.addWidget(self.empty_text)
        self._empty_row = row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return scroll_area(page)  # large text on a low screen: the explanation scrolls, never squeezed

    def _field(self, fields: _Fields, name: str) -> tuple[QLabel, QLabel]:
        caption = label("caption", name=f"warranty-{name}-caption")
        value = label("lead", name=f"warranty-{name}")
        fields.add(caption, value)
        return caption, value

    def _build_detail(self) -> QWidget:
        page = QWidget()
        self.back = button("quiet", name="warranty-back", min_height=80, on_click=self.show_list)
        self.back.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        card = surface("card", name="warranty-detail-card")
        self.product = label("heading", name="warranty-product")
        self.status_icon = IconView(Icon.CHECK, 44)
        self.status = label("highlight", name="warranty-status")
        status_row = QHBoxLayout()
        status_row.setSpacing(14)
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.status, 1)

        fields = _Fields()
        self.purchased_caption, self.purchased = self._field(fields, "purchased")
        self.store_caption, self.store = self._field(fields, "store")
        self.period_caption, self.period = self._field(fields, "period")
        self.ends_caption, self.ends = self._field(fields, "ends")
        self.guarantor_caption, self.guarantor = self._field(fields, "guarantor")
        self.receipt_caption, self.receipt_number = self._field(fields, "receipt-number")
        self.code_caption, self.code = self._field(fields, "code")
        self.ean_caption, self.ean = self._field(fields, "ean")  # beside a serial number only

        self.original = button("secondary", name="warranty-original", min_height=88,
                               on_click=self._open_original)
        self.print_button = button("secondary", name="warranty-print", min_height=88,
                                   on_click=lambda: self._output("print"))
        self.phone_button = button("primary", name="warranty-phone", min_height=88,
                                   on_click=lambda: self._output("phone"))
        # the original receipt at the left, the outputs at the right; one under the other where they do
        # not fit side by side (large text, portrait)
        original_box = QWidget()
        ol = QHBoxLayout(original_box)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(self.original)
        ol.addStretch(1)
        actions = FlowRow(original_box, self.print_button, self.phone_button, spacing=20)

        self._card_layout = cl = QVBoxLayout(card)
        cl.setContentsMargins(48, 24, 48, 28)
        cl.setSpacing(12)
        cl.addWidget(self.product)
        cl.addLayout(status_row)
        cl.addSpacing(4)
        cl.addWidget(fields)
        cl.addSpacing(8)
        cl.addWidget(actions)

        self._detail_layout = layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 12, 48, 16)
        layout.setSpacing(12)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(card)
        layout.addStretch(1)
        return scroll_area(page)

    def set_layout(self, layout: Layout) -> None:
        """Less air at the sides on a compact screen: at large text on 1280x1024 'Näytä alkuperäinen kuitti'
        and the margins around it were wider than the page. The "none yet" card is 1000 px where the
        screen is wide, and as wide as the page allows elsewhere (a compact or portrait page is narrower)."""
        compact = layout is Layout.COMPACT
        side = 24 if compact else 48
        self._list_layout.setContentsMargins(side, 16, side, 24)
        self._detail_layout.setContentsMargins(side, 12, side, 16)
        self._card_layout.setContentsMargins(32 if compact else 48, 24, 32 if compact else 48, 28)
        wide = layout is Layout.WIDE
        if wide:
            self._empty_card.setFixedWidth(1000)
        else:
            self._empty_card.setMinimumWidth(0)
            self._empty_card.setMaximumWidth(1000)
        for index, stretch in enumerate((1, 0, 1) if wide else (0, 1, 0)):  # elsewhere the card takes the width
            self._empty_row.setStretch(index, stretch)

    # --- loading -------------------------------------------------------------------------

    def activate(self) -> None:
        """Load the list the first time (and after a failure); later visits keep what is shown."""
        if self._items is None and not self._loading:
            self.reload()

    def reload(self) -> None:
        self._request += 1
        request = self._request
        self._loading = True
        self.load_state.show_loading()
        self.states.setCurrentIndex(self.LOADING)

        def done(items: list[WarrantyReceipt]) -> None:
            if request == self._request:
                self._loading = False
                self._show_items(items)

        def failed(error: ApiError) -> None:
            if request == self._request:
                self._loading = False
                self.load_state.show_error(error)

        if not self.call(lambda api: api.warranty_receipts(), done, failed):
            self._loading = False

    def _show_items(self, items: list[WarrantyReceipt]) -> None:
        self._items = list(items)
        self._wipe_rows()
        for item in self._items:
            row = WarrantyRow(item.id)
            row.clicked.connect(lambda _c=False, warranty_id=item.id: self.show_warranty(warranty_id))
            self.rows.addWidget(row)
            self._rows.append(row)
        pending, self._pending_detail = self._pending_detail, 0
        self.retranslate()
        if pending:
            self.show_warranty(pending)
        else:
            self.show_list()

    # --- navigation ----------------------------------------------------------------------

    def warranties(self) -> list[WarrantyReceipt]:
        """What the list shows (empty before loading and after clear)."""
        return list(self._items or [])

    def current(self) -> WarrantyReceipt | None:
        """The warranty receipt whose detail is open."""
        return self._current if self.states.currentIndex() == self.DETAIL else None

    def show_list(self) -> None:
        self._current = None
        self._last_output = None
        if self._items is None:
            self.activate()
            return
        self.states.setCurrentIndex(self.LIST if self._items else self.EMPTY)

    def show_warranty(self, warranty_id: int) -> None:
        """Open one warranty receipt's detail (loads the list first if it is not there yet)."""
        if self._items is None:
            self._pending_detail = warranty_id
            self.activate()
            return
        item = next((w for w in self._items if w.id == warranty_id), None)
        if item is None:
            self.show_list()
            return
        self._current = item
        self._last_output = None
        self._show_detail()
        self.states.setCurrentIndex(self.DETAIL)

    def _open_original(self) -> None:
        if self._current is not None:
            self.open_receipt.emit(self._current.receipt_id)

    def _output(self, action: OutputAction) -> None:
        if self._current is None:
            return
        request = OutputRequest("warranty", self._current.id, action)
        now = time.monotonic()
        if self._last_output is not None and self._last_output[0] == request \
                and now - self._last_output[1] < DOUBLE_TAP_S:
            return  # the same tap twice: send it once
        self._last_output = (request, now)
        self.session.request_output(request)

    # --- texts ---------------------------------------------------------------------------

    def status_text(self, item: WarrantyReceipt, today: date | None = None, *, long: bool = False) -> str:
        """ "Valid until <date>", "Ends in N days" (or "Ends today"), "Expired on <date>"."""
        lang = self.session.language
        status, days = warranty_status(item.warranty_ends_on, today or fmt.store_today())
        when = fmt.date_text(item.warranty_ends_on, lang, long=long)
        if status is WarrantyStatus.EXPIRED:
            return self.tr("Expired on {date}").format(date=when)
        if status is WarrantyStatus.VALID:
            return self.tr("Valid until {date}").format(date=when)
        if days == 0:
            return self.tr("Ends today")
        return self.tr("Ends in %n days", "", days)

    def retranslate(self) -> None:
        self.list_heading.setText(self.tr("Your warranty receipts"))
        self.list_hint.setText(self.tr("Tap a product to see its warranty, print it or take it to your phone."))
        self.empty_title.setText(self.tr("You have no warranty receipts"))
        self.empty_text.setText(self.tr(
            "When you buy a product with a warranty, such as a household appliance, its warranty receipt is kept "
            "here for you."))
        self.back.setText(self.tr("‹ All warranty receipts"))
        self.purchased_caption.setText(self.tr("Purchase date"))
        self.store_caption.setText(self.tr("Store"))
        self.period_caption.setText(self.tr("Warranty period"))
        self.ends_caption.setText(self.tr("Warranty ends"))
        self.guarantor_caption.setText(self.tr("Guarantor"))
        self.receipt_caption.setText(self.tr("Receipt number"))
        self.original.setText(self.tr("Show original receipt"))
        self.print_button.setText(self.tr("Print"))
        self.phone_button.setText(self.tr("Take to phone"))
        if self._items:
            lang = self.session.language
            today = fmt.store_today()
            for row, item in zip(self._rows, self._items, strict=True):
                row.product.setText(item.product_name)
                row.bought.setText(self.tr("Bought {date} · {store}").format(
                    date=fmt.date_text(item.purchased_on, lang), store=item.store.name))
                status, _days = warranty_status(item.warranty_ends_on, today)
                text = self.status_text(item, today)
                row.set_status(status, text)
                row.setAccessibleName(f"{item.product_name}, {text}")
        if self._current is not None:
            self._show_detail()

    def _show_detail(self) -> None:
        item = self._current
        if item is None:
            return
        lang = self.session.language
        status, _days = warranty_status(item.warranty_ends_on, fmt.store_today())
        icon, tone = _STATUS_ICONS[status]
        self.status_icon.set_icon(icon)
        self.status_icon.setProperty("tone", tone)
        self.status_icon.style().unpolish(self.status_icon)
        self.status_icon.style().polish(self.status_icon)
        self.product.setText(item.product_name)
        self.status.setText(self.status_text(item, long=True))
        if item.serial_number:
            self.code_caption.setText(self.tr("Serial number"))
            self.code.setText(item.serial_number)
            self.ean_caption.setText(self.tr("EAN code") if item.ean else "")
            self.ean.setText(item.ean or "")
        else:
            self.code_caption.setText(self.tr("EAN code"))
            self.code.setText(item.ean or "–")
            self.ean_caption.setText("")
            self.ean.setText("")
        for widget in (self.ean_caption, self.ean):
            widget.setVisible(bool(widget.text()))
        self.purchased.setText(fmt.date_text(item.purchased_on, lang, long=True))
        self.store.setText(self.tr("{store}, {town}").format(store=item.store.name, town=item.store.town))
        self.period.setText(self.tr("%n months", "", item.warranty_months))
        self.ends.setText(fmt.date_text(item.warranty_ends_on, lang, long=True))
        self.guarantor.setText(item.guarantor)
        self.receipt_number.setText(item.receipt_number)

    # --- privacy -------------------------------------------------------------------------

    def _wipe_rows(self) -> None:
        for row in self._rows:
            row.wipe()
            self.rows.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows.clear()

    def clear(self) -> None:
        """The session ended: no product, serial number, store or receipt number stays."""
        self._request += 1
        self._loading = False
        self._items = None
        self._current = None
        self._last_output = None
        self._pending_detail = 0
        self._wipe_rows()
        for widget in (self.product, self.status, self.code, self.code_caption, self.ean, self.ean_caption,
                       self.purchased, self.store, self.period, self.ends, self.guarantor, self.receipt_number):
            widget.setText("")
        self.load_state.show_loading()
        self.states.setCurrentIndex(self.LOADING)
