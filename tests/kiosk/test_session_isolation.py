"""After a session ends, nothing of the customer is left anywhere in the kiosk.

A member with distinctive data (the heavy buyer) uses the portal; after the session
ends, every widget of the application is walked: texts, placeholders, tooltips,
accessible names, line edits, item models, combo boxes, pixmaps, and the views' own
Python attributes. None may hold the member's name, card number, event code, masked
phone or account, receipt numbers or any amount of their summary, in any language.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QPixmap, QPixmapCache
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from backend.demo import DEMO_CARDS
from kiosk.i18n import LANGUAGES
from kiosk.i18n import format as fmt
from kiosk.session import Stage
from kiosk.views.portal import Section
from tests.fixtures.kiosk import KioskRig
from tests.kiosk.views.helpers import settle

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
         Qt.ItemDataRole.UserRole)


def _model_values(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[Any]:
    parent = parent or QModelIndex()
    values = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            values.extend(model.data(index, role) for role in ROLES)
            values.extend(_model_values(model, index))
    return values


def _held_by(widget: QWidget) -> list[Any]:
    """Everything a widget holds that a person could read or that could be shown again."""
    held: list[Any] = []
    for getter in ("text", "placeholderText", "toolTip", "statusTip", "whatsThis", "accessibleName",
                   "accessibleDescription", "windowTitle", "title", "detail"):
        method = getattr(widget, getter, None)
        if callable(method):
            with contextlib.suppress(TypeError):  # a getter of the same name that needs arguments
                held.append(method())
    if isinstance(widget, QLineEdit):
        held.extend([widget.text(), widget.displayText()])
    if isinstance(widget, QComboBox):
        held.extend(widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        held.extend(_model_values(widget.model()))
    # The views' own state: strings, numbers and containers of them kept on the object.
    for value in vars(widget).values():
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            held.append(value)
        elif isinstance(value, (list, tuple, set, dict)):
            held.extend(v for v in (value.values() if isinstance(value, dict) else value)
                        if isinstance(v, (str, int)) and not isinstance(v, bool))
    return held


def _pixmap_keys(widgets: list[QWidget]) -> set[int]:
    keys = set()
    for widget in widgets:
        if isinstance(widget, QLabel):
            pixmap = widget.pixmap()
            if isinstance(pixmap, QPixmap) and not pixmap.isNull():
                keys.add(pixmap.cacheKey())
    return keys


def _secrets(rig: KioskRig, event_id: str, phone_masked: str) -> tuple[set[str], set[int]]:
    """The member's distinctive data, as text in every language, and as cent amounts."""
    summary = rig.session.summary
    assert summary is not None
    profile = rig.kiosk.api.profile()
    receipts = rig.kiosk.api.receipts(limit=20).items
    number = DEMO_CARDS["sari"].number
    texts = {profile.first_name, profile.last_name, number, " ".join(number[i:i + 4] for i in range(0, 16, 4)),
             event_id, phone_masked, *(r.number for r in receipts)}
    if profile.email:
        texts.add(profile.email)
    if summary.next_payout.account_masked:
        texts.add(summary.next_payout.account_masked)
    amounts = {summary.household_purchases_cents, summary.bonus_cents, summary.next_payout.amount_cents,
               *(r.total_cents for r in receipts)}
    if summary.next_step:
        amounts |= {summary.next_step.missing_cents, summary.next_step.adds_cents}
    amounts = {a for a in amounts if a >= 1000}  # small sums like 2,01 € are not identifying on their own
    texts |= {fmt.money(cents, lang) for cents in amounts for lang in LANGUAGES}
    return texts, amounts


def test_nothing_of_the_customer_survives_the_session(kiosk_rig: KioskRig) -> None:
    rig = kiosk_rig
    rig.insert("sari")
    event_id = rig.wait_pending_confirmation()
    assert rig.session.confirmation is not None
    phone_masked = rig.session.confirmation.phone_masked
    rig.approve_phone()
    rig.wait_stage(Stage.PORTAL)
    rig.qtbot.waitUntil(lambda: rig.session.summary is not None, timeout=10000)
    portal = rig.window.views[Stage.PORTAL]
    for section in Section:  # every section has been on screen
        portal.show_section(section)
        rig.qtbot.wait(20)
    for lang in LANGUAGES:  # and every language
        rig.session.choose_language(lang)
        rig.qtbot.wait(50)
    texts, amounts = _secrets(rig, event_id, phone_masked)
    during = _pixmap_keys(QApplication.allWidgets())

    # The session held the data: the walk finds it before the end (so the walk itself works).
    found_before = [v for w in QApplication.allWidgets() for v in _held_by(w)
                    if isinstance(v, str) and any(t in v for t in texts)]
    assert found_before, "the walk found nothing of the member even during the session"

    rig.session.end()
    rig.remove()
    rig.wait_stage(Stage.ATTRACT)
    settle()

    leftovers = []
    for widget in QApplication.allWidgets():
        for value in _held_by(widget):
            is_text = isinstance(value, str) and any(t in value for t in texts)
            if is_text or (isinstance(value, int) and value in amounts):
                leftovers.append((type(widget).__name__, widget.objectName(), value))
    assert leftovers == []
    assert not (during & _pixmap_keys(QApplication.allWidgets())), "a pixmap of the session is still shown"
    assert all(QPixmapCache.find(str(key)) is None for key in during)
    s = rig.session
    assert (s.first_name, s.assurance, s.summary, s.confirmation) == ("", "", None, None)
    rig.qtbot.waitUntil(lambda: not rig.kiosk.api.has_session, timeout=3000)
