"""The kiosk by keys alone (kiosk.views.keypad): a whole visit, the focus order, the PIN pad, the ring.

Every key goes where a keypad's would: to the focused control (or the window when nothing
has focus), through the application's event filters, as Qt delivers it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QListView, QWidget
from pytestqt.qtbot import QtBot

from kiosk.flows.output import OutputStep
from kiosk.session import Stage
from kiosk.views.keypad import RING_GAP, RING_WIDTH, Action, action_for, pick_towards, rect_in
from kiosk.views.portal import PortalView, Section
from kiosk.views.theme import HIGH_CONTRAST, NORMAL
from kiosk.views.widgets import TabButton
from kiosk.views.window import KioskWindow
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, all_texts, button, label, settle

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)

K = Qt.Key


def press(rig: KioskRig, key: K, text: str = "") -> None:
    """One key as the keypad sends it: to the focused widget of the window, or to the window."""
    focus = QApplication.focusWidget()
    target = focus if focus is not None and focus.window() is rig.window else rig.window
    rig.qtbot.keyClick(target, key) if not text else rig.qtbot.keyClicks(target, text)
    settle()


def ring_on(rig: KioskRig) -> QWidget | None:
    current: QWidget | None = rig.window.keypad.current()
    return current


def name_on(rig: KioskRig) -> str:
    current = ring_on(rig)
    return current.objectName() if current is not None else ""


def wait_ring(rig: KioskRig, name: str, timeout: int = 10000) -> None:
    try:
        rig.qtbot.waitUntil(lambda: name_on(rig) == name, timeout=timeout)
    except Exception:
        raise AssertionError(f"ring on {name_on(rig)!r}, not {name!r}") from None


def tab_to(rig: KioskRig, found: Callable[[QWidget], bool], what: str, limit: int = 80) -> QWidget:
    """Tab until the ring is on a control `found` accepts: it is reachable by keys."""
    for _ in range(limit):
        current = ring_on(rig)
        if current is not None and found(current):
            return current
        press(rig, K.Key_Tab)
    raise AssertionError(f"Tab never reached {what}; the ring is on {name_on(rig)!r}")


def tab_to_name(rig: KioskRig, name: str) -> QWidget:
    return tab_to(rig, lambda w: w.objectName() == name, name)


# --- pure parts ------------------------------------------------------------------------------------


def test_the_keypads_keys_mean_the_same_everywhere() -> None:
    assert action_for(K.Key_Up, "") is Action.UP
    assert action_for(K.Key_Return, "\r") is Action.OK and action_for(K.Key_Enter, "\r") is Action.OK
    assert action_for(K.Key_Escape, "") is Action.BACK
    assert action_for(K.Key_Backspace, "\b") is Action.DELETE
    assert action_for(K.Key_5, "5") is Action.DIGIT
    assert action_for(K.Key_Clear, "") is Action.WHERE  # the keypad's 5 without Num Lock
    assert action_for(K.Key_Tab, "\t", Qt.KeyboardModifier.ShiftModifier) is Action.PREVIOUS
    assert action_for(K.Key_F4, "", Qt.KeyboardModifier.AltModifier) is None  # the lockdown's, not ours
    assert action_for(K.Key_A, "a") is None  # letters type


def test_an_arrow_goes_to_the_nearest_control_that_way() -> None:
    # a PIN pad: 1 2 3 / 4 5 6, and Done standing beside both rows
    keys = {str(n + 1): QRect(100 * (n % 3), 100 * (n // 3), 90, 90) for n in range(6)}
    keys["done"] = QRect(300, 0, 90, 190)
    rects = [(rect, name) for name, rect in keys.items()]

    def go(start: str, action: Action) -> str | None:
        return pick_towards(keys[start], [(r, n) for r, n in rects if n != start], action)

    assert go("1", Action.RIGHT) == "2" and go("1", Action.DOWN) == "4"
    assert go("5", Action.UP) == "2" and go("5", Action.LEFT) == "4"
    assert go("3", Action.RIGHT) == "done" and go("6", Action.RIGHT) == "done"
    assert go("1", Action.UP) is None and go("4", Action.LEFT) is None


# --- a whole visit ----------------------------------------------------------------------------------


@pytest.mark.long_running
def test_a_whole_visit_by_keys_alone(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    window = rig.window
    rig.wait_stage(Stage.ATTRACT)

    # The language: the first key puts the ring on the chosen one; arrows move, OK chooses.
    press(rig, K.Key_Down)
    assert name_on(rig) == "lang-fi"
    press(rig, K.Key_Right)
    press(rig, K.Key_Right)
    assert name_on(rig) == "lang-en"
    press(rig, K.Key_Return)
    rig.qtbot.waitUntil(lambda: rig.session.language == "en", timeout=5000)
    assert label(window.current_view(), "attract-instruction").text().startswith("Insert")

    # The display options open and close by keys too (OK, then back).
    tab_to_name(rig, "a11y-button")
    press(rig, K.Key_Return)
    assert window.a11y_panel.isVisible()
    assert window.keypad.scope() is window.a11y_panel  # the dialog holds the ring
    press(rig, K.Key_Escape)
    assert not window.a11y_panel.isVisible()

    # The card (the reader is hardware), then the phone screen: back cancels, and a way on is chosen by keys.
    rig.insert("matti")
    rig.wait_pending_confirmation()
    rig.wait_stage(Stage.CONFIRMING)
    wait_ring(rig, "confirming-cancel")  # the new screen's first control has the ring at once
    press(rig, K.Key_Escape)
    rig.qtbot.waitUntil(lambda: rig.session.confirm_outcome.name == "USER_CANCEL", timeout=10000)
    wait_ring(rig, "confirming-retry")
    press(rig, K.Key_Return)
    rig.approve_phone()
    rig.wait_stage(Stage.PORTAL)
    portal = window.current_view()
    assert isinstance(portal, PortalView)
    wait_ring(rig, "nav-home")  # the section on show

    # Every section by the arrows, and every tab of each by Tab and OK.
    rig.qtbot.waitUntil(lambda: rig.session.summary is not None, timeout=10000)
    for section in (Section.BONUS, Section.PARTICIPATE, Section.DETAILS, Section.COMMUNICATION):
        press(rig, K.Key_Down)
        assert name_on(rig) == f"nav-{section.value}"
        press(rig, K.Key_Return)
        assert portal.current_section() is section
        page = portal.pages.currentWidget()
        tabs = [t for t in page.findChildren(TabButton) if t.isVisible()]
        for tab in tabs:
            tab_to(rig, lambda w, tab=tab: w is tab, tab.text())
            press(rig, K.Key_Return)
            assert tab.isChecked()
        tab_to_name(rig, f"nav-{section.value}")
    for section in (Section.DETAILS, Section.PARTICIPATE, Section.BONUS):
        press(rig, K.Key_Up)
        assert name_on(rig) == f"nav-{section.value}"
    press(rig, K.Key_Return)

    # Receipts: to the tab, into the list, row by row down (the list scrolls), OK opens one.
    receipts_tab = tab_to_name(rig, "tab-receipts")
    press(rig, K.Key_Return)
    assert receipts_tab.isChecked()
    receipts = portal.section_pages[Section.BONUS].content.receipts  # type: ignore[attr-defined]
    rig.qtbot.waitUntil(lambda: receipts.model.is_first_page_in() and not receipts.model.is_loading(),
                        timeout=10000)
    rows = tab_to(rig, lambda w: isinstance(w, QListView), "the receipts list")
    assert isinstance(rows, QListView)
    assert rows.currentIndex().row() == 0
    start = rows.verticalScrollBar().value()
    for _ in range(12):
        press(rig, K.Key_Down)
    assert name_on(rig) == "receipts-list" and rows.currentIndex().row() == 12
    assert rows.verticalScrollBar().value() > start  # the list scrolled to keep the row in view
    wanted = receipts.model.receipt(12).id
    press(rig, K.Key_Return)
    rig.qtbot.waitUntil(lambda: receipts.detail() is not None, timeout=10000)
    assert receipts.detail().id == wanted
    wait_ring(rig, "receipt-back")

    # Print, the output overlay by keys, back to the receipt and to the list.
    tab_to_name(rig, "receipt-print")
    press(rig, K.Key_Return)
    output = window.output
    assert output is not None
    rig.qtbot.waitUntil(lambda: output.isVisible(), timeout=10000)
    rig.qtbot.waitUntil(lambda: rig.kiosk.output.state.step is OutputStep.PRINTED, timeout=20000)
    assert len(rig.kiosk.printer.printed) == 1
    rig.qtbot.waitUntil(lambda: ring_on(rig) is not None and output.isAncestorOf(ring_on(rig)), timeout=10000)
    press(rig, K.Key_Escape)
    rig.qtbot.waitUntil(lambda: not output.isVisible(), timeout=10000)
    wait_ring(rig, "receipt-print")  # back where it was before the dialog

    # Take to phone: the QR code's dialog, closed by back.
    tab_to_name(rig, "receipt-phone")
    press(rig, K.Key_Return)
    rig.qtbot.waitUntil(lambda: rig.kiosk.output.state.step is OutputStep.LINK_READY, timeout=20000)
    rig.qtbot.waitUntil(lambda: ring_on(rig) is not None and output.isAncestorOf(ring_on(rig)), timeout=10000)
    press(rig, K.Key_Escape)
    rig.qtbot.waitUntil(lambda: not output.isVisible(), timeout=10000)
    wait_ring(rig, "receipt-phone")
    press(rig, K.Key_Escape)
    rig.qtbot.waitUntil(lambda: rows.isVisible(), timeout=10000)

    # The end: the End button by keys, the thank-you screen, and back to the start.
    tab_to_name(rig, "portal-end")
    press(rig, K.Key_Return)
    rig.wait_stage(Stage.ENDING)
    rig.remove()
    rig.wait_stage(Stage.ATTRACT, timeout=15000)
    assert not window.keypad.keys_in_use and not window.keypad.ring.isVisible()  # the next shopper starts clean


# --- focus order -----------------------------------------------------------------------------------


def test_focus_order_follows_the_screen_and_tab_goes_round(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    rig.wait_stage(Stage.ATTRACT)
    navigator = rig.window.keypad
    assert [w.objectName() for w in navigator.candidates()] == ["lang-fi", "lang-sv", "lang-en", "a11y-button"]
    press(rig, K.Key_Tab)
    seen = [name_on(rig)]
    for _ in range(4):
        press(rig, K.Key_Tab)
        seen.append(name_on(rig))
    assert seen == ["lang-fi", "lang-sv", "lang-en", "a11y-button", "lang-fi"]  # round, never stuck
    press(rig, K.Key_Backtab)
    assert name_on(rig) == "a11y-button"

    rig.open_portal()
    wait_ring(rig, "nav-home")
    order = [w.objectName() for w in navigator.candidates()]
    header = order.index("portal-end")
    navs = [order.index(f"nav-{s.value}") for s in Section]
    assert order.index("lang-fi") < header < navs[0]  # the header first, left to right
    assert navs == sorted(navs) and navs == list(range(navs[0], navs[0] + len(navs)))  # the navigation top down
    press(rig, K.Key_Up)  # up from the first section: the header above it
    assert name_on(rig) in {"lang-fi", "lang-sv", "lang-en", "portal-end"}
    press(rig, K.Key_Right)
    press(rig, K.Key_Right)
    press(rig, K.Key_Right)
    assert name_on(rig) in {"portal-end", "a11y-button"}  # right along the header row


# --- the PIN pad -----------------------------------------------------------------------------------


def test_the_pin_pad_by_keys_types_deletes_and_never_names_the_pin(kiosk_rig: KioskRig) -> None:
    from backend.demo_cards import DEMO_CARD_PINS

    rig = kiosk_rig
    pin = DEMO_CARD_PINS["staff"]
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    view = rig.window.current_view()
    dots = label(view, "pin-dots")

    press(rig, K.Key_Down)  # the ring onto the pad
    first = ring_on(rig)
    assert first is not None and first.objectName() == "key" and first.property("keyValue") == "1"
    press(rig, K.Key_Right)
    assert ring_on(rig) is not None and ring_on(rig).property("keyValue") == "2"  # type: ignore[union-attr]
    press(rig, K.Key_Return)  # OK presses the key under the ring
    assert dots.text().count("●") == 1
    press(rig, K.Key_Backspace)  # back deletes
    assert dots.text().count("●") == 0

    for digit in pin[:-1]:  # the hardware digits type
        press(rig, getattr(K, f"Key_{digit}"), digit)
    assert dots.text().count("●") == len(pin) - 1
    # the last digit by the arrows over the pad, then Done by the ring
    target = next(k for k in view.findChildren(QAbstractButton, "key")
                  if k.isVisible() and k.property("keyValue") == pin[-1])
    for _ in range(12):
        if ring_on(rig) is target:
            break
        here, there = rect_in(ring_on(rig), rig.window), rect_in(target, rig.window)  # type: ignore[arg-type]
        if there.top() > here.bottom():
            press(rig, K.Key_Down)
        elif there.bottom() < here.top():
            press(rig, K.Key_Up)
        else:
            press(rig, K.Key_Right if there.left() > here.left() else K.Key_Left)
    assert ring_on(rig) is target
    press(rig, K.Key_Return)
    assert dots.text().count("●") == len(pin)
    names = [t for w in view.findChildren(QWidget) for t in (w.accessibleName(), w.accessibleDescription())]
    assert not any(pin in t for t in names)  # no accessible name holds the PIN
    assert pin not in " ".join(t for t in all_texts(view) if t != view.field.text())  # type: ignore[attr-defined]
    done = next(k for k in view.findChildren(QAbstractButton, "key-action")
                if k.isVisible() and k.property("role") == "done")
    for _ in range(6):
        if ring_on(rig) is done:
            break
        press(rig, K.Key_Right)
    assert ring_on(rig) is done
    press(rig, K.Key_Return)
    rig.wait_stage(Stage.STAFF)
    staff = rig.window.current_view()
    rig.qtbot.waitUntil(lambda: ring_on(rig) is not None and staff.isAncestorOf(ring_on(rig)), timeout=10000)


def test_the_pin_screen_typed_on_hardware_keys_then_ok_submits_and_escape_cancels(kiosk_rig: KioskRig) -> None:
    from backend.demo_cards import DEMO_CARD_PINS

    rig = kiosk_rig
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    dots = label(rig.window.current_view(), "pin-dots")
    press(rig, K.Key_9, "9")
    assert dots.text().count("●") == 1
    press(rig, K.Key_Escape)  # back out of the pad, then back: Cancel
    press(rig, K.Key_Escape)
    rig.qtbot.waitUntil(lambda: rig.session.stage is not Stage.PIN, timeout=10000)
    assert rig.session.staff_role is None or rig.session.stage is not Stage.STAFF

    rig.remove()
    rig.wait_stage(Stage.ATTRACT, timeout=15000)
    rig.qtbot.wait(1000)  # a card reinserted within the reader's poll may go unseen (DESIGN 4)
    rig.insert("staff")
    rig.wait_stage(Stage.PIN)
    for digit in DEMO_CARD_PINS["staff"]:
        press(rig, getattr(K, f"Key_{digit}"), digit)
    press(rig, K.Key_Return)  # after typed digits OK means Done
    rig.wait_stage(Stage.STAFF)


# --- the focus ring --------------------------------------------------------------------------------


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_the_focus_ring_is_wide_and_contrasting_and_changes_no_size(kiosk_rig: KioskRig, high_contrast: bool) -> None:
    rig = kiosk_rig
    window = rig.window
    rig.wait_stage(Stage.ATTRACT)
    window.apply_theme(high_contrast, False)
    settle()
    target = button(window.current_view(), "lang-sv")
    geometries = {w: w.geometry() for w in window.findChildren(QWidget) if w.isVisible()}
    before = window.grab().toImage()

    press(rig, K.Key_Down)
    press(rig, K.Key_Right)
    assert ring_on(rig) is target
    rig.qtbot.waitUntil(lambda: window.keypad.ring.isVisible(), timeout=5000)
    settle()
    after = window.grab().toImage()
    moved = [w.objectName() for w, g in geometries.items() if w.geometry() != g]
    assert moved == []  # focusing changed no widget's size or place

    ratio = after.devicePixelRatio()
    box = rect_in(target, window)
    y = box.center().y()
    band = _changed_run(before, after, box.left() - 1, y, -1, ratio)
    assert band >= 3, f"the ring is {band} px wide at the left"
    band_top = _changed_run(before, after, box.center().x(), box.top() - 1, 0, ratio, vertical=True)
    assert band_top >= 3, f"the ring is {band_top} px wide at the top"
    ring = QColor(after.pixel(round((box.left() - RING_GAP - RING_WIDTH // 2) * ratio), round(y * ratio)))
    around = QColor(before.pixel(round((box.left() - RING_GAP - RING_WIDTH // 2) * ratio), round(y * ratio)))
    assert ring == QColor((HIGH_CONTRAST if high_contrast else NORMAL).focus_ring)
    assert _contrast(ring, around) >= 3.0, f"{ring.name()} on {around.name()}"
    outside = QColor(after.pixel(round((box.left() - RING_GAP - RING_WIDTH - 3) * ratio), round(y * ratio)))
    assert _contrast(ring, outside) >= 3.0  # against what surrounds it, not only what it covers


def _changed_run(before: QImage, after: QImage, x: int, y: int, step_x: int, ratio: float, *,
                 vertical: bool = False) -> int:
    """How many px, going outward from (x, y), changed colour between the two pictures (past a gap)."""
    run = 0
    started = False
    for offset in range(0, 20):
        px, py = (x, y - offset) if vertical else (x + step_x * offset, y)
        point = QPoint(round(px * ratio), round(py * ratio))
        changed = before.pixel(point) != after.pixel(point)
        if changed:
            started = True
            run += 1
        elif started:
            break
    return round(run / ratio)


# --- the on-screen keyboard ------------------------------------------------------------------------


def test_the_on_screen_keyboard_by_keys_and_a_keyboard_types_straight_in(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    rig.open_portal()
    portal = rig.window.current_view()
    assert isinstance(portal, PortalView)
    portal.show_section(Section.BONUS)
    page = portal.section_pages[Section.BONUS].content
    page.show_tab(1)  # type: ignore[attr-defined]
    receipts = page.receipts  # type: ignore[attr-defined]
    field = receipts.search_field
    press(rig, K.Key_Down)
    tab_to_name(rig, "receipts-search")
    rig.qtbot.waitUntil(lambda: receipts.keyboard.isVisible(), timeout=5000)

    press(rig, K.Key_Down)  # from the field onto its keys: the field keeps the focus
    key = ring_on(rig)
    assert key is not None and key.objectName() == "key" and field.hasFocus()
    typed = key.property("keyValue")
    press(rig, K.Key_Return)
    assert field.text() == typed
    press(rig, K.Key_Right)
    assert ring_on(rig) is not key and ring_on(rig).objectName().startswith("key")  # type: ignore[union-attr]
    press(rig, K.Key_Backspace)  # back deletes, the ring stays on the keys
    assert field.text() == ""
    press(rig, K.Key_Up)  # up off the top row: back to the field
    assert ring_on(rig) is field

    press(rig, K.Key_Down)
    press(rig, K.Key_Escape)  # back: off the keys, to the field
    assert ring_on(rig) is field
    rig.qtbot.keyClicks(field, "maito")  # a keyboard's letters type straight into the field
    assert field.text() == "maito"
    press(rig, K.Key_Backspace)
    assert field.text() == "mait"


# --- notices, dialogs inside a page, and the home key -------------------------------------------------


def test_a_notice_a_pages_dialog_and_the_home_key_by_keys(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    window = rig.window
    rig.wait_stage(Stage.ATTRACT)
    heard: list[str] = []
    window.keypad.where_am_i.connect(lambda w: heard.append(w.objectName() if w is not None else ""))
    press(rig, K.Key_5, "5")  # the marked key: where am I (nothing types digits here)
    assert heard == ["lang-fi"] and window.keypad.ring.isVisible()
    press(rig, K.Key_3, "3")  # another digit where nothing takes digits does nothing
    assert name_on(rig) == "lang-fi" and rig.session.language == "fi"

    rig.insert("foreign")  # not our card: a notice with its OK
    rig.wait_stage(Stage.NOTICE)
    wait_ring(rig, "notice-ok")
    press(rig, K.Key_Return)
    rig.qtbot.waitUntil(lambda: rig.session.stage is not Stage.NOTICE, timeout=10000)
    rig.remove()
    rig.wait_stage(Stage.ATTRACT, timeout=15000)
    rig.qtbot.wait(1000)  # a card reinserted within the reader's poll may go unseen (DESIGN 4)

    rig.open_portal()
    portal = window.current_view()
    assert isinstance(portal, PortalView)
    portal.show_section(Section.PARTICIPATE)
    participate = portal.section_pages[Section.PARTICIPATE].content
    rig.qtbot.waitUntil(lambda: any(b.isVisible() for b in participate.findChildren(QAbstractButton, "panel-action")),
                        timeout=10000)
    action = tab_to_name(rig, "panel-action")
    press(rig, K.Key_Return)  # join (or leave): asked first, in a dialog over the page
    no = button(participate, "participate-confirm-no")
    rig.qtbot.waitUntil(no.isVisible, timeout=5000)
    rig.qtbot.waitUntil(lambda: name_on(rig).startswith("participate-confirm"), timeout=5000)
    press(rig, K.Key_Tab)
    press(rig, K.Key_Tab)
    assert name_on(rig).startswith("participate-confirm")  # Tab goes round inside the dialog, never under it
    press(rig, K.Key_Escape)  # back: No
    rig.qtbot.waitUntil(lambda: not no.isVisible(), timeout=5000)
    rig.qtbot.waitUntil(lambda: ring_on(rig) is action, timeout=5000)  # the ring is back where it was


def test_in_kiosk_mode_escape_is_back_and_alt_f4_stays_locked(make_rig: RigFactory, qtbot: QtBot) -> None:
    rig = make_rig(with_window=False)
    window = KioskWindow(rig.session, kiosk_mode=True, touch_only=False)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.activateWindow()  # keys go to the active window (a terminal's only one)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    try:
        rig.wait_stage(Stage.ATTRACT)
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus if focus is not None else window, K.Key_Down)  # keys in use: the ring shows
        window.keypad.move_to(window.a11y_button)
        qtbot.keyClick(window.a11y_button, K.Key_Return)
        assert window.a11y_panel.isVisible()
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus if focus is not None else window, K.Key_Escape)
        assert not window.a11y_panel.isVisible()  # the lockdown let the keypad's back through
        qtbot.keyClick(window, K.Key_F4, Qt.KeyboardModifier.AltModifier)
        assert window.isVisible() and window.close() is False
        assert window._lockdown is not None and window._lockdown.swallowed >= 1
    finally:
        window.allow_close()
        window.close()


def test_a_dialog_closed_before_the_ring_entered_it_leaves_nothing_to_come_back_to(qtbot: QtBot) -> None:
    """A dialog opened and closed by two quick keys, before the ring had followed into it, and a key on:
    when the ring's control goes later, the ring goes to the screen's next control. It went back to the
    button that had opened the dialog long before, and stayed there (the whole visit by keys, under load:
    the accessibility button, after Back on the phone screen)."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from kiosk.views.keypad import KeypadNavigator

    window = QWidget()
    window.resize(800, 600)
    opener = QPushButton("Display options", window)  # the window's own button, as the accessibility button
    opener.setObjectName("opener")
    opener.setGeometry(700, 10, 90, 60)
    screen = QWidget(window)
    screen.setGeometry(0, 100, 800, 500)
    column = QVBoxLayout(screen)
    first, second = QPushButton("Try again", screen), QPushButton("Card only", screen)
    first.setObjectName("first")
    second.setObjectName("second")
    column.addWidget(first)
    column.addWidget(second)
    scrim = QWidget(window)  # a dialog's layer: the ring stays inside it while it shows
    scrim.setObjectName("scrim")
    scrim.setGeometry(window.rect())
    close = QPushButton("Close", scrim)
    close.setObjectName("dialog-close")
    close.setGeometry(300, 250, 200, 80)
    scrim.hide()
    opener.clicked.connect(scrim.show)
    close.clicked.connect(scrim.hide)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # focus goes only to the active window
    keypad = KeypadNavigator(window)
    try:
        keypad.press(Action.NEXT)
        keypad.move_to(opener)
        keypad.press(Action.OK)  # no event handled between these keys: the ring never follows into the dialog
        assert scrim.isVisible()
        keypad.press(Action.BACK)
        assert not scrim.isVisible()
        keypad.press(Action.NEXT)
        assert keypad.current() is first
        first.hide()  # the ring's control goes (a page of the screen turned)
        qtbot.waitUntil(lambda: keypad.current() is not None and keypad.current() is not first, timeout=2000)
        settle()
        assert keypad.current() is second
    finally:
        keypad.uninstall()
