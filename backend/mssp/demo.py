"""The simulated MSSP as the demo serves it: mounted in the demo backend under /mssp.

Its subscribers are the demo members with a Finnish number and a SATU, read from the
backend's own database (the demo's stand-in for the operator's subscriber register).
A foreign number (James's +44) has no Finnish mobile certificate: the simulator
answers 105 UNKNOWN_CLIENT, and the kiosk says so. The forced-outcome test numbers of
`backend.mssp.sim.FORCED_OUTCOMES` are subscribers too, for trying every outcome, and so is
the demo's person who is not a member yet (`backend.demo_cards.DEMO_PROSPECT`), to be
enrolled into a household with her own mobile certificate.

Both sides build the same CA from the simulator's seed, so nothing is shared on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from backend.demo_cards import DEMO_PROSPECT
from backend.models import Member
from backend.mssp.sim import StaticDirectory, Subscriber, create_sim_app, forced_outcome_subscribers, sim_ca

MOUNT_PATH = "/mssp"
SERVICE_PATH = MOUNT_PATH + "/rest/service"
PHONE_PATH = MOUNT_PATH + "/phone"
DEMO_AP_ID = "http://kiosk-backend.demo.invalid/ap"
DEMO_BASIC_USER = "kiosk-demo-ap"
DEMO_AP_PASSWORD = "demo-ap-secret-not-for-production"


def demo_mssp_environment(base_url: str) -> dict[str, str]:
    """The backend's settings (as environment) for talking to the simulator mounted at `base_url`."""
    return {
        "KIOSK_BACKEND_MSSP_URL": base_url.rstrip("/") + SERVICE_PATH,
        "KIOSK_BACKEND_MSSP_AP_ID": DEMO_AP_ID,
        "KIOSK_BACKEND_MSSP_BASIC_USER": DEMO_BASIC_USER,
        "KIOSK_BACKEND_MSSP_AP_PASSWORD": DEMO_AP_PASSWORD,
        # The simulator allows a poll a second; an operator wants 10 s, then 5 s.
        "KIOSK_BACKEND_MSSP_FIRST_POLL_SECONDS": "1",
        "KIOSK_BACKEND_MSSP_POLL_INTERVAL_SECONDS": "1",
        "KIOSK_BACKEND_MSSP_DEADLINE_SECONDS": "2",
        # A presenter (and a bench) goes through session after session with the same member;
        # the limit per session stays as in production, so "too many attempts" can be shown.
        "KIOSK_BACKEND_CONFIRMATION_STARTS_PER_MEMBER": "1000",
    }


class MemberDirectory:
    """Demo members as mobile-certificate holders, looked up by phone number in the database."""

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory
        self._test_numbers = StaticDirectory(forced_outcome_subscribers())
        prospect = DEMO_PROSPECT
        self._prospects = StaticDirectory([Subscriber(msisdn=prospect.phone, satu=prospect.satu,
                                                      given_name=prospect.first_name, surname=prospect.last_name,
                                                      language=prospect.language)])

    def lookup(self, msisdn: str) -> Subscriber | None:
        forced = self._test_numbers.lookup(msisdn)
        if forced is not None:
            return forced
        if not msisdn.startswith("+358"):
            return None
        with self._session_factory() as db:
            member = db.scalar(select(Member).where(Member.phone == msisdn).limit(1))
            if member is None or member.satu is None:
                return self._prospects.lookup(msisdn)
            return Subscriber(msisdn=msisdn, satu=member.satu, given_name=member.first_name,
                              surname=member.last_name, language=member.language)


def demo_sim_app(session_factory: Callable[[], Session], clock: Callable[[], datetime]) -> FastAPI:
    return create_sim_app(MemberDirectory(session_factory), sim_ca(), ap_id=DEMO_AP_ID, basic_user=DEMO_BASIC_USER,
                          ap_password=DEMO_AP_PASSWORD, clock=clock)
