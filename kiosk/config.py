"""The kiosk's one validated configuration: a TOML file, then environment overrides.

A terminal that starts with a bad config must say exactly which key is wrong, so a
technician can fix it in two minutes; every problem is collected before failing.

A terminal's config names its devices: without a [card_reader] or [printer] section
(or its `kind`) it would run on simulated ones and tell shoppers to take receipts that
were never printed. `kind = "simulated"` is accepted only with `allow_simulated = true`
in the same section (a test terminal without that device), or in the testbed's modes
(`--demo`, `--tour`, the bench and the test rigs), which pass `testbed=True`.
"""

from __future__ import annotations

import ipaddress
import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class ConfigError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class BackendConfig:
    url: str = "http://127.0.0.1:8080"
    kiosk_id: str = ""
    kiosk_secret: str = field(default="", repr=False)
    connect_timeout_s: float = 3.0
    read_timeout_s: float = 8.0
    # The CA bundle (PEM) that the backend's TLS certificate must chain to, for a chain
    # with its own CA; empty: the public CAs that requests ships (certifi). Nothing from
    # the environment (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) is used: see TRUST_VARIABLES.
    verify: str = ""
    # Plain http:// to a host other than this machine: only on a network that is closed
    # and trusted end to end, and only when said so here.
    allow_insecure_http: bool = False


@dataclass(frozen=True)
class SessionConfig:
    idle_timeout_s: int = 60
    idle_warning_s: int = 15
    staff_idle_timeout_s: int = 180  # a staff session and its flows (a clerk and a member at the kiosk)


@dataclass(frozen=True)
class DisplayConfig:
    touch_only: bool = True
    language: str = "fi"
    orientation: str = "auto"  # auto follows the screen; landscape | portrait force the layout


@dataclass(frozen=True)
class CardReaderConfig:
    kind: str = "simulated"  # simulated | pcsc; a terminal's file must name it (DEVICE_SECTIONS)
    allow_simulated: bool = False  # kind "simulated" on a terminal: a test terminal without a reader
    reader_pattern: str = ""
    exchange_timeout_s: float = 5.0  # a card silent this long on one command "could not be read"


@dataclass(frozen=True)
class PrinterConfig:
    kind: str = "simulated"  # simulated | tcp | device | file; a terminal's file must name it (DEVICE_SECTIONS)
    allow_simulated: bool = False  # kind "simulated" on a terminal: a test terminal without a printer
    address: str = ""  # host:port (port 9100 if left out), device path or directory, by kind
    width_dots: int = 576
    band_rows: int = 256  # the tallest raster band sent at once
    connect_timeout_s: float = 3.0
    status_timeout_s: float = 2.0  # for the three status answers (and an idle printer's process ID)
    write_timeout_s: float = 20.0  # the base of a job's time to be sent and confirmed printed ...
    throughput_bytes_per_s: float = 8000.0  # ... plus its bytes at this rate: the slowest the printer takes a job in


@dataclass(frozen=True)
class FleetConfig:
    heartbeat_interval_s: int = 60  # the backend calls a kiosk silent after three missed heartbeats


@dataclass(frozen=True)
class SpeechConfig:
    # auto: espeak-ng where it is installed, else silent (logged once); espeak-ng: the same, its absence an
    # error in the log; none: never a sound (speech controls still work, nothing is heard)
    engine: str = "auto"
    voice_fi: str = "fi"  # espeak-ng voice names (espeak-ng --voices)
    voice_sv: str = "sv"
    voice_en: str = "en-gb"
    rate_wpm: int = 160
    # none: no headphone jack is watched; input: the Linux input device of the sound card's headphone
    # jack (SW_HEADPHONE_INSERT), found by itself, or the one at headphone_device
    headphones: str = "none"
    headphone_device: str = ""


@dataclass(frozen=True)
class KioskConfig:
    backend: BackendConfig = field(default_factory=BackendConfig)
    session: SessionConfig = field(default_factory=SessionConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)
    card_reader: CardReaderConfig = field(default_factory=CardReaderConfig)
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    fleet: FleetConfig = field(default_factory=FleetConfig)
    speech: SpeechConfig = field(default_factory=SpeechConfig)


_SECTIONS: dict[str, type] = {"backend": BackendConfig, "session": SessionConfig, "display": DisplayConfig,
                              "card_reader": CardReaderConfig, "printer": PrinterConfig, "fleet": FleetConfig,
                              "speech": SpeechConfig}
# The devices a terminal's config must name, and what the technician is told each one is.
DEVICE_SECTIONS = {"card_reader": ("card reader", "pcsc"), "printer": ("receipt printer", "tcp, device or file")}
_ENV = {"KIOSK_BACKEND_URL": ("backend", "url"), "KIOSK_ID": ("backend", "kiosk_id"),
        "KIOSK_SECRET": ("backend", "kiosk_secret")}
# Variables through which requests (and curl) would take a CA bundle from the environment.
# The kiosk does not: what a terminal trusts is in its config file and nowhere else, so a
# variable left in a service unit or a shell cannot widen or silently replace it. Their
# presence is reported (ignored_trust_variables) so that nobody believes they work.
TRUST_VARIABLES = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")


