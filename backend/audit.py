"""The audit trail: one writer for every audited action, staff or member.

Callers add the row inside the transaction of the change it records and commit the two
together, so an action is never done without its record nor recorded without being done.
Flows call `record` through this module (`audit.record(...)`), which is also where a
test replaces it to make a flow fail just before its commit.

What goes in `detail` is the evidence an auditor needs: member numbers, whole card
numbers, the MSSP transaction of a consent (AP_TransID) and identity evidence (the kind
of document and the last four characters of its number). Identity codes, names, addresses
and purchases never do.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from backend.models import AuditEvent


def record(db: Session, action: str, at: datetime, *, staff_member_id: int | None = None,
           member_id: int | None = None, kiosk_id: str | None = None, **detail: Any) -> None:
    """Add one audit row (not committed); the actor is a staff member or a member."""
    if staff_member_id is None and member_id is None:
        raise ValueError("an audit row needs an actor")
    db.add(AuditEvent(staff_member_id=staff_member_id, member_id=member_id, kiosk_id=kiosk_id, action=action,
                      detail=detail, at=at))
