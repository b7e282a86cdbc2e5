"""Fixtures shared by all tests, and how pytest-xdist shares the tests out.

The demo database (with the five-year heavy buyer) is built once per run (under
pytest-xdist: once per worker, in the worker's own temporary directory); each test gets
its own copy of the file, so tests that write never see each other's changes. Each
`live_backend` is a process of its own on that copy, forked ready-imported
(testbed.backend_forks), so a test may stop or freeze it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from xdist.remote import Producer
from xdist.scheduler import LoadScopeScheduling

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from backend.cli import build_demo_database
from tests.support import LiveBackend, free_port

# Fixtures used across the tree (the kiosk rig; pcscd with vpcd readers) live in plugins,
# so tests of the testbed and of the kiosk share one pcscd.
pytest_plugins = ["tests.fixtures.kiosk", "tests.fixtures.pcscd"]


# The test modules that drive the machine's one pcscd (its socket and vpcd's card ports are
# fixed): under pytest-xdist they run on one worker, one test after another, instead of
# two workers taking turns at the machine lock (tests/fixtures/pcscd.py). Collection
# fails if a test elsewhere asks for pcscd, so this list cannot fall behind.
PCSCD_MODULES = frozenset({
    "tests/kiosk/devices/test_pcsc.py", "tests/kiosk/devices/test_pcsc_refusals.py",
    "tests/kiosk/devices/test_pcsc_session.py", "tests/testbed/test_vpcd.py",
})


class PcscdTogether(LoadScopeScheduling):
    """pytest-xdist's `--dist load`, except that the pcscd modules are one unit of work.

    Every other test is a unit of its own. Units go out largest first, so the pcscd unit
    starts at once on one worker while the other workers share out everything else.
    (`--dist loadgroup` with an `xdist_group` mark would say the same, but pytest-xdist
    3.8 loses the group under pytest 9.2's node ids: pytest-xdist issue 1386.)
    """

    def _split_scope(self, nodeid: str) -> str:
        return "pcscd" if nodeid.split("::", 1)[0] in PCSCD_MODULES else nodeid


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Producer) -> LoadScopeScheduling | None:
    if config.getvalue("dist") not in ("load", "loadgroup"):
        return None  # a distribution asked for by name (`--dist loadfile`, ...) is pytest-xdist's own
    return PcscdTogether(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test on pcscd is in PCSCD_MODULES; long tests start first (started last, one would be the tail)."""
    strays = [item.nodeid for item in items if "pcscd" in getattr(item, "fixturenames", ())
              and item.nodeid.split("::", 1)[0] not in PCSCD_MODULES]
    if strays:
        raise pytest.UsageError(f"tests on pcscd outside PCSCD_MODULES (tests/conftest.py): {strays}")
    items.sort(key=lambda item: item.get_closest_marker("long_running") is None)  # stable: otherwise as collected


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    build_demo_database(f"sqlite:///{path}")
    return path


@pytest.fixture
def database_url(demo_template: Path, tmp_path: Path) -> str:
    """A private copy of the demo database for one test."""
    copy = tmp_path / "backend.sqlite3"
    shutil.copyfile(demo_template, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def live_backend(database_url: str) -> Iterator[LiveBackend]:
    backend = LiveBackend(database_url, free_port(), forked=True)
    backend.start()
    yield backend
    backend.discard()  # frozen or not; no graceful shutdown to wait for
