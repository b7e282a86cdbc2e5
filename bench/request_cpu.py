"""CPU per request of the heavy buyer's visit: the backend's, PostgreSQL's and the load generator's.

Wall-clock figures on a shared 2-core machine swing with whatever else runs; CPU seconds
do not, so versions of the backend are compared by the CPU a fixed number of visits costs
(bench/chain_load.py's visit, on its lean HTTP generator). Run against a PostgreSQL
database already holding the demo and the chain (`--build` makes it), serving the code of
`--tree` (another worktree, for an A/B comparison); interleave the versions to compare.

Prints, one `name value` a line: requests, wall_s, backend_ms_per_request,
postgres_ms_per_request, generator_ms_per_request, machine_ms_per_request (every core's busy
time, from /proc/stat: meaningful only on an otherwise quiet machine).

    python bench/request_cpu.py --database-url URL [--build] [--tree DIR] [--visits 300] [--clients 4]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.chain_load import Connection, StrongMaker, Tally, Visitor, add_chain  # noqa: E402
from testbed.local_backend import free_port  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def process_cpu_s(pid: int, children_too: bool = False) -> float:
    """utime + stime of one process (and of its reaped children), in seconds; 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    if children_too:
        ticks += int(fields[13]) + int(fields[14])  # cutime, cstime
    return ticks / TICK


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            if parent == pid:
                found.append(int(entry.name))
    return found


def tree_cpu_s(pid: int) -> float:
    """A process, its live descendants and every child reaped so far."""
    total = process_cpu_s(pid, children_too=True)
    for child in children_of(pid):
        total += tree_cpu_s(child)
    return total


def machine_busy_s() -> float:
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values[:8]) - idle) / TICK


def postmaster_pid(url: str) -> int:
    found = re.search(r"host=([^&]+)", url)
    if found is None:
        raise SystemExit("a PostgreSQL URL over a testbed.postgres socket is needed")
    return int((Path(found.group(1)).parent / "data" / "postmaster.pid").read_text().split()[0])


def play(base: str, strong: StrongMaker, visits: int, clients: int) -> Tally:
    tally = Tally()
    counter = iter(range(visits))
    lock = threading.Lock()

    def run() -> None:
        visitor = Visitor(base, tally, strong)
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                break
            visitor.visit(index)
        visitor.connection.close()

    threads = [threading.Thread(target=run) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--build", action="store_true", help="first build the demo and the chain into it")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the code the backend serves")
    parser.add_argument("--visits", type=int, default=300)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if args.build:
        from backend.cli import build_demo_database

        build_demo_database(args.database_url)
        add_chain(args.database_url, 1000, 20000)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(args.tree), "KIOSK_BACKEND_PUBLIC_URL": base,
           "KIOSK_BACKEND_CARD_CHALLENGES_PER_KIOSK": "1000000"}
    server = subprocess.Popen([sys.executable, "-m", "backend.cli", "serve", "--workers", str(args.workers),
                               "--port", str(port), "--database-url", args.database_url],
                              cwd=args.tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    strong = StrongMaker(args.database_url)
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the backend did not start")
            try:
                if Connection(base).request("GET", "/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        play(base, strong, 20, args.clients)  # warm up: imports, pools, statement caches
        postmaster = postmaster_pid(args.database_url)
        before = (tree_cpu_s(server.pid), tree_cpu_s(postmaster), time.process_time(), machine_busy_s(),
                  time.monotonic())
        tally = play(base, strong, args.visits, args.clients)
        after = (tree_cpu_s(server.pid), tree_cpu_s(postmaster), time.process_time(), machine_busy_s(),
                 time.monotonic())
    finally:
        server.terminate()
        server.wait(20)
        strong.engine.dispose()
    count = len(tally.latencies_ms) + tally.errors + tally.shed
    print(f"tree: {args.tree}")
    print(f"requests: {count}")
    print(f"errors: {tally.errors + tally.shed}")
    print(f"wall_s: {after[4] - before[4]:.1f}")
    for name, index in (("backend", 0), ("postgres", 1), ("generator", 2), ("machine", 3)):
        print(f"{name}_ms_per_request: {(after[index] - before[index]) * 1000 / count:.2f}")
    return 1 if tally.errors or tally.shed else 0


if __name__ == "__main__":
    sys.exit(main())
