"""Adding a family member: the household as it is, and the new member's details typed on the on-screen
keyboard, checked as typed with the backend's rules (the reason next to the field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.flows.staff import StaffFlow
from kiosk.i18n import LANGUAGE_NAMES, LANGUAGES
from kiosk.i18n import format as fmt
from kiosk.i18n.format import store_today
from kiosk.session import Session
from kiosk.validation import FieldError, hetu_birth_date, validate_new_member_field
from kiosk.views.accessibility import set_role
from kiosk.views.sections.details_parts import empty_layout
from kiosk.views.staff.parts import (
    NARROW,
    FlowHeader,
    FormField,
    Page,
    ProblemBanner,
    button,
    keyboard_host,
    step_kicker,
)
from kiosk.views.staff.texts import field_error_text
from kiosk.views.widgets import FlowRow, label, surface

FIELDS = ("first_name", "last_name", "identity_code", "phone", "email")
_MAX = {"first_name": 60, "last_name": 60, "identity_code": 11, "phone": 20, "email": 254}
FORM_SIDES = 96 + 120 + 24
"""The form's side margins and the width of the scroll bar beside it."""
_HINTS = {"phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
          "email": Qt.InputMethodHint.ImhEmailCharactersOnly,
          "identity_code": Qt.InputMethodHint.ImhPreferUppercase}


def role_text(role: str) -> str:
    if role == "owner":
        return QCoreApplication.translate("StaffEnrolment", "owner member")
    return QCoreApplication.translate("StaffEnrolment", "family member")


