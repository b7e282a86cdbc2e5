"""Composition root of the kiosk: config -> devices -> api client -> session -> window.

Until the touch-screen shell lands, the entry point offers the technician's check: does
this terminal's config load, and does the backend accept its credential?
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.api import ApiClient, ApiError, BackendUnreachable, KioskUnauthorized
from kiosk.config import ConfigError, KioskConfig, load_config

DEFAULT_CONFIG = Path("/etc/owner-kiosk/kiosk.toml")


def make_api_client(config: KioskConfig) -> ApiClient:
    b = config.backend
    return ApiClient(b.url, b.kiosk_id, b.kiosk_secret, connect_timeout=b.connect_timeout_s,
                     read_timeout=b.read_timeout_s)


def check(config: KioskConfig) -> tuple[bool, str]:
    """One line a technician can act on."""
    client = make_api_client(config)
    try:
        stores = client.stores()
    except KioskUnauthorized:
        return False, f"backend {config.backend.url} refused kiosk id {config.backend.kiosk_id!r}: check the secret"
    except BackendUnreachable:
        return False, f"backend {config.backend.url} cannot be reached: check the network and the url"
    except ApiError as err:
        return False, f"backend {config.backend.url} answered with an error: {err.code}"
    return True, f"backend {config.backend.url} accepts kiosk {config.backend.kiosk_id!r} ({len(stores)} stores)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk", description="Owner-customer kiosk terminal")
    parser.add_argument("--config", type=Path, default=Path(os.environ.get("KIOSK_CONFIG", DEFAULT_CONFIG)))
    parser.add_argument("--check", action="store_true", help="check the config and the backend credential, then exit")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as err:
        print(f"kiosk: config {args.config} is not usable:", file=sys.stderr)
        for problem in err.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    if not args.check:
        print("kiosk: the touch-screen interface is not part of this build yet; "
              "`kiosk --check` tests this terminal's backend connection.", file=sys.stderr)
        return 2
    ok, message = check(config)
    print(message, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
