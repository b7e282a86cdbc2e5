"""Fixtures shared by all tests.

The demo database (with the five-year heavy buyer) is built once per run; each test
gets its own copy of the file, so tests that write never see each other's changes.
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

# Fixtures used across the tree (the kiosk rig; pcscd with vpcd readers) live in plugins,
# so tests of the testbed and of the kiosk share one session-wide pcscd.
pytest_plugins = ["tests.fixtures.kiosk", "tests.fixtures.pcscd"]


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
    backend = LiveBackend(database_url, free_port())
    backend.start()
    yield backend
    if backend.process and backend.process.poll() is None:
        backend.thaw()  # a test that froze it must not leave a stopped process behind
    backend.stop()
