"""The demo devices panel: the card slot, the member's phone and the printer, by hand.

Shown only in demo mode, as a window of its own beside the kiosk, so a presenter can
insert any demo card, pull it, approve or cancel the phone confirmation and put the
printer out of paper. It does no I/O itself: DemoDevices and the phone do, the phone
on its own worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.demo import CLONED_CARD, FOREIGN_CARD, DemoDevices
from kiosk.devices.base import PrinterState
from kiosk.session import ConfirmOutcome, Session
from kiosk.tasks import TaskRunner


def _demo_cards() -> dict[str, tuple[str, str, str]]:
    """Demo card name -> (holder, kind, status), from the demo data."""
    from backend.demo_cards import DEMO_CARDS

    return {name: (card.holder, card.kind, card.status) for name, card in DEMO_CARDS.items()}


class DemoPanel(QWidget):
    quit_requested = Signal()

    def __init__(self, devices: DemoDevices, session: Session, printer: object | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo-panel")
        self._devices = devices
        self._session = session
        self._printer = printer
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
        self._printer_state = QComboBox()
        for state in PrinterState:
            self._printer_state.addItem("", state)
        self._printer_state.currentIndexChanged.connect(self._set_printer_state)
        printer_layout.addWidget(self._printer_state)
        layout.addWidget(self._printer_box)
        self._printer_box.setVisible(printer is not None and hasattr(printer, "state"))
        layout.addStretch(1)
        self._quit = QPushButton()
        self._quit.clicked.connect(self.quit_requested)
        layout.addWidget(self._quit)

        session.confirmation_changed.connect(self._refresh_phone)
        session.stage_changed.connect(lambda _stage: self._refresh_phone())
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
                  PrinterState.OFFLINE: self.tr("Offline"), PrinterState.UNREACHABLE: self.tr("Not connected")}
        for index in range(self._printer_state.count()):
            self._printer_state.setItemText(index, states[self._printer_state.itemData(index)])
        self._refresh_phone()

    def _insert(self, name: str) -> None:
        self._devices.insert(name)

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
        if self._printer is not None and isinstance(state, PrinterState):
            self._printer.state = state  # type: ignore[attr-defined]
