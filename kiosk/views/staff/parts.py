"""Pieces the staff screens share: a flow's header, a form field, the phone prompt, the card
step, the identity-document choice. They show what the staff flow holds and send its
intents back; none of them does I/O.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows.staff import CardWait, Flow, Prompt, StaffFlow, Step
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.views.accessibility import set_role
from kiosk.views.confirming import EventCode, countdown_text, utc_now
from kiosk.views.icons import Icon
from kiosk.views.keyboard import KeyboardHost
from kiosk.views.sections.details_parts import Banner
from kiosk.views.staff.texts import field_error_text, problem_text, prompt_texts
from kiosk.views.theme import MIN_TOUCH
from kiosk.views.widgets import FlowRow, IconView, Spinner, label, refresh_style, styled_button, surface

DOCUMENT_TYPES: dict[str, str] = {  # DocumentType -> its name
    "passport": QT_TRANSLATE_NOOP("StaffParts", "Passport"),
    "identity_card": QT_TRANSLATE_NOOP("StaffParts", "Identity card"),
    "driving_licence": QT_TRANSLATE_NOOP("StaffParts", "Driving licence"),
}


def document_type_text(kind: str) -> str:
    source = DOCUMENT_TYPES.get(kind)
    return QCoreApplication.translate("StaffParts", source) if source else kind


NARROW = 1200
"""Below this width (portrait, 1280x1024, large text's long words) a row of a staff screen puts its
parts one under the other."""


class WideButton(QPushButton):
    """A button at least `floor` px wide and never narrower than its words: an explicit minimum width
    would let a layout squeeze it below its text (large text, Finnish) and cut the words."""

    def __init__(self, floor: int) -> None:
        super().__init__()
        self._floor = floor

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._floor), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def button(kind: str = "secondary", *, name: str = "", min_height: int = MIN_TOUCH, floor: int = 0,
           on_click: Callable[[], None] | None = None) -> WideButton:
    """kiosk.views.widgets.button, holding on to its words (`WideButton`)."""
    return styled_button(WideButton(floor), kind, name=name, min_height=min_height, on_click=on_click)


def button_row(*buttons: QWidget) -> FlowRow:
    """Ways on side by side from the left while they fit, one under the other when they do not."""
    return FlowRow(*buttons, spacing=24, stretch_first=False)


class Page(QWidget):
    """A staff screen: `refresh()` shows the flow's state, `clear()` forgets everything typed."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.setObjectName("view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def refresh(self) -> None:
        """The flow changed: show it."""

    def clear(self) -> None:
        """The flow ended: nothing typed or shown for it stays."""

    def showEvent(self, event: QShowEvent) -> None:
        """Laid out again once shown. A page is built hidden and laid out before the style sheet's font
        reaches its words; the geometry it got then outlived the show: the menu's tiles opened 29 px lower
        than their Finnish words need at 1366x768 until something else (the store's paper status coming
        in, late on a busy machine) laid the page out again."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.invalidate()

    def retranslate(self) -> None:
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PageStack(QWidget):
    """Pages of which one shows, as tall as that one: a QStackedWidget asks for its tallest page's
    height, and a short outcome would leave a gap above what follows it on the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) == 1)

    def currentIndex(self) -> int:
        return next((index for index, page in enumerate(self._pages) if not page.isHidden()), 0)

    def setCurrentIndex(self, index: int) -> None:
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)


