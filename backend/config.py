"""Backend settings: one object, from the command line and the environment."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from backend.timeutil import utcnow

DEFAULT_DATABASE_URL = "sqlite:///kiosk-backend.sqlite3"


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    session_idle_seconds: int = 600  # the kiosk ends idle sessions much sooner; this is the backstop
    session_max_seconds: int = 1800
    challenge_ttl_seconds: int = 60
    max_body_bytes: int = 16 * 1024
    max_page_size: int = 100
    confirmation_timeout_seconds: int = 120
    # Demo mode adds the stand-in "phone" endpoints (/v1/demo/...); never set in production.
    demo_mode: bool = False
    clock: Callable[[], datetime] = field(default=utcnow, compare=False)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {}
        if url := os.environ.get("KIOSK_BACKEND_DATABASE_URL"):
            values["database_url"] = url
        for name in ("session_idle_seconds", "session_max_seconds", "challenge_ttl_seconds"):
            env = os.environ.get("KIOSK_BACKEND_" + name.upper())
            if env:
                values[name] = int(env)
        if os.environ.get("KIOSK_BACKEND_DEMO_MODE") == "1":
            values["demo_mode"] = True
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
