"""The "out of order" screen: what a terminal shows when the kiosk itself cannot run.

systemd starts it (`kiosk --out-of-order`) once the kiosk has failed to start too often
in a row, instead of leaving the screen black. Nobody has chosen a language and nothing
can be touched, so it says the same thing in every language at once. It is given its
texts already translated: it needs no backend, no device, no config and no session.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.views.fonts import register_fonts
from kiosk.views.icons import Icon
from kiosk.views.theme import DESIGN_HEIGHT, DESIGN_WIDTH, build_stylesheet
from kiosk.views.widgets import IconView, label, surface


class OutOfOrderWindow(QWidget):
    """One card: the warning icon, then a title and what to do, for each language in turn."""

    def __init__(self, texts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fonts = register_fonts()
        self.setObjectName("kiosk-window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setCursor(Qt.CursorShape.BlankCursor)  # a touch screen with nothing to touch
        self.setStyleSheet(build_stylesheet(fonts=fonts))

        card = surface("card", name="out-of-order-card")
        card.setFixedWidth(1360)
        lines = QVBoxLayout()
        lines.setSpacing(12)
        self.titles = []
        self.explanations = []
        for index, (title, explanation) in enumerate(texts):
            if index:
                lines.addSpacing(32)
            self.titles.append(label("title", title, name="out-of-order-title"))
            self.explanations.append(label("lead", explanation, name="out-of-order-explanation"))
            lines.addWidget(self.titles[-1])
            lines.addWidget(self.explanations[-1])
        inner = QHBoxLayout(card)
        inner.setContentsMargins(64, 64, 64, 64)
        inner.setSpacing(56)
        inner.addWidget(IconView(Icon.WARNING, 120, tone="warning"), 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(lines, 1)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(1)
        self.resize(DESIGN_WIDTH, DESIGN_HEIGHT)
