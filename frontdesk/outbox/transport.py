"""What the sender needs from each kind of item: how to send it, and how to find out after a doubt.

A transport's ``send`` raises the connector's remote error (a ``FrontdeskError`` with ``kind``,
``retry_after`` and ``acted``, see ``outcomes``) on failure and returns a ``Delivery`` on success. Its
``reconcile`` answers, for an item whose fate is unknown, whether the platform has it (then the item is
sent), has certainly not got it (resend), or whether a person must decide.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from frontdesk.store.database import UnitOfWork


@dataclass(frozen=True)
class ItemSnapshot:
    """An item as claimed: the transport works on this copy, outside any transaction."""

    id: int
    kind: str
    entity_type: str
    entity_id: str
    payload: Mapping[str, Any]
    attempts: int
    remote_ref: str | None = None
    remote_secret: Mapping[str, str] | None = None


@dataclass(frozen=True)
class Delivery:
    """What the platform gave back: a reference that may be shown, and secrets (links, tokens) that may not."""

    remote_ref: str | None = None
    secret: Mapping[str, str] = field(default_factory=dict)


class Verdict(StrEnum):
    FOUND = "found"      # the platform has it: the item is sent
    RESEND = "resend"    # safe to send again (at worst a harmless duplicate the platform discards)
    REVIEW = "review"    # a resend could do harm twice: a person decides


@dataclass(frozen=True)
class Reconciliation:
    verdict: Verdict
    delivery: Delivery | None = None
    code: str = ""  # why, for the item's history (worded by the UI)


DeliveredHook = Callable[[UnitOfWork, ItemSnapshot, Delivery], None]


class Transport:
    """Base of every transport. Without a way to ask the platform, an unknown item goes to a person."""

    kind: str = ""

    def __init__(self, on_delivered: DeliveredHook | None = None) -> None:
        self._on_delivered = on_delivered

    def send(self, item: ItemSnapshot) -> Delivery:
        raise NotImplementedError

    def reconcile(self, item: ItemSnapshot) -> Reconciliation:
        return Reconciliation(Verdict.REVIEW, code="outbox.cannot_check")

    @property
    def records_delivery(self) -> bool:
        return self._on_delivered is not None

    def delivered(self, uow: UnitOfWork, item: ItemSnapshot, delivery: Delivery) -> None:
        """Record the result on the business side, in the transaction that marks the item sent."""
        if self._on_delivered is not None:
            self._on_delivered(uow, item, delivery)
