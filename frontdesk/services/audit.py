"""Reading the journal: the supervisor's view and the integrity check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from frontdesk import journal
from frontdesk.domain.roles import Actor, require_supervisor
from frontdesk.store.database import Database
from frontdesk.store.models import Agent, JournalEntry


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
    require_supervisor(actor)
    stmt = (
        select(JournalEntry, Agent.display_name)
        .outerjoin(Agent, Agent.id == JournalEntry.agent_id)
        .order_by(JournalEntry.seq.desc())
        .limit(limit)
    )
    with db.read() as session:
        names = {str(agent_id): name for agent_id, name in session.execute(select(Agent.id, Agent.display_name))}
        return [
            JournalLine(e.seq, e.at, name or "", e.action, _subject(e, names), e.entity_type, e.entity_id)
            for e, name in session.execute(stmt)
        ]


def _subject(entry: JournalEntry, agent_names: dict[str, str]) -> str:
    return agent_names.get(entry.entity_id, "") if entry.entity_type == "agent" else ""


def verify_journal(db: Database, actor: Actor) -> journal.VerifyResult:
    require_supervisor(actor)
    with db.read() as session:
        result = journal.verify(session)
    with db.unit_of_work(actor) as uow:
        uow.journal.append("journal.verified", "journal", "", ok=result.ok, checked=result.checked)
    return result



