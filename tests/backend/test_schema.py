"""The schema comes from the migrations, on SQLite and PostgreSQL alike, and the API serves only a migrated one."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select

from backend.app import create_app
from backend.cli import main as backend_cli
from backend.config import Settings
from backend.db import make_engine, make_session_factory
from backend.models import Base, BonusStep, VatRate
from backend.reference_data import BONUS_STEPS, VAT_RATES
from backend.schema import SchemaNotCurrent, downgrade, head_revision, schema_differences, upgrade


def test_an_empty_database_migrated_to_head_is_exactly_the_models(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    try:
        assert upgrade(engine) == (None, head_revision())
        assert schema_differences(engine) == []
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(engine, "0001")
        assert upgrade(engine) == ("0001", head_revision())  # revision by revision, up again
        assert schema_differences(engine) == []
    finally:
        engine.dispose()


def test_migrate_loads_the_reference_data_once_and_says_what_it_did(empty_database_url: str,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert backend_cli(["migrate", "--database-url", empty_database_url]) == 0
    assert f"migrated from an empty database to revision {head_revision()}" in capsys.readouterr().out
    assert backend_cli(["migrate", "--database-url", empty_database_url]) == 0
    assert f"already at revision {head_revision()}" in capsys.readouterr().out
    engine = make_engine(empty_database_url)
    with make_session_factory(engine)() as db:
        assert len(db.scalars(select(VatRate)).all()) == len(VAT_RATES)
        assert len(db.scalars(select(BonusStep)).all()) == len(BONUS_STEPS)
    engine.dispose()


def test_migrate_sql_prints_the_ddl_for_a_dba_and_touches_nothing(empty_database_url: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert backend_cli(["migrate", "--sql", "--database-url", empty_database_url]) == 0
    sql = capsys.readouterr().out
    assert "CREATE TABLE kiosk_terminals" in sql and "alembic_version" in sql
    engine = make_engine(empty_database_url)
    assert inspect(engine).get_table_names() == []
    engine.dispose()


def test_the_api_refuses_a_database_that_is_not_at_head_and_names_the_command(empty_database_url: str) -> None:
    settings = Settings(database_url=empty_database_url, public_url="https://kuitit.example.fi")
    with pytest.raises(SchemaNotCurrent, match=r"has no schema.*run `kiosk-backend migrate`"):
        create_app(settings)
    engine = make_engine(empty_database_url)
    upgrade(engine, "0001")
    with pytest.raises(SchemaNotCurrent, match="is at revision 0001"):
        create_app(settings, engine=engine)
    assert inspect(engine).get_table_names().count("kiosk_terminals") == 1  # and it created nothing itself
    engine.dispose()


def test_serve_refuses_an_unmigrated_database_before_it_starts(empty_database_url: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert backend_cli(["serve", "--database-url", empty_database_url]) == 1
    assert "run `kiosk-backend migrate`" in capsys.readouterr().err
    engine = make_engine(empty_database_url)
    assert inspect(engine).get_table_names() == []
    engine.dispose()
