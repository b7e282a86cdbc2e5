"""The technician's maintenance mode: status as the backend sees it, audited actions, diagnostics bundles.

All of `/v1/maintenance/*` needs a technician's session (`X-Staff-Token` of a session a
technician card opened): a staff member's session is refused with 403, no session with
401. Every technician action a kiosk performs (a test print, a settings change, a
restart...) is recorded here as an audit event: who (the technician's staff id), which
kiosk, what and when; nothing else is kept about it.

A diagnostics bundle comes as the zip itself (`application/zip`), at most
`diagnostics_max_bytes`: the kiosk sends it only when no removable medium was mounted,
and the help desk fetches it with a fleet operator's credential
(`GET /v1/fleet/diagnostics`). The kiosk builds it without personal data (its config
without secrets, versions, device states, the redacted log tail); the backend checks
that it is a zip it can read, not what the kiosk wrote in it.
"""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, StringConstraints
from sqlalchemy import select

from backend.api.deps import ClosingRoute, DbDep, DeferredKioskDep, KioskDep, PathId, SettingsDep, waits_on_mssp
from backend.api.fleet import OperatorDep
from backend.api.staff import StaffSessionDep, audit_staff
from backend.errors import ApiError
from backend.models import DiagnosticsBundle, KioskTerminal, StaffSession
from backend.mssp.client import MsspClient
from backend.timeutil import to_helsinki

router = APIRouter(tags=["maintenance"], route_class=ClosingRoute)

# What a technician can do at a kiosk, as the kiosk reports it (AuditEvent.action is "maintenance." + this).
MaintenanceAction = Literal["card_test", "test_print", "cut_test", "settings_saved", "restart_kiosk",
                            "restart_pcscd", "touch_test", "diagnostics_exported"]
MsspState = Literal["not_configured", "answering", "credentials_refused", "not_answering", "bad_answer"]

