"""The tables. Rules live in ``frontdesk.domain`` and ``frontdesk.services``, not here."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.clock import utcnow
from frontdesk.privacy.fields import EncryptedJSON, EncryptedText
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
    """A person served at the desk, with the minimum needed to find them again and to reach them.

    "No phone" and "no e-mail" are recorded explicitly, so an empty field never hides whether the
    question was asked. A merged duplicate keeps its row, pointing at the resident it was merged into.
    """

    __tablename__ = "resident"

    family_name: Mapped[str] = mapped_column(String(120))
    birth_name: Mapped[str] = mapped_column(String(120), default="")
    given_names: Mapped[str] = mapped_column(String(160), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    address_line: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    commune: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    no_phone: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    email: Mapped[str] = mapped_column(String(254), default="", server_default=text("''"))
    no_email: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    contact_channel: Mapped[str] = mapped_column(String(16), default="guichet", server_default="guichet")
    language: Mapped[str] = mapped_column(String(16), default="fr", server_default="fr")
    large_print: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("resident.id"), nullable=True)
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    # Set when the person's identity was erased (retention or GDPR art. 17): the row stays, empty, so
    # the visits it anchors still count in the statistics.
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Visit(Replicated, Base):
    """A "passage": one resident (or an anonymous person) helped at the desk, by phone, at home ..."""

    __tablename__ = "visit"

    resident_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("resident.id"), nullable=True, index=True)
    agent_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agent.id"))
    channel: Mapped[str] = mapped_column(String(16), default="guichet")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    duration_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    outcome: Mapped[str | None] = mapped_column(String(32), nullable=True)
    referral: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Consent(Replicated, Base):
    """A resident's explicit consent for one purpose; withdrawal keeps the fact and the date only."""

    __tablename__ = "consent"

    resident_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("resident.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    given_by_agent_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agent.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    withdrawn_by_agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agent.id"), nullable=True)


class Assessment(Replicated, Base):
    """A dated look at what a resident needs to use digital services; history is kept, newest wins.

    Sensitive barriers live in their own column, so withdrawing consent can erase exactly them. Both
    barrier columns are encrypted at rest (they reveal health, literacy, language or isolation).
    """

    __tablename__ = "assessment"

    resident_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("resident.id"), index=True)
    agent_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agent.id"))
    assessed_on: Mapped[date] = mapped_column(Date)
    equipment: Mapped[list[str]] = mapped_column(JSON, default=list)
    internet_access: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    email_account: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    franceconnect: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    autonomy: Mapped[str | None] = mapped_column(String(32), nullable=True)
    barriers: Mapped[list[str]] = mapped_column(EncryptedJSON("assessment.barriers"), default=list)
    sensitive_barriers: Mapped[list[str]] = mapped_column(EncryptedJSON("assessment.sensitive_barriers"),
                                                          default=list)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("consent.id"), nullable=True)
    orientation: Mapped[str | None] = mapped_column(String(32), nullable=True)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)


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


class DocumentCounter(Base):
    """The last number a desk gave in a series (printed documents, dossiers) in a year.

    Incremented inside the unit of work that stores the numbered row, so a number is used exactly when
    its row exists: a rolled-back issue rolls its number back too, and each series has no gaps.
    """

    __tablename__ = "document_counter"

    desk_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("desk.id"), primary_key=True)
    series: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Document(Replicated, Base):
    """A document handed to a resident, stored as the canonical data it was drawn from.

    The row is committed before any page is produced, so paper never exists without its record; the
    integrity code lets anyone holding the paper check it against this row later.
    """

    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("origin_desk_id", "year", "seq", name="uq_document_desk_year_seq"),)

    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(SmallInteger)
    seq: Mapped[int] = mapped_column(Integer)
    template_version: Mapped[int] = mapped_column(SmallInteger)
    canonical: Mapped[str] = mapped_column(Text)
    integrity_code: Mapped[str] = mapped_column(String(16), index=True)
    page_format: Mapped[str] = mapped_column(String(8))
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("resident.id"), nullable=True, index=True)
    created_by_agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agent.id"), nullable=True)


