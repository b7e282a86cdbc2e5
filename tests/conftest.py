"""Fixtures shared by all tests, and which tests start first.

The demo database (with the five-year heavy buyer) is built once per run (under
pytest-xdist: once per worker, in the worker's own temporary directory); each test gets
its own copy of the file, so tests that write never see each other's changes. Each
`live_backend` is a process of its own on that copy, forked ready-imported
(testbed.backend_forks), so a test may stop or freeze it.
"""

from __future__ import annotations

import fcntl
import functools
import gc
import itertools
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from backend.cli import build_demo_database
from tests.support import LiveBackend, free_port

# Fixtures used across the tree (the kiosk rig; pcscd with vpcd readers) and how pytest-xdist
# shares the tests out (tests/fixtures/scheduling.py) live in plugins, so tests of the testbed and of the kiosk
# share one pcscd.
pytest_plugins = ["tests.fixtures.kiosk", "tests.fixtures.pcscd", "tests.fixtures.scheduling"]


# The fixtures through which a test reaches a database: on_postgres is read nowhere else.
DATABASE_FIXTURES = frozenset({"database_url", "empty_database_url", "demo_template", "postgres_admin_url"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, only the tests whose outcome the engine can change; then long tests first, then the pcscd tests.

    A test that takes none of DATABASE_FIXTURES (the MSSP simulator's, the CMS parser's, the
    validation's...) runs the same code on both passes: the SQLite pass has run it, and the
    PostgreSQL pass would only run it again (286 of its 939 tests, 17 s of one core). So does a
    test marked same_on_every_engine (four that start servers of their own: 14 s).
    The long and pcscd tests (one chain of a few minutes on one worker), started last (under
    pytest-xdist, whose units go out in this order: tests/fixtures/scheduling.py), would
    each be the suite's tail."""
    from tests.fixtures.pcscd import PCSCD_MODULES, module_of

    if on_postgres(config):
        kept: list[pytest.Item] = []
        left_out: list[pytest.Item] = []
        for item in items:
            (left_out if _engine_free(item) else kept).append(item)
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            items[:] = kept
    items.sort(key=lambda item: (item.get_closest_marker("long_running") is None,  # stable: otherwise as collected
                                 module_of(item) not in PCSCD_MODULES))


def _engine_free(item: pytest.Item) -> bool:
    return engine_free(item.nodeid, getattr(item, "fixturenames", ()), item.get_closest_marker("same_on_every_engine"))


def engine_free(nodeid: str, fixturenames: Iterable[str], same_on_every_engine: pytest.Mark | None) -> bool:
    """What a test checks does not depend on the database engine: it takes no database, or it is marked
    same_on_every_engine (a process-level property of the server it starts: a socket option, the workers'
    shared metrics, the garbage collector)."""
    if DATABASE_FIXTURES.isdisjoint(fixturenames):
        return True
    if same_on_every_engine is not None and not same_on_every_engine.args:
        raise pytest.UsageError(f"{nodeid}: same_on_every_engine needs its reason")
    return same_on_every_engine is not None


def pytest_collection_finish(session: pytest.Session) -> None:
    """What lives for the whole run (the imported modules, Qt's and the backend's, and the collected tests) out
    of the garbage collector's reach, as backend.app.freeze_what_lasts does in a served worker: every full
    collection walked it all again. The API tests took ~9 % less CPU (two interleaved pairs, one process)."""
    gc.collect()
    gc.freeze()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--postgres", action="store_true",
                     help="run the tests' databases on PostgreSQL: the server at $KIOSK_TEST_POSTGRES_URL (an "
                          "admin URL, as scripts/test starts one), else a throw-away cluster of this run's own")


def on_postgres(config: pytest.Config) -> bool:
    return bool(config.getoption("--postgres"))


@pytest.fixture(scope="session")
def postgres_admin_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A PostgreSQL URL whose user may create databases: one server for the run (per xdist worker if started here)."""
    given = os.environ.get("KIOSK_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    from testbed.postgres import new_cluster

    cluster = new_cluster()
    try:
        yield cluster.url()
    finally:
        cluster.destroy()


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session")
def demo_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo database, built once a run: a SQLite file's path, or a PostgreSQL database's name (one per
    xdist worker, as the PostgreSQL pass runs on one)."""
    if on_postgres(request.config):
        admin = request.getfixturevalue("postgres_admin_url")
        name = f"demo_template_{_worker()}"
        _pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
        build_demo_database(_pg_url(admin, name))
        return name
    if _worker() == "main":
        path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
        build_demo_database(f"sqlite:///{path}")
        return str(path)
    # Under pytest-xdist the first worker to get here builds it for all (~2 s of CPU a build, and a run has four
    # to eight workers); the others wait for it. The workers' base directories share this run's own parent.
    shared = tmp_path_factory.getbasetemp().parent
    path = shared / "demo-template.sqlite3"
    with open(shared / "demo-template.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not path.exists():
            building = shared / "demo-template.building"
            build_demo_database(f"sqlite:///{building}")
            building.rename(path)
    return str(path)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, demo_template: str, tmp_path: Path) -> Iterator[str]:
    """A private copy of the demo database for one test (on PostgreSQL: a database made from the template)."""
    if on_postgres(request.config):
        admin = request.getfixturevalue("postgres_admin_url")
        name = f"t_{_worker()}_{next(_database_numbers)}"
        _pg_admin(admin, f'CREATE DATABASE "{name}" TEMPLATE "{demo_template}"{_file_copy(admin)}')
        yield _pg_url(admin, name)
        _pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    copy = tmp_path / "backend.sqlite3"
    shutil.copyfile(demo_template, copy)
    yield f"sqlite:///{copy}"


@pytest.fixture
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new database with nothing in it, on the engine of the run."""
    if on_postgres(request.config):
        admin = request.getfixturevalue("postgres_admin_url")
        name = f"e_{_worker()}_{next(_database_numbers)}"
        _pg_admin(admin, f'CREATE DATABASE "{name}"{_file_copy(admin)}')
        yield _pg_url(admin, name)
        _pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"


_database_numbers = itertools.count()


def _pg_url(admin_url: str, database: str) -> str:
    return make_url(admin_url).set(database=database).render_as_string(hide_password=False)


def _pg_admin(admin_url: str, *statements: str) -> None:
    with _admin_engine(admin_url).connect() as connection:
        for statement in statements:
            connection.execute(text(statement))


@functools.cache
def _file_copy(admin_url: str) -> str:
    """The clause that makes CREATE DATABASE copy the template's files (PostgreSQL 15 and later), rather than write
    every page of it through the write-ahead log, the default since 15: for the 25 MB demo template 24-28 ms of the
    server's CPU a database against 46-58 ms (20 made and dropped each way, twice), ~900 databases a run. Its
    checkpoints before and after are cheap here: the run's cluster keeps no fsync, in memory."""
    with _admin_engine(admin_url).connect() as connection:
        version = int(connection.execute(text("SHOW server_version_num")).scalar_one())
    return " STRATEGY = FILE_COPY" if version >= 150000 else ""


@functools.cache
def _admin_engine(admin_url: str) -> Engine:
    """One kept connection per worker for making and dropping the tests' databases: two new ones a test (a
    server process each) cost ~45 ms more of CPU a test, two thirds of it the server's (~900 tests a run).
    Nothing forks a test process with it open (the fork server is a program of its own)."""
    return create_engine(admin_url, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=0)


@pytest.fixture
def live_backend(database_url: str) -> Iterator[LiveBackend]:
    backend = LiveBackend(database_url, free_port(), forked=True)
    backend.start()
    yield backend
    backend.discard()  # frozen or not; no graceful shutdown to wait for
