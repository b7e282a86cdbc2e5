"""My details, contact details: shown first, edited with the on-screen keyboard, saved to the backend.

What the member types is checked as they type (kiosk.validation mirrors the backend's
rules), and the reason stands under the field in the screen's language. Only changed
fields are sent. Whatever goes wrong on saving, the typed text stays for another try:
the backend's refusal lands on its field, a lost connection is said as such. The
contact language is stored for letters and messages only; the screen keeps the
language the member chose for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import ApiError, BackendUnreachable, Profile, ValidationFailed
from kiosk.i18n import LANGUAGE_NAMES, LANGUAGES, QT_TRANSLATE_NOOP
from kiosk.i18n import format as fmt
from kiosk.masking import mask_email, mask_phone, mask_street
from kiosk.session import Session
from kiosk.validation import FieldError, validate_profile_field
from kiosk.views.accessibility import set_role
from kiosk.views.icons import Icon
from kiosk.views.keyboard import KeyboardHost
from kiosk.views.masked import MaskedValue, RevealGroup
from kiosk.views.sections import SectionContent
from kiosk.views.sections.details_parts import Banner, Loadable
from kiosk.views.sections.reflow import Columns, SplitRow
from kiosk.views.widgets import FlowRow, IconView, button, label, scroll_area, surface

TEXT_FIELDS = ("address_line1", "address_line2", "postal_code", "town", "phone", "email")
"""The typed fields, in the order they are on the form (language is chosen with buttons)."""

MASKED_VIEW_KEYS = ("address", "phone", "email")
"""The values of the read-only view shown masked: the street's number, the phone and the e-mail address."""

# Longest text each field takes as typed; the backend's limits (kiosk.validation) are not lower.
_MAX_LENGTHS = {"address_line1": 100, "address_line2": 100, "postal_code": 5, "town": 50, "phone": 20,
                "email": 254}

_HINTS = {
    "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,  # the numeric pad with +
    "postal_code": Qt.InputMethodHint.ImhDigitsOnly,  # the numeric pad
    "email": Qt.InputMethodHint.ImhEmailCharactersOnly,  # letters with @ at hand
}

# The reason for each of the backend's error codes (kiosk.validation gives the same codes).
ERROR_TEXTS = {
    "required": QT_TRANSLATE_NOOP("Errors", "This cannot be left empty."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "This is too long. Please shorten it."),
    "invalid_characters": QT_TRANSLATE_NOOP(
        "Errors", "Use letters, digits, spaces and the marks . , ' / - # & ( ) only."),
    "postal_code_invalid": QT_TRANSLATE_NOOP("Errors", "A postal code has five digits, for example 00100."),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Enter a Finnish number such as 0401234567, or + and the country code."),
    "phone_not_mobile": QT_TRANSLATE_NOOP(
        "Errors", "Enter a mobile phone number. Mobile certificate requests cannot reach a landline."),
    "email_invalid": QT_TRANSLATE_NOOP("Errors", "Check the e-mail address. It looks like name@example.fi."),
    "language_invalid": QT_TRANSLATE_NOOP("Errors", "Choose Suomi, Svenska or English."),
}
FALLBACK_ERROR = QT_TRANSLATE_NOOP("Errors", "This was not accepted. Please check it.")


def error_text(code: str) -> str:
    """The translated reason for an error code; an unknown code still gets a sentence."""
    return QCoreApplication.translate("Errors", ERROR_TEXTS.get(code, FALLBACK_ERROR))


FORM_MASKS: dict[str, Callable[[str], str]] = {
    "address_line1": mask_street, "address_line2": mask_street, "phone": mask_phone, "email": mask_email}
"""The form's fields shown masked unless being edited; postal code and town are shared by thousands."""


class _FieldEdit(QLineEdit):
    """A line edit that says when it gains or loses focus (its field shows the real value only then)."""

    focus_changed = Signal(bool)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.focus_changed.emit(True)  # the real value is in before the click places the cursor
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)


