"""The kiosk by keys: a tactile keypad (arrows, OK, back, digits) or a keyboard, in one place.

A shopper who cannot use the touch screen (blind, or without fine motor control) moves
a focus ring over the screen's controls and presses them, the same on every screen.
The views know nothing of keys: `KeypadNavigator` is an application event filter the
window installs, and it only moves Qt's focus (or, over an on-screen keyboard, a ring
of its own: a key must never take focus from the field it types into) and presses
buttons. `FocusRing` paints the ring above everything, so focusing changes no widget's
size or layout.

The keys (README, "Keypad and keyboard"):

* arrows: to the nearest control that way on the screen (in a scrolling page, a step
  of the page when the next control is further than that); where nothing lies that
  way, on to the next (right, down) or previous (left, up) control in reading order;
* Tab / Shift+Tab: next / previous control in reading order, round the screen;
* OK (Enter, Return) or Space: press the control with the ring;
* back (Escape, or Backspace where nothing is typed): the screen's own way back
  (a Back, Close, Done, Cancel or No button of the topmost dialog or page); over an
  on-screen keyboard Escape returns the ring to the field, Backspace deletes;
* digits: type into the field being edited, or press that digit on the PIN pad shown;
* 5, the key with the raised dot, where no digit is being typed (and Clear, the
  keypad's 5 without Num Lock, and F1 anywhere; Help is speech on/off, kiosk/speech): "where am I": the ring shows
  (on the screen's first control if nothing had it) and `where_am_i` tells what it is
  on, for speech to read out.

The first key pressed on a screen puts the ring on its first useful control (the chosen
language, section or tab where there is one, else the first in reading order); a screen
or dialog that opens while keys are in use gets it at once. Touch hides the ring again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kiosk.app_events import app_events
from kiosk.views.accessibility import mark_decorative
from kiosk.views.widgets import color_property

RING_WIDTH = 5
"""The focus ring's width in px (WCAG 2.4.13 asks for at least 2; the brief for 3)."""

RING_GAP = 2
"""Space between a control and its ring, so the ring stands on the background around it."""

RING_RADIUS = 18
"""The ring's corner radius: about the buttons' own (16-22 px)."""

FOLLOW_MS = 100
"""While keys are in use the ring follows its control this often (scrolling, layout, dialogs opening)."""

KEY_NAMES = ("key", "key-action")
"""Object names of the on-screen keyboard's keys (kiosk.views.keyboard): reached by the ring, never focused."""

BACK_SUFFIXES = ("-back", "-close", "-done", "-cancel", "-no")
"""The way back of a dialog or page, by its button's object name, most specific first."""


