"""Who the person is: their own mobile certificate (or the phone on file), or an identity document
the clerk checked; and the confirmation on the phone with every outcome and its way on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from kiosk.api import DocumentType
from kiosk.flows.staff import Flow, Prompt, StaffFlow
from kiosk.views.accessibility import set_role
from kiosk.views.icons import Icon
from kiosk.views.staff.parts import (
    DocumentChoice,
    FlowHeader,
    Page,
    ProblemBanner,
    PromptPanel,
    button,
    button_row,
    keyboard_host,
    step_kicker,
)
from kiosk.views.widgets import ChoiceButton, FlowRow, label, refresh_style, surface


def document_type(kind: str) -> DocumentType:
    if kind == "passport":
        return "passport"
    if kind == "identity_card":
        return "identity_card"
    return "driving_licence"


class IdentityPage(Page):
    """Enrolment: the new member's own certificate or a document. Replacement: who was found, lost or
    damaged, and the phone on file or a document."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.header = FlowHeader("staff-identity", flow.cancel)
        self.problem = ProblemBanner("staff-identity-problem")
        self.found = surface("tinted", name="staff-identity-found")
        fl = QVBoxLayout(self.found)
        fl.setContentsMargins(28, 20, 28, 20)
        fl.setSpacing(8)
        self.found_name = label("heading", name="staff-identity-found-name")
        self.found_detail = label("body", name="staff-identity-found-detail")
        fl.addWidget(self.found_name)
        fl.addWidget(self.found_detail)
        self.reason_caption = label("heading", name="staff-identity-reason-caption")
        self.reason_group = QButtonGroup(self)
        self.reason_buttons: dict[str, QPushButton] = {}
        self.reasons = reasons = FlowRow(spacing=16, stretch_first=False)
        for reason in ("lost", "damaged"):
            choice = button("lang", name=f"staff-identity-reason-{reason}", min_height=80)
            choice.setCheckable(True)
            self.reason_group.addButton(choice)
            set_role(choice, "radio")  # one of several
            self.reason_buttons[reason] = choice
            reasons.add(choice)
            choice.clicked.connect(lambda _c=False, r=reason: flow.choose_reason("lost" if r == "lost" else "damaged"))
        self.certificate = ChoiceButton("choice-primary", Icon.PHONE)
        self.certificate.setObjectName("staff-identity-certificate")
        self.certificate.clicked.connect(lambda _c=False: flow.confirm_with_certificate())
        self.document = DocumentChoice("staff-identity")
        self.document.checked.connect(lambda kind, last4: flow.use_document(document_type(kind), last4))
        self.back = button("secondary", name="staff-identity-back", min_height=88, floor=300, on_click=self._back)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(96, 8, 120, 32)
        column.setSpacing(22)
        column.addWidget(self.found)
        column.addWidget(self.reason_caption)  # a question above its answers: they need the width at large text
        column.addWidget(reasons)
        column.addWidget(self.certificate)
        column.addWidget(self.document)
        column.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.host = keyboard_host(content)
        top = QVBoxLayout()
        top.setContentsMargins(96, 40, 120, 8)
        top.setSpacing(16)
        top.addWidget(self.header)
        top.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.host, 1)

    def _back(self) -> None:
        if self.flow.flow is Flow.REPLACEMENT:
            self.flow.look_up_again()
        else:
            self.flow.edit_details()

    def refresh(self) -> None:
        flow = self.flow
        replacement = flow.flow is Flow.REPLACEMENT
        checked = flow.checked
        lookup = flow.lookup
        name = checked.first_name if checked is not None else lookup.first_name if lookup is not None else ""
        self.header.set_texts(step_kicker(flow), self.tr("How does {name} prove who they are?").format(name=name),
                              self.tr("Cancel"))
        self.problem.show_problem(flow.problem)
        self.document.show_error(flow.form_errors.get("last4"))
        self.found.setVisible(replacement and lookup is not None)
        self.reason_caption.setVisible(replacement)
        self.reasons.setVisible(replacement)
        for reason, choice in self.reason_buttons.items():
            choice.setVisible(replacement)
            choice.setChecked(reason == flow.reason)
        self.reason_caption.setText(self.tr("What happened to the old card?"))
        self.reason_buttons["lost"].setText(self.tr("Lost or stolen"))
        self.reason_buttons["damaged"].setText(self.tr("Damaged"))
        if replacement and lookup is not None:
            self.found_name.setText(self.tr("Member found: {name}").format(name=lookup.first_name))
            cards = ", ".join(lookup.active_cards_masked) or self.tr("no card in use")
            phone = lookup.phone_masked or self.tr("no phone number on file")
            self.found_detail.setText(self.tr("Phone: {phone} · Cards in use: {cards}").format(phone=phone,
                                                                                               cards=cards))
            self.certificate.set_texts(
                self.tr("Confirm on the phone on file"),
                self.tr("A request goes to {phone}. The member enters their mobile certificate PIN.").format(
                    phone=lookup.phone_masked) if lookup.can_confirm
                else self.tr("Not possible: no mobile certificate on file. Check an identity document."))
            self._set_certificate_enabled(lookup.can_confirm)
            self.back.setText(self.tr("Find another member"))
        else:
            number = checked.phone if checked is not None else None
            self.certificate.set_texts(
                self.tr("Their own mobile certificate"),
                self.tr("A request goes to {phone}, the number on the form. Their certificate's name must be the "
                        "name typed.").format(phone=number) if number
                else self.tr("Type their mobile number on the form first."))
            self._set_certificate_enabled(True)
            self.back.setText(self.tr("Back to the details"))
        self.document.retranslate()

    def _set_certificate_enabled(self, enabled: bool) -> None:
        """A way that cannot be taken does not look like the way on."""
        self.certificate.setEnabled(enabled)
        kind = "choice-primary" if enabled else "choice"
        if self.certificate.property("kind") != kind:
            self.certificate.setProperty("kind", kind)
            refresh_style(self.certificate)

    def clear(self) -> None:
        self.document.clear()
        self.found_name.setText("")
        self.found_detail.setText("")


