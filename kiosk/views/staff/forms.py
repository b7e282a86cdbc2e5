"""The typed steps of the card replacement (find the member) and the phone change (the document and
the new number), the phone change's saving, and every flow's summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.api import CardReplaced, Enrolled, PhoneChanged
from kiosk.devices.base import PrinterState
from kiosk.flows.staff import Slip, StaffFlow
from kiosk.i18n import format as fmt
from kiosk.session import Session
from kiosk.validation import FieldError, normalise_phone
from kiosk.views.accessibility import set_role
from kiosk.views.icons import Icon
from kiosk.views.sections.details_parts import empty_layout
from kiosk.views.staff.enrolment import role_text
from kiosk.views.staff.identity import document_type
from kiosk.views.staff.parts import (
    NARROW,
    DocumentChoice,
    FlowHeader,
    FormField,
    Page,
    ProblemBanner,
    button,
    keyboard_host,
    step_kicker,
)
from kiosk.views.staff.texts import field_error_text
from kiosk.views.widgets import FlowRow, IconView, Spinner, label, surface


class LookupPage(Page):
    """Replacement, step 1: the member tells their phone number or identity code; nothing else is shown of
    them than a first name, a masked phone and their cards, masked."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._by = "phone"
        self.header = FlowHeader("staff-lookup", flow.cancel)
        self.problem = ProblemBanner("staff-lookup-problem")
        self.group = QButtonGroup(self)
        self.by_buttons: dict[str, QPushButton] = {}
        choices = FlowRow(spacing=16, stretch_first=False)
        for by in ("phone", "identity_code"):
            choice = button("lang", name=f"staff-lookup-by-{by}", min_height=80, floor=320)
            choice.setCheckable(True)
            choice.clicked.connect(lambda _c=False, by=by: self.search_by(by))
            self.group.addButton(choice)
            set_role(choice, "radio")  # one of several
            self.by_buttons[by] = choice
            choices.add(choice)
        self.phone = FormField("lookup-phone", 20, Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.code = FormField("lookup-identity_code", 11, Qt.InputMethodHint.ImhPreferUppercase)
        self.find_button = button("primary", name="staff-lookup-find", min_height=88, floor=320,
                                  on_click=self.submit)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(96, 8, 120, 32)
        column.setSpacing(20)
        column.addWidget(choices)
        column.addWidget(self.phone.block)
        column.addWidget(self.code.block)
        column.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        self.host = keyboard_host(content)
        top = QVBoxLayout()
        # 768 px at large text holds the heading and a three-line problem above the form only with less air
        top.setContentsMargins(96, 16, 120, 8)
        top.setSpacing(12)
        top.addWidget(self.header)
        top.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.host, 1)
        self.phone.edit.textChanged.connect(lambda _t: self.phone.show_error(""))
        self.code.edit.textChanged.connect(lambda _t: self.code.show_error(""))

    def search_by(self, by: str) -> None:
        self._by = by
        self.refresh()

    def field(self) -> FormField:
        return self.phone if self._by == "phone" else self.code

    def submit(self) -> None:
        self.flow.look_up(self._by, self.field().text())

    def refresh(self) -> None:
        flow = self.flow
        self.header.set_texts(step_kicker(flow), self.tr("Find the member"), self.tr("Cancel"))
        self.problem.show_problem(flow.problem)
        self.by_buttons["phone"].setText(self.tr("By phone number"))
        self.by_buttons["identity_code"].setText(self.tr("By personal identity code"))
        for by, choice in self.by_buttons.items():
            choice.setChecked(by == self._by)
        self.phone.caption.setText(self.tr("The member's mobile phone number"))
        self.phone.set_hint(self.tr("Only the number on file is used: the confirmation goes there, never to a "
                                    "number typed here."))
        self.code.caption.setText(self.tr("The member's personal identity code"))
        self.phone.block.setVisible(self._by == "phone")
        self.code.block.setVisible(self._by == "identity_code")
        for name, field in (("phone", self.phone), ("identity_code", self.code)):
            code = flow.form_errors.get(name)
            field.show_error(field_error_text(code) if code else "")
        self.find_button.setText(self.tr("Searching…") if flow.busy else self.tr("Find"))
        self.find_button.setEnabled(not flow.busy)

    def clear(self) -> None:
        self.phone.clear()
        self.code.clear()
        self._by = "phone"


