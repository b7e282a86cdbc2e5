"""Helpers shared by the tests (the loopback tooling itself lives in backend.local)."""

from __future__ import annotations

from backend.local import LocalBackend as LiveBackend
from backend.local import free_port, raise_to_strong
from backend.local import sign_as_demo_card as sign_as_card

__all__ = ["LiveBackend", "free_port", "raise_to_strong", "sign_as_card"]
