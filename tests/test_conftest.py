"""Which tests the PostgreSQL pass runs (tests/conftest.py): those whose outcome the engine can change."""

from __future__ import annotations

import pytest

from tests.conftest import engine_free

MARKED = pytest.mark.same_on_every_engine("a socket option").mark


def test_the_postgres_pass_keeps_a_test_with_a_database_and_leaves_out_one_without_or_marked() -> None:
    assert not engine_free("t::reads", ("make_client", "database_url"), None)
    assert not engine_free("t::empty", ("empty_database_url",), None)
    assert engine_free("t::parses", ("tmp_path",), None)
    assert engine_free("t::socket", ("database_url",), MARKED)


def test_the_mark_without_its_reason_stops_the_run() -> None:
    with pytest.raises(pytest.UsageError, match="t::socket: same_on_every_engine needs its reason"):
        engine_free("t::socket", ("database_url",), pytest.mark.same_on_every_engine.mark)
