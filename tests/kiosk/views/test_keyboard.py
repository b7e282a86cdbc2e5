"""The touch keyboard as a shopper meets it: keys are tapped, text lands in the field.

Keys are found the way a user finds them, by the label they show (or, for keys drawn
as symbols, by their role), and only among keys actually visible on screen.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.views.keyboard import (
    FIELD_MARGIN,
    KeyboardHost,
    KeyboardMode,
    KeyboardPage,
    OnScreenKeyboard,
    ShiftState,
)

DIGITS = set("0123456789")


# ------------------------------------------------------------------- helpers


def visible_keys(keyboard: OnScreenKeyboard) -> list[QPushButton]:
    return [key for key in keyboard.key_buttons() if key.isVisible()]


def key(keyboard: OnScreenKeyboard, label: str) -> QPushButton:
    """The one visible key showing `label`."""
    matches = [key for key in visible_keys(keyboard) if key.text() == label]
    assert len(matches) == 1, f"expected one visible key {label!r}, found {len(matches)}"
    return matches[0]


def action(keyboard: OnScreenKeyboard, role: str) -> QPushButton:
    """The one visible action key with `role` (shift, backspace, space, page, done)."""
    matches = [key for key in visible_keys(keyboard) if key.property("role") == role]
    assert len(matches) == 1, f"expected one visible {role} key, found {len(matches)}"
    return matches[0]


def tap(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_labels(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Tap the key showing each character of `text` in turn."""
    for character in text:
        tap(qtbot, key(keyboard, character))


def focus(qtbot: QtBot, field: QLineEdit) -> None:
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(field.hasFocus)


FieldSetup = Callable[[QLineEdit], None]
Standalone = Callable[[FieldSetup | None], tuple[QLineEdit, OnScreenKeyboard]]


@pytest.fixture
def standalone(qtbot: QtBot) -> Standalone:
    """A window with one field above a keyboard, the field focused."""
    windows: list[QWidget] = []  # qtbot only holds a weak reference

    def build(setup: FieldSetup | None = None) -> tuple[QLineEdit, OnScreenKeyboard]:
        window = QWidget()
        qtbot.addWidget(window)
        windows.append(window)
        layout = QVBoxLayout(window)
        field = QLineEdit()
        if setup is not None:
            setup(field)
        keyboard = OnScreenKeyboard()
        layout.addWidget(field)
        layout.addWidget(keyboard)
        window.resize(1920, 600)
        window.show()
        qtbot.waitExposed(window)
        focus(qtbot, field)
        return field, keyboard

    return build


def tall_form(count: int) -> tuple[QWidget, list[QLineEdit]]:
    """A form taller than the screen: `count` labelled fields of kiosk size."""
    form = QWidget()
    layout = QFormLayout(form)
    layout.setVerticalSpacing(20)
    fields: list[QLineEdit] = []
    for index in range(count):
        field = QLineEdit()
        field.setMinimumHeight(64)
        layout.addRow(QLabel(f"Field {index + 1}"), field)
        fields.append(field)
    return form, fields


def show_host(qtbot: QtBot, content: QWidget) -> KeyboardHost:
    host = KeyboardHost()
    qtbot.addWidget(host)
    host.set_content(content)
    host.resize(1920, 1080)
    host.show()
    qtbot.waitExposed(host)
    return host


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


# ---------------------------------------------------------------- typing text


def test_one_shot_shift_capitalises_one_letter_then_nordic_letters_type(qtbot: QtBot, standalone: Standalone) -> None:
    field, keyboard = standalone(None)

    tap(qtbot, action(keyboard, "shift"))
    assert action(keyboard, "shift").isChecked(), "shift must look active"
    assert key(keyboard, "Q").isVisible(), "letters show in capitals while shift is on"
    tap_labels(qtbot, keyboard, "M")
    assert keyboard.shift_state() is ShiftState.OFF
    tap_labels(qtbot, keyboard, "äkinen")
    assert field.text() == "Mäkinen"

    tap(qtbot, action(keyboard, "space"))
    tap_labels(qtbot, keyboard, "åäö")
    assert field.text() == "Mäkinen åäö"
    assert not action(keyboard, "shift").isChecked()


