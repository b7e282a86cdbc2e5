"""The kiosk's one window: a screen per session stage, the overlays on top, the theme,
and (in kiosk mode) the lockdown that keeps shoppers inside the application.

Only the attract screen is built with the window: it is the screen a terminal starts
on, and everything else (the portal above all) would only delay its first picture. Any
other view is built the first time it is asked for (its stage comes, a test looks at it),
or ahead by `build_ahead()`, which a terminal calls once its first picture is up
(`first_frame`, kiosk.app.run_window): every screen a member may meet. The PIN and staff
screens are not among them: staff and technicians are rare at a terminal, and their
screens (keypads, forms, maintenance mode) would be a sixth of the kiosk's memory from
the start to no member's use. The PIN screen is built when a staff card asks for its
PIN, the staff screen while the PIN is typed. `build_all()` builds every view. Each
view sets itself to the session's state when it is built, so when it is built makes no
difference to what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QImageWriter, QKeyEvent, QPaintEvent, QPixmapCache, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.app_events import app_events, set_aside
from kiosk.session import Session, Stage
from kiosk.views import accessibility
from kiosk.views.attract import AttractView
from kiosk.views.fonts import register_fonts
from kiosk.views.keypad import KeypadNavigator
from kiosk.views.overlays import (
    A11Y_RIGHT,
    A11Y_SIZE,
    A11Y_TOP,
    AccessibilityButton,
    AccessibilityPanel,
    BusyOverlay,
    IdleWarningOverlay,
)
from kiosk.views.theme import DESIGN_HEIGHT, DESIGN_WIDTH, FollowsLayout, Layout, build_stylesheet, choose_layout

if TYPE_CHECKING:
    from kiosk.flows.maintenance import MaintenanceFlow
    from kiosk.flows.output import OutputFlow
    from kiosk.flows.staff import StaffFlow
    from kiosk.views.output_overlay import OutputOverlay

_SWALLOWED = frozenset({QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove,
                        QEvent.Type.DragLeave, QEvent.Type.Drop})
_KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})
_STORMS = (QEvent.Type.UpdateRequest, QEvent.Type.LanguageChange)
"""Events to the window that it passes on to every widget in it, sent at once (KioskWindow.event)."""
_PNG_FASTEST = 80
"""Qt's PNG quality for zlib level 1: Qt maps quality q to level (100 - q) * 9 // 91 (90 and up: no compression)."""
_STAFF_STAGES = frozenset({Stage.PIN, Stage.STAFF})  # not built ahead: see the module's docstring


def is_escape_key(event: QKeyEvent) -> bool:
    """Keys a shopper could use to leave or close the application (Escape, Alt+F4)."""
    key = event.key()
    if key == Qt.Key.Key_Escape:
        return True
    return key == Qt.Key.Key_F4 and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)