class PhoneDetailsPage(Page):
    """Phone change, step 2: the identity document the clerk checked and the new number, validated as a
    mobile number as typed."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.header = FlowHeader("staff-phone", flow.cancel)
        self.problem = ProblemBanner("staff-phone-problem")
        self.member = label("lead", name="staff-phone-member")
        self.document = DocumentChoice("staff-phone")
        self.document.confirm.hide()  # one Next for the whole step
        self.document.changed.connect(self._update_next)
        self.number = FormField("new-phone", 20, Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.number.edit.textChanged.connect(lambda _t: self._typed())
        self.next = self.header.primary  # above the keyboard, always at hand
        self.next.clicked.connect(lambda _c=False: self.submit())
        self.next.show()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(96, 8, 120, 32)
        column.setSpacing(20)
        column.addWidget(self.member)
        column.addWidget(self.document)
        column.addWidget(self.number.block)
        column.addStretch(1)
        self.host = keyboard_host(content)
        top = QVBoxLayout()
        # 768 px at large text holds the heading and a three-line problem above the form only with less air
        top.setContentsMargins(96, 16, 120, 8)
        top.setSpacing(12)
        top.addWidget(self.header)
        top.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.host, 1)
        self._errors: dict[str, str] = {}
        self._flow_errors: dict[str, str] | None = None

    def submit(self) -> None:
        self.flow.submit_phone(self.number.text(), document_type(self.document.document_type()),
                               self.document.last4.text())

    def _typed(self) -> None:
        self._errors.pop("phone", None)
        text = self.number.text()
        hint = self.tr("The member's mobile certificate requests will come to this number.")
        if text.strip():
            try:
                normalised = normalise_phone(text)
            except FieldError as error:
                self._errors["phone"] = error.code
            else:
                if normalised != text.strip():
                    hint = self.tr("Will be saved as {number}").format(number=normalised)
        code = self._errors.get("phone")
        self.number.show_error(field_error_text(code) if code else "")
        self.number.set_hint(hint)

    def refresh(self) -> None:
        flow = self.flow
        if flow.form_errors is not self._flow_errors:
            self._flow_errors = flow.form_errors
            self._errors = dict(flow.form_errors)
        self.header.set_texts(step_kicker(flow), self.tr("Identity document and the new number"), self.tr("Cancel"))
        self.problem.show_problem(flow.problem)
        self.member.setText(self.tr("{name}'s card has proven itself. Check their identity document.").format(
            name=flow.member_first_name) if flow.member_first_name else "")
        self.document.retranslate()
        self.document.caption.setText(self.tr("The identity document you checked"))
        self.document.show_error(self._errors.get("last4"))
        self.number.caption.setText(self.tr("The new mobile phone number"))
        code = self._errors.get("phone")
        self.number.show_error(field_error_text(code) if code else "")
        if not self.number.hint.text():
            self.number.set_hint(self.tr("The member's mobile certificate requests will come to this number."))
        self.next.setText(self.tr("Next"))
        self._update_next()

    def _update_next(self) -> None:
        """Next once a document type is chosen (the number and the four characters are checked on Next)."""
        self.next.setEnabled(not self.flow.busy and bool(self.document.document_type()))

    def clear(self) -> None:
        self.document.clear()
        self.number.clear()
        self.member.setText("")
        self._errors = {}
        self._flow_errors = None


class SavingPage(Page):
    """The phone change's final save; a lost connection keeps everything for Try again."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.header = FlowHeader("staff-saving", flow.cancel)
        self.problem = ProblemBanner("staff-saving-problem")
        self.spinner = Spinner(120)
        self.text = label("lead", name="staff-saving-text")
        self.retry = button("primary", name="staff-saving-retry", min_height=88, floor=300, on_click=flow.retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 120, 56)
        layout.setSpacing(28)
        layout.addWidget(self.header)
        layout.addWidget(self.problem)
        layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def refresh(self) -> None:
        flow = self.flow
        self.header.set_texts(step_kicker(flow), self.tr("Saving the new number"), self.tr("Cancel"))
        self.problem.show_problem(flow.problem, final=flow.final_unknown)
        self.spinner.setVisible(flow.busy)
        self.text.setText(self.tr("Saving…") if flow.busy else "")
        self.retry.setText(self.tr("Try again"))
        self.retry.setVisible(not flow.busy and flow.problem is not None)