_DETAIL_KEY = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,29}$")]
# Printable, no control characters: an audit detail is read by people, never interpreted.
_DETAIL_VALUE = Annotated[str, StringConstraints(max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")]
_ZIP_MAGIC = b"PK\x03\x04"


def get_technician_session(session: StaffSessionDep) -> StaffSession:
    if session.role != "technician":
        raise ApiError(403, "technician_required", "Only a technician's session opens maintenance mode.")
    return session


TechnicianDep = Annotated[StaffSession, Depends(get_technician_session)]


class MsspStatusOut(BaseModel):
    state: MsspState
    checked_ms: int | None = Field(description="how long the probe took; null when nothing was asked")


class MaintenanceStatusOut(BaseModel):
    server_time: datetime  # the backend's clock, for the kiosk's clock skew
    mssp: MsspStatusOut


class ActionIn(BaseModel):
    model_config = {"extra": "forbid"}

    action: MaintenanceAction
    detail: dict[_DETAIL_KEY, _DETAIL_VALUE] = Field(default_factory=dict, max_length=8)


class ActionRecorded(BaseModel):
    action: MaintenanceAction
    recorded_at: datetime


class BundleOut(BaseModel):
    id: int
    kiosk_id: str
    received_at: datetime
    size: int
    sha256: str


class BundleList(BaseModel):
    items: list[BundleOut]  # newest first


@router.get("/v1/maintenance/status", response_model=MaintenanceStatusOut)
@waits_on_mssp
def maintenance_status(_technician: TechnicianDep, request: Request, settings: SettingsDep) -> MaintenanceStatusOut:
    """The backend's clock and whether the mobile-certificate service answers it (asked now)."""
    mssp: MsspClient | None = request.app.state.mssp
    if mssp is None:
        return MaintenanceStatusOut(server_time=to_helsinki(settings.clock()),
                                    mssp=MsspStatusOut(state="not_configured", checked_ms=None))
    started = time.monotonic()
    state = mssp.probe(now=to_helsinki(settings.clock()))
    checked_ms = round((time.monotonic() - started) * 1000)
    return MaintenanceStatusOut(server_time=to_helsinki(settings.clock()),
                                mssp=MsspStatusOut(state=state, checked_ms=checked_ms))


@router.post("/v1/maintenance/actions", response_model=ActionRecorded, status_code=201)
def record_action(body: ActionIn, technician: TechnicianDep, db: DbDep, kiosk: KioskDep,
                  settings: SettingsDep) -> ActionRecorded:
    now = settings.clock()
    audit_staff(db, technician.staff_member_id, kiosk.id, f"maintenance.{body.action}", now, **body.detail)
    db.commit()
    return ActionRecorded(action=body.action, recorded_at=to_helsinki(now))


def _readable_zip(content: bytes) -> bool:
    if not content.startswith(_ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as bundle:
            return bundle.testzip() is None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        return False


@router.post("/v1/maintenance/diagnostics", response_model=BundleOut, status_code=201)
async def upload_diagnostics(request: Request, technician: TechnicianDep, calling: DeferredKioskDep,
                             settings: SettingsDep) -> BundleOut:
    """Keep a diagnostics bundle for the help desk (the body is the zip; BodyLimitMiddleware caps its size)."""
    kiosk = await run_in_threadpool(calling.value)  # first, as when it was a dependency: its refusal comes first
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/zip":
        raise ApiError(415, "zip_required", "Send the bundle as application/zip.")
    content = await request.body()
    if not await run_in_threadpool(_readable_zip, content):
        raise ApiError(422, "bundle_unreadable", "The bundle is not a readable zip file.")
    digest = hashlib.sha256(content).hexdigest()
    factory = request.app.state.session_factory

    def store() -> BundleOut:
        now = settings.clock()
        with factory() as db:
            bundle = DiagnosticsBundle(kiosk_id=kiosk.id, staff_member_id=technician.staff_member_id,
                                       received_at=now, size=len(content), sha256=digest, content=content)
            db.add(bundle)
            audit_staff(db, technician.staff_member_id, kiosk.id, "maintenance.diagnostics_uploaded", now,
                  size=str(len(content)), sha256=digest)
            db.commit()
            return BundleOut(id=bundle.id, kiosk_id=kiosk.id, received_at=to_helsinki(now), size=len(content),
                             sha256=digest)

    return await run_in_threadpool(store)


# --- the help desk: the bundles, for a fleet operator ---------------------------------------------------

@router.get("/v1/fleet/diagnostics", response_model=BundleList)
def list_bundles(_operator: OperatorDep, db: DbDep, kiosk_id: str | None = Query(None, max_length=40),
                 limit: int = Query(20, ge=1, le=100)) -> BundleList:
    query = select(DiagnosticsBundle.id, DiagnosticsBundle.kiosk_id, DiagnosticsBundle.received_at,
                   DiagnosticsBundle.size, DiagnosticsBundle.sha256)
    if kiosk_id is not None:
        if db.get(KioskTerminal, kiosk_id) is None:
            raise ApiError(404, "not_found", "No such kiosk.")
        query = query.where(DiagnosticsBundle.kiosk_id == kiosk_id)
    rows = db.execute(query.order_by(DiagnosticsBundle.received_at.desc(), DiagnosticsBundle.id.desc())
                      .limit(limit)).all()
    return BundleList(items=[BundleOut(id=r.id, kiosk_id=r.kiosk_id, received_at=to_helsinki(r.received_at),
                                       size=r.size, sha256=r.sha256) for r in rows])


@router.get("/v1/fleet/diagnostics/{bundle_id}", response_class=Response,
            responses={200: {"content": {"application/zip": {}}}})
def download_bundle(bundle_id: PathId, _operator: OperatorDep, db: DbDep) -> Response:
    bundle = db.get(DiagnosticsBundle, bundle_id)
    if bundle is None:
        raise ApiError(404, "not_found", "No such bundle.")
    name = f"diagnostics-{bundle.kiosk_id}-{bundle.id}.zip"
    return Response(bundle.content, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store",
                             "X-Content-Type-Options": "nosniff"})
