"""The shared fixtures keep their promises: isolated folders and settings, a memory keyring, real and
fresh databases."""

from __future__ import annotations

import os

import keyring
import keyring.errors
import pytest
from sqlalchemy import create_engine, inspect, text

from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, SERVICE
from tests.helpers import MemoryKeyring, run_python


def test_qt_runs_offscreen():
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_only_isolated_frontdesk_variables_are_set(isolated_dirs, tmp_path):
    names = {name for name in os.environ if name.startswith("FRONTDESK_")}
    assert names == {"FRONTDESK_DATA_DIR", "FRONTDESK_CONFIG_DIR"}
    assert os.environ["FRONTDESK_DATA_DIR"] == str(tmp_path / "data") == str(isolated_dirs["data"])
    assert os.environ["FRONTDESK_CONFIG_DIR"] == str(tmp_path / "config")


def test_developer_variables_are_cleared_in_a_real_run():
    result = run_python(
        ["-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"{__file__}::test_only_isolated_frontdesk_variables_are_set"],
        env={"FRONTDESK_DESK_PREFIX": "ZZ", "FRONTDESK_DATABASE_URL": "postgresql://someone@prod/commune",
             "FRONTDESK_DATA_DIR": "/nonexistent/real/data"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_keyring_is_in_memory(memory_keyring):
    """The secrets go under the application's one keyring service name (frontdesk.privacy.secrets)."""
    backend = keyring.get_keyring()
    assert backend is memory_keyring and isinstance(backend, MemoryKeyring)
    assert backend.store == {}  # fresh for every test
    keyring.set_password(SERVICE, DEMARCHE_NUMERIQUE_TOKEN, "jeton-secret")
    assert keyring.get_password(SERVICE, DEMARCHE_NUMERIQUE_TOKEN) == "jeton-secret"
    assert memory_keyring.store == {(SERVICE, DEMARCHE_NUMERIQUE_TOKEN): "jeton-secret"}
    keyring.delete_password(SERVICE, DEMARCHE_NUMERIQUE_TOKEN)
    assert keyring.get_password(SERVICE, DEMARCHE_NUMERIQUE_TOKEN) is None
    with pytest.raises(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, DEMARCHE_NUMERIQUE_TOKEN)


@pytest.mark.postgres
def test_pg_url_is_a_fresh_empty_database(pg_url):
    assert pg_url.startswith("postgresql+psycopg://")
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT current_database()")).startswith("frontdesk_test_")
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()


def test_db_is_migrated(db, db_url):
    assert db.dialect == ("sqlite" if db_url.startswith("sqlite") else "postgresql")
    with db.engine.connect() as conn:
        assert {"agent", "desk", "journal", "resident"} <= set(inspect(conn).get_table_names())
