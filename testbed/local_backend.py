"""Running the reference backend on loopback, for tests, benchmarks and the demo.

Light to import (no SQLAlchemy at module level): the kiosk's demo mode uses it to start
the backend as a child process.

The backend runs in its own process (uvicorn), as it does in production, so whoever
uses this talks real HTTP to it and can stop or freeze it to see what a kiosk sees.

Tests start hundreds of backends: with `forked=True` each is forked from a process that
has imported the backend already (testbed.backend_forks), which serves within a tenth of
a second instead of ~1.5 s. It is still a process of its own serving real HTTP.
"""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

import requests
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from testbed.backend_forks import ForkedBackend, start_forked

if TYPE_CHECKING:
    from sqlalchemy import Engine

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LocalBackend:
    database_url: str
    port: int
    demo_mode: bool = False
    build_demo: bool = False  # the child builds fresh demo data at database_url before serving
    environment: dict[str, str] = field(default_factory=dict)  # e.g. KIOSK_BACKEND_CHALLENGE_TTL_SECONDS
    access_log: bool = False  # uvicorn's access log and info messages, as a served backend writes them
    log_path: Path | None = None  # where the process's output goes (appended); None: nowhere but start-up errors
    # Serve https with this certificate and key (PEM; not with build_demo); ca_bundle is what the start-up
    # check trusts.
    tls_certfile: Path | None = None
    tls_keyfile: Path | None = None
    ca_bundle: Path | None = None
    forked: bool = False  # forked from testbed.backend_forks' server (the backend imported already): for tests
    process: subprocess.Popen[bytes] | ForkedBackend | None = None
    _stderr: IO[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls_certfile else 'http'}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> None:
        # Phone links point at this backend itself unless the caller says otherwise.
        env = {"KIOSK_BACKEND_PUBLIC_URL": self.url, **os.environ, **self.environment,
               "KIOSK_BACKEND_DATABASE_URL": self.database_url,
               "KIOSK_BACKEND_DEMO_MODE": "1" if self.demo_mode else "0"}
        if self.demo_mode:
            from backend.mssp.demo import demo_mssp_environment

            env = {**demo_mssp_environment(self.url), **env}  # the demo's own simulated MSSP, unless told otherwise
        # asyncio's event loop, as `kiosk-backend serve` runs it (backend.cli says why), whatever else is installed.
        uvicorn_args = ["backend.app:app_from_env", "--factory", "--host", "127.0.0.1", "--port", str(self.port),
                        "--loop", "asyncio"]
        uvicorn_args += ["--log-level", "info"] if self.access_log else ["--log-level", "warning", "--no-access-log"]
        if self.tls_certfile is not None and self.tls_keyfile is not None:
            uvicorn_args += ["--ssl-certfile", str(self.tls_certfile), "--ssl-keyfile", str(self.tls_keyfile)]
        if self.build_demo:
            command = [sys.executable, "-m", "backend.cli", "--demo", "--host", "127.0.0.1", "--port", str(self.port),
                       "--database-url", self.database_url]
            self.build_demo = False  # a restart serves the data built the first time
            fork = False
        else:
            command = [sys.executable, "-m", "uvicorn", *uvicorn_args]
            fork = self.forked
        if fork:
            self.process = start_forked(command, uvicorn_args, env, self.log_path)
        elif self.log_path is not None:
            with self.log_path.open("ab") as log:
                self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
        else:
            # A file, not a pipe: nobody reads a pipe while the backend runs, and a backend
            # that filled one (64 KiB of warnings in a long test or demo) would stall on its next line.
            self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the process; closed by stop()
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                            stderr=self._stderr)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self._output()
                self.stop()
                raise RuntimeError(f"backend exited: {error}")
            try:
                trust: bool | str = str(self.ca_bundle) if self.ca_bundle else True
                if requests.get(self.url + "/health", timeout=0.5, verify=trust).ok:
                    return
            except (requests.ConnectionError, requests.Timeout):
                pass  # not listening yet, or (on a loaded machine) too busy to answer within 0.5 s
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("backend did not start in time")

    def _output(self) -> str:
        """What the exited process wrote, for the error that says it did not start."""
        if self.log_path is not None:
            return self.log_path.read_text(errors="replace")
        if isinstance(self.process, ForkedBackend) and self.process.stderr_path is not None:
            return self.process.stderr_path.read_text(errors="replace")
        if isinstance(self.process, subprocess.Popen) and self._stderr is not None:
            self._stderr.seek(0)
            return self._stderr.read().decode(errors="replace")
        return ""

    def stop(self) -> None:
        """Shut down as a served backend does on SIGTERM (uvicorn takes ~0.2 s); a restart may follow."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # a frozen process cannot act on SIGTERM
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if isinstance(self.process, ForkedBackend):
            self.process.close()
        self._close_stderr()

    def _close_stderr(self) -> None:
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def discard(self) -> None:
        """End it at once (SIGKILL, frozen or not), for a test whose backend and database are done with."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        if isinstance(self.process, ForkedBackend):
            self.process.close()
        self._close_stderr()

    def freeze(self) -> None:
        """Stop the process without closing its socket: requests connect and then hang."""
        assert self.process
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.process
        self.process.send_signal(signal.SIGCONT)


def sign_as_demo_card(card_number: str, challenge_b64: str) -> str:
    """What a demo card answers to INTERNAL AUTHENTICATE, base64 for the API."""
    from backend.demo_cards import demo_card_private_key

    signature = demo_card_private_key(card_number).sign(base64.b64decode(challenge_b64), ec.ECDSA(hashes.SHA256()))
    return base64.b64encode(signature).decode()


def raise_to_strong(database_url: str, token: str, engine: Engine | None = None) -> None:
    """Stand-in for the mobile-certificate confirmation (issue 5), the only production path
    to `strong`: until it exists, tests and benchmarks lift the session in the database.

    `engine`, an engine already on that database (an in-process app's), saves a new one: on
    PostgreSQL a new connection is a server process, ~20 ms of CPU for the one statement."""
    from sqlalchemy import update

    from backend.db import make_engine
    from backend.models import CustomerSession
    from backend.security import sha256_hex

    used = engine or make_engine(database_url)
    try:
        with used.begin() as connection:
            result = connection.execute(update(CustomerSession)
                                        .where(CustomerSession.token_sha256 == sha256_hex(token))
                                        .values(assurance="strong"))
            if result.rowcount != 1:
                raise LookupError("no such session")
    finally:
        if used is not engine:
            used.dispose()
