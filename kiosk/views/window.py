"""The kiosk's one window: a screen per session stage, the overlays on top, the theme,
and (in kiosk mode) the lockdown that keeps shoppers inside the application.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPixmapCache, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.flows.output import OutputFlow
from kiosk.session import Session, Stage
from kiosk.views.attract import AttractView
from kiosk.views.confirming import ConfirmingView
from kiosk.views.ending import EndingView
from kiosk.views.fonts import register_fonts
from kiosk.views.notice import NoticeView
from kiosk.views.output_overlay import OutputOverlay
from kiosk.views.overlays import (
    A11Y_RIGHT,
    A11Y_SIZE,
    A11Y_TOP,
    AccessibilityButton,
    AccessibilityPanel,
    BusyOverlay,
    IdleWarningOverlay,
)
from kiosk.views.pin import PinView
from kiosk.views.portal import PortalView
from kiosk.views.reading import ReadingView
from kiosk.views.staff import StaffView
from kiosk.views.theme import DESIGN_HEIGHT, DESIGN_WIDTH, FollowsLayout, Layout, build_stylesheet, choose_layout

_SWALLOWED = frozenset({QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove,
                        QEvent.Type.DragLeave, QEvent.Type.Drop})
_KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})


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


class KioskWindow(QWidget):
    """One view per Stage in a stack (switched on stage_changed), overlays on top.

    Designed for 1920x1080; a larger window just gives the layouts more room. Other screens
    get a `Layout` of their own (theme.choose_layout: COMPACT type for 1366x768 or 1280x1024,
    PORTRAIT with the navigation at the bottom for 1080x1920), chosen again on every resize,
    or forced by `orientation` ("landscape" / "portrait") for a screen that reports its
    geometry wrong. In kiosk
    mode it is frameless, cannot be closed (until `allow_close()`), and Escape, Alt+F4,
    context menus and drag-and-drop are swallowed application-wide. With `touch_only`
    the mouse cursor is hidden.
    """

    def __init__(self, session: Session, *, kiosk_mode: bool = False, touch_only: bool = False,
                 about: dict[str, str] | None = None, output: OutputFlow | None = None,
                 orientation: str = "auto", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orientation = orientation
        self._layout = Layout.WIDE
        self._fonts = register_fonts()  # before any widget measures text
        self._session = session
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

        self.stack = QStackedWidget(self)
        self.views: dict[Stage, QWidget] = {
            Stage.ATTRACT: AttractView(session),
            Stage.READING: ReadingView(session),
            Stage.CONFIRMING: ConfirmingView(session),
            Stage.PORTAL: PortalView(session),
            Stage.PIN: PinView(session),
            Stage.STAFF: StaffView(session, about),
            Stage.NOTICE: NoticeView(session),
            Stage.ENDING: EndingView(session),
        }
        for view in self.views.values():
            self.stack.addWidget(view)

        # Created in stacking order: each later one lies above the earlier ones.
        self.busy = BusyOverlay(session, self)
        self.a11y_panel = AccessibilityPanel(self)
        self.output = OutputOverlay(session, output, self) if output is not None else None
        self.idle = IdleWarningOverlay(session, self)
        self.a11y_button = AccessibilityButton(self)

        self.a11y_button.toggled.connect(self._a11y_toggled)
        self.a11y_panel.closed.connect(lambda: self.a11y_button.setChecked(False))
        self.a11y_panel.options_changed.connect(self.apply_theme)
        session.stage_changed.connect(self._show_stage)
        session.wiped.connect(self._wiped)

        self.apply_theme(False, False)
        self._show_stage(session.stage)
        self.retranslate()
        self.resize(DESIGN_WIDTH, DESIGN_HEIGHT)
        if kiosk_mode:
            self._lock_down()

    # --- stages and overlays -----------------------------------------------------------------

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show_stage(self, stage: Stage) -> None:
        self.stack.setCurrentWidget(self.views[stage])
        if stage is Stage.ATTRACT:
            self.reset_accessibility()

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
        for widget in (*self.views.values(), self.busy, self.a11y_panel, self.output, self.idle):
            if isinstance(widget, FollowsLayout):
                widget.set_layout(layout)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._follow_size()
        rect = self.rect()
        self.stack.setGeometry(rect)
        self.idle.setGeometry(rect)
        self.a11y_panel.setGeometry(rect)
        if self.output is not None:
            self.output.setGeometry(rect)
        self.busy.place()
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
        """Style the window for these choices (the panel shows the same choices)."""
        if self._theme != (high_contrast, large_text):
            self._theme = (high_contrast, large_text)
            self.setStyleSheet(build_stylesheet(high_contrast, large_text, self._fonts, self._layout))
        self.a11y_panel.set_options(high_contrast, large_text)

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
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        app = QApplication.instance()
        if app is not None:
            self._lockdown = Lockdown(self)
            app.installEventFilter(self._lockdown)
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
            app.removeEventFilter(self._lockdown)
            self._lockdown = None
        if self._cursor_overridden:
            QApplication.restoreOverrideCursor()
            self._cursor_overridden = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_allowed:
            event.ignore()
            return
        self._release()
        super().closeEvent(event)

    # --- screenshots ---------------------------------------------------------------------------

    def grab_screen(self, path: str | Path) -> Path:
        """Save what the window shows now as a PNG (for the screen tour)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        return path