class Dossier(Replicated, Base):
    """An assisted request: one procedure filled with (or for) a resident, from draft to its outcome.

    A draft has no reference yet (numbers are given on submission, so the series has no gaps for
    abandoned drafts). The procedure's title and revision are copied in, so the dossier still reads
    right after the catalogue changes. ``remote_*`` and ``prefill_token`` belong to the Démarche
    Numérique connector. What the resident said (``values``, ``what_was_done``) and what opens their
    dossier on the platform (``prefill_token``, ``remote_link``) are encrypted at rest; the retention
    policy empties them and sets ``anonymised_at``, keeping what the statistics count.
    """

    __tablename__ = "dossier"

    reference: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("resident.id"), nullable=True, index=True)
    agent_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agent.id"), index=True)
    procedure_id: Mapped[str] = mapped_column(String(120))
    procedure_title: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(24))
    procedure_revision: Mapped[str] = mapped_column(String(80), default="")
    values: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("dossier.values"), default=dict)
    status: Mapped[str] = mapped_column(String(24), index=True)
    consent_by: Mapped[str | None] = mapped_column(String(24), nullable=True)
    consent_how: Mapped[str | None] = mapped_column(String(24), nullable=True)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    consent_agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agent.id"), nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    complete_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    silence_means: Mapped[str | None] = mapped_column(String(16), nullable=True)
    remote_reference: Mapped[str] = mapped_column(String(120), default="")
    remote_site: Mapped[str] = mapped_column(String(500), default="")
    remote_done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    what_was_done: Mapped[list[str]] = mapped_column(EncryptedJSON("dossier.what_was_done"), default=list)
    remote_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    prefill_token: Mapped[str | None] = mapped_column(EncryptedText("dossier.prefill_token"), nullable=True)
    remote_link: Mapped[str | None] = mapped_column(EncryptedText("dossier.remote_link"), nullable=True)
    remote_state: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # What the administrator access adds: the instructor's reason for a decision (personal data, so
    # encrypted), the platform's last change, and where the last tracked facts came from.
    remote_motivation: Mapped[str | None] = mapped_column(EncryptedText("dossier.remote_motivation"), nullable=True)
    remote_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    remote_detail: Mapped[str | None] = mapped_column(String(16), nullable=True)  # "admin" or "public"
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("visit.id"), nullable=True)
    issued: Mapped[list[str]] = mapped_column(JSON, default=list)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class DossierEvent(Replicated, Base):
    """One step of a dossier's status history: never changed, only added to."""

    __tablename__ = "dossier_event"

    dossier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("dossier.id"), index=True)
    status: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agent.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(300), default="")


class DossierPiece(Replicated, Base):
    """A paper a dossier asks for: handed in (original or copy) or still missing, then expected by a day."""

    __tablename__ = "dossier_piece"

    dossier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("dossier.id"), index=True)
    document_id: Mapped[str] = mapped_column(String(120))
    label: Mapped[str] = mapped_column(String(300))
    supplied: Mapped[bool] = mapped_column(Boolean, default=False)
    original: Mapped[bool] = mapped_column(Boolean, default=False)
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
class DemarcheDescriptorRevision(Replicated, Base):
    """One revision of a Démarche Numérique form, as the platform described it, kept for offline use.

    The newest one of a démarche is ``current``; older ones stay so a dossier can be re-read against
    the form it was filled with, and so the agent can be shown what changed (``reviewed`` is False
    until a supervisor or agent has seen the changes of a new revision).
    """

    __tablename__ = "dn_descriptor"
    __table_args__ = (UniqueConstraint("demarche_number", "revision_id", name="uq_dn_descriptor_number_revision"),)

    demarche_number: Mapped[int] = mapped_column(Integer, index=True)
    revision_id: Mapped[str] = mapped_column(String(200))
    path: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(500))
    descriptor: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(16))  # "remote" (fetched) or "import" (file from a supervisor)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=True)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)  # last time the platform confirmed it current
class OutboxItem(Base):
    """One change to make on a remote platform, written in the same transaction as the business change.

    It stays on the desk that made it (no replication): only that desk's sender drains it. ``id`` is a
    local counter because the order matters: the items of one entity are sent strictly in that order.
    ``remote_ref`` is what may be shown and logged (a dossier number); ``remote_secret`` holds what must
    not (a prefill token, a dossier link), in a column of its own so it can be encrypted at rest.
    """

    __tablename__ = "outbox_item"
    __table_args__ = (
        Index("ix_outbox_item_due", "desk_id", "state", "next_attempt_at"),
        Index("ix_outbox_item_entity", "entity_type", "entity_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    desk_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("desk.id"))
    kind: Mapped[str] = mapped_column(String(32))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("outbox.payload"))
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    last_error_params: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("outbox.last_error_params"), default=dict)
    remote_ref: Mapped[str | None] = mapped_column(String(64), nullable=True)
    remote_secret: Mapped[str | None] = mapped_column(EncryptedText("outbox.remote_secret"), nullable=True)
    created_by_agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agent.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class OutboxEvent(Base):
    """Every change of an outbox item's state, oldest first: what the agent and the supervisor read."""

    __tablename__ = "outbox_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(Integer, ForeignKey("outbox_item.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(64))
    params: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("outbox_event.params"), default=dict)
    agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agent.id"), nullable=True)
class Objection(Replicated, Base):
    """A resident's objection to the processing of their data (GDPR art. 21) and the decision on it.

    ``decision`` is "pending" until a supervisor decides: "upheld" (the resident is then anonymised) or
    "rejected" (compelling grounds of the public task, to be explained to the resident in writing).
    """

    __tablename__ = "objection"

    resident_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("resident.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_by_agent_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agent.id"))
    decision: Mapped[str] = mapped_column(String(16), default="pending")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by_agent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("agent.id"), nullable=True)
