"""Backends forked from a process that has imported them already: quick starts for tests.

A test suite starts hundreds of backends, each its own process on its own database, so
that a test can stop or freeze it and no test sees another's data. A new interpreter
spends ~1.5 s importing FastAPI, SQLAlchemy, uvicorn and the backend before it serves;
a fork of a process that did those imports once serves within a tenth of a second. The
fork is still a process of its own that serves real HTTP, started by uvicorn's own
command line with the same arguments and environment as `python -m uvicorn ...`.

The fork server is `python -m testbed.backend_forks`, started in the checkout's root like
that command, so it imports the same tree's backend. It reads one request per line
(JSON: uvicorn's arguments, the environment, the output file) and answers
`started <pid>`; when a child ends it says `exited <pid> <code>`. When its standard input
closes (the process that started it is gone) it stops every child and exits: no backend
outlives its test run.

Why not multiprocessing's forkserver: its children re-run the parent's main script (a
benchmark, or pytest's console script) and import the project from whatever sys.path the
parent had, not from the checkout the backend belongs to.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent

# Imported once by the fork server: everything a backend imports on its way to serving, and what
# its first requests import (anyio's event-loop backend; the validation's libraries, which
# backend.validation imports when first called because the terminal shares that module; the
# event loop uvicorn picks, the database drivers, and OpenSSL's bindings for the card signatures:
# ~9 ms of CPU in each fork, found by comparing a fork's sys.modules after a visit with the server's).
PRELOAD = ("backend.app", "backend.mssp.demo", "backend.mssp.sim", "uvicorn.main", "uvicorn.config",
           "uvicorn.server", "uvicorn.lifespan.on", "uvicorn.loops.auto", "uvicorn.loops.asyncio",
           "uvicorn.protocols.http.auto", "uvicorn.protocols.websockets.auto", "anyio._backends._asyncio",
           "stdnum.luhn", "stdnum.iban", "stdnum.fi.hetu", "stdnum.fi.ytunnus", "phonenumbers", "sqlite3",
           "sqlalchemy.dialects.sqlite.pysqlite", "cryptography.hazmat.backends.openssl.backend",
           "fastapi.telemetry._runtime")
PRELOAD_IF_INSTALLED = ("psycopg", "sqlalchemy.dialects.postgresql.psycopg", "backend.pg")
"""PostgreSQL's driver, where the postgres extra is installed (the test extra has it)."""

# What poll() says of a backend whose fork server has ended (it stops its children as it
# ends, so the backend has ended too, with a code no one is left to tell).
UNKNOWN_EXIT_CODE = -1


class ForkServer:
    """The client side: asks the fork server for backends and learns when they end."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # The server's own errors (an import that failed), in an unnamed file for the error message.
        descriptor, name = tempfile.mkstemp(prefix="backend-forks-")
        os.unlink(name)
        self._errors = descriptor
        self._process = subprocess.Popen([sys.executable, "-m", "testbed.backend_forks"], cwd=ROOT,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=descriptor)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._requests: IO[bytes] = self._process.stdin
        self._answers_file: IO[bytes] = self._process.stdout
        self._answers = self._answers_file.fileno()
        self._pending = b""
        self._exit_codes: dict[int, int] = {}

    @property
    def running(self) -> bool:
        return self._process.poll() is None

    def fork(self, uvicorn_args: list[str], environment: dict[str, str], output: Path) -> int:
        """A new backend process running `uvicorn <uvicorn_args>`; its pid."""
        request = json.dumps({"args": uvicorn_args, "environment": environment, "output": str(output)})
        with self._lock:
            try:
                self._requests.write(request.encode() + b"\n")
                self._requests.flush()
            except BrokenPipeError:
                raise RuntimeError(f"the backend fork server is gone: {self._error_text()}") from None
            deadline = time.monotonic() + 60  # the first request waits for the imports
            while True:
                for line in self._read_lines(deadline - time.monotonic()):
                    word, pid = line.split()[:2]
                    if word == "started":
                        return int(pid)
                if time.monotonic() >= deadline or not self.running:
                    raise RuntimeError(f"the backend fork server did not answer: {self._error_text()}")

    def exit_code(self, pid: int, timeout: float = 0.0) -> int | None:
        """The forked process's exit code once it has ended (waiting up to `timeout` s), else None."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while pid not in self._exit_codes:
                if not self.running:
                    return UNKNOWN_EXIT_CODE  # the server stops its children as it ends
                self._read_lines(max(0.0, deadline - time.monotonic()))
                if time.monotonic() >= deadline:
                    break
            return self._exit_codes.get(pid)

    def close(self) -> None:
        """Closing its input stops the server and every backend it forked."""
        with contextlib.suppress(OSError):
            self._requests.close()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(5)
        self._answers_file.close()
        os.close(self._errors)

    def _read_lines(self, timeout: float) -> list[str]:
        """The server's answers that arrive within `timeout`; exit reports are kept."""
        ready, _, _ = select.select([self._answers], [], [], max(0.0, timeout))
        if not ready:
            return []
        chunk = os.read(self._answers, 65536)
        if not chunk:
            return []
        *lines, self._pending = (self._pending + chunk).split(b"\n")
        answers = [line.decode() for line in lines]
        for answer in answers:
            word, pid, *code = answer.split()
            if word == "exited":
                self._exit_codes[int(pid)] = int(code[0])
        return answers

    def _error_text(self) -> str:
        return os.pread(self._errors, 1 << 20, 0).decode(errors="replace")[-3000:]


