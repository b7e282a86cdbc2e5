"""The window's own duties: the theme it applies and, in kiosk mode, the lockdown."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app_events import app_events
from kiosk.session import Stage
from kiosk.views.portal import Section
from kiosk.views.theme import FONT_SIZES, LARGE_TEXT_CAP_PT, Layout, build_stylesheet, choose_layout, font_points
from kiosk.views.window import KioskWindow
from tests.fixtures.kiosk import KioskRig, RigFactory
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, label, settle, tap

pytestmark = pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)


# --- theme ------------------------------------------------------------------------------------------


def _sizes(qss: str) -> list[int]:
    return [int(n) for n in re.findall(r"font-size:\s*(\d+)pt", qss)]


def test_large_text_doubles_every_font_size_up_to_the_cap() -> None:
    normal, large = _sizes(build_stylesheet(False, False)), _sizes(build_stylesheet(False, True))
    assert len(normal) == len(large) > 10
    assert all(big == max(size, min(size * 2, LARGE_TEXT_CAP_PT)) for size, big in zip(normal, large, strict=True))
    assert font_points("body", True) == 2 * font_points("body") and font_points("caption", True) == 36
    assert font_points("title", True) == LARGE_TEXT_CAP_PT  # a heading grows, but not past the cap
    assert font_points("code", True) == font_points("code")  # the event code is large already
    assert min(normal) >= 18  # body text never below 18 pt
    assert font_points("code") >= 96
    assert FONT_SIZES["body"] >= 18


def test_high_contrast_is_white_and_yellow_on_black_with_thick_borders() -> None:
    qss = build_stylesheet(True, False)
    normal = build_stylesheet(False, False)
    assert "#00563F" in normal and "#F5F1E8" in normal  # deep green on warm off-white
    assert "background: #000000" in qss
    assert "color: #FFFFFF" in qss and "#FFE500" in qss

    def button_border(sheet: str) -> int:
        rule = re.search(r"\nQPushButton \{([^}]*)\}", sheet)
        assert rule is not None
        width = re.search(r"border: (\d+)px solid", rule.group(1))
        assert width is not None
        return int(width.group(1))

    assert button_border(qss) >= 4 > button_border(normal)


@pytest.mark.parametrize(("high_contrast", "large_text"), [(False, False), (True, False), (False, True), (True, True)])
def test_every_variant_parses_and_keeps_the_spinner_coloured(qtbot: QtBot, high_contrast: bool,
                                                             large_text: bool) -> None:
    from kiosk.views.widgets import Spinner

    host = QWidget()
    qtbot.addWidget(host)
    spinner = Spinner(40, host)
    text = QLabel("x", host)
    text.setProperty("role", "body")
    host.setStyleSheet(build_stylesheet(high_contrast, large_text))  # a parse error is a Qt warning
    host.ensurePolished()
    spinner.ensurePolished()
    text.ensurePolished()
    expected = "#ffe500" if high_contrast else "#00563f"
    assert spinner.color.name() == expected
    assert text.font().pointSize() == font_points("body", large_text)


# --- lockdown ---------------------------------------------------------------------------------------


class Probe(QWidget):
    """Records what reaches it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.seen: list[QEvent.Type] = []

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ContextMenu, QEvent.Type.DragEnter):
            self.seen.append(event.type())
        return super().event(event)


@pytest.fixture
def locked(make_rig: RigFactory, qtbot: QtBot) -> Iterator[tuple[KioskRig, KioskWindow]]:
    rig = make_rig(with_window=False)
    window = KioskWindow(rig.session, kiosk_mode=True, touch_only=True)
    qtbot.addWidget(window)
    window.show()
    try:
        yield rig, window
    finally:
        window.allow_close()  # also restores the cursor and lifts the filter
        window.close()
        while QApplication.overrideCursor() is not None:  # never leave a blank cursor behind
            QApplication.restoreOverrideCursor()


def _events(probe: QWidget) -> None:
    QApplication.sendEvent(probe, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(probe, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier))
    QApplication.sendEvent(probe, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5)))
    mime = QMimeData()
    mime.setText("dropped")
    with warnings.catch_warnings():
        # PySide marks the QPoint overload deprecated but does not always offer the QPointF one.
        warnings.simplefilter("ignore", DeprecationWarning)
        drag = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(probe, drag)


def test_kiosk_mode_keeps_the_shopper_inside(locked: tuple[KioskRig, KioskWindow], qtbot: QtBot) -> None:
    rig, window = locked
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert not window.acceptDrops()
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor

    assert window.close() is False  # a close request is refused
    assert window.isVisible()

    probe = Probe(window.views[Stage.ATTRACT])
    _events(probe)
    assert probe.seen == []  # Escape, Alt+F4, the context menu and the drag never arrive
    ordinary = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(probe, ordinary)
    assert probe.seen == [QEvent.Type.KeyPress]  # other keys still work (the on-screen keyboard types)
    assert rig.session.stage is Stage.ATTRACT

    window.allow_close()
    assert QApplication.overrideCursor() is None
    assert window.close() is True