class Action(Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    NEXT = "next"
    PREVIOUS = "previous"
    OK = "ok"
    BACK = "back"
    DELETE = "delete"
    WHERE = "where"
    DIGIT = "digit"
    PAGE_UP = "page-up"
    PAGE_DOWN = "page-down"


_KEYS: dict[int, Action] = {
    Qt.Key.Key_Up: Action.UP, Qt.Key.Key_Down: Action.DOWN, Qt.Key.Key_Left: Action.LEFT,
    Qt.Key.Key_Right: Action.RIGHT, Qt.Key.Key_Tab: Action.NEXT, Qt.Key.Key_Backtab: Action.PREVIOUS,
    Qt.Key.Key_Return: Action.OK, Qt.Key.Key_Enter: Action.OK, Qt.Key.Key_Space: Action.OK,
    Qt.Key.Key_Select: Action.OK, Qt.Key.Key_Escape: Action.BACK, Qt.Key.Key_Back: Action.BACK,
    Qt.Key.Key_Backspace: Action.DELETE, Qt.Key.Key_Clear: Action.WHERE, Qt.Key.Key_F1: Action.WHERE,
    Qt.Key.Key_PageUp: Action.PAGE_UP, Qt.Key.Key_PageDown: Action.PAGE_DOWN,
}

_VERTICAL = (Action.UP, Action.DOWN)
_ARROWS = (Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT)


def action_for(key: int, text: str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Action | None:
    """What a key means on the kiosk (None: not ours, the widget gets it as it is)."""
    if key == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier:
        return Action.PREVIOUS
    if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
        return None
    if len(text) == 1 and text.isdigit():
        return Action.DIGIT
    return _KEYS.get(key)


T = TypeVar("T")


def pick_towards(current: QRect, candidates: Iterable[tuple[QRect, T]], action: Action) -> T | None:
    """The candidate nearest to `current` in the arrow's direction, or None.

    A candidate counts when it starts past the middle of `current` that way. Nearest means
    the smallest gap that way plus twice the sideways gap (a control straight below beats
    a slightly nearer one off to the side), then the closest centre.
    """
    best: tuple[tuple[int, int], T] | None = None
    for rect, item in candidates:
        if action in _VERTICAL:
            lead = _lead(current.top(), current.bottom(), rect.top(), rect.bottom(), action is Action.DOWN)
            side = _gap(current.left(), current.right(), rect.left(), rect.right())
            centre = abs(rect.center().x() - current.center().x())
        else:
            lead = _lead(current.left(), current.right(), rect.left(), rect.right(), action is Action.RIGHT)
            side = _gap(current.top(), current.bottom(), rect.top(), rect.bottom())
            centre = abs(rect.center().y() - current.center().y())
        if lead is None:
            continue
        score = (lead + 2 * side, centre)
        if best is None or score < best[0]:
            best = (score, item)
    return best[1] if best is not None else None


def _lead(low: int, high: int, other_low: int, other_high: int, forward: bool) -> int | None:
    """The gap from [low, high] to [other_low, other_high] going forward (or back); None if not that way."""
    middle = (low + high) / 2
    if forward:
        return max(0, other_low - high) if other_low > middle else None
    return max(0, low - other_high) if other_high < middle else None


def _gap(low: int, high: int, other_low: int, other_high: int) -> int:
    """Distance between two spans; 0 where they overlap."""
    return max(0, other_low - high, low - other_high)


def reading_order(widgets: Sequence[QWidget], root: QWidget) -> list[QWidget]:
    """`widgets` as the screen reads: container by container, rows top to bottom, left to right in a row.

    Siblings are ordered by where they are, not when they were made; a sibling joins a row
    when its top is above the middle of the row's first member (so a side navigation and
    the page beside it are one row: the navigation is read first, then the page).
    """
    orders: dict[int, dict[int, int]] = {}

    def order_in(parent: QWidget) -> dict[int, int]:
        key = id(parent)
        if key not in orders:
            children = [c for c in parent.children() if isinstance(c, QWidget) and c.isVisible()]
            children.sort(key=lambda c: (c.y(), c.x()))
            rows: list[list[QWidget]] = []
            for child in children:
                if rows and child.y() < rows[-1][0].y() + rows[-1][0].height() / 2:
                    rows[-1].append(child)
                else:
                    rows.append([child])
            ordered = [c for row in rows for c in sorted(row, key=lambda c: c.x())]
            orders[key] = {id(c): i for i, c in enumerate(ordered)}
        return orders[key]

    def path(widget: QWidget) -> tuple[int, ...]:
        steps: list[int] = []
        node: QWidget | None = widget
        while node is not None and node is not root:
            parent = node.parentWidget()
            if parent is None:
                break
            steps.append(order_in(parent).get(id(node), 0))
            node = parent
        return tuple(reversed(steps))

    return sorted(widgets, key=path)


def is_key(widget: QWidget) -> bool:
    """An on-screen keyboard's key: pressed by the ring, never given focus (the field keeps it)."""
    return isinstance(widget, QPushButton) and widget.objectName() in KEY_NAMES


def is_text_field(widget: QWidget | None) -> bool:
    return isinstance(widget, QLineEdit) and widget.isVisible() and not widget.isReadOnly() and widget.isEnabled()


def _takes_keys(widget: QWidget) -> bool:
    """A control the ring stops at: a key of the on-screen keyboard, or anything that takes focus by Tab."""
    if is_key(widget):
        return True
    # Qt takes Tab focus from all but one button of an exclusive group (arrows move in it): the ring reaches each
    grouped = isinstance(widget, QAbstractButton) and widget.group() is not None
    if not grouped and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QAbstractItemView):
        return False  # a page's scroll area is scrolled by the arrows, not stopped at
    return not isinstance(widget, QLineEdit) or not widget.isReadOnly()


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    """The widget's rectangle in `window`'s coordinates (where it would be, scrolled into view or not)."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


class FocusRing(QWidget):
    """The focus ring, painted on a transparent layer above the whole window.

    Painted rather than styled: a thicker border on focus would change the control's size
    and move everything around it (seen at 1366x768). The ring stands `RING_GAP` px
    outside the control, `RING_WIDTH` px wide, in the theme's ring colour (qproperty-color),
    clipped to the part of a scrolled page that shows. Where the control is, is asked
    (`locate`) when painting, so a ring drawn just after a resize or a scroll is in place.
    """

    def __init__(self, window: QWidget, locate: Callable[[], tuple[QRect, QRect] | None]) -> None:
        super().__init__(window)
        self._locate = locate
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        mark_decorative(self)  # it shows where the keys are; the control under it carries the name
        self._color = QColor("#0B3D91")
        self.hide()

    color = color_property("_color")

    def ring_color(self) -> QColor:
        return QColor(self._color)

    def paintEvent(self, _event: QPaintEvent) -> None:
        place = self._locate()
        if place is None or place[1].isEmpty():
            return
        target, clip = place
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(clip)
        inner = QRectF(target).adjusted(-RING_GAP, -RING_GAP, RING_GAP, RING_GAP)
        outer = inner.adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
        band = QPainterPath()
        band.addRoundedRect(outer, RING_RADIUS + RING_WIDTH, RING_RADIUS + RING_WIDTH)
        hole = QPainterPath()
        hole.addRoundedRect(inner, RING_RADIUS, RING_RADIUS)
        painter.fillPath(band.subtracted(hole), self._color)
        painter.end()


class KeypadNavigator(QObject):
    """Keys for the whole window (an application event filter); see the module's docstring.

    `activity` is called for every key this takes, as the session's idle clock would
    have been told of it. `where_am_i(widget)` is emitted by the home key with what the
    ring is on (None: nothing to be on); `moved(widget)` whenever the ring moves, the
    on-screen keyboard's keys included (they never take Qt's focus).
    """

    where_am_i = Signal(object)
    moved = Signal(object)

    def __init__(self, window: QWidget, activity: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._activity = activity
        self._key: QPushButton | None = None  # the on-screen key the ring is on, if any
        self._keys_in_use = False
        self._last_path: list[QWidget] = []  # the focused widget's ancestors, for when it vanishes
        self._parked = False  # the ring waits on a window-wide control until the screen has one of its own
        self._return_to: QWidget | None = None  # where the ring was when the dialog on top opened
        self._ring_at: tuple[QRect, QRect] | None = None  # where the ring was last painted
        self.ring = FocusRing(window, self.ring_place)
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._follow_up)
        app = QApplication.instance()
        assert isinstance(app, QApplication), "KeypadNavigator needs a QApplication"
        app_events().watch(self, (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress))
        app.focusChanged.connect(self._focus_changed)

    # --- state -----------------------------------------------------------------------------------

    @property
    def keys_in_use(self) -> bool:
        """True from a key press until the next touch: the ring shows only then."""
        return self._keys_in_use

    def current(self) -> QWidget | None:
        """What the ring is on: an on-screen key, or the focused control of this window."""
        if self._key is not None and (not shiboken6.isValid(self._key) or not self._key.isVisible()):
            self._key = None
        if self._key is not None:
            return self._key
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is self._window and focus.isVisible():
            return focus
        return None

    def reset(self) -> None:
        """The attract screen is back for the next shopper: no ring until a key is pressed."""
        self._key = None
        self._set_keys_in_use(False)

    def uninstall(self) -> None:
        if QApplication.instance() is not None:
            app_events().unwatch(self)

    # --- where the ring may go ---------------------------------------------------------------------

    def scope(self) -> QWidget:
        """The topmost dialog (a layer with a dimmed background), or the whole window."""
        top: QWidget | None = None
        top_path: tuple[int, ...] = ()
        for scrim in self._window.findChildren(QWidget, "scrim"):  # a few, found by Qt: cheap at every tick
            if not scrim.isVisible():
                continue
            path = _stacking_path(scrim, self._window)
            if top is None or path > top_path:  # later in stacking order: above
                top, top_path = scrim, path
        if top is None:
            return self._window
        # An overlay's scrim lies beside its dialog (the overlay is the layer); a page's scrim holds it.
        if not any(_takes_keys(w) for w in top.findChildren(QWidget)):
            parent = top.parentWidget()
            return parent if parent is not None else self._window
        return top

    def candidates(self, scope: QWidget | None = None) -> list[QWidget]:
        """Every control the ring can reach in `scope` (the topmost dialog by default), in reading order."""
        scope = scope or self.scope()
        found: list[QWidget] = []

        def walk(widget: QWidget) -> None:  # only into what shows: hidden pages hold most of the widgets
            for child in widget.children():
                if isinstance(child, QWidget) and child is not self.ring and child.isVisible():
                    if child.isEnabled() and _takes_keys(child) and child.width() > 0 and child.height() > 0:
                        found.append(child)
                    walk(child)

        walk(scope)
        return reading_order(found, self._window)

    def first_useful(self, scope: QWidget | None = None) -> QWidget | None:
        """Where the ring starts on a screen: its chosen section or tab if there is one, else its first control.

        The language buttons and the window's accessibility button are on many screens but are
        no screen's purpose: the ring starts on them only where there is nothing else (the
        attract screen: on the language chosen).
        """
        found = self.candidates(scope)
        own = [w for w in found if self._screens_own(w)]
        for group in (own, found):
            for widget in group:
                if isinstance(widget, QAbstractButton) and widget.isChecked() and not is_key(widget):
                    return widget
            if group:
                return group[0]
        return None

    def _screens_own(self, widget: QWidget) -> bool:
        return not widget.objectName().startswith("lang-") and widget.parentWidget() is not self._window

    # --- moving and pressing -----------------------------------------------------------------------

    def move_to(self, widget: QWidget | None) -> None:
        """Put the ring on `widget` (an on-screen key keeps the field's focus) and scroll it into view."""
        if widget is None:
            return
        if self._return_to is not None and self.scope() is self._window:
            # No dialog is open: the ring has moved on from where a dialog opened over it. Kept, that place
            # drew the ring back later, when the ring's control went (a Back on the phone screen, after the
            # display options had been opened and closed by two quick keys): it stuck on the window's button.
            self._return_to = None
        self._parked = False
        if is_key(widget):
            assert isinstance(widget, QPushButton)
            self._key = widget
        else:
            self._key = None
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QAbstractItemView):
                self._start_in_list(widget)
        self._scroll_into_view(widget)
        self._place_ring()
        self.moved.emit(widget)

    def focus_first(self) -> None:
        """The screen's first useful control gets the ring (a new screen or dialog while keys are in use).

        A screen still on its way (reading the card, sending to the phone) may have nothing but
        the window's own accessibility button: the ring waits there, and moves on to the
        screen's first control as soon as it has one (`_follow_up`), unless a key moved it.
        """
        first = self.first_useful()
        self.move_to(first)
        self._parked = first is not None and not self._screens_own(first)

    def screen_changed(self) -> None:
        """A new stage's view is on screen: with keys in use, the ring goes to its first useful control."""
        self._key = None
        if self._keys_in_use:
            QTimer.singleShot(0, self, self.focus_first)

    def press(self, action: Action, text: str = "") -> bool:
        """Do what `action` means here; False when it means nothing here (the key goes on as it is)."""
        first = not self._keys_in_use
        self._set_keys_in_use(True)
        if self._activity is not None:
            self._activity()
        current = self.current()
        scope = self.scope()
        if current is not None and not (scope is self._window or scope.isAncestorOf(current)):
            self._return_to = current
            current = None  # under a dialog that has opened since: start inside the dialog
        if first and not is_text_field(current) and action not in (Action.DIGIT, Action.DELETE, Action.BACK):
            current = None  # the first key shows where the screen starts, whatever Qt had focused meanwhile
        if action is Action.DIGIT:
            return self._digit(current, text, scope, first)
        if action is Action.DELETE:
            return self._delete(current, scope)
        if action is Action.BACK:
            return self._back(current, scope)
        if action is Action.WHERE:
            return self._where(current)
        if action is Action.OK:
            return self._ok(current, scope)
        if current is None:
            if action in (Action.PAGE_UP, Action.PAGE_DOWN):
                return False
            self.focus_first()
            return True
        if action in (Action.NEXT, Action.PREVIOUS):
            self.move_to(self._step(current, action is Action.NEXT, wrap=True))
            return True
        if action in (Action.PAGE_UP, Action.PAGE_DOWN):
            return self._page(current, action is Action.PAGE_DOWN)
        return self._arrow(current, action)

    def _ok(self, current: QWidget | None, scope: QWidget) -> bool:
        if current is None:
            done = self._pad_key(scope, "done")  # digits typed on the PIN pad's hardware keys, then OK
            if done is not None:
                done.click()
            else:
                self.focus_first()
            return True
        if isinstance(current, QAbstractButton):
            current.click()
            return True
        return False  # a field, a list, a chart: it takes OK itself (a list opens its row)

    def _where(self, current: QWidget | None) -> bool:
        if current is None:
            self.focus_first()
        self._place_ring()
        self.where_am_i.emit(self.current())
        return True

    def _digit(self, current: QWidget | None, text: str, scope: QWidget, first: bool) -> bool:
        if is_text_field(current):
            return False
        key = self._pad_key(scope, "char", text)
        if key is not None:
            key.click()
            # typed on the hardware keys: OK next means "done", not "this key again"
            self.move_to(self._pad_key(scope, "done"))
            return True
        if text == "5":  # the marked home key
            return self._where(None if first else current)
        return True  # a digit where nothing takes digits does nothing (and never a widget's shortcut)

    def _delete(self, current: QWidget | None, scope: QWidget) -> bool:
        if is_text_field(current):
            return False
        key = self._pad_key(scope, "backspace")
        if key is not None:
            key.click()
            return True
        return self._back(current, scope)

    def _back(self, current: QWidget | None, scope: QWidget) -> bool:
        if self._key is not None:  # off the on-screen keys, back to the field they type into
            self._key = None
            self._place_ring()
            self.moved.emit(self.current())
            return True
        found = self.candidates(scope)
        for suffix in BACK_SUFFIXES:
            for widget in reversed(found):  # the innermost, latest shown first
                if isinstance(widget, QAbstractButton) and widget.objectName().endswith(suffix):
                    widget.click()
                    return True
        own = [w for w in found if self._screens_own(w)]
        if scope is not self._window and len(own) == 1 and isinstance(own[0], QAbstractButton):
            own[0].click()  # a dialog with one answer ("Done", "Continue"): that answer is its way out
            return True
        return False

    def _pad_key(self, scope: QWidget, role: str, value: str = "") -> QPushButton | None:
        """A key of the on-screen keyboard or PIN pad shown in `scope` (a `char` key by its value)."""
        for widget in self.candidates(scope):
            if (is_key(widget) and widget.property("role") == role
                    and (role != "char" or widget.property("keyValue") == value)):
                assert isinstance(widget, QPushButton)
                return widget
        return None

    def _step(self, current: QWidget, forward: bool, *, wrap: bool) -> QWidget | None:
        found = self.candidates()
        if current not in found:
            return found[0] if found else None
        index = found.index(current) + (1 if forward else -1)
        if not wrap and not 0 <= index < len(found):
            return None
        return found[index % len(found)]

    def _arrow(self, current: QWidget, action: Action) -> bool:
        if self._inside(current, action):
            return False
        found = [w for w in self.candidates() if w is not current]
        window = self._window
        here = self._item_rect(current) if isinstance(current, QAbstractItemView) else rect_in(current, window)
        keys = [w for w in found if is_key(w)]
        if keys and is_text_field(current) and action is Action.DOWN:
            found = keys  # the field being edited: down goes onto its keys, not to the next field
        target = pick_towards(here, [(rect_in(w, window), w) for w in found], action)
        if is_key(current) and (target is None or not is_key(target)):
            field = _keyboard_target(current)
            if field is not None and action is Action.UP:
                target = field  # up off the keys: back to the field they type into
        onto_keys = target is not None and is_key(target)
        if action in _VERTICAL and not onto_keys and self._scroll_instead(current, target, action is Action.DOWN):
            return True
        if target is None:
            target = self._step(current, action in (Action.DOWN, Action.RIGHT), wrap=False)
        if target is not None:
            self.move_to(target)
        return True

    def _inside(self, current: QWidget, action: Action) -> bool:
        """True when the arrow belongs to the control itself: a text cursor, a list's rows, a chart's bars."""
        if isinstance(current, QLineEdit):
            if action is Action.LEFT:
                return current.cursorPosition() > 0
            if action is Action.RIGHT:
                return current.cursorPosition() < len(current.text())
            return False
        if isinstance(current, QAbstractItemView):
            model, index = current.model(), current.currentIndex()
            if model is None or action not in _VERTICAL:
                return False
            if not index.isValid():
                return True
            if action is Action.UP:
                return index.row() > 0
            return index.row() < model.rowCount() - 1 or model.canFetchMore(index.parent())
        if isinstance(current, QAbstractButton) or is_key(current):
            return False
        # a control of its own (a chart): it takes the arrow if it has a use for it
        event = QKeyEvent(QEvent.Type.KeyPress, _ARROW_KEYS[action], Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(current, event)
        return event.isAccepted()

    def _scroll_instead(self, current: QWidget, target: QWidget | None, down: bool) -> bool:
        """In a long page, step through it rather than jump past text to a control far below (or above)."""
        area = _scroll_area_of(current)
        if area is None:
            return False
        bar = area.verticalScrollBar()
        if (bar.value() >= bar.maximum()) if down else (bar.value() <= bar.minimum()):
            return False
        viewport = area.viewport()
        step = max(1, viewport.height() * 3 // 4)
        if target is not None and area.isAncestorOf(target):
            top = target.mapTo(viewport, QPoint(0, 0)).y()
            bottom = top + target.height()
            if (top < viewport.height() + step) if down else (bottom > -step):
                return False  # within a step: moving to it scrolls it into view
        bar.setValue(bar.value() + (step if down else -step))
        self._place_ring()
        return True

    def _page(self, current: QWidget, down: bool) -> bool:
        if isinstance(current, QAbstractItemView):
            return False
        area = _scroll_area_of(current)
        if area is None:
            return False
        bar = area.verticalScrollBar()
        bar.setValue(bar.value() + (1 if down else -1) * max(1, area.viewport().height() * 3 // 4))
        self._place_ring()
        return True

    def _start_in_list(self, view: QAbstractItemView) -> None:
        model = view.model()
        if model is not None and not view.currentIndex().isValid() and model.rowCount() > 0:
            first = view.indexAt(QPoint(1, 1))
            view.setCurrentIndex(first if first.isValid() else model.index(0, 0))

    def _scroll_into_view(self, widget: QWidget) -> None:
        node = widget.parentWidget()
        while node is not None and node is not self._window:
            content = node.widget() if isinstance(node, QScrollArea) else None
            if isinstance(node, QScrollArea) and content is not None and content.isAncestorOf(widget):
                node.ensureWidgetVisible(widget, RING_WIDTH + RING_GAP + 8, RING_WIDTH + RING_GAP + 8)
            node = node.parentWidget()

    # --- the ring --------------------------------------------------------------------------------------

    def _item_rect(self, view: QAbstractItemView) -> QRect:
        """A list's ring goes round its current row, not round the whole list."""
        index = view.currentIndex()
        if not index.isValid():
            return rect_in(view, self._window)
        row = view.visualRect(index)
        return QRect(view.viewport().mapTo(self._window, row.topLeft()), row.size())

    def ring_place(self) -> tuple[QRect, QRect] | None:
        """Where the ring goes now: round the control (a list's current row), clipped to what shows of it."""
        current = self.current() if self._keys_in_use else None
        if current is None:
            return None
        target = self._item_rect(current) if isinstance(current, QAbstractItemView) else rect_in(current, self._window)
        clip = self._window.rect()
        outside = RING_WIDTH + RING_GAP
        node = current.parentWidget()
        while node is not None and node is not self._window:
            if isinstance(node, QAbstractScrollArea):
                viewport = node.viewport()
                shown = rect_in(viewport, self._window).adjusted(-outside, -outside, outside, outside)
                clip = clip.intersected(shown)
            node = node.parentWidget()
        return target, clip

    def _place_ring(self) -> None:
        place = self.ring_place()
        if place is None:
            self.ring.hide()
            self._ring_at = None
            return
        if place != self._ring_at:
            # The layer covers the window, and whatever of it repaints repaints the window under
            # it: only where the ring was and where it is now.
            old, self._ring_at = self._ring_at, place
            if self.ring.geometry() != self._window.rect():
                self.ring.setGeometry(self._window.rect())
            for target, clip in (old, place) if old is not None else (place,):
                self.ring.update(_ring_bounds(target).intersected(clip))
        if not self.ring.isVisible():
            self.ring.show()
        siblings = [c for c in self._window.children() if isinstance(c, QWidget)]
        if siblings and siblings[-1] is not self.ring:
            self.ring.raise_()

    def _set_keys_in_use(self, in_use: bool) -> None:
        if in_use == self._keys_in_use:
            return
        self._keys_in_use = in_use
        self._ring_at = None  # shown again: painted whole
        if in_use:
            self._follow.start()
        else:
            self._follow.stop()
            self._key = None
        self._place_ring()

    def _follow_up(self) -> None:
        """Keys in use: a dialog that opened gets the ring, and the ring follows its control."""
        current = self.current()
        scope = self.scope()
        if current is not None and not (scope is self._window or scope.isAncestorOf(current)):
            self._return_to = current  # a dialog opened over it: the ring comes back here when it closes
            self.move_to(self.first_useful(scope))
        elif current is None:
            self._recover()
        elif current is self._return_to and scope is self._window:
            self._return_to = None  # back where it was (a dialog closed before it ever took the ring)
        elif self._parked and current is not self.first_useful():
            self.focus_first()
        self._place_ring()

    def _recover(self, path: list[QWidget] | None = None) -> None:
        """The ring's control went (hidden, replaced): back where it was before a dialog that closed,
        or else to the nearest container's first useful control."""
        scope = self.scope()
        back, self._return_to = self._return_to, None
        if (back is not None and shiboken6.isValid(back) and back.isVisible() and back.isEnabled()
                and (scope is self._window or scope.isAncestorOf(back))):
            self.move_to(back)
            return
        for ancestor in self._last_path if path is None else path:
            if not shiboken6.isValid(ancestor) or not ancestor.isVisible():
                continue
            if not (scope is self._window or scope.isAncestorOf(ancestor)) or ancestor is self._window:
                break
            widget = self.first_useful(ancestor)
            if widget is not None:
                self.move_to(widget)
                # a screen's controls not laid out yet (a row just shown has no size): the ring waits on
                # the languages or the accessibility button and moves on when they are (_follow_up)
                self._parked = not self._screens_own(widget)
                return
        self.focus_first()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        old_path = self._last_path
        if new is not None and new.window() is self._window:
            path: list[QWidget] = []
            node: QWidget | None = new.parentWidget()
            while node is not None:
                path.append(node)
                node = node.parentWidget()
            self._last_path = path
            if self._key is not None and not (is_text_field(new) or isinstance(new, QLineEdit)):
                self._key = None
        if self._keys_in_use:
            if old is not None and shiboken6.isValid(old) and not old.isVisible():
                # Qt chose the next in its chain; the ring goes by the screen instead
                QTimer.singleShot(0, self, lambda: self._recover(old_path))
            self._place_ring()

    # --- the filter --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            if self._keys_in_use and isinstance(watched, QWidget) and watched.window() is self._window:
                self._set_keys_in_use(False)
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if not self._window.isVisible() or not self._is_receiver(watched):
            return False
        action = action_for(event.key(), event.text(), event.modifiers())
        if action is None:
            return False
        taken = self.press(action, event.text())
        if not taken:
            QTimer.singleShot(0, self, self._place_ring)  # the control moves itself (a list's row): the ring follows
        return taken

    def _is_receiver(self, watched: QWidget) -> bool:
        """Only the key's first receiver (not the parents Qt passes an ignored key on to)."""
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is self._window:
            return watched is focus
        return watched is self._window


_ARROW_KEYS = {Action.UP: Qt.Key.Key_Up, Action.DOWN: Qt.Key.Key_Down, Action.LEFT: Qt.Key.Key_Left,
               Action.RIGHT: Qt.Key.Key_Right}


def _keyboard_target(key: QWidget) -> QWidget | None:
    """The field an on-screen key types into, where that field is on screen to go back to."""
    from kiosk.views.keyboard import OnScreenKeyboard

    node = key.parentWidget()
    while node is not None and not isinstance(node, OnScreenKeyboard):
        node = node.parentWidget()
    field = node.target() if node is not None else None
    return field if is_text_field(field) else None


def _ring_bounds(target: QRect) -> QRect:
    """What the ring round `target` paints over (a pixel more for antialiasing)."""
    out = RING_GAP + RING_WIDTH + 1
    return target.adjusted(-out, -out, out, out)


def _stacking_path(widget: QWidget, root: QWidget) -> tuple[int, ...]:
    """Each ancestor's place among its siblings (children() is in stacking order), from `root` down."""
    steps: list[int] = []
    node: QWidget | None = widget
    while node is not None and node is not root:
        parent = node.parentWidget()
        if parent is None:
            break
        steps.append(parent.children().index(node))
        node = parent
    return tuple(reversed(steps))


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QScrollArea):
            return node
        node = node.parentWidget()
    return None
