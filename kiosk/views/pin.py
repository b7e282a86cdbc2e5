"""PIN entry for a staff or technician card: the PIN goes to the card, never to the backend."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.session import Session, Stage
from kiosk.views.icons import Icon
from kiosk.views.keyboard import KeyboardHost
from kiosk.views.widgets import IconView, button, label


class PinView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = label("display", name="pin-title")
        self.instruction = label("lead", name="pin-instruction")
        self.tries = label("highlight", name="pin-tries")
        self.error = label("title", name="pin-error")
        self.field = QLineEdit()
        self.field.setObjectName("pin-field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.field.setMaxLength(8)
        self.field.setMinimumHeight(96)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self._submit)
        self.ok = button("primary", name="pin-ok", min_height=96, on_click=self._submit)
        self.cancel = button("secondary", name="pin-cancel", min_height=96, on_click=session.end)

        form = QWidget()
        form.setObjectName("view")  # themed like every screen (the keyboard host's scroll area is not)
        form.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(form)
        column.setContentsMargins(160, 64, 160, 24)
        column.setSpacing(24)
        heading = QHBoxLayout()
        heading.setSpacing(32)
        heading.addWidget(IconView(Icon.LOCK, 96))
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.instruction)
        texts.addWidget(self.tries)
        heading.addLayout(texts, 1)
        column.addLayout(heading)
        column.addWidget(self.field)
        column.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.ok)
        column.addLayout(row)
        column.addStretch(1)
        self.host = KeyboardHost()
        self.host.set_content(form)
        self.host.scroll_area().setWidgetResizable(True)
        self.host.scroll_area().viewport().setObjectName("view")
        self.host.scroll_area().viewport().setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host)

        session.stage_changed.connect(self._stage_changed)
        session.pin_changed.connect(self._pin_changed)
        session.wiped.connect(self._pin_changed)  # the field and every count cleared
        self.retranslate()
        self._text_changed("")
        # built on the way to its stage (kiosk.views.window): the card's tries and the keypad as on arrival
        self._pin_changed()
        self._stage_changed(session.stage)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        role = self._session.staff_role
        self.title.setText(self.tr("Technician card") if role == "technician" else self.tr("Staff card"))
        self.instruction.setText(self.tr("Enter your PIN. It is checked by the card."))
        self.ok.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        self._pin_changed()

    def _stage_changed(self, stage: Stage) -> None:
        if stage is Stage.PIN:
            self.field.clear()
            self.retranslate()
            self.field.setFocus()  # the numeric keypad opens

    def _pin_changed(self) -> None:
        left = self._session.pin_tries_left
        # Before any wrong PIN, what the card itself said it has left (where it says it).
        known = self._session.pin_tries_known if left is None else None
        self.tries.setText(self.tr("%n tries left.", "", known) if known is not None else "")
        self.tries.setVisible(known is not None)
        self.field.clear()
        if left is None:
            self.error.setText("")
        elif left == 0:
            self.error.setText(self.tr("Wrong PIN. That was the last try: the card is now locked."))
        else:
            self.error.setText(self.tr("Wrong PIN. %n tries left.", "", left))
        self.error.setVisible(left is not None)

    def _text_changed(self, text: str) -> None:
        self.ok.setEnabled(4 <= len(text) <= 8)

    def _submit(self) -> None:
        pin = self.field.text()
        if 4 <= len(pin) <= 8:
            self.ok.setEnabled(False)  # one tap, one VERIFY: a double tap must not spend two tries
            self._session.submit_pin(pin)
