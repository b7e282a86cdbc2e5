"""The on-screen touch keyboard and the host that keeps the edited field in view.

A kiosk has no physical keyboard, so every text field (contact details, staff PIN) is
filled with this keyboard. Two rules drive the design:

* Tapping a key must never take focus from the field: keys are `NoFocus` buttons and
  text goes in through `QLineEdit.insert()` / `backspace()`, which also keeps the
  field's `maxLength` and validator in charge of what is accepted.
* The keyboard must never cover the field being edited: `KeyboardHost` docks it under
  a scroll area and scrolls the focused field (plus a margin) into the part that is
  still visible.

The layout a field needs is read from the field itself (input-method hints and echo
mode), so a screen only declares its fields once, the way Qt expects.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

KEY_MIN_WIDTH = 64
"""Smallest key width in px: a fingertip target (about 18 mm on a 24" 1080p panel)."""

KEY_HEIGHT = 80
"""Key height in px; every row has the same height so pages do not jump when switched."""

KEY_FONT_POINTS = 24
"""Key label size: readable at arm's length, and above the 22 pt floor of the brief."""

KEY_SPACING = 10
"""Gap between keys, so a tap on the edge of one key does not land on its neighbour."""

KEYBOARD_MARGIN = 12
"""Padding around the keys inside the keyboard's background."""

LETTERS_MAX_WIDTH = 1500
"""The letter pages stop growing here: on a 1920 px screen wider keys only mean longer reaches."""

NUMERIC_MAX_WIDTH = 660
"""The numeric pad stays compact, like a payment terminal's pad."""

FIELD_MARGIN = 24
"""Space kept between the edited field and the keyboard (and the top of the view)."""

WORD_AIR = 16
"""Room beside the word of a key that is fitted to it (Done at large text), so the word does not touch its edges."""

ROW_UNITS = 22
"""Every row of the letter and symbol pages is 22 units wide; a letter key is two units."""

LETTER_ROWS: tuple[str, str, str] = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")
"""Finnish/Swedish layout (the ISO Nordic arrangement shoppers know from their PCs)."""

SYMBOL_ROW_1 = "-_',/&()#+:"
SYMBOL_ROW_2 = ";!?\"%*=€"

SHIFT_LABEL = "⇧"
CAPS_LOCK_LABEL = "⇪"
BACKSPACE_LABEL = "⌫"
TO_SYMBOLS_LABEL = "123?"
TO_LETTERS_LABEL = "abc"


class KeyboardMode(Enum):
    """What kind of text the focused field takes; decides which keys are offered."""

    TEXT = "text"
    EMAIL = "email"
    DIGITS = "digits"
    PHONE = "phone"


class KeyboardPage(Enum):
    """The key sets the keyboard can show."""

    LETTERS = "letters"
    SYMBOLS = "symbols"
    NUMERIC = "numeric"


class ShiftState(Enum):
    """Shift is one-shot (ONCE) by default; a double tap locks it (LOCKED)."""

    OFF = "off"
    ONCE = "once"
    LOCKED = "locked"


def mode_for_field(field: QLineEdit) -> KeyboardMode:
    """The keyboard mode a field asks for through its input-method hints and echo mode.

    Password fields get the numeric pad: on this kiosk the only secret typed is the
    staff PIN, and a pad of large digits is what people expect for a PIN.
    """
    hints = field.inputMethodHints()
    if hints & Qt.InputMethodHint.ImhDialableCharactersOnly:
        return KeyboardMode.PHONE
    if hints & Qt.InputMethodHint.ImhDigitsOnly:
        return KeyboardMode.DIGITS
    if field.echoMode() in (QLineEdit.EchoMode.Password, QLineEdit.EchoMode.PasswordEchoOnEdit):
        return KeyboardMode.DIGITS
    if hints & Qt.InputMethodHint.ImhEmailCharactersOnly:
        return KeyboardMode.EMAIL
    return KeyboardMode.TEXT


def _is_numeric(mode: KeyboardMode) -> bool:
    return mode in (KeyboardMode.DIGITS, KeyboardMode.PHONE)


class OnScreenKeyboard(QWidget):
    """A touch keyboard that types into the QLineEdit that last had focus.

    The keyboard follows `QApplication.focusChanged`; when a line edit inside its
    scope (any line edit, if no scope is set) gains focus it becomes the target and the
    keyboard switches to the page that field needs. Focus moving to something else
    keeps the last target, so a stray tap on the form does not make keys go nowhere.

    Styling hooks for the theme: the widget is `#keyboard`; character keys are
    `QPushButton#key`, the others `QPushButton#key-action` with a `role` property
    (`shift`, `backspace`, `space`, `page`, `done`); the shift key is checkable
    (`:checked` while shift is on) and carries `shift` = `off`/`once`/`locked`.
    """

    done = Signal()
    """The user tapped Done; the keyboard has already hidden itself (unless told to stay)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._target: QLineEdit | None = None
        self._scope: QWidget | None = None
        self._hide_on_done = True
        self._mode = KeyboardMode.TEXT
        self._shift = ShiftState.OFF
        self._last_shift_tap = QElapsedTimer()
        self._keys: list[QPushButton] = []
        self._letter_keys: list[tuple[QPushButton, str]] = []
        self._done_keys: list[QPushButton] = []
        self._space_keys: list[QPushButton] = []
        self._backspace_keys: list[QPushButton] = []
        self._word_keys: list[QPushButton] = []  # keys with a word on them, fitted to it (`_fit_word_keys`)

        self._pages = QStackedWidget(self)
        self._pages.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The symbols and the numeric pad are built when first shown (`_page`): most text fields never need the
        # symbols, the PIN pad never needs them, and no text field needs the pad. A screen with keyboards came up
        # with ~85 keys each, half of them never seen.
        self._built: dict[KeyboardPage, QWidget] = {}
        self._shift_key: QPushButton | None = None
        self._to_symbols_key: QPushButton | None = None
        self._to_letters_key: QPushButton | None = None
        self._letters_at_key: QPushButton | None = None
        self._plus_key: QPushButton | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(KEYBOARD_MARGIN, KEYBOARD_MARGIN, KEYBOARD_MARGIN, KEYBOARD_MARGIN)
        layout.addWidget(self._pages)

        # The letters page is built now, whatever the mode: its keys' minimum widths are the keyboard's, which the
        # screens are laid out with (a PIN pad alone, at large text on a 1280 px screen, was narrower than its
        # backspace key's glyph).
        self._apply_mode()
        self.retranslate()
        app = QApplication.instance()
        assert isinstance(app, QApplication), "OnScreenKeyboard needs a QApplication"
        app.focusChanged.connect(self._on_focus_changed)

    # ----------------------------------------------------------------- public API

    def target(self) -> QLineEdit | None:
        """The field keys type into, or None if there is none (or it was deleted)."""
        if self._target is not None and not shiboken6.isValid(self._target):
            self._target = None
        return self._target

    def set_target(self, field: QLineEdit | None) -> None:
        """Type into `field` from now on, showing the page its mode needs.

        Setting the same field again keeps the page and shift state (focus can bounce
        back to a field without the user wanting to lose "123?" or caps lock); a new
        field starts on its mode's first page with shift off.
        """
        mode = mode_for_field(field) if field is not None else KeyboardMode.TEXT
        if field is self.target() and mode == self._mode:
            return
        self._target = field
        self._mode = mode
        self._apply_mode()

    def scope(self) -> QWidget | None:
        """The widget whose line edits the keyboard follows; None means all of them."""
        return self._scope

    def set_scope(self, scope: QWidget | None) -> None:
        """Follow only fields inside `scope`, so two screens' keyboards do not fight."""
        self._scope = scope

    def set_hide_on_done(self, hide: bool) -> None:
        """False for a pad that is the screen's only input (the PIN pad): Done submits, the keys stay."""
        self._hide_on_done = hide

    def mode(self) -> KeyboardMode:
        return self._mode

    def page(self) -> KeyboardPage:
        current = self._pages.currentWidget()
        return next((page for page, widget in self._built.items() if widget is current), KeyboardPage.LETTERS)

    def set_page(self, page: KeyboardPage) -> None:
        """Show `page`; a page the field's mode does not allow is refused.

        Digit-only fields (postal code, PIN) and phone fields get only the numeric
        pad, and text fields never get it, so the user cannot reach keys the field
        would reject.
        """
        numeric_mode = _is_numeric(self._mode)
        if numeric_mode != (page is KeyboardPage.NUMERIC):
            raise ValueError(f"page {page.value} is not available in {self._mode.value} mode")
        self._pages.setCurrentWidget(self._page(page))

    def shift_state(self) -> ShiftState:
        return self._shift

    def key_buttons(self) -> list[QPushButton]:
        """Every key on every page built so far (hidden ones included; a page is built when first shown)."""
        return list(self._keys)

    def retranslate(self) -> None:
        """Re-read the translatable labels; page and shift state are left as they are."""
        for key in self._done_keys:
            key.setText(self.tr("Done"))
        for key in self._space_keys:
            key.setText(self.tr("space"))
        for key in self._backspace_keys:
            key.setAccessibleName(self.tr("Backspace"))
        if self._to_symbols_key is not None:
            self._to_symbols_key.setAccessibleName(self.tr("Numbers and symbols"))
        if self._to_letters_key is not None:
            self._to_letters_key.setAccessibleName(self.tr("Letters"))
        self._update_shift_look()
        self._fit_word_keys()

    def _fit_to_word(self, key: QPushButton) -> QPushButton:
        self._word_keys.append(key)
        key.installEventFilter(self)
        return key

    def _fit_word_keys(self) -> None:
        """Done, "123?" and "abc" carry words: at large text ("Valmis" at 48 pt, portrait) their share of the
        row is narrower than the word, so they ask for the word's width and the letter keys give it up."""
        for key in self._word_keys:
            option = QStyleOptionButton()
            key.initStyleOption(option)
            room = key.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, key)
            padding = max(0, key.width() - room.width())
            word = QFontMetrics(key.font()).horizontalAdvance(key.text())
            key.setMinimumWidth(max(KEY_MIN_WIDTH, word + padding + WORD_AIR))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched in self._word_keys:
            self._fit_word_keys()  # large text turned on or off
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ Qt hooks

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------- construction

    def _make_key(self, label: str, role: str) -> QPushButton:
        """A key button: never takes focus, big enough for a finger, large label."""
        key = QPushButton(label)
        key.setObjectName("key" if role == "char" else "key-action")
        key.setProperty("role", role)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setMinimumSize(KEY_MIN_WIDTH, KEY_HEIGHT)
        # Ignored: the row units, not the label lengths, decide widths, so equal keys are equal.
        key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        font = key.font()
        font.setPointSize(KEY_FONT_POINTS)
        key.setFont(font)
        self._keys.append(key)
        return key

    def _make_char_key(self, value: str) -> QPushButton:
        key = self._make_key(value.replace("&", "&&"), "char")  # a lone & would be a mnemonic
        key.setProperty("keyValue", value)
        key.clicked.connect(lambda _checked=False, value=value: self._type(value))
        return key

    def _make_letter_key(self, letter: str) -> QPushButton:
        """A letter key; its label follows shift (see `_update_shift_look`)."""
        key = self._make_char_key(letter)
        self._letter_keys.append((key, letter))
        return key

    def _make_backspace_key(self) -> QPushButton:
        key = self._make_key(BACKSPACE_LABEL, "backspace")
        key.setAutoRepeat(True)  # holding it deletes a whole wrong word
        key.setAutoRepeatDelay(450)
        key.setAutoRepeatInterval(70)
        key.clicked.connect(self._backspace)
        self._backspace_keys.append(key)
        return key

    def _make_done_key(self) -> QPushButton:
        key = self._fit_to_word(self._make_key("", "done"))
        key.clicked.connect(self._finish)
        self._done_keys.append(key)
        return key

    def _make_space_key(self) -> QPushButton:
        key = self._make_key("", "space")
        key.clicked.connect(lambda _checked=False: self._type(" "))
        self._space_keys.append(key)
        return key

    @staticmethod
    def _centred_page(name: str, keys_layout: QGridLayout | QVBoxLayout, max_width: int) -> QWidget:
        """A page whose keys stay at most `max_width` wide, centred on the full-width keyboard."""
        keys = QWidget()
        keys.setObjectName(f"{name}-keys")
        keys.setMaximumWidth(max_width)
        keys.setLayout(keys_layout)
        page = QWidget()
        page.setObjectName(name)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(keys, 100)
        row.addStretch(1)
        return page

    @staticmethod
    def _rows_layout() -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(KEY_SPACING)
        return rows

    @staticmethod
    def _add_row(rows: QVBoxLayout, items: Sequence[tuple[QPushButton | None, int]]) -> QHBoxLayout:
        """One key row; each item's width is its share of `ROW_UNITS` (None = empty gap).

        Keys ignore their size hints (see `_make_key`), so widths follow the units
        exactly and the rows line up.
        """
        assert sum(units for _key, units in items) == ROW_UNITS, "every row spans the same width"
        row = QHBoxLayout()
        row.setSpacing(KEY_SPACING)
        for key, units in items:
            if key is None:
                row.addStretch(units)
            else:
                row.addWidget(key, units)
        rows.addLayout(row)
        return row

    def _page(self, page: KeyboardPage) -> QWidget:
        """The page's widget, built and added on first use, its keys set for the current mode and language."""
        widget = self._built.get(page)
        if widget is None:
            builders = {KeyboardPage.LETTERS: self._build_letters_page, KeyboardPage.SYMBOLS: self._build_symbols_page,
                        KeyboardPage.NUMERIC: self._build_numeric_page}
            widget = self._built[page] = builders[page]()
            self._pages.addWidget(widget)
            self._show_mode_keys()
            self.retranslate()
        return widget

    def _build_letters_page(self) -> QWidget:
        rows = self._rows_layout()
        for letters in LETTER_ROWS[:2]:
            self._add_row(rows, [(self._make_letter_key(letter), 2) for letter in letters])

        self._shift_key = self._make_key(SHIFT_LABEL, "shift")
        self._shift_key.setCheckable(True)
        self._shift_key.clicked.connect(self._on_shift_tapped)
        self._add_row(
            rows,
            [(self._shift_key, 3)]
            + [(self._make_letter_key(letter), 2) for letter in LETTER_ROWS[2]]
            + [(self._make_char_key("-"), 2), (self._make_backspace_key(), 3)],
        )

        self._to_symbols_key = self._fit_to_word(self._make_key(TO_SYMBOLS_LABEL, "page"))
        self._to_symbols_key.clicked.connect(lambda _checked=False: self.set_page(KeyboardPage.SYMBOLS))
        self._letters_space_key = self._make_space_key()
        self._letters_at_key = self._make_char_key("@")
        self._letters_bottom_row = self._add_row(
            rows,
            [
                (self._to_symbols_key, 3),
                (self._letters_space_key, 11),
                (self._letters_at_key, 2),
                (self._make_char_key("."), 2),
                (self._make_done_key(), 4),
            ],
        )
        return self._centred_page("keyboard-letters", rows, LETTERS_MAX_WIDTH)

    def _show_mode_keys(self) -> None:
        """The keys that come and go with the mode, on the pages built: `@` on the letters (for e-mail; space takes
        over its width otherwise), `+` on the numeric pad (for phone numbers)."""
        if self._letters_at_key is not None:
            at = self._mode is KeyboardMode.EMAIL
            self._letters_at_key.setVisible(at)
            self._letters_bottom_row.setStretchFactor(self._letters_space_key, 11 if at else 13)
        if self._plus_key is not None:
            self._plus_key.setVisible(self._mode is KeyboardMode.PHONE)

    def _build_symbols_page(self) -> QWidget:
        rows = self._rows_layout()
        self._add_row(rows, [(None, 1)] + [(self._make_char_key(digit), 2) for digit in "1234567890"] + [(None, 1)])
        self._add_row(rows, [(self._make_char_key(symbol), 2) for symbol in SYMBOL_ROW_1])
        self._add_row(
            rows,
            [(None, 3)]
            + [(self._make_char_key(symbol), 2) for symbol in SYMBOL_ROW_2]
            + [(self._make_backspace_key(), 3)],
        )
        self._to_letters_key = self._fit_to_word(self._make_key(TO_LETTERS_LABEL, "page"))
        self._to_letters_key.clicked.connect(lambda _checked=False: self.set_page(KeyboardPage.LETTERS))
        self._add_row(
            rows,
            [
                (self._to_letters_key, 3),
                (self._make_space_key(), 11),
                (self._make_char_key("@"), 2),  # always here: e-mail addresses need it most
                (self._make_char_key("."), 2),
                (self._make_done_key(), 4),
            ],
        )
        return self._centred_page("keyboard-symbols", rows, LETTERS_MAX_WIDTH)

    def _build_numeric_page(self) -> QWidget:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(KEY_SPACING)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._make_char_key(digit), index // 3, index % 3)
        self._plus_key = self._make_char_key("+")
        size_policy = self._plus_key.sizePolicy()
        size_policy.setRetainSizeWhenHidden(True)  # 0 stays in the middle when + is hidden
        self._plus_key.setSizePolicy(size_policy)
        grid.addWidget(self._plus_key, 3, 0)
        grid.addWidget(self._make_char_key("0"), 3, 1)
        grid.addWidget(self._make_backspace_key(), 3, 2)
        grid.addWidget(self._make_done_key(), 0, 3, 4, 1)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        return self._centred_page("keyboard-numeric", grid, NUMERIC_MAX_WIDTH)

    # ------------------------------------------------------------------ behaviour

    def _apply_mode(self) -> None:
        """Show the keys the current mode allows, on its first page, with shift off."""
        self._show_mode_keys()
        self._set_shift(ShiftState.OFF)
        self.set_page(KeyboardPage.NUMERIC if _is_numeric(self._mode) else KeyboardPage.LETTERS)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isinstance(new, QLineEdit):
            return
        if self._scope is not None and not self._scope.isAncestorOf(new):
            return
        self.set_target(new)

    def _type(self, value: str) -> None:
        """Insert one key's text; `insert` applies the field's maxLength and validator."""
        field = self.target()
        if field is None or field.isReadOnly() or not field.isEnabled():
            return
        text = value.upper() if self._shift is not ShiftState.OFF else value
        field.insert(text)
        if self._shift is ShiftState.ONCE:
            self._set_shift(ShiftState.OFF)

    def _backspace(self) -> None:
        field = self.target()
        if field is None or field.isReadOnly() or not field.isEnabled():
            return
        field.backspace()

    def _finish(self) -> None:
        if self._hide_on_done:
            self.hide()
        self.done.emit()

    def _on_shift_tapped(self) -> None:
        """Off -> once; a second tap within the double-click time -> locked; else off."""
        quick_second_tap = (
            self._last_shift_tap.isValid()
            and self._last_shift_tap.elapsed() <= QApplication.styleHints().mouseDoubleClickInterval()
        )
        self._last_shift_tap.restart()
        if self._shift is ShiftState.OFF:
            self._set_shift(ShiftState.ONCE)
        elif self._shift is ShiftState.ONCE and quick_second_tap:
            self._set_shift(ShiftState.LOCKED)
        else:
            self._set_shift(ShiftState.OFF)

    def _set_shift(self, state: ShiftState) -> None:
        self._shift = state
        self._update_shift_look()

    def _update_shift_look(self) -> None:
        """Letter labels follow shift, so the user sees the case they are about to type."""
        shifted = self._shift is not ShiftState.OFF
        for key, letter in self._letter_keys:
            key.setText(letter.upper() if shifted else letter)
        if self._shift_key is None:
            return
        self._shift_key.setChecked(shifted)
        self._shift_key.setText(CAPS_LOCK_LABEL if self._shift is ShiftState.LOCKED else SHIFT_LABEL)
        self._shift_key.setAccessibleName(
            self.tr("Caps lock") if self._shift is ShiftState.LOCKED else self.tr("Shift")
        )
        if self._shift_key.property("shift") != self._shift.value:
            self._shift_key.setProperty("shift", self._shift.value)
            self._shift_key.style().unpolish(self._shift_key)  # let QSS see the new property
            self._shift_key.style().polish(self._shift_key)


