"""Receipt documents and their one rendering: a 1-bit image at the printer's width.

Shared by the kiosk (preview and print) and the backend (the phone page's PNG and PDF),
so it imports Pillow and qrcode only: no Qt, no HTTP client, no database.
"""

from printout.documents import (
    Document,
    ReceiptDocument,
    ReceiptLine,
    RegisterDocument,
    RegisterSection,
    VatLine,
    WarrantyDocument,
)
from printout.render import PRINTER_WIDTHS, render

__all__ = [
    "PRINTER_WIDTHS",
    "Document",
    "ReceiptDocument",
    "ReceiptLine",
    "RegisterDocument",
    "RegisterSection",
    "VatLine",
    "WarrantyDocument",
    "render",
]