class DetailsPage(Page):
    """Step 2: the household (names and roles), and the form. "Next" has it checked by the backend."""

    def __init__(self, flow: StaffFlow, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._session = session
        self._errors: dict[str, str] = {}
        self._flow_errors: dict[str, str] | None = None
        self._language = ""
        self._filling = False
        self.header = FlowHeader("staff-details", flow.cancel)
        self.problem = ProblemBanner("staff-details-problem")

        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(96, 8, 120, 32)
        column.setSpacing(22)
        household = surface("tinted", name="staff-household")
        hl = QVBoxLayout(household)
        hl.setContentsMargins(28, 20, 28, 20)
        hl.setSpacing(6)
        self.household_title = label("heading", name="staff-household-title")
        self.household_rows = QVBoxLayout()
        self.household_rows.setSpacing(4)
        self.household_note = label("caption", name="staff-household-note")
        hl.addWidget(self.household_title)
        hl.addLayout(self.household_rows)
        hl.addWidget(self.household_note)
        column.addWidget(household)

        self._grid = grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(18)
        self.fields = {name: FormField(f"new-{name}", _MAX[name], _HINTS.get(name, Qt.InputMethodHint.ImhNone))
                       for name in FIELDS}
        for name in FIELDS:
            self.fields[name].edit.textChanged.connect(lambda _text, name=name: self._typed(name))
        self._languages = languages = QWidget()
        ll = QVBoxLayout(languages)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(8)
        self.language_caption = label("body", name="staff-caption-new-language")
        ll.addWidget(self.language_caption)
        self._language_row = row = FlowRow(spacing=16, stretch_first=False)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            choice = button("lang", name=f"staff-new-language-{lang}", min_height=80, floor=200)
            choice.setCheckable(True)
            choice.setText(LANGUAGE_NAMES[lang])
            choice.clicked.connect(lambda _c=False, lang=lang: self.choose_language(lang))
            self.language_group.addButton(choice)
            set_role(choice, "radio")  # one of several
            self.language_buttons[lang] = choice
            row.add(choice)
        ll.addWidget(row)
        self._one_column: bool | None = None
        self._place_fields(one_column=False)
        column.addLayout(grid)
        column.addStretch(1)
        self.next = self.header.primary  # above the keyboard, always at hand
        self.next.clicked.connect(lambda _c=False: self.submit())
        self.next.show()
        self.host = keyboard_host(form)

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

    def _place_fields(self, *, one_column: bool) -> None:
        """Two columns where the width allows; one in portrait, at 1280x1024 and wherever large text's words
        would not fit half the width, in the order the member tells them."""
        if one_column is self._one_column:
            return
        self._one_column = one_column
        grid = self._grid
        blocks = [self.fields[name].block for name in ("first_name", "last_name", "identity_code")]
        blocks += [self._languages, self.fields["phone"].block, self.fields["email"].block]
        for block in blocks:
            grid.removeWidget(block)
        if one_column:
            places = [(line, 0) for line in range(len(blocks))]
        else:
            places = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
        for block, (line, col) in zip(blocks, places, strict=True):
            grid.addWidget(block, line, col)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0 if one_column else 1)

    def _arrange(self) -> None:
        """One column where half the form's width is narrower than the three language buttons side by side
        (1280x1024 and 1366x768 too): stacked under their caption they made a tower beside one field."""
        column = (self.width() - FORM_SIDES - self._grid.horizontalSpacing()) // 2
        self._place_fields(one_column=self.width() < NARROW or self._language_row.needed_width() > column)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutRequest) and self.width() > 0:
            self._arrange()  # large text turned on or off: the buttons' words changed width
        return super().event(event)

    # --- what the clerk does --------------------------------------------------------------------------

    def set_field_text(self, name: str, text: str) -> None:
        """Put `text` in a field as if typed (it is checked as typed)."""
        self.fields[name].edit.setText(text)

    def field_error(self, name: str) -> str:
        return self.fields[name].error.text()

    def choose_language(self, lang: str) -> None:
        self._language = lang
        self._errors.pop("language", None)
        self._show()

    def typed(self) -> dict[str, str]:
        texts = {name: field.text() for name, field in self.fields.items()}
        texts["language"] = self._language
        return texts

    def submit(self) -> None:
        self.flow.check_details(self.typed())

    def _typed(self, name: str) -> None:
        """Checked as typed; an empty field is told only on Next (it may not have been reached yet)."""
        if self._filling:
            return
        text = self.fields[name].text()
        self._errors.pop(name, None)
        if text.strip():
            try:
                validate_new_member_field(name, text, today=store_today(), min_age=self.flow.min_age())
            except FieldError as error:
                self._errors[name] = error.code
        self._show()

    # --- showing the flow -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        flow = self.flow
        if flow.form_errors is not self._flow_errors:  # new verdicts from Next or the backend
            self._flow_errors = flow.form_errors
            self._errors = dict(flow.form_errors)
        if not self._language:
            self._language = self._session.language
        household = flow.household
        self.header.set_texts(step_kicker(flow), self.tr("The new family member's details"), self.tr("Cancel"))
        self.problem.show_problem(flow.problem)
        if household is not None:
            self.household_title.setText(self.tr("{name}'s household").format(name=household.owner_first_name))
            if self.household_rows.count() != len(household.members):
                empty_layout(self.household_rows)
                for _person in household.members:
                    row_label = label("body", name="staff-household-member")
                    self.household_rows.addWidget(row_label)
                    row_label.show()  # with the page, not after the next turn of the event loop
            for index, person in enumerate(household.members):
                item = self.household_rows.itemAt(index)
                row = item.widget() if item is not None else None
                if isinstance(row, QLabel):
                    row.setText(f"{person.first_name} {person.last_name} · {role_text(person.role)}")
            self.household_note.setText(self.tr(
                "The new member gets the household's address. An own card from the age of {years}.").format(
                    years=household.min_own_card_age_years))
        captions = {"first_name": self.tr("First names"), "last_name": self.tr("Last name"),
                    "identity_code": self.tr("Personal identity code"),
                    "phone": self.tr("Mobile phone number (optional)"), "email": self.tr("E-mail address (optional)")}
        for name, text in captions.items():
            self.fields[name].caption.setText(text)
        self.language_caption.setText(self.tr("Language for messages"))
        self.next.setText(self.tr("Checking…") if flow.busy else self.tr("Next"))
        self.next.setEnabled(not flow.busy)
        self._show()

    def _show(self) -> None:
        min_age = self.flow.min_age()
        for name, field in self.fields.items():
            code = self._errors.get(name)
            field.show_error(field_error_text(code, min_age) if code else "")
        self._show_hints()
        for lang, choice in self.language_buttons.items():
            choice.setChecked(lang == self._language)

    def _show_hints(self) -> None:
        lang = self._session.language
        code = self.fields["identity_code"].text()
        hint = ""
        if code.strip() and "identity_code" not in self._errors:
            try:
                hint = self.tr("Born {date}").format(date=fmt.date_text(hetu_birth_date(code), lang))
            except FieldError:
                hint = ""
        self.fields["identity_code"].set_hint(hint or self.tr("For example 031107A9132"))
        phone = self.fields["phone"].text()
        phone_hint = self.tr("Their own mobile certificate can confirm who they are.")
        if phone.strip() and "phone" not in self._errors:
            try:
                normalised = validate_new_member_field("phone", phone, today=store_today(), min_age=0)
            except FieldError:
                normalised = None
            if normalised and normalised != phone.strip():
                phone_hint = self.tr("Will be saved as {number}").format(number=normalised)
        self.fields["phone"].set_hint(phone_hint)

    def clear(self) -> None:
        self._filling = True
        try:
            for field in self.fields.values():
                field.clear()
        finally:
            self._filling = False
        self._errors = {}
        self._flow_errors = None
        self._language = ""
        empty_layout(self.household_rows)
        self.household_title.setText("")
        self.language_group.setExclusive(False)
        for choice in self.language_buttons.values():
            choice.setChecked(False)
        self.language_group.setExclusive(True)
