"""The demo devices panel: the card slot, the member's phone and the printer, by hand.

Shown only in demo mode, in a strip of its own that the kiosk window never covers
(testbed.demo_mode places both), so a presenter can insert any demo card, pull it,
answer the phone confirmation in every way a phone can, and put the printer out of
paper, while the audience watches the kiosk. It has the kiosk's look (its style sheet,
palette and bundled fonts) at a presenter's size, and a fixed size: what does not fit
scrolls inside it, and Quit stays in view.

Each demo card says what it shows (the family of three, five years of purchases, the
PINs of the staff cards...), so nobody has to remember the demo data. The phone part
follows the kiosk's request: the event code while it waits, what the phone answered for
a few seconds after, then idle again.

It does no I/O itself: DemoDevices and the phone do, the phone on its own worker thread.
In `kiosk --demo` the kiosk prints real ESC/POS bytes to an emulated printer on loopback
(`DemoDevices.printer_emulator`): the printer part sets that printer's state (including
its faults: dropping the connection mid-job, slow, silent) and shows the last receipt it
decoded from the bytes; a tap opens it inside the panel. With a simulated printer
instead, it sets the state only.
"""

from __future__ import annotations

from enum import Enum

from PIL.Image import Image
from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from backend.demo_cards import DEMO_CARD_PINS, DEMO_CARDS, DEMO_PROSPECT, DEMO_STOCK_CARDS
from kiosk.devices.base import PrinterState, ReceiptPrinter
from kiosk.devices.simulated import SimulatedPrinter
from kiosk.flows.staff import Prompt, StaffFlow
from kiosk.session import ConfirmOutcome, Session, Stage
from kiosk.speech.headphones import SimulatedHeadphoneJack
from kiosk.tasks import TaskRunner
from kiosk.views.fonts import register_fonts
from kiosk.views.theme import FontFamilies, build_stylesheet, palette
from kiosk.views.widgets import color_property
from testbed.demo import CLONED_CARD, FOREIGN_CARD, DemoDevices, PhoneAnswer
from testbed.printer_emulator import EmulatorState, PrintedJob

UNDOCKED_SIZE = (440, 1000)
"""The panel's size until `dock()` gives it its place (testbed.demo_mode.plan_layout)."""

THUMBNAIL_WIDTH = 104  # the top of the last receipt, in a box that never changes size
THUMBNAIL_HEIGHT = 136

ANSWER_SHOWN_MS = 5000
"""How long the phone part shows what the phone answered before it is idle again."""

# The demo cards in the order a presenter tells the story, in three groups. A card the
# demo data gains later goes to the group its kind and status put it in.
MEMBER_CARDS = ("matti", "sari", "eino", "elsa", "james", "anna", "eetu", "jari")
REFUSED_CARDS = ("james_closed", "lost", CLONED_CARD, FOREIGN_CARD)
STAFF_CARDS = ("staff", "technician")

# The phone's other answers, in the order the panel offers them under "More outcomes".
MORE_ANSWERS: tuple[PhoneAnswer, ...] = ("expire", "pin_blocked", "busy", "invalid_signature", "internal_error")

# What the kiosk's outcome of a request says the phone answered, for a request answered elsewhere.
_ANSWER_OF_OUTCOME: dict[ConfirmOutcome, PhoneAnswer] = {
    ConfirmOutcome.USER_CANCEL: "cancel", ConfirmOutcome.EXPIRED: "expire",
    ConfirmOutcome.CERTIFICATE_BLOCKED: "pin_blocked", ConfirmOutcome.PHONE_BUSY: "busy",
}


class PhoneState(Enum):
    IDLE = "idle"  # no request on the phone
    WAITING = "waiting"  # a request shows its event code: the presenter may answer
    SENDING = "sending"  # the answer is on its way to the phone
    ANSWERED = "answered"  # what the phone answered, for ANSWER_SHOWN_MS after the request ended


