"""Maintenance mode, Settings: the safe settings of the kiosk's file, typed on the on-screen keyboard.

The form shows what the flow read from the file, sends what was typed to
`MaintenanceFlow.save_settings` and shows the outcome: each refused field says why next
to itself, a reachable-but-wrong backend URL is a warning that must be accepted, and a
saved file offers the restart that applies it. The view never touches the file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.devices.escpos import MAX_BAND_ROWS
from kiosk.flows.maintenance import MaintenanceFlow
from kiosk.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP
from kiosk.settings_file import FIELD_BY_KEY, FIELDS, Problem
from kiosk.views.keyboard import KeyboardHost
from kiosk.views.maintenance.common import GLOVE, Row, big_button, set_text
from kiosk.views.maintenance.texts import translated
from kiosk.views.widgets import TabButton, label, refresh_style

FIELD_NAMES = {
    "backend.url": QT_TRANSLATE_NOOP("Maintenance", "Backend URL"),
    "printer.host": QT_TRANSLATE_NOOP("Maintenance", "Printer host"),
    "printer.port": QT_TRANSLATE_NOOP("Maintenance", "Printer port"),
    "printer.path": QT_TRANSLATE_NOOP("Maintenance", "Printer device or folder"),
    "printer.width_dots": QT_TRANSLATE_NOOP("Maintenance", "Paper width"),
    "printer.band_rows": QT_TRANSLATE_NOOP("Maintenance", "Band rows"),
    "printer.connect_timeout_s": QT_TRANSLATE_NOOP("Maintenance", "Printer connect timeout (s)"),
    "printer.status_timeout_s": QT_TRANSLATE_NOOP("Maintenance", "Printer status timeout (s)"),
    "printer.write_timeout_s": QT_TRANSLATE_NOOP("Maintenance", "Printer job timeout (s)"),
    "card_reader.reader_pattern": QT_TRANSLATE_NOOP("Maintenance", "Card reader pattern"),
    "display.language": QT_TRANSLATE_NOOP("Maintenance", "Default language"),
    "session.idle_timeout_s": QT_TRANSLATE_NOOP("Maintenance", "Idle timeout (s)"),
    "session.idle_warning_s": QT_TRANSLATE_NOOP("Maintenance", "Idle warning (s)"),
    "display.touch_only": QT_TRANSLATE_NOOP("Maintenance", "Touch only (no mouse pointer)"),
}
FIELD_RULES = {
    "backend.url": QT_TRANSLATE_NOOP("Maintenance", "https://host (plain http:// only on this machine)"),
    "printer.host": QT_TRANSLATE_NOOP("Maintenance", "The printer's host name or IP address"),
    "printer.port": QT_TRANSLATE_NOOP("Maintenance", "1–65535; network printers use 9100"),
    "printer.path": QT_TRANSLATE_NOOP("Maintenance", "A device such as /dev/usb/lp0, or a folder"),
    "printer.width_dots": QT_TRANSLATE_NOOP("Maintenance", "80 mm paper: 576 (203 dpi) or 512 (180 dpi); 58 mm: 384"),
    "printer.band_rows": QT_TRANSLATE_NOOP("Maintenance",
                                           "1–{max}; lower it for a printer with a small buffer"),
    "printer.connect_timeout_s": QT_TRANSLATE_NOOP("Maintenance", "More than 0, at most 30 s"),
    "printer.status_timeout_s": QT_TRANSLATE_NOOP("Maintenance", "More than 0, at most 10 s"),
    "printer.write_timeout_s": QT_TRANSLATE_NOOP("Maintenance", "More than 0, at most 120 s"),
    "card_reader.reader_pattern": QT_TRANSLATE_NOOP("Maintenance",
                                                    "Part of the reader's name, e.g. Identiv; empty: the first reader"),
    "display.language": QT_TRANSLATE_NOOP("Maintenance", "The language the start screen speaks"),
    "session.idle_timeout_s": QT_TRANSLATE_NOOP("Maintenance", "10–3600 s"),
    "session.idle_warning_s": QT_TRANSLATE_NOOP("Maintenance", "Less than the idle timeout"),
    "display.touch_only": QT_TRANSLATE_NOOP("Maintenance", "Hides the mouse pointer on the kiosk's screen"),
}
_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("Maintenance", "Fill this in."),
    "not_a_number": QT_TRANSLATE_NOOP("Maintenance", "Not a number."),
    "not_whole": QT_TRANSLATE_NOOP("Maintenance", "A whole number, without decimals."),
    "port_range": QT_TRANSLATE_NOOP("Maintenance", "Not a port: ports are 1–65535."),
    "rule": QT_TRANSLATE_NOOP("Maintenance", "Not accepted: {rule}."),
    "no_pcscd": QT_TRANSLATE_NOOP("Maintenance",
                                  "The card reader service does not answer, so the pattern cannot be checked."),
    "pattern_matches_none": QT_TRANSLATE_NOOP("Maintenance", "Matches none of the readers: {readers}."),
    "no_readers": QT_TRANSLATE_NOOP("Maintenance", "Matches nothing: no card reader is connected."),
}
_UNREACHABLE = {
    "backend_unreachable": QT_TRANSLATE_NOOP("Maintenance", "Cannot be reached: no connection to that address."),
    "backend_timeout": QT_TRANSLATE_NOOP("Maintenance", "Cannot be reached: no answer in time."),
    "backend_tls_failed": QT_TRANSLATE_NOOP("Maintenance",
                                            "Cannot be reached securely: its TLS certificate is refused."),
}
_UNREACHABLE_OTHER = QT_TRANSLATE_NOOP("Maintenance", "Cannot be reached ({code}).")
_WARNINGS = {
    "refuses_kiosk": QT_TRANSLATE_NOOP("Maintenance", "The backend at this address answers, but refuses this "
                                                      "kiosk's credential: is it the right backend?"),
    "not_our_backend": QT_TRANSLATE_NOOP("Maintenance", "Something answers at this address, but not as the kiosk's "
                                                        "backend does: is the address right?"),
}
_FILE_ERRORS = {
    "unreadable": QT_TRANSLATE_NOOP("Maintenance", "The settings file cannot be read."),
    "not_toml": QT_TRANSLATE_NOOP("Maintenance", "The settings file is not valid TOML: it must be fixed by hand."),
    "cannot_edit": QT_TRANSLATE_NOOP("Maintenance",
                                     "These values cannot be changed safely in this file: it must be edited by hand."),
    "cannot_write": QT_TRANSLATE_NOOP("Maintenance",
                                      "The settings file could not be written (permissions or disk). Nothing changed."),
}
_CHOICE_WORDS = {"true": QT_TRANSLATE_NOOP("Maintenance", "Yes"), "false": QT_TRANSLATE_NOOP("Maintenance", "No")}
# The widths by their dots and paper: numbers every language reads alike (the rule under them says the rest).
_WIDTHS = {"576": "576 (80 mm)", "512": "512 (80 mm)", "384": "384 (58 mm)"}
NAME_COLUMN = 380
"""The settings' names' column, px, where the names go beside their inputs."""
INPUT_MIN = 480
"""The least an input gets beside its name, px; where there is less, the name goes above it (large text, portrait)."""
INPUT_CHARACTERS = 24
"""...and at least this many characters of its type: a URL or a host name readable without scrolling in its field."""


def field_name(key: str) -> str:
    return translated(FIELD_NAMES[key])


def rule_text(key: str) -> str:
    return translated(FIELD_RULES[key]).format(max=MAX_BAND_ROWS)


def problem_text(problem: Problem) -> str:
    """Why a value is refused, in the shown language (a file-wide problem keeps the config's own line)."""
    if problem.code == "unreachable":
        words = _UNREACHABLE.get(problem.detail)
        return translated(words) if words is not None else translated(_UNREACHABLE_OTHER).format(code=problem.detail)
    if problem.code == "pattern_matches_none" and not problem.detail:
        return translated(_PROBLEMS["no_readers"])
    if problem.code == "rule" and problem.key:
        return translated(_PROBLEMS["rule"]).format(rule=rule_text(problem.key))
    if problem.code == "rule":
        return problem.detail
    return translated(_PROBLEMS[problem.code]).format(readers=problem.detail)


class _Row:
    """One setting on the form: its name, its input (a field, or choice buttons), its rule and its error."""

    def __init__(self, key: str) -> None:
        self.key = key
        kind = FIELD_BY_KEY[key].kind
        self.name = label("highlight", name=f"setting-{key}-name")
        self.hint = label("muted", name=f"setting-{key}-hint")
        self.error = label("field-error", name=f"setting-{key}-error")
        self.error.hide()
        self.field: QLineEdit | None = None
        self.choices: dict[str, QPushButton] = {}
        self.group: QButtonGroup | None = None
        self.input: QWidget
        if kind in ("choice", "bool"):
            self.input = row = Row(spacing=16, stretch_first=False)  # one under another where they do not fit
            self.group = QButtonGroup(self.input)
            self.group.setExclusive(True)
            values = FIELD_BY_KEY[key].choices if kind == "choice" else ("true", "false")
            for value in values:
                # bold when chosen, with room for it; one value of several
                choice = TabButton(f"setting-{key}-{value}", min_height=GLOVE, role="radio")
                choice.setProperty("kind", "filter")  # the smaller of the checkable looks: three fit beside a label
                self.group.addButton(choice)
                self.choices[value] = choice
                row.add(choice)
        else:
            self.field = QLineEdit()
            self.field.setObjectName(f"setting-{key}")
            self.field.setProperty("role", "form-field")
            self.field.setMinimumHeight(GLOVE)
            self.field.setMaxLength(300)
            if kind in ("int", "float"):
                # The numeric pad: whole seconds and numbers are what a technician types here.
                self.field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            else:
                self.field.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase
                                               | Qt.InputMethodHint.ImhUrlCharactersOnly)
            self.input = self.field

    def value(self) -> str:
        if self.field is not None:
            return self.field.text()
        return next((value for value, choice in self.choices.items() if choice.isChecked()), "")

    def set_value(self, value: str) -> None:
        if self.field is not None:
            self.field.setText(value)
        elif value in self.choices:
            self.choices[value].setChecked(True)

    def set_read_only(self, read_only: bool) -> None:
        if self.field is not None:
            self.field.setReadOnly(read_only)
        for choice in self.choices.values():
            choice.setEnabled(not read_only)

    def set_error(self, text: str) -> None:
        set_text(self.error, text)
        if self.field is not None and self.field.property("invalid") != bool(text):
            self.field.setProperty("invalid", bool(text))
            refresh_style(self.field)

    def widgets(self) -> list[QWidget]:
        return [self.name, self.input, self.hint, self.error]


