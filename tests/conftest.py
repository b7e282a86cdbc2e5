"""Fixtures shared by all tests, and which tests start first.

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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from backend.cli import build_demo_database
from tests.support import LiveBackend, free_port

# Fixtures used across the tree (the kiosk rig; pcscd with vpcd readers, and how pytest-xdist
# keeps its tests on one worker) live in plugins, so tests of the testbed and of the kiosk
# share one pcscd.
pytest_plugins = ["tests.fixtures.kiosk", "tests.fixtures.pcscd"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long tests start first: started last (under pytest-xdist), one would be the suite's tail."""
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
