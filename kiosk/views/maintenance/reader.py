"""Maintenance mode, Card reader: the readers the card service sees and their states, live; "Test a card"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.devices.base import ReaderStatus
from kiosk.flows.maintenance import CardTest, MaintenanceFlow
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.views.maintenance.common import big_button, set_text
from kiosk.views.maintenance.texts import translated
from kiosk.views.widgets import label, scroll_area, surface

_SLOT_WORDS = {
    "empty": QT_TRANSLATE_NOOP("Maintenance", "empty"),
    "card": QT_TRANSLATE_NOOP("Maintenance", "a card is in"),
    "in_use": QT_TRANSLATE_NOOP("Maintenance", "a card is in, in use"),
    "mute": QT_TRANSLATE_NOOP("Maintenance", "a card is in, but does not answer"),
    "unavailable": QT_TRANSLATE_NOOP("Maintenance", "cannot be used"),
}
_KIND_WORDS = {
    "owner": QT_TRANSLATE_NOOP("Maintenance", "an owner card"),
    "staff": QT_TRANSLATE_NOOP("Maintenance", "a staff card"),
    "technician": QT_TRANSLATE_NOOP("Maintenance", "a technician card"),
}
_OUTCOMES = {
    "not_our_card": QT_TRANSLATE_NOOP("Maintenance", "Not our card: it has no owner-card application."),
    "no_card": QT_TRANSLATE_NOOP("Maintenance", "No card in the reader. Insert the card to test and try again."),
    "no_reader": QT_TRANSLATE_NOOP("Maintenance", "No card reader to read it with."),
    "card_busy": QT_TRANSLATE_NOOP("Maintenance",
                                   "The card is in use or does not answer. Take it out and insert it again."),
    "unreadable": QT_TRANSLATE_NOOP("Maintenance", "The card could not be read. Take it out and insert it again."),
}


def atr_text(atr: bytes) -> str:
    return " ".join(f"{byte:02X}" for byte in atr)


class ReaderPage(QWidget):
    def __init__(self, flow: MaintenanceFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self.service = label("highlight", name="maintenance-reader-service")
        self.readers = surface("card", name="maintenance-readers")
        self._reader_rows = QVBoxLayout(self.readers)
        self._reader_rows.setContentsMargins(32, 16, 32, 16)
        self._reader_rows.setSpacing(8)
        self._row_labels: list[QLabel] = []
        self.note = label("muted", name="maintenance-reader-note")
        self.test = big_button("primary", "maintenance-test-card", flow.test_card)
        self.result = label("lead", name="maintenance-card-result")
        self.atr = label("body", name="maintenance-card-atr")
        self.atr.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        column.addWidget(self.service)
        column.addWidget(self.readers)
        # the result under the button that asked for it: beside it, large text left it no width (portrait)
        column.addWidget(self.test, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.result)
        column.addWidget(self.atr)
        column.addWidget(self.note)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll_area(body, part="maintenance"))
        flow.readers_changed.connect(self.update_readers)
        flow.card_test_changed.connect(self.update_result)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._flow.watch_readers(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._flow.watch_readers(False)
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.test.setText(self.tr("Test a card"))
        self.note.setText(self.tr("You may take your own card out to test another: maintenance stays open until you "
                                  "tap End, or nobody touches the screen for a while. Testing opens no session."))
        self.update_readers()
        self.update_result()

    def update_readers(self) -> None:
        survey = self._flow.survey
        if survey is None:
            self.service.setText(self.tr("Card reader service: checking…"))
            rows: list[str] = []
        elif not survey.service:
            self.service.setText(self.tr("Card reader service (pcscd): not answering"))
            rows = []
        else:
            self.service.setText(self.tr("Card reader service: answering. Readers: {count}").format(
                count=len(survey.readers)))
            rows = [self._row(reader, reader.name == survey.chosen) for reader in survey.readers]
            if not rows:
                rows = [self.tr("No card reader connected.")]
            if survey.chosen is None and survey.readers:
                rows.append(self.tr("None of them matches the pattern “{pattern}”: the kiosk uses no reader.").format(
                    pattern=survey.pattern))
        while len(self._row_labels) < len(rows):
            row_label = label("body", name=f"maintenance-reader-{len(self._row_labels)}")
            self._reader_rows.addWidget(row_label)
            self._row_labels.append(row_label)
        for index, row_label in enumerate(self._row_labels):
            set_text(row_label, rows[index] if index < len(rows) else "")
        self.readers.setVisible(bool(rows))

    def _row(self, reader: ReaderStatus, chosen: bool) -> str:
        text = self.tr("{name}: {state}").format(name=reader.name, state=translated(_SLOT_WORDS[reader.state]))
        if chosen:
            text += " — " + self.tr("used by the kiosk")
        return text

    def update_result(self) -> None:
        flow = self._flow
        self.test.setEnabled(not flow.card_testing)
        if flow.card_testing:
            set_text(self.result, self.tr("Reading the card…"))
            set_text(self.atr, "")
            return
        test = flow.card_test
        set_text(self.result, "" if test is None else self._outcome(test))
        set_text(self.atr, self.tr("Answer to reset (ATR): {atr}").format(atr=atr_text(test.atr))
                 if test is not None and test.atr else "")

    def _outcome(self, test: CardTest) -> str:
        if test.outcome in ("our_card", "pin_blocked") and test.kind is not None:
            text = self.tr("Our card: {kind}, number {number}.").format(kind=translated(_KIND_WORDS[test.kind]),
                                                                       number=test.masked_number)
            if test.outcome == "pin_blocked":
                text += " " + self.tr("Its PIN is blocked.")
            elif test.pin_tries_left is not None:
                text += " " + self.tr("PIN tries left: {tries}.").format(tries=test.pin_tries_left)
            return text
        return translated(_OUTCOMES.get(test.outcome, _OUTCOMES["unreadable"]))
