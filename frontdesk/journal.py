"""The hash-chained journal: append inside the caller's transaction, verify the whole chain.

Each entry's hash covers its own fields and the previous entry's hash, and sequence numbers are
consecutive. So an altered entry breaks its own hash, a removed one leaves a gap, and a reordered one
breaks the link to its predecessor. ``verify`` reports the first entry where that happens.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from frontdesk.clock import utcnow
from frontdesk.store.models import JournalEntry

GENESIS = "0" * 64
_PG_LOCK_KEY = 7202606
Scalar = str | int | bool | None


def entry_hash(seq: int, at: datetime, desk_id: uuid.UUID, agent_id: uuid.UUID | None, action: str,
               entity_type: str, entity_id: str, details: Mapping[str, Any], prev_hash: str) -> str:
    payload = json.dumps(
        [seq, at.isoformat(), str(desk_id), str(agent_id or ""), action, entity_type, entity_id,
         details, prev_hash],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class JournalWriter:
    """Appends entries for one transaction; knows the chain's tail once it has read it."""

    def __init__(self, session: Session, desk_id: uuid.UUID, agent_id: uuid.UUID | None) -> None:
        self._session = session
        self._desk_id = desk_id
        self._agent_id = agent_id
        self._tail: tuple[int, str] | None = None

    def _read_tail(self) -> tuple[int, str]:
        if self._session.get_bind().dialect.name == "postgresql":
            # Desks sharing one server append one at a time, so the chain never forks.
            self._session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        row = self._session.execute(
            select(JournalEntry.seq, JournalEntry.hash).order_by(JournalEntry.seq.desc()).limit(1)
        ).first()
        return (row.seq, row.hash) if row else (0, GENESIS)

    def append(self, action: str, entity_type: str = "", entity_id: object = "", *,
               agent_id: uuid.UUID | None = None, **details: Scalar) -> JournalEntry:
        """Record an action. ``details`` must hold no personal data: codes, counts, identifiers."""
        for key, value in details.items():
            if not isinstance(value, str | int | bool | type(None)):
                raise TypeError(f"journal detail {key!r} must be a plain scalar")
        seq, prev = self._tail or self._read_tail()
        entry = JournalEntry(
            seq=seq + 1, at=utcnow(), desk_id=self._desk_id, agent_id=agent_id or self._agent_id,
            action=action, entity_type=entity_type, entity_id=str(entity_id or ""), details=dict(details),
            prev_hash=prev,
        )
        entry.hash = entry_hash(entry.seq, entry.at, entry.desk_id, entry.agent_id, entry.action,
                                entry.entity_type, entry.entity_id, entry.details, entry.prev_hash)
        self._session.add(entry)
        self._session.flush()  # Session.flush(objects) is deprecated in SQLAlchemy 2.1
        self._tail = (entry.seq, entry.hash)
        return entry


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    first_bad_seq: int | None = None
    problem: str | None = None  # "altered", "missing" (a gap), "broken_link" (removed or reordered)

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(session: Session, batch: int = 5000) -> VerifyResult:
    """Walk the chain in order and stop at the first entry that does not hold."""
    expected_seq, prev = 1, GENESIS
    checked = 0
    # closing(): stopping early must close the (server-side, on PostgreSQL) cursor, not leave it to the GC.
    with closing(_entries(session, batch)) as stream:
        for entry in stream:
            if entry.seq != expected_seq:
                return VerifyResult(checked, expected_seq, "missing")
            if entry.prev_hash != prev:
                return VerifyResult(checked, entry.seq, "broken_link")
            recomputed = entry_hash(entry.seq, entry.at, entry.desk_id, entry.agent_id, entry.action,
                                    entry.entity_type, entry.entity_id, entry.details or {}, entry.prev_hash)
            if recomputed != entry.hash:
                return VerifyResult(checked, entry.seq, "altered")
            checked += 1
            expected_seq, prev = entry.seq + 1, entry.hash
    return VerifyResult(checked)


def _entries(session: Session, batch: int) -> Iterator[JournalEntry]:
    stmt = select(JournalEntry).order_by(JournalEntry.seq).execution_options(yield_per=batch)
    result = session.scalars(stmt)
    try:
        for entry in result:
            yield entry
            session.expunge(entry)
    finally:
        result.close()
