"""The PIN screen of staff and technician cards, and what opens after it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backend.demo_cards import DEMO_CARD_PINS, DEMO_KIOSK_ID
from kiosk.devices.ownercard import select_applet, verify_pin
from kiosk.session import Notice, Stage
from kiosk.views.notice import notice_texts
from testbed.layout_check import problems
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.kiosk.views.helpers import button, find, label, lay_out_at, tap, visible_texts


def _pin_screen(rig: KioskRig, card: str):  # type: ignore[no-untyped-def]
    rig.insert(card)
    rig.wait_stage(Stage.PIN)
    screen = rig.window.views[Stage.PIN]
    rig.qtbot.waitUntil(screen.isVisible, timeout=3000)
    return screen


def _key(screen, value: str):  # type: ignore[no-untyped-def]
    """The keypad's key typing `value` (or, for "done", its Done key)."""
    keys = [k for k in screen.keypad.key_buttons() if k.isVisible()]
    if value == "done":
        return next(k for k in keys if k.property("role") == "done")
    return next(k for k in keys if k.property("keyValue") == value)


def test_the_pin_pad_shows_its_keys_at_once_and_dots_for_digits(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    screen = _pin_screen(kiosk_rig, "staff")
    assert screen.keypad.isVisible()  # no tap on a field needed to get the keys
    assert not screen.field.isVisible()  # the PIN itself is never on screen
    assert label(screen, "pin-dots").text() == "○ ○ ○ ○"
    assert not button(screen, "pin-ok").isEnabled()
    for digit in "258":
        tap(qtbot, _key(screen, digit))
    assert label(screen, "pin-dots").text() == "● ● ● ○"
    assert not button(screen, "pin-ok").isEnabled()
    tap(qtbot, _key(screen, "0"))
    assert label(screen, "pin-dots").text() == "● ● ● ●"
    assert "2580" not in visible_texts(screen)
    assert button(screen, "pin-ok").isEnabled()


def test_done_on_the_keypad_submits_the_pin(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    screen = _pin_screen(rig, "staff")
    for digit in DEMO_CARD_PINS["staff"]:
        tap(qtbot, _key(screen, digit))
    tap(qtbot, _key(screen, "done"))
    rig.wait_stage(Stage.STAFF)
    assert screen.field.text() == ""  # nothing of the PIN kept after it


def test_a_wrong_pin_says_how_many_tries_are_left_and_a_double_tap_spends_one(kiosk_rig: KioskRig,
                                                                               qtbot: QtBot) -> None:
    rig = kiosk_rig
    screen = _pin_screen(rig, "staff")
    screen.field.setText("1111")
    ok = button(screen, "pin-ok")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # a double tap
    qtbot.waitUntil(lambda: rig.session.pin_tries_left is not None, timeout=5000)
    qtbot.wait(300)
    assert rig.session.pin_tries_left == 2
    error = label(screen, "pin-error")
    assert error.isVisible() and error.text() == screen.tr("Wrong PIN. %n tries left.", "", 2)
    assert error.property("role") == "banner-title"  # in the warning style, on the warning banner
    assert find(screen, "pin-warning").property("surface") == "banner"
    assert screen.field.text() == ""  # type again from the start
    assert screen.keypad.isVisible()


def test_the_last_wrong_try_ends_at_card_locked_not_another_pin(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    screen = _pin_screen(rig, "technician")
    for left in (2, 1):
        screen.field.setText("1111")
        tap(qtbot, button(screen, "pin-ok"))
        qtbot.waitUntil(lambda left=left: rig.session.pin_tries_left == left, timeout=5000)
    screen.field.setText("1111")
    tap(qtbot, button(screen, "pin-ok"))
    rig.wait_stage(Stage.NOTICE)
    notice = rig.window.views[Stage.NOTICE]
    qtbot.waitUntil(notice.isVisible, timeout=3000)
    assert label(notice, "notice-title").text() == notice_texts(Notice.PIN_BLOCKED)[0]
    assert not screen.isVisible()
    assert screen.field.text() == ""


def test_the_right_pin_opens_the_staff_menu(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    screen = _pin_screen(rig, "staff")
    screen.field.setText(DEMO_CARD_PINS["staff"])
    tap(qtbot, button(screen, "pin-ok"))
    rig.wait_stage(Stage.STAFF)
    staff = rig.window.views[Stage.STAFF]
    qtbot.waitUntil(staff.isVisible, timeout=3000)
    assert "Liisa" in label(staff, "staff-menu-greeting").text()
    assert staff.maintenance is not None and not staff.maintenance.isVisible()  # maintenance mode is for technicians
    tap(qtbot, button(staff, "staff-menu-end"))
    rig.wait_stage(Stage.ENDING)
    assert label(staff, "staff-menu-greeting").text() == ""


def test_the_staff_screen_is_built_while_the_pin_is_typed_with_the_cards_part_only(kiosk_rig: KioskRig,
                                                                                   qtbot: QtBot) -> None:
    """No member needs the staff screen: it comes with a staff card, ready before the PIN is in."""
    from kiosk.views.maintenance import MaintenanceView
    from kiosk.views.staff.desk import StaffDesk

    rig = kiosk_rig
    assert not rig.window.views.is_built(Stage.STAFF)
    assert rig.kiosk.staff is None and rig.kiosk.maintenance is None  # their flows come with the card too
    _pin_screen(rig, "staff")
    assert rig.kiosk.staff is not None and rig.kiosk.maintenance is not None
    qtbot.waitUntil(lambda: rig.window.views.is_built(Stage.STAFF), timeout=5000)  # nothing typed yet
    staff = rig.window.views[Stage.STAFF]
    assert len(staff.findChildren(StaffDesk)) == 1
    assert staff.findChildren(MaintenanceView) == []  # a technician's part, for a technician's card
    rig.session.submit_pin(DEMO_CARD_PINS["staff"])
    rig.wait_stage(Stage.STAFF)
    qtbot.waitUntil(staff.desk.isVisible, timeout=3000)
    assert staff.findChildren(MaintenanceView) == []


def test_a_technician_gets_maintenance_mode_and_no_secret(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    screen = _pin_screen(rig, "technician")
    screen.field.setText(DEMO_CARD_PINS["technician"])
    tap(qtbot, button(screen, "pin-ok"))
    rig.wait_stage(Stage.STAFF)
    staff = rig.window.views[Stage.STAFF]
    qtbot.waitUntil(staff.maintenance.isVisible, timeout=3000)
    assert not staff.staff_menu.isVisible()
    where = label(staff, "maintenance-status-where").text()
    assert DEMO_KIOSK_ID in where and rig.backend.url in where
    shown = " ".join(w.text() for w in staff.findChildren(type(label(staff, "maintenance-title"))))
    assert rig.kiosk.config.backend.kiosk_secret not in shown
    from kiosk.views.staff.desk import StaffDesk

    assert staff.findChildren(StaffDesk) == []  # the staff desk is a staff card's


def test_cancel_at_the_pin_returns_to_the_start(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    screen = _pin_screen(rig, "staff")
    tap(qtbot, button(screen, "pin-cancel"))
    rig.wait_stage(Stage.ENDING)
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)


def test_the_tries_left_show_before_a_pin_is_typed(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    card = rig.devices.cards["staff"]
    card.power_on()
    card.process(select_applet())
    card.process(verify_pin("1111"))  # a wrong try at some earlier visit
    screen = _pin_screen(rig, "staff")
    tries = label(screen, "pin-tries")
    qtbot.waitUntil(tries.isVisible, timeout=3000)
    assert tries.text() == screen.tr("%n tries left.", "", 2)
    assert not label(screen, "pin-error").isVisible()
    screen.field.setText("1111")
    tap(qtbot, button(screen, "pin-ok"))
    qtbot.waitUntil(lambda: rig.session.pin_tries_left == 1, timeout=5000)
    assert not tries.isVisible()  # the wrong-PIN message says it now
    assert label(screen, "pin-error").text() == screen.tr("Wrong PIN. %n tries left.", "", 1)
    tap(qtbot, button(screen, "pin-cancel"))
    rig.wait_stage(Stage.ENDING)
    assert tries.text() == "" and label(screen, "pin-error").text() == ""  # nothing kept for the next card


def test_a_blocked_card_gets_no_pin_pad(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    rig = kiosk_rig
    card = rig.devices.cards["technician"]
    card.power_on()
    card.process(select_applet())
    for _ in range(3):
        card.process(verify_pin("1111"))
    rig.insert("technician")
    rig.wait_stage(Stage.NOTICE)
    screen = rig.window.views[Stage.NOTICE]
    qtbot.waitUntil(screen.isVisible, timeout=3000)
    assert label(screen, "notice-title").text() == notice_texts(Notice.PIN_BLOCKED)[0]
    assert not rig.window.views[Stage.PIN].isVisible()


def test_the_pin_pad_fits_a_short_and_a_tall_screen(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    """On 1366x768 and 1080x1920, in Finnish (the longest title), with the wrong-PIN warning
    shown: the title whole, no key on another, every key a finger's height."""
    rig = kiosk_rig
    screen = _pin_screen(rig, "staff")
    rig.session.submit_pin("0000")  # not the demo staff card's PIN
    qtbot.waitUntil(lambda: rig.session.pin_tries_left is not None, timeout=5000)
    qtbot.waitUntil(find(screen, "pin-warning").isVisible, timeout=3000)
    for width, height in ((1366, 768), (1080, 1920)):
        lay_out_at(qtbot, rig.window, width, height)
        assert problems(rig.window) == [], f"at {width}x{height}"
        keys = [key for key in screen.keypad.key_buttons() if key.isVisible()]
        assert len(keys) == 12  # 0-9, backspace, Done
        assert min(key.height() for key in keys) >= 64, f"at {width}x{height}"


def test_the_pin_pads_done_key_keeps_its_word_at_large_text(kiosk_rig: KioskRig, qtbot: QtBot) -> None:
    """"Valmis" at 48 pt is wider than a quarter of the pad: Done takes the width its word needs from the
    digits (still a finger's width) and gives it back when large text is turned off."""
    rig = kiosk_rig
    screen = _pin_screen(rig, "staff")
    done = _key(screen, "done")
    lay_out_at(qtbot, rig.window, 1920, 1080)
    normal_width = done.width()
    rig.window.apply_theme(False, True)
    for width, height in ((1920, 1080), (1080, 1920)):  # the sizes held at large text (issue 17)
        lay_out_at(qtbot, rig.window, width, height)
        assert problems(rig.window, wide_pages=True) == [], f"at {width}x{height}"
        assert done.width() > normal_width, f"at {width}x{height}"
        digits = [key for key in screen.keypad.key_buttons() if key.isVisible() and key.property("keyValue")]
        assert min(key.width() for key in digits) >= 64, f"at {width}x{height}"
    rig.window.apply_theme(False, False)
    lay_out_at(qtbot, rig.window, 1920, 1080)
    assert done.width() == normal_width


@pytest.mark.parametrize("size", [(1366, 768), (1280, 1024)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_on_a_compact_screen_at_large_text_the_instruction_and_a_wrong_pins_warning_show_whole(
        make_rig: RigFactory, qtbot: QtBot, size: tuple[int, int]) -> None:
    """768 px cannot hold the instruction's two lines above a keypad of finger-sized keys: beside the keypad,
    over the dots, the instruction, the tries and a wrong PIN's warning show whole (the instruction was cut
    to one and a half lines)."""
    rig = make_rig()
    rig.window.apply_theme(False, True)
    lay_out_at(qtbot, rig.window, *size)
    screen = _pin_screen(rig, "staff")
    lay_out_at(qtbot, rig.window, *size)
    assert problems(rig.window, wide_pages=True) == []
    screen.field.setText("1111")
    qtbot.mouseClick(button(screen, "pin-ok"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rig.session.pin_tries_left == 2, timeout=5000)
    qtbot.waitUntil(label(screen, "pin-error").isVisible, timeout=3000)
    lay_out_at(qtbot, rig.window, *size)
    assert problems(rig.window, wide_pages=True) == []
    assert screen.keypad.isVisible() and screen.keypad.x() > label(screen, "pin-instruction").x()
