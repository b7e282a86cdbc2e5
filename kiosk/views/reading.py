"""The reading screen: the card is being read and proven; keep it in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.session import Session
from kiosk.views.widgets import Spinner, label


class ReadingView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.spinner = Spinner(168)
        center = Qt.AlignmentFlag.AlignHCenter
        self.title = label("title", name="reading-title", align=center)
        self.hint = label("lead", name="reading-hint", align=center)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 80, 160, 80)
        layout.setSpacing(36)
        layout.addStretch(1)
        layout.addWidget(self.spinner, 0, center)
        layout.addSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reading your card…"))
        self.hint.setText(self.tr("Keep the card in the reader."))
