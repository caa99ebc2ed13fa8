"""The database handle services work through: read sessions and write units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain.roles import Actor
from frontdesk.journal import JournalWriter
from frontdesk.store.engine import WRITE_OPTION, make_engine
from frontdesk.store.migrate import MigrationReport, upgrade


@dataclass
class UnitOfWork:
    """One transaction: the changes and their journal entries commit together or not at all."""

    session: Session
    journal: JournalWriter


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)

    @classmethod
    def open(cls, database_url: str, backup_dir: Path | None = None) -> tuple[Database, MigrationReport]:
        """Connect and bring the schema up to date (backing SQLite up first when it migrates)."""
        engine = make_engine(database_url)
        report = upgrade(engine, backup_dir)
        return cls(engine), report

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def unit_of_work(self, actor: Actor) -> Iterator[UnitOfWork]:
        with self._write() as session, session.begin():
            yield UnitOfWork(session, JournalWriter(session, actor.desk_id, actor.agent_id))

    def close(self) -> None:
        self.engine.dispose()