def test_double_tap_on_shift_locks_capitals_until_tapped_again(qtbot: QtBot, standalone: Standalone) -> None:
    field, keyboard = standalone(None)

    tap(qtbot, action(keyboard, "shift"))
    tap(qtbot, action(keyboard, "shift"))
    assert keyboard.shift_state() is ShiftState.LOCKED
    tap_labels(qtbot, keyboard, "ÅLAND")
    assert keyboard.shift_state() is ShiftState.LOCKED, "caps lock survives typing"
    tap(qtbot, action(keyboard, "shift"))
    tap_labels(qtbot, keyboard, "x")
    assert field.text() == "ÅLANDx"


def test_backspace_deletes_and_repeats_while_held(qtbot: QtBot, standalone: Standalone) -> None:
    field, keyboard = standalone(None)
    tap_labels(qtbot, keyboard, "virhe")
    backspace = action(keyboard, "backspace")
    tap(qtbot, backspace)
    assert field.text() == "virh"

    field.setText("a long mistaken word")
    qtbot.mousePress(backspace, Qt.MouseButton.LeftButton)
    qtbot.wait(1000)
    qtbot.mouseRelease(backspace, Qt.MouseButton.LeftButton)
    assert len(field.text()) <= len("a long mistaken word") - 3, "holding backspace keeps deleting"


def test_email_field_has_at_on_the_letters_page(qtbot: QtBot, standalone: Standalone) -> None:
    field, keyboard = standalone(lambda f: f.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly))
    assert keyboard.mode() is KeyboardMode.EMAIL
    assert keyboard.page() is KeyboardPage.LETTERS

    tap_labels(qtbot, keyboard, "anna@esim.fi")
    assert field.text() == "anna@esim.fi"
    tap(qtbot, action(keyboard, "page"))
    assert key(keyboard, "@").isVisible() and key(keyboard, "_").isVisible(), "symbols one tap away"


def test_plain_text_field_has_no_at_key_on_the_letters_page(standalone: Standalone) -> None:
    _field, keyboard = standalone(None)
    assert "@" not in [key.text() for key in visible_keys(keyboard)]
    assert "." in [key.text() for key in visible_keys(keyboard)]


def test_symbols_page_types_digits_and_punctuation_then_returns_to_letters(qtbot: QtBot,
                                                                          standalone: Standalone) -> None:
    field, keyboard = standalone(None)
    tap(qtbot, key(keyboard, "123?"))
    assert keyboard.page() is KeyboardPage.SYMBOLS
    tap_labels(qtbot, keyboard, "12-")
    tap(qtbot, key(keyboard, "abc"))
    tap_labels(qtbot, keyboard, "b")
    assert field.text() == "12-b"


def test_a_page_is_built_when_first_needed_and_then_types_like_the_others(qtbot: QtBot,
                                                                         standalone: Standalone) -> None:
    """Most text fields never need the symbols, nor the numeric pad: a screen with keyboards comes up without
    ~40 keys a keyboard nobody sees (issue 13); a page built later types the same."""
    field, keyboard = standalone(None)
    assert {"#", "7"}.isdisjoint(key.property("keyValue") for key in keyboard.key_buttons())
    tap(qtbot, key(keyboard, "123?"))
    assert action(keyboard, "page").accessibleName() == "Letters"
    tap_labels(qtbot, keyboard, "7#")
    assert field.text() == "7#"


def postal_code(field: QLineEdit) -> None:
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setMaxLength(5)


def test_postal_code_gets_a_digit_pad_without_plus_or_letters_and_stops_at_five(qtbot: QtBot,
                                                                               standalone: Standalone) -> None:
    field, keyboard = standalone(postal_code)
    assert keyboard.page() is KeyboardPage.NUMERIC
    labels = {key.text() for key in visible_keys(keyboard) if key.property("role") == "char"}
    assert labels == DIGITS, "only digits: no +, no letters"
    assert not [key for key in visible_keys(keyboard) if key.property("role") == "page"], "no way to letters"

    tap_labels(qtbot, keyboard, "001006")
    assert field.text() == "00100"


def test_phone_field_gets_a_digit_pad_with_plus(qtbot: QtBot, standalone: Standalone) -> None:
    field, keyboard = standalone(lambda f: f.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly))
    assert keyboard.page() is KeyboardPage.NUMERIC
    labels = {key.text() for key in visible_keys(keyboard) if key.property("role") == "char"}
    assert labels == DIGITS | {"+"}

    tap_labels(qtbot, keyboard, "+358401234567")
    assert field.text() == "+358401234567"


