"""`kiosk-backend`: serve the API, build the demo, manage kiosk credentials, cards and staff, run the simulated MSSP."""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import secrets
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from backend.config import DEFAULT_DATABASE_URL, Settings
from backend.db import make_engine, make_session_factory
from backend.logs import LOG_FORMAT, install_redaction
from backend.models import Base, KioskTerminal, Store
from backend.timeutil import utcnow

log = logging.getLogger("backend")


def build_demo_database(url: str) -> None:
    """A fresh database with the demo data: any existing tables at the URL are dropped."""
    from backend.demo import build_demo

    engine = make_engine(url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    with make_session_factory(engine)() as db:
        build_demo(db)
    engine.dispose()


def _demo_url(given: str | None) -> str:
    if given:
        return given
    folder = Path(tempfile.gettempdir()) / "kiosk-demo"
    folder.mkdir(exist_ok=True)
    return f"sqlite:///{folder / 'backend.sqlite3'}"


def _add_kiosk(url: str, kiosk_id: str, name: str, store_code: str | None = None) -> str | None:
    """The new terminal's secret; None if `store_code` names no store (a kiosk links only its store's stock cards)."""
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    secret = secrets.token_urlsafe(32)
    with make_session_factory(engine)() as db:
        store_id = None
        if store_code is not None:
            store_id = db.scalar(select(Store.id).where(Store.code == store_code))
            if store_id is None:
                return None
        db.merge(KioskTerminal(id=kiosk_id, name=name or kiosk_id, store_id=store_id,
                               secret_sha256=hashlib.sha256(secret.encode()).hexdigest(), active=True,
                               created_at=utcnow()))
        db.commit()
    return secret


def _revoke_kiosk(url: str, kiosk_id: str) -> bool:
    engine = make_engine(url)
    with make_session_factory(engine)() as db:
        kiosk = db.get(KioskTerminal, kiosk_id)
        if kiosk is None:
            return False
        kiosk.active = False
        db.commit()
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["mssp-sim"]:
        from backend.mssp.sim_server import main as mssp_sim

        return mssp_sim(argv[1:])
    if argv[:1] in (["cards"], ["staff"]):
        from backend.admin_cli import cards_main, staff_main

        return cards_main(argv[1:]) if argv[0] == "cards" else staff_main(argv[1:])
    if argv[:1] in (["add-fleet-operator"], ["revoke-fleet-operator"]):
        from backend.fleet import operator_command

        return operator_command(argv)
    parser = argparse.ArgumentParser(prog="kiosk-backend", description=__doc__,
                                     epilog="kiosk-backend mssp-sim --port P: the simulated MSSP; kiosk-backend "
                                            "cards import|block|show ...: card stock, blocking and history; "
                                            "kiosk-backend staff deactivate EMPLOYEE_NUMBER; "
                                            "add-fleet-operator NAME: a fleet view credential, printed once; "
                                            "revoke-fleet-operator NAME (--help for more)")
    parser.add_argument("command", nargs="?", default="serve", choices=["serve", "add-kiosk", "revoke-kiosk"],
                        help="serve (default); add-kiosk prints a new terminal's secret once; revoke-kiosk")
    parser.add_argument("--demo", action="store_true", help="serve a freshly built demo database")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database-url", default=os.environ.get("KIOSK_BACKEND_DATABASE_URL"),
                        help=f"any SQLAlchemy URL (default {DEFAULT_DATABASE_URL})")
    parser.add_argument("--kiosk-id", help="for add-kiosk and revoke-kiosk")
    parser.add_argument("--kiosk-name", default="")
    parser.add_argument("--store", metavar="CODE", help="add-kiosk: the store the terminal stands in (its staff "
                                                        "link that store's stock cards)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    install_redaction()

    url = _demo_url(args.database_url) if args.demo else (args.database_url or DEFAULT_DATABASE_URL)
    if args.command == "add-kiosk":
        if not args.kiosk_id:
            parser.error("add-kiosk needs --kiosk-id")
        secret = _add_kiosk(url, args.kiosk_id, args.kiosk_name, args.store)
        if secret is None:
            print(f"no store {args.store}", file=sys.stderr)
            return 1
        print(secret)
        return 0
    if args.command == "revoke-kiosk":
        if not args.kiosk_id:
            parser.error("revoke-kiosk needs --kiosk-id")
        if not _revoke_kiosk(url, args.kiosk_id):
            print(f"no kiosk {args.kiosk_id}", file=sys.stderr)
            return 1
        return 0

    if args.demo:
        from backend.demo_cards import DEMO_FLEET_OPERATOR, DEMO_FLEET_TOKEN, DEMO_KIOSK_ID, DEMO_KIOSK_SECRET

        log.info("building demo data in %s", url)
        build_demo_database(url)
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
    Settings.from_env()  # fail fast on a bad environment before uvicorn forks workers
    uvicorn.run("backend.app:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
