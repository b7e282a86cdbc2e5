"""The portal section page for electronic receipts: list, filters, search and detail (being built)."""

from __future__ import annotations

from kiosk.views.sections import SectionContent


class ReceiptsPage(SectionContent):
    """Placeholder until the page is built."""

    def show_receipt(self, receipt_id: int) -> None:
        """Open this receipt's detail (from a warranty receipt)."""
