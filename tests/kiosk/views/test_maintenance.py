"""Maintenance mode on screen (pytest-qt), against the real backend and the ESC/POS printer emulator.

Every tab is reached by tapping it; every status colour is seen with its word; the test
page is tapped, printed and decoded; a settings edit is typed on the on-screen keyboard.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from backend.demo_cards import DEMO_CARD_PINS
from kiosk.devices.escpos_printer import EscPosPrinter, TcpTransport
from kiosk.session import Stage
from kiosk.views.maintenance import MaintenanceTab, MaintenanceView
from testbed.printer_emulator import EmulatorState, EscPosEmulator
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.kiosk.views.helpers import button, find, label, lay_out_at, tap, visible_texts

TIMEOUT = 15000


@pytest.fixture
def emulator() -> Iterator[EscPosEmulator]:
    with EscPosEmulator(576) as running:
        yield running


def _maintenance(make_rig: RigFactory, emulator: EscPosEmulator, **kwargs: object) -> tuple[KioskRig, MaintenanceView]:
    printer = EscPosPrinter(TcpTransport("127.0.0.1", emulator.port), emulator.width_dots, status_timeout_s=1.0)
    rig = make_rig(printer=printer, language="en", **kwargs)
    rig.insert("technician")
    rig.wait_stage(Stage.PIN)
    rig.session.submit_pin(DEMO_CARD_PINS["technician"])
    rig.wait_stage(Stage.STAFF)
    view = rig.window.views[Stage.STAFF].maintenance
    assert isinstance(view, MaintenanceView)
    rig.qtbot.waitUntil(view.isVisible, timeout=3000)
    return rig, view


def _badge(view: MaintenanceView, part: str) -> QLabel:
    return label(view, f"maintenance-status-{part}-level")


def _shows(qtbot: QtBot, view: MaintenanceView, part: str, status: str, word: str) -> None:
    qtbot.waitUntil(lambda: _badge(view, part).property("status") == status, timeout=TIMEOUT)
    assert _badge(view, part).text() == word  # never the colour alone


def test_each_tab_opens_with_a_tap_and_every_button_takes_a_gloved_finger(make_rig: RigFactory,
                                                                          emulator: EscPosEmulator,
                                                                          qtbot: QtBot) -> None:
    rig, view = _maintenance(make_rig, emulator)
    assert label(view, "maintenance-who").text() == "Technician Timo. Every action here is recorded."
    expected = {MaintenanceTab.STATUS: "maintenance-status-refresh", MaintenanceTab.READER: "maintenance-test-card",
                MaintenanceTab.PRINTER: "maintenance-print-test",
                MaintenanceTab.SETTINGS: "maintenance-settings-message",
                MaintenanceTab.LOG: "maintenance-log-refresh", MaintenanceTab.ACTIONS: "maintenance-export"}
    for tab, inside in expected.items():
        tap(qtbot, button(view, f"maintenance-tab-{tab.name.lower()}"))
        assert view.current_tab() is tab
        qtbot.waitUntil(find(view, inside).isVisible, timeout=3000)
        for pressable in view.findChildren(QPushButton):
            if pressable.isVisible() and pressable.objectName() not in ("key", "key-action"):
                assert pressable.height() >= 72, pressable.objectName()
    # this kiosk was started without a settings file (as the demo is): it says so, and offers no Save
    assert label(view, "maintenance-settings-message").text().startswith("This kiosk runs without a settings file")
    tap(qtbot, button(view, "maintenance-end"))
    rig.wait_stage(Stage.ENDING)


def test_status_colours_come_with_their_words_and_reasons(make_rig: RigFactory, emulator: EscPosEmulator,
                                                          qtbot: QtBot) -> None:
    rig, view = _maintenance(make_rig, emulator)
    _shows(qtbot, view, "printer", "ok", "OK")
    _shows(qtbot, view, "backend", "ok", "OK")
    assert label(view, "maintenance-status-backend").text().startswith("Answers in ")
    emulator.set_state(EmulatorState.PAPER_NEAR_END)
    tap(qtbot, button(view, "maintenance-status-refresh"))
    _shows(qtbot, view, "printer", "warn", "Attention")
    assert label(view, "maintenance-status-printer").text() == "Paper near end: change the roll soon"
    emulator.set_state(EmulatorState.PAPER_OUT)
    rig.devices.reader.unplug()  # type: ignore[union-attr]
    rig.backend.stop()
    try:
        tap(qtbot, button(view, "maintenance-status-refresh"))
        _shows(qtbot, view, "printer", "error", "Fault")
        _shows(qtbot, view, "reader", "error", "Fault")
        _shows(qtbot, view, "backend", "error", "Fault")
        assert label(view, "maintenance-status-printer").text() == "Out of paper"
        assert label(view, "maintenance-status-reader").text() == "No card reader connected"
        assert label(view, "maintenance-status-backend").text().startswith("Does not answer: no connection")
        assert _badge(view, "mssp").text() == "Unknown"  # measured: it cannot be known, not "Checking"
        assert label(view, "maintenance-status-mssp").text() == "Cannot be asked: the backend does not answer"
    finally:
        rig.backend.start()


def test_the_test_page_is_tapped_printed_and_its_preview_shown(make_rig: RigFactory, emulator: EscPosEmulator,
                                                              qtbot: QtBot) -> None:
    rig, view = _maintenance(make_rig, emulator)
    view.show_tab(MaintenanceTab.PRINTER)
    tap(qtbot, button(view, "maintenance-print-test"))
    outcome = label(view, "maintenance-print-outcome")
    qtbot.waitUntil(lambda: outcome.text().startswith("Printed"), timeout=TIMEOUT)
    [job] = emulator.wait_for_jobs(1, 5)
    preview = view.findChild(QLabel, "maintenance-print-preview")
    assert preview is not None and not preview.pixmap().isNull()
    assert rig.kiosk.maintenance is not None and rig.kiosk.maintenance.printer.preview is not None
    assert job.image.tobytes() == rig.kiosk.maintenance.printer.preview.convert("1").tobytes()
    emulator.set_state(EmulatorState.COVER_OPEN)
    tap(qtbot, button(view, "maintenance-cut-test"))
    qtbot.waitUntil(lambda: outcome.text() == "Not printed: cover open.", timeout=TIMEOUT)
    assert len(emulator.jobs) == 1


def test_a_card_is_tested_on_screen_with_its_number_masked(make_rig: RigFactory, emulator: EscPosEmulator,
                                                          qtbot: QtBot) -> None:
    rig, view = _maintenance(make_rig, emulator)
    view.show_tab(MaintenanceTab.READER)
    rig.remove()
    rig.insert("matti")
    qtbot.waitUntil(lambda: "a card is in" in label(view, "maintenance-reader-0").text(), timeout=TIMEOUT)
    assert label(view, "maintenance-reader-0").text().endswith("used by the kiosk")
    tap(qtbot, button(view, "maintenance-test-card"))
    result = label(view, "maintenance-card-result")
    qtbot.waitUntil(lambda: result.text().startswith("Our card"), timeout=TIMEOUT)
    assert result.text() == "Our card: an owner card, number 6401 **** **** 6015."
    assert label(view, "maintenance-card-atr").text().startswith("Answer to reset (ATR): 3B ")
    assert rig.session.in_maintenance


def _type(qtbot: QtBot, view: MaintenanceView, field_key: str, text: str) -> None:
    """Tap the field, clear it with the keyboard's backspace, type `text` on the keyboard's keys."""
    page = view.settings_page
    field = page.field(field_key)
    field.setFocus()
    keyboard = page.host.keyboard()
    qtbot.waitUntil(keyboard.isVisible, timeout=3000)
    backspace = next(k for k in keyboard.key_buttons() if k.property("role") == "backspace" and k.isVisible())
    while field.text():
        qtbot.mouseClick(backspace, Qt.MouseButton.LeftButton)
    for char in text:
        key = next(k for k in keyboard.key_buttons() if k.property("keyValue") == char and k.isVisible())
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    assert field.text() == text


def test_a_bad_setting_is_refused_next_to_its_field_and_a_good_one_saved(make_rig: RigFactory,
                                                                         emulator: EscPosEmulator, qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    folder = tmp_path / "etc"
    folder.mkdir()
    path = folder / "kiosk.toml"
    rig_url = "{url}"
    path.write_text(f'[backend]\nurl = "{rig_url}"\nkiosk_id = "demo-kiosk-01"\nkiosk_secret = "x"\n\n'
                    '[card_reader]\nkind = "pcsc"\n\n[printer]\nkind = "tcp"\naddress = "127.0.0.1:9100"\n')
    rig, view = _maintenance(make_rig, emulator, config_path=path)
    path.write_text(path.read_text().replace("{url}", rig.backend.url))
    rig.kiosk.maintenance.load_settings()  # type: ignore[union-attr]
    view.show_tab(MaintenanceTab.SETTINGS)
    page = view.settings_page
    qtbot.waitUntil(lambda: page.field("printer.port").text() == "9100", timeout=3000)
    before = path.read_bytes()
    _type(qtbot, view, "printer.port", "91000")
    tap(qtbot, button(view, "maintenance-settings-save"))
    qtbot.waitUntil(lambda: page.error_text("printer.port") != "", timeout=TIMEOUT)
    assert page.error_text("printer.port") == "Not a port: ports are 1–65535."
    assert page.field("printer.port").property("invalid") is True
    assert label(view, "maintenance-settings-message").text().startswith("Not saved")
    assert path.read_bytes() == before
    _type(qtbot, view, "printer.port", "9101")
    tap(qtbot, button(view, "maintenance-settings-save"))
    qtbot.waitUntil(lambda: label(view, "maintenance-settings-message").text().startswith("Saved"), timeout=TIMEOUT)
    assert label(view, "maintenance-settings-message").text().startswith("Saved: Printer port.")
    assert page.error_text("printer.port") == ""
    assert 'address = "127.0.0.1:9101"' in path.read_text()
    assert button(view, "maintenance-settings-restart").isVisible()
    assert "x" not in [page.field(key).text() for key in ("backend.url", "printer.host")]  # no secret shown


def test_at_large_text_in_portrait_the_fields_keep_their_width_and_saves_answer_comes_into_view(
        make_rig: RigFactory, emulator: EscPosEmulator, qtbot: QtBot, tmp_path: Path) -> None:
    """A technician with poor sight: the form keeps the width for its fields, and a refusal is seen
    even though the message now scrolls with the form and the field typed in was far down it."""
    path = tmp_path / "kiosk.toml"
    path.write_text('[backend]\nurl = "http://127.0.0.1:9"\nkiosk_id = "demo-kiosk-01"\nkiosk_secret = "x"\n\n'
                    '[card_reader]\nkind = "pcsc"\n\n[printer]\nkind = "tcp"\naddress = "127.0.0.1:9100"\n')
    rig, view = _maintenance(make_rig, emulator, config_path=path)
    rig.window.apply_theme(False, True)
    lay_out_at(qtbot, rig.window, 1080, 1920)
    view.show_tab(MaintenanceTab.SETTINGS)
    page = view.settings_page
    qtbot.waitUntil(lambda: page.field("printer.port").text() == "9100", timeout=3000)
    qtbot.waitUntil(lambda: page.texts_in_form, timeout=3000)  # the message scrolls: the form keeps the height
    for key, row in page.rows.items():  # each name beside its field or above it, never over it; wide fields
        if row.field is not None and row.field.isVisible():
            name = QRect(row.name.mapTo(page.form, QPoint(0, 0)), row.name.size())
            assert not name.intersects(QRect(row.field.mapTo(page.form, QPoint(0, 0)), row.field.size())), key
            assert row.field.width() >= 480, key
    for tab in view.tab_buttons:  # every tab's word whole, however many rows the tabs take
        assert tab.fontMetrics().horizontalAdvance(tab.text()) < tab.width()
    _type(qtbot, view, "session.idle_warning_s", "90")  # the last field: the form scrolled down to it
    _type(qtbot, view, "printer.port", "91000")
    tap(qtbot, button(view, "maintenance-settings-save"))
    qtbot.waitUntil(lambda: page.error_text("printer.port") != "", timeout=TIMEOUT)
    message = label(view, "maintenance-settings-message")
    assert message.text().startswith("Not saved")
    viewport = page.host.scroll_area().viewport()

    def message_in_view() -> bool:
        return viewport.rect().contains(QRect(message.mapTo(viewport, QPoint(0, 0)), message.size()))

    qtbot.waitUntil(message_in_view, timeout=3000)


def test_the_log_shows_the_redacted_tail_and_filters_by_level(make_rig: RigFactory, emulator: EscPosEmulator,
                                                              qtbot: QtBot) -> None:
    _rig, view = _maintenance(make_rig, emulator)
    logging.getLogger("kiosk.test").warning("phone +358401234567 typed")
    logging.getLogger("kiosk.test").error("a failure of the kiosk's own")
    view.show_tab(MaintenanceTab.LOG)
    text = view.log_page.shown_text()
    assert "kiosk.test: phone <phone> typed" in text and "+358401234567" not in text
    tap(qtbot, button(view, "maintenance-log-errors"))
    errors = view.log_page.shown_text().splitlines()
    # (the log tail is the process's: a test before this one may have left a CRITICAL line)
    assert errors and all(" ERROR " in line or " CRITICAL " in line for line in errors if line[:4].isdigit())
    assert "a failure of the kiosk's own" in errors[-1]


def test_the_touch_test_lights_where_it_is_touched(make_rig: RigFactory, emulator: EscPosEmulator,
                                                   qtbot: QtBot) -> None:
    _rig, view = _maintenance(make_rig, emulator)
    view.show_tab(MaintenanceTab.ACTIONS)
    tap(qtbot, button(view, "maintenance-touch-test"))
    grid = view.touch_test.grid
    qtbot.waitUntil(grid.isVisible, timeout=3000)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(grid.width() - 5, grid.height() - 5))
    assert grid.lit() == 2
    assert label(view, "touch-test-progress").text() == f"2 of {grid.cells} cells touched"
    tap(qtbot, button(view, "touch-test-close"))
    assert not view.touch_test.isVisible()
    assert "Export diagnostics" in visible_texts(view)


def test_on_a_low_screen_at_large_text_the_test_page_goes_under_the_controls(make_rig: RigFactory,
                                                                             emulator: EscPosEmulator,
                                                                             qtbot: QtBot) -> None:
    """At 1366x768 with large text the controls' words and the test page's picture do not fit side by side
    (the page was 1,386 px wide in a view of 1,248, its right edge cut): the picture goes under them, and
    comes back beside them at normal text."""
    from PySide6.QtWidgets import QScrollArea

    rig, view = _maintenance(make_rig, emulator)
    tap(qtbot, button(view, "maintenance-tab-printer"))
    page = view.printer_page
    paper = find(page, "maintenance-print-paper")
    controls = button(page, "maintenance-print-test")
    scroll = paper.parentWidget().parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    for large, under in ((True, True), (False, False)):
        rig.window.apply_theme(False, large)
        lay_out_at(qtbot, rig.window, 1366, 768)
        qtbot.waitUntil(lambda under=under: (paper.y() > controls.y()) == under, timeout=3000)
        assert scroll.widget().width() <= scroll.viewport().width()
