"""Where a throw-away cluster goes: memory where there is room for it, else the temporary directory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from testbed import postgres


def _shm_with_free(patch: pytest.MonkeyPatch, free: int) -> None:
    real = os.statvfs

    def statvfs(path: os.PathLike[str] | str) -> object:
        if Path(path) == Path("/dev/shm"):
            return SimpleNamespace(f_bavail=free // 4096, f_frsize=4096)
        return real(path)

    patch.setattr(postgres.os, "statvfs", statvfs)
    patch.setattr(postgres.os, "access", lambda path, mode: True)


def test_a_cluster_goes_to_memory_where_there_is_room(monkeypatch: pytest.MonkeyPatch) -> None:
    _shm_with_free(monkeypatch, 8 * 1024**3)
    assert postgres.scratch_root() == Path("/dev/shm")


def test_a_containers_small_dev_shm_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    _shm_with_free(monkeypatch, 64 * 1024**2)  # Docker's default
    assert postgres.scratch_root() == Path(tempfile.gettempdir())
