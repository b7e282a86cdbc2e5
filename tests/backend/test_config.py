"""Settings a worker must not serve with are refused before it starts, in words that name what to change."""

from __future__ import annotations

import pytest
import uvicorn

from backend.app import create_app
from backend.cli import main as backend_cli
from backend.config import Settings


def _serve_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should `serve` get past its checks, uvicorn returns at once instead of serving until the test times out."""
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)


@pytest.mark.same_on_every_engine("the settings are checked before the database is asked anything")
def test_serve_refuses_more_requests_at_once_than_a_worker_has_connections(
        database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Let in beyond its pool, a worker's requests would wait for a connection until the pool's timeout
    # failed them, instead of queueing or being told to come back (backend.operations.OverloadLimit).
    monkeypatch.setenv("KIOSK_BACKEND_PUBLIC_URL", "https://kuitit.example.fi")
    monkeypatch.setenv("KIOSK_BACKEND_POOL_SIZE", "8")
    monkeypatch.setenv("KIOSK_BACKEND_POOL_MAX_OVERFLOW", "4")
    monkeypatch.setenv("KIOSK_BACKEND_MAX_CONCURRENT_REQUESTS", "13")
    _serve_nothing(monkeypatch)
    assert backend_cli(["serve", "--database-url", database_url]) == 1
    error = capsys.readouterr().err
    assert "KIOSK_BACKEND_MAX_CONCURRENT_REQUESTS (13)" in error and "KIOSK_BACKEND_POOL_SIZE" in error
    with pytest.raises(ValueError, match=r"MAX_CONCURRENT_REQUESTS \(13\).*: 12\)"):
        create_app(Settings.from_env(database_url=database_url))
    monkeypatch.setenv("KIOSK_BACKEND_POOL_MAX_OVERFLOW", "5")  # as many as its connections: fit
    app = create_app(Settings.from_env(database_url=database_url))
    app.state.engine.dispose()
    defaults = Settings()
    assert defaults.max_concurrent_requests <= defaults.pool_size + defaults.pool_max_overflow


@pytest.mark.same_on_every_engine("the settings are checked before the database is asked anything")
def test_serve_requires_the_public_address_of_phone_links_outside_the_demo(
        database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("KIOSK_BACKEND_PUBLIC_URL", raising=False)
    monkeypatch.delenv("KIOSK_BACKEND_DEMO_MODE", raising=False)
    _serve_nothing(monkeypatch)
    assert backend_cli(["serve", "--database-url", database_url]) == 1
    assert "KIOSK_BACKEND_PUBLIC_URL" in capsys.readouterr().err
    with pytest.raises(ValueError, match="never built from a request's Host header"):
        create_app(Settings(database_url=database_url))
    app = create_app(Settings(database_url=database_url, demo_mode=True))  # the demo builds them from its own
    app.state.engine.dispose()
