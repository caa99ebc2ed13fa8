"""The figures of the home page: what happened at this desk today."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import distinct, func, select

from frontdesk.store.database import Database
from frontdesk.store.models import Agent, JournalEntry, Resident, Visit


@dataclass(frozen=True)
class TodaySummary:
    residents_total: int
    residents_registered_today: int
    agents_signed_in_today: int
    actions_today: int
    active_agents: int
    visits_today: int  # visits started today at this desk, finished or not
    visits_in_progress: int  # of those, the ones whose timer still runs


def start_of_local_day(now: datetime | None = None) -> datetime:
    """Midnight, local time of this PC, as UTC: "today" is the desk's day, not Greenwich's."""
    local = (now or datetime.now(UTC)).astimezone()
    # Naive, then astimezone(): midnight gets its own UTC offset, not the one of ``now`` (they differ on
    # the days the clocks change).
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    return midnight.astimezone(UTC)


def end_of_local_day(now: datetime | None = None) -> datetime:
    """The next local midnight, as UTC. A local day lasts 23 to 25 hours, so 36 hours after its start
    always falls in the next one, whatever the clock change."""
    return start_of_local_day(start_of_local_day(now) + timedelta(hours=36))


def today_summary(db: Database, desk_id: uuid.UUID, now: datetime | None = None) -> TodaySummary:
    since, until = start_of_local_day(now), end_of_local_day(now)
    with db.read() as s:
        visits = s.execute(
            select(func.count(), func.count().filter(Visit.ended_at.is_(None)))
            .select_from(Visit)
            .where(Visit.origin_desk_id == desk_id, Visit.started_at >= since, Visit.started_at < until)
        ).one()
        today = select(JournalEntry).where(JournalEntry.desk_id == desk_id, JournalEntry.at >= since).subquery()
        return TodaySummary(
            residents_total=s.scalar(select(func.count()).select_from(Resident)) or 0,
            residents_registered_today=s.scalar(
                select(func.count()).select_from(Resident).where(Resident.created_at >= since)) or 0,
            agents_signed_in_today=s.scalar(
                select(func.count(distinct(today.c.agent_id))).where(today.c.action == "auth.sign_in")) or 0,
            actions_today=s.scalar(select(func.count()).select_from(today)) or 0,
            active_agents=s.scalar(select(func.count()).select_from(Agent).where(Agent.active.is_(True))) or 0,
            visits_today=int(visits[0]),
            visits_in_progress=int(visits[1]),
        )


@dataclass(frozen=True)
class PeriodSummary:
    """Anonymous figures of a period: nothing in them depends on who the residents were, so the
    retention purge (which unlinks old visits from residents) leaves them unchanged."""

    visits: int
    minutes: int
    by_channel: dict[str, int]
    by_outcome: dict[str, int]
    by_referral: dict[str, int]
    by_theme: dict[str, int]


def period_summary(db: Database, since: datetime, until: datetime) -> PeriodSummary:
    """Visits started in [since, until), at every desk."""
    by: dict[str, dict[str, int]] = {"channel": {}, "outcome": {}, "referral": {}, "theme": {}}
    visits = minutes = 0
    with db.read() as s:
        rows = s.execute(select(Visit.channel, Visit.outcome, Visit.referral, Visit.themes, Visit.duration_min)
                         .where(Visit.started_at >= since, Visit.started_at < until))
        for channel, outcome, referral, themes, duration in rows:
            visits += 1
            minutes += duration or 0
            for kind, code in (("channel", channel), ("outcome", outcome), ("referral", referral)):
                if code:
                    by[kind][code] = by[kind].get(code, 0) + 1
            for theme in themes or ():
                by["theme"][theme] = by["theme"].get(theme, 0) + 1
    return PeriodSummary(visits, minutes, by["channel"], by["outcome"], by["referral"], by["theme"])
