"""The portal section page for warranty receipts (being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.views.sections import SectionContent


class WarrantyPage(SectionContent):
    """Placeholder until the page is built."""

    open_receipt = Signal(int)  # the original receipt's id: the container opens it on the receipts tab
