"""`kiosk-backend cards ...` and `kiosk-backend staff ...`: the operator's commands for cards and staff.

cards import FILE                        a manufacturer's delivery into stock (all or nothing)
cards block NUMBER --reason lost|closed  the card, its sessions and its phone links, at once
cards show NUMBER                        status and history (member and employee numbers only)
staff deactivate EMPLOYEE_NUMBER         the staff member's sessions end, their card opens none

Card numbers are shown masked: the output may end up in a ticket or a chat.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sqlalchemy import Engine, select

from backend.cards import block_card
from backend.config import DEFAULT_DATABASE_URL
from backend.db import make_session_factory
from backend.models import Card
from backend.schema import migrated_engine
from backend.security import mask_card_number
from backend.stock import card_report, deactivate_staff, import_delivery, parse_delivery
from backend.timeutil import utcnow
from backend.validation import FieldError, validate_card_number


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", default=os.environ.get("KIOSK_BACKEND_DATABASE_URL", DEFAULT_DATABASE_URL))


def cards_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-backend cards", description="Cards: stock, blocking, history.")
    commands = parser.add_subparsers(dest="command", required=True)
    importing = commands.add_parser("import", help="load a card manufacturer's delivery (CSV) as stock",
                                    description="Load a delivery: CSV with the header number,kind,public_key_pem,"
                                                "store_code. Every card or none goes in; problems are told by line.")
    importing.add_argument("file", type=Path)
    _database_option(importing)
    blocking = commands.add_parser("block", help="block a lost or closed card",
                                   description="Block a lost or closed card: its open sessions end and its "
                                               "phone links stop working at once.")
    blocking.add_argument("number", help="the card number (16 digits, spaces allowed)")
    blocking.add_argument("--reason", required=True, choices=["lost", "closed"])
    _database_option(blocking)
    showing = commands.add_parser("show", help="a card's status and history")
    showing.add_argument("number", help="the card number (16 digits, spaces allowed)")
    _database_option(showing)
    args = parser.parse_args(argv)

    if args.command == "import":
        try:
            text = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"cannot read {args.file}: {error}", file=sys.stderr)
            return 1
        cards, errors = parse_delivery(text)
        if errors:
            return _refused(errors)
        engine = _engine(args.database_url)
        try:
            with make_session_factory(engine)() as db:
                errors = import_delivery(db, cards, utcnow())
        finally:
            engine.dispose()
        if errors:
            return _refused(errors)
        stores = sorted({card.store_code for card in cards})
        print(f"{len(cards)} card(s) put into stock of store(s) {', '.join(stores)}")
        return 0

    try:
        number = validate_card_number(args.number)
    except FieldError as err:
        parser.error(err.message)
    engine = _engine(args.database_url)
    try:
        with make_session_factory(engine)() as db:
            if args.command == "show":
                report = card_report(db, number)
                if report is None:
                    print(f"no card {mask_card_number(number)}", file=sys.stderr)
                    return 1
                print("\n".join(report))
                return 0
            card = db.scalar(select(Card).where(Card.number == number))
            if card is None:
                print(f"no card {mask_card_number(number)}", file=sys.stderr)
                return 1
            blocked = block_card(db, card, args.reason, utcnow(), source="cli")
    finally:
        engine.dispose()
    print(f"card {mask_card_number(number)} is {blocked.status}: {blocked.sessions_ended} customer and "
          f"{blocked.staff_sessions_ended} staff session(s) ended, {blocked.links_revoked} phone link(s) revoked")
    return 0


def staff_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-backend staff", description="Staff members.")
    commands = parser.add_subparsers(dest="command", required=True)
    deactivating = commands.add_parser("deactivate", help="withdraw a staff member's access at once",
                                       description="The staff member's open sessions end now and their card "
                                                   "opens no staff session any more.")
    deactivating.add_argument("employee_number")
    _database_option(deactivating)
    args = parser.parse_args(argv)
    engine = _engine(args.database_url)
    try:
        with make_session_factory(engine)() as db:
            done = deactivate_staff(db, args.employee_number.strip(), utcnow())
    finally:
        engine.dispose()
    if done is None:
        print(f"no staff member {args.employee_number}", file=sys.stderr)
        return 1
    state = "was already deactivated" if done.already else "is deactivated"
    print(f"staff member {done.employee_number} {state}: {done.sessions_ended} open session(s) ended")
    return 0


def _engine(url: str) -> Engine:
    """An engine on a migrated database; SchemaNotCurrent (naming `kiosk-backend migrate`) otherwise."""
    return migrated_engine(url)


def _refused(errors: list[str]) -> int:
    for error in errors:
        print(error, file=sys.stderr)
    print("nothing was imported", file=sys.stderr)
    return 1
