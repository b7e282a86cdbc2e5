"""A member's contact detail shown masked, with a "Show" button that reveals it for a moment.

People queue behind the shopper and can read the screen; a value is shown masked
(kiosk.masking) unless the member taps Show, and then only that one value, only for a
few seconds. Revealing another value hides the first (a `RevealGroup` is shared by the
values of a screen), and leaving the screen or the end of the session masks at once.
The real value is never in any widget's text, tooltip or accessible name while masked:
it lives in a Python attribute of the widget only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QPushButton, QWidget

from kiosk.views.widgets import button, label

REVEAL_MS = 5000
"""How long a revealed value stays readable: long enough to read a phone number twice."""


class RevealGroup(QObject):
    """The values of one screen: at most one of them revealed, and only for `REVEAL_MS`."""

    def __init__(self, parent: QObject | None = None, *, reveal_ms: int = REVEAL_MS) -> None:
        super().__init__(parent)
        self._revealed: MaskedValue | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(reveal_ms)
        self.timer.timeout.connect(self.conceal_all)

    def revealed(self) -> MaskedValue | None:
        return self._revealed

    def reveal(self, value: MaskedValue) -> None:
        if self._revealed is not None and self._revealed is not value:
            self._revealed.set_revealed(False)
        self._revealed = value
        value.set_revealed(True)
        self.timer.start()

    def conceal(self, value: MaskedValue) -> None:
        if self._revealed is value:
            self._revealed = None
            self.timer.stop()
        value.set_revealed(False)

    def conceal_all(self) -> None:
        self.timer.stop()
        if self._revealed is not None:
            revealed, self._revealed = self._revealed, None
            revealed.set_revealed(False)


class MaskedValue(QWidget):
    """A value label and, when anything is hidden, a Show / Hide button (at least 48 px high, a fingertip).

    `set_value(full, masked)` gives both forms; where they are the same (nothing to
    hide, or the value is empty) there is no button. The label keeps the object name
    given, so a screen finds its value label as it did before masking.
    """

    def __init__(self, group: RevealGroup, *, role: str = "lead", name: str = "", button_height: int = 64,
                 align_top: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = group
        self._full = ""
        self._masked = ""
        self._revealed = False
        self._caption = ""
        self.value_label: QLabel = label(role, name=name)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.toggle: QPushButton = button("secondary", name=f"{name}-show" if name else "",
                                          min_height=max(48, button_height), on_click=self._tapped)
        self.toggle.setProperty("part", "reveal")
        # No fixed minimum width: it would squeeze "Näytä" below its text on a compact screen;
        # the text and padding already make the button wider than a finger.
        self._box = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # it stacks rather than widen the page
        self._beside = True
        if align_top:  # in a row of key and value, the value's text starts level with its key
            layout.addWidget(self.value_label, 1, Qt.AlignmentFlag.AlignTop)
        else:
            layout.addWidget(self.value_label, 1)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        self._update()

    STACK_HYSTERESIS = 48
    """Room to spare before Show goes back beside the value (a page's scroll bar must not flip it back and forth)."""

    def _arrange(self, width: int) -> None:
        """Show beside the value where both fit, under it where an unbreakable value (an e-mail address at large
        text, in portrait) would otherwise be cut."""
        need = self.value_label.minimumSizeHint().width()
        if not self.toggle.isHidden():
            need += self._box.spacing() + self.toggle.sizeHint().width()
        beside = need + (0 if self._beside else self.STACK_HYSTERESIS) <= width
        if beside is self._beside:
            return
        self._beside = beside
        self._box.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)
        self._box.setAlignment(self.toggle, Qt.AlignmentFlag.AlignTop if beside else Qt.AlignmentFlag.AlignLeft)
        self._box.invalidate()
        self._box.activate()  # Show is where it is seen at once (a tap right after a resize lands on it)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return QSize(max(self.value_label.minimumSizeHint().width(), self.toggle.sizeHint().width()),
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def set_value(self, full: str, masked: str) -> None:
        """Both forms of the value; a new value starts masked."""
        self._group.conceal(self)
        self._full = full
        self._masked = masked
        self._update()

    def clear(self) -> None:
        self.set_value("", "")

    def set_caption(self, caption: str) -> None:
        """What the value is ("Mobile phone number"): a screen reader says "Show: Mobile phone number"."""
        self._caption = caption
        self.retranslate()

    def is_revealed(self) -> bool:
        return self._revealed

    def can_reveal(self) -> bool:
        return self._full != self._masked

    def text(self) -> str:
        """What is on screen now."""
        return self.value_label.text()

    def reveal(self) -> None:
        if self.can_reveal():
            self._group.reveal(self)

    def conceal(self) -> None:
        self._group.conceal(self)

    def set_revealed(self, revealed: bool) -> None:
        """For the group: show the real value (True) or the masked one."""
        self._revealed = revealed and self.can_reveal()
        self._update()

    def _tapped(self) -> None:
        if self._revealed:
            self.conceal()
        else:
            self.reveal()

    def _update(self) -> None:
        self.value_label.setText(self._full if self._revealed else self._masked)
        self.toggle.setVisible(self.can_reveal())
        self.retranslate()
        if self.width() > 0:
            self._arrange(self.width())  # a longer value, or Show gone

    def retranslate(self) -> None:
        action = self.tr("Hide") if self._revealed else self.tr("Show")
        self.toggle.setText(action)
        self.toggle.setAccessibleName(f"{action}: {self._caption}" if self._caption else action)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the screen masks at once: coming back shows the masked form."""
        if not event.spontaneous():
            self.conceal()
        super().hideEvent(event)
