"""Alembic's environment: the connection comes from backend.schema, which always passes one in."""

from __future__ import annotations

from typing import cast

from alembic import context
from alembic.runtime.environment import EnvironmentContext

from backend.schema import configure_context

configure_context(cast(EnvironmentContext, context))  # the module stands in for the running EnvironmentContext