def panel_stylesheet(fonts: FontFamilies) -> str:
    """The kiosk's style sheet with the panel's sizes: the same colours and fonts, a presenter's size."""
    p = palette(False)
    return build_stylesheet(False, False, fonts) + f"""
QWidget#demo-panel, QWidget#demo-body, QStackedWidget#demo-pages {{
    background: {p.background};
    color: {p.text};
}}
QWidget#demo-panel QLabel {{ font-size: 11pt; }}
QWidget#demo-panel QLabel[role="demo-title"] {{ font-size: 15pt; font-weight: bold; color: {p.primary}; }}
QWidget#demo-panel QLabel[role="demo-section"] {{ font-size: 13pt; font-weight: bold; }}
QWidget#demo-panel QLabel[role="demo-group"] {{ font-size: 10pt; font-weight: bold; color: {p.muted}; }}
QWidget#demo-panel QLabel[role="demo-caption"] {{ font-size: 10pt; color: {p.muted}; }}
QWidget#demo-panel QLabel[role="demo-code"] {{
    font-family: "{fonts.mono}";
    font-size: 26pt;
    font-weight: bold;
    color: {p.text};
    background: {p.surface};
    border: 2px solid {p.primary};
    border-radius: 10px;
    padding: 2px 12px;
}}
QWidget#demo-panel QFrame[surface="card"] {{ border-radius: 14px; }}
QWidget#demo-panel QScrollBar:vertical {{ width: 10px; }}
QWidget#demo-panel QScrollBar::handle:vertical {{ min-height: 40px; border-radius: 5px; }}
QWidget#demo-panel QPushButton {{
    font-size: 12pt;
    min-height: 40px;
    padding: 4px 12px;
    border-radius: 10px;
}}
QWidget#demo-panel QPushButton:disabled {{
    color: {p.muted};
    border-color: {p.border};
    background: {p.background};
}}
QWidget#demo-panel QPushButton[kind="demo-chip"] {{
    font-size: 10pt;
    min-height: 30px;
    padding: 2px 8px;
    border: 1px solid {p.border};
    background: {p.surface};
    color: {p.text};
}}
QWidget#demo-panel QPushButton[kind="demo-chip"]:disabled {{
    color: {p.muted};
    background: {p.background};
}}
QWidget#demo-panel QPushButton[kind="demo-chip"]:checked {{
    background: {p.primary};
    border-color: {p.primary};
    color: {p.on_primary};
    font-weight: bold;
}}
QWidget#demo-panel CardButton {{
    font-size: 12pt;
    min-height: 48px;
    padding: 0px;
    border: 1px solid {p.border};
    background: {p.surface};
    qproperty-titleColor: {p.text};
    qproperty-detailColor: {p.muted};
    qproperty-checkedColor: {p.on_primary};
}}
QWidget#demo-panel CardButton:checked {{
    background: {p.primary};
    border: 2px solid {p.accent};
}}
QWidget#demo-panel QPushButton#demo-printed {{
    min-height: 0px;
    padding: 2px;
    border: 1px solid {p.border};
    background: {p.surface};
    border-radius: 6px;
}}
"""