class _Field:
    """One typed field: its caption, the line edit, a hint and the reason it is refused.

    A private field (FORM_MASKS) holds its real value itself and shows it in the line
    edit only while the edit has focus: the queue behind the member sees the masked
    form of every field but the one being typed in.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._mask = FORM_MASKS.get(name)
        self._value = ""  # the real value while the edit shows the masked one
        self._editing = False  # the edit has focus and shows the real value
        self.caption = label("body", name=f"details-caption-{name}")
        self.edit = _FieldEdit()
        self.edit.focus_changed.connect(self._focus_changed)
        self.edit.setObjectName(f"details-field-{name}")
        self.caption.setBuddy(self.edit)  # a screen reader names the field by its caption
        self.edit.setProperty("role", "form-field")
        self.edit.setProperty("invalid", False)
        self.edit.setMaxLength(_MAX_LENGTHS[name])
        self.edit.setMinimumHeight(80)
        self.edit.setInputMethodHints(_HINTS.get(name, Qt.InputMethodHint.ImhNone)
                                      | Qt.InputMethodHint.ImhNoPredictiveText)
        self.hint = label("caption", name=f"details-hint-{name}")
        self.error_icon = IconView(Icon.WARNING, 32, tone="error")
        self.error = label("field-error", name=f"details-error-{name}")
        self.block = QWidget()
        self.block.setObjectName(f"details-block-{name}")
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
        layout.addStretch(1)  # fields side by side keep their tops level when one shows a reason
        self.show_error("")

    def value(self) -> str:
        """The field's real value, whether shown or masked."""
        if self._mask is None or self._editing:
            return self.edit.text()
        return self._value

    def shows_value(self) -> bool:
        """The real value is on screen: an unmasked field, or a private one being edited."""
        return self._mask is None or self._editing

    def set_value(self, text: str) -> None:
        """The value set by code (no textChanged: the page checks it itself); masked unless being edited.

        setText also empties the edit's undo history, so no earlier value can be brought back.
        """
        if self._mask is not None and not self._editing:
            self._value = text
            text = self._mask(text)
        self._show(text)

    def _show(self, text: str) -> None:
        self.edit.blockSignals(True)
        try:
            self.edit.setText(text)
        finally:
            self.edit.blockSignals(False)

    def _focus_changed(self, focused: bool) -> None:
        if self._mask is None or focused == self._editing:
            return
        if focused:
            self._editing = True
            self._show(self._value)
            self._value = ""
        else:
            self._value = self.edit.text()
            self._editing = False
            self._show(self._mask(self._value))

    def show_error(self, text: str) -> None:
        """An empty text clears the error; the hint shows instead (if there is one)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.error_icon.setVisible(bool(text))
        self.hint.setVisible(not text and bool(self.hint.text()))
        if self.edit.property("invalid") != bool(text):
            self.edit.setProperty("invalid", bool(text))
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text) and not self.error.text())


class ContactDetailsPage(SectionContent):
    """Contact details: read-only first, "Edit details" opens the form.

    For the screen tour: `start_editing()` opens the form, `set_field_text(name, text)`
    types (and checks) a field, so `start_editing(); set_field_text("postal_code", "332")`
    shows a refused field; `profile_loaded()` says when the view has its data.
    """

    editing_changed = Signal(bool)
    """The form opened (True) or closed: the page around gives the form more room meanwhile."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._profile: Profile | None = None
        self._loading = False
        self._saving = False
        self._filling = False  # the form is being filled by code: no checks as typed then
        self._language = ""  # the contact language chosen on the form
        self._errors: dict[str, str] = {}  # field -> error code shown under it
        self._notice = ""  # the form's message: check, rejected, unreachable, failed (or none)
        self._saved_language_changed: bool | None = None  # None: no "saved" message on the view

        self.modes = QStackedWidget()
        self.modes.addWidget(scroll_area(self._build_view(), part="details-scroll"))
        self.modes.addWidget(self._build_form())
        self.loadable = Loadable(self.modes)
        self.loadable.load_state.retry_clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loadable)
        self.retranslate()

    # --- construction ---------------------------------------------------------------------

    def _build_view(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 24, 48, 32)
        column.setSpacing(20)
        self.saved_banner = Banner("details-saved")
        column.addWidget(self.saved_banner)

        card = surface("card", name="details-contact-card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 36)
        inner.setSpacing(28)
        titles = QWidget()
        tl = QVBoxLayout(titles)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(4)
        self.view_heading = label("heading", name="details-view-heading")
        self.name_line = label("muted", name="details-name")
        tl.addWidget(self.view_heading)
        tl.addWidget(self.name_line)
        self.edit_button = button("primary", name="details-edit", min_height=88, on_click=self.start_editing)
        self.edit_button.setMinimumWidth(320)
        head = SplitRow(titles, self.edit_button, spacing=24)  # Edit under the name where both do not fit
        head.mark_text(titles)
        inner.addWidget(head)

        # two columns where the captions and values fit them (not at large text in portrait)
        grid = Columns(spacing=48, row_spacing=28, comfort=300)
        grid.setObjectName("details-view-grid")
        self.view_captions: dict[str, QLabel] = {}
        self.view_values: dict[str, QLabel] = {}
        places = {"address": (0, 0, 2), "phone": (0, 1, 1), "email": (1, 1, 1), "language": (2, 0, 1),
                  "updated": (2, 1, 1)}
        self.reveals = RevealGroup(self)
        self.masked_values: dict[str, MaskedValue] = {}
        for key, (row, col, span) in places.items():
            cell = QWidget()
            block = QVBoxLayout(cell)
            block.setContentsMargins(0, 0, 0, 0)
            block.setSpacing(6)
            caption = label("muted", name=f"details-caption-view-{key}")
            block.addWidget(caption)
            if key in MASKED_VIEW_KEYS:  # read over the shoulder: masked until the member taps Show
                masked = MaskedValue(self.reveals, role="lead", name=f"details-{key}")
                self.masked_values[key] = masked
                value = masked.value_label
                block.addWidget(masked)
            else:
                value = label("lead", name=f"details-{key}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                block.addWidget(value)
            block.addStretch(1)
            grid.add(cell, row, col, rows=span)
            self.view_captions[key] = caption
            self.view_values[key] = value
        inner.addWidget(grid)
        column.addWidget(card)
        column.addStretch(1)
        return page

    def _build_form(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)

        self.form_heading = label("heading", name="details-form-heading")
        self.cancel_button = button("secondary", name="details-cancel", min_height=88, on_click=self.cancel)
        self.cancel_button.setMinimumWidth(240)
        self.save_button = button("primary", name="details-save", min_height=88, on_click=self.save)
        self.save_button.setMinimumWidth(320)
        # Cancel and Save under the heading, or under each other, where a row would cut them (large text)
        answers = FlowRow(self.cancel_button, self.save_button, spacing=20, stretch_first=False)
        bar = SplitRow(self.form_heading, answers, spacing=20)
        bar.mark_text(self.form_heading)
        bar.setObjectName("details-form-bar")
        bar.setContentsMargins(48, 16, 48, 12)
        column.addWidget(bar)

        messages = QVBoxLayout()
        messages.setContentsMargins(48, 0, 48, 8)
        messages.setSpacing(0)
        self.form_banner = Banner("details-form-message")
        messages.addWidget(self.form_banner)
        self.discard_bar = surface("banner", name="details-discard")
        dl = QHBoxLayout(self.discard_bar)
        dl.setContentsMargins(28, 14, 20, 14)
        dl.setSpacing(20)
        dl.addWidget(IconView(Icon.WARNING, 44, tone="warning"), 0, Qt.AlignmentFlag.AlignVCenter)
        self.discard_text = label("lead", name="details-discard-text")
        dl.addWidget(self.discard_text, 1)
        self.keep_button = button("secondary", name="details-keep-editing", min_height=80,
                                  on_click=self.keep_editing)
        self.discard_button = button("primary", name="details-discard-confirm", min_height=80,
                                     on_click=self.discard_changes)
        dl.addWidget(self.keep_button)
        dl.addWidget(self.discard_button)
        self.discard_bar.hide()
        messages.addWidget(self.discard_bar)
        column.addLayout(messages)

        form = QWidget()
        form.setObjectName("view")  # themed like every screen (the keyboard host's scroll area is not)
        form.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        form_column = QVBoxLayout(form)
        form_column.setContentsMargins(48, 12, 48, 32)
        form_column.setSpacing(24)
        # fields two to a row where their captions and reasons fit (one under the other at large text, portrait)
        grid = Columns(spacing=40, row_spacing=24, comfort=300)
        grid.setObjectName("details-form-grid")
        form_column.addWidget(grid)
        self.fields: dict[str, _Field] = {name: _Field(name) for name in TEXT_FIELDS}
        places = {"address_line1": (0, 0, 2), "address_line2": (1, 0, 2), "postal_code": (2, 0, 1),
                  "town": (2, 1, 1), "phone": (3, 0, 1), "email": (3, 1, 1)}
        for name, (row, col, span) in places.items():
            grid.add(self.fields[name].block, row, col, columns=span)
            self.fields[name].edit.textChanged.connect(lambda _text, name=name: self._typed(name))
        # "Will be saved as" names the number in full only while the phone field is being edited
        self.fields["phone"].edit.focus_changed.connect(lambda _focused: self._show_hints())

        language = QWidget()
        ll = QVBoxLayout(language)
        ll.setContentsMargins(0, 8, 0, 0)
        ll.setSpacing(10)
        self.language_caption = label("body", name="details-caption-language")
        ll.addWidget(self.language_caption)
        languages_row = FlowRow(spacing=20, stretch_first=False)  # under each other where a row would not fit
        self.language_group = QButtonGroup(self)
        self.language_group.setExclusive(True)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            choice = button("lang", name=f"details-language-{lang}", min_height=88)
            choice.setCheckable(True)
            choice.setText(LANGUAGE_NAMES[lang])  # each in its own language, like everywhere on the kiosk
            choice.setAccessibleName(LANGUAGE_NAMES[lang])
            choice.setMinimumWidth(260)
            choice.clicked.connect(lambda _checked=False, lang=lang: self.choose_language(lang))
            self.language_group.addButton(choice)
            set_role(choice, "radio")  # one of several
            self.language_buttons[lang] = choice
            languages_row.add(choice)
        ll.addWidget(languages_row)
        self.language_hint = label("caption", name="details-hint-language")
        ll.addWidget(self.language_hint)
        form_column.addWidget(language)
        form_column.addStretch(1)

        self.host = KeyboardHost()
        self.host.set_content(form)
        for field in self.fields.values():  # a reason under a field stays above the keys with it
            self.host.set_companions(field.edit, [field.error, field.hint])
        self.host.scroll_area().viewport().setObjectName("view")
        self.host.scroll_area().viewport().setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column.addWidget(self.host, 1)
        return page

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.view_heading.setText(self.tr("Contact details"))
        self.edit_button.setText(self.tr("Edit details"))
        captions = {"address": self.tr("Address"), "phone": self.tr("Mobile phone number"),
                    "email": self.tr("E-mail address"), "language": self.tr("Language for messages"),
                    "updated": self.tr("Last updated")}
        for key, text in captions.items():
            self.view_captions[key].setText(text)
            if key in self.masked_values:
                self.masked_values[key].set_caption(text)
        self.form_heading.setText(self.tr("Edit contact details"))
        self.cancel_button.setText(self.tr("Cancel"))
        field_captions = {"address_line1": self.tr("Street address"),
                          "address_line2": self.tr("Address line 2 (optional)"),
                          "postal_code": self.tr("Postal code"), "town": self.tr("Town"),
                          "phone": self.tr("Mobile phone number (optional)"),
                          "email": self.tr("E-mail address (optional)")}
        for name, text in field_captions.items():
            self.fields[name].caption.setText(text)
        self.language_caption.setText(self.tr("Language for messages"))
        self.language_hint.setText(self.tr(
            "We write to you in this language. The screen stays in the language you chose for it."))
        self.discard_text.setText(self.tr("Discard the changes you made?"))
        self.keep_button.setText(self.tr("Keep editing"))
        self.discard_button.setText(self.tr("Discard changes"))
        self._show_values()
        self._show_hints()
        self._show_errors()
        self._show_notice()
        self._update_buttons()

    def _show_values(self) -> None:
        """The read-only view from the profile (empty without one)."""
        profile = self._profile
        if profile is None:
            self.name_line.setText("")
            for masked in self.masked_values.values():
                masked.clear()
            for value in self.view_values.values():
                value.setText("")
        else:
            lang = self.session.language
            self.name_line.setText(self.tr("{name} · member number {number}").format(
                name=f"{profile.first_name} {profile.last_name}", number=profile.member_number))
            town = f"{profile.postal_code} {profile.town}"  # postal code and town stay: thousands share them
            lines = [profile.address_line1, profile.address_line2 or "", town]
            masked_lines = [mask_street(profile.address_line1), mask_street(profile.address_line2 or ""), town]
            self.masked_values["address"].set_value("\n".join(line for line in lines if line),
                                                    "\n".join(line for line in masked_lines if line))
            not_given = self.tr("Not given")
            self.masked_values["phone"].set_value(profile.phone or not_given,
                                                  mask_phone(profile.phone) if profile.phone else not_given)
            self.masked_values["email"].set_value(profile.email or not_given,
                                                  mask_email(profile.email) if profile.email else not_given)
            self.view_values["language"].setText(LANGUAGE_NAMES.get(profile.language, profile.language))
            self.view_values["updated"].setText(fmt.date_text(profile.updated_at, lang))
        if self._saved_language_changed is None:
            self.saved_banner.clear()
        else:
            text = self.tr("Your details have been saved.")
            if self._saved_language_changed:
                text += " " + self.tr("We will write to you in the language you chose.")
            self.saved_banner.show_message(text, "ok")

    def _show_hints(self) -> None:
        hints = {"address_line1": self.tr("Street name, number and apartment, for example Kauppakatu 5 B 12"),
                 "address_line2": self.tr("For example c/o and a name"),
                 "postal_code": self.tr("Five digits"), "town": "",
                 "phone": self.tr("Your mobile certificate requests come to this number."),
                 "email": ""}
        phone_field = self.fields["phone"]
        phone = phone_field.value()
        normalised = self._normalised("phone", phone)
        if normalised and normalised != phone.strip() and phone != self._original_text("phone"):
            shown = normalised if phone_field.shows_value() else mask_phone(normalised)
            hints["phone"] = self.tr("Will be saved as {number}").format(number=shown)
        for name, text in hints.items():
            self.fields[name].set_hint(text)

    def _show_errors(self) -> None:
        for name, field in self.fields.items():
            code = self._errors.get(name)
            field.show_error(error_text(code) if code else "")

    def _show_notice(self) -> None:
        texts = {
            "check": (self.tr("Please check the marked fields. Nothing was saved yet."), "warning"),
            "rejected": (self.tr("Some details were not accepted. Please check the marked fields."), "warning"),
            "unreachable": (self.tr("Your changes were not saved: the service could not be reached. "
                                    "What you typed is still here. Please try saving again."), "warning"),
            "failed": (self.tr("Your changes could not be saved right now. What you typed is still here. "
                               "Please try again in a moment."), "warning"),
        }
        if self._notice in texts:
            text, tone = texts[self._notice]
            self.form_banner.show_message(text, tone)
        else:
            self.form_banner.clear()

    def _update_buttons(self) -> None:
        editing = self.is_editing()
        self.save_button.setText(self.tr("Saving…") if self._saving else self.tr("Save changes"))
        self.save_button.setEnabled(editing and not self._saving and self.has_changes())
        self.cancel_button.setEnabled(not self._saving)
        self.keep_button.setEnabled(not self._saving)
        self.discard_button.setEnabled(not self._saving)
        for field in self.fields.values():
            field.edit.setReadOnly(self._saving)
        self.language_group.setExclusive(False)  # an exclusive group would keep one checked when emptied
        for lang, choice in self.language_buttons.items():
            choice.setEnabled(not self._saving)
            choice.setChecked(lang == self._language)
        self.language_group.setExclusive(True)
        self.edit_button.setEnabled(self._profile is not None)

    # --- loading ------------------------------------------------------------------------------

    def profile_loaded(self) -> bool:
        return self._profile is not None

    def activate(self) -> None:
        if self._profile is None and not self._loading:
            self.load()

    def load(self) -> None:
        self._loading = True
        self.loadable.show_loading()
        if not self.call(lambda api: api.profile(), self._loaded, self._load_failed):
            self._loading = False

    def _loaded(self, profile: Profile) -> None:
        self._loading = False
        self._profile = profile
        self._show_values()
        self._update_buttons()
        self.loadable.show_content()

    def _load_failed(self, error: ApiError) -> None:
        self._loading = False
        self.loadable.show_error(error)

    # --- editing -----------------------------------------------------------------------------

    def is_editing(self) -> bool:
        return self.modes.currentIndex() == 1

    def start_editing(self) -> None:
        """The form, filled with the details as they are now."""
        profile = self._profile
        if profile is None or self.is_editing():
            return
        self._fill({name: self._original_text(name) for name in TEXT_FIELDS}, profile.language)
        self._saved_language_changed = None
        self._show_values()
        self.modes.setCurrentIndex(1)
        self.host.scroll_area().verticalScrollBar().setValue(0)
        self.editing_changed.emit(True)

    def set_field_text(self, name: str, text: str) -> None:
        """Put `text` in a field as if typed: it is checked and its reason shown."""
        self.fields[name].set_value(text)
        self._typed(name)

    def field_error(self, name: str) -> str:
        """The reason shown under the field (empty if none), as the member reads it."""
        return self.fields[name].error.text()

    def choose_language(self, lang: str) -> None:
        if self._saving or lang not in LANGUAGES:
            return
        self._language = lang
        self._changed()

    def _original_text(self, name: str) -> str:
        value = getattr(self._profile, name, None) if self._profile is not None else None
        return value if isinstance(value, str) else ""

    @staticmethod
    def _normalised(name: str, text: str) -> str | None:
        try:
            return validate_profile_field(name, text)
        except FieldError:
            return None

    def _typed(self, name: str) -> None:
        """Checked as typed: an untouched field is never refused (it is not sent)."""
        if self._filling:
            return
        text = self.fields[name].value()
        self._errors.pop(name, None)
        if text != self._original_text(name):
            try:
                validate_profile_field(name, text)
            except FieldError as error:
                self._errors[name] = error.code
        self.fields[name].show_error(error_text(self._errors[name]) if name in self._errors else "")
        if name == "phone":
            self._show_hints()
        self._changed()

    def _changed(self) -> None:
        if self._notice in ("check", "rejected") and not self._errors:
            self._notice = ""
            self._show_notice()
        self._update_buttons()

    def has_changes(self) -> bool:
        """Anything on the form differs from the details as they are."""
        if self._profile is None:
            return False
        typed = any(field.value() != self._original_text(name) for name, field in self.fields.items())
        return typed or self._language != self._profile.language

    def changes(self) -> tuple[dict[str, str | None], dict[str, str]]:
        """(what would be sent, normalised; refused field -> code) for the form as it is."""
        profile = self._profile
        sent: dict[str, str | None] = {}
        refused: dict[str, str] = {}
        if profile is None:
            return sent, refused
        for name, field in self.fields.items():
            text = field.value()
            if text == self._original_text(name):
                continue
            try:
                value = validate_profile_field(name, text)
            except FieldError as error:
                refused[name] = error.code
                continue
            if value != getattr(profile, name):
                sent[name] = value
        if self._language != profile.language:
            sent["language"] = self._language
        return sent, refused

    def save(self) -> None:
        """Send the changed fields once; a second tap while it is on its way does nothing."""
        if self._saving or not self.is_editing() or self._profile is None:
            return
        sent, refused = self.changes()
        self.discard_bar.hide()
        if refused:
            self._errors = refused
            self._notice = "check"
            self._show_errors()
            self._show_notice()
            first = next(name for name in TEXT_FIELDS if name in refused)
            self.host.focus_field(self.fields[first].edit)  # scrolled to, its reason above the keys
            return
        if not sent:
            self._stop_editing()  # only the way of writing changed (e.g. spaces in the number)
            return
        self._saving = True
        self._notice = ""
        self._show_notice()
        self._update_buttons()
        if not self.call(lambda api: api.update_profile(**sent), self._saved, self._save_failed):
            self._saving = False
            self._update_buttons()

    def _saved(self, profile: Profile) -> None:
        before = self._profile
        self._saving = False
        self._profile = profile
        self._errors = {}
        self._notice = ""
        self._saved_language_changed = before is not None and before.language != profile.language
        self._stop_editing()

    def _save_failed(self, error: ApiError) -> None:
        self._saving = False
        if isinstance(error, ValidationFailed):
            for problem in error.fields:
                if problem.field in self.fields:
                    self._errors[problem.field] = problem.code
            self._notice = "rejected"
        elif isinstance(error, BackendUnreachable):
            self._notice = "unreachable"
        else:
            self._notice = "failed"
        self._show_errors()
        self._show_notice()
        self._update_buttons()

    def cancel(self) -> None:
        """Back to the view; with changes on the form, only after the member says so."""
        if self._saving:
            return
        if self.has_changes():
            self.discard_bar.show()
        else:
            self._stop_editing()

    def keep_editing(self) -> None:
        self.discard_bar.hide()

    def discard_changes(self) -> None:
        if not self._saving:
            self._stop_editing()

    def _release_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # the keyboard goes away with the form

    def _stop_editing(self) -> None:
        """The read-only view; the form is emptied (its undo history too)."""
        self._release_focus()
        self._fill(dict.fromkeys(TEXT_FIELDS, ""), "")
        self._errors = {}
        self._notice = ""
        self.discard_bar.hide()
        self.modes.setCurrentIndex(0)
        self.retranslate()
        self.editing_changed.emit(False)

    def _fill(self, texts: dict[str, str], language: str) -> None:
        """Set the form by code: setText also empties each field's undo history."""
        self._filling = True
        try:
            for name, text in texts.items():
                self.fields[name].set_value(text)
        finally:
            self._filling = False
        self._language = language
        self._errors = {}
        self._notice = ""
        self._show_errors()
        self._show_hints()
        self._show_notice()
        self._update_buttons()

    # --- the session ended -----------------------------------------------------------------------

    def clear(self) -> None:
        self._release_focus()
        self._profile = None
        self._loading = False
        self._saving = False
        self._saved_language_changed = None
        self._fill(dict.fromkeys(TEXT_FIELDS, ""), "")
        self.discard_bar.hide()
        self.modes.setCurrentIndex(0)
        self._show_values()
        self.loadable.show_loading()
        self.editing_changed.emit(False)
