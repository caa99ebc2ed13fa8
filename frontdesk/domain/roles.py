"""Roles and the acting person, as services see them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    MEDIATOR = "mediator"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class Actor:
    """Who acts, from which desk. ``agent_id`` is None for the system itself (migrations, seeding)."""

    desk_id: uuid.UUID
    agent_id: uuid.UUID | None = None
    role: Role | None = None

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR


def require_supervisor(actor: Actor) -> None:
    """Services call this themselves: hiding a button in the UI is not a permission check."""
    from frontdesk.errors import PermissionDenied

    if not actor.is_supervisor:
        raise PermissionDenied("auth.supervisor_only")