class FlowHeader(QWidget):
    """Which flow and step this is, the step's title, Cancel (nothing is saved) and, on a form, its
    primary way on (`primary`, hidden unless a page gives it a text and a slot), kept above the keyboard."""

    def __init__(self, name: str, on_cancel: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kicker = label("brand", name=f"{name}-step")  # wraps: a whole line of capitals at large text
        self.title = label("title", name=f"{name}-title")
        self.cancel = button("secondary", name=f"{name}-cancel", min_height=88, floor=260, on_click=on_cancel)
        self.primary = button("primary", name=f"{name}-next", min_height=88, floor=300)
        self.primary.hide()
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(self.kicker)
        texts.addWidget(self.title)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.primary, 0, Qt.AlignmentFlag.AlignTop)
        # under the title the buttons keep their width, at the left: a screen-wide Cancel looks like the way on
        self._buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        buttons.addItem(self._buttons_end)
        self._buttons = buttons
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(texts, 1)
        layout.addLayout(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow (portrait, 1280x1024): the buttons go under the title, or they would leave the step's
        name and title a column too narrow for their words."""
        narrow = event.size().width() < NARROW
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        self._buttons_end.changeSize(0, 0, QSizePolicy.Policy.Expanding if narrow else QSizePolicy.Policy.Fixed,
                                     QSizePolicy.Policy.Minimum)
        self._buttons.invalidate()
        super().resizeEvent(event)

    def set_texts(self, kicker: str, title: str, cancel: str) -> None:
        self.kicker.setText(kicker)
        self.title.setText(title)
        self.cancel.setText(cancel)


class FormField:
    """One typed field: its caption, the line edit, and the reason it is refused (or a hint)."""

    def __init__(self, name: str, max_length: int, hints: Qt.InputMethodHint = Qt.InputMethodHint.ImhNone) -> None:
        self.name = name
        self.caption = label("body", name=f"staff-caption-{name}")
        self.edit = QLineEdit()
        self.edit.setObjectName(f"staff-field-{name}")
        self.edit.setProperty("role", "form-field")
        self.edit.setProperty("invalid", False)
        self.edit.setMaxLength(max_length)
        self.edit.setMinimumHeight(80)
        self.edit.setInputMethodHints(hints | Qt.InputMethodHint.ImhNoPredictiveText)
        self.caption.setBuddy(self.edit)  # a screen reader names the field by its caption
        self.error_icon = IconView(Icon.WARNING, 32, tone="error")
        self.error = label("field-error", name=f"staff-error-{name}")
        self.hint = label("caption", name=f"staff-hint-{name}")
        self.block = QWidget()
        layout = QVBoxLayout(self.block)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        message = QHBoxLayout()
        message.setSpacing(10)
        message.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignTop)
        message.addWidget(self.error, 1)
        layout.addLayout(message)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.show_error("")

    def text(self) -> str:
        return self.edit.text()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.edit.setAccessibleDescription(text)  # said with the field's name when it is refused
        self.error.setVisible(bool(text))
        self.error_icon.setVisible(bool(text))
        self.hint.setVisible(not text and bool(self.hint.text()))
        if self.edit.property("invalid") != bool(text):
            self.edit.setProperty("invalid", bool(text))
            refresh_style(self.edit)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text) and not self.error.text())

    def clear(self) -> None:
        self.edit.setText("")  # setText also empties the undo history: nothing typed can be brought back
        self.show_error("")


class ProblemBanner(Banner):
    """The step's refusal or trouble, in a yellow strip (hidden without one)."""

    def show_problem(self, code: str | None, *, stock: bool = False, final: bool = False) -> None:
        if code:
            self.show_message(problem_text(code, stock=stock, final=final), "warning")
        else:
            self.clear()


class PromptPanel(QWidget):
    """A phone confirmation: sending, then the event code with the masked phone and a countdown, then
    the outcome. The ways on after an outcome are the page's (they differ by flow)."""

    TICK_MS = 250

    def __init__(self, flow: StaffFlow, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self.pages = PageStack()
        starting = QWidget()
        sl = QVBoxLayout(starting)
        self.spinner = Spinner(120)
        self.starting_text = label("lead", name=f"{name}-sending", align=Qt.AlignmentFlag.AlignHCenter)
        sl.addStretch(1)
        sl.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        sl.addWidget(self.starting_text)
        sl.addStretch(1)
        self.pages.addWidget(starting)

        pending = QWidget()
        pl = QVBoxLayout(pending)
        pl.setContentsMargins(0, 0, 0, 0)  # a 768 px screen has room for the code only without extra air
        pl.setSpacing(12)
        self.sent_to = label("lead", name=f"{name}-sent-to")
        self.code = EventCode()
        self.code.setObjectName(f"{name}-event-id")
        instruction = surface("tinted")
        il = QHBoxLayout(instruction)
        il.setContentsMargins(28, 12, 28, 12)
        il.setSpacing(24)
        il.addWidget(IconView(Icon.PHONE, 56), 0, Qt.AlignmentFlag.AlignTop)
        self.instruction = label("lead", name=f"{name}-instruction")
        il.addWidget(self.instruction, 1)
        self.countdown = label("countdown", name=f"{name}-countdown", wrap=False)
        self.withdraw = button("secondary", name=f"{name}-withdraw", min_height=80, floor=300,
                               on_click=flow.cancel_prompt)
        clock = QWidget()
        cl = QHBoxLayout(clock)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(IconView(Icon.CLOCK, 40, tone="muted"))
        cl.addWidget(self.countdown, 1)
        bottom = FlowRow(clock, self.withdraw)  # the time left, and under it Cancel where both do not fit
        pl.addWidget(self.sent_to)
        pl.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        pl.addWidget(instruction)
        pl.addWidget(bottom)
        pl.addStretch(1)
        self.pages.addWidget(pending)

        outcome = QWidget()
        ol = QHBoxLayout(outcome)
        ol.setSpacing(32)
        self.outcome_icon = IconView(Icon.INFO, 88)
        texts = QVBoxLayout()
        texts.setSpacing(12)
        self.outcome_title = label("heading", name=f"{name}-outcome-title")
        self.outcome_detail = label("lead", name=f"{name}-outcome-detail")
        texts.addWidget(self.outcome_title)
        texts.addWidget(self.outcome_detail)
        texts.addStretch(1)
        ol.addWidget(self.outcome_icon, 0, Qt.AlignmentFlag.AlignTop)
        ol.addLayout(texts, 1)
        self.pages.addWidget(outcome)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._tick)

    def refresh(self, *, consent: bool = False) -> None:
        flow = self._flow
        prompt = flow.prompt
        confirmation = flow.confirmation
        self.starting_text.setText(self.tr("Sending the request to the phone…"))
        self.instruction.setText(self.tr(
            "Check that the phone shows the same code. Then the PIN of the mobile certificate is entered on the "
            "phone."))
        self.withdraw.setText(self.tr("Cancel the request"))
        if prompt is Prompt.PENDING and confirmation is not None:
            self.sent_to.setText(self.tr("A request was sent to {phone}").format(phone=confirmation.phone_masked))
            self.code.setText(confirmation.event_id)
            self.code.setAccessibleName(confirmation.event_id)
            self.pages.setCurrentIndex(1)
            if not self._timer.isActive():
                self._timer.start()
        elif prompt in (None, Prompt.STARTING, Prompt.APPROVED):
            self._timer.stop()
            self.code.setText("")
            self.sent_to.setText("")
            self.pages.setCurrentIndex(0)
        else:
            self._timer.stop()
            self.code.setText("")
            self.sent_to.setText("")
            title, detail = prompt_texts(prompt, consent=consent)
            self.outcome_title.setText(title)
            self.outcome_detail.setText(detail)
            info = prompt in (Prompt.CANCELLED, Prompt.NO_PHONE, Prompt.NO_CERTIFICATE, Prompt.NO_MOBILE_CERTIFICATE)
            self.outcome_icon.set_icon(Icon.INFO if info else Icon.WARNING)
            tone = "" if info else "warning"
            if self.outcome_icon.property("tone") != tone:
                self.outcome_icon.setProperty("tone", tone)
                refresh_style(self.outcome_icon)
            self.pages.setCurrentIndex(2)
        self._tick()

    def seconds_left(self) -> int | None:
        confirmation = self._flow.confirmation
        if confirmation is None or self._flow.prompt is not Prompt.PENDING:
            return None
        return max(0, math.ceil((confirmation.expires_at - utc_now()).total_seconds()))

    def _tick(self) -> None:
        left = self.seconds_left()
        self.countdown.setText("" if left is None else self.tr("Time left {time}").format(time=countdown_text(left)))

    def clear(self) -> None:
        self._timer.stop()
        for text in (self.code, self.sent_to, self.countdown, self.outcome_title, self.outcome_detail):
            text.setText("")
        self.code.setAccessibleName("")
        self.pages.setCurrentIndex(0)


class CardPanel(QWidget):
    """A card step: take the card that is in out, insert the one wanted, or the card being read."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = IconView(Icon.CARD, 120)
        self.instruction = label("title", name=f"{name}-instruction")
        self.detail = label("lead", name=f"{name}-detail")
        self.spinner = Spinner(96)
        self.problem = ProblemBanner(f"{name}-problem")
        self._row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(40)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        texts = QVBoxLayout()
        texts.setSpacing(12)
        texts.addWidget(self.instruction)
        texts.addWidget(self.detail)
        texts.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignLeft)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.problem)
        layout.addLayout(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow: the card above the words, which need the whole width at large text."""
        narrow = event.size().width() < NARROW
        self._row.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def show_state(self, wait: CardWait, texts: dict[CardWait, tuple[str, str]], problem: str | None, *,
                   stock: bool = False, final: bool = False) -> None:
        title, detail = texts[wait]
        self.instruction.setText(title)
        self.detail.setText(detail)
        self.spinner.setVisible(wait is CardWait.READING)
        self.problem.show_problem(problem, stock=stock, final=final)


class DocumentChoice(QWidget):
    """The identity document the clerk checked: its type (large buttons) and the last four characters of
    its number; `checked` says "Document checked"."""

    checked = Signal(str, str)  # document type, last four
    changed = Signal()  # a type chosen or a character typed

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = label("heading", name=f"{name}-document-caption")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.type_buttons: dict[str, QPushButton] = {}
        types = FlowRow(spacing=16, stretch_first=False)
        for kind in DOCUMENT_TYPES:
            choice = button("lang", name=f"{name}-document-{kind}", min_height=80, floor=240)
            choice.setCheckable(True)
            self.group.addButton(choice)
            set_role(choice, "radio")  # one of several
            self.type_buttons[kind] = choice
            types.add(choice)
            choice.clicked.connect(lambda _checked=False: self._update())
        self.last4 = FormField(f"{name}-last4", 4)
        self.last4.edit.textChanged.connect(lambda _text: self._typed())
        self.confirm = button("primary", name=f"{name}-document-checked", min_height=88, floor=320,
                              on_click=self._confirm)
        self.last4.block.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.caption)
        layout.addWidget(types)
        field = QHBoxLayout()  # its own row, so that its words wrap to the width it gets (at most 640 px)
        field.addWidget(self.last4.block, 1)
        field.addStretch(0)
        layout.addLayout(field)
        # under the field it confirms: beside it, large text left the caption and hint too narrow a column
        layout.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Or check an identity document"))
        for kind, choice in self.type_buttons.items():
            choice.setText(document_type_text(kind))
        self.last4.caption.setText(self.tr("Last four characters of the document's number"))
        self.last4.set_hint(self.tr("Letters and digits, for example 7K2X"))
        self.confirm.setText(self.tr("Document checked"))
        self._update()

    def document_type(self) -> str:
        for kind, choice in self.type_buttons.items():
            if choice.isChecked():
                return kind
        return ""

    def choose(self, kind: str) -> None:
        self.type_buttons[kind].setChecked(True)
        self._update()

    def show_error(self, code: str | None) -> None:
        self.last4.show_error(field_error_text(code) if code else "")

    def _typed(self) -> None:
        self.last4.show_error("")
        self._update()

    def _update(self) -> None:
        self.confirm.setEnabled(bool(self.document_type()) and len(self.last4.text().strip()) == 4)
        self.changed.emit()

    def _confirm(self) -> None:
        if self.document_type():
            self.checked.emit(self.document_type(), self.last4.text())

    def clear(self) -> None:
        self.group.setExclusive(False)
        for choice in self.type_buttons.values():
            choice.setChecked(False)
        self.group.setExclusive(True)
        self.last4.clear()
        self._update()


