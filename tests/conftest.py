"""Fixtures shared by every test: isolated folders and keyring, real SQLite and PostgreSQL databases.

PostgreSQL is not optional: when the server cannot be reached the tests that need it fail. A developer
without a server may set FRONTDESK_SKIP_POSTGRES=1 to skip them, which is ignored when CI is set.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.helpers import MemoryKeyring, memory_keyring_in

# Read before the isolation fixture clears every FRONTDESK_* variable of the test process.
PG_ADMIN_URL = os.environ.get("FRONTDESK_TEST_PG_ADMIN_URL") or "postgresql://postgres@127.0.0.1:5432/postgres"
SKIP_POSTGRES = os.environ.get("FRONTDESK_SKIP_POSTGRES") == "1" and not os.environ.get("CI")
_pg_unreachable: str | None = None


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Data and config folders of this test only; no FRONTDESK_* setting of the developer leaks in."""
    for name in list(os.environ):
        if name.startswith("FRONTDESK_"):
            monkeypatch.delenv(name)
    dirs = {"data": tmp_path / "data", "config": tmp_path / "config"}
    monkeypatch.setenv("FRONTDESK_DATA_DIR", str(dirs["data"]))
    monkeypatch.setenv("FRONTDESK_CONFIG_DIR", str(dirs["config"]))
    return dirs


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path: Path) -> Iterator[MemoryKeyring]:
    """An in-memory keyring for the test (shared with its subprocesses through a file of the test's own)."""
    with memory_keyring_in(tmp_path) as backend:
        yield backend


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return "sqlite:///" + (tmp_path / "db" / "frontdesk.sqlite3").as_posix()


def _pg_admin_conninfo() -> str:
    return make_url(PG_ADMIN_URL).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_admin_connect():
    global _pg_unreachable
    if _pg_unreachable is not None:  # do not wait for the same timeout in every test
        pytest.fail(_pg_unreachable, pytrace=False)
    import psycopg

    try:
        return psycopg.connect(_pg_admin_conninfo(), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        _pg_unreachable = (
            f"PostgreSQL is required by this test but cannot be reached at "
            f"{make_url(PG_ADMIN_URL).render_as_string(hide_password=True)}: {exc}\n"
            "Start a server, point FRONTDESK_TEST_PG_ADMIN_URL at one, or (outside CI only) set "
            "FRONTDESK_SKIP_POSTGRES=1 to skip the PostgreSQL tests."
        )
        pytest.fail(_pg_unreachable, pytrace=False)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the real server, dropped after the test."""
    if SKIP_POSTGRES:
        pytest.skip("FRONTDESK_SKIP_POSTGRES=1: PostgreSQL tests skipped")
    name = f"frontdesk_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin_connect() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False)
    finally:
        with _pg_admin_connect() as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """The same test on both engines: an empty SQLite file, then an empty PostgreSQL database."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url: str):
    """A migrated ``Database`` on ``db_url``, closed after the test."""
    from frontdesk.store.database import Database

    database, _report = Database.open(db_url)
    try:
        yield database
    finally:
        database.close()
