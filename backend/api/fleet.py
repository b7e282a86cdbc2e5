"""Heartbeats in, the fleet view out: `POST /v1/heartbeats`, `GET /v1/fleet`, `/fleet`, `GET /v1/store-status`.

A heartbeat comes with the kiosk's own credential and may speak only for that kiosk.
The fleet view (JSON and the HTML page) takes a fleet operator's credential, HTTP Basic
with the operator's name and token, so that a browser asks for it by itself and the
page needs no script; a kiosk's credential there is refused with 403, anything else
(a session token included) with 401. The store status is for the staff menu: the paper
of the kiosks in the staff member's store.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from backend import fleet
from backend.api.deps import ClosingRoute, DbDep, KioskDep, SettingsDep, in_a_thread
from backend.api.staff import StaffSessionDep
from backend.errors import ApiError, validation_failed
from backend.fleet_page import error_page, fleet_page
from backend.models import FleetOperator, KioskTerminal, Store
from backend.timeutil import to_helsinki
from backend.validation import FieldError

router = APIRouter(tags=["fleet"], route_class=ClosingRoute)

# Codes, not words: a last error never carries anything of a member's.
_ERROR_CODE = r"^[a-z0-9][a-z0-9_.:-]*$"
_PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
# An operator name is at most 60 characters; a longer Basic user is not looked up at all.
_LONGEST_NAME = 60


class _StrictIn(BaseModel):
    """A heartbeat is machine-made: unknown fields are refused, and (strict=True on each number) so are strings
    and floats for integers. Times come as ISO 8601 strings with their offset."""

    model_config = ConfigDict(extra="forbid")


class ReaderIn(_StrictIn):
    state: fleet.ReaderState
    name: str | None = Field(None, max_length=80, pattern=_PRINTABLE)


class PrinterIn(_StrictIn):
    state: fleet.PrinterState
    since: AwareDatetime | None = None  # when the printer was first seen in this state


class DevicesIn(_StrictIn):
    reader: ReaderIn
    printer: PrinterIn


class HeartbeatIn(_StrictIn):
    kiosk_id: str = Field(max_length=40)
    sent_at: AwareDatetime  # the kiosk's clock; must be newer than the last accepted, and near the server's
    interval_s: int = Field(strict=True, ge=1, le=3600,
                            description="seconds to the next heartbeat (the kiosk's config: 10-3600)")
    version: str = Field(min_length=1, max_length=40, pattern=r"^[\x21-\x7e]+$")
    uptime_s: int = Field(strict=True, ge=0, le=10 * 365 * 86400)
    state: fleet.KioskState
    devices: DevicesIn
    last_error: str | None = Field(None, max_length=40, pattern=_ERROR_CODE)
    disk_free_mb: int | None = Field(strict=True, ge=0, le=2**40)  # null: the kiosk could not tell


class HeartbeatAck(BaseModel):
    received_at: datetime
    changed: bool  # the state, a device state or the version changed: a history row was written
    silent_after_s: int  # without another heartbeat by then, the fleet view calls this kiosk silent


class StoreRef(BaseModel):
    id: int
    code: str
    name: str


class ReaderOut(BaseModel):
    state: str = Field(description="ok | missing | no_pcscd | unknown")
    name: str | None


class PrinterOut(BaseModel):
    state: str = Field(description="ready | paper_near_end | paper_out | cover_open | offline | unreachable | busy "
                                   "| unknown")
    since: datetime | None


class DevicesOut(BaseModel):
    reader: ReaderOut
    printer: PrinterOut


class FleetKiosk(BaseModel):
    kiosk_id: str
    name: str
    store: StoreRef | None
    version: str | None
    state: str | None = Field(description="attract | session | staff | maintenance | unavailable | out_of_order; "
                                          "null if never heard from")
    silent: bool
    last_seen_at: datetime | None
    changed_at: datetime | None  # when the state, a device state or the version last changed
    interval_s: int | None
    uptime_s: int | None
    devices: DevicesOut
    last_error: str | None
    disk_free_mb: int | None
    problems: list[fleet.Problem]  # worst first


class FleetOut(BaseModel):
    generated_at: datetime
    newest_version: str | None
    silent_after_missed: int
    counts: dict[fleet.Problem, int]  # the whole fleet's, whatever the filter
    kiosks: list[FleetKiosk]


class StateChangeOut(BaseModel):
    at: datetime
    state: str
    reader_state: str
    printer_state: str
    version: str


class KioskHistory(BaseModel):
    kiosk_id: str
    items: list[StateChangeOut]  # newest first


class StoreKiosk(BaseModel):
    kiosk_id: str
    name: str
    this_kiosk: bool
    silent: bool
    last_seen_at: datetime | None
    printer_state: str
    printer_since: datetime | None
    paper: fleet.Paper


class StoreStatus(BaseModel):
    store: StoreRef | None
    kiosks: list[StoreKiosk]


# --- heartbeats ----------------------------------------------------------------------------------------

@router.post("/v1/heartbeats", response_model=HeartbeatAck)
def heartbeat(body: HeartbeatIn, db: DbDep, kiosk: KioskDep, settings: SettingsDep) -> HeartbeatAck:
    if body.kiosk_id != kiosk.id:
        raise ApiError(403, "kiosk_mismatch", "A kiosk sends heartbeats for itself only.")
    now = settings.clock()
    skew = settings.heartbeat_max_clock_skew_seconds
    if abs(body.sent_at - now) > timedelta(seconds=skew):
        raise validation_failed([FieldError("sent_at", "clock_skew",
                                            f"More than {skew} s from the server's clock: check the kiosk's clock.")])
    beat = fleet.Heartbeat(
        kiosk_id=kiosk.id, sent_at=body.sent_at, interval_s=body.interval_s, version=body.version,
        uptime_s=body.uptime_s, state=body.state, reader_state=body.devices.reader.state,
        reader_name=body.devices.reader.name, printer_state=body.devices.printer.state,
        printer_since=body.devices.printer.since, last_error=body.last_error, disk_free_mb=body.disk_free_mb)
    try:
        changed = fleet.record_heartbeat(db, beat, now)
    except fleet.Replayed:
        raise ApiError(409, "heartbeat_replayed",
                       "Not newer than the last heartbeat accepted from this kiosk.") from None
    return HeartbeatAck(received_at=to_helsinki(now), changed=changed,
                        silent_after_s=settings.fleet_missed_heartbeats * body.interval_s)


# --- the fleet operator -------------------------------------------------------------------------------

def basic_credential(request: Request) -> tuple[str, str] | None:
    """(user, password) of an HTTP Basic header as RFC 7617 reads it, or None for anything else."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    user, colon, password = decoded.partition(":")
    return (user, password) if colon else None


