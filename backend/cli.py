"""`kiosk-backend`: migrate and serve the API, build the demo, manage kiosk credentials, cards and staff, purge,
run the simulated MSSP."""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import secrets
import sys
import tempfile
from pathlib import Path

from sqlalchemy import Engine, MetaData, select
from sqlalchemy.engine import make_url

from backend.config import DEFAULT_DATABASE_URL, Settings
from backend.db import analyze_after_bulk_load, make_engine, make_session_factory
from backend.logs import LOG_FORMAT, install_redaction
from backend.models import DatabaseMark, KioskTerminal, Store
from backend.reference_data import seed_reference_data
from backend.schema import SchemaNotCurrent, migrated_engine, table_names, upgrade, upgrade_sql
from backend.serving import NoDelayHttpToolsProtocol
from backend.timeutil import utcnow

DEMO_MARK = "demo"

log = logging.getLogger("backend")


class DemoRefused(RuntimeError):
    """--demo was pointed at a database it did not build: it must not drop its tables."""


def build_demo_database(url: str) -> None:
    """Demo data in a new, empty database, or rebuilt in one that an earlier --demo built.

    Any other database is refused (DemoRefused): building the demo drops every table
    first, and a mistyped KIOSK_BACKEND_DATABASE_URL must not wipe a chain's records.
    The schema comes from the migrations and the rules from the reference data, as in
    production (`kiosk-backend migrate`).
    """
    from backend.demo import build_demo

    engine = make_engine(url)
    try:
        _clear_demo_database(engine, url)
        upgrade(engine)
        with make_session_factory(engine)() as db:
            build_demo(db)
            db.add(DatabaseMark(name=DEMO_MARK, created_at=utcnow()))
            db.commit()
        analyze_after_bulk_load(engine)
    finally:
        engine.dispose()


def _clear_demo_database(engine: Engine, url: str) -> None:
    tables = table_names(engine)
    if not tables:
        return
    marked = False
    if DatabaseMark.__tablename__ in tables:
        with make_session_factory(engine)() as db:
            marked = db.get(DatabaseMark, DEMO_MARK) is not None
    if not marked:
        shown = make_url(url).render_as_string(hide_password=True)
        raise DemoRefused(f"{shown} holds {len(tables)} table(s) and is not a demo database: --demo builds only "
                          "into a new, empty database or one that --demo built. Give it another --database-url.")
    existing = MetaData()
    existing.reflect(engine)
    existing.drop_all(engine)


def _demo_url(given: str | None) -> str:
    if given:
        return given
    folder = Path(tempfile.gettempdir()) / "kiosk-demo"
    folder.mkdir(exist_ok=True)
    path = folder / "backend.sqlite3"
    # The demo's own scratch file, whatever built it (an older release left no demo mark): start afresh.
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def _new_secret() -> tuple[str, str]:
    secret = secrets.token_urlsafe(32)
    return secret, hashlib.sha256(secret.encode()).hexdigest()


def _add_kiosk(url: str, kiosk_id: str, name: str, store_code: str | None = None) -> str:
    """The new terminal's secret. Refuses (KioskCommandError) an id in use, revoked or not,
    and a store code that names no store (a kiosk links only its store's stock cards)."""
    engine = migrated_engine(url)
    try:
        with make_session_factory(engine)() as db:
            if db.get(KioskTerminal, kiosk_id) is not None:
                raise KioskCommandError(f"kiosk {kiosk_id} exists already: nothing changed (rotate-kiosk-secret "
                                        f"{kiosk_id} gives it a new secret, reactivate-kiosk {kiosk_id} "
                                        "re-admits a revoked one)")
            store_id = None
            if store_code is not None:
                store_id = db.scalar(select(Store.id).where(Store.code == store_code))
                if store_id is None:
                    raise KioskCommandError(f"no store {store_code}: nothing changed")
            secret, digest = _new_secret()
            db.add(KioskTerminal(id=kiosk_id, name=name or kiosk_id, store_id=store_id, secret_sha256=digest,
                                 active=True, created_at=utcnow()))
            db.commit()
    finally:
        engine.dispose()
    return secret


class KioskCommandError(RuntimeError):
    """A kiosk command that changed nothing, and why."""


