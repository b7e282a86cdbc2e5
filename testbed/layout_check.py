"""What is wrong with a screen's layout, read from widget geometry (not from pixels).

The tour calls `problems(window)` at every picture and size (tests/testbed/test_tour_layout.py):
a text cut or elided where the whole text was meant to show, a widget outside the window or cut by
its parent's edge,
two things a finger presses lying on top of each other, a page wider than its scroll area.
Widgets that elide on purpose carry the dynamic property ``elides=True`` and are not held to
their whole text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

SLACK = 2
"""Pixels of rounding forgiven in every comparison."""


def describe(widget: QWidget) -> str:
    """A widget as a person finds it in the code: class, object name, and its text if any."""
    name = widget.objectName() or "-"
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}#{name}" + (f" {shown[:40]!r}" if shown else "")


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


@dataclass(frozen=True)
class Shown:
    """A widget on show, with what the checks ask of its place in the window."""

    widget: QWidget
    rect: QRect  # where it is, in the window's coordinates
    visible: QRect  # the part of it one sees: clipped by every ancestor and by the window
    scrolled: bool  # inside a scroll area, whose page may run past the window
    elides: bool  # it or an ancestor carries the property elides=True (it elides on purpose)


def shown_widgets(window: QWidget) -> list[Shown]:
    """The window's widgets on show (`shown`), in findChildren's order, each with its place.

    A hidden widget's children are hidden too, so its branch is not walked: the kiosk's window holds
    thousands of widgets on pages not on show (every view built so far), and wrapping each of them in
    a Python object, then walking each one's ancestors for its place, was most of a screen's check."""
    found: list[Shown] = []

    def walk(parent: QWidget, origin: QPoint, clip: QRect, scrolled: bool, elides: bool) -> None:
        for child in parent.children():
            if not isinstance(child, QWidget) or not child.isVisible():
                continue
            rect = QRect(origin + child.pos(), child.size())
            visible = rect.intersected(clip)
            eliding = elides or child.property("elides") is True
            if shown(child, window):
                found.append(Shown(child, rect, visible, scrolled, eliding))
            walk(child, rect.topLeft(), visible, scrolled or isinstance(child, QAbstractScrollArea), eliding)

    walk(window, QPoint(0, 0), window.rect(), False, window.property("elides") is True)
    return found


def label_problem(label: QLabel) -> str | None:
    """The label's whole text does not fit the room it has."""
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(room.width())
        width, height = document.idealWidth(), document.size().height()
    else:
        metrics = QFontMetrics(label.font())
        flags = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
        bounds = metrics.boundingRect(QRect(0, 0, max(1, room.width()), 100000), flags, text)
        width, height = bounds.width(), bounds.height()
    if width > room.width() + SLACK or height > room.height() + SLACK:
        return f"text needs {int(width)}x{int(height)}, has {room.width()}x{room.height()}"
    return None


def button_problem(button: QPushButton) -> str | None:
    """A push button's text is wider than the room its style leaves inside it; one that lays out its
    own words (a switch row, a choice) is lower than its words need at its width, or says a word of it
    is wider than its line (`words_fit()`: the staff menu's two columns cut 'perheenjäsenen')."""
    if type(button).paintEvent is not QPushButton.paintEvent:
        if button.hasHeightForWidth() and button.height() + SLACK < button.heightForWidth(button.width()):
            return f"its words need {button.heightForWidth(button.width())} px of height, has {button.height()}"
        words_fit = getattr(button, "words_fit", None)
        if callable(words_fit) and not words_fit():
            return f"a word is wider than its line at {button.width()} px"
        return None  # painted by the widget itself, by its own rules
    if not button.text():
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    need = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&&", "&"))
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if need > room.width() + SLACK:
        return f"text needs {need} px, has {room.width()}"
    return None


def interactive(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton | QLineEdit) and widget.isEnabled()


def is_layer(widget: QWidget) -> bool:
    """A widget laid over the whole of its parent by hand (no layout places it): an overlay."""
    if widget.objectName() == "scrim":
        return True
    parent = widget.parentWidget()
    if parent is None or widget.geometry() != parent.rect() or isinstance(parent, QStackedWidget):
        return False
    managing = parent.layout()
    return managing is None or managing.indexOf(widget) < 0


