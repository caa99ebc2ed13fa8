"""Migrations on both engines: from empty to head, models agree with scripts, down and up again,
backups before migrating a SQLite file, refusal of a newer schema, and the SQLite connection set-up."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import uuid
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError
from frontdesk.store import migrate
from frontdesk.store.database import Database
from frontdesk.store.engine import SQLITE_BUSY_TIMEOUT_MS, make_engine
from frontdesk.store.migrations import HEAD_REVISION
from frontdesk.store.models import Base, Desk

TABLES = {"agent", "app_meta", "desk", "resident", "journal"}


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def revision_of(engine) -> str | None:
    with engine.connect() as conn:
        return migrate.current_revision(conn)


def table_names(engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_head_revision_constant_matches_the_scripts():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [HEAD_REVISION]
    assert script.get_current_head() == HEAD_REVISION


def test_upgrade_from_empty_to_head(engine):
    assert revision_of(engine) is None
    report = migrate.upgrade(engine)
    assert (report.from_revision, report.to_revision, report.backup) == (None, HEAD_REVISION, None)
    assert report.migrated
    assert revision_of(engine) == HEAD_REVISION
    assert table_names(engine) >= TABLES
    again = migrate.upgrade(engine)
    assert not again.migrated
    assert (again.from_revision, again.to_revision) == (HEAD_REVISION, HEAD_REVISION)


def search_objects() -> frozenset[str]:
    """The search indexes the models cannot describe (FTS5 table, trigram and byte-order indexes)."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return script.get_revision("0002").module.SEARCH_OBJECTS


def present_search_objects(engine) -> set[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            names = conn.scalars(text("SELECT name FROM sqlite_master WHERE name LIKE 'resident_fts%'"))
        else:
            names = conn.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'resident'"))
        return set(names) & search_objects()


def test_models_and_migrations_agree(engine):
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True, "compare_server_default": True,
            "include_name": lambda name, _type, _parents: name not in search_objects(),
        })
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_search_indexes_come_and_go_with_the_migration(engine):
    migrate.upgrade(engine)
    expected = ({"resident_fts", "resident_fts_data", "resident_fts_idx", "resident_fts_docsize",
                 "resident_fts_config"} if engine.dialect.name == "sqlite"
                else {"ix_resident_search_key_trgm", "ix_resident_search_key_c"})
    triggers = 3 if engine.dialect.name == "sqlite" else 0
    assert present_search_objects(engine) == expected
    assert fts_triggers(engine) == triggers
    migrate.downgrade(engine, "0001")
    assert present_search_objects(engine) == set()
    assert fts_triggers(engine) == 0
    migrate.upgrade(engine)
    assert present_search_objects(engine) == expected
    assert fts_triggers(engine) == triggers


def fts_triggers(engine) -> int:
    """How many triggers keep the SQLite search index in step with its table (PostgreSQL needs none)."""
    if engine.dialect.name != "sqlite":
        return 0
    with engine.connect() as conn:
        return conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                "AND name LIKE 'resident_fts%'"))


def test_downgrade_to_base_then_upgrade_again(engine):
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert revision_of(engine) is None
    assert table_names(engine) & TABLES == set()
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM pg_proc WHERE proname = 'journal_append_only'")) == 0
    report = migrate.upgrade(engine)
    assert report.from_revision is None
    assert revision_of(engine) == HEAD_REVISION
    assert table_names(engine) >= TABLES
    # The append-only guard is back too.
    db = Database(engine)
    with db.unit_of_work(Actor(uuid.uuid4())) as uow:
        uow.journal.append("test.entry")
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM journal"))


def test_a_newer_schema_is_refused_untouched(engine, tmp_path):
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    backups = tmp_path / "backups"
    with pytest.raises(FrontdeskError) as info:
        migrate.upgrade(engine, backups)
    assert info.value.code == "database.newer_schema"
    assert info.value.params == {"revision": "9999_from_the_future"}
    assert revision_of(engine) == "9999_from_the_future"
    assert not backups.exists()


def test_open_reports_the_migration(db_url, tmp_path):
    backups = tmp_path / "backups"
    db, report = Database.open(db_url, backups)
    try:
        assert report.migrated and report.from_revision is None and report.backup is None
    finally:
        db.close()
    db, report = Database.open(db_url, backups)
    try:
        assert not report.migrated and report.backup is None
    finally:
        db.close()
    assert not backups.exists() or list(backups.iterdir()) == []


# --- SQLite only: backups ---------------------------------------------------------------------------

def test_upgrade_from_nothing_makes_no_backup(sqlite_url, tmp_path):
    engine = make_engine(sqlite_url)
    try:
        report = migrate.upgrade(engine, tmp_path / "backups")
    finally:
        engine.dispose()
    assert report.backup is None
    assert not (tmp_path / "backups").exists()