def test_outside_kiosk_mode_nothing_is_locked(kiosk_rig: KioskRig) -> None:
    window = kiosk_rig.window
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert QApplication.overrideCursor() is None
    probe = Probe(window.views[Stage.ATTRACT])
    _events(probe)
    assert QEvent.Type.KeyPress in probe.seen and QEvent.Type.ContextMenu in probe.seen


def test_grab_screen_writes_a_full_size_png(kiosk_rig: KioskRig, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    path = kiosk_rig.window.grab_screen(tmp_path / "shots" / "attract.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1920, 1080)
    # Every pixel as the window shows it: the quicker file loses nothing.
    shown = kiosk_rig.window.grab().toImage()
    assert image.convertToFormat(QImage.Format.Format_RGB32) == shown.convertToFormat(QImage.Format.Format_RGB32)


def test_accessibility_title_shows_all_its_lines_when_it_wraps(kiosk_rig) -> None:  # type: ignore[no-untyped-def]
    window = kiosk_rig.window
    panel = window.a11y_panel
    panel.title.setText("Tee näytöstä helpompi lukea ja katsella pitkilläkin sanoilla " * 2)  # wraps
    window.apply_theme(False, True)  # large text: the longest it gets
    panel.open_panel()
    kiosk_rig.qtbot.waitUntil(panel.isVisible)
    title = panel.title
    assert title.height() >= title.heightForWidth(title.width())
    panel.close_panel()


# --- start-up ----------------------------------------------------------------------------------------


def _address(widget: QObject) -> int:
    """The C++ object's address: a Python wrapper's id() may be another's after it is gone."""
    return int(shiboken6.getCppPointer(widget)[0])


class StyleChanges(QObject):
    """How often each widget was styled (QEvent.StyleChange), application-wide."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[int] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.seen[_address(watched)] += 1
        return False


def _stack_views(window: KioskWindow) -> list[str]:
    return sorted(type(window.stack.widget(i)).__name__ for i in range(window.stack.count()))


def test_a_kiosk_window_styles_the_attract_screen_once(make_rig: RigFactory, qtbot: QtBot) -> None:
    """A restyle walks every widget (0.29 s of a terminal's start once): the window takes its
    frameless flag and its style sheet before its first widget, so no widget of the screen
    a terminal starts on is styled more than once."""
    rig = make_rig(with_window=False)
    app = QApplication.instance()
    assert app is not None
    changes = StyleChanges()
    app.installEventFilter(changes)
    window = KioskWindow(rig.session, kiosk_mode=True, touch_only=False)
    qtbot.addWidget(window)
    try:
        with qtbot.waitExposed(window):
            window.show()
        assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
        attract = window.views[Stage.ATTRACT]
        widgets = [attract, *attract.findChildren(QWidget)]
        assert len(widgets) > 20
        restyled = [type(widget).__name__ for widget in widgets if changes.seen[_address(widget)] > 1]
        assert restyled == []
    finally:
        app.removeEventFilter(changes)
        window.allow_close()
        window.close()


def test_before_its_first_frame_the_window_has_only_the_attract_screen(make_rig: RigFactory, qtbot: QtBot) -> None:
    """What the attract screen does not show waits for its first frame; a card that comes
    sooner (one left in the reader while the kiosk restarted) still meets screens that
    know where the session is, each built as it is needed."""
    rig = make_rig(with_window=False)
    window = KioskWindow(rig.session)
    qtbot.addWidget(window)
    assert _stack_views(window) == ["AttractView"]

    rig.insert("staff")  # its PIN screen is built on the way to it: the card's tries already said
    rig.wait_stage(Stage.PIN)
    pin = window.current_view()
    assert pin is window.views[Stage.PIN]
    known = rig.session.pin_tries_known
    assert known is not None
    assert label(pin, "pin-tries").text() == pin.tr("%n tries left.", "", known)
    assert not label(pin, "pin-tries").isHidden()
    qtbot.waitUntil(lambda: window.views.is_built(Stage.STAFF))  # while the PIN is typed: ready when it is in
    assert _stack_views(window) == ["AttractView", "PinView", "ReadingView", "StaffView"]
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    assert window.current_view() is window.views[Stage.ATTRACT]


# --- every screen size ----------------------------------------------------------------------------


def _resize(rig: KioskRig, width: int, height: int) -> None:
    rig.window.resize(width, height)
    rig.qtbot.waitUntil(lambda: (rig.window.width(), rig.window.height()) == (width, height))
    settle()


def _in_window(rig: KioskRig, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(rig.window, QPoint(0, 0)), widget.size())


def test_a_portrait_screen_gets_the_navigation_as_tabs_at_the_bottom_live(kiosk_rig: KioskRig) -> None:
    from kiosk.views.portal import PortalView

    rig = kiosk_rig
    rig.open_portal("matti")
    portal = rig.window.views[Stage.PORTAL]
    assert isinstance(portal, PortalView)
    assert rig.window.layout_kind() is Layout.WIDE
    nav = _in_window(rig, portal.nav)
    assert nav.left() == 0 and nav.width() == 480 and nav.height() > 800  # the side column

    _resize(rig, 1080, 1920)  # the window turned: the layout follows at once
    assert rig.window.layout_kind() is Layout.PORTRAIT
    nav = _in_window(rig, portal.nav)
    assert nav.width() == 1080 and nav.bottom() == 1919 and nav.height() < 300  # a bar along the foot
    tabs = [_in_window(rig, b) for b in portal.nav_buttons.values()]
    assert len({t.top() for t in tabs}) == 1 and all(t.height() >= 96 and t.width() >= 150 for t in tabs)
    assert all(a.right() < b.left() for a, b in pairwise(tabs))  # side by side, none on another
    # the End button and the languages stay in the header, above the page
    assert _in_window(rig, portal.end_button).bottom() < _in_window(rig, portal.pages).top()
    tap(rig.qtbot, portal.nav_buttons[Section.COMMUNICATION])
    assert portal.current_section() is Section.COMMUNICATION

    _resize(rig, 1366, 768)
    assert rig.window.layout_kind() is Layout.COMPACT
    assert _in_window(rig, portal.nav).width() == 340
    _resize(rig, 1920, 1080)
    assert rig.window.layout_kind() is Layout.WIDE and _in_window(rig, portal.nav).width() == 480


def test_compact_type_is_smaller_but_body_text_stays_readable() -> None:
    compact = _sizes(build_stylesheet(False, False, layout=Layout.COMPACT))
    wide = _sizes(build_stylesheet(False, False))
    assert all(c <= w for c, w in zip(compact, wide, strict=True)) and sum(compact) < sum(wide)
    assert font_points("body", layout=Layout.COMPACT) * 96 / 72 >= 18  # px at 96 dpi
    assert choose_layout(1920, 1080) is Layout.WIDE and choose_layout(3840 // 2, 2160 // 2) is Layout.WIDE
    assert choose_layout(1080, 1920) is Layout.PORTRAIT
    assert choose_layout(1280, 1024) is Layout.COMPACT and choose_layout(1366, 768) is Layout.COMPACT
    assert choose_layout(1920, 1080, "portrait") is Layout.PORTRAIT
    assert choose_layout(1080, 1920, "landscape") is Layout.COMPACT


def test_a_screen_that_reports_the_wrong_geometry_can_be_told_its_orientation(make_rig: RigFactory) -> None:
    rig = make_rig(with_window=False)
    window = KioskWindow(rig.session, orientation="portrait")
    rig.qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    rig.qtbot.waitUntil(lambda: window.layout_kind() is Layout.PORTRAIT)
    assert window.styleSheet() == build_stylesheet(False, False, layout=Layout.PORTRAIT)


# --- the application's filter -------------------------------------------------------------------------


class Kinds(QObject):
    """The kinds of events an application filter is asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[QEvent.Type] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen[event.type()] += 1
        return False


@pytest.fixture
def painted_rig(make_rig: RigFactory) -> KioskRig:
    """A rig whose window paints, as a terminal's does; made in the test's setup, whose events pytest-qt
    processes before the test (the window's first paint among them)."""
    return make_rig(painted=True)


def test_painting_restyling_and_building_a_screen_leave_the_python_filter_out(painted_rig: KioskRig,
                                                                              qtbot: QtBot) -> None:
    """Every event through the application's filter is a call into Python with a wrapper made for the widget
    and the event: the paint events of one repaint doubled its CPU (issue 13). No input can come while the
    window paints, restyles, builds a screen or retranslates, so the filter is set aside then, and input
    reaches it after."""
    window = painted_rig.window
    app = QApplication.instance()
    assert app is not None and window is not None
    watched = (QEvent.Type.Paint, QEvent.Type.StyleChange, QEvent.Type.ChildAdded, QEvent.Type.LanguageChange,
               QEvent.Type.KeyPress)
    ours, everything = Kinds(), Kinds()
    app_events().watch(ours, watched)
    app.installEventFilter(everything)  # a filter of its own: what was sent at all
    try:
        assert not window.views.is_built(Stage.ENDING)
        window.repaint()
        window.apply_theme(True, False)
        window.views[Stage.ENDING]
        QApplication.postEvent(window, QEvent(QEvent.Type.LanguageChange))  # as a new translator does
        QApplication.sendPostedEvents(window, QEvent.Type.LanguageChange)
        assert all(everything.seen[kind] > 0 for kind in watched[:4])
        assert [ours.seen[kind] for kind in watched[:4]] == [0, 0, 0, 1]  # the window's own, before it passes it on
        QTest.keyClick(window, Qt.Key.Key_A)
        assert ours.seen[QEvent.Type.KeyPress] == 1
    finally:
        app.removeEventFilter(everything)
        app_events().unwatch(ours)
