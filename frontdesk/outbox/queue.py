"""Putting items in the outbox, inside the business change's transaction, and reading the queue.

Reads never show an item's secrets (links, tokens): the lists are for the agents and the supervisor.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.clock import utcnow
from frontdesk.outbox.states import NEEDS_A_PERSON, WAITING, State
from frontdesk.store.database import Database
from frontdesk.store.models import OutboxEvent, OutboxItem


def enqueue(session: Session, *, desk_id: uuid.UUID, kind: str, entity_type: str, entity_id: object,
            payload: Mapping[str, Any], agent_id: uuid.UUID | None = None) -> OutboxItem:
    """Add an item in the caller's transaction: it exists exactly when the business change does.

    The payload must be plain JSON (checked here, not at sending time, so a bad one fails the change
    that made it rather than sit in the queue).
    """
    if not kind or not entity_type or not str(entity_id):
        raise ValueError("an outbox item needs a kind and an entity")
    payload = plain_payload(payload)
    now = utcnow()
    item = OutboxItem(desk_id=desk_id, kind=kind, entity_type=entity_type, entity_id=str(entity_id),
                      payload=payload, state=State.PENDING, attempts=0, next_attempt_at=now,
                      last_error_params={}, created_by_agent_id=agent_id, created_at=now, updated_at=now)
    session.add(item)
    session.flush()
    add_event(session, item, "outbox.enqueued", agent_id=agent_id, at=now)
    return item


def plain_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A copy that is plain JSON, or ValueError/TypeError."""
    return json.loads(json.dumps(dict(payload), allow_nan=False))


def add_event(session: Session, item: OutboxItem, code: str, params: Mapping[str, Any] | None = None, *,
              agent_id: uuid.UUID | None = None, at: datetime | None = None) -> None:
    session.add(OutboxEvent(item_id=item.id, at=at or utcnow(), state=item.state, code=code,
                            params=dict(params or {}), agent_id=agent_id))


@dataclass(frozen=True)
class Summary:
    counts: Mapping[str, int]
    next_attempt_at: datetime | None  # the soonest waiting item, for "next try at ..."

    @property
    def waiting(self) -> int:
        return sum(self.counts.get(state, 0) for state in WAITING)

    @property
    def needing_a_person(self) -> int:
        return sum(self.counts.get(state, 0) for state in NEEDS_A_PERSON)


def summary(db: Database, desk_id: uuid.UUID) -> Summary:
    with db.read() as session:
        rows = session.execute(
            select(OutboxItem.state, func.count(), func.min(OutboxItem.next_attempt_at))
            .where(OutboxItem.desk_id == desk_id).group_by(OutboxItem.state)
        ).all()
    counts = {state: n for state, n, _ in rows}
    soonest = [at for state, _n, at in rows if state in WAITING and at is not None]
    return Summary(counts, min(soonest) if soonest else None)


@dataclass(frozen=True)
class ItemView:
    id: int
    kind: str
    entity_type: str
    entity_id: str
    state: State
    attempts: int
    next_attempt_at: datetime
    last_error_code: str | None
    last_error_params: Mapping[str, Any]
    remote_ref: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class EventView:
    at: datetime
    state: State
    code: str
    params: Mapping[str, Any]
    agent_id: uuid.UUID | None


def list_items(db: Database, desk_id: uuid.UUID, states: Iterable[State] | None = None,
               limit: int = 500) -> list[ItemView]:
    """Newest first: what the agent just did is on top."""
    stmt = select(OutboxItem).where(OutboxItem.desk_id == desk_id)
    if states is not None:
        stmt = stmt.where(OutboxItem.state.in_([str(s) for s in states]))
    with db.read() as session:
        return [view_of(item) for item in session.scalars(stmt.order_by(OutboxItem.id.desc()).limit(limit))]


def get_item(db: Database, item_id: int) -> ItemView | None:
    with db.read() as session:
        item = session.get(OutboxItem, item_id)
        return view_of(item) if item is not None else None


def items_for(db: Database, entity_type: str, entity_id: object) -> list[ItemView]:
    """An entity's items, oldest first: a récépissé says "en attente d'envoi" while one is on its way, and
    the follow-up letter or the task list reads the result later."""
    with db.read() as session:
        stmt = (select(OutboxItem).where(OutboxItem.entity_type == entity_type,
                                         OutboxItem.entity_id == str(entity_id)).order_by(OutboxItem.id))
        return [view_of(item) for item in session.scalars(stmt)]


def history(db: Database, item_id: int) -> list[EventView]:
    with db.read() as session:
        events = session.scalars(select(OutboxEvent).where(OutboxEvent.item_id == item_id)
                                 .order_by(OutboxEvent.id))
        return [EventView(e.at, State(e.state), e.code, dict(e.params or {}), e.agent_id) for e in events]


def view_of(item: OutboxItem) -> ItemView:
    return ItemView(item.id, item.kind, item.entity_type, item.entity_id, State(item.state), item.attempts,
                    item.next_attempt_at, item.last_error_code, dict(item.last_error_params or {}),
                    item.remote_ref, item.created_at, item.updated_at)
