"""What maintenance mode knows of the kiosk, judged: one status line per part, and the diagnostics bundle.

Pure judgement (no Qt, no network): the maintenance flow measures (backend round trip,
clock, certificate, the MSSP as the backend sees it, readers, printer, disk) and this
module says what each measurement means: green (`OK`), amber (`WARN`: works, but
someone should look) or red (`ERROR`: does not work), each with the fact that decided
it, which the view puts into words. A level is never shown without its words.

The diagnostics bundle is a zip a technician hands to the help desk: the effective
configuration without its secret, versions, the status lines and device states, and
the redacted log tail. Nothing in it identifies a customer: the log is redacted twice
(when kept, and again on the way out) and nothing else holds a member's data.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from kiosk.devices.base import PrinterState, ReaderSurvey
from kiosk.tls import CertificateCheck


class Level(Enum):
    OK = "ok"
    WARN = "warn"
    ERROR = "error"
    UNKNOWN = "unknown"  # not measured yet, or cannot be


_SEVERITY = {Level.UNKNOWN: 0, Level.OK: 1, Level.WARN: 2, Level.ERROR: 3}


class Part(Enum):
    BACKEND = "backend"
    MSSP = "mssp"
    READER = "reader"
    PRINTER = "printer"
    DISK = "disk"
    UPTIME = "uptime"
    VERSION = "version"
    LAST_ERROR = "last_error"


Value = int | float | str | None


@dataclass(frozen=True)
class Fact:
    """One thing measured and what it means: `code` names it for the view's words, `value` fills them in."""

    code: str
    level: Level
    value: Value = None


@dataclass(frozen=True)
class StatusLine:
    part: Part
    facts: tuple[Fact, ...]

    @property
    def level(self) -> Level:
        """The worst of its facts: one red fact makes the line red."""
        return max((f.level for f in self.facts), key=_SEVERITY.__getitem__, default=Level.UNKNOWN)

    @property
    def measuring(self) -> bool:
        """Not measured yet (as opposed to unknown because it cannot be asked: the MSSP while the backend is down)."""
        return all(f.code == "checking" for f in self.facts)


def unknown(part: Part) -> StatusLine:
    return StatusLine(part, (Fact("checking", Level.UNKNOWN),))


# --- thresholds -----------------------------------------------------------------------------------------

SLOW_MS = 500  # a round trip slower than this is felt by every member
CERTIFICATE_WARN_DAYS = 30  # time to order a new one
CERTIFICATE_ERROR_DAYS = 7
SKEW_WARN_S = 30.0  # times on receipts and the heartbeat's "sent at" start to look wrong
SKEW_ERROR_S = 300.0  # the backend refuses heartbeats this far off (KIOSK_BACKEND_HEARTBEAT_MAX_CLOCK_SKEW_SECONDS)
DISK_WARN_MB = 2048
DISK_ERROR_MB = 500


@dataclass(frozen=True)
class BackendProbe:
    """One look at the backend from the kiosk: the maintenance status call and a TLS handshake of its own."""

    error: str | None = None  # the API error code when the call failed
    latency_ms: int | None = None  # the call's round trip, less the MSSP probe the backend made meanwhile
    clock_skew_s: float | None = None  # the backend's clock minus the kiosk's
    mssp: str | None = None  # the MSSP's state as the backend sees it (kiosk.api.types.MsspState)
    mssp_ms: int | None = None
    certificate: CertificateCheck | None = None
    loopback: bool = False  # the backend is on this machine (plain http is fine there)


def assess_backend(probe: BackendProbe) -> StatusLine:
    facts: list[Fact] = []
    if probe.error is not None:
        facts.append(Fact(probe.error, Level.ERROR))
    if probe.latency_ms is not None:
        facts.append(Fact("latency", Level.OK if probe.latency_ms < SLOW_MS else Level.WARN, probe.latency_ms))
    check = probe.certificate
    if check is not None:
        if check.outcome == "valid" and check.days_left is not None:
            days = check.days_left
            level = (Level.OK if days > CERTIFICATE_WARN_DAYS else Level.WARN if days > CERTIFICATE_ERROR_DAYS
                     else Level.ERROR)
            facts.append(Fact("certificate_days", level, days))
        elif check.outcome == "no_tls":
            facts.append(Fact("no_tls_loopback" if probe.loopback else "no_tls", Level.OK if probe.loopback
                              else Level.WARN))
        elif check.outcome != "unreachable" or probe.error is None:
            facts.append(Fact(f"certificate_{check.outcome}", Level.ERROR))
    if probe.clock_skew_s is not None:
        skew = abs(probe.clock_skew_s)
        level = Level.OK if skew < SKEW_WARN_S else Level.WARN if skew < SKEW_ERROR_S else Level.ERROR
        facts.append(Fact("clock_skew", level, round(probe.clock_skew_s, 1)))
    return StatusLine(Part.BACKEND, tuple(facts) or (Fact("checking", Level.UNKNOWN),))


_MSSP_LEVELS = {"answering": Level.OK, "not_configured": Level.ERROR, "credentials_refused": Level.ERROR,
                "not_answering": Level.ERROR, "bad_answer": Level.WARN}


def assess_mssp(probe: BackendProbe) -> StatusLine:
    if probe.mssp is None:
        code = "backend_unknown" if probe.error is not None else "checking"
        return StatusLine(Part.MSSP, (Fact(code, Level.UNKNOWN),))
    level = _MSSP_LEVELS.get(probe.mssp, Level.WARN)
    return StatusLine(Part.MSSP, (Fact(f"mssp_{probe.mssp}", level, probe.mssp_ms),))