def test_backup_sqlite_copies_a_live_wal_database(sqlite_url, tmp_path):
    db, _ = Database.open(sqlite_url)
    try:
        desk_id = uuid.uuid4()
        with db.unit_of_work(Actor(desk_id)) as uow:
            uow.session.add(Desk(id=desk_id, origin_desk_id=desk_id, name="Accueil", prefix="A1"))
        # The row sits in the -wal file, not yet in the main file: a plain file copy would miss it.
        path = migrate.sqlite_path(sqlite_url)
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        backup = migrate.backup_sqlite(path, tmp_path / "backups", HEAD_REVISION)
    finally:
        db.close()
    assert backup.parent == tmp_path / "backups"
    assert backup.name.startswith(f"frontdesk-{HEAD_REVISION}-")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT prefix FROM desk").fetchall() == [("A1",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD_REVISION,)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()


def test_backup_sqlite_keeps_the_last_five(sqlite_url, tmp_path, monkeypatch):
    engine = make_engine(sqlite_url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    path = migrate.sqlite_path(sqlite_url)
    made = []
    for day in range(1, 8):
        monkeypatch.setattr(migrate, "utcnow", lambda day=day: datetime(2026, 3, day, 9, 0, tzinfo=UTC))
        made.append(migrate.backup_sqlite(path, tmp_path / "backups", "0001"))
    kept = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert kept == sorted(p.name for p in made[-migrate.BACKUPS_KEPT:])
    assert kept[0] == "frontdesk-0001-20260303T090000000000Z.sqlite3"


NEXT_REVISION = '''\
"""add a note to agents (test-only revision)

Revision ID: 9999
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On SQLite the table is recreated (copy, drop, rename): ``agent`` is the parent of journal.agent_id.
    with op.batch_alter_table("agent", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("note", sa.String(40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("agent") as batch_op:
        batch_op.drop_column("note")
'''


def test_migrating_an_existing_sqlite_database_backs_it_up_first(sqlite_url, tmp_path, monkeypatch):
    """A real second migration (written to a copy of the scripts) on a database holding data."""
    from frontdesk.services import accounts
    from frontdesk.services.desk import ensure_desk

    db, _ = Database.open(sqlite_url)
    try:
        desk = ensure_desk(db, "Accueil", "A1")
        boss = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", "responsable des guichets")
    finally:
        db.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.HEAD_REVISION
    (scripts / "versions" / "9999_agent_note.py").write_text(NEXT_REVISION.replace("{head}", head), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999")

    backups = tmp_path / "backups"
    engine = make_engine(sqlite_url)
    try:
        report = migrate.upgrade(engine, backups)
        assert (report.from_revision, report.to_revision) == (head, "9999")
        assert report.backup is not None and report.backup.parent == backups
        assert revision_of(engine) == "9999"
        with engine.connect() as conn:
            # The agent table was recreated without losing its rows or the journal rows pointing at it.
            assert conn.execute(text("SELECT login, note FROM agent")).all() == [("cmartin", "")]
            agent_hex = boss.id.hex
            assert conn.scalar(text("SELECT count(*) FROM journal WHERE agent_id = :a"), {"a": agent_hex}) == 1
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        engine.dispose()

    copy = sqlite3.connect(report.backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert copy.execute("SELECT login FROM agent").fetchall() == [("cmartin",)]
        assert "note" not in {row[1] for row in copy.execute("PRAGMA table_info(agent)")}
    finally:
        copy.close()


# --- SQLite only: the connection set-up --------------------------------------------------------------

def test_sqlite_pragmas_on_every_connection(sqlite_url):
    engine = make_engine(sqlite_url)
    try:
        connections = [engine.connect() for _ in range(2)]  # two pooled connections, both set up
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == SQLITE_BUSY_TIMEOUT_MS
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        for conn in connections:
            conn.close()
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    from frontdesk.journal import JournalWriter

    with pytest.raises(IntegrityError), db.unit_of_work(Actor(uuid.uuid4())) as uow:
        JournalWriter(uow.session, uuid.uuid4(), uuid.uuid4()).append("test.unknown_agent")
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM journal")) == 0


def test_sqlite_write_units_of_work_take_the_write_lock_at_once(sqlite_url):
    """BEGIN IMMEDIATE: a unit of work that reads first still holds the write lock from its first
    statement, so a second writer waits at BEGIN instead of failing half-way through (SQLITE_BUSY)."""
    db, _ = Database.open(sqlite_url)
    path = migrate.sqlite_path(sqlite_url)
    try:
        with db.unit_of_work(Actor(uuid.uuid4())) as uow:
            assert uow.session.scalar(text("SELECT count(*) FROM desk")) == 0  # a read, no write yet
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
                assert other.execute("SELECT count(*) FROM desk").fetchone() == (0,)  # readers go on
            finally:
                other.close()
        with db.read() as session:
            assert session.scalar(text("SELECT count(*) FROM desk")) == 0
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")  # a read session does not hold the write lock
                other.execute("ROLLBACK")
            finally:
                other.close()
    finally:
        db.close()


def test_concurrent_writers_queue_up(db):
    """Two threads appending at once: no failure, no fork in the journal chain."""
    from frontdesk import journal

    desk_id = uuid.uuid4()
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(10):
                with db.unit_of_work(Actor(desk_id)) as uow:
                    uow.journal.append("test.concurrent", "thread", n, i=i)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with db.read() as session:
        result = journal.verify(session)
    assert result.ok and result.checked == 20