class KeyboardHost(QWidget):
    """The frame a screen puts its form into: the form scrolls, the keyboard docks below.

    The keyboard appears when a line edit inside the content gains focus (or is tapped
    again after Done) and disappears on Done or when focus leaves the fields. While it
    is shown the scroll area is shorter, and the host scrolls so the focused field and
    `FIELD_MARGIN` px under it are inside what is still visible; a bottom padding of the
    same size is added so even the last field of a long form gets its margin.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard-host")
        self._content: QWidget | None = None
        self._companions: dict[QLineEdit, list[QWidget]] = {}

        self._page = QWidget()
        self._page.setObjectName("keyboard-host-page")
        self._page_layout = QVBoxLayout(self._page)
        self._page_layout.setContentsMargins(0, 0, 0, 0)

        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("keyboard-host-scroll")
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._page)
        self._scroll.viewport().installEventFilter(self)

        self._keyboard = OnScreenKeyboard(self)
        self._keyboard.set_scope(self._page)
        self._keyboard.hide()
        self._keyboard.done.connect(self._hide_keyboard)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._keyboard)

        app = QApplication.instance()
        assert isinstance(app, QApplication), "KeyboardHost needs a QApplication"
        app.focusChanged.connect(self._on_focus_changed)

    # ----------------------------------------------------------------- public API

    def set_content(self, widget: QWidget) -> None:
        """Put `widget` (the form) in the scroll area; a previous content is deleted."""
        if self._content is not None and shiboken6.isValid(self._content):
            self._page_layout.removeWidget(self._content)
            self._content.hide()  # it lingers until deleteLater runs; it must not show meanwhile
            self._content.deleteLater()
        self._content = widget
        self._page_layout.addWidget(widget)

    def content(self) -> QWidget | None:
        return self._content

    def keyboard(self) -> OnScreenKeyboard:
        return self._keyboard

    def scroll_area(self) -> QScrollArea:
        return self._scroll

    def set_companions(self, field: QLineEdit, widgets: Sequence[QWidget]) -> None:
        """Widgets that belong under `field` (its error message, its hint) and must stay in view with it.

        A reason that appears as the member types, or after Save, is of no use half under
        the keys: while `field` is edited the host keeps whichever of these is shown above
        the keyboard too, and scrolls again when one appears or moves.
        """
        self._companions[field] = list(widgets)
        for widget in widgets:
            widget.installEventFilter(self)

    def focus_field(self, field: QLineEdit) -> None:
        """Take the member to `field`: focus it, open its keys and scroll it (and its message) into view.

        For Save with errors: the first refused field may be far up the form, or be the
        one that already has focus, where no focus change would scroll anything.
        """
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self._is_editable_field(field):
            return
        self._keyboard.set_target(field)
        field.installEventFilter(self)
        content_layout = self._content.layout() if self._content is not None else None
        if content_layout is not None:
            content_layout.activate()  # a message just shown takes its room now
        self._show_keyboard()

    def ensure_field_visible(self) -> None:
        """Scroll so the keyboard's field and its shown companions, with `FIELD_MARGIN` around, are in view.

        Done by hand rather than with `QScrollArea.ensureWidgetVisible`, which for a
        line edit only brings the text cursor into view, not the whole field. Where the
        field and its message are taller than what the keys leave, the field's top wins.
        """
        field = self._keyboard.target()
        if field is None or not self._page.isAncestorOf(field) or not field.isVisible():
            return
        top = field.mapTo(self._page, QPoint(0, 0)).y()
        bottom = top + field.height()
        for companion in self._companions.get(field, []):
            if shiboken6.isValid(companion) and companion.isVisible() and self._page.isAncestorOf(companion):
                bottom = max(bottom, companion.mapTo(self._page, QPoint(0, 0)).y() + companion.height())
        bar = self._scroll.verticalScrollBar()
        visible_height = self._scroll.viewport().height()
        value = bar.value()
        if bottom + FIELD_MARGIN > value + visible_height:
            value = bottom + FIELD_MARGIN - visible_height
        if top - FIELD_MARGIN < value:
            value = top - FIELD_MARGIN
        bar.setValue(value)  # QScrollBar clamps to its range

    # ------------------------------------------------------------------ Qt hooks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            # The viewport changes size after the keyboard shows (or the window
            # resizes); the field must be brought back into what is left.
            if self._keyboard.isVisible():
                self.ensure_field_visible()
        elif event.type() in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize) and isinstance(watched, QWidget):
            # A message under the edited field appeared or moved (the form laid out anew).
            target = self._keyboard.target()
            if (self._keyboard.isVisible() and target is not None
                    and watched in self._companions.get(target, [])):
                self.ensure_field_visible()
        elif (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(watched, QLineEdit)
            and watched is self._keyboard.target()
            and watched.hasFocus()
            and not self._keyboard.isVisible()
        ):
            # A tap on the field that still has focus after Done: no focus change
            # will happen, so this is the only sign the user wants to type again.
            self._show_keyboard()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ behaviour

    def _is_editable_field(self, widget: QWidget | None) -> bool:
        return isinstance(widget, QLineEdit) and self._page.isAncestorOf(widget) and not widget.isReadOnly()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and self._is_editable_field(new):
            self._keyboard.set_target(new)
            new.installEventFilter(self)  # installing twice is harmless: Qt keeps one
            self._show_keyboard()
            return
        if new is None:
            # The window lost activation (e.g. a dialog opened): keep the keyboard if
            # the field will get focus back, hide it if the field itself went away.
            field = self._keyboard.target()
            if field is not None and field.isVisible() and field.window().focusWidget() is field:
                return
        self._hide_keyboard()

    def _show_keyboard(self) -> None:
        self._page_layout.setContentsMargins(0, 0, 0, FIELD_MARGIN)
        self._keyboard.show()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # resize the scroll area now, not on the next event loop pass
        self.ensure_field_visible()

    def _hide_keyboard(self) -> None:
        """Give the form the whole height back (called on every focus change elsewhere, so cheap)."""
        if self._keyboard.isHidden() and self._page_layout.contentsMargins().bottom() == 0:
            return
        self._keyboard.hide()
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        layout = self.layout()
        if layout is not None:
            layout.activate()
