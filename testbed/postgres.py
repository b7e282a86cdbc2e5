"""A throw-away PostgreSQL cluster for tests and benchmarks: Debian's server, our own data directory.

The tests' own server, not the machine's: initdb into a temporary directory, listening only
on a Unix socket in that directory (no TCP port to collide with), stopped and deleted
afterwards. PostgreSQL refuses to run as root, so when we are root it runs as `postgres`.

`python -m testbed.postgres DIR` starts one and prints its URL (for scripts/test, which
stops it with `python -m testbed.postgres --stop DIR`); `--scratch` prints where such a directory
best goes (`scratch_root`).
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "kiosk"

SCRATCH_MIN_FREE = 2 * 1024**3
"""Room a test run's cluster needs in memory: the demo template per worker, the tests' copies, a little WAL."""


def scratch_root() -> Path:
    """Where a throw-away cluster goes: a memory file system (/dev/shm) where it has the room, else the temp dir.

    On ext4 the test suite's ~900 databases, each copied from its template and dropped, made the server
    spend most of its CPU in the kernel finding free inodes among the files just deleted (perf: ext4's
    find_inode_bit and recently_deleted): 123 s of the server's CPU for 220 tests, against 23 s on tmpfs,
    and the PostgreSQL pass took 2.8 times as long. A container's small /dev/shm (64 MB) is not used.
    """
    shm = Path("/dev/shm")
    try:
        stats = os.statvfs(shm)
    except OSError:
        return Path(tempfile.gettempdir())
    if os.access(shm, os.W_OK) and stats.f_bavail * stats.f_frsize >= SCRATCH_MIN_FREE:
        return shm
    return Path(tempfile.gettempdir())


def _bin_dir() -> Path:
    """The newest installed server's programs (Debian keeps them out of PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    return Path(found[-1]).parent


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@dataclass
class PostgresCluster:
    directory: Path

    @property
    def socket_dir(self) -> Path:
        return self.directory / "socket"

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL (psycopg 3) over the Unix socket."""
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def start(self) -> None:
        bin_dir = _bin_dir()
        data = self.directory / "data"
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres")
            shutil.chown(self.socket_dir, "postgres")
            self.directory.chmod(0o755)
        if not data.exists():
            subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                                            "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]),
                           check=True, stdout=subprocess.DEVNULL)
        # Durability off: a test cluster lives for one run; fsync would only slow it down. The write-ahead log
        # kept short: in scratch_root it is memory (each test's copy of its template passes through it).
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                   "-c max_wal_size=256MB -c min_wal_size=64MB")
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l",
                                        str(self.directory / "server.log"), "-o", options, "-w", "start"]),
                       check=True, stdout=subprocess.DEVNULL)

    def stop(self) -> None:
        data = self.directory / "data"
        if (data / "postmaster.pid").exists():
            subprocess.run(_as_server_user([str(_bin_dir() / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                            "-w", "stop"]), check=False, stdout=subprocess.DEVNULL)

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


def new_cluster() -> PostgresCluster:
    """A started cluster in a new temporary directory; the caller destroys it."""
    cluster = PostgresCluster(Path(tempfile.mkdtemp(prefix="kiosk-pg-", dir=scratch_root())))
    cluster.start()
    return cluster


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A throw-away PostgreSQL cluster in DIR.")
    parser.add_argument("directory", type=Path, nargs="?")
    parser.add_argument("--stop", action="store_true", help="stop the cluster and delete DIR")
    parser.add_argument("--scratch", action="store_true", help="print where a cluster's DIR best goes, and exit")
    args = parser.parse_args(argv)
    if args.scratch:
        print(scratch_root())
        return 0
    if args.directory is None:
        parser.error("DIR is required")
    cluster = PostgresCluster(args.directory)
    if args.stop:
        cluster.destroy()
        return 0
    cluster.start()
    print(cluster.url())
    return 0


if __name__ == "__main__":
    sys.exit(main())
