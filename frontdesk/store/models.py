"""The tables. Rules live in ``frontdesk.domain`` and ``frontdesk.services``, not here."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, SmallInteger, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.store.base import Base, Replicated, UTCDateTime


class AppMeta(Base):
    """Facts about this installation that never replicate (which desk this PC is)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Desk(Replicated, Base):
    """A counter of the commune: its name and the prefix of the references it issues."""

    __tablename__ = "desk"

    name: Mapped[str] = mapped_column(String(80))
    prefix: Mapped[str] = mapped_column(String(11), unique=True)
    commune_name: Mapped[str] = mapped_column(String(80), default="")


class Agent(Replicated, Base):
    """A personal account: one person, one login (CNIL: no shared accounts)."""

    __tablename__ = "agent"

    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Resident(Replicated, Base):
    """A person served at the desk, with the minimum needed to find them again."""

    __tablename__ = "resident"

    family_name: Mapped[str] = mapped_column(String(120))
    birth_name: Mapped[str] = mapped_column(String(120), default="")
    given_names: Mapped[str] = mapped_column(String(160), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    commune: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    search_key: Mapped[str] = mapped_column(String(400), index=True)


class JournalEntry(Base):
    """Append-only, hash-chained record of who did what to which record.

    The database refuses UPDATE and DELETE on this table (triggers created by the migration), and
    each entry hashes its predecessor's hash, so an edit made behind the application's back shows.
    """

    __tablename__ = "journal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    desk_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agent.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