class SettingsPage(QWidget):
    def __init__(self, flow: MaintenanceFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self._filled: object = None  # object: the CurrentSettings the form was last filled from, by identity
        self._shown_step = ""
        self.message = label("lead", name="maintenance-settings-message")
        self.file_problems = label("field-error", name="maintenance-settings-file-problems")
        self.save = big_button("primary", "maintenance-settings-save", self._save)
        self.save_anyway = big_button("secondary", "maintenance-settings-save-anyway", self._save_anyway)
        self.discard = big_button("quiet", "maintenance-settings-discard", self._discard)
        self.restart = big_button("primary", "maintenance-settings-restart", flow.restart_kiosk)
        self.texts = QWidget()
        self._texts_layout = texts = QVBoxLayout(self.texts)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.message)
        texts.addWidget(self.file_problems)
        buttons = Row(self.discard, self.save_anyway, self.save, self.restart, spacing=16, stretch_first=False)
        self._bar = bar = QGridLayout()
        bar.setHorizontalSpacing(16)
        bar.setColumnStretch(0, 1)
        bar.addWidget(self.texts, 0, 0)
        bar.addWidget(buttons, 0, 1, Qt.AlignmentFlag.AlignTop)
        self._buttons = buttons
        self.texts_in_form = False

        self.form = QWidget()
        self.form.setObjectName("view")
        self.form.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 8, 24, 24)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(6)
        self._grid = grid
        self.rows: dict[str, _Row] = {}
        for setting in FIELDS:
            self.rows[setting.key] = _Row(setting.key)
        self.stacked = False
        self._place_rows(stacked=False)
        self.host = KeyboardHost()
        self.host.set_content(self.form)
        self.host.scroll_area().viewport().setObjectName("view")
        self.host.scroll_area().viewport().setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(bar)
        layout.addWidget(self.host, 1)
        self.host.scroll_area().viewport().installEventFilter(self)
        flow.settings_changed.connect(self.update_settings)
        self.retranslate()

    # --- arrangement: what large text, portrait and Finnish need ---------------------------------------------

    def _place_rows(self, *, stacked: bool) -> None:
        """Each setting's name beside its input; or, where both do not fit, the name above it."""
        grid = self._grid
        for row in self.rows.values():
            for widget in row.widgets():
                grid.removeWidget(widget)
        for line in range(grid.rowCount()):
            grid.setRowMinimumHeight(line, 0)
        self._gaps: dict[str, int] = {}  # the spacer row after each setting
        line = 1  # line 0: the page's message, when it scrolls with the form
        for key, row in self.rows.items():
            if stacked:
                grid.addWidget(row.name, line, 0)
                line += 1
                grid.addWidget(row.input, line, 0)
                grid.addWidget(row.hint, line + 1, 0)
                grid.addWidget(row.error, line + 2, 0)
            else:
                grid.addWidget(row.name, line, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(row.input, line, 1)
                grid.addWidget(row.hint, line + 1, 1)
                grid.addWidget(row.error, line + 2, 1)
            self._gaps[key] = line + 3
            line += 4
        grid.setColumnStretch(0, 1 if stacked else 0)
        grid.setColumnStretch(1, 0 if stacked else 1)
        grid.setColumnMinimumWidth(0, 0 if stacked else NAME_COLUMN)
        self.stacked = stacked
        if self.texts_in_form:  # over the names and inputs; one column when stacked, or spacing widens it
            grid.removeWidget(self.texts)
            grid.addWidget(self.texts, 0, 0, 1, 1 if stacked else 2)
        self._show_gaps()
        grid.invalidate()

    def _place_texts(self, *, in_form: bool) -> None:
        """The message over the form where it fits; else at the form's top, scrolling with it, so the form
        keeps its room (large text: the message alone took the height the fields needed)."""
        if in_form == self.texts_in_form:
            return
        self._bar.removeWidget(self._buttons)
        self._texts_layout.setContentsMargins(0, 0, 0, 24 if in_form else 0)  # apart from the first setting
        if in_form:
            self._bar.removeWidget(self.texts)
            self._grid.addWidget(self.texts, 0, 0, 1, 1 if self.stacked else 2)
            self._bar.addWidget(self._buttons, 0, 0, 1, 2)  # the whole width: they go under each other only
            self._bar.setColumnMinimumWidth(1, 0)          # where the width cannot take them side by side
        else:
            self._grid.removeWidget(self.texts)
            self._bar.addWidget(self.texts, 0, 0)
            self._bar.addWidget(self._buttons, 0, 1, Qt.AlignmentFlag.AlignTop)
        self.texts_in_form = in_form

    def _arrange(self) -> None:
        room = self.host.scroll_area().viewport().width()
        if room <= 0:
            return
        margins = self._grid.contentsMargins()
        names = max([NAME_COLUMN] + [row.name.minimumSizeHint().width() for row in self.rows.values()])
        typed = next(row.field for row in self.rows.values() if row.field is not None)
        inputs = max([INPUT_MIN, INPUT_CHARACTERS * typed.fontMetrics().averageCharWidth()]
                     + [widget.minimumSizeHint().width() for row in self.rows.values()
                                    for widget in (row.input, row.hint, row.error) if not widget.isHidden()])
        stacked = names + self._grid.horizontalSpacing() + inputs > room - margins.left() - margins.right()
        if stacked != self.stacked:
            self._place_rows(stacked=stacked)
        buttons = self._buttons.needed_width()
        beside = self.width() - buttons - self._bar.horizontalSpacing()
        layout = self.texts.layout()
        tall = not self.host.isHidden() and (  # no form (no file to edit): the message is all there is
            beside < self.width() / 3 or (layout is not None and layout.hasHeightForWidth()
                                          and layout.totalHeightForWidth(beside) > self.height() / 4))
        self._place_texts(in_form=tall)
        if not tall:
            self._bar.setColumnMinimumWidth(1, buttons)  # beside the message, the buttons in one row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._arrange()
        return False

    # --- for tests and the screen tour -------------------------------------------------------------------

    def field(self, key: str) -> QLineEdit:
        found = self.rows[key].field
        assert found is not None, f"{key} is chosen, not typed"
        return found

    def set_field_text(self, key: str, text: str) -> None:
        self.field(key).setText(text)

    def choose(self, key: str, value: str) -> None:
        self.rows[key].choices[value].click()

    def error_text(self, key: str) -> str:
        row = self.rows[key]
        return row.error.text() if row.error.isVisibleTo(self) else ""

    def form_values(self) -> dict[str, str]:
        return {key: row.value() for key, row in self.rows.items() if row.input.isVisibleTo(self)}

    # --- behaviour ----------------------------------------------------------------------------------------

    def _save(self) -> None:
        self._flow.save_settings(self.form_values())

    def _save_anyway(self) -> None:
        self._flow.save_settings(self.form_values(), accept_warnings=True)

    def _discard(self) -> None:
        self._filled = None
        self._flow.load_settings()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            QTimer.singleShot(0, self._arrange)  # large text: measured once the new fonts are in
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.save.setText(self.tr("Save"))
        self.save_anyway.setText(self.tr("Save anyway"))
        self.discard.setText(self.tr("Undo changes"))
        self.restart.setText(self.tr("Restart now"))
        for key, row in self.rows.items():
            row.name.setText(field_name(key))
            if row.field is not None:
                row.field.setAccessibleName(row.name.text())  # the name is not beside it in the same widget
            for value, choice in row.choices.items():
                if key == "display.language":
                    choice.setText(LANGUAGE_NAMES[value])
                elif key == "printer.width_dots":
                    choice.setText(_WIDTHS[value])
                else:
                    choice.setText(translated(_CHOICE_WORDS[value]))
        self.update_settings()

    def update_settings(self) -> None:
        tab = self._flow.settings
        current = tab.current
        if current is not None and current is not self._filled and tab.step in ("editing", "saved"):
            self._filled = current
            for key, row in self.rows.items():
                row.set_value(current.values.get(key, ""))
        applicable = current.keys if current is not None else ()
        by_key: dict[str, list[str]] = {}
        file_wide: list[str] = []
        for problem in tab.problems:
            (by_key.setdefault(problem.key, []) if problem.key else file_wide).append(problem_text(problem))
        for warning in tab.warnings:
            by_key.setdefault(warning.key, []).append(translated(_WARNINGS[warning.code]))
        for key, row in self.rows.items():
            shown = key in applicable
            for widget in row.widgets():
                widget.setVisible(shown)
            variable = current.from_environment.get(key) if current is not None else None
            row.set_read_only(variable is not None or tab.step == "checking")
            row.hint.setText(self.tr("Set by {variable}: it cannot be changed here.").format(variable=variable)
                             if variable else rule_text(key))
            row.set_error(" ".join(by_key.get(key, [])) if shown else "")
        if tab.error:
            file_wide.insert(0, translated(_FILE_ERRORS.get(tab.error, _FILE_ERRORS["unreadable"])))
        set_text(self.file_problems, "\n".join(file_wide))
        self.message.setText(self._message())
        editable = tab.step in ("editing", "refused", "warning", "write_failed", "saved")
        self.host.setVisible(tab.step not in ("no_file", "unreadable"))
        self.save.setVisible(editable)
        self.save.setEnabled(tab.step != "checking")
        self.discard.setVisible(editable)
        self.save_anyway.setVisible(tab.step == "warning")
        self.restart.setVisible(tab.step == "saved")
        self.restart.setEnabled(not self._flow.actions.restarting)
        self._show_gaps()
        self._arrange()  # another message, other buttons
        if self.texts_in_form and tab.step != self._shown_step and tab.step in ("refused", "warning", "saved",
                                                                                 "write_failed"):
            # Save's answer scrolls with the form (large text): bring it into view, wherever the form was
            self.host.scroll_area().verticalScrollBar().setValue(0)
        self._shown_step = tab.step

    def _show_gaps(self) -> None:
        for key, row in self.rows.items():
            self._grid.setRowMinimumHeight(self._gaps[key], 18 if row.name.isVisibleTo(self.form) else 0)

    def _message(self) -> str:
        tab = self._flow.settings
        marked = any(p.key for p in tab.problems)
        names = ", ".join(field_name(key) for key in tab.changed)
        return {
            "no_file": self.tr("This kiosk runs without a settings file (a demo): nothing can be saved here."),
            "unreadable": self.tr("The settings file {path} cannot be used here.").format(path=tab.path),
            "editing": self.tr("Change what is needed and tap Save. Nothing is written until every value is "
                               "accepted; the kiosk uses the new values after a restart."),
            "checking": self.tr("Checking the new values…"),
            "refused": self.tr("Not saved: the values marked below are not accepted. Nothing was written.")
            if marked else self.tr("Not saved. Nothing was written."),
            "warning": self.tr("Not saved yet: {names}. Read the warning below, then save anyway or change the "
                               "value.").format(names=names),
            "saved": self.tr("Saved: {names}. The old file is kept as a backup. Restart the kiosk to use the new "
                             "values.").format(names=names),
            "write_failed": self.tr("Not saved. Nothing was written."),
        }[tab.step]