class CardButton(QPushButton):
    """A demo card: who holds it in bold, what it shows under it; both wrap, nothing is cut.

    `text()` is the holder (what tests and screen readers find); the line under it is
    the accessible description. Checked while the card is in the reader.
    """

    PADDING_X = 10
    PADDING_Y = 7
    GAP = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail = ""
        self._title_color = QColor("#1C2A24")
        self._detail_color = QColor("#46564F")
        self._checked_color = QColor("#FFFFFF")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    titleColor = color_property("_title_color")
    detailColor = color_property("_detail_color")
    checkedColor = color_property("_checked_color")

    def set_texts(self, title: str, detail: str) -> None:
        self.setText(title)
        self._detail = detail
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.updateGeometry()
        self.update()

    def detail(self) -> str:
        return self._detail

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        detail = QFont(self.font())
        detail.setPointSizeF(self.font().pointSizeF() * 0.85)
        return title, detail

    def _blocks(self, width: int) -> tuple[QRect, QRect]:
        inner = max(40, width - 2 * self.PADDING_X)
        flags = int(Qt.TextFlag.TextWordWrap)
        title_font, detail_font = self._fonts()
        title = QFontMetrics(title_font).boundingRect(0, 0, inner, 10000, flags, self.text())
        detail = QFontMetrics(detail_font).boundingRect(0, 0, inner, 10000, flags, self._detail)
        return title, detail

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        title, detail = self._blocks(width)
        return max(self.minimumHeight(), title.height() + self.GAP + detail.height() + 2 * self.PADDING_Y)

    def sizeHint(self) -> QSize:
        return QSize(180, self.heightForWidth(180))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(120))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        title_rect, detail_rect = self._blocks(self.width())
        inner = self.width() - 2 * self.PADDING_X
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
        title_font, detail_font = self._fonts()
        y = max(self.PADDING_Y, (self.height() - title_rect.height() - self.GAP - detail_rect.height()) // 2)
        painter.setFont(title_font)
        painter.setPen(self._checked_color if self.isChecked() else self._title_color)
        painter.drawText(QRectF(self.PADDING_X, y, inner, title_rect.height()), flags, self.text())
        painter.setFont(detail_font)
        painter.setPen(self._checked_color if self.isChecked() else self._detail_color)
        y += title_rect.height() + self.GAP
        painter.drawText(QRectF(self.PADDING_X, y, inner, self.height() - y), flags, self._detail)
        painter.end()


def _label(role: str, *, wrap: bool = True) -> QLabel:
    widget = QLabel()
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def _button(kind: str = "secondary", *, name: str = "") -> QPushButton:
    widget = QPushButton()
    widget.setProperty("kind", kind)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        widget.setObjectName(name)
    return widget


def _section() -> tuple[QFrame, QVBoxLayout, QLabel, QLabel]:
    """A white card with a title and a note beside it, as the kiosk's sections have."""
    frame = QFrame()
    frame.setProperty("surface", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 10)
    layout.setSpacing(6)
    title = _label("demo-section", wrap=False)
    note = _label("demo-caption")
    note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(title)
    row.addWidget(note, 1)
    layout.addLayout(row)
    return frame, layout, title, note


def _stock_cards() -> tuple[list[str], str]:
    """The demo store's blank cards (inserted in turn) and the one of another store's stock."""
    own = [name for name, card in DEMO_STOCK_CARDS.items() if card.store_code == "4101"]
    other = next(name for name, card in DEMO_STOCK_CARDS.items() if card.store_code != "4101")
    return own, other


def _pixmap(image: Image) -> QPixmap:
    gray = image.convert("L")
    data = gray.tobytes()
    return QPixmap.fromImage(QImage(data, gray.width, gray.height, gray.width,
                                    QImage.Format.Format_Grayscale8).copy())


class DemoPanel(QWidget):
    quit_requested = Signal()
    _receipt_printed = Signal(object)  # a PIL image, from the emulator's thread

    def __init__(self, devices: DemoDevices, session: Session, printer: ReceiptPrinter | None = None,
                 parent: QWidget | None = None, *, answer_shown_ms: int = ANSWER_SHOWN_MS,
                 staff: StaffFlow | None = None, headphones: SimulatedHeadphoneJack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo-panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # A strip of its own: no frame to drag it over the kiosk, and above it should the kiosk be raised.
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.setStyleSheet(panel_stylesheet(register_fonts()))
        self._devices = devices
        self._session = session
        self._staff = staff
        self._printer = printer
        self._emulator = devices.printer_emulator
        self._headphones = headphones
        self._phone_runner = TaskRunner(self)

        self._title = _label("demo-title", wrap=False)
        self._subtitle = _label("demo-caption")
        self._quit = _button("secondary", name="demo-quit")
        self._quit.clicked.connect(self.quit_requested)

        self._build_cards()
        self._build_phone()
        self._build_printer()
        self._build_jack()

        self._body = QWidget()
        self._body.setObjectName("demo-body")
        self._grid = QGridLayout(self._body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("demo-scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._body)
        QScroller.grabGesture(self._scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

        self._receipt_page = self._build_receipt_page()
        self._pages = QStackedWidget()
        self._pages.setObjectName("demo-pages")
        self._pages.addWidget(self._scroll)
        self._pages.addWidget(self._receipt_page)

        self._header = QHBoxLayout()
        self._header.setSpacing(10)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(10, 8, 10, 10)
        self._outer.setSpacing(8)
        self._outer.addLayout(self._header)
        self._outer.addWidget(self._pages, 1)
        self._wide: bool | None = None
        self._arrange(wide=False)
        self.setFixedSize(*UNDOCKED_SIZE)
        # Hidden only once they have a parent: shown before, they would open as windows of their own.
        self._printer_box.setHidden(self._emulator is None and not isinstance(self._printer, SimulatedPrinter))
        self._printed_column.setHidden(self._emulator is None)
        self._jack_box.setHidden(headphones is None)

        self._waiting: str | None = None  # the request the phone part shows as waiting (its event code)
        self._sending = False
        # The request that ended and how the phone answered it (None: the answer came too late),
        # shown until the answer timer runs out.
        self._answered: tuple[str, PhoneAnswer | None] | None = None
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.setInterval(answer_shown_ms)
        self._answer_timer.timeout.connect(self._answer_shown)

        self._receipt_printed.connect(self._show_printed)
        if self._emulator is not None:
            emulator = self._emulator

            def printed(job: PrintedJob) -> None:
                self._receipt_printed.emit(job.image)

            emulator.add_job_listener(printed)
            self.destroyed.connect(lambda: emulator.remove_job_listener(printed))

        session.confirmation_changed.connect(self._refresh_phone)
        session.stage_changed.connect(self._stage_changed)
        if staff is not None:
            staff.changed.connect(self._refresh_phone)
        self.retranslate()
        self._refresh_phone()

    # --- building ------------------------------------------------------------------------------------

    def _build_cards(self) -> None:
        self._card_box, layout, self._card_title, self._card_hint = _section()
        self._card_buttons: dict[str, CardButton] = {}
        self._card_group = QButtonGroup(self)
        self._group_titles: list[QLabel] = []
        for names in self._card_groups():
            title = _label("demo-group")
            self._group_titles.append(title)
            layout.addWidget(title)
            grid = QGridLayout()
            grid.setSpacing(6)
            for index, name in enumerate(names):
                button = CardButton()
                button.clicked.connect(lambda _checked=False, n=name: self._insert(n))
                self._card_group.addButton(button)
                self._card_buttons[name] = button
                grid.addWidget(button, index // 2, index % 2)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            layout.addLayout(grid)
        self._remove = _button("secondary", name="demo-remove")
        self._remove.clicked.connect(self._pull)
        # Blank cards from stock for the staff flows (the demo store's in turn, and another store's),
        # beside Remove: the strip has no room for another row.
        self._stock_names, self._other_store_stock = _stock_cards()
        self._next_stock = 0
        self._stock_card = _button("demo-chip", name="demo-stock-card")
        self._stock_card.clicked.connect(self._insert_stock)
        self._other_stock_card = _button("demo-chip", name="demo-other-store-card")
        self._other_stock_card.clicked.connect(lambda: self._insert(self._other_store_stock))
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self._remove, 1)
        row.addWidget(self._stock_card)
        row.addWidget(self._other_stock_card)
        layout.addLayout(row)

    @staticmethod
    def _card_groups() -> tuple[list[str], list[str], list[str]]:
        members = [name for name in MEMBER_CARDS if name in DEMO_CARDS]
        refused = [name for name in REFUSED_CARDS if name in DEMO_CARDS or name in (CLONED_CARD, FOREIGN_CARD)]
        staff = [name for name in STAFF_CARDS if name in DEMO_CARDS]
        for name, card in DEMO_CARDS.items():  # cards the demo data gained after this list was written
            if name in members or name in refused or name in staff:
                continue
            if card.kind in ("staff", "technician"):
                staff.append(name)
            elif card.status == "active":
                members.append(name)
            else:
                refused.insert(len(refused) - 2, name)
        return members, refused, staff

    def _build_phone(self) -> None:
        self._phone_box, layout, self._phone_title, _note = _section()
        self._phone_state = _label("body")
        self._phone_state.setMinimumHeight(48)
        self._phone_code = _label("demo-code", wrap=False)
        self._phone_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code_row = QHBoxLayout()
        code_row.setSpacing(10)
        code_row.addWidget(self._phone_state, 1)
        code_row.addWidget(self._phone_code, 0, Qt.AlignmentFlag.AlignVCenter)
        answers = QHBoxLayout()
        answers.setSpacing(6)
        self._approve = _button("primary", name="demo-approve")
        self._approve.clicked.connect(lambda: self._decide("approve"))
        self._cancel = _button("secondary", name="demo-cancel")
        self._cancel.clicked.connect(lambda: self._decide("cancel"))
        answers.addWidget(self._approve, 3)
        answers.addWidget(self._cancel, 2)
        self._more_title = _label("demo-group")
        more = QGridLayout()
        more.setSpacing(5)
        self._more_buttons: dict[PhoneAnswer, QPushButton] = {}
        for index, answer in enumerate(MORE_ANSWERS):
            button = _button("demo-chip")
            button.clicked.connect(lambda _checked=False, a=answer: self._decide(a))
            self._more_buttons[answer] = button
            more.addWidget(button, index // 2, index % 2)
        # The simulated MSSP's own phone page, for a presenter who wants a real phone in hand.
        self._phone_page = _label("demo-caption")
        self._phone_page.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addLayout(code_row)
        layout.addLayout(answers)
        layout.addWidget(self._more_title)
        layout.addLayout(more)
        layout.addWidget(self._phone_page)

    def _build_printer(self) -> None:
        self._printer_box, layout, self._printer_title, _note = _section()
        states: list[EmulatorState | PrinterState] = (
            list(EmulatorState) if self._emulator is not None
            else [state for state in PrinterState if state is not PrinterState.UNREACHABLE])
        current: EmulatorState | PrinterState | None = (
            self._emulator.state if self._emulator is not None
            else self._printer.state if isinstance(self._printer, SimulatedPrinter) else None)
        grid = QGridLayout()
        grid.setSpacing(5)
        self._state_group = QButtonGroup(self)
        self._state_buttons: dict[EmulatorState | PrinterState, QPushButton] = {}
        for index, state in enumerate(states):
            button = _button("demo-chip")
            button.setCheckable(True)
            button.setChecked(state == current)
            button.clicked.connect(lambda _checked=False, s=state: self._set_printer_state(s))
            self._state_group.addButton(button)
            self._state_buttons[state] = button
            grid.addWidget(button, index // 2, index % 2)
        self._printed_image: Image | None = None
        self._printed = _button("quiet", name="demo-printed")  # the last receipt's top; a tap shows it whole
        self._printed.setFixedSize(THUMBNAIL_WIDTH + 6, THUMBNAIL_HEIGHT + 6)
        self._printed.setIconSize(QSize(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT))
        self._printed.setVisible(False)  # until the first receipt: the caption says so
        self._printed.clicked.connect(self._open_printed)
        self._printed_caption = _label("demo-caption")
        self._printed_caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._printed_caption.setFixedWidth(THUMBNAIL_WIDTH + 6)
        self._printed_column = QWidget()
        column = QVBoxLayout(self._printed_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self._printed)
        column.addWidget(self._printed_caption)
        column.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addLayout(grid, 1)
        row.addWidget(self._printed_column, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def _build_jack(self) -> None:
        """The terminal's headphone jack: plugging headphones in turns the kiosk's speech on."""
        self._jack_box, layout, self._jack_title, self._jack_hint = _section()
        self._jack = _button("demo-chip", name="demo-headphones")
        self._jack.setCheckable(True)
        self._jack.toggled.connect(self._plug_headphones)
        layout.addWidget(self._jack)

    def _plug_headphones(self, plugged: bool) -> None:
        if self._headphones is not None:
            self._headphones.set_plugged(plugged)
        self._jack.setText(self.tr("Headphones plugged in") if plugged else self.tr("Plug in headphones"))

    def _build_receipt_page(self) -> QWidget:
        """The last receipt whole, inside the panel (a window of its own would cover the kiosk)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._receipt_title = _label("demo-section")
        self._printed_picture = QLabel()
        self._printed_picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        area = QScrollArea()
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidgetResizable(True)
        area.setWidget(self._printed_picture)
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self._receipt_area = area
        self._receipt_back = _button("primary", name="demo-printed-close")
        self._receipt_back.clicked.connect(self.close_printed)
        layout.addWidget(self._receipt_title)
        layout.addWidget(area, 1)
        layout.addWidget(self._receipt_back)
        return page

    def _arrange(self, *, wide: bool) -> None:
        """One column in a narrow strip; cards beside the phone and the printer in a wide one (Quit up top)."""
        if wide == self._wide:
            return
        self._wide = wide
        while self._header.count():
            self._header.takeAt(0)
        while self._grid.count():
            self._grid.takeAt(0)
        for index in range(5):
            self._grid.setRowStretch(index, 0)
            self._grid.setColumnStretch(index, 0)
        if self._outer.indexOf(self._quit) != -1:
            self._outer.removeWidget(self._quit)
        self._header.addWidget(self._title, 0, Qt.AlignmentFlag.AlignVCenter)
        self._header.addWidget(self._subtitle, 1, Qt.AlignmentFlag.AlignVCenter)
        if wide:
            self._header.addWidget(self._quit)
            self._grid.addWidget(self._card_box, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(self._phone_box, 0, 1)
            self._grid.addWidget(self._printer_box, 1, 1)
            self._grid.addWidget(self._jack_box, 2, 1, Qt.AlignmentFlag.AlignTop)
            self._grid.setColumnStretch(0, 1)
            self._grid.setColumnStretch(1, 1)
            self._grid.setRowStretch(2, 1)
        else:
            self._grid.addWidget(self._card_box, 0, 0)
            self._grid.addWidget(self._phone_box, 1, 0)
            self._grid.addWidget(self._printer_box, 2, 0)
            self._grid.addWidget(self._jack_box, 3, 0)
            self._grid.setRowStretch(4, 1)
            self._outer.addWidget(self._quit)

    def dock(self, area: QRect, *, wide: bool = False) -> None:
        """Take this place and keep it: a fixed size, whatever is printed or shown inside."""
        self._arrange(wide=wide)
        self.setFixedSize(area.size())
        self.move(area.topLeft())

    # --- texts -------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Demo devices"))
        self._title.setText(self.tr("Demo devices"))
        self._subtitle.setText(self.tr("for the presenter"))
        self._quit.setText(self.tr("Quit the demo"))
        self._card_title.setText(self.tr("Card reader"))
        self._card_hint.setText(self.tr("tap a card to insert it"))
        for title, text in zip(self._group_titles, (self.tr("Members"), self.tr("Cards the kiosk refuses"),
                                                    self.tr("Staff (PIN on the kiosk's keypad)")), strict=True):
            title.setText(text.upper())
        for name, card_button in self._card_buttons.items():
            card_button.set_texts(*self._card_texts(name))
        self._stock_card.setText(self.tr("From stock"))
        self._stock_card.setToolTip(self.tr("A new card from this store's stock, for the staff flows"))
        self._other_stock_card.setText(self.tr("Other store"))
        self._other_stock_card.setToolTip(self.tr("A stock card of another store: the kiosk refuses it"))
        self._remove.setText(self.tr("Remove the card"))

        self._phone_title.setText(self.tr("The member's phone"))
        self._approve.setText(self.tr("Approve with PIN"))
        self._cancel.setText(self.tr("Cancel"))
        self._more_title.setText(self.tr("More outcomes").upper())
        for answer, button in self._more_buttons.items():
            button.setText(self._answer_button_text(answer))
        page_url = getattr(self._devices.phone, "phone_page_url", None)
        self._phone_page.setText(self.tr("Phone page: {url}").format(url=page_url)
                                 if page_url else "")

        self._printer_title.setText(self.tr("Receipt printer"))
        for state, button in self._state_buttons.items():
            button.setText(self._state_text(state))
        self._receipt_back.setText(self.tr("Back to the devices"))
        self._jack_title.setText(self.tr("Headphone jack"))
        self._jack_hint.setText(self.tr("plugging in turns speech on"))
        self._plug_headphones(self._jack.isChecked())
        self._retranslate_printed()
        self._refresh_phone()

    def _card_texts(self, name: str) -> tuple[str, str]:
        """(holder, what the card shows) for a card button."""
        if name == FOREIGN_CARD:
            return self.tr("Not our card"), self.tr("a payment card")
        if name == CLONED_CARD:
            return self.tr("Cloned card"), self.tr("Matti's number, another key")
        card = DEMO_CARDS[name]
        stories = {
            "matti": self.tr("family of three"),
            "sari": self.tr("five years of purchases"),
            "eino": self.tr("card only, no phone"),
            "elsa": self.tr("in Swedish"),
            "james": self.tr("UK number: card only"),
            "anna": self.tr("in Matti's household"),
            "eetu": self.tr("the family's teenager"),
            "jari": self.tr("in Sari's household"),
            "james_closed": self.tr("his old card, closed"),
            "lost": self.tr("reported lost"),
            "staff": self.tr("staff, PIN {pin}"),
            "technician": self.tr("technician, PIN {pin}"),
        }
        if name in stories:
            return card.holder, stories[name].format(pin=DEMO_CARD_PINS.get(name, ""))
        kinds = {"owner": self.tr("owner card"), "staff": self.tr("staff card"),
                 "technician": self.tr("technician card")}
        statuses = {"closed": self.tr("closed"), "lost": self.tr("reported lost"),
                    "stock": self.tr("blank, from the store's stock")}
        note = kinds.get(card.kind, card.kind) + (f", {statuses[card.status]}" if card.status in statuses else "")
        if name in DEMO_CARD_PINS:
            note += ", " + self.tr("PIN {pin}").format(pin=DEMO_CARD_PINS[name])
        return card.holder, note

    def _answer_button_text(self, answer: PhoneAnswer) -> str:
        texts: dict[str, str] = {
            "expire": self.tr("Expire"), "pin_blocked": self.tr("PIN blocked"),
            "busy": self.tr("Busy"), "invalid_signature": self.tr("Bad signature"),
            "internal_error": self.tr("Operator error"),
        }
        return texts[answer]

    def _answer_text(self, answer: PhoneAnswer) -> str:
        """What the phone answered, as the phone part says it afterwards."""
        texts: dict[str, str] = {
            "approve": self.tr("Approved: the PIN was entered on the phone."),
            "cancel": self.tr("Cancelled on the phone."),
            "expire": self.tr("Left to expire on the phone."),
            "pin_blocked": self.tr("The phone answered: PIN blocked."),
            "busy": self.tr("The phone answered: busy with another request."),
            "invalid_signature": self.tr("The phone signed, but the signature is not valid."),
            "internal_error": self.tr("The operator's service failed."),
        }
        return texts[answer]

    def _state_text(self, state: EmulatorState | PrinterState) -> str:
        states = {PrinterState.READY: self.tr("Ready"), PrinterState.PAPER_NEAR_END: self.tr("Paper low"),
                  PrinterState.PAPER_OUT: self.tr("Out of paper"), PrinterState.COVER_OPEN: self.tr("Cover open"),
                  PrinterState.OFFLINE: self.tr("Offline"), PrinterState.UNREACHABLE: self.tr("Not connected"),
                  PrinterState.BUSY: self.tr("Busy with an earlier job")}
        faults = {EmulatorState.DISCONNECT_MID_JOB: self.tr("Breaks mid-print"),
                  EmulatorState.STALL_MID_JOB: self.tr("Hangs mid-print"),
                  EmulatorState.SLOW: self.tr("Slow"), EmulatorState.SILENT: self.tr("Does not answer")}
        if isinstance(state, EmulatorState):
            return faults[state] if state in faults else states[PrinterState(state.value)]
        return states[state]

    # --- the card reader -----------------------------------------------------------------------------

    def _insert(self, name: str) -> None:
        self._devices.insert(name)

    def _insert_stock(self) -> None:
        """The demo store's blank cards in turn: after one is linked, the next click brings another."""
        name = self._stock_names[self._next_stock % len(self._stock_names)]
        self._next_stock += 1
        self._insert(name)

    def _pull(self) -> None:
        self._devices.remove()
        self._card_group.setExclusive(False)
        for button in self._card_buttons.values():
            button.setChecked(False)
        self._card_group.setExclusive(True)

    # --- the phone -------------------------------------------------------------------------------------

    @property
    def phone_state(self) -> PhoneState:
        if self._waiting is not None:
            return PhoneState.SENDING if self._sending else PhoneState.WAITING
        return PhoneState.IDLE if self._answered is None else PhoneState.ANSWERED

    def _waiting_event(self) -> str | None:
        """The event code of the request waiting on the phone now, as the kiosk knows it."""
        confirmation = self._session.confirmation
        if (self._session.stage is Stage.CONFIRMING and self._session.confirm_outcome is ConfirmOutcome.PENDING
                and confirmation is not None and confirmation.status == "pending"):
            return confirmation.event_id
        staff = self._staff
        if staff is not None and staff.prompt is Prompt.PENDING and staff.confirmation is not None:
            return staff.confirmation.event_id  # a staff flow's request on the owner's or member's phone
        return None

    def _stage_changed(self, _stage: Stage) -> None:
        self._refresh_phone()

    def _refresh_phone(self) -> None:
        """Follow the kiosk's request: a new one waits, an answered one is told, then idle."""
        waiting = self._waiting_event()
        answered_event = self._answered[0] if self._answered is not None else None
        if waiting is not None:
            if waiting != self._waiting and waiting != answered_event:  # a new request
                self._waiting = waiting
                self._sending = False
                self._answered = None
                self._answer_timer.stop()
        elif self._waiting is not None:  # over at the kiosk, not answered from here: say how it ended
            ended = self._waiting
            self._waiting = None
            self._sending = False
            answer = self._answer_from_session()
            if answer is not None:
                self._answered = (ended, answer)
                self._answer_timer.start()
        elif self._answered is not None and not self._answer_timer.isActive():
            self._answer_timer.start()  # answered here, and now the kiosk has seen it too
        self._show_phone()

    def _answer_from_session(self) -> PhoneAnswer | None:
        """How a request the presenter did not answer here ended (the phone page, the kiosk's Cancel)."""
        confirmation = self._session.confirmation
        if self._session.stage is Stage.PORTAL and confirmation is not None and confirmation.status == "approved":
            return "approve"
        if self._session.stage is Stage.CONFIRMING:
            return _ANSWER_OF_OUTCOME.get(self._session.confirm_outcome)
        return None  # the card was pulled: the request simply went away

    def _show_phone(self) -> None:
        state = self.phone_state
        self._phone_code.setVisible(state in (PhoneState.WAITING, PhoneState.SENDING))
        self._phone_code.setText(self._waiting or "")
        if state is PhoneState.WAITING:
            self._phone_state.setText(self.tr("A request waits on the phone, with the event code"))
        elif state is PhoneState.SENDING:
            self._phone_state.setText(self.tr("The phone is sending the answer…"))
        elif state is PhoneState.ANSWERED and self._answered is not None and self._answered[1] is not None:
            self._phone_state.setText(self._answer_text(self._answered[1]))
        elif state is PhoneState.ANSWERED:
            self._phone_state.setText(self.tr("That request was no longer waiting on the phone."))
        else:
            person = DEMO_PROSPECT  # whose phone answers too, for the staff flows: the presenter types her in
            self._phone_state.setText(self.tr("No request on the phone.") + "\n" + self.tr(
                "To enrol (has a mobile certificate): {name}, {code}, {phone}").format(
                    name=f"{person.first_name} {person.last_name}", code=person.identity_code, phone=person.phone))
        can_answer = state is PhoneState.WAITING
        for button in (self._approve, self._cancel, *self._more_buttons.values()):
            button.setEnabled(can_answer)

    def _decide(self, answer: PhoneAnswer) -> None:
        event_id = self._waiting
        phone = self._devices.phone
        if event_id is None or phone is None or self._sending:
            return
        self._sending = True
        self._show_phone()

        def decided(accepted: bool) -> None:
            if self._waiting not in (event_id, None):
                return  # a newer request is on the phone by now
            self._sending = False
            self._waiting = None  # answered: the phone waits no longer, whatever the kiosk polls next
            self._answered = (event_id, answer if accepted else None)
            if self._waiting_event() != event_id:
                self._answer_timer.start()
            self._show_phone()

        def failed(_error: BaseException) -> None:
            decided(False)

        self._phone_runner.run(lambda: phone.decide(event_id, answer=answer), decided, failed)

    def _answer_shown(self) -> None:
        if self._answered is not None and self._waiting_event() == self._answered[0]:
            self._answer_timer.start()  # the kiosk has not polled since: keep saying what was answered
            return
        self._answered = None
        self._refresh_phone()

    # --- the printer -----------------------------------------------------------------------------------

    def _set_printer_state(self, state: EmulatorState | PrinterState) -> None:
        if self._emulator is not None and isinstance(state, EmulatorState):
            self._emulator.set_state(state)
        elif isinstance(self._printer, SimulatedPrinter) and isinstance(state, PrinterState):
            self._printer.state = state

    def _retranslate_printed(self) -> None:
        image = self._printed_image
        if image is None:
            self._printed_caption.setText(self.tr("Nothing printed yet: the last receipt appears here."))
        else:
            self._printed_caption.setText(
                self.tr("Last receipt printed: {width} × {height} dots. Tap it to see it whole.").format(
                    width=image.width, height=image.height))
        self._receipt_title.setText(self.tr("Printed receipt"))

    def _show_printed(self, image: Image) -> None:
        """A receipt came out of the emulated printer: its top in the thumbnail's fixed box."""
        self._printed_image = image
        thumbnail = _pixmap(image).scaledToWidth(THUMBNAIL_WIDTH, Qt.TransformationMode.SmoothTransformation)
        thumbnail = thumbnail.copy(0, 0, THUMBNAIL_WIDTH, min(thumbnail.height(), THUMBNAIL_HEIGHT))
        self._printed.setIcon(QIcon(thumbnail))
        self._printed.setVisible(True)
        if self._pages.currentWidget() is self._receipt_page:
            self._open_printed()
        self._retranslate_printed()

    def _open_printed(self) -> None:
        """The last receipt as wide as the panel allows (1:1 when it fits), dragged to scroll."""
        image = self._printed_image
        if image is None:
            return
        pixmap = _pixmap(image)
        room = self._pages.width() - self._receipt_area.verticalScrollBar().sizeHint().width() - 4
        if pixmap.width() > room:
            pixmap = pixmap.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        self._printed_picture.setPixmap(pixmap)
        self._pages.setCurrentWidget(self._receipt_page)

    def close_printed(self) -> None:
        self._pages.setCurrentWidget(self._scroll)

    def showing_printed(self) -> bool:
        return self._pages.currentWidget() is self._receipt_page