def cut_by_parent(widget: QWidget, window: QWidget) -> str | None:
    """`widget` reaches past its parent's edge, which clips it: a layout squeezed below its widgets' minimum
    (three tabs stacked in a row given the height of two and a half) leaves them inside the window and cut all
    the same. A scroll area's page is meant to be larger than its view, and an overlay is placed by hand."""
    parent = widget.parentWidget()
    if parent is None or parent is window or is_layer(widget):
        return None
    if parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(widget.geometry()):
        return None
    return (f"cut: {describe(widget)} at {widget.geometry().getRect()} by its parent {describe(parent)} "
            f"of {parent.width()}x{parent.height()}")


def _chain(widget: QWidget, window: QWidget) -> list[QWidget]:
    """`widget` and its ancestors up to `window`, the window first."""
    chain = [widget]
    parent = widget.parentWidget()
    while chain[-1] is not window and parent is not None:
        chain.append(parent)
        parent = parent.parentWidget()
    return list(reversed(chain))


def stacked_above(widget: QWidget, layer: QWidget, window: QWidget) -> bool:
    """`widget` is painted over `layer` (inside it, or in a sibling branch created after it)."""
    if widget is layer or layer.isAncestorOf(widget):
        return True
    mine, theirs = _chain(widget, window), _chain(layer, window)
    for a, b in zip(mine, theirs, strict=False):
        parent = a.parentWidget()
        if a is not b and parent is not None:
            siblings = [c for c in parent.children() if isinstance(c, QWidget)]
            return siblings.index(a) > siblings.index(b)
    return False


def problems(window: QWidget, *, wide_pages: bool = False, on_show: list[Shown] | None = None) -> list[str]:
    """Every layout fault on the window as it is now, one line each.

    `wide_pages` also finds pages wider than their scroll area (held at large text; at normal text
    some of the portal's section pages still are, by a few dozen px: issue 17). `on_show`: the
    window's `shown_widgets`, where the caller has them already."""
    found: list[str] = []
    items = shown_widgets(window) if on_show is None else on_show
    widgets = [item.widget for item in items]
    bounds = window.rect()
    for item in items:
        widget = item.widget
        if isinstance(widget, QLabel) and not item.elides:
            problem = label_problem(widget)
            if problem:
                found.append(f"clipped: {describe(widget)}: {problem}")
        elif isinstance(widget, QPushButton) and not item.elides:
            problem = button_problem(widget)
            if problem:
                found.append(f"clipped: {describe(widget)}: {problem}")
        if not item.scrolled:
            rect = item.rect
            if not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
                found.append(f"outside: {describe(widget)} at {rect.getRect()} in {bounds.width()}x{bounds.height()}")
            else:
                problem = cut_by_parent(widget, window)
                if problem:
                    found.append(problem)
    # A page that scrolls up and down but never sideways, wider than its view, is cut at the right (a strip
    # that a finger drags sideways, with neither bar, is wide on purpose).
    for area in widgets if wide_pages else []:
        page = area.widget() if isinstance(area, QScrollArea) else None
        if (isinstance(area, QScrollArea) and page is not None
                and area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and page.width() > area.viewport().width() + SLACK):
            found.append(f"clipped: {describe(area)}: its page is {page.width()} px wide, "
                         f"its view {area.viewport().width()}")
    # A layer on show (a dimmed #scrim, a touch test over its view) takes the touches meant for what lies under it.
    scrims = [(item.widget, item.visible) for item in items if is_layer(item.widget)]
    pressable: list[tuple[QWidget, QRect]] = []
    for item in items:
        if not interactive(item.widget):
            continue
        rect = item.visible
        if rect.isEmpty() or any(rect.intersects(area) and not stacked_above(item.widget, scrim, window)
                                 for scrim, area in scrims):
            continue
        pressable.append((item.widget, rect))
    for i, (first, a) in enumerate(pressable):
        for second, b in pressable[i + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            overlap = a.intersected(b)
            if overlap.width() > SLACK and overlap.height() > SLACK:
                found.append(f"overlap: {describe(first)} and {describe(second)} at {overlap.getRect()}")
    return found
