"""The staff flows' test rig: the backend in-process (clock in the test's hand) and the
simulated MSSP on loopback in its own server thread, polls due at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backend.db import make_engine, make_session_factory
from backend.mssp.demo import DEMO_AP_ID, DEMO_AP_PASSWORD, DEMO_BASIC_USER, MemberDirectory
from backend.mssp.sim import SimulatedMssp, create_sim_app, sim_ca
from backend.timeutil import utcnow
from tests.backend.api.staffkit import Directory, StaffKit
from tests.backend.conftest import ClientFactory
from tests.support import serve_in_thread


@pytest.fixture
def kit(make_client: ClientFactory, database_url: str, tmp_path: Path) -> Iterator[StaffKit]:
    engine = make_engine(database_url)
    directory = Directory(MemberDirectory(make_session_factory(engine)))
    app = create_sim_app(directory, sim_ca(), ap_id=DEMO_AP_ID, basic_user=DEMO_BASIC_USER,
                         ap_password=DEMO_AP_PASSWORD, clock=utcnow)
    mssp = app.state.mssp
    assert isinstance(mssp, SimulatedMssp)
    ca_bundle = tmp_path / "operator-ca.pem"
    ca_bundle.write_bytes(sim_ca().pem())
    with serve_in_thread(app) as url:
        client = make_client(mssp_url=url + "/rest/service", mssp_ap_id=DEMO_AP_ID, mssp_basic_user=DEMO_BASIC_USER,
                             mssp_ap_password=DEMO_AP_PASSWORD, mssp_ca_bundle=str(ca_bundle),
                             mssp_first_poll_seconds=0, mssp_poll_interval_seconds=0)
        yield StaffKit(client, mssp, directory, database_url)
    engine.dispose()
