"""The demo devices panel: the card slot, the member's phone and the printer, by hand.

Shown only in demo mode, as a window of its own beside the kiosk, so a presenter can
insert any demo card, pull it, approve or cancel the phone confirmation and put the
printer out of paper. It does no I/O itself: DemoDevices and the phone do, the phone
on its own worker thread.

In `kiosk --demo` the kiosk prints real ESC/POS bytes to an emulated printer on
loopback (`DemoDevices.printer_emulator`): the printer box sets that printer's state
(including its faults: dropping the connection mid-job, slow, silent) and shows the
last receipt it decoded from the bytes; a click opens it at full size. With a
simulated printer instead, the box sets its state only.
"""

from __future__ import annotations

from PIL.Image import Image
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.devices.base import PrinterState, ReceiptPrinter
from kiosk.devices.simulated import SimulatedPrinter
from kiosk.flows.staff import Prompt, StaffFlow
from kiosk.session import ConfirmOutcome, Session
from kiosk.tasks import TaskRunner
from testbed.demo import CLONED_CARD, FOREIGN_CARD, DemoDevices
from testbed.printer_emulator import EmulatorState, PrintedJob


def _demo_cards() -> dict[str, tuple[str, str, str]]:
    """Demo card name -> (holder, kind, status), from the demo data."""
    from backend.demo_cards import DEMO_CARDS

    return {name: (card.holder, card.kind, card.status) for name, card in DEMO_CARDS.items()}


def _stock_cards() -> tuple[list[str], str]:
    """The demo store's blank cards (inserted in turn) and the one of another store's stock."""
    from backend.demo_cards import DEMO_STOCK_CARDS

    own = [name for name, card in DEMO_STOCK_CARDS.items() if card.store_code == "4101"]
    other = next(name for name, card in DEMO_STOCK_CARDS.items() if card.store_code != "4101")
    return own, other


def _prospect() -> tuple[str, str, str]:
    """Aino Virtanen, not a member yet, with a mobile certificate: name, identity code, phone."""
    from backend.demo_cards import DEMO_PROSPECT

    person = DEMO_PROSPECT
    return f"{person.first_name} {person.last_name}", person.identity_code, person.phone


THUMBNAIL_WIDTH = 144  # a quarter of an 80 mm receipt
THUMBNAIL_HEIGHT = 180  # the top of a long receipt; the full view shows the rest


def _pixmap(image: Image) -> QPixmap:
    gray = image.convert("L")
    data = gray.tobytes()
    return QPixmap.fromImage(QImage(data, gray.width, gray.height, gray.width,
                                    QImage.Format.Format_Grayscale8).copy())


