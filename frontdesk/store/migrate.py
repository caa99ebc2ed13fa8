"""Bring a database to the current schema at start-up, safely.

Why it looks this way:
- the up-to-date case is the common one, so it is answered with one query and without importing
  Alembic (which costs as much as Qt itself at start-up);
- before any migration of a SQLite file, the file is copied with SQLite's online backup API, so a
  failed or wrong migration can always be undone by hand;
- SQLite batch migrations recreate tables: with foreign keys on, recreating a parent table would
  cascade-delete its children, so the pragma is turned off around the upgrade and the foreign keys
  are checked before it is turned back on.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from frontdesk.clock import utcnow
from frontdesk.errors import FrontdeskError
from frontdesk.settings import sqlite_path
from frontdesk.store.migrations import HEAD_REVISION

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 5


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(conn: Connection | None = None):  # -> alembic.config.Config, imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(engine: Engine, backup_dir: Path | None = None, revision: str = "head") -> MigrationReport:
    """Migrate to ``revision``; returns what was done. Raises FrontdeskError if the schema is newer."""
    with engine.connect() as conn:
        before = current_revision(conn)
        conn.rollback()
    target = HEAD_REVISION if revision == "head" else revision
    if before == target:
        return MigrationReport(before, target, None)
    if before is not None and not _is_known_revision(before):
        raise FrontdeskError("database.newer_schema", revision=before)

    backup = None
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if before is not None and path is not None and backup_dir is not None:
        backup = backup_sqlite(path, backup_dir, before)

    log.info("migrating database from %s to %s", before, target)
    _run(engine, "upgrade", target)
    return MigrationReport(before, target, backup)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)


def _is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def _run(engine: Engine, direction: str, revision: str) -> None:
    from alembic import command

    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            try:
                getattr(command, direction)(alembic_config(conn), revision)
                conn.commit()
                problems = conn.connection.driver_connection.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise FrontdeskError("database.foreign_keys_broken", count=len(problems))
            finally:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
        else:
            with conn.begin():
                # One desk at a time migrates a shared server.
                conn.execute(text("SELECT pg_advisory_xact_lock(7202605)"))
                getattr(command, direction)(alembic_config(conn), revision)


def backup_sqlite(path: Path, backup_dir: Path, revision: str | None) -> Path:
    """Copy a live SQLite database consistently (WAL included) and keep the last few copies."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{path.stem}-{revision or 'empty'}-{stamp}.sqlite3"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    for old in sorted(backup_dir.glob(f"{path.stem}-*.sqlite3"))[:-BACKUPS_KEPT]:
        old.unlink()
    log.info("database backed up before migration to %s", target.name)
    return target
