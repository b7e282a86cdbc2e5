"""PIN entry for a staff or technician card: the PIN goes to the card, never to the backend.

The screen is a PIN pad like a payment terminal's: the digits show as dots, the keypad
is always there (a PIN screen has nothing else to type into, so a tap to open it would
only be a step to learn), and its Done key submits. The PIN is held only in the
(hidden) field, never shown or logged, and the field is emptied on every way out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from kiosk.session import Session, Stage
from kiosk.views.icons import Icon
from kiosk.views.keyboard import OnScreenKeyboard
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.theme import UNLIMITED, Layout
from kiosk.views.widgets import IconView, button, label, surface

PIN_MIN = 4
PIN_MAX = 8
"""A card PIN has 4 to 8 digits (the VERIFY command pads it to eight bytes)."""

COMPACT_KEYPAD_WIDTH = 560
"""The keypad's width beside the dots on a short screen: keys about 125 px wide, as on a payment terminal."""

FILLED_DOT = "●"
EMPTY_DOT = "○"


def pin_dots(typed: int) -> str:
    """One filled dot per digit typed, then empty ones up to the shortest PIN.

    The empty dots say how many digits are still needed at least; past four the row
    just grows, since the card, not the screen, knows how long this PIN is.
    """
    return " ".join([FILLED_DOT] * typed + [EMPTY_DOT] * max(PIN_MIN - typed, 0))