class DonePage(Page):
    """What was done, for the clerk and the member to read; Finish wipes it from the screen."""

    def __init__(self, flow: StaffFlow, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._session = session
        self.icon = IconView(Icon.CHECK, 96)
        self.kicker = label("brand", name="staff-done-step")  # wraps: a whole line of capitals at large text
        self.title = label("title", name="staff-done-title")
        self.summary = surface("card", name="staff-done-summary")
        self.rows = QVBoxLayout(self.summary)
        self.rows.setContentsMargins(36, 28, 36, 28)
        self.rows.setSpacing(12)
        self.slip = label("lead", name="staff-done-slip")
        self.print_again = button("secondary", name="staff-done-print", min_height=88, floor=320,
                                  on_click=flow.print_slip)
        self.finish = button("primary", name="staff-done-finish", min_height=88, floor=320, on_click=flow.finish)
        head = QHBoxLayout()
        head.setSpacing(32)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.kicker)
        texts.addWidget(self.title)
        head.addLayout(texts, 1)
        # Print again and Finish at the right while they fit, one under the other when they do not
        ways = FlowRow(QWidget(), self.print_again, self.finish)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 120, 56)
        layout.setSpacing(28)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.slip)
        layout.addWidget(ways)
        self._lines: list[QLabel] = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow (portrait): slimmer sides, or a long Finnish word of the summary at large text
        ("henkilöllisyystodistuksella") is wider than what is left between them."""
        side = (64, 64) if event.size().width() < NARROW else (96, 120)
        self._layout.setContentsMargins(side[0], 48, side[1], 56)
        super().resizeEvent(event)

    def _set_lines(self, lines: list[tuple[str, str]]) -> None:
        if len(self._lines) != len(lines):
            empty_layout(self.rows)
            self._lines = []
            for _ in lines:
                text = label("lead", name="staff-done-line")
                self.rows.addWidget(text)
                text.show()  # on screen with the title, not after the next turn of the event loop
                self._lines.append(text)
        for widget, (caption, value) in zip(self._lines, lines, strict=True):
            widget.setText(f"{caption}: {value}" if caption else value)

    def refresh(self) -> None:
        flow = self.flow
        result = flow.result
        lang = self._session.language
        self.kicker.setText(step_kicker(flow))
        self.finish.setText(self.tr("Finish"))
        self.print_again.setText(self.tr("Print again"))
        self.print_again.setVisible(isinstance(result, Enrolled) and flow.slip is Slip.FAILED)
        self.slip.setVisible(isinstance(result, Enrolled))
        slips = {Slip.NONE: "", Slip.PRINTING: self.tr("Printing the welcome slip…"),
                 Slip.PRINTED: self.tr("Hand the welcome slip to the new member."),
                 Slip.FAILED: self.tr("The welcome slip could not be printed: {reason}").format(
                     reason=self._printer_reason())}
        self.slip.setText(slips[flow.slip])
        if isinstance(result, Enrolled):
            self.title.setText(self.tr("{name} is now a member of the household").format(
                name=f"{result.first_name} {result.last_name}"))
            household = ", ".join(f"{p.first_name} {p.last_name} ({role_text(p.role)})" for p in result.household)
            identity = (self.tr("their own mobile certificate") if result.identity == "mobile_certificate"
                        else self.tr("an identity document"))
            self._set_lines([
                (self.tr("Card"), result.card_number_masked),
                (self.tr("Household"), household),
                (self.tr("Purchases count from"), fmt.date_text(result.purchases_count_from, lang)),
                (self.tr("Identity confirmed with"), identity),
                ("", self.tr("The owner member gets a notice of the new family member.")),
            ])
        elif isinstance(result, CardReplaced):
            self.title.setText(self.tr("{name} has a new card").format(name=result.first_name))
            status = self.tr("reported lost") if result.old_card_status == "lost" else self.tr("closed")
            old = ", ".join(result.old_cards_masked) or self.tr("none")
            self._set_lines([
                (self.tr("New card"), result.card_number_masked),
                (self.tr("Old cards ({status})").format(status=status), old),
                ("", self.tr("The old cards no longer open anything, even a session open right now.")),
            ])
        elif isinstance(result, PhoneChanged):
            self.title.setText(self.tr("The mobile number is saved"))
            lines = [(self.tr("New number"), result.phone_masked)]
            if result.previous_phone_masked:
                lines.append((self.tr("Previous number"), result.previous_phone_masked))
            lines.append(("", self.tr("Next time the member can confirm with their mobile certificate on their own.")
                          if result.satu_recorded else
                          self.tr("The number has no mobile certificate confirmed yet: the member sees only Home "
                                  "until it has one.")))
            self._set_lines(lines)
        else:
            self.title.setText("")
            self._set_lines([])
        if flow.flow is None:
            self.kicker.setText("")

    def _printer_reason(self) -> str:
        reasons = {PrinterState.PAPER_OUT: self.tr("the printer is out of paper."),
                   PrinterState.COVER_OPEN: self.tr("the printer's cover is open."),
                   PrinterState.OFFLINE: self.tr("the printer is offline."),
                   PrinterState.BUSY: self.tr("the printer is busy with an earlier job.")}
        state = self.flow.slip_printer_state
        unconfirmed = self.tr("the printer did not confirm it.")
        return reasons.get(state, unconfirmed) if state is not None else unconfirmed

    def clear(self) -> None:
        empty_layout(self.rows)
        self._lines = []
        self.title.setText("")
        self.slip.setText("")