def _change_kiosk(url: str, kiosk_id: str, action: str) -> str | None:
    """revoke, rotate (a new secret) or reactivate (active again, with a new secret); the new secret, if any.

    A reactivated kiosk never gets its old secret back: it was revoked for a reason,
    perhaps a leaked credential.
    """
    engine = migrated_engine(url)
    try:
        with make_session_factory(engine)() as db:
            kiosk = db.get(KioskTerminal, kiosk_id)
            if kiosk is None:
                raise KioskCommandError(f"no kiosk {kiosk_id}: nothing changed")
            secret = None
            if action == "revoke":
                if not kiosk.active:
                    raise KioskCommandError(f"kiosk {kiosk_id} is already revoked: nothing changed")
                kiosk.active = False
            elif action == "reactivate":
                if kiosk.active:
                    raise KioskCommandError(f"kiosk {kiosk_id} is active: nothing changed")
                kiosk.active = True
                secret, kiosk.secret_sha256 = _new_secret()
            else:
                if not kiosk.active:
                    raise KioskCommandError(f"kiosk {kiosk_id} is revoked: reactivate-kiosk {kiosk_id} gives it a "
                                            "new secret and re-admits it")
                secret, kiosk.secret_sha256 = _new_secret()
            db.commit()
    finally:
        engine.dispose()
    return secret


def _migrate(url: str, sql: bool) -> int:
    if sql:
        print(upgrade_sql(url), end="")
        return 0
    logging.getLogger("alembic.runtime.migration").setLevel(logging.INFO)  # "Running upgrade 0001 -> 0002"
    engine = make_engine(url)
    try:
        before, after = upgrade(engine)
        with make_session_factory(engine)() as db:
            seed_reference_data(db)
    finally:
        engine.dispose()
    shown = make_url(url).render_as_string(hide_password=True)
    if before == after:
        print(f"{shown}: already at revision {after}; reference data checked")
    else:
        print(f"{shown}: migrated from {before or 'an empty database'} to revision {after}; reference data loaded "
              "where its tables were empty")
    return 0