class DemoPanel(QWidget):
    quit_requested = Signal()
    _receipt_printed = Signal(object)  # a PIL image, from the emulator's thread

    def __init__(self, devices: DemoDevices, session: Session, printer: ReceiptPrinter | None = None,
                 parent: QWidget | None = None, *, staff: StaffFlow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo-panel")
        self._devices = devices
        self._session = session
        self._printer = printer
        self._staff = staff
        self._phone_runner = TaskRunner(self)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)

        layout = QVBoxLayout(self)
        self._card_box = QGroupBox()
        cards = QGridLayout(self._card_box)
        self._card_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        labels = _demo_cards()
        for index, name in enumerate([*labels, CLONED_CARD, FOREIGN_CARD]):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName("demo-card")
            button.clicked.connect(lambda _checked=False, n=name: self._insert(n))
            group.addButton(button)
            self._card_buttons[name] = button
            cards.addWidget(button, index // 2, index % 2)
        self._labels = labels
        self._remove = QPushButton()
        self._remove.clicked.connect(self._pull)
        cards.addWidget(self._remove, (len(labels) + 3) // 2, 0, 1, 2)
        layout.addWidget(self._card_box)

        # The staff flows: blank cards from stock, and the person to enrol.
        self._stock_box = QGroupBox()
        stock = QGridLayout(self._stock_box)
        self._stock_names, self._other_store_stock = _stock_cards()
        self._next_stock = 0
        self._stock_card = QPushButton()
        self._stock_card.setObjectName("demo-stock-card")
        self._stock_card.clicked.connect(self._insert_stock)
        self._other_stock_card = QPushButton()
        self._other_stock_card.setObjectName("demo-other-store-card")
        self._other_stock_card.clicked.connect(lambda: self._insert(self._other_store_stock))
        stock.addWidget(self._stock_card, 0, 0)
        stock.addWidget(self._other_stock_card, 0, 1)
        self._prospect = QLabel()
        self._prospect.setObjectName("demo-prospect")
        self._prospect.setWordWrap(True)
        self._prospect.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        stock.addWidget(self._prospect, 1, 0, 1, 2)
        layout.addWidget(self._stock_box)

        self._phone_box = QGroupBox()
        phone = QVBoxLayout(self._phone_box)
        self._phone_state = QLabel()
        self._phone_state.setWordWrap(True)
        self._approve = QPushButton()
        self._approve.clicked.connect(lambda: self._decide(True))
        self._cancel = QPushButton()
        self._cancel.clicked.connect(lambda: self._decide(False))
        # The simulated MSSP's own phone page, for a presenter who wants a real phone in hand.
        self._phone_page = QLabel()
        self._phone_page.setWordWrap(True)
        self._phone_page.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self._phone_state, self._approve, self._cancel, self._phone_page):
            phone.addWidget(widget)
        layout.addWidget(self._phone_box)

        self._printer_box = QGroupBox()
        printer_layout = QVBoxLayout(self._printer_box)
        self._emulator = devices.printer_emulator
        self._printer_state = QComboBox()
        states: list[EmulatorState] | list[PrinterState] = (list(EmulatorState) if self._emulator is not None
                                                             else list(PrinterState))
        for state in states:
            self._printer_state.addItem("", state)
        if self._emulator is not None:
            self._printer_state.setCurrentIndex(self._printer_state.findData(self._emulator.state))
        self._printer_state.currentIndexChanged.connect(self._set_printer_state)
        printer_layout.addWidget(self._printer_state)
        self._printed_image: Image | None = None
        self._printed_view: QDialog | None = None  # the last receipt at full size, made on the first click
        self._printed_picture = QLabel()
        self._printed = QPushButton()  # the last receipt's thumbnail; a click enlarges it
        self._printed.setObjectName("demo-printed")
        self._printed.setIconSize(QSize(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT))
        self._printed.setEnabled(False)
        self._printed.clicked.connect(self._enlarge_printed)
        self._printed_caption = QLabel()
        self._printed_caption.setWordWrap(True)
        printer_layout.addWidget(self._printed)
        printer_layout.addWidget(self._printed_caption)
        self._printed.setVisible(self._emulator is not None)
        self._printed_caption.setVisible(self._emulator is not None)
        layout.addWidget(self._printer_box)
        self._printer_box.setVisible(self._emulator is not None or isinstance(printer, SimulatedPrinter))
        self._receipt_printed.connect(self._show_printed)
        if self._emulator is not None:
            emulator = self._emulator

            def printed(job: PrintedJob) -> None:
                self._receipt_printed.emit(job.image)

            emulator.add_job_listener(printed)
            self.destroyed.connect(lambda: emulator.remove_job_listener(printed))
        layout.addStretch(1)
        self._quit = QPushButton()
        self._quit.clicked.connect(self.quit_requested)
        layout.addWidget(self._quit)

        session.confirmation_changed.connect(self._refresh_phone)
        session.stage_changed.connect(lambda _stage: self._refresh_phone())
        if staff is not None:
            staff.changed.connect(self._refresh_phone)
        self.retranslate()
        self._refresh_phone()

    def place_beside(self, screen_width: int, screen_height: int) -> None:
        """Bottom-right corner: over the kiosk's least important area on a single screen."""
        self.adjustSize()
        self.move(screen_width - self.width() - 16, screen_height - self.height() - 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Demo devices"))
        self._card_box.setTitle(self.tr("Card reader: insert a card"))
        for name, button in self._card_buttons.items():
            if name == FOREIGN_CARD:
                button.setText(self.tr("A card that is not ours"))
            elif name == CLONED_CARD:
                button.setText(self.tr("A copy of Matti's card\n(another key)"))
            else:
                holder, kind, status = self._labels[name]
                kinds = {"owner": self.tr("owner card"), "staff": self.tr("staff card"),
                         "technician": self.tr("technician card")}
                statuses = {"closed": self.tr("closed"), "lost": self.tr("reported lost")}
                note = kinds.get(kind, kind) + (f", {statuses[status]}" if status in statuses else "")
                button.setText(f"{holder}\n{note}")
        self._remove.setText(self.tr("Remove the card"))
        self._stock_box.setTitle(self.tr("Staff flows"))
        self._stock_card.setText(self.tr("A new card from stock"))
        self._other_stock_card.setText(self.tr("A stock card of another store"))
        name, code, phone = _prospect()
        self._prospect.setText(self.tr("To enrol into Matti Virtanen's household: {name}, personal identity code "
                                       "{code}, mobile {phone} (has a mobile certificate).").format(
                                           name=name, code=code, phone=phone))
        self._phone_box.setTitle(self.tr("The member's phone"))
        self._approve.setText(self.tr("Enter the PIN (approve)"))
        self._cancel.setText(self.tr("Cancel on the phone"))
        page_url = getattr(self._devices.phone, "phone_page_url", None)
        self._phone_page.setText(self.tr("Or open the phone page in a browser: {url}").format(url=page_url)
                                 if page_url else "")
        self._printer_box.setTitle(self.tr("Receipt printer"))
        self._quit.setText(self.tr("Quit the demo"))
        states = {PrinterState.READY: self.tr("Ready"), PrinterState.PAPER_NEAR_END: self.tr("Paper running low"),
                  PrinterState.PAPER_OUT: self.tr("Out of paper"), PrinterState.COVER_OPEN: self.tr("Cover open"),
                  PrinterState.OFFLINE: self.tr("Offline"), PrinterState.UNREACHABLE: self.tr("Not connected"),
                  PrinterState.BUSY: self.tr("Busy with an earlier job")}
        faults = {EmulatorState.DISCONNECT_MID_JOB: self.tr("Connection breaks during printing"),
                  EmulatorState.STALL_MID_JOB: self.tr("Hangs during printing"),
                  EmulatorState.SLOW: self.tr("Slow"), EmulatorState.SILENT: self.tr("Does not answer")}
        for index in range(self._printer_state.count()):
            state = self._printer_state.itemData(index)
            if isinstance(state, EmulatorState):
                text = faults[state] if state in faults else states[PrinterState(state.value)]
            else:
                text = states[state]
            self._printer_state.setItemText(index, text)
        self._retranslate_printed()
        self._refresh_phone()

    def _retranslate_printed(self) -> None:
        image = self._printed_image
        if image is None:
            self._printed.setText(self.tr("Nothing printed yet"))
            self._printed_caption.setText("")
        else:
            self._printed.setText("")
            self._printed_caption.setText(
                self.tr("Last receipt printed: {width} × {height} dots. Click it to see it whole.").format(
                    width=image.width, height=image.height))
        if self._printed_view is not None:
            self._printed_view.setWindowTitle(self.tr("Printed receipt"))
            close = self._printed_view.findChild(QPushButton, "demo-printed-close")
            if close is not None:
                close.setText(self.tr("Close"))

    def _show_printed(self, image: Image) -> None:
        """A receipt came out of the emulated printer: show its top as a thumbnail."""
        self._printed_image = image
        thumbnail = _pixmap(image).scaledToWidth(THUMBNAIL_WIDTH, Qt.TransformationMode.SmoothTransformation)
        thumbnail = thumbnail.copy(0, 0, THUMBNAIL_WIDTH, min(thumbnail.height(), THUMBNAIL_HEIGHT))
        self._printed.setIcon(QIcon(thumbnail))
        self._printed.setIconSize(thumbnail.size())
        self._printed.setEnabled(True)
        if self._printed_view is not None and self._printed_view.isVisible():
            self._enlarge_printed()
        self._retranslate_printed()

    def _enlarge_printed(self) -> None:
        """The last receipt at one screen pixel per printer dot, in a window of its own, dragged to scroll."""
        image = self._printed_image
        if image is None:
            return
        if self._printed_view is None:
            view = QDialog(self)
            view.setObjectName("demo-printed-view")
            box = QVBoxLayout(view)
            self._printed_picture = QLabel()
            area = QScrollArea()
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidgetResizable(True)
            area.setWidget(self._printed_picture)
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
            box.addWidget(area, 1)
            close = QPushButton()
            close.setObjectName("demo-printed-close")
            close.clicked.connect(view.hide)
            box.addWidget(close)
            self._printed_view = view
            self._retranslate_printed()
        self._printed_picture.setPixmap(_pixmap(image))
        screen = self.screen().availableGeometry()
        self._printed_view.resize(image.width + 60, min(image.height + 100, screen.height() - 80))
        self._printed_view.show()  # a child of the panel: above it, like the panel above the kiosk

    def _insert(self, name: str) -> None:
        self._devices.insert(name)

    def _insert_stock(self) -> None:
        """The demo store's blank cards in turn: after one is linked, the next click brings another."""
        name = self._stock_names[self._next_stock % len(self._stock_names)]
        self._next_stock += 1
        self._insert(name)

    def _pull(self) -> None:
        self._devices.remove()
        for button in self._card_buttons.values():
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(True)

    def _pending_event(self) -> str | None:
        confirmation = self._session.confirmation
        if self._session.confirm_outcome is ConfirmOutcome.PENDING and confirmation is not None:
            return confirmation.event_id
        staff = self._staff
        if staff is not None and staff.prompt is Prompt.PENDING and staff.confirmation is not None:
            return staff.confirmation.event_id  # a staff flow's request on the owner's or member's phone
        return None

    def _refresh_phone(self) -> None:
        event_id = self._pending_event()
        if event_id:
            self._phone_state.setText(self.tr("The phone shows the code {code}.").format(code=event_id))
        else:
            self._phone_state.setText(self.tr("No confirmation request on the phone."))
        self._approve.setEnabled(event_id is not None)
        self._cancel.setEnabled(event_id is not None)

    def _decide(self, approve: bool) -> None:
        event_id = self._pending_event()
        phone = self._devices.phone
        if event_id is None or phone is None:
            return
        self._approve.setEnabled(False)
        self._cancel.setEnabled(False)
        self._phone_runner.run(lambda: phone.decide(event_id, approve), lambda _r: None, lambda _e: None)

    def _set_printer_state(self) -> None:
        state = self._printer_state.currentData()
        if self._emulator is not None and isinstance(state, EmulatorState):
            self._emulator.set_state(state)
        elif isinstance(self._printer, SimulatedPrinter) and isinstance(state, PrinterState):
            self._printer.state = state
