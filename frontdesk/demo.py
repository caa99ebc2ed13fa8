"""The demo commune "Admiville": a desk, a few agents and many residents, seeded deterministically.

The same seed always gives the same people, so screenshots, tests and benchmarks compare like with
like. Residents are inserted in bulk (no ORM objects) so 100,000 of them take seconds.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from frontdesk.clock import utcnow
from frontdesk.demo_accounts import DEMO_AGENTS
from frontdesk.domain.roles import Actor, Role
from frontdesk.domain.text import fold
from frontdesk.resources import RESOURCES
from frontdesk.services import accounts
from frontdesk.services.desk import DeskInfo, ensure_desk
from frontdesk.store.database import Database
from frontdesk.store.models import Agent, Resident

NAMESPACE = uuid.UUID("6d1f6b1e-2c55-4f7e-9d0e-0a4d4d1e2026")
DEFAULT_RESIDENTS = 300
BATCH = 5000


def seed(db: Database, residents: int = DEFAULT_RESIDENTS, *, random_seed: int = 2026) -> DeskInfo:
    """Make sure the desk, the demo agents and the first ``residents`` demo residents exist."""
    desk = ensure_desk(db, "Services à la population", "ADM-A1", "Admiville")
    _seed_agents(db, desk)
    added = _seed_residents(db, desk, residents, random_seed)
    if added:
        with db.unit_of_work(Actor(desk.id)) as uow:
            uow.journal.append("demo.seeded", "resident", "", residents=added)
    return desk


def _seed_agents(db: Database, desk: DeskInfo) -> None:
    with db.read() as session:
        existing = set(session.scalars(select(Agent.login)))
    system = Actor(desk.id, role=Role.SUPERVISOR)
    for agent in DEMO_AGENTS:
        if agent.login in existing:
            continue
        if not existing:
            accounts.create_first_supervisor(db, desk.id, agent.login, agent.display_name, agent.password)
            existing.add(agent.login)
        else:
            accounts.create_agent(db, system, agent.login, agent.display_name, agent.role, agent.password)


def _seed_residents(db: Database, desk: DeskInfo, count: int, random_seed: int) -> int:
    with db.read() as session:
        present = session.scalar(select(func.count()).select_from(Resident).where(Resident.origin_desk_id == desk.id))
    if present >= count:
        return 0
    names = json.loads((RESOURCES / "demo" / "names.json").read_text(encoding="utf-8"))
    rng = random.Random(random_seed)
    now = utcnow()
    rows = []
    added = 0
    for index in range(count):
        row = _resident(rng, names, index, desk.id, now)
        if index < present:
            continue  # already seeded: the generator still runs so later rows stay identical
        rows.append(row)
        if len(rows) == BATCH:
            added += _insert(db, rows)
            rows = []
    if rows:
        added += _insert(db, rows)
    return added


def _insert(db: Database, rows: list[dict]) -> int:
    with db.unit_of_work(Actor(rows[0]["origin_desk_id"])) as uow:
        uow.session.execute(insert(Resident), rows)
    return len(rows)


def _resident(rng: random.Random, names: dict, index: int, desk_id: uuid.UUID, now) -> dict:
    female = rng.random() < 0.52
    given = rng.choice(names["given_female" if female else "given_male"])
    if rng.random() < 0.15:
        given += " " + rng.choice(names["given_female" if female else "given_male"])
    family = rng.choice(names["family"])
    birth_name = rng.choice(names["family"]) if female and rng.random() < 0.3 else ""
    age_days = rng.randint(18 * 365, 95 * 365)
    birth = date(2026, 6, 1) - timedelta(days=age_days)
    exact = rng.random() < 0.85
    postal_code, commune = rng.choice(names["communes"])
    phone = "" if rng.random() < 0.2 else f"+336{rng.randint(0, 99_999_999):08d}"
    return {
        "id": uuid.uuid5(NAMESPACE, f"resident-{index}"),
        "origin_desk_id": desk_id,
        "created_at": now,
        "updated_at": now,
        "family_name": family,
        "birth_name": birth_name,
        "given_names": given,
        "birth_date": birth if exact else None,
        "birth_year": birth.year,
        "postal_code": postal_code,
        "commune": commune,
        "phone": phone,
        "search_key": fold(f"{family} {birth_name} {given}"),
    }
