"""Reading the journal: the supervisor's view and the integrity check."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk import journal
from frontdesk.domain.residents import display_name
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.store.database import Database
from frontdesk.store.models import Agent, JournalEntry, Resident


@dataclass(frozen=True)
class JournalLine:
    seq: int
    at: datetime
    agent_name: str
    action: str
    subject: str  # the account an agent-related entry is about; empty for other entities
    entity_type: str
    entity_id: str


def recent_entries(db: Database, actor: Actor, limit: int = 500) -> list[JournalLine]:
    require(actor, Permission.JOURNAL_READ)
    stmt = (
        select(JournalEntry, Agent.display_name)
        .outerjoin(Agent, Agent.id == JournalEntry.agent_id)
        .order_by(JournalEntry.seq.desc())
        .limit(limit)
    )
    with db.read() as session:
        entries = session.execute(stmt).all()
        subjects = _subjects(session, [e for e, _name in entries])
        return [
            JournalLine(e.seq, e.at, name or "", e.action, subjects.get((e.entity_type, e.entity_id), ""),
                        e.entity_type, e.entity_id)
            for e, name in entries
        ]


def _subjects(session: Session, entries: list[JournalEntry]) -> dict[tuple[str, str], str]:
    """Who each entry is about, for the agents' and residents' entries: the supervisor reads names."""
    wanted = {kind: {e.entity_id for e in entries if e.entity_type == kind} for kind in ("agent", "resident")}
    names: dict[tuple[str, str], str] = {}
    ids = [uuid.UUID(i) for i in wanted["agent"] if i]
    for agent_id, name in session.execute(select(Agent.id, Agent.display_name).where(Agent.id.in_(ids))):
        names[("agent", str(agent_id))] = name
    ids = [uuid.UUID(i) for i in wanted["resident"] if i]
    rows = session.execute(select(Resident.id, Resident.family_name, Resident.given_names).where(Resident.id.in_(ids)))
    for resident_id, family, given in rows:
        names[("resident", str(resident_id))] = display_name(family, given)
    return names


def verify_journal(db: Database, actor: Actor) -> journal.VerifyResult:
    require(actor, Permission.JOURNAL_READ)
    with db.read() as session:
        result = journal.verify(session)
    with db.unit_of_work(actor) as uow:
        uow.journal.append("journal.verified", "journal", "", ok=result.ok, checked=result.checked)
    return result


ACCESS_ACTIONS = ("profile.viewed", "rights.exported")


@dataclass(frozen=True)
class AccessLine:
    at: datetime
    agent_name: str
    action: str
    resident_id: str
    resident_name: str  # empty once the resident is anonymised


def access_entries(db: Database, actor: Actor, *, agent_id: uuid.UUID | None = None,
                   resident_id: uuid.UUID | None = None, since: datetime | None = None,
                   until: datetime | None = None, limit: int = 1000) -> list[AccessLine]:
    """Who opened which resident's sensitive sections or exported their data, newest first."""
    require(actor, Permission.JOURNAL_READ)
    stmt = (select(JournalEntry, Agent.display_name).outerjoin(Agent, Agent.id == JournalEntry.agent_id)
            .where(JournalEntry.action.in_(ACCESS_ACTIONS)).order_by(JournalEntry.seq.desc()).limit(limit))
    if agent_id is not None:
        stmt = stmt.where(JournalEntry.agent_id == agent_id)
    if resident_id is not None:
        stmt = stmt.where(JournalEntry.entity_id == str(resident_id))
    if since is not None:
        stmt = stmt.where(JournalEntry.at >= since)
    if until is not None:
        stmt = stmt.where(JournalEntry.at < until)
    with db.read() as session:
        rows = session.execute(stmt).all()
        names = _subjects(session, [e for e, _name in rows])
        return [AccessLine(e.at, name or "", e.action, e.entity_id, names.get(("resident", e.entity_id), ""))
                for e, name in rows]