def _unauthorized() -> ApiError:
    return ApiError(401, "fleet_unauthorized", "The fleet view needs a fleet operator's name and token.",
                    headers={"WWW-Authenticate": 'Basic realm="fleet", charset="UTF-8"'})


def check_operator(request: Request, db: Session) -> FleetOperator:
    """The fleet operator of this request, or the ApiError that refuses it (403 for a kiosk's credential)."""
    credential = basic_credential(request)
    if credential is None or not credential[0] or len(credential[0]) > _LONGEST_NAME:
        raise _unauthorized()
    try:
        return fleet.authenticate_operator(db, *credential)
    except fleet.OperatorRefused as refused:
        if refused.kiosk:
            raise ApiError(403, "fleet_operator_required",
                           "A kiosk's credential does not open the fleet view.") from None
        raise _unauthorized() from None


def get_operator(request: Request, db: DbDep) -> FleetOperator:
    return check_operator(request, db)


OperatorDep = Annotated[FleetOperator, Depends(get_operator)]


def _kiosk_out(status: fleet.KioskStatus) -> FleetKiosk:
    store = (StoreRef(id=status.store_id, code=status.store_code or "", name=status.store_name or "")
             if status.store_id is not None else None)
    return FleetKiosk(
        kiosk_id=status.kiosk_id, name=status.name, store=store, version=status.version, state=status.state,
        silent=status.silent, last_seen_at=_local(status.last_seen_at), changed_at=_local(status.changed_at),
        interval_s=status.interval_s, uptime_s=status.uptime_s,
        devices=DevicesOut(reader=ReaderOut(state=status.reader_state, name=status.reader_name),
                           printer=PrinterOut(state=status.printer_state, since=_local(status.printer_since))),
        last_error=status.last_error, disk_free_mb=status.disk_free_mb, problems=list(status.problems))


def _local(moment: datetime | None) -> datetime | None:
    return to_helsinki(moment) if moment is not None else None


