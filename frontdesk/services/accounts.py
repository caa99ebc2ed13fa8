"""Personal agent accounts: creation, sign-in with lock-out, password changes.

Sign-in failures are counted per account; the fifth locks it for five minutes (the CNIL's "access
restriction" that lets a 50-bit password suffice). Every outcome is journalled without the attempted
password or an unknown login, which may be someone's mistyped name.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from frontdesk.clock import utcnow
from frontdesk.domain.roles import Actor, Permission, Role, require
from frontdesk.errors import AuthError, PermissionDenied, ValidationError
from frontdesk.privacy import passwords
from frontdesk.store.database import Database
from frontdesk.store.models import Agent

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
_LOGIN_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")


@dataclass(frozen=True)
class AgentInfo:
    id: uuid.UUID
    login: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None

    def actor(self, desk_id: uuid.UUID) -> Actor:
        return Actor(desk_id, self.id, self.role)

    def is_locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


def _info(agent: Agent) -> AgentInfo:
    return AgentInfo(agent.id, agent.login, agent.display_name, Role(agent.role), agent.active,
                     agent.locked_until)


def normalise_login(login: str) -> str:
    return login.strip().casefold()


def has_agents(db: Database) -> bool:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Agent)) > 0


def list_agents(db: Database, actor: Actor) -> list[AgentInfo]:
    require(actor, Permission.ACCOUNTS_MANAGE)
    with db.read() as session:
        return [_info(a) for a in session.scalars(select(Agent).order_by(Agent.display_name))]


def create_first_supervisor(db: Database, desk_id: uuid.UUID, login: str, display_name: str,
                            password: str) -> AgentInfo:
    """The first account of an installation; refused once any account exists."""
    return _create(db, Actor(desk_id), login, display_name, Role.SUPERVISOR, password, first=True)


def create_agent(db: Database, actor: Actor, login: str, display_name: str, role: Role,
                 password: str) -> AgentInfo:
    require(actor, Permission.ACCOUNTS_MANAGE)
    return _create(db, actor, login, display_name, role, password, first=False)


def _create(db: Database, actor: Actor, login: str, display_name: str, role: Role, password: str,
            *, first: bool) -> AgentInfo:
    login = normalise_login(login)
    display_name = " ".join(display_name.split())
    if not _LOGIN_RE.fullmatch(login):
        raise ValidationError("agent.login_invalid")
    if not 2 <= len(display_name) <= 120:
        raise ValidationError("agent.name_invalid")
    passwords.check_policy(password, login=login, display_name=display_name)
    password_hash = passwords.hash_password(password)
    with db.unit_of_work(actor) as uow:
        if first and uow.session.scalar(select(func.count()).select_from(Agent)):
            raise PermissionDenied("agent.first_exists")
        if uow.session.scalar(select(Agent.id).where(Agent.login == login)) is not None:
            raise ValidationError("agent.login_taken", login=login)
        agent = Agent(origin_desk_id=actor.desk_id, login=login, display_name=display_name, role=role.value,
                      password_hash=password_hash, password_changed_at=utcnow())
        uow.session.add(agent)
        uow.session.flush()
        uow.journal.append("agent.created", "agent", agent.id, role=role.value,
                           agent_id=agent.id if first else None)
        return _info(agent)


def authenticate(db: Database, desk_id: uuid.UUID, login: str, password: str) -> AgentInfo:
    """Check a sign-in; raises AuthError ``auth.failed``, ``auth.locked`` or ``auth.disabled``."""
    login = normalise_login(login)
    with db.unit_of_work(Actor(desk_id)) as uow:
        agent = uow.session.scalar(select(Agent).where(Agent.login == login))
        if agent is None:
            passwords.dummy_verify(password)
            uow.journal.append("auth.sign_in_failed", "agent", "", reason="unknown_login")
            failure = AuthError("auth.failed")
        else:
            failure = _check(uow, agent, password, "auth.sign_in")
    if failure is not None:
        raise failure
    return _info(agent)


def verify_agent(db: Database, desk_id: uuid.UUID, agent_id: uuid.UUID, password: str) -> AgentInfo:
    """Unlock the screen for the agent who locked it: the same counting and lock-out as sign-in."""
    with db.unit_of_work(Actor(desk_id, agent_id)) as uow:
        agent = uow.session.get(Agent, agent_id)
        if agent is None:
            raise AuthError("auth.failed")
        failure = _check(uow, agent, password, "auth.unlock")
    if failure is not None:
        raise failure
    return _info(agent)


def _check(uow, agent: Agent, password: str, action: str) -> AuthError | None:
    """Apply one attempt to ``agent`` and journal it; returns the error to raise after commit.

    The error is returned rather than raised so the failure counter is committed with the attempt.
    """
    now = utcnow()
    if not agent.active:
        uow.journal.append(f"{action}_failed", "agent", agent.id, agent_id=agent.id, reason="disabled")
        return AuthError("auth.disabled")
    if agent.locked_until is not None and agent.locked_until > now:
        uow.journal.append(f"{action}_failed", "agent", agent.id, agent_id=agent.id, reason="locked")
        return AuthError("auth.locked", until=agent.locked_until)
    if not passwords.verify_password(agent.password_hash, password):
        agent.failed_attempts += 1
        remaining = MAX_FAILURES - agent.failed_attempts
        if remaining <= 0:
            agent.failed_attempts = 0
            agent.locked_until = now + LOCKOUT
            uow.journal.append("auth.account_locked", "agent", agent.id, agent_id=agent.id,
                               minutes=int(LOCKOUT.total_seconds() // 60))
            return AuthError("auth.locked", until=agent.locked_until)
        uow.journal.append(f"{action}_failed", "agent", agent.id, agent_id=agent.id, reason="password")
        return AuthError("auth.failed", remaining=remaining)
    agent.failed_attempts = 0
    agent.locked_until = None
    agent.last_sign_in_at = now
    if passwords.needs_rehash(agent.password_hash):
        agent.password_hash = passwords.hash_password(password)
    uow.journal.append(action, "agent", agent.id, agent_id=agent.id)
    return None


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    with db.unit_of_work(actor) as uow:
        agent = uow.session.get(Agent, actor.agent_id)
        if agent is None or not passwords.verify_password(agent.password_hash, old_password):
            raise AuthError("auth.failed")
        passwords.check_policy(new_password, login=agent.login, display_name=agent.display_name)
        agent.password_hash = passwords.hash_password(new_password)
        agent.password_changed_at = utcnow()
        uow.journal.append("agent.password_changed", "agent", agent.id)


def reset_password(db: Database, actor: Actor, agent_id: uuid.UUID, new_password: str) -> None:
    """A supervisor sets a new password for a colleague who forgot theirs; also lifts a lock-out."""
    require(actor, Permission.ACCOUNTS_MANAGE)
    with db.unit_of_work(actor) as uow:
        agent = _get(uow.session, agent_id)
        passwords.check_policy(new_password, login=agent.login, display_name=agent.display_name)
        agent.password_hash = passwords.hash_password(new_password)
        agent.password_changed_at = utcnow()
        agent.failed_attempts = 0
        agent.locked_until = None
        uow.journal.append("agent.password_reset", "agent", agent.id)


def set_active(db: Database, actor: Actor, agent_id: uuid.UUID, active: bool) -> None:
    """Disable an account when someone leaves (accounts are never deleted: the journal names them)."""
    require(actor, Permission.ACCOUNTS_MANAGE)
    if agent_id == actor.agent_id and not active:
        raise ValidationError("agent.cannot_disable_self")
    with db.unit_of_work(actor) as uow:
        agent = _get(uow.session, agent_id)
        agent.active = active
        uow.journal.append("agent.enabled" if active else "agent.disabled", "agent", agent.id)


def _get(session, agent_id: uuid.UUID) -> Agent:
    agent = session.get(Agent, agent_id)
    if agent is None:
        raise ValidationError("agent.unknown")
    return agent



SESSION_EVENTS = frozenset({"auth.sign_out", "auth.screen_locked"})


def record_session_event(db: Database, actor: Actor, action: str) -> None:
    """Journal a sign-out or a screen lock (the CNIL asks for connection and disconnection times)."""
    if action not in SESSION_EVENTS:
        raise ValueError(action)
    with db.unit_of_work(actor) as uow:
        uow.journal.append(action, "agent", actor.agent_id)
