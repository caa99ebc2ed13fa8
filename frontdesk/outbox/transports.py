"""Every kind of outbox item and its transport, in one place.

- ``dn.prefill``: create a prefilled draft on Démarche Numérique. The platform has no idempotency key
  and finds a draft only by the prefill token its answer carries, so when that answer was lost nothing
  can find the draft again: the item is sent again, and the lost draft stays an orphan nobody can open
  (the link was never seen), which the platform deletes after 5 days. Harmless, but counted in the item's
  history (``outbox.prefill_resend``).
- ``dn.message``: a message to the resident through the instruction API (administrator token). The
  platform would deliver a resent message twice, so an unknown outcome goes to a supervisor, who checks
  the dossier's messages on the platform and decides.

The dossier number is the item's ``remote_ref``; the token and the link are its secret. Recording them on
the dossier is the ``on_delivered`` hook's job, given by whoever owns dossiers.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.outbox.queue import enqueue
from frontdesk.outbox.transport import (
    DeliveredHook,
    Delivery,
    ItemSnapshot,
    Reconciliation,
    Transport,
    Verdict,
)
from frontdesk.store.models import OutboxItem

PREFILL = "dn.prefill"
MESSAGE = "dn.message"


class PrefillTransport(Transport):
    kind = PREFILL

    def __init__(self, client: DemarcheNumeriqueClient, on_delivered: DeliveredHook | None = None) -> None:
        super().__init__(on_delivered)
        self.client = client

    def send(self, item: ItemSnapshot) -> Delivery:
        result = self.client.prefill(int(item.payload["demarche"]), item.payload["fields"])
        ref = str(result.dossier_number) if result.dossier_number is not None else None
        return Delivery(ref, {"prefill_token": result.prefill_token, "link": result.link})

    def reconcile(self, item: ItemSnapshot) -> Reconciliation:
        return Reconciliation(Verdict.RESEND, code="outbox.prefill_resend")


class MessageTransport(Transport):
    kind = MESSAGE

    def __init__(self, client: DemarcheNumeriqueClient, on_delivered: DeliveredHook | None = None) -> None:
        super().__init__(on_delivered)
        self.client = client

    def send(self, item: ItemSnapshot) -> Delivery:
        p = item.payload
        return Delivery(self.client.send_message(p["dossier_id"], p["instructeur_id"], p["body"]))


def dn_transports(client: DemarcheNumeriqueClient, hooks: Mapping[str, DeliveredHook] | None = None) -> list[Transport]:
    hooks = hooks or {}
    return [PrefillTransport(client, hooks.get(PREFILL)), MessageTransport(client, hooks.get(MESSAGE))]


def enqueue_prefill(session: Session, *, desk_id: uuid.UUID, dossier_id: object, demarche_number: int,
                    fields: Mapping[str, Any], agent_id: uuid.UUID | None = None) -> OutboxItem:
    """Queue the prefill of a dossier, inside the unit of work that submits it.

    ``fields`` is the platform's flat prefill body (``champ_<id>``, ``identite_*``), already validated
    against the form: the platform silently drops what it does not accept.
    """
    return enqueue(session, desk_id=desk_id, kind=PREFILL, entity_type="dossier", entity_id=dossier_id,
                   payload={"demarche": int(demarche_number), "fields": dict(fields)}, agent_id=agent_id)


def enqueue_message(session: Session, *, desk_id: uuid.UUID, dossier_id: object, remote_dossier_id: str,
                    instructeur_id: str, body: str, agent_id: uuid.UUID | None = None) -> OutboxItem:
    """Queue a message to the resident about a dossier already on the platform (after its prefill)."""
    return enqueue(session, desk_id=desk_id, kind=MESSAGE, entity_type="dossier", entity_id=dossier_id,
                   payload={"dossier_id": remote_dossier_id, "instructeur_id": instructeur_id, "body": body},
                   agent_id=agent_id)
