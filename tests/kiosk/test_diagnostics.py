"""What maintenance mode makes of its measurements: green, amber or red with the fact that decided, and the bundle."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.devices.base import PrinterState, ReaderStatus, ReaderSurvey
from kiosk.diagnostics import (
    BackendProbe,
    Fact,
    Level,
    Part,
    StatusLine,
    assess_backend,
    assess_disk,
    assess_mssp,
    assess_printer,
    assess_reader,
    build_bundle,
    bundle_name,
    removable_media,
)
from kiosk.tls import CertificateCheck

GOOD = BackendProbe(latency_ms=40, clock_skew_s=0.4, mssp="answering", mssp_ms=30,
                    certificate=CertificateCheck("valid", 200))


def test_a_healthy_backend_is_green_with_every_fact_named() -> None:
    line = assess_backend(GOOD)
    assert line.level is Level.OK
    assert [f.code for f in line.facts] == ["latency", "certificate_days", "clock_skew"]


@pytest.mark.parametrize(("probe", "level", "deciding"), [
    (BackendProbe(error="backend_unreachable", certificate=CertificateCheck("unreachable")), Level.ERROR,
     "backend_unreachable"),
    (BackendProbe(latency_ms=900, clock_skew_s=0.0, certificate=CertificateCheck("valid", 200)), Level.WARN,
     "latency"),
    (BackendProbe(latency_ms=40, clock_skew_s=0.0, certificate=CertificateCheck("valid", 20)), Level.WARN,
     "certificate_days"),
    (BackendProbe(latency_ms=40, clock_skew_s=0.0, certificate=CertificateCheck("valid", 5)), Level.ERROR,
     "certificate_days"),
    (BackendProbe(latency_ms=40, clock_skew_s=-95.0, certificate=CertificateCheck("valid", 200)), Level.WARN,
     "clock_skew"),
    (BackendProbe(latency_ms=40, clock_skew_s=400.0, certificate=CertificateCheck("valid", 200)), Level.ERROR,
     "clock_skew"),
    (BackendProbe(latency_ms=40, clock_skew_s=0.0, certificate=CertificateCheck("no_tls")), Level.WARN, "no_tls"),
    (BackendProbe(error="backend_tls_failed", certificate=CertificateCheck("untrusted")), Level.ERROR,
     "certificate_untrusted"),
])
def test_each_backend_problem_sets_its_colour_and_says_why(probe: BackendProbe, level: Level, deciding: str) -> None:
    line = assess_backend(probe)
    assert line.level is level
    assert deciding in [f.code for f in line.facts if f.level is level]


def test_plain_http_on_this_machine_is_fine() -> None:
    probe = BackendProbe(latency_ms=5, clock_skew_s=0.0, certificate=CertificateCheck("no_tls"), loopback=True)
    assert assess_backend(probe).level is Level.OK


@pytest.mark.parametrize(("state", "level"), [("answering", Level.OK), ("not_configured", Level.ERROR),
                                              ("credentials_refused", Level.ERROR), ("not_answering", Level.ERROR),
                                              ("bad_answer", Level.WARN)])
def test_the_mssp_as_the_backend_sees_it(state: str, level: Level) -> None:
    assert assess_mssp(BackendProbe(mssp=state)).level is level


def test_the_mssp_is_unknown_while_the_backend_does_not_answer() -> None:
    line = assess_mssp(BackendProbe(error="backend_timeout"))
    assert line == StatusLine(Part.MSSP, (Fact("backend_unknown", Level.UNKNOWN),))


@pytest.mark.parametrize(("survey", "level", "code"), [
    (ReaderSurvey(False, (), None, ""), Level.ERROR, "no_pcscd"),
    (ReaderSurvey(True, (), None, ""), Level.ERROR, "no_readers"),
    (ReaderSurvey(True, (ReaderStatus("Alcor 00", "empty"),), None, "Identiv"), Level.ERROR, "pattern_matches_none"),
    (ReaderSurvey(True, (ReaderStatus("Identiv 00", "empty"),), "Identiv 00", "Identiv"), Level.OK, "reader_in_use"),
])
def test_the_card_reader_line(survey: ReaderSurvey, level: Level, code: str) -> None:
    line = assess_reader(survey, "pcsc")
    assert line.level is level and line.facts[0].code == code


@pytest.mark.parametrize(("state", "level"), [(PrinterState.READY, Level.OK), (PrinterState.PAPER_NEAR_END, Level.WARN),
                                              (PrinterState.PAPER_OUT, Level.ERROR),
                                              (PrinterState.COVER_OPEN, Level.ERROR),
                                              (PrinterState.OFFLINE, Level.ERROR),
                                              (PrinterState.UNREACHABLE, Level.ERROR)])
def test_the_printer_line(state: PrinterState, level: Level) -> None:
    assert assess_printer(state).level is level


@pytest.mark.parametrize(("free_mb", "level"), [(100, Level.ERROR), (1500, Level.WARN), (40000, Level.OK),
                                                (None, Level.UNKNOWN)])
def test_the_disk_line(free_mb: int | None, level: Level) -> None:
    assert assess_disk(free_mb).level is level


def test_the_bundle_holds_its_five_files_and_nothing_else() -> None:
    at = datetime(2026, 11, 25, 10, 0).astimezone()
    data = build_bundle(created_at=at, config={"backend": {"url": "https://a"}}, versions={"kiosk": "1.0"},
                        devices={"status": []}, log_text="INFO kiosk: ready\n")
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        assert sorted(bundle.namelist()) == ["README.txt", "config.json", "devices.json", "log.txt", "versions.json"]
        assert json.loads(bundle.read("config.json")) == {"backend": {"url": "https://a"}}
        assert bundle.read("log.txt") == b"INFO kiosk: ready\n"
    assert bundle_name("store 4104/kiosk 1", at) == "kiosk-diagnostics-store_4104_kiosk_1-20261125-100000.zip"


def test_removable_media_are_found_where_desktops_and_udisks_mount_them(tmp_path: Path) -> None:
    media, run_media = tmp_path / "media", tmp_path / "run-media"
    (media / "cdrom").mkdir(parents=True)
    (run_media / "kiosk" / "USBSTICK").mkdir(parents=True)
    mounted = {run_media / "kiosk" / "USBSTICK"}
    assert removable_media([media, run_media], lambda path: path in mounted) == run_media / "kiosk" / "USBSTICK"
    assert removable_media([media, run_media], lambda path: False) is None  # folders alone are no media
