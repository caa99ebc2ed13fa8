"""What people decide about items the sender cannot settle alone, each decision journalled.

An agent sends a corrected item again (failed → pending) or asks to send now. A supervisor resolves an
item nobody can check automatically (needs_review): it was received after all (mark sent, with the
platform's reference), send it again, or abandon it with a reason. Reasons and references go to the
item's history, never to the journal, which holds codes only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import update

from frontdesk.clock import utcnow
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.errors import PermissionDenied, ValidationError
from frontdesk.outbox.queue import ItemView, add_event, plain_payload, view_of
from frontdesk.outbox.states import NEEDS_A_PERSON, State
from frontdesk.store.database import Database, UnitOfWork
from frontdesk.store.models import OutboxItem

MAX_REASON = 500


class OutboxError(ValidationError):
    """A decision that cannot apply: unknown item, wrong state, missing reference or reason."""


def send_now(db: Database, actor: Actor) -> int:
    """Make every waiting item of the desk due now; returns how many. The sender still honours the
    waits the platform itself asked for."""
    _require_agent(actor, Permission.OUTBOX_SEND)
    with db.unit_of_work(actor) as uow:
        result = uow.session.execute(
            update(OutboxItem)
            .where(OutboxItem.desk_id == actor.desk_id,
                   OutboxItem.state.in_([State.PENDING, State.UNKNOWN]))
            .values(next_attempt_at=utcnow()))
        return result.rowcount or 0


def retry_corrected(db: Database, actor: Actor, item_id: int, payload: Mapping[str, Any] | None = None) -> ItemView:
    """An agent fixed what the platform refused (``payload`` replaces the old one when given)."""
    _require_agent(actor, Permission.OUTBOX_SEND)
    with db.unit_of_work(actor) as uow:
        item = _item(uow, actor, item_id, {State.FAILED})
        if payload is not None:
            item.payload = plain_payload(payload)
        _to_pending(uow, actor, item, "outbox.retried")
        return view_of(item)


def resend(db: Database, actor: Actor, item_id: int) -> ItemView:
    """Supervisor: send again an item whose fate could not be checked (accepting a possible duplicate)."""
    require(actor, Permission.OUTBOX_REVIEW)
    with db.unit_of_work(actor) as uow:
        item = _item(uow, actor, item_id, NEEDS_A_PERSON)
        _to_pending(uow, actor, item, "outbox.resent")
        return view_of(item)


def mark_sent(db: Database, actor: Actor, item_id: int, remote_ref: str) -> ItemView:
    """Supervisor: the platform has it after all (checked there); ``remote_ref`` is its reference."""
    require(actor, Permission.OUTBOX_REVIEW)
    remote_ref = remote_ref.strip()
    if not remote_ref or len(remote_ref) > 64:
        raise OutboxError("outbox.reference_required")
    with db.unit_of_work(actor) as uow:
        item = _item(uow, actor, item_id, NEEDS_A_PERSON)
        item.state, item.remote_ref, item.updated_at = State.SENT, remote_ref, utcnow()
        item.last_error_code, item.last_error_params = None, {}
        add_event(uow.session, item, "outbox.marked_sent", {"remote_ref": remote_ref}, agent_id=actor.agent_id)
        uow.journal.append("outbox.marked_sent", "outbox_item", item.id, kind=item.kind)
        return view_of(item)


def abandon(db: Database, actor: Actor, item_id: int, reason: str) -> ItemView:
    """Supervisor: this change will not be made remotely; the reason stays in the item's history."""
    require(actor, Permission.OUTBOX_REVIEW)
    reason = reason.strip()
    if not reason:
        raise OutboxError("outbox.reason_required")
    if len(reason) > MAX_REASON:
        raise OutboxError("outbox.reason_too_long", max=MAX_REASON)
    with db.unit_of_work(actor) as uow:
        item = _item(uow, actor, item_id, NEEDS_A_PERSON | {State.PENDING})
        item.state, item.updated_at = State.ABANDONED, utcnow()
        add_event(uow.session, item, "outbox.abandoned", {"reason": reason}, agent_id=actor.agent_id)
        uow.journal.append("outbox.abandoned", "outbox_item", item.id, kind=item.kind)
        return view_of(item)


def _item(uow: UnitOfWork, actor: Actor, item_id: int, allowed: set[State] | frozenset[State]) -> OutboxItem:
    item = uow.session.get(OutboxItem, item_id, with_for_update=True)
    if item is None or item.desk_id != actor.desk_id:
        raise OutboxError("outbox.unknown_item")
    if item.state not in allowed:
        raise OutboxError("outbox.wrong_state", state=item.state)
    return item


def _to_pending(uow: UnitOfWork, actor: Actor, item: OutboxItem, code: str) -> None:
    now = utcnow()
    item.state, item.attempts, item.next_attempt_at, item.updated_at = State.PENDING, 0, now, now
    add_event(uow.session, item, code, agent_id=actor.agent_id, at=now)
    uow.journal.append(code, "outbox_item", item.id, kind=item.kind)


def _require_agent(actor: Actor, permission: Permission) -> None:
    require(actor, permission)
    if actor.agent_id is None:
        raise PermissionDenied("auth.agent_required")
