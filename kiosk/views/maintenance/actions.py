"""Maintenance mode, Actions: restart the kiosk or the card reader service, the touch test, the diagnostics bundle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QTouchEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.flows.maintenance import MaintenanceFlow, Step
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.views.accessibility import set_role
from kiosk.views.icons import Icon
from kiosk.views.maintenance.common import GLOVE, Row, big_button, set_text
from kiosk.views.maintenance.texts import translated
from kiosk.views.overlays import A11Y_SLOT_WIDTH
from kiosk.views.widgets import ChoiceButton, WrapGrid, color_property, label, scroll_area

_PCSCD = {
    "restarted": QT_TRANSLATE_NOOP("Maintenance", "The card reader service was restarted."),
    "not_permitted": QT_TRANSLATE_NOOP("Maintenance", "Not permitted on this terminal: the kiosk may not restart "
                                                      "the card reader service (see deploy/polkit)."),
    "not_available": QT_TRANSLATE_NOOP("Maintenance", "This terminal has no systemctl to restart it with."),
    "failed": QT_TRANSLATE_NOOP("Maintenance", "The restart failed: see the log."),
    "simulated": QT_TRANSLATE_NOOP("Maintenance", "This kiosk uses a simulated card reader: there is no service "
                                                  "to restart."),
}


class TouchGrid(QWidget):
    """A grid of cells that light where the screen is touched (or pressed and dragged): dead spots stay dark."""

    COLUMNS = 16
    ROWS = 9

    touched_changed = Signal(int)  # how many cells are lit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touch-grid")
        set_role(self, "canvas")  # a surface the technician draws on
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self._lit: set[tuple[int, int]] = set()
        self._lit_color = QColor("#00563F")
        self._grid_color = QColor("#D9D3C5")

    litColor = color_property("_lit_color")
    gridColor = color_property("_grid_color")

    @property
    def cells(self) -> int:
        return self.COLUMNS * self.ROWS

    def lit(self) -> int:
        return len(self._lit)

    def clear(self) -> None:
        self._lit.clear()
        self.update()
        self.touched_changed.emit(0)

    def _cell(self, point: QPointF) -> tuple[int, int] | None:
        if not self.rect().contains(point.toPoint()):
            return None
        column = int(point.x() * self.COLUMNS / max(1, self.width()))
        row = int(point.y() * self.ROWS / max(1, self.height()))
        return min(column, self.COLUMNS - 1), min(row, self.ROWS - 1)

    def light(self, point: QPointF) -> None:
        cell = self._cell(point)
        if cell is not None and cell not in self._lit:
            self._lit.add(cell)
            self.update()
            self.touched_changed.emit(len(self._lit))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.light(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.light(event.position())

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate):
            for point in event.points():
                self.light(point.position())
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        width, height = self.width() / self.COLUMNS, self.height() / self.ROWS
        for column in range(self.COLUMNS):
            for row in range(self.ROWS):
                cell = QRectF(column * width + 2, row * height + 2, width - 4, height - 4)
                if (column, row) in self._lit:
                    painter.fillRect(cell, self._lit_color)
                else:
                    painter.setPen(self._grid_color)
                    painter.drawRect(cell)
        painter.end()


class TouchTest(QWidget):
    """The touch test over the whole maintenance view: the grid, how much of it lit up, and Close."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = label("heading", name="touch-test-title")
        self.progress = label("body", name="touch-test-progress", wrap=False)
        self.again = big_button("secondary", "touch-test-again")
        self.close_button = big_button("primary", "touch-test-close", self.closed.emit)
        self.grid = TouchGrid()
        self.again.clicked.connect(self.grid.clear)
        self.grid.touched_changed.connect(lambda _count: self.retranslate())
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addSpacing(A11Y_SLOT_WIDTH - 48)  # the accessibility button's corner stays free
        # how much lit, then the buttons; the buttons under it where both do not fit (large text, portrait)
        buttons_box = QWidget()
        buttons = QHBoxLayout(buttons_box)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(16)
        buttons.addWidget(self.again)
        buttons.addWidget(self.close_button)
        self.controls = Row(self.progress, buttons_box, spacing=16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addLayout(title_row)
        layout.addWidget(self.controls)
        layout.addWidget(self.grid, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Touch test: draw over the whole screen; a cell that stays light does not feel "
                                   "touch."))
        self.progress.setText(self.tr("{lit} of {cells} cells touched").format(lit=self.grid.lit(),
                                                                              cells=self.grid.cells))
        self.again.setText(self.tr("Start again"))
        self.close_button.setText(self.tr("Close"))
        self.grid.setAccessibleName(self.tr("Touch grid"))