def assess_reader(survey: ReaderSurvey | None, kind: str) -> StatusLine:
    """pcscd answering, readers present, which one the pattern picks (a simulated reader is fine as it is)."""
    if survey is None:
        return unknown(Part.READER)
    if not survey.service:
        return StatusLine(Part.READER, (Fact("no_pcscd", Level.ERROR),))
    if not survey.readers:
        return StatusLine(Part.READER, (Fact("no_readers", Level.ERROR),))
    if survey.chosen is None:
        return StatusLine(Part.READER, (Fact("pattern_matches_none", Level.ERROR, survey.pattern),
                                        Fact("readers", Level.OK, len(survey.readers))))
    chosen = next(r for r in survey.readers if r.name == survey.chosen)
    facts = [Fact("simulated_reader" if kind == "simulated" else "reader_in_use", Level.OK, chosen.name)]
    if chosen.state in ("unavailable", "mute"):
        facts.append(Fact(f"slot_{chosen.state}", Level.ERROR))
    if len(survey.readers) > 1:
        facts.append(Fact("readers", Level.OK, len(survey.readers)))
    return StatusLine(Part.READER, tuple(facts))


_PRINTER_LEVELS = {PrinterState.READY: Level.OK, PrinterState.PAPER_NEAR_END: Level.WARN,
                   PrinterState.BUSY: Level.WARN, PrinterState.PAPER_OUT: Level.ERROR,
                   PrinterState.COVER_OPEN: Level.ERROR, PrinterState.OFFLINE: Level.ERROR,
                   PrinterState.UNREACHABLE: Level.ERROR}


def assess_printer(state: PrinterState | None) -> StatusLine:
    if state is None:
        return unknown(Part.PRINTER)
    return StatusLine(Part.PRINTER, (Fact(f"printer_{state.value}", _PRINTER_LEVELS[state]),))


def assess_disk(free_mb: int | None) -> StatusLine:
    if free_mb is None:
        return StatusLine(Part.DISK, (Fact("disk_unknown", Level.UNKNOWN),))
    level = Level.ERROR if free_mb < DISK_ERROR_MB else Level.WARN if free_mb < DISK_WARN_MB else Level.OK
    return StatusLine(Part.DISK, (Fact("disk_free", level, free_mb),))


def assess_uptime(seconds: int) -> StatusLine:
    return StatusLine(Part.UPTIME, (Fact("uptime", Level.OK, seconds),))


def assess_version(version: str) -> StatusLine:
    return StatusLine(Part.VERSION, (Fact("version", Level.OK, version),))


def assess_last_error(code: str | None) -> StatusLine:
    return StatusLine(Part.LAST_ERROR, (Fact("no_error", Level.OK),) if code is None else (
        Fact("last_error", Level.WARN, code),))


# --- the diagnostics bundle ---------------------------------------------------------------------------------

MEDIA_ROOTS = (Path("/media"), Path("/run/media"))


def removable_media(roots: Iterable[Path] = MEDIA_ROOTS,
                    mounted: Callable[[Path], bool] = os.path.ismount) -> Path | None:
    """The first mounted, writable removable medium: /media/NAME, /media/USER/NAME or /run/media/USER/NAME."""
    for root in roots:
        try:
            levels = [sorted(root.glob("*")), sorted(root.glob("*/*"))]
        except OSError:
            continue
        for candidate in (path for level in levels for path in level):
            if candidate.is_dir() and mounted(candidate) and os.access(candidate, os.W_OK):
                return candidate
    return None


def bundle_name(kiosk_id: str, created_at: datetime) -> str:
    safe_id = re.sub(r"[^A-Za-z0-9._-]", "_", kiosk_id)[:40] or "kiosk"
    return f"kiosk-diagnostics-{safe_id}-{created_at.strftime('%Y%m%d-%H%M%S')}.zip"


def status_json(lines: Iterable[StatusLine]) -> list[dict[str, Any]]:
    return [{"part": line.part.value, "level": line.level.value,
             "facts": [{"code": f.code, "level": f.level.value, "value": f.value} for f in line.facts]}
            for line in lines]


def survey_json(survey: ReaderSurvey | None) -> dict[str, Any] | None:
    if survey is None:
        return None
    return {"service": survey.service, "pattern": survey.pattern, "chosen": survey.chosen,
            "readers": [{"name": r.name, "state": r.state, "atr": r.atr.hex(" ")} for r in survey.readers]}


_README = """Diagnostics of an owner-customer kiosk, exported in maintenance mode.

config.json   the kiosk's effective configuration, without its secret
versions.json the kiosk's software and the platform
devices.json  the status lines as the technician saw them, the card readers and the printer
log.txt       the last lines of the kiosk's log, redacted (no customer data)
"""


def build_bundle(*, created_at: datetime, config: Mapping[str, Any], versions: Mapping[str, str],
                 devices: Mapping[str, Any], log_text: str) -> bytes:
    """The zip itself (deflated; every entry dated `created_at`)."""
    stamp = created_at.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, text in (("README.txt", _README), ("config.json", _json(config)),
                           ("versions.json", _json(versions)), ("devices.json", _json(devices)),
                           ("log.txt", log_text)):
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(entry, text)
    return buffer.getvalue()


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n"
