"""What a screen reader (or testbed/a11y_check.py) is told about widgets whose class says too little.

Qt names most widgets itself (a button by its text, a label by its text) and gives them a role
from their class. Two things it cannot know:

* a checkable push button may be a section's *tab* (one of a row, one chosen) or one *choice of
  several* (a language, a setting's value, an answer): Qt calls both a check box. `set_role`
  says which, and an accessibility interface of ours reports it (PageTab or RadioButton,
  selected when checked), so "Receipts, tab, selected" is what is said (testbed/a11y_check.py
  finds a button of an exclusive group without it). Other checkable buttons keep Qt's own
  interface. A painted widget one taps into is a chart or a canvas rather than a blank "client" area;
* a picture may only repeat what the text next to it says (an icon beside its label, the card
  animation above "insert your card"): `mark_decorative` says so; its interface reports it
  invisible, so screen readers pass over it, and the automated check leaves it out.

`install()` registers the interfaces with Qt once; the window calls it before building views
(an interface is made the first time a widget is asked about, from the properties it has then).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QWidget

ROLES: dict[str, QAccessible.Role] = {"tab": QAccessible.Role.PageTab, "radio": QAccessible.Role.RadioButton,
                                      "chart": QAccessible.Role.Chart, "canvas": QAccessible.Role.Canvas}
CHOICES = ("tab", "radio")
"""The roles of checkable buttons; the others are of painted widgets (a chart one taps, a touch test's grid)."""

_installed = False


def set_role(widget: QWidget, role: str) -> None:
    """Tell assistive technology that this checkable button is a tab ("tab") or one choice of several ("radio"),
    or that this painted widget is a chart ("chart") or a surface to draw on ("canvas")."""
    if role not in ROLES or (role in CHOICES) != isinstance(widget, QAbstractButton):
        raise ValueError(f"not a role for a {type(widget).__name__}: {role!r}")
    widget.setProperty("a11y_role", role)


def mark_decorative(widget: QWidget) -> None:
    """A picture that repeats what a named widget next to it says: screen readers and the check skip it."""
    widget.setProperty("decorative", True)


class _ChoiceInterface(QAccessibleWidget):
    """A checkable button that is a tab or one choice of several: named by its text, selected while checked."""

    def __init__(self, button: QAbstractButton, role: QAccessible.Role) -> None:
        super().__init__(button, role)
        self._button = button

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text().replace("&&", "\0").replace(
                "&", "").replace("\0", "&")
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        state.selectable = True
        state.selected = self._button.isChecked()
        state.focusable = self._button.focusPolicy() != self._button.focusPolicy().NoFocus
        return state

    def actionNames(self) -> list[str]:
        return ["Press"]

    def doAction(self, name: str) -> None:
        if name == "Press" and self._button.isEnabled():
            self._button.click()


class _DecorativeInterface(QAccessibleWidget):
    def state(self) -> QAccessible.State:
        state = super().state()
        state.invisible = True
        return state


def _interface(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    if obj.property("decorative") is True:
        return _DecorativeInterface(obj, QAccessible.Role.Graphic)
    role = obj.property("a11y_role")
    if isinstance(obj, QAbstractButton) and role in CHOICES:
        return _ChoiceInterface(obj, ROLES[role])
    if isinstance(role, str) and role in ROLES:
        return QAccessibleWidget(obj, ROLES[role])
    return None


def install() -> None:
    """Register the interfaces with Qt (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_interface)
        _installed = True