def _cell(choice: ChoiceButton, *under: QWidget) -> QWidget:
    """An action and what it said, in one cell of the page's grid."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(choice)
    for widget in under:
        column.addWidget(widget)
    column.addStretch(1)
    return cell


def _choice_need(choice: ChoiceButton) -> int:
    """The width an action needs for its longest word (its title, bold; it paints its own words, and a word
    wider than the button would be cut), its icon and padding."""
    font = QFont(choice.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    longest = max((metrics.horizontalAdvance(word) for word in choice.text().split()), default=0)
    return max(choice.minimumWidth(), longest + 2 * ChoiceButton.PADDING + ChoiceButton.ICON + 20 + 8)


class ActionsPage(QWidget):
    open_touch_test = Signal()

    def __init__(self, flow: MaintenanceFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self.restart = ChoiceButton("choice", Icon.RETRY)
        self.restart.setObjectName("maintenance-restart-kiosk")
        self.restart.clicked.connect(self._ask_restart)
        self.confirm = label("lead", name="maintenance-restart-confirm")
        self.confirm_yes = big_button("primary", "maintenance-restart-yes", flow.restart_kiosk)
        self.confirm_no = big_button("secondary", "maintenance-restart-no", self._cancel_restart)
        self.pcscd = ChoiceButton("choice", Icon.CARD)
        self.pcscd.setObjectName("maintenance-restart-pcscd")
        self.pcscd.clicked.connect(flow.restart_pcscd)
        self.pcscd_result = label("body", name="maintenance-pcscd-result")
        self.touch = ChoiceButton("choice", Icon.ACCESSIBILITY)
        self.touch.setObjectName("maintenance-touch-test")
        self.touch.clicked.connect(self._touch_test)
        self.export = ChoiceButton("choice", Icon.INFO)
        self.export.setObjectName("maintenance-export")
        self.export.clicked.connect(flow.export_diagnostics)
        self.export_result = label("body", name="maintenance-export-result")
        for choice in (self.restart, self.pcscd, self.touch, self.export):
            choice.setMinimumHeight(max(GLOVE, 150))

        # Restart's question and its answers; the answers under it where they do not fit beside it
        confirm_row = Row(self.confirm, self.confirm_no, self.confirm_yes, spacing=16)
        cells = [_cell(self.restart, confirm_row), _cell(self.pcscd, self.pcscd_result), _cell(self.touch),
                 _cell(self.export, self.export_result)]
        # Two columns where each title's longest word fits half the width, else one (large text, portrait)
        chosen = dict(zip(cells, (self.restart, self.pcscd, self.touch, self.export), strict=True))
        self.choices = WrapGrid(cells, (2, 1), spacing=24, need=lambda cell: _choice_need(chosen[cell]))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.choices)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll_area(body, part="maintenance"))
        self._asking = False
        flow.actions_changed.connect(self.update_actions)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _ask_restart(self) -> None:
        self._asking = True
        self.update_actions()

    def _cancel_restart(self) -> None:
        self._asking = False
        self.update_actions()

    def _touch_test(self) -> None:
        self._flow.touch_test_opened()
        self.open_touch_test.emit()

    def retranslate(self) -> None:
        self.restart.set_texts(self.tr("Restart the kiosk"),
                               self.tr("Applies saved settings. The screen is back in about ten seconds."))
        self.pcscd.set_texts(self.tr("Restart the card reader service"),
                             self.tr("pcscd, when readers are not seen or a card is not read."))
        self.touch.set_texts(self.tr("Touch test"), self.tr("A grid that lights where the screen is touched."))
        self.export.set_texts(self.tr("Export diagnostics"),
                              self.tr("To a USB stick if one is in, else to the help desk through the backend. "
                                      "No customer data."))
        self.confirm_yes.setText(self.tr("Restart"))
        self.confirm_no.setText(self.tr("Cancel"))
        self.update_actions()

    def update_actions(self) -> None:
        actions = self._flow.actions
        if actions.restarting:
            self._asking = False
            set_text(self.confirm, self.tr("Restarting…"))
        else:
            set_text(self.confirm, self.tr("Restart the kiosk now?") if self._asking else "")
        self.confirm_yes.setVisible(self._asking and not actions.restarting)
        self.confirm_no.setVisible(self._asking and not actions.restarting)
        self.restart.setEnabled(not actions.restarting)
        if actions.pcscd_step is Step.WORKING:
            set_text(self.pcscd_result, self.tr("Restarting the card reader service…"))
        else:
            set_text(self.pcscd_result, translated(_PCSCD[actions.pcscd]) if actions.pcscd else "")
        self.pcscd.setEnabled(actions.pcscd_step is not Step.WORKING)
        self.export.setEnabled(actions.diagnostics_step is not Step.WORKING)
        set_text(self.export_result, self._export_text())

    def _export_text(self) -> str:
        actions = self._flow.actions
        if actions.diagnostics_step is Step.WORKING:
            return self.tr("Collecting the diagnostics…")
        if actions.diagnostics == "written":
            return self.tr("Written to the USB stick: {file}").format(file=actions.diagnostics_where)
        if actions.diagnostics == "uploaded":
            return self.tr("No USB stick: sent to the help desk through the backend (bundle {id}).").format(
                id=actions.diagnostics_where)
        if actions.diagnostics == "failed":
            return self.tr("Not exported: no USB stick, and the backend did not take it ({code}).").format(
                code=actions.diagnostics_error)
        return ""
