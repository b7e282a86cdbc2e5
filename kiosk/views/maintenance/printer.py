"""Maintenance mode, Printer: the live status, the test page (its preview is what prints) and the cut test."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.diagnostics import assess_printer
from kiosk.flows.maintenance import MaintenanceFlow, Step
from kiosk.views.maintenance.common import Row, StatusBadge, big_button, image_pixmap, set_text
from kiosk.views.maintenance.texts import fact_text
from kiosk.views.theme import Layout
from kiosk.views.widgets import label, scroll_area, surface

PREVIEW_HEIGHT = 700


class PrinterPage(QWidget):
    def __init__(self, flow: MaintenanceFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self.heading = label("highlight", name="maintenance-printer-heading", wrap=False)
        self.badge = StatusBadge("maintenance-printer-level")
        self.state = label("lead", name="maintenance-printer-state")
        self.print_page = big_button("primary", "maintenance-print-test", flow.print_test_page)
        self.cut = big_button("secondary", "maintenance-cut-test", flow.cut_test)
        self.outcome = label("lead", name="maintenance-print-outcome")
        self.explain = label("muted", name="maintenance-print-explain")
        self.preview = QLabel()
        self.preview.setObjectName("maintenance-print-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview_caption = label("caption", name="maintenance-print-preview-caption",
                                     align=Qt.AlignmentFlag.AlignHCenter)

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        status_row = QHBoxLayout()
        status_row.setSpacing(24)
        status_row.addWidget(self.heading)
        status_row.addWidget(self.badge)
        status_row.addWidget(self.state, 1)
        column.addLayout(status_row)
        # one under the other where both do not fit (large text, portrait)
        column.addWidget(Row(self.print_page, self.cut, spacing=24, stretch_first=False))
        column.addWidget(self.outcome)
        column.addWidget(self.explain)
        column.addStretch(1)

        paper = surface("card", name="maintenance-print-paper")
        paper_column = QVBoxLayout(paper)
        paper_column.setContentsMargins(24, 24, 24, 16)
        paper_column.addWidget(self.preview, 1)
        paper_column.addWidget(self.preview_caption)

        body = QWidget()
        self._row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(40)
        row.addWidget(controls, 1)
        row.addWidget(paper, 0, Qt.AlignmentFlag.AlignTop)
        self._controls, self._paper = controls, paper
        self._portrait = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._scroll = scroll_area(body, part="maintenance")
        self._scroll.viewport().installEventFilter(self)  # its width decides: side by side or one under the other
        body.installEventFilter(self)  # and the words' widths (large text, language, a state's longer words)
        layout.addWidget(self._scroll)
        flow.printer_changed.connect(self.update_printer)
        self.retranslate()

    def set_layout(self, layout: Layout) -> None:
        """Portrait: the test page's picture under the controls, which get the screen's width."""
        self._portrait = layout is Layout.PORTRAIT
        self._arrange()

    def _arrange(self) -> None:
        """The picture beside the controls where both fit the page's width, under them where not (portrait,
        or large text on a compact screen: the page was 1,411 px wide in a view of 1,248)."""
        need = (self._controls.minimumSizeHint().width() + self._row.spacing()
                + self._paper.sizeHint().width())
        stack = self._portrait or need > self._scroll.viewport().width()
        direction = QBoxLayout.Direction.TopToBottom if stack else QBoxLayout.Direction.LeftToRight
        if direction is not self._row.direction():
            self._row.setDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if ((watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize)
                or (watched is self._scroll.widget() and event.type() == QEvent.Type.LayoutRequest)):
            self._arrange()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            QTimer.singleShot(0, self, self._arrange)  # large text: measured once the new fonts are in
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._flow.watch_printer(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._flow.watch_printer(False)
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Printer now"))
        self.print_page.setText(self.tr("Print test page"))
        self.preview.setAccessibleName(self.tr("The test page as printed"))
        self.cut.setText(self.tr("Cut test"))
        self.explain.setText(self.tr("The test page shows the printer's width with a ruler, å ä ö €, a solid bar and "
                                     "a QR code of this kiosk and the time. The cut test prints a short strip "
                                     "and cuts it."))
        self.preview_caption.setText(self.tr("The test page as it prints"))
        self.update_printer()
        self._arrange()  # another language's words may not fit beside the picture

    def update_printer(self) -> None:
        tab = self._flow.printer
        line = assess_printer(tab.state)
        self.badge.set_level(line.level, measuring=line.measuring)
        self.state.setText(fact_text(line.facts[0]))
        working = tab.step is Step.WORKING
        self.print_page.setEnabled(not working)
        self.cut.setEnabled(not working)
        set_text(self.outcome, self._outcome())
        if tab.preview is not None:
            self.preview.setPixmap(image_pixmap(tab.preview, PREVIEW_HEIGHT))
        else:
            self.preview.clear()
        self.preview_caption.setVisible(tab.preview is not None)

    def _outcome(self) -> str:
        tab = self._flow.printer
        if tab.step is Step.WORKING:
            return self.tr("Printing the test page…") if tab.job == "test_page" else self.tr("Printing and cutting…")
        if tab.step is Step.DONE:
            if tab.job == "test_page":
                return self.tr("Printed: the printer confirmed the whole page. Check it against the preview.")
            return self.tr("Cut: the printer confirmed the strip and the cut.")
        if tab.step is Step.FAILED:
            if tab.busy:
                return self.tr("Not printed: the printer is busy with another job. Nothing was sent.")
            reason = fact_text(assess_printer(tab.outcome).facts[0]) if tab.outcome is not None else ""
            return self.tr("Not printed: {reason}.").format(reason=reason)
        return ""