def _section(name: str, cls: type, raw: dict[str, Any], problems: list[str]) -> Any:
    defaults = cls()
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if not hasattr(defaults, key):
            problems.append(f"[{name}] {key}: unknown key")
            continue
        expected = type(getattr(defaults, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            problems.append(f"[{name}] {key}: expected {expected.__name__}, got {value!r}")
            continue
        values[key] = value
    return cls(**values)


def is_loopback(host: str) -> bool:
    """Only this machine: "localhost" or a loopback address, never a name that merely starts like one."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_backend_url(b: BackendConfig, problems: list[str]) -> None:
    try:
        parts = urlsplit(b.url)
        host, _port = parts.hostname or "", parts.port  # .port raises ValueError on a port that is not one
    except ValueError:
        problems.append("[backend] url: not a URL, e.g. https://kiosk-api.example.coop")
        return
    if parts.scheme not in ("http", "https") or not host:
        problems.append("[backend] url: must be https://host (or http:// on loopback)")
    elif parts.scheme == "http" and not is_loopback(host) and not b.allow_insecure_http:
        problems.append("[backend] url: plain http is allowed only on loopback; use https "
                        "(or set allow_insecure_http = true on a closed network)")
    if b.verify:
        if parts.scheme != "https":
            problems.append("[backend] verify: a CA bundle is used only with an https:// url")
        _check_ca_bundle(b.verify, problems)


def _check_ca_bundle(path: str, problems: list[str]) -> None:
    """The bundle is read here as the TLS library will read it, so a wrong file stops the kiosk at start."""
    if not Path(path).is_absolute():
        problems.append(f"[backend] verify: give the absolute path of the CA bundle, not {path!r}")
        return
    import ssl  # here, not at start-up: most terminals trust the public CAs and never load it this early

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        context.load_verify_locations(cafile=path)
    except OSError as err:
        if not isinstance(err, ssl.SSLError):
            problems.append(f"[backend] verify: cannot read {path}: {err.strerror}")
            return
    if context.cert_store_stats()["x509"] == 0:
        problems.append(f"[backend] verify: {path} holds no certificate (give the CA certificate(s) in PEM)")


def set_by_environment(environ: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """(section, key) -> the variable that overrides it in this environment: the file's value is not used there."""
    return {where: variable for variable, where in _ENV.items() if variable in environ}


def ignored_trust_variables(environ: Mapping[str, str]) -> list[str]:
    """The CA-bundle variables set in this environment, which the kiosk does not use (TRUST_VARIABLES)."""
    return [name for name in TRUST_VARIABLES if environ.get(name)]


def _check(config: KioskConfig, problems: list[str]) -> None:
    b = config.backend
    _check_backend_url(b, problems)
    if not b.kiosk_id:
        problems.append("[backend] kiosk_id: missing")
    if not b.kiosk_secret:
        problems.append("[backend] kiosk_secret: missing (set secret_file, kiosk_secret or KIOSK_SECRET)")
    if not (0 < b.connect_timeout_s <= 30 and 0 < b.read_timeout_s <= 60):
        problems.append("[backend] timeouts: connect 0–30 s, read 0–60 s")
    s = config.session
    if not (10 <= s.idle_timeout_s <= 3600) or not (0 < s.idle_warning_s < s.idle_timeout_s):
        problems.append("[session] idle_timeout_s 10–3600 and idle_warning_s below it")
    if not (30 <= s.staff_idle_timeout_s <= 3600) or not s.idle_warning_s < s.staff_idle_timeout_s:
        problems.append("[session] staff_idle_timeout_s 30–3600, above idle_warning_s")
    if config.display.language not in ("fi", "sv", "en"):
        problems.append("[display] language: fi, sv or en")
    if config.display.orientation not in ("auto", "landscape", "portrait"):
        problems.append("[display] orientation: auto, landscape or portrait")
    if config.card_reader.kind not in ("simulated", "pcsc"):
        problems.append("[card_reader] kind: simulated or pcsc")
    try:
        re.compile(config.card_reader.reader_pattern)
    except re.error as err:
        problems.append(f"[card_reader] reader_pattern: not a regular expression ({err})")
    if not 0.5 <= config.card_reader.exchange_timeout_s <= 30:
        problems.append("[card_reader] exchange_timeout_s: 0.5–30 s")
    p = config.printer
    if p.kind not in ("simulated", "tcp", "device", "file"):
        problems.append("[printer] kind: simulated, tcp, device or file")
    if p.width_dots not in (384, 512, 576):
        problems.append("[printer] width_dots: 384, 512 or 576")
    _check_printer(p, problems)
    if not 10 <= config.fleet.heartbeat_interval_s <= 3600:
        problems.append("[fleet] heartbeat_interval_s: 10–3600 s")
    _check_speech(config.speech, problems)


def _check_speech(sp: SpeechConfig, problems: list[str]) -> None:
    if sp.engine not in ("auto", "espeak-ng", "none"):
        problems.append("[speech] engine: auto, espeak-ng or none")
    for lang in ("fi", "sv", "en"):
        if not re.fullmatch(r"[A-Za-z0-9+_-]{1,40}", getattr(sp, f"voice_{lang}")):
            problems.append(f"[speech] voice_{lang}: an espeak-ng voice name, e.g. {SpeechConfig().voice_fi!r}")
    if not 80 <= sp.rate_wpm <= 450:
        problems.append("[speech] rate_wpm: 80–450 words a minute")
    if sp.headphones not in ("none", "input"):
        problems.append("[speech] headphones: none or input")
    if sp.headphone_device and not sp.headphone_device.startswith("/dev/input/"):
        problems.append("[speech] headphone_device: an input device, e.g. /dev/input/event5")


def _check_devices(raw: Mapping[str, Any], config: KioskConfig, problems: list[str]) -> None:
    """A terminal's own devices, named: never simulated by a forgotten section or key."""
    for name, (device, real_kinds) in DEVICE_SECTIONS.items():
        section = raw.get(name)
        chosen: CardReaderConfig | PrinterConfig = getattr(config, name)
        if section is None:
            problems.append(f"[{name}]: missing; name the terminal's {device} (kind = {real_kinds})")
        elif not isinstance(section, dict):
            continue  # reported as "must be a table"
        elif "kind" not in section:
            problems.append(f"[{name}] kind: missing; name the terminal's {device} ({real_kinds})")
        elif chosen.kind == "simulated" and not chosen.allow_simulated:
            problems.append(f'[{name}] kind = "simulated": shoppers would be served by a {device} that is not '
                            f"there; name the real one ({real_kinds}), or set allow_simulated = true in [{name}] "
                            "on a test terminal")


def _check_printer(p: PrinterConfig, problems: list[str]) -> None:
    from kiosk.devices.escpos import MAX_BAND_ROWS
    from kiosk.devices.escpos_printer import parse_address

    if not 1 <= p.band_rows <= MAX_BAND_ROWS:
        problems.append(f"[printer] band_rows: 1–{MAX_BAND_ROWS}")
    if not (0 < p.connect_timeout_s <= 30 and 0 < p.status_timeout_s <= 10 and 0 < p.write_timeout_s <= 120):
        problems.append("[printer] timeouts: connect 0–30 s, status 0–10 s, write 0–120 s")
    if not 500 <= p.throughput_bytes_per_s <= 10_000_000:
        problems.append("[printer] throughput_bytes_per_s: 500–10000000 (bytes a second the printer takes in)")
    if p.kind == "tcp":
        try:
            parse_address(p.address)
        except ValueError as err:
            problems.append(f"[printer] address: for kind tcp give host:port, e.g. 192.0.2.10:9100 ({err})")
    elif p.kind == "device" and not p.address.startswith("/"):
        problems.append("[printer] address: for kind device give the device path, e.g. /dev/usb/lp0")
    elif p.kind == "file" and not p.address:
        problems.append("[printer] address: for kind file give the folder the jobs are written to")


def parse_config(raw: dict[str, Any], environ: dict[str, str] | None = None, *,
                 testbed: bool = False) -> KioskConfig:
    """The validated config, or ConfigError with every problem.

    `testbed`: a demo, tour, bench or test rig, whose devices are simulated unless it
    says otherwise; a terminal's config (the default) must name its devices.
    """
    environ = dict(os.environ if environ is None else environ)
    problems: list[str] = []
    raw = {name: dict(value) if isinstance(value, dict) else value for name, value in raw.items()}
    backend = raw.setdefault("backend", {})
    if isinstance(backend, dict) and "secret_file" in backend:
        path = Path(str(backend.pop("secret_file")))
        try:
            backend["kiosk_secret"] = path.read_text().strip()
            if path.stat().st_mode & stat.S_IROTH:
                problems.append(f"[backend] secret_file: {path} is readable by every user of the terminal; "
                                f"let only root and the kiosk's group read it (chown root:kiosk {path}; "
                                f"chmod 0640 {path})")
        except OSError as err:
            problems.append(f"[backend] secret_file: cannot read {path}: {err.strerror}")
    for variable, (section, key) in _ENV.items():
        if variable in environ:
            raw.setdefault(section, {})[key] = environ[variable]
    sections = {}
    for name, value in raw.items():
        if name not in _SECTIONS:
            problems.append(f"[{name}]: unknown section")
        elif not isinstance(value, dict):
            problems.append(f"[{name}]: must be a table")
        else:
            sections[name] = _section(name, _SECTIONS[name], value, problems)
    config = KioskConfig(**sections)
    _check(config, problems)
    if not testbed:
        _check_devices(raw, config, problems)
    if problems:
        raise ConfigError(problems)
    return config


def load_config(path: Path, environ: dict[str, str] | None = None, *, testbed: bool = False) -> KioskConfig:
    try:
        raw = tomllib.loads(path.read_text())
    except OSError as err:
        raise ConfigError([f"{path}: {err.strerror}"]) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError([f"{path}: {err}"]) from None
    return parse_config(raw, environ, testbed=testbed)
