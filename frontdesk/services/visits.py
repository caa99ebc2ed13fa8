"""Visits ("passages"): the quick entry after the fact, and the running timer for the visit in progress.

A visit may be anonymous: helping someone must never depend on them giving their name. Every field is
checked against the closed vocabularies (the Coop's codes) so statistics stay exportable, and every
wrong field is reported at once so the agent fixes the form in one go.

Journal entries carry codes and counts only: the themes of a visit can hint at a person's situation
(health, justice, residence permit), so only how many there were is journalled.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from frontdesk.clock import utcnow
from frontdesk.domain import vocab
from frontdesk.domain.residents import display_name
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.errors import PermissionDenied, ValidationError
from frontdesk.services.activity import end_of_local_day, start_of_local_day
from frontdesk.services.residents import surviving
from frontdesk.store.database import Database, UnitOfWork
from frontdesk.store.models import Agent, Resident, Visit

MIN_DURATION = 1
MAX_DURATION = 600  # ten hours: anything longer is a forgotten timer, not a visit
DEFAULT_DURATION = 15
OUTCOME_NEEDING_REFERRAL = "oriente_vers_structure"
_FUTURE_TOLERANCE = timedelta(minutes=5)  # clocks of desks and server drift a little


class VisitInvalid(ValidationError):
    """One or more fields of a visit break a rule; ``params["errors"]`` maps each field to its code."""

    code = "visit.invalid"


@dataclass(frozen=True)
class VisitView:
    id: uuid.UUID
    resident_id: uuid.UUID | None
    resident_name: str  # "" for an anonymous visit
    agent_id: uuid.UUID
    agent_name: str
    channel: str
    started_at: datetime
    ended_at: datetime | None
    duration_min: int | None
    themes: tuple[str, ...]
    outcome: str | None
    referral: str | None

    @property
    def in_progress(self) -> bool:
        """The timer still runs: the visit was started and not finished yet."""
        return self.ended_at is None


# --- writing ---------------------------------------------------------------------------------------------

def start_visit(db: Database, actor: Actor, resident_id: uuid.UUID | None, channel: str = "guichet") -> VisitView:
    """Start the timer when the person sits down; the rest is filled in by ``finish_visit``."""
    agent_id = _require_agent(actor)
    errors: dict[str, str] = {}
    _check_channel(channel, errors)
    if errors:
        raise VisitInvalid(errors=errors)
    with db.unit_of_work(actor) as uow:
        resident_id = _resolve_resident(uow.session, resident_id)
        visit = Visit(origin_desk_id=actor.desk_id, resident_id=resident_id, agent_id=agent_id, channel=channel,
                      started_at=utcnow(), themes=[])
        uow.session.add(visit)
        uow.session.flush()
        uow.journal.append("visit.started", "visit", visit.id, channel=channel, anonymous=resident_id is None,
                           resident_id=_id_or_none(resident_id))
        return _view_of(uow.session, visit.id)


def finish_visit(db: Database, actor: Actor, visit_id: uuid.UUID, *, themes: Sequence[str], outcome: str,
                 referral: str | None = None, duration_min: int | None = None) -> VisitView:
    """Stop the timer and say what the visit was about and how it ended.

    Without ``duration_min`` the duration is the elapsed time to the nearest minute (at least 1). A timer
    left running beyond ``MAX_DURATION`` gives ``duration_invalid`` rather than a made-up figure: the
    agent then types the real duration.
    """
    _require_agent(actor)
    now = utcnow()
    with db.unit_of_work(actor) as uow:
        visit = uow.session.get(Visit, visit_id)
        if visit is None:
            raise ValidationError("visit.unknown")
        errors: dict[str, str] = {}
        if visit.ended_at is not None:
            errors["visit"] = "already_finished"
        if duration_min is None:
            elapsed = (now - visit.started_at).total_seconds()
            duration_min = max(MIN_DURATION, math.floor(elapsed / 60 + 0.5))  # to the nearest minute
        themes_ = _check_details(themes, outcome, referral, duration_min, errors)
        if errors:
            raise VisitInvalid(errors=errors)
        visit.ended_at = now
        visit.duration_min = duration_min
        visit.themes = list(themes_)
        visit.outcome = outcome
        visit.referral = referral or None
        uow.journal.append("visit.finished", "visit", visit.id, **_journal_details(visit))
        return _view_of(uow.session, visit.id)


def record_visit(db: Database, actor: Actor, resident_id: uuid.UUID | None, *, themes: Sequence[str], outcome: str,
                 channel: str = "guichet", duration_min: int = DEFAULT_DURATION, referral: str | None = None,
                 started_at: datetime | None = None) -> VisitView:
    """Quick entry of a finished visit in one call: themes and outcome are all the common case needs.

    Without ``started_at`` the visit is taken to have just ended, so it started ``duration_min`` ago.
    A start more than a few minutes in the future is refused (``started_at``: ``started_in_future``).
    """
    agent_id = _require_agent(actor)
    now = utcnow()
    errors: dict[str, str] = {}
    _check_channel(channel, errors)
    themes_ = _check_details(themes, outcome, referral, duration_min, errors)
    if started_at is not None:
        if started_at.tzinfo is None:
            raise ValueError("started_at must be timezone-aware")
        if started_at > now + _FUTURE_TOLERANCE:
            errors["started_at"] = "started_in_future"
    if errors:
        raise VisitInvalid(errors=errors)
    if started_at is None:
        started_at = now - timedelta(minutes=duration_min)
    with db.unit_of_work(actor) as uow:
        resident_id = _resolve_resident(uow.session, resident_id)
        visit = Visit(origin_desk_id=actor.desk_id, resident_id=resident_id, agent_id=agent_id, channel=channel,
                      started_at=started_at, ended_at=started_at + timedelta(minutes=duration_min),
                      duration_min=duration_min, themes=list(themes_), outcome=outcome, referral=referral or None)
        uow.session.add(visit)
        uow.session.flush()
        uow.journal.append("visit.recorded", "visit", visit.id, **_journal_details(visit))
        return _view_of(uow.session, visit.id)


def close_visit_in(uow: UnitOfWork, actor: Actor, resident_id: uuid.UUID | None, *, themes: Sequence[str],
                   outcome: str, started_at: datetime) -> uuid.UUID:
    """The visit an assisted procedure belongs to, inside the caller's unit of work.

    The agent's visit running today for this resident (or this anonymous person) is completed with the
    procedure's themes and outcome; otherwise a finished visit is recorded from ``started_at`` (when the
    procedure was started) to now. So a procedure always counts as a visit, exactly once.
    """
    agent_id = _require_agent(actor)
    now = utcnow()
    session = uow.session
    resident_id = _resolve_resident(session, resident_id)
    running = session.scalars(
        select(Visit).where(Visit.agent_id == agent_id, Visit.ended_at.is_(None),
                            Visit.started_at >= start_of_local_day(now),
                            Visit.resident_id.is_(None) if resident_id is None else Visit.resident_id == resident_id)
        .order_by(Visit.started_at.desc())).first()
    if running is not None:
        elapsed = (now - running.started_at).total_seconds()
        running.ended_at = now
        running.duration_min = min(MAX_DURATION, max(MIN_DURATION, math.floor(elapsed / 60 + 0.5)))
        running.themes = list(_normalise_codes([*(running.themes or ()), *themes]))
        running.outcome = outcome
        uow.journal.append("visit.finished", "visit", running.id, **_journal_details(running))
        return running.id
    start = min(started_at, now)
    minutes = min(MAX_DURATION, max(MIN_DURATION, math.floor((now - start).total_seconds() / 60 + 0.5)))
    visit = Visit(origin_desk_id=actor.desk_id, resident_id=resident_id, agent_id=agent_id, channel="guichet",
                  started_at=now - timedelta(minutes=minutes), ended_at=now, duration_min=minutes,
                  themes=list(_normalise_codes(themes)), outcome=outcome)
    session.add(visit)
    session.flush()
    uow.journal.append("visit.recorded", "visit", visit.id, **_journal_details(visit))
    return visit.id


# --- reading ---------------------------------------------------------------------------------------------

def visits_of(db: Database, actor: Actor, resident_id: uuid.UUID) -> list[VisitView]:
    """Every visit of a resident, at any desk, newest first (a merged resident's go to the survivor)."""
    require(actor, Permission.RESIDENT_READ)
    with db.read() as session:
        resident_id = _resolve_resident(session, resident_id)
        stmt = _views_query().where(Visit.resident_id == resident_id)
        return _views(session, stmt)


def todays_visits(db: Database, actor: Actor, now: datetime | None = None) -> list[VisitView]:
    """This desk's visits started today (local time of this PC), newest first, for the home page."""
    require(actor, Permission.RESIDENT_READ)
    since, until = start_of_local_day(now), end_of_local_day(now)
    with db.read() as session:
        stmt = _views_query().where(Visit.origin_desk_id == actor.desk_id, Visit.started_at >= since,
                                    Visit.started_at < until)
        return _views(session, stmt)


# --- helpers ---------------------------------------------------------------------------------------------

def _require_agent(actor: Actor) -> uuid.UUID:
    """A visit is always somebody's work: the system actor cannot record one."""
    if actor.agent_id is None:
        raise PermissionDenied("auth.agent_required")
    require(actor, Permission.VISIT_WRITE)
    return actor.agent_id


def _resolve_resident(session: Session, resident_id: uuid.UUID | None) -> uuid.UUID | None:
    """The resident a visit belongs to, following merges so a stale id lands on the surviving record."""
    return None if resident_id is None else surviving(session, resident_id).id


def _check_channel(channel: str, errors: dict[str, str]) -> None:
    if channel not in vocab.VISIT_CHANNELS:
        errors["channel"] = "channel_invalid"


def _normalise_codes(codes: Iterable[str] | str) -> tuple[str, ...]:
    """Codes in the order given, without repeats; a lone string is one code, not its letters."""
    if isinstance(codes, str):
        codes = (codes,) if codes else ()
    return tuple(dict.fromkeys(codes))


def _check_details(themes: Sequence[str], outcome: str | None, referral: str | None, duration_min: object,
                   errors: dict[str, str]) -> tuple[str, ...]:
    """What a finished visit must say; adds the codes of every wrong field to ``errors``."""
    themes_ = _normalise_codes(themes)
    if not themes_:
        errors["themes"] = "themes_required"
    elif any(t not in vocab.VISIT_THEMES for t in themes_):
        errors["themes"] = "theme_invalid"
    if not outcome:
        errors["outcome"] = "outcome_required"
    elif outcome not in vocab.OUTCOMES:
        errors["outcome"] = "outcome_invalid"
    if referral:
        if referral not in vocab.REFERRALS:
            errors["referral"] = "referral_invalid"
    elif outcome == OUTCOME_NEEDING_REFERRAL:
        errors["referral"] = "referral_required"
    if (not isinstance(duration_min, int) or isinstance(duration_min, bool)
            or not MIN_DURATION <= duration_min <= MAX_DURATION):
        errors["duration_min"] = "duration_invalid"
    return themes_


def _id_or_none(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _journal_details(visit: Visit) -> dict[str, str | int | bool | None]:
    """Codes and counts only: never the themes themselves nor anything about the person."""
    return {
        "channel": visit.channel,
        "outcome": visit.outcome,
        "referred": visit.referral is not None,
        "themes": len(visit.themes or ()),
        "duration_min": visit.duration_min,
        "anonymous": visit.resident_id is None,
        "resident_id": _id_or_none(visit.resident_id),
    }


def _views_query() -> Select:
    return (
        select(Visit, Agent.display_name, Resident.family_name, Resident.given_names)
        .join(Agent, Agent.id == Visit.agent_id)
        .outerjoin(Resident, Resident.id == Visit.resident_id)
        .order_by(Visit.started_at.desc(), Visit.created_at.desc(), Visit.id)
    )


def _views(session: Session, stmt: Select) -> list[VisitView]:
    return [_view(visit, agent_name, family, given) for visit, agent_name, family, given in session.execute(stmt)]


def _view_of(session: Session, visit_id: uuid.UUID) -> VisitView:
    visit, agent_name, family, given = session.execute(_views_query().where(Visit.id == visit_id)).one()
    return _view(visit, agent_name, family, given)


def _view(visit: Visit, agent_name: str, family_name: str | None, given_names: str | None) -> VisitView:
    name = display_name(family_name or "", given_names or "") if visit.resident_id is not None else ""
    return VisitView(
        id=visit.id, resident_id=visit.resident_id, resident_name=name, agent_id=visit.agent_id,
        agent_name=agent_name, channel=visit.channel, started_at=visit.started_at, ended_at=visit.ended_at,
        duration_min=visit.duration_min, themes=tuple(visit.themes or ()), outcome=visit.outcome,
        referral=visit.referral,
    )

