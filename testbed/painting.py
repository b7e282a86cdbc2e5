"""A window that paints only when asked: for checks and tests that run offscreen, where no one sees it.

Painting was a fifth of a view test's CPU and a sixth of a screen tour's (issue 13), and only the
checks that read the window's picture (testbed.a11y_check) need it, once a screen. QWidget.grab is
untouched: it renders the widget itself, not the window's picture.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


class PaintsOnDemand(QObject):
    """Keeps a window from painting: its update requests (the one event in which Qt paints what changed) are
    dropped until `paint`. Qt then posts no new request, so this filter is called about once; what changed
    is remembered by Qt and painted at `paint`, the picture then as incremental painting would have left it.
    An expose (the window shown, or resized) is painted as always: it comes from the platform, not as a
    request."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._painting = False
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        return not self._painting and event.type() == QEvent.Type.UpdateRequest

    def paint(self, *, whole: bool = False) -> None:
        """Paint what changed since the last paint, now; `whole`: every widget the window shows."""
        self._painting = True
        try:
            if whole:
                self._window.update()
            QCoreApplication.sendEvent(self._window, QEvent(QEvent.Type.UpdateRequest))
        finally:
            self._painting = False


def paint_pending(window: QWidget) -> None:
    """Whatever the window has still to paint, painted now (through its PaintsOnDemand if it has one)."""
    painter = window.findChild(PaintsOnDemand)
    if painter is not None:
        painter.paint()
    else:
        QCoreApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
