"""This installation's desk: its identity is created once and never changes by itself."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from frontdesk.domain.references import normalise_prefix, reference
from frontdesk.domain.roles import Actor
from frontdesk.errors import ValidationError
from frontdesk.store.database import Database
from frontdesk.store.models import AppMeta, Desk

DESK_KEY = "desk_id"


@dataclass(frozen=True)
class DeskInfo:
    id: uuid.UUID
    name: str
    prefix: str
    commune_name: str

    def reference(self, year: int, number: int) -> str:
        """A human reference no other desk can issue, e.g. ``ADM-A1-2026-000042``."""
        return reference(self.prefix, year, number)


def _info(desk: Desk) -> DeskInfo:
    return DeskInfo(desk.id, desk.name, desk.prefix, desk.commune_name)


def current_desk(db: Database) -> DeskInfo | None:
    with db.read() as session:
        meta = session.get(AppMeta, DESK_KEY)
        if meta is None:
            return None
        desk = session.get(Desk, uuid.UUID(meta.value))
        return _info(desk) if desk else None


def ensure_desk(db: Database, name: str, prefix: str, commune_name: str = "") -> DeskInfo:
    """Return this installation's desk, creating it (journalled) on the very first start."""
    existing = current_desk(db)
    if existing is not None:
        return existing
    prefix = normalise_prefix(prefix)
    if prefix is None:
        raise ValidationError("desk.prefix_invalid")
    desk_id = uuid.uuid4()
    with db.unit_of_work(Actor(desk_id)) as uow:
        if uow.session.scalar(select(Desk.id).where(Desk.prefix == prefix)) is not None:
            raise ValidationError("desk.prefix_taken", prefix=prefix)
        desk = Desk(id=desk_id, origin_desk_id=desk_id, name=name.strip(), prefix=prefix,
                    commune_name=commune_name.strip())
        uow.session.add(desk)
        uow.session.add(AppMeta(key=DESK_KEY, value=str(desk_id)))
        uow.session.flush()
        uow.journal.append("desk.created", "desk", desk_id, prefix=prefix)
        return _info(desk)
