"""Engine set-up for the two supported databases.

SQLite (the embedded default): WAL so the UI reads while a worker writes, foreign keys on every
connection, a busy timeout, and explicit BEGIN so SAVEPOINT and transactional DDL behave. Write units
of work start with ``BEGIN IMMEDIATE`` so two writers queue up instead of failing half-way.
PostgreSQL (shared deployment) through psycopg 3.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from frontdesk.settings import sqlite_path

WRITE_OPTION = "frontdesk_write"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def make_engine(database_url: str, **kwargs: Any) -> Engine:
    path = sqlite_path(database_url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(database_url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _install_sqlite_hooks(engine)
        return engine
    return create_engine(database_url, pool_pre_ping=True, **kwargs)


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let the "begin" hook below issue BEGIN itself
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