@router.get("/v1/fleet", response_model=FleetOut)
@in_a_thread  # every kiosk of the chain: tens of milliseconds of CPU
def fleet_json(_operator: OperatorDep, db: DbDep, settings: SettingsDep,
               sort: fleet.SortKey = Query("problem", description="problem: worst first; store: by store name"),
               problem: fleet.Problem | None = Query(None, description="only the kiosks with this problem"),
               ) -> FleetOut:
    now = settings.clock()
    view = fleet.fleet(db, now, settings.fleet_missed_heartbeats, sort=sort, problem=problem)
    return FleetOut(generated_at=to_helsinki(now), newest_version=view.newest_version,
                    silent_after_missed=settings.fleet_missed_heartbeats, counts=view.counts,
                    kiosks=[_kiosk_out(s) for s in view.kiosks])


@router.get("/v1/fleet/history", response_model=KioskHistory)
def fleet_history(_operator: OperatorDep, db: DbDep,
                  kiosk_id: str = Query(max_length=40), limit: int = Query(50, ge=1, le=500)) -> KioskHistory:
    if db.get(KioskTerminal, kiosk_id) is None:
        raise ApiError(404, "not_found", "No such kiosk.")
    return KioskHistory(kiosk_id=kiosk_id, items=[
        StateChangeOut(at=to_helsinki(c.at), state=c.state, reader_state=c.reader_state,
                       printer_state=c.printer_state, version=c.version)
        for c in fleet.history(db, kiosk_id, limit)])


# Only the page's own inline style: no script, no frame, nothing fetched from elsewhere.
_PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                               "base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@router.get("/fleet", response_class=HTMLResponse, include_in_schema=True)
@in_a_thread  # every kiosk of the chain: tens of milliseconds of CPU
def fleet_html(request: Request, db: DbDep, settings: SettingsDep,
               sort: str = "problem", problem: str | None = None) -> HTMLResponse:
    """The chain's terminals at a glance: plain HTML, sortable and filterable by links."""
    try:
        check_operator(request, db)
    except ApiError as refused:
        return HTMLResponse(error_page(refused.status, refused.message), status_code=refused.status,
                            headers={**_PAGE_HEADERS, **(refused.headers or {})})
    chosen_sort = next((key for key in fleet.SORT_KEYS if key == sort), None)
    chosen_problem = next((p for p in fleet.PROBLEMS if p == problem), None)
    if chosen_sort is None or (problem is not None and chosen_problem is None):
        message = f"Sort by problem or store; filter by one of: {', '.join(fleet.PROBLEMS)}."
        return HTMLResponse(error_page(422, message), status_code=422, headers=_PAGE_HEADERS)
    now = settings.clock()
    view = fleet.fleet(db, now, settings.fleet_missed_heartbeats, sort=chosen_sort, problem=chosen_problem)
    return HTMLResponse(fleet_page(view, now, sort=chosen_sort, problem=chosen_problem,
                                   missed=settings.fleet_missed_heartbeats), headers=_PAGE_HEADERS)


# --- the staff menu: this store's paper --------------------------------------------------------------

@router.get("/v1/store-status", response_model=StoreStatus)
def store_status(_staff: StaffSessionDep, kiosk: KioskDep, db: DbDep, settings: SettingsDep) -> StoreStatus:
    """The kiosks of this kiosk's store with their printers' paper, so a clerk changes a roll before it runs out."""
    now = settings.clock()
    if kiosk.store_id is None:
        statuses, _newest = fleet.kiosk_statuses(db, now, settings.fleet_missed_heartbeats, only_kiosk=kiosk.id)
    else:
        statuses, _newest = fleet.kiosk_statuses(db, now, settings.fleet_missed_heartbeats, store_id=kiosk.store_id)
    store = db.get(Store, kiosk.store_id) if kiosk.store_id is not None else None
    statuses.sort(key=lambda s: (s.kiosk_id != kiosk.id, s.name, s.kiosk_id))
    return StoreStatus(
        store=StoreRef(id=store.id, code=store.code, name=store.name) if store is not None else None,
        kiosks=[StoreKiosk(kiosk_id=s.kiosk_id, name=s.name, this_kiosk=s.kiosk_id == kiosk.id, silent=s.silent,
                           last_seen_at=_local(s.last_seen_at), printer_state=s.printer_state,
                           printer_since=_local(s.printer_since), paper=fleet.paper_of(s.printer_state))
                for s in statuses])