class ConfirmingPage(Page):
    """A staff flow's confirmation on a phone; the ways on depend on the flow and the outcome."""

    def __init__(self, flow: StaffFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.header = FlowHeader("staff-confirming", flow.cancel)
        self.problem = ProblemBanner("staff-confirming-problem")
        self.prompt = PromptPanel(flow, "staff-confirming")
        self.retry = button("primary", name="staff-confirming-retry", min_height=88, floor=300,
                            on_click=flow.retry_prompt)
        self.without = button("primary", name="staff-confirming-without", min_height=88, floor=300,
                              on_click=flow.save_without_certificate)
        self.back = button("secondary", name="staff-confirming-back", min_height=88, floor=300,
                           on_click=flow.edit_details)
        self.document = DocumentChoice("staff-confirming")
        self.document.checked.connect(lambda kind, last4: flow.use_document(document_type(kind), last4))
        ways = button_row(self.retry, self.without, self.back)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(96, 8, 120, 32)
        column.setSpacing(22)
        column.addWidget(self.prompt)
        column.addWidget(ways)
        column.addWidget(self.document)
        column.addStretch(1)
        self.host = keyboard_host(content)
        top = QVBoxLayout()
        top.setContentsMargins(96, 40, 120, 8)
        top.setSpacing(16)
        top.addWidget(self.header)
        top.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.host, 1)

    def refresh(self) -> None:
        flow = self.flow
        titles = {Flow.ENROLMENT: self.tr("The new member confirms with their own mobile certificate"),
                  Flow.REPLACEMENT: self.tr("The member confirms on the phone on file"),
                  Flow.PHONE: self.tr("The member confirms on the new number")}
        self.header.set_texts(step_kicker(flow), titles.get(flow.flow, "") if flow.flow else "", self.tr("Cancel"))
        self.problem.show_problem(flow.problem)
        self.prompt.refresh()
        prompt = flow.prompt
        ended = prompt not in (None, Prompt.STARTING, Prompt.PENDING, Prompt.APPROVED)
        hopeless = prompt in (Prompt.NO_PHONE, Prompt.NO_MOBILE_CERTIFICATE, Prompt.NO_CERTIFICATE,
                              Prompt.CERTIFICATE_BLOCKED, Prompt.ALREADY_MEMBER, Prompt.TOO_MANY_ATTEMPTS,
                              Prompt.WRONG_PERSON)
        self.retry.setText(self.tr("Send a new request"))
        self.retry.setVisible(ended and not hopeless)
        self.without.setText(self.tr("Save the number without it"))
        self.without.setVisible(flow.flow is Flow.PHONE and prompt is Prompt.NO_CERTIFICATE)
        self.back.setText(self.tr("Back to the choices") if flow.flow is Flow.REPLACEMENT
                          else self.tr("Back to the details"))
        self.back.setVisible(ended)
        # A document is the other way to prove a person (not for the phone change: its document is checked already).
        self.document.setVisible(ended and flow.flow is not Flow.PHONE and prompt is not Prompt.ALREADY_MEMBER)
        self.document.show_error(flow.form_errors.get("last4"))
        self.document.retranslate()

    def clear(self) -> None:
        self.prompt.clear()
        self.document.clear()