def staff_pin(field: QLineEdit) -> None:
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)


def password_only(field: QLineEdit) -> None:
    field.setEchoMode(QLineEdit.EchoMode.Password)


@pytest.mark.parametrize("setup", [staff_pin, password_only], ids=["pin-with-digit-hint", "password-echo-only"])
def test_pin_field_gets_the_digit_pad_and_digits_reach_it(qtbot: QtBot, standalone: Standalone,
                                                          setup: FieldSetup) -> None:
    field, keyboard = standalone(setup)
    assert keyboard.page() is KeyboardPage.NUMERIC
    assert "+" not in [key.text() for key in visible_keys(keyboard)]
    tap_labels(qtbot, keyboard, "2580")
    assert field.text() == "2580"
    assert field.displayText() != "2580", "the PIN stays hidden on screen"


def test_tapping_keys_never_takes_focus_from_the_field(qtbot: QtBot, standalone: Standalone) -> None:
    field, keyboard = standalone(lambda f: f.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly))
    taps = [
        lambda: key(keyboard, "a"),
        lambda: action(keyboard, "shift"),
        lambda: key(keyboard, "B"),
        lambda: action(keyboard, "space"),
        lambda: key(keyboard, "@"),
        lambda: action(keyboard, "backspace"),
        lambda: action(keyboard, "page"),  # to symbols
        lambda: key(keyboard, "7"),
        lambda: action(keyboard, "page"),  # back to letters
    ]
    for find in taps:
        button = find()
        tap(qtbot, button)
        assert QApplication.focusWidget() is field, f"tapping {button.text()!r} moved focus"
    assert field.text() == "aB 7"


# ------------------------------------------------------------- keyboard host


@pytest.mark.parametrize("index", [0, 9, 19], ids=["first", "middle", "last"])
def test_keyboard_never_covers_the_field_being_edited(qtbot: QtBot, index: int) -> None:
    form, fields = tall_form(20)
    host = show_host(qtbot, form)
    keyboard = host.keyboard()
    assert not keyboard.isVisible(), "no keyboard before a field is chosen"

    field = fields[index]
    focus(qtbot, field)

    assert keyboard.isVisible()
    field_rect = rect_in(field, host)
    keyboard_rect = keyboard.geometry()
    viewport_rect = rect_in(host.scroll_area().viewport(), host)
    assert not field_rect.intersects(keyboard_rect)
    assert viewport_rect.contains(field_rect), "the whole field is on screen"
    assert keyboard_rect.top() - (field_rect.y() + field_rect.height()) >= FIELD_MARGIN, "a gap above the keys"
    assert keyboard_rect.bottom() == host.height() - 1, "the keyboard is docked at the bottom"


