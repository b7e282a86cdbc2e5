"""What a section asks of the receipt output: print a document, or take it to the phone.

Sections only describe the request (which document, which action); the session runs
the flow (printer status, printing, the QR link) off the UI thread and the window shows
its overlay. Kept apart from the views so the session and the tests share one vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocumentKind = Literal["receipt", "warranty", "register_data"]
OutputAction = Literal["print", "phone"]


@dataclass(frozen=True)
class OutputRequest:
    kind: DocumentKind
    item_id: int | None  # the receipt's or warranty receipt's id; None for the register data
    action: OutputAction
