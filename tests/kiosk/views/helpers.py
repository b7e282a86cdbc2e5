"""Finding and checking widgets the way a shopper meets them: visible, by name, by text."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

PROPAGATE_SIZE_HINTS = r"This plugin does not support propagateSizeHints\(\)"


def settle() -> None:
    """Run what is queued for the event loop now: layouts, repaints and deleteLater's deletions.

    What a fixed short wait did, without guessing how long that takes on a loaded machine.
    """
    QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def find(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one widget called `name` under `root`."""
    matches = root.findChildren(kind, name)
    assert len(matches) == 1, f"expected one {kind.__name__} named {name!r}, found {len(matches)}"
    return matches[0]


def label(root: QWidget, name: str) -> QLabel:
    widget = find(root, name, QLabel)
    assert isinstance(widget, QLabel)
    return widget


def button(root: QWidget, name: str) -> QAbstractButton:
    widget = find(root, name, QAbstractButton)
    assert isinstance(widget, QAbstractButton)
    return widget


def visible(root: QWidget, kind: type[QWidget]) -> Iterator[QWidget]:
    for widget in root.findChildren(kind):
        if widget.isVisibleTo(root.window()) and widget.isVisible():
            yield widget


def visible_texts(root: QWidget) -> list[str]:
    """Every text on screen under `root`: labels and buttons that are shown."""
    texts = [w.text() for w in visible(root, QLabel)]  # type: ignore[attr-defined]
    texts += [w.text() for w in visible(root, QAbstractButton)]  # type: ignore[attr-defined]
    return [t for t in texts if t]


def all_texts(root: QWidget) -> list[str]:
    """Every text held anywhere under `root`, shown or not (for the privacy checks)."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        for attr in ("text", "toolTip", "accessibleName", "accessibleDescription", "windowTitle"):
            value = getattr(widget, attr, None)
            if callable(value):
                try:
                    result = value()
                except TypeError:
                    continue
                if isinstance(result, str) and result:
                    texts.append(result)
        detail = getattr(widget, "detail", None)
        if callable(detail):
            texts.append(str(detail()))
    return texts


def tap(qtbot: QtBot, widget: QWidget) -> None:
    from PySide6.QtCore import Qt

    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    assert widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def finger_tap(qtbot: QtBot, widget: QWidget, pos: object = None) -> None:
    """`tap` for a widget inside a finger-draggable scroll area (QScroller on its viewport).

    QScroller holds a press back to tell a tap from a drag, then replays it to
    QApplication.widgetAt(); the offscreen test screen is only 800x600, so a widget
    beyond that gets no replayed press and the tap is lost. The scroll areas above
    `widget` stop taking gestures for the tap and take them again after it.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractScrollArea, QScroller

    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    assert widget.isEnabled()
    viewports = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and QScroller.hasScroller(parent.viewport()):
            viewports.append(parent.viewport())
        parent = parent.parentWidget()
    for viewport in viewports:
        QScroller.ungrabGesture(viewport)
    try:
        if pos is None:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    finally:
        for viewport in viewports:
            QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)


def lay_out_at(qtbot: QtBot, window: QWidget, width: int, height: int) -> None:
    """The window resized to a terminal's screen and laid out there, as the layout tour does.

    A word-wrapped label takes more than one pass of posted events to reach its height.
    """
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=3000)
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()
