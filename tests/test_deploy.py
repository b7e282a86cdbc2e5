"""deploy/: the units a terminal runs are valid for systemd and never leave the screen black (issue 15)."""

from __future__ import annotations

import shlex
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from kiosk.config import load_config

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
UNITS = sorted(DEPLOY.glob("*.service"))
SYSTEM_UNITS = Path("/usr/lib/systemd/system")


def _unit(name: str) -> dict[str, dict[str, list[str]]]:
    """section -> key -> every value given (systemd allows a key more than once)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in (DEPLOY / name).read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
        else:
            key, _, value = line.partition("=")
            current.setdefault(key.strip(), []).append(value.strip())
    return sections


def _executables(unit: dict[str, dict[str, list[str]]]) -> list[str]:
    """The absolute paths an Exec*= line runs (the command and the program it hands on to)."""
    paths = []
    for key, values in unit.get("Service", {}).items():
        if key.startswith("Exec"):
            for value in values:
                words = [word.lstrip("-+!@:") for word in value.split()]  # the prefixes of systemd.service(5)
                paths += [word for word in words if word.startswith("/")]
    return paths


def test_systemd_analyze_verify_finds_nothing_to_say(tmp_path: Path) -> None:
    """Every unit as systemd would load it: keys, values, dependencies, executables.

    The programs the units run (cage, the kiosk in its virtualenv) are not installed on a
    test machine, so they are verified in a root of their own where each is a stub.
    """
    tool = shutil.which("systemd-analyze")
    if tool is None or not SYSTEM_UNITS.is_dir():
        pytest.skip("systemd-analyze is not installed (Debian package systemd, which scripts/test installs): "
                    "deploy/'s units cannot be verified here")
    root = tmp_path / "root"
    shutil.copytree(SYSTEM_UNITS, root / SYSTEM_UNITS.relative_to("/"), symlinks=True)
    units = root / "etc/systemd/system"
    units.mkdir(parents=True)
    for path in UNITS:
        shutil.copy(path, units / path.name)
        for executable in _executables(_unit(path.name)):
            stub = root / executable.lstrip("/")
            stub.parent.mkdir(parents=True, exist_ok=True)
            stub.write_text("#!/bin/sh\n")
            stub.chmod(0o755)
    result = subprocess.run([tool, "verify", f"--root={root}", "--man=no", *(str(units / p.name) for p in UNITS)],
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")  # a warning is a mistake too


def test_the_kiosk_starts_whatever_the_backend_and_is_watched() -> None:
    unit = _unit("owner-kiosk.service")
    service = unit["Service"]
    # `kiosk --check` there kept the screen black while the backend was down; what is left only
    # takes the out-of-order screen away, and its failure is ignored ("-").
    assert service["ExecStartPre"] == ["+-/usr/bin/systemctl stop owner-kiosk-out-of-order.service"]
    assert service["Type"] == ["notify"] and service["NotifyAccess"] == ["all"]  # the kiosk is cage's child
    assert int(service["WatchdogSec"][0]) >= 10
    assert service["Restart"] == ["always"]
    [command] = service["ExecStart"]
    assert "-u WATCHDOG_PID /opt/owner-kiosk/.venv/bin/kiosk" in command  # cage's pid is not the kiosk's
    assert unit["Unit"]["StartLimitBurst"] and unit["Unit"]["StartLimitIntervalSec"]


def test_after_too_many_starts_the_out_of_order_screen_takes_over() -> None:
    kiosk = _unit("owner-kiosk.service")
    assert kiosk["Unit"]["OnFailure"] == ["owner-kiosk-out-of-order.service"]
    # No Conflicts= between them: where OnFailure= fires between restarts too, starting the
    # screen would stop the kiosk for good.
    assert "owner-kiosk-out-of-order.service" not in " ".join(kiosk["Unit"].get("Conflicts", []))
    fallback = _unit("owner-kiosk-out-of-order.service")
    assert "owner-kiosk.service" not in " ".join(fallback["Unit"].get("Conflicts", []))
    [condition] = fallback["Service"]["ExecCondition"]
    command = shlex.split(condition.replace("$$", "$"))  # as systemd unescapes and splits it

    def shows(**monitor: str) -> bool:  # ExecCondition= exit 0: start; 1-254: skip, not a failure
        code = subprocess.run(command, env=monitor, timeout=10).returncode
        assert code in range(255)
        return code == 0

    assert shows(MONITOR_SERVICE_RESULT="start-limit-hit")  # the kiosk gave up
    assert not shows(MONITOR_SERVICE_RESULT="exit-code") and not shows(MONITOR_SERVICE_RESULT="watchdog")
    assert shows()  # a technician starts it by hand
    [command] = fallback["Service"]["ExecStart"]
    assert command.endswith("/opt/owner-kiosk/.venv/bin/kiosk --out-of-order")
    assert "KIOSK_CONFIG" not in " ".join(fallback["Service"].get("Environment", []))
    assert "Install" not in fallback  # started by OnFailure= only
    for key in ("User", "TTYPath", "PAMName"):
        assert fallback["Service"][key] == kiosk["Service"][key]


def test_the_example_config_keeps_the_secret_readable_by_the_kiosk_user_only(tmp_path: Path) -> None:
    text = (DEPLOY / "kiosk.example.toml").read_text()
    assert "install -o root -g kiosk -m 0640" in text and "root-only" not in text
    secret = tmp_path / "backend-secret"
    secret.write_text("s3cret\n")
    secret.chmod(0o640)
    path = tmp_path / "kiosk.toml"
    path.write_text(text.replace("/etc/owner-kiosk/backend-secret", str(secret)))
    assert load_config(path, environ={}).backend.kiosk_secret == "s3cret"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o640