_server: ForkServer | None = None
_server_lock = threading.Lock()


def fork_server() -> ForkServer:
    """This process's fork server, started on first use and stopped when the process exits."""
    global _server
    with _server_lock:
        if _server is None or not _server.running:
            _server = ForkServer()
            atexit.register(_server.close)
        return _server


class ForkedBackend:
    """A forked backend with the part of subprocess.Popen's interface testbed.local_backend uses."""

    def __init__(self, server: ForkServer, pid: int, command: list[str], stderr_path: Path | None) -> None:
        self.pid = pid
        self._server = server
        self._command = command
        self.stderr_path = stderr_path  # its output when the caller keeps no log; removed by close()

    def poll(self) -> int | None:
        return self._server.exit_code(self.pid)

    def wait(self, timeout: float | None = None) -> int:
        code = self._server.exit_code(self.pid, 3600.0 if timeout is None else timeout)
        if code is None:
            raise subprocess.TimeoutExpired(self._command, timeout or 0.0)
        return code

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:  # an ended process's pid may belong to another process by now
            os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def close(self) -> None:
        if self.stderr_path is not None:
            self.stderr_path.unlink(missing_ok=True)


def start_forked(command: list[str], uvicorn_args: list[str], environment: dict[str, str],
                 log_path: Path | None) -> ForkedBackend:
    """Fork a backend that runs `uvicorn <uvicorn_args>` (`command` is the equivalent command line, for errors).

    Its output goes to log_path, or to a temporary file that the start-up error reads.
    """
    stderr_path = None
    if log_path is None:
        descriptor, name = tempfile.mkstemp(prefix="backend-", suffix=".log")
        os.close(descriptor)
        stderr_path = Path(name)
    output = log_path or stderr_path
    assert output is not None
    server = fork_server()
    return ForkedBackend(server, server.fork(uvicorn_args, environment, output), command, stderr_path)


# --- the fork server itself -----------------------------------------------------------------------------

def _run_child(request: dict[str, object]) -> None:  # object: a request unpickled from the fork server, checked below
    """In the forked child: the environment and output of a `python -m uvicorn ...` child, then uvicorn."""
    args, environment, output = request["args"], request["environment"], request["output"]
    assert isinstance(args, list) and isinstance(environment, dict) and isinstance(output, str)
    code = 1
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.set_wakeup_fd(-1)
        os.environ.clear()
        os.environ.update({str(key): str(value) for key, value in environment.items()})
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        descriptor = os.open(output, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.dup2(descriptor, 1)
        os.dup2(descriptor, 2)
        os.close(descriptor)
        from uvicorn.main import main

        main([str(arg) for arg in args], prog_name="uvicorn")  # click exits with uvicorn's code
        code = 0
    except SystemExit as end:
        code = end.code if isinstance(end.code, int) else (0 if end.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)  # never back into the server's loop, nor through its atexit


def _warm() -> None:
    """Done once here, what each backend did on its first requests (a quarter of a test backend's CPU,
    py-spy over the kiosk's flow tests): SQLAlchemy configures the mappers on the first query, and
    FastAPI reads each endpoint's source (its file and line, for error messages) on the endpoint's
    first request, tokenizing the module. FastAPI keeps those per endpoint function, and the routes
    are the process's own (backend.app.ROUTERS), so every fork finds them done."""
    from fastapi import routing
    from sqlalchemy.orm import configure_mappers

    from backend.app import ROUTERS, freeze_what_lasts

    for name in PRELOAD:
        importlib.import_module(name)
    for name in PRELOAD_IF_INSTALLED:
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(name)
    configure_mappers()
    endpoint_context = getattr(routing, "_extract_endpoint_context", None)  # FastAPI's own, since 0.165
    if endpoint_context is not None:
        for router in ROUTERS:
            for route in router.routes:
                if isinstance(route, routing.APIRoute):
                    endpoint_context(route.dependant.call)
    # What the forks inherit is frozen once here: each fork's own freeze_what_lasts then walks only what
    # the fork made itself.
    freeze_what_lasts()


def _serve() -> None:
    _warm()
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_read, False)
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)  # wakes select through the wakeup fd
    children: set[int] = set()
    pending = b""

    def answer(text: str) -> None:
        os.write(1, text.encode() + b"\n")

    while True:
        ready, _, _ = select.select([0, wake_read], [], [])
        if wake_read in ready:
            with contextlib.suppress(BlockingIOError):
                os.read(wake_read, 4096)
        while children:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            children.discard(pid)
            answer(f"exited {pid} {os.waitstatus_to_exitcode(status)}")
        if 0 not in ready:
            continue
        chunk = os.read(0, 65536)
        if not chunk:
            break  # whoever started the server is gone
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            request = json.loads(line)
            pid = os.fork()
            if pid == 0:
                os.close(wake_read)
                os.close(wake_write)
                _run_child(request)
            children.add(pid)
            answer(f"started {pid}")
    for pid in children:  # a frozen backend must run to act on SIGTERM
        for sig in (signal.SIGCONT, signal.SIGTERM):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
    deadline = time.monotonic() + 5
    while children and time.monotonic() < deadline:
        pid, _ = os.waitpid(-1, os.WNOHANG)
        if pid:
            children.discard(pid)
        else:
            time.sleep(0.02)
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


if __name__ == "__main__":
    _serve()
