"""The database handle services work through: read sessions and write units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain.roles import Actor
from frontdesk.journal import JournalWriter
from frontdesk.privacy import keys
from frontdesk.privacy.crypto import FieldCipher
from frontdesk.privacy.fields import using
from frontdesk.store.engine import WRITE_OPTION, make_engine
from frontdesk.store.migrate import MigrationReport, upgrade


@dataclass
class UnitOfWork:
    """One transaction: the changes and their journal entries commit together or not at all."""

    session: Session
    journal: JournalWriter


class Database:
    """Sessions of one database; every session runs with this database's data key, so encrypted
    columns read and write transparently (``frontdesk.privacy.fields``)."""

    def __init__(self, engine: Engine, key: keys.UnlockedKey | None = None) -> None:
        self.engine = engine
        self.key = key
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)

    @classmethod
    def open(cls, database_url: str, backup_dir: Path | None = None, *, protection: str = "auto",
             passphrase: str | None = None) -> tuple[Database, MigrationReport]:
        """Connect, unlock the data key, and bring the schema up to date (backing SQLite up first).

        Raises ``PassphraseRequired`` when no keyring holds the key and no passphrase was given. A new
        key is stored before any migration can encrypt with it, as soon as ``app_meta`` exists.
        """
        engine = make_engine(database_url)
        try:
            key = keys.unlock(engine, protection, passphrase)
            cls._store_new_key(engine, key)
            with using(key.cipher):
                report = upgrade(engine, backup_dir)
            cls._store_new_key(engine, key)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, key), report

    @staticmethod
    def _store_new_key(engine: Engine, key: keys.UnlockedKey) -> None:
        if not key.is_new:
            return
        with engine.connect() as conn:
            if inspect(conn).has_table("app_meta"):
                keys.store_if_new(conn, key)
                conn.commit()
            else:
                conn.rollback()

    @property
    def cipher(self) -> FieldCipher | None:
        return self.key.cipher if self.key is not None else None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with using(self.cipher), self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def unit_of_work(self, actor: Actor) -> Iterator[UnitOfWork]:
        with using(self.cipher), self._write() as session, session.begin():
            yield UnitOfWork(session, JournalWriter(session, actor.desk_id, actor.agent_id))

    def close(self) -> None:
        self.engine.dispose()
