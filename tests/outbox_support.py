"""Shared by the outbox tests and benchmark: submissions into a desk's outbox, the simulator's view of
what it received, and the counts every reliability run reports."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from frontdesk.connectors.demarche_numerique.ids import prefill_key
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.outbox.states import DONE, NEEDS_A_PERSON
from frontdesk.outbox.transports import enqueue_prefill
from frontdesk.store.database import Database
from frontdesk.store.models import OutboxEvent, OutboxItem

DEMARCHE = 90002  # the CCAS aid form of the demo commune
HOUSEHOLD = "Nombre de personnes au foyer"


def marker_key(simulator: Simulator) -> tuple[str, str]:
    """The prefill key of the integer field used to mark each submission, and its champ id."""
    champ = next(c for c in simulator.state.demarches[DEMARCHE].champs().values() if c["label"] == HOUSEHOLD)
    return prefill_key(champ["id"]), champ["id"]


def submit(db: Database, desk_id: uuid.UUID, key: str, n: int) -> None:
    """One submission at the desk: the dossier's prefill enters the outbox in its own transaction."""
    from frontdesk.domain.roles import Actor

    with db.unit_of_work(Actor(desk_id)) as uow:
        enqueue_prefill(uow.session, desk_id=desk_id, dossier_id=f"D{n:04d}", demarche_number=DEMARCHE,
                        fields={key: n})


def unsettled(db: Database) -> int:
    """Items the sender still has to deal with (neither done nor waiting for a person)."""
    settled = [str(s) for s in DONE | NEEDS_A_PERSON]
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.state.not_in(settled)))


@dataclass
class Tally:
    submitted: int
    items: int
    sent: int
    lost: int
    claimed_twice: int
    orphans: int
    interrupted: int
    resent_after_doubt: int
    faults: int  # failed attempts the platform's faults caused
    states: dict[str, int]

    def line(self, **extra: object) -> str:
        parts = {"submitted": self.submitted, "items": self.items, "sent": self.sent, "faults": self.faults,
                 **extra, "lost": self.lost,
                 "claimed_twice": self.claimed_twice, "orphans": self.orphans,
                 "interrupted_in_flight": self.interrupted, "resent_after_doubt": self.resent_after_doubt}
        return " ".join(f"{k}={v}" for k, v in parts.items())


def tally(db: Database, simulator: Simulator, submitted: int, champ_id: str) -> Tally:
    """Compare the desk's outbox with what the platform holds, and let each resident open their link.

    - lost: a submission without its item, or an item the sender did not bring to an end;
    - claimed twice: a submission for which two drafts were opened by a resident (a duplicate that
      mattered), or a draft referenced by two items;
    - orphans: drafts nobody references (their answer was lost); harmless, deleted after 5 days.
    """
    import json

    with db.read() as session:
        items = session.execute(select(OutboxItem.entity_id, OutboxItem.state, OutboxItem.remote_ref,
                                       OutboxItem.remote_secret)).all()
        events = Counter(session.scalars(select(OutboxEvent.code)))
    states = Counter(state for _e, state, _r, _s in items)
    entities = {entity for entity, *_ in items}
    lost = submitted - len(entities) + sum(n for s, n in states.items() if s not in DONE)
    for entity, state, _ref, secret in items:
        if state == "sent":
            simulator.claim(json.loads(secret)["prefill_token"], user=f"usager-{entity}")
    refs = Counter(ref for _e, state, ref, _s in items if state == "sent")
    dossiers = simulator.dossiers()
    claimed = Counter(d["values"].get(champ_id) for d in dossiers if d["owner"] is not None)
    claimed_twice = sum(1 for n in claimed.values() if n > 1) + sum(1 for n in refs.values() if n > 1)
    orphans = sum(1 for d in dossiers if d["owner"] is None)
    return Tally(submitted, len(items), states.get("sent", 0), lost, claimed_twice, orphans,
                 events["outbox.interrupted"], events["outbox.prefill_resend"],
                 sum(n for code, n in events.items() if code.startswith("remote.")), dict(states))
