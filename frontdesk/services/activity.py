"""The figures of the home page: what happened at this desk today."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import distinct, func, select

from frontdesk.store.database import Database
from frontdesk.store.models import Agent, JournalEntry, Resident


@dataclass(frozen=True)
class TodaySummary:
    residents_total: int
    residents_registered_today: int
    agents_signed_in_today: int
    actions_today: int
    active_agents: int


def start_of_local_day(now: datetime | None = None) -> datetime:
    """Midnight, local time of this PC, as UTC: "today" is the desk's day, not Greenwich's."""
    local = (now or datetime.now(UTC)).astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def today_summary(db: Database, desk_id: uuid.UUID, now: datetime | None = None) -> TodaySummary:
    since = start_of_local_day(now)
    with db.read() as s:
        today = select(JournalEntry).where(JournalEntry.desk_id == desk_id, JournalEntry.at >= since).subquery()
        return TodaySummary(
            residents_total=s.scalar(select(func.count()).select_from(Resident)) or 0,
            residents_registered_today=s.scalar(
                select(func.count()).select_from(Resident).where(Resident.created_at >= since)) or 0,
            agents_signed_in_today=s.scalar(
                select(func.count(distinct(today.c.agent_id))).where(today.c.action == "auth.sign_in")) or 0,
            actions_today=s.scalar(select(func.count()).select_from(today)) or 0,
            active_agents=s.scalar(select(func.count()).select_from(Agent).where(Agent.active.is_(True))) or 0,
        )