class Lockdown(QObject):
    """Application event filter of kiosk mode: no Escape or Alt+F4, no context menus, no drops."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.swallowed = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _SWALLOWED or (kind in _KEY_EVENTS and isinstance(event, QKeyEvent) and is_escape_key(event)):
            self.swallowed += 1
            return True
        return False


def build_view(stage: Stage, session: Session, about: Callable[[], dict[str, str]] | None,
               maintenance: MaintenanceFlow | None, parent: QWidget, staff: StaffFlow | None = None) -> QWidget:
    """The view of `stage`, its module imported only now: the attract screen never waits for the others.

    Built inside `parent` (the window's stack), so that a view built on the way to its
    stage is already where it will be shown when it sets itself up (the PIN screen's field
    takes the focus, which opens the keypad). `about` gives what the maintenance view
    shows; it is asked for only when that view is built (reading the installed version
    takes a moment).
    """
    if stage is Stage.ATTRACT:
        return AttractView(session, parent)
    if stage is Stage.READING:
        from kiosk.views.reading import ReadingView

        return ReadingView(session, parent)
    if stage is Stage.CONFIRMING:
        from kiosk.views.confirming import ConfirmingView

        return ConfirmingView(session, parent)
    if stage is Stage.PORTAL:
        from kiosk.views.portal import PortalView

        return PortalView(session, parent)
    if stage is Stage.PIN:
        from kiosk.views.pin import PinView

        return PinView(session, parent)
    if stage is Stage.STAFF:
        from kiosk.views.staff import StaffView

        return StaffView(session, about() if about is not None else None, maintenance, parent, staff=staff)
    if stage is Stage.NOTICE:
        from kiosk.views.notice import NoticeView

        return NoticeView(session, parent)
    from kiosk.views.ending import EndingView

    return EndingView(session, parent)


class StageViews(Mapping[Stage, QWidget]):
    """Every stage's view, each built (and put in the window's stack) the first time it is asked for."""

    def __init__(self, build: Callable[[Stage], QWidget]) -> None:
        self._build = build
        self._built: dict[Stage, QWidget] = {}

    def __getitem__(self, stage: Stage) -> QWidget:
        view = self._built.get(stage)
        if view is None:
            view = self._built[stage] = self._build(stage)
        return view

    def __iter__(self) -> Iterator[Stage]:
        return iter(Stage)

    def __len__(self) -> int:
        return len(Stage)

    def is_built(self, stage: Stage) -> bool:
        return stage in self._built

    def build(self, stages: Iterable[Stage]) -> None:
        for stage in stages:
            self[stage]


class KioskWindow(QWidget):
    """One view per Stage in a stack (switched on stage_changed), overlays on top.

    Designed for 1920x1080; a larger window just gives the layouts more room. Other screens
    get a `Layout` of their own (theme.choose_layout: COMPACT type for 1366x768 or 1280x1024,
    PORTRAIT with the navigation at the bottom for 1080x1920), chosen again on every resize,
    or forced by `orientation` ("landscape" / "portrait") for a screen that reports its
    geometry wrong; views built later are given the layout of the moment. In kiosk
    mode it is frameless, cannot be closed (until `allow_close()`), and Escape, Alt+F4,
    context menus and drag-and-drop are swallowed application-wide. With `touch_only`
    the mouse cursor is hidden.

    `first_frame` is emitted once, just after the window's first picture went to the screen.
    """

    first_frame = Signal()

    def __init__(self, session: Session, *, kiosk_mode: bool = False, touch_only: bool = False,
                 about: Callable[[], dict[str, str]] | None = None, output: OutputFlow | None = None,
                 staff: StaffFlow | None = None, orientation: str = "auto",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orientation = orientation
        self._layout = Layout.WIDE
        if kiosk_mode:
            # Window flags first: set on a styled window, they re-create it and polish every widget again.
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self._fonts = register_fonts()  # before any widget measures text
        accessibility.install()  # before any widget is asked about: tabs and pictures say what they are
        self._session = session
        self._about = about
        self._maintenance: MaintenanceFlow | None = None
        self._staff = staff  # the staff menu's flows, for the staff screen when it is built
        self._flow = output
        self._output: OutputOverlay | None = None
        self._painted = False
        self.kiosk_mode = kiosk_mode
        self.touch_only = touch_only
        self._close_allowed = not kiosk_mode
        self._cursor_overridden = False
        self._lockdown: Lockdown | None = None
        self._theme: tuple[bool, bool] | None = None
        self.setObjectName("kiosk-window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._style(False, False)  # before the first child: each widget is polished once, in this style

        self.stack = QStackedWidget(self)
        self.views = StageViews(self._add_view)

        # Created in stacking order: each later one lies above the earlier ones (the
        # output overlay, built later, is put in its place between them).
        self.busy = BusyOverlay(session, self)
        self.a11y_panel = AccessibilityPanel(self)
        self.idle = IdleWarningOverlay(session, self)
        self.a11y_button = AccessibilityButton(self)

        self.a11y_button.toggled.connect(self._a11y_toggled)
        self.a11y_panel.closed.connect(lambda: self.a11y_button.setChecked(False))
        self.a11y_panel.options_changed.connect(self.apply_theme)
        session.stage_changed.connect(self._show_stage)
        session.wiped.connect(self._wiped)
        if output is not None:
            # Built ahead after the first picture (build_ahead), or here by the first print or phone link if
            # that has not happened (the screen tour never builds ahead: its receipt output showed no dialog).
            output.changed.connect(self._output_needed)

        self._show_stage(session.stage)
        self.retranslate()
        self.resize(DESIGN_WIDTH, DESIGN_HEIGHT)
        if kiosk_mode:
            self._lock_down()
        # after the lockdown: an application's filters run latest first, and Escape is "back" here
        self.keypad = KeypadNavigator(self, activity=session.user_activity)

    # --- stages and overlays -----------------------------------------------------------------

    def _add_view(self, stage: Stage) -> QWidget:
        with set_aside():  # each widget's Create, Polish, ChildAdded...: no input can come while a view is built
            view = build_view(stage, self._session, self._about, self._maintenance, self.stack, self._staff)
        self.stack.addWidget(view)
        if self._layout is not Layout.WIDE and isinstance(view, FollowsLayout):
            view.set_layout(self._layout)  # views are made WIDE; this screen is not
        return view

    def set_maintenance(self, flow: MaintenanceFlow) -> None:
        """Maintenance mode, made with the first staff or technician card: the staff screen, built after, gets it."""
        assert not self.views.is_built(Stage.STAFF), "the staff screen was built before maintenance mode was made"
        self._maintenance = flow

    def set_staff(self, flow: StaffFlow) -> None:
        """The staff menu's flows, made with the first staff or technician card: the staff screen, built after,
        gets them."""
        assert not self.views.is_built(Stage.STAFF), "the staff screen was built before the staff flows were made"
        self._staff = flow

    @property
    def output(self) -> OutputOverlay | None:
        """The receipt-output overlay (None without an output flow), built the first time it is needed."""
        if self._output is None and self._flow is not None:
            self._output = self._build_output(self._flow)
        return self._output

    def _output_needed(self) -> None:
        if self._output is None:
            _ = self.output  # built, it shows the flow's state and follows it from here

    def _build_output(self, flow: OutputFlow) -> OutputOverlay:
        from kiosk.views.output_overlay import OutputOverlay

        overlay = OutputOverlay(self._session, flow, self)
        overlay.set_layout(self._layout)
        overlay.setGeometry(self.rect())
        overlay.stackUnder(self.idle)  # above the views and the accessibility panel, below the idle warning
        return overlay

    def build_ahead(self) -> None:
        """Build every view and overlay a member may meet, so that none keeps a member waiting later."""
        self.views.build(stage for stage in Stage if stage not in _STAFF_STAGES)
        if self._output is None and self._flow is not None:
            self._output = self._build_output(self._flow)

    def build_all(self) -> None:
        """Every view and overlay, the staff screen's parts too (to look at every widget: tests, the tour)."""
        from kiosk.views.staff import StaffView

        self.build_ahead()
        staff = self.views[Stage.STAFF]
        if isinstance(staff, StaffView):
            staff.build_all()

    def event(self, event: QEvent) -> bool:
        if event.type() in _STORMS:
            # The window's repaint, or a new language: a PaintEvent to every widget that changed, or a
            # LanguageChange to every widget, each through the application's filter into Python, which doubled a
            # repaint's CPU. No input can come while the window paints or retranslates; what a retranslation
            # posts (a banner's new layout, which the announcer reads) comes after, to the filter back in place.
            with set_aside():
                return super().event(event)
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_frame.emit)  # queued: once this frame is on the screen

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show_stage(self, stage: Stage) -> None:
        view = self.views[stage]
        changed = self.stack.currentWidget() is not view
        self.stack.setCurrentWidget(view)
        if stage is Stage.ATTRACT:
            self.reset_accessibility()
        if changed and hasattr(self, "keypad"):  # (not while the window is being built)
            if stage is Stage.ATTRACT:
                self.keypad.reset()  # the next shopper: no ring until a key is pressed
            self.keypad.screen_changed()
        if stage is Stage.PIN and not self.views.is_built(Stage.STAFF):
            # While the PIN is typed (seconds), once the PIN screen is painted: the staff screen is then
            # ready when the card opens the staff session.
            QTimer.singleShot(0, self, self._build_staff)

    def _build_staff(self) -> None:
        if self._session.stage is Stage.PIN:
            self.views[Stage.STAFF]

    def layout_kind(self) -> Layout:
        """The arrangement the screens have now (named so as not to hide QWidget.layout())."""
        return self._layout

    def _follow_size(self) -> None:
        layout = choose_layout(self.width(), self.height(), self.orientation)
        if layout is self._layout:
            return
        self._layout = layout
        if self._theme is not None:
            self.setStyleSheet(build_stylesheet(*self._theme, self._fonts, layout))
        built = [self.views[stage] for stage in Stage if self.views.is_built(stage)]
        for widget in (*built, self.busy, self.a11y_panel, self._output, self.idle):
            if isinstance(widget, FollowsLayout):
                widget.set_layout(layout)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._follow_size()
        rect = self.rect()
        self.stack.setGeometry(rect)
        self.idle.setGeometry(rect)
        self.a11y_panel.setGeometry(rect)
        if self._output is not None:
            self._output.setGeometry(rect)
        self.busy.place()
        if hasattr(self, "keypad"):
            self.keypad.ring.setGeometry(rect)
        self.a11y_button.move(rect.width() - A11Y_SIZE - A11Y_RIGHT, A11Y_TOP)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Owner-customer service"))

    # --- accessibility -------------------------------------------------------------------------

    @property
    def high_contrast(self) -> bool:
        return bool(self._theme and self._theme[0])

    @property
    def large_text(self) -> bool:
        return bool(self._theme and self._theme[1])

    def apply_theme(self, high_contrast: bool, large_text: bool) -> None:
        """Style the window for these choices (the panel shows the same choices); large text also
        gives the shopper longer idle times."""
        self._style(high_contrast, large_text)
        self.a11y_panel.set_options(high_contrast, large_text)
        self._session.set_assistive("large_text", large_text)

    def _style(self, high_contrast: bool, large_text: bool) -> None:
        if self._theme != (high_contrast, large_text):
            self._theme = (high_contrast, large_text)
            with set_aside():  # a StyleChange, PaletteChange and FontChange to every widget
                self.setStyleSheet(build_stylesheet(high_contrast, large_text, self._fonts, self._layout))

    def _wiped(self) -> None:
        """The session is over: display options back to defaults, and no rendered image of it cached."""
        QPixmapCache.clear()
        self.reset_accessibility()

    def reset_accessibility(self) -> None:
        """Back to the defaults: after a session, and on the attract screen."""
        self.a11y_panel.close_panel()
        self.apply_theme(False, False)

    def _a11y_toggled(self, checked: bool) -> None:
        if checked:
            self.a11y_panel.open_panel()
        else:
            self.a11y_panel.close_panel()

    # --- lockdown ----------------------------------------------------------------------------------

    def _lock_down(self) -> None:
        app = QApplication.instance()
        if app is not None:
            self._lockdown = Lockdown(self)
            app_events().watch(self._lockdown, _SWALLOWED | _KEY_EVENTS)
        if self.touch_only:
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self._cursor_overridden = True

    def allow_close(self) -> None:
        """For shutdown: the next close() closes, and the lockdown is lifted."""
        self._close_allowed = True
        self._release()

    def _release(self) -> None:
        app = QApplication.instance()
        if self._lockdown is not None and app is not None:
            app_events().unwatch(self._lockdown)
            self._lockdown = None
        if self._cursor_overridden:
            QApplication.restoreOverrideCursor()
            self._cursor_overridden = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_allowed:
            event.ignore()
            return
        self._release()
        self.keypad.uninstall()
        super().closeEvent(event)

    # --- screenshots ---------------------------------------------------------------------------

    def grab_screen(self, path: str | Path) -> Path:
        """Save what the window shows now as a PNG (for the screen tour).

        Opaque RGB at zlib's fastest level: Qt's default (its alpha channel, level 6) took ~100 ms a
        screen, a quarter of a tour's CPU, for files ~15 % smaller."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = QImageWriter(str(path), b"PNG")
        writer.setQuality(_PNG_FASTEST)
        if not writer.write(self.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)):
            raise OSError(f"could not write {path}: {writer.errorString()}")
        return path