def keyboard_host(content: QWidget) -> KeyboardHost:
    """`content` above the on-screen keyboard, scrolled so the field being typed stays in view."""
    content.setObjectName("view")
    content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    host = KeyboardHost()
    host.set_content(content)
    host.scroll_area().viewport().setObjectName("view")
    host.scroll_area().viewport().setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    return host


def step_kicker(flow: StaffFlow) -> str:
    """"ADD A FAMILY MEMBER · STEP 2 OF 5": which flow, and how far."""
    steps = {
        Flow.ENROLMENT: {Step.MEMBER_CARD: 1, Step.CONSENT: 1, Step.DETAILS: 2, Step.IDENTITY: 3,
                         Step.CONFIRMING: 3, Step.STOCK_CARD: 4, Step.DONE: 5},
        Flow.REPLACEMENT: {Step.LOOKUP: 1, Step.IDENTITY: 2, Step.CONFIRMING: 2, Step.STOCK_CARD: 3, Step.DONE: 4},
        Flow.PHONE: {Step.MEMBER_CARD: 1, Step.PHONE_DETAILS: 2, Step.CONFIRMING: 3, Step.SAVING: 3, Step.DONE: 4},
    }
    if flow.flow is None:
        return ""
    names = {Flow.ENROLMENT: QCoreApplication.translate("StaffParts", "ADD A FAMILY MEMBER"),
             Flow.REPLACEMENT: QCoreApplication.translate("StaffParts", "REPLACE A CARD"),
             Flow.PHONE: QCoreApplication.translate("StaffParts", "MOBILE NUMBER")}
    number = steps[flow.flow].get(flow.step, 1)
    total = max(steps[flow.flow].values())
    return QCoreApplication.translate("StaffParts", "{flow} · STEP {number} OF {total}").format(
        flow=names[flow.flow], number=number, total=total)