KIOSK_COMMANDS = ("add-kiosk", "revoke-kiosk", "rotate-kiosk-secret", "reactivate-kiosk")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["mssp-sim"]:
        from backend.mssp.sim_server import main as mssp_sim

        return mssp_sim(argv[1:])
    try:
        if argv[:1] in (["cards"], ["staff"]):
            from backend.admin_cli import cards_main, staff_main

            return cards_main(argv[1:]) if argv[0] == "cards" else staff_main(argv[1:])
        if argv[:1] in (["add-fleet-operator"], ["revoke-fleet-operator"]):
            from backend.fleet import operator_command

            return operator_command(argv)
    except SchemaNotCurrent as err:
        print(f"kiosk-backend {argv[0]}: {err}", file=sys.stderr)
        return 1
    parser = argparse.ArgumentParser(prog="kiosk-backend", description=__doc__,
                                     epilog="kiosk-backend mssp-sim --port P: the simulated MSSP; kiosk-backend "
                                            "cards import|block|show ...: card stock, blocking and history; "
                                            "kiosk-backend staff deactivate EMPLOYEE_NUMBER; "
                                            "add-fleet-operator NAME: a fleet view credential, printed once; "
                                            "revoke-fleet-operator NAME (--help for more)")
    parser.add_argument("command", nargs="?", default="serve",
                        choices=["serve", "migrate", "purge", *KIOSK_COMMANDS],
                        help="serve (default; the database must be migrated); migrate (upgrade the schema to the "
                             "newest revision and load the reference data; --sql prints the SQL instead); purge "
                             "(delete expired and old rows); add-kiosk prints a new terminal's secret once; "
                             "revoke-kiosk; rotate-kiosk-secret (a new secret, printed once); reactivate-kiosk "
                             "(a revoked kiosk admitted again, with a new secret)")
    parser.add_argument("kiosk", nargs="?", metavar="KIOSK_ID", help="the kiosk of a kiosk command")
    parser.add_argument("--demo", action="store_true",
                        help="serve demo data, built into a new, empty database or one an earlier --demo built")
    parser.add_argument("--sql", action="store_true", help="migrate: print the SQL for a DBA, change nothing")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database-url", default=os.environ.get("KIOSK_BACKEND_DATABASE_URL"),
                        help=f"any SQLAlchemy URL (default {DEFAULT_DATABASE_URL})")
    parser.add_argument("--kiosk-id", help="the kiosk of a kiosk command (or give it after the command)")
    parser.add_argument("--kiosk-name", default="")
    parser.add_argument("--store", metavar="CODE", help="add-kiosk: the store the terminal stands in (its staff "
                                                        "link that store's stock cards)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    install_redaction()

    url = _demo_url(args.database_url) if args.demo else (args.database_url or DEFAULT_DATABASE_URL)
    try:
        if args.command == "migrate":
            return _migrate(url, args.sql)
        if args.command == "purge":
            from backend.purge import purge_command

            return purge_command(url)
        if args.command in KIOSK_COMMANDS:
            return _kiosk_command(parser, args.command, args.kiosk or args.kiosk_id, url, args)
        if args.demo:
            build_demo_database(url)
        else:
            engine = migrated_engine(url)  # refuse before uvicorn forks workers that would each fail
            engine.dispose()
    except (KioskCommandError, DemoRefused, SchemaNotCurrent) as err:
        print(f"kiosk-backend {args.command}: {err}", file=sys.stderr)
        return 1

    if args.demo:
        from backend.demo_cards import DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET

        log.info("built demo data in %s", url)
        base = f"http://{args.host}:{args.port}"
        from backend.mssp.demo import PHONE_PATH, demo_mssp_environment

        loopback = f"http://127.0.0.1:{args.port}"  # the backend reaches its own simulator on loopback
        for name, value in demo_mssp_environment(loopback).items():
            os.environ.setdefault(name, value)
        print(f"Demo backend: {base}  (OpenAPI: {base}/openapi.json, docs: {base}/docs)\n"
              f"Demo kiosk credential: {DEMO_KIOSK_ID} / {DEMO_KIOSK_SECRET}\n"
              f"The member's phone (simulated MSSP): {base}{PHONE_PATH}\n"
              f"The fleet page: {base}/fleet  ({DEMO_FLEET_OPERATOR} / {DEMO_FLEET_TOKEN})\n"
              f"Try: curl -u {DEMO_KIOSK_ID}:{DEMO_KIOSK_SECRET} {base}/v1/stores", flush=True)

    import uvicorn

    os.environ["KIOSK_BACKEND_DATABASE_URL"] = url
    if args.demo:
        os.environ["KIOSK_BACKEND_DEMO_MODE"] = "1"
    settings = Settings.from_env()  # fail fast on a bad environment before uvicorn forks workers
    if unfit := settings.unfit_to_serve():
        print(f"kiosk-backend serve: {unfit}", file=sys.stderr)
        return 1
    # asyncio's own event loop, not uvloop: uvloop accepts one connection a turn of the loop, and a turn
    # now runs endpoints (backend.api.deps._on_the_loop), so when 128 clients connected at once, the load
    # balancer's /health waited 240-300 ms in the accept queue; asyncio accepts every waiting connection
    # at each turn (40-62 ms), and cost no more CPU a request (1.82 against 1.91 ms, interleaved).
    uvicorn.run("backend.app:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="info", http=NoDelayHttpToolsProtocol, loop="asyncio")
    return 0


def _kiosk_command(parser: argparse.ArgumentParser, command: str, kiosk_id: str | None, url: str,
                   args: argparse.Namespace) -> int:
    if not kiosk_id:
        parser.error(f"{command} needs a kiosk id")
    if command == "add-kiosk":
        secret = _add_kiosk(url, kiosk_id, args.kiosk_name, args.store)
        where = f" in store {args.store}" if args.store else ""
        print(f"kiosk {kiosk_id} registered{where}; its secret (shown only now) follows", file=sys.stderr)
        print(secret)
        return 0
    action = {"revoke-kiosk": "revoke", "rotate-kiosk-secret": "rotate", "reactivate-kiosk": "reactivate"}[command]
    new_secret = _change_kiosk(url, kiosk_id, action)
    if action == "revoke":
        print(f"kiosk {kiosk_id} revoked: its credential is refused from now on")
        return 0
    done = "has a new secret; the old one is refused from now on" if action == "rotate" else \
        "reactivated with a new secret; its old one stays refused"
    print(f"kiosk {kiosk_id} {done}; the secret (shown only now) follows", file=sys.stderr)
    print(new_secret)
    return 0


if __name__ == "__main__":
    sys.exit(main())
