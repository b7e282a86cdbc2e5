"""The goodbye: thanks, and a reminder to take the card. No name: it is already wiped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.session import Session, Stage
from kiosk.views.icons import Icon
from kiosk.views.widgets import IconView, label


class EndingView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        center = Qt.AlignmentFlag.AlignHCenter
        self.icon = IconView(Icon.CHECK, 160)
        self.thanks = label("display", name="ending-thanks", align=center)
        self.reminder = label("title", name="ending-reminder", align=center)
        self.card_icon = IconView(Icon.CARD, 112, tone="warning")
        self.farewell = label("lead", name="ending-farewell", align=center)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 80, 160, 80)
        layout.setSpacing(40)
        layout.addStretch(1)
        layout.addWidget(self.icon, 0, center)
        layout.addWidget(self.thanks)
        layout.addSpacing(24)
        layout.addWidget(self.card_icon, 0, center)
        layout.addWidget(self.reminder)
        layout.addWidget(self.farewell)
        layout.addStretch(1)
        session.stage_changed.connect(self._stage_changed)
        self.retranslate()
        self._stage_changed(session.stage)  # built on the way to its stage (kiosk.views.window)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.thanks.setText(self.tr("Thank you for visiting!"))
        self.reminder.setText(self.tr("Remember to take your card."))
        self.farewell.setText(self.tr("See you again soon."))

    def _stage_changed(self, stage: Stage) -> None:
        if stage is Stage.ENDING:
            # The card may already be out (the session ended by its removal).
            show = self._session.card_present
            self.reminder.setVisible(show)
            self.card_icon.setVisible(show)
            self.farewell.setVisible(not show)
