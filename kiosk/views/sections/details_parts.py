"""Pieces the three parts of My details share: a finger-draggable scroll area, a message
banner, a loaded/loading stack, and a way to empty a layout of rows that hold member data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QWidget,
)

from kiosk.api import ApiError
from kiosk.views.icons import Icon
from kiosk.views.sections import LoadState
from kiosk.views.widgets import IconView, label


class Banner(QFrame):
    """A one-message strip: `ok` (tinted, a check) for news, `warning` (yellow) for trouble."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.icon = IconView(Icon.CHECK, 44)
        self.text = label("lead", name=f"{name}-text")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(20)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.set_tone("ok")
        self.hide()

    def set_tone(self, tone: str) -> None:
        self.setProperty("surface", "tinted" if tone == "ok" else "banner")
        self.icon.set_icon(Icon.CHECK if tone == "ok" else Icon.WARNING)
        self.icon.setProperty("tone", "" if tone == "ok" else "warning")
        for widget in (self, self.icon):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def show_message(self, text: str, tone: str = "ok") -> None:
        self.set_tone(tone)
        self.text.setText(text)
        self.show()

    def clear(self) -> None:
        self.text.setText("")
        self.hide()


class Loadable(QStackedWidget):
    """The LoadState until the data is there, then the content (index 1)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load_state = LoadState()
        self.addWidget(self.load_state)
        self.addWidget(content)

    def show_loading(self) -> None:
        self.load_state.show_loading()
        self.setCurrentIndex(0)

    def show_error(self, error: ApiError) -> None:
        self.load_state.show_error(error)
        self.setCurrentIndex(0)

    def show_content(self) -> None:
        self.setCurrentIndex(1)


def empty_layout(layout: QLayout) -> None:
    """Remove every row from `layout`; their texts go at once, the widgets on the next pass.

    deleteLater leaves a widget alive until the event loop gets to it: its texts are
    emptied first so no member data outlives the call.
    """
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            for child in [widget, *widget.findChildren(QLabel)]:
                if isinstance(child, QLabel):
                    child.setText("")
            widget.hide()
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            empty_layout(inner)