class PinView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = label("display", name="pin-title")
        self.instruction = label("lead", name="pin-instruction")
        self.tries = label("highlight", name="pin-tries")
        # The PIN itself: never shown (the dots are), typed into by the keypad only.
        self.field = QLineEdit(self)
        self.field.setObjectName("pin-field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.field.setMaxLength(PIN_MAX)
        self.field.setValidator(QRegularExpressionValidator(r"[0-9]*", self.field))
        self.field.hide()
        self.field.textChanged.connect(self._text_changed)
        self.dots = label("display", name="pin-dots", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(96)

        # A wrong PIN is trouble the holder must notice: the warning banner, not plain text.
        self.warning = surface("banner", name="pin-warning")
        warning_row = QHBoxLayout(self.warning)
        warning_row.setContentsMargins(28, 16, 28, 16)
        warning_row.setSpacing(20)
        warning_row.addWidget(IconView(Icon.WARNING, 44, tone="warning"), 0, Qt.AlignmentFlag.AlignVCenter)
        self.error = label("banner-title", name="pin-error")
        warning_row.addWidget(self.error, 1)

        self.ok = button("primary", name="pin-ok", min_height=96, on_click=self._submit)
        self.cancel = button("secondary", name="pin-cancel", min_height=96, on_click=session.end)
        self.keypad = OnScreenKeyboard(self)
        self.keypad.set_scope(self)
        self.keypad.set_hide_on_done(False)
        self.keypad.set_target(self.field)
        self.keypad.done.connect(self._submit)

        self._column = column = QVBoxLayout(self)
        column.setSpacing(20)
        self._heading = heading = QHBoxLayout()
        heading.setSpacing(32)
        heading.addWidget(IconView(Icon.LOCK, 96))
        self._texts = texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.instruction)
        texts.addWidget(self.tries)
        heading.addLayout(texts, 1)
        # keeps the title clear of the accessibility button where the side margin is narrower than its slot
        self._a11y_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        heading.addItem(self._a11y_gap)
        column.addLayout(heading)
        self._info = info = QVBoxLayout()
        info.setSpacing(20)
        info.addWidget(self.dots)
        info.addWidget(self.warning)
        info.addStretch(1)
        # the dots and the keypad: one above the other, or side by side where height is short (set_layout)
        self._body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._body.setSpacing(20)
        self._body.addLayout(info, 1)
        self._body.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(self._body, 1)
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.ok)
        column.addLayout(row)
        self.set_layout(Layout.WIDE)

        session.stage_changed.connect(self._stage_changed)
        session.pin_changed.connect(self._pin_changed)
        session.wiped.connect(self._pin_changed)  # the field and every count cleared
        self.retranslate()
        self._text_changed("")
        # built on the way to its stage (kiosk.views.window): the card's tries and the keypad as on arrival
        self._pin_changed()
        self._stage_changed(session.stage)

    def set_layout(self, layout: Layout) -> None:
        """WIDE and PORTRAIT: the dots above the keypad (portrait keeps the keypad low, in a
        thumb's reach). COMPACT: 768 px is not high enough for the title, dots, warning,
        keypad and buttons stacked with keys of a finger's size, so the keypad stands
        beside the dots instead of shrinking its keys."""
        compact = layout is Layout.COMPACT
        side = 160 if layout is Layout.WIDE else 64
        self._column.setContentsMargins(side, 48 if layout is Layout.WIDE else 32, side, 24)
        # 768 px at large text cannot hold the instruction's two lines and the tries above the keypad: beside
        # it, over the dots, they have the keypad's height
        for text in (self.instruction, self.tries):
            self._texts.removeWidget(text)
            self._info.removeWidget(text)
        for index, text in enumerate((self.instruction, self.tries)):
            if compact:
                self._info.insertWidget(index, text)
            else:
                self._texts.addWidget(text)
        self._info.setSpacing(12 if compact else 20)  # and a wrong PIN's warning under the dots, at large text
        self._a11y_gap.changeSize(max(0, A11Y_SLOT_WIDTH - side), 0, QSizePolicy.Policy.Fixed,
                                  QSizePolicy.Policy.Minimum)
        self._heading.invalidate()
        self._body.setDirection(QBoxLayout.Direction.LeftToRight if compact else QBoxLayout.Direction.TopToBottom)
        self._body.setSpacing(48 if compact else 20)
        # beside the dots the pad keeps a payment terminal's width; the dots and a wrong-PIN warning get the rest
        self.keypad.setMaximumWidth(COMPACT_KEYPAD_WIDTH if compact else UNLIMITED)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A USB keypad (a technician's) types into the same hidden field as the on-screen one."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif key == Qt.Key.Key_Backspace:
            self.field.backspace()
        elif event.text().isdigit():
            self.field.insert(event.text())
        else:
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        role = self._session.staff_role
        self.title.setText(self.tr("Technician card") if role == "technician" else self.tr("Staff card"))
        self.instruction.setText(self.tr("Enter your PIN. It is checked by the card."))
        self.ok.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        self.dots.setAccessibleName(self.tr("%n digits typed", "", len(self.field.text())))
        self._pin_changed()

    def _stage_changed(self, stage: Stage) -> None:
        self.field.clear()  # on the way in and on every way out
        if stage is Stage.PIN:
            self.retranslate()
            self.keypad.set_target(self.field)

    def _pin_changed(self) -> None:
        left = self._session.pin_tries_left
        # Before any wrong PIN, what the card itself said it has left (where it says it).
        known = self._session.pin_tries_known if left is None else None
        self.tries.setText(self.tr("%n tries left.", "", known) if known is not None else "")
        self.tries.setVisible(known is not None)
        self.field.clear()
        # The last wrong try ends at the "card locked" notice (the session's), never here.
        if left:
            self.error.setText(self.tr("Wrong PIN. %n tries left.", "", left))
        else:
            self.error.setText("")
        self.warning.setVisible(bool(left))

    def _text_changed(self, text: str) -> None:
        self.dots.setText(pin_dots(len(text)))
        self.dots.setAccessibleName(self.tr("%n digits typed", "", len(text)))
        self.ok.setEnabled(PIN_MIN <= len(text) <= PIN_MAX)

    def _submit(self) -> None:
        pin = self.field.text()
        if self.ok.isEnabled() and PIN_MIN <= len(pin) <= PIN_MAX:
            self.ok.setEnabled(False)  # one tap, one VERIFY: a double tap must not spend two tries
            self._session.submit_pin(pin)
