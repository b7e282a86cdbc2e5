"""Command line for the simulated MSSP: `kiosk-backend mssp-sim --port 8470` (or `python -m backend.mssp.sim_server`).

The CA comes from `--ca-seed`, so a backend given the same seed trusts it without any
file being passed around. The forced-outcome test numbers are always in the directory;
`--subscribers` adds (or replaces) entries from a JSON file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from backend.mssp.sim import (
    DEFAULT_AP_ID,
    DEFAULT_AP_PASSWORD,
    DEFAULT_BASIC_USER,
    DEFAULT_CA_NAME,
    DEFAULT_CA_SEED,
    StaticDirectory,
    create_sim_app,
    forced_outcome_subscribers,
    load_subscribers,
    sim_ca,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-backend mssp-sim",
                                     description="Simulated MSSP (ETSI TS 102 204 JSON binding) with a phone page.")
    parser.add_argument("--port", type=int, help="TCP port to listen on (required unless --print-ca-pem)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--subscribers", type=Path, metavar="FILE.json",
                        help="JSON list of {msisdn, satu, given_name, surname, language}")
    parser.add_argument("--ca-seed", default=DEFAULT_CA_SEED, metavar="TEXT",
                        help="seed of the simulated operator CA (the backend must use the same)")
    parser.add_argument("--ca-name", default=DEFAULT_CA_NAME)
    parser.add_argument("--ap-id", default=DEFAULT_AP_ID, help="the relying party's AP_ID (a URI)")
    parser.add_argument("--basic-user", default=DEFAULT_BASIC_USER,
                        help="the relying party's HTTP Basic user-id (no colon: RFC 7617)")
    parser.add_argument("--ap-password", default=DEFAULT_AP_PASSWORD, help="the relying party's Basic password")
    parser.add_argument("--ap-pwd", help="require this AP_PWD in every message (default: AP_PWD optional)")
    parser.add_argument("--cms-form", choices=("attached", "detached", "no_signed_attributes"), default="attached",
                        help="how signatures are packaged (all valid RFC 5652)")
    parser.add_argument("--slow-seconds", type=float, default=10.0, help="delay of the slow test number")
    parser.add_argument("--print-ca-pem", action="store_true", help="print the CA certificate (PEM) and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ca = sim_ca(args.ca_seed, args.ca_name)
    if args.print_ca_pem:
        sys.stdout.write(ca.pem().decode("ascii"))
        return 0
    if args.port is None:
        parser.error("--port is required")
    directory = StaticDirectory(forced_outcome_subscribers())
    if args.subscribers is not None:
        try:
            for subscriber in load_subscribers(args.subscribers):
                directory.add(subscriber)
        except (OSError, ValueError) as error:
            parser.error(str(error))
    if ":" in args.basic_user:
        parser.error("--basic-user cannot contain a colon (RFC 7617)")
    app = create_sim_app(directory, ca, ap_id=args.ap_id, basic_user=args.basic_user, ap_password=args.ap_password,
                         ap_pwd=args.ap_pwd, slow_seconds=args.slow_seconds, cms_form=args.cms_form)
    base = f"http://{args.host}:{args.port}"
    print(f"Simulated MSSP: {base}/rest/service  phone: {base}/phone", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
