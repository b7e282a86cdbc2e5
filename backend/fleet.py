"""The fleet: what each kiosk last said about itself, and what an operator should look at.

Every kiosk sends a heartbeat at its interval (version, uptime, state, device states,
last error code, free disk; never who is using it). The backend keeps the last one per
kiosk, written over in place, and a history row only when the state, a device state or
the version changed, so 2,000 kiosks at one a minute cost one small write each and the
history grows with events, not with time. Nothing runs in the background: a kiosk is
*silent* when, at the moment someone asks, its last heartbeat is older than
`fleet_missed_heartbeats` of its own intervals.

Fleet operators are their own kind of credential (a name and a 256-bit token, kept as
SHA-256 like kiosk secrets), so neither a kiosk's credential nor a customer's or staff
member's session can open the fleet view.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, case, insert, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from backend.models import FleetOperator, KioskHeartbeat, KioskStateChange, KioskTerminal, Store
from backend.security import secret_matches, sha256_hex

KioskState = Literal["attract", "session", "staff", "maintenance", "unavailable", "out_of_order"]
ReaderState = Literal["ok", "missing", "no_pcscd", "unknown"]
PrinterState = Literal["ready", "paper_near_end", "paper_out", "cover_open", "offline", "unreachable", "busy",
                       "unknown"]
Paper = Literal["ok", "near_end", "out", "unknown"]

# What an operator should look at, worst first: the page lists kiosks by their worst one.
Problem = Literal["silent", "out_of_service", "paper_out", "cover_open", "printer_offline", "reader_missing",
                  "old_version", "paper_low"]
PROBLEMS: tuple[Problem, ...] = ("silent", "out_of_service", "paper_out", "cover_open", "printer_offline",
                                 "reader_missing", "old_version", "paper_low")
_RANK = {problem: rank for rank, problem in enumerate(PROBLEMS)}

OPERATOR_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,59}")  # an HTTP Basic user: never a colon


# --- heartbeats --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Heartbeat:
    """One heartbeat as accepted by the API (already checked against its schema)."""

    kiosk_id: str
    sent_at: datetime
    interval_s: int
    version: str
    uptime_s: int
    state: KioskState
    reader_state: ReaderState
    reader_name: str | None
    printer_state: PrinterState
    printer_since: datetime | None
    last_error: str | None
    disk_free_mb: int | None


class Replayed(Exception):
    """The heartbeat is not newer than the last one accepted from its kiosk."""


def _upsert_dialect(db: Session) -> Callable[..., sqlite.Insert | postgresql.Insert]:
    name = db.get_bind().dialect.name
    if name == "sqlite":
        return sqlite.insert
    if name == "postgresql":
        return postgresql.insert
    raise NotImplementedError(f"heartbeats need INSERT ... ON CONFLICT, which {name} does not have here")


def record_heartbeat(db: Session, beat: Heartbeat, now: datetime) -> bool:
    """Keep `beat` as its kiosk's last heartbeat, and in the history if something changed; commits.

    One statement does the work: insert the kiosk's row or update it, only if this
    heartbeat was sent after the one kept (else `Replayed`: an old heartbeat sent again
    changes nothing, also when two API processes race), and say whether the state, a
    device state or the version changed. Only then is a history row added, in the same
    transaction. Returns whether it changed.
    """
    table = KioskHeartbeat.__table__
    values = {"kiosk_id": beat.kiosk_id, "received_at": now, "sent_at": beat.sent_at, "interval_s": beat.interval_s,
              "version": beat.version, "uptime_s": beat.uptime_s, "state": beat.state,
              "reader_state": beat.reader_state, "reader_name": beat.reader_name,
              "printer_state": beat.printer_state, "printer_since": beat.printer_since,
              "last_error": beat.last_error, "disk_free_mb": beat.disk_free_mb, "changed_at": now, "changed": True}
    statement = _upsert_dialect(db)(table).values(values)
    new = statement.excluded
    differs: ColumnElement[bool] = or_(*(table.c[name] != new[name]
                                         for name in ("state", "reader_state", "printer_state", "version")))
    updated = {name: new[name] for name in values if name not in ("kiosk_id", "changed_at", "changed")}
    upsert = statement.on_conflict_do_update(
        index_elements=[table.c.kiosk_id],
        set_={**updated, "changed_at": case((differs, new.changed_at), else_=table.c.changed_at),
              "changed": differs},
        where=new.sent_at > table.c.sent_at,
    ).returning(table.c.changed)
    changed = db.execute(upsert).scalar_one_or_none()
    if changed is None:
        db.rollback()
        raise Replayed(beat.kiosk_id)
    if changed:
        db.execute(insert(KioskStateChange).values(
            kiosk_id=beat.kiosk_id, at=now, state=beat.state, reader_state=beat.reader_state,
            printer_state=beat.printer_state, version=beat.version))
    db.commit()
    return bool(changed)


# --- the fleet as an operator sees it ----------------------------------------------------------------

@dataclass(frozen=True)
class KioskStatus:
    """One kiosk in the fleet view: what its last heartbeat said, and what is wrong.

    The words are those of the heartbeat's vocabulary (KioskState, ReaderState,
    PrinterState), read back from the database as plain strings; "unknown" for a kiosk
    never heard from.
    """

    kiosk_id: str
    name: str
    store_id: int | None
    store_code: str | None
    store_name: str | None
    last_seen_at: datetime | None  # None: never heard from
    silent: bool
    interval_s: int | None
    version: str | None
    uptime_s: int | None
    state: str | None
    reader_state: str
    reader_name: str | None
    printer_state: str
    printer_since: datetime | None
    last_error: str | None
    disk_free_mb: int | None
    changed_at: datetime | None
    problems: tuple[Problem, ...]

    @property
    def worst(self) -> int:
        """The rank of the worst problem (len(PROBLEMS) for none): lower sorts first."""
        return min((_RANK[p] for p in self.problems), default=len(PROBLEMS))


@dataclass(frozen=True)
class Fleet:
    kiosks: list[KioskStatus]
    newest_version: str | None
    counts: dict[Problem, int]  # over the whole fleet, whatever the filter


def version_key(version: str) -> tuple[int, ...] | None:
    """The numeric release of a version ("1.4.2", "1.4.2rc1", "v1.4"), or None if it has none ("development").

    Only versions with a release number are compared: a kiosk running a development
    build is not called old, and does not make every other kiosk old either.
    """
    found = re.match(r"v?(\d+(?:\.\d+)*)", version)
    return tuple(int(part) for part in found.group(1).split(".")) if found else None


def newest_version(db: Session) -> str | None:
    """The newest release any active kiosk reports: the one the others are measured against."""
    newest: tuple[tuple[int, ...], str] | None = None
    for version in db.scalars(select(KioskHeartbeat.version).distinct()
                              .join(KioskTerminal, KioskTerminal.id == KioskHeartbeat.kiosk_id)
                              .where(KioskTerminal.active.is_(True))):
        key = version_key(version)
        if key is not None and (newest is None or key > newest[0]):
            newest = (key, version)
    return newest[1] if newest else None


def paper_of(printer_state: str) -> Paper:
    """What a clerk needs to know of the roll: only a printer that answered tells."""
    if printer_state == "ready":
        return "ok"
    if printer_state == "paper_near_end":
        return "near_end"
    if printer_state == "paper_out":
        return "out"
    return "unknown"


def _problems(silent: bool, state: str | None, reader: str, printer: str,
              version: str | None, newest: tuple[int, ...] | None) -> tuple[Problem, ...]:
    found: list[Problem] = []
    if silent:
        found.append("silent")
    if state in ("unavailable", "out_of_order"):
        found.append("out_of_service")
    if printer == "paper_out":
        found.append("paper_out")
    elif printer == "cover_open":
        found.append("cover_open")
    elif printer in ("offline", "unreachable"):
        found.append("printer_offline")
    if reader in ("missing", "no_pcscd"):
        found.append("reader_missing")
    key = version_key(version) if version else None
    if key is not None and newest is not None and key < newest:
        found.append("old_version")
    if printer == "paper_near_end":
        found.append("paper_low")
    return tuple(found)


def _silent(received_at: datetime | None, interval_s: int | None, now: datetime, missed: int) -> bool:
    if received_at is None or interval_s is None:
        return True
    return now >= received_at + timedelta(seconds=missed * interval_s)


def kiosk_statuses(db: Session, now: datetime, missed: int, *, store_id: int | None = None,
                   only_kiosk: str | None = None) -> tuple[list[KioskStatus], str | None]:
    """Every active kiosk (or one store's, or one) with its last heartbeat, and the newest version any reports.

    One query: the kiosks, their stores and their heartbeats, read as plain rows (2,000
    ORM objects would cost more than the page itself).
    """
    query = (select(KioskTerminal.id, KioskTerminal.name, Store.id, Store.code, Store.name, KioskHeartbeat.received_at,
                    KioskHeartbeat.interval_s, KioskHeartbeat.version, KioskHeartbeat.uptime_s,
                    KioskHeartbeat.state, KioskHeartbeat.reader_state, KioskHeartbeat.reader_name,
                    KioskHeartbeat.printer_state, KioskHeartbeat.printer_since, KioskHeartbeat.last_error,
                    KioskHeartbeat.disk_free_mb, KioskHeartbeat.changed_at)
             .select_from(KioskTerminal)
             .outerjoin(Store, Store.id == KioskTerminal.store_id)
             .outerjoin(KioskHeartbeat, KioskHeartbeat.kiosk_id == KioskTerminal.id)
             .where(KioskTerminal.active.is_(True)))
    if store_id is not None:
        query = query.where(KioskTerminal.store_id == store_id)
    if only_kiosk is not None:
        query = query.where(KioskTerminal.id == only_kiosk)
    rows = db.execute(query).all()
    newest = newest_version(db)
    newest_key = version_key(newest) if newest else None
    statuses = []
    for (kid, name, sid, scode, sname, received_at, interval_s, version, uptime_s, state, reader_state, reader_name,
         printer_state, printer_since, last_error, disk_free_mb, changed_at) in rows:
        silent = _silent(received_at, interval_s, now, missed)
        reader = reader_state or "unknown"
        printer = printer_state or "unknown"
        statuses.append(KioskStatus(
            kid, name, sid, scode, sname, received_at, silent, interval_s, version, uptime_s, state, reader,
            reader_name, printer, printer_since, last_error, disk_free_mb, changed_at,
            _problems(silent, state, reader, printer, version, newest_key)))
    return statuses, newest


SortKey = Literal["problem", "store"]
SORT_KEYS: tuple[SortKey, ...] = ("problem", "store")


def _by_store(status: KioskStatus) -> tuple[bool, str, str, str]:
    """Store name, then kiosk name; kiosks of no store last."""
    return status.store_name is None, status.store_name or "", status.name, status.kiosk_id


def fleet(db: Session, now: datetime, missed: int, *, sort: SortKey = "problem",
          problem: Problem | None = None) -> Fleet:
    """The fleet view: problems first (or by store), optionally only the kiosks with one problem."""
    statuses, newest = kiosk_statuses(db, now, missed)
    counts: dict[Problem, int] = dict.fromkeys(PROBLEMS, 0)
    for status in statuses:
        for found in status.problems:
            counts[found] += 1
    if problem is not None:
        statuses = [s for s in statuses if problem in s.problems]
    if sort == "store":
        statuses.sort(key=_by_store)
    else:
        statuses.sort(key=lambda s: (s.worst, *_by_store(s)))
    return Fleet(statuses, newest, counts)


def history(db: Session, kiosk_id: str, limit: int) -> Sequence[KioskStateChange]:
    """A kiosk's changes of state, device state and version, newest first."""
    return db.scalars(select(KioskStateChange).where(KioskStateChange.kiosk_id == kiosk_id)
                      .order_by(KioskStateChange.at.desc(), KioskStateChange.id.desc()).limit(limit)).all()


# --- fleet operators ---------------------------------------------------------------------------------

class OperatorRefused(Exception):
    """Why a credential does not open the fleet view: `kiosk` if it is a kiosk's own."""

    def __init__(self, kiosk: bool) -> None:
        super().__init__("kiosk credential" if kiosk else "unknown operator")
        self.kiosk = kiosk


def authenticate_operator(db: Session, name: str, token: str) -> FleetOperator:
    """The active operator with this name and token, or OperatorRefused (telling a kiosk's credential apart)."""
    operator = db.scalar(select(FleetOperator).where(FleetOperator.name == name))
    if operator is not None and operator.active and secret_matches(token, operator.token_sha256):
        return operator
    kiosk = db.get(KioskTerminal, name)
    raise OperatorRefused(kiosk is not None and secret_matches(token, kiosk.secret_sha256))


def add_operator(db: Session, name: str, now: datetime) -> str:
    """Issue a token for `name` (a new operator, or a new token for one whose old token is lost); commits."""
    if not OPERATOR_NAME.fullmatch(name):
        raise ValueError("an operator name is 1-60 letters, digits and . _ @ - (no colon, no spaces)")
    token = secrets.token_urlsafe(32)
    operator = db.scalar(select(FleetOperator).where(FleetOperator.name == name))
    if operator is None:
        db.add(FleetOperator(name=name, token_sha256=sha256_hex(token), active=True, created_at=now))
    else:
        operator.token_sha256 = sha256_hex(token)
        operator.active = True
    db.commit()
    return token


def revoke_operator(db: Session, name: str) -> bool:
    operator = db.scalar(select(FleetOperator).where(FleetOperator.name == name))
    if operator is None:
        return False
    operator.active = False
    db.commit()
    return True


def operator_command(argv: list[str]) -> int:
    """`kiosk-backend add-fleet-operator NAME` (prints the token once) and `revoke-fleet-operator NAME`."""
    from backend.config import DEFAULT_DATABASE_URL
    from backend.db import make_session_factory
    from backend.schema import migrated_engine
    from backend.timeutil import utcnow

    command = argv[0]
    parser = argparse.ArgumentParser(
        prog=f"kiosk-backend {command}",
        description="Give someone the fleet view (GET /v1/fleet, /fleet): prints their token once, which is "
                    "kept only as a hash." if command == "add-fleet-operator" else
                    "Take the fleet view away from an operator at once.")
    parser.add_argument("name", help="the operator's name, the user name of HTTP Basic")
    parser.add_argument("--database-url", default=os.environ.get("KIOSK_BACKEND_DATABASE_URL", DEFAULT_DATABASE_URL))
    args = parser.parse_args(argv[1:])
    engine = migrated_engine(args.database_url)  # a table is made only by `kiosk-backend migrate`
    try:
        with make_session_factory(engine)() as db:
            if command == "revoke-fleet-operator":
                if not revoke_operator(db, args.name):
                    print(f"no fleet operator {args.name}", file=sys.stderr)
                    return 1
                return 0
            try:
                token = add_operator(db, args.name, utcnow())
            except ValueError as err:
                parser.error(str(err))
    finally:
        engine.dispose()
    print(token)
    return 0