def test_tapping_a_field_in_the_host_opens_the_keyboard_and_types_into_it(qtbot: QtBot) -> None:
    form, fields = tall_form(20)
    host = show_host(qtbot, form)
    qtbot.mouseClick(fields[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(fields[1].hasFocus)
    assert host.keyboard().isVisible()
    tap_labels(qtbot, host.keyboard(), "koti")
    assert fields[1].text() == "koti"


def test_done_hides_the_keyboard_keeps_the_text_and_a_tap_reopens_it(qtbot: QtBot) -> None:
    form, fields = tall_form(20)
    host = show_host(qtbot, form)
    field = fields[19]
    focus(qtbot, field)
    tap_labels(qtbot, host.keyboard(), "oulu")

    with qtbot.waitSignal(host.keyboard().done):
        tap(qtbot, action(host.keyboard(), "done"))
    assert not host.keyboard().isVisible()
    assert field.text() == "oulu"
    assert host.scroll_area().viewport().height() == host.height(), "the form gets the whole screen back"

    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert host.keyboard().isVisible(), "tapping the field again brings the keys back"
    assert not rect_in(field, host).intersects(host.keyboard().geometry())


def test_focus_leaving_the_fields_hides_the_keyboard(qtbot: QtBot) -> None:
    form, fields = tall_form(3)
    save = QPushButton("Save")
    form.layout().addWidget(save)
    host = show_host(qtbot, form)
    focus(qtbot, fields[0])
    assert host.keyboard().isVisible()

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(save.hasFocus)
    assert not host.keyboard().isVisible()


def test_a_host_ignores_fields_of_another_screen(qtbot: QtBot) -> None:
    form, fields = tall_form(2)
    other_form, other_fields = tall_form(2)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    host, other_host = KeyboardHost(), KeyboardHost()
    host.set_content(form)
    other_host.set_content(other_form)
    layout.addWidget(host)
    layout.addWidget(other_host)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)

    focus(qtbot, fields[0])
    tap_labels(qtbot, host.keyboard(), "a")
    focus(qtbot, other_fields[0])
    assert other_host.keyboard().isVisible()
    assert not host.keyboard().isVisible()
    assert host.keyboard().target() is fields[0], "the first host never types into the other screen"
    tap_labels(qtbot, other_host.keyboard(), "b")
    assert (fields[0].text(), other_fields[0].text()) == ("a", "b")


def test_every_key_is_finger_sized_with_a_large_label_at_full_hd(qtbot: QtBot) -> None:
    form = QWidget()
    layout = QVBoxLayout(form)
    text, email, phone = QLineEdit(), QLineEdit(), QLineEdit()
    email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
    phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
    for field in (text, email, phone):
        layout.addWidget(field)
    host = show_host(qtbot, form)
    keyboard = host.keyboard()

    def check_page(name: str) -> None:
        keys = visible_keys(keyboard)
        assert len(keys) >= 10, name
        for button in keys:
            size = button.size()
            assert size.width() >= 64 and size.height() >= 64, f"{name}: {button.text()!r} is {size}"
            assert button.font().pointSizeF() >= 22, f"{name}: {button.text()!r} label too small"
            assert button.focusPolicy() == Qt.FocusPolicy.NoFocus

    focus(qtbot, text)
    check_page("letters")
    tap(qtbot, action(keyboard, "page"))
    check_page("symbols")
    focus(qtbot, email)
    check_page("e-mail letters")
    focus(qtbot, phone)
    check_page("numeric")
    assert keyboard.width() == 1920


FINNISH_LABELS = {"Done": "Valmis", "space": "välilyönti"}


class FinnishLabels(QTranslator):
    """A stand-in catalogue, so the test sees labels really change language."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context != "OnScreenKeyboard":
            return ""
        return FINNISH_LABELS.get(source_text, "")


def test_language_change_relabels_keys_and_keeps_page_and_shift(qtbot: QtBot, standalone: Standalone) -> None:
    _field, keyboard = standalone(None)
    tap(qtbot, action(keyboard, "shift"))
    tap(qtbot, action(keyboard, "page"))
    assert keyboard.page() is KeyboardPage.SYMBOLS

    translator = FinnishLabels()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.installTranslator(translator)
    try:
        QApplication.sendEvent(keyboard, QEvent(QEvent.Type.LanguageChange))
        assert action(keyboard, "done").text() == "Valmis"
        assert action(keyboard, "space").text() == "välilyönti"
        assert keyboard.page() is KeyboardPage.SYMBOLS

        tap(qtbot, action(keyboard, "page"))
        assert keyboard.shift_state() is ShiftState.ONCE
        assert key(keyboard, "Ä").isVisible(), "letters still shown in capitals"
        assert action(keyboard, "done").text() == "Valmis"
    finally:
        app.removeTranslator(translator)


def test_keys_with_words_keep_them_whole_at_large_text(standalone: Standalone, qtbot: QtBot) -> None:
    """Done and "123?" at 48 pt on a portrait screen are wider than their share of the row: they take the
    width of their words from the letter keys (still a finger's width) and give it back at normal text."""
    from kiosk.views.theme import build_stylesheet
    from testbed.layout_check import button_problem

    _field, keyboard = standalone(None)
    window = keyboard.window()
    window.resize(1080, 600)
    qtbot.waitUntil(lambda: window.width() == 1080)
    QApplication.processEvents()
    normal = {role: action(keyboard, role).width() for role in ("done", "page")}
    window.setStyleSheet(build_stylesheet(large_text=True))
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    for role in ("done", "page"):
        assert button_problem(action(keyboard, role)) is None
        assert action(keyboard, role).width() > normal[role]
    assert min(key.width() for key in visible_keys(keyboard)) >= 48
    window.setStyleSheet("")
    qtbot.waitUntil(lambda: {role: action(keyboard, role).width() for role in ("done", "page")} == normal)
