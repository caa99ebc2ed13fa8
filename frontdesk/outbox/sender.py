"""The desk's single sender: drains the outbox, one item at a time, in order per entity.

Rules it keeps (DESIGN.md §7):
- it runs only while it holds the desk's ``SenderLock``, so no other program sends the same items;
- an item is claimed (in_flight) and that claim committed before the network call, so a crash leaves
  evidence; on start, and after any fault of its own, in_flight items become unknown;
- unknown items are reconciled (their transport asks the platform, or applies its kind's policy) before
  they may go again;
- an entity's next item waits until the previous one is sent or abandoned;
- no item is ever dropped: the worst an item can come to is a person's decision.

``run_once`` does one pass and says when the next item is due; ``run_forever`` loops (a thread of the
application, or ``frontdesk-admin sync`` as a process).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, bindparam, exists, func, select, update
from sqlalchemy.orm import aliased

from frontdesk.clock import utcnow
from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError
from frontdesk.outbox.backoff import Backoff
from frontdesk.outbox.lock import SenderLock
from frontdesk.outbox.outcomes import Effect, Outcome, classify
from frontdesk.outbox.queue import add_event
from frontdesk.outbox.states import DONE, State
from frontdesk.outbox.transport import Delivery, ItemSnapshot, Transport, Verdict
from frontdesk.store.database import Database
from frontdesk.store.models import OutboxItem

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10
OFFLINE_BACKOFF = Backoff(base_s=2.0, cap_s=60.0)  # a connection attempt is cheap: notice the return soon


@dataclass
class PassReport:
    attempted: int = 0
    sent: int = 0
    online: bool | None = None             # None: nothing in this pass told
    paused: frozenset[str] = frozenset()   # kinds waiting for new credentials
    next_due_in: float | None = None       # seconds; None: nothing is waiting
    outcomes: dict[str, int] = field(default_factory=dict)


class Sender:
    def __init__(self, db: Database, desk_id: uuid.UUID, transports: Iterable[Transport], *, lock_dir: Path,
                 backoff: Backoff | None = None, offline_backoff: Backoff = OFFLINE_BACKOFF,
                 max_attempts: int = MAX_ATTEMPTS, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.desk_id = desk_id
        self.transports = {t.kind: t for t in transports}
        self.backoff = backoff or Backoff()
        self.offline_backoff = offline_backoff
        self.max_attempts = max_attempts
        self.online: bool | None = None
        self._clock = clock
        self._actor = Actor(desk_id)
        self._lock = SenderLock(lock_dir, desk_id)
        self._blocked_until: dict[str, datetime] = {}   # waits this sender chose (offline, struggling)
        self._asked_until: dict[str, datetime] = {}     # waits the platform asked for (Retry-After)
        self._offline_streak: dict[str, int] = {}
        self._paused: set[str] = set()
        self._needs_recovery = True
        # Built once: the query runs before every item, and building it costs more than running it.
        self._next_stmt = (select(OutboxItem.id)
                           .where(*self._ready_pending(), OutboxItem.next_attempt_at <= bindparam("now"),
                                  OutboxItem.kind.in_(bindparam("kinds", expanding=True)))
                           .order_by(OutboxItem.id).limit(1))

    # --- life -------------------------------------------------------------------------------------

    def start(self) -> None:
        """Take the desk's lock (``SenderBusy`` if another program has it) and recover from a crash."""
        self._lock.acquire()
        try:
            self.recover()
        except BaseException:
            self._lock.release()
            raise

    def stop(self) -> None:
        self._lock.release()

    def __enter__(self) -> Sender:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def paused(self) -> frozenset[str]:
        return frozenset(self._paused)

    def resume(self) -> None:
        """New credentials were given: try every kind again now."""
        self._paused.clear()
        self._blocked_until.clear()
        self._offline_streak.clear()

    def wake(self) -> None:
        """"Send now", or the network is back: forget the waits this sender chose itself (not those the
        platform asked for), and what waited only for the network is due at once."""
        offline = list(self._offline_streak)
        self._blocked_until.clear()
        self._offline_streak.clear()
        if offline:
            with self.db.unit_of_work(self._actor) as uow:
                uow.session.execute(update(OutboxItem).where(
                    OutboxItem.desk_id == self.desk_id, OutboxItem.state == State.PENDING,
                    OutboxItem.kind.in_(offline)).values(next_attempt_at=self._clock()))

    def recover(self) -> int:
        """Items left in flight by a crash (or by a fault of this sender) become unknown, to be reconciled."""
        now = self._clock()
        with self.db.unit_of_work(self._actor) as uow:
            items = uow.session.scalars(select(OutboxItem).where(
                OutboxItem.desk_id == self.desk_id, OutboxItem.state == State.IN_FLIGHT)).all()
            for item in items:
                item.state, item.next_attempt_at, item.updated_at = State.UNKNOWN, now, now
                item.last_error_code, item.last_error_params = "outbox.interrupted", {}
                add_event(uow.session, item, "outbox.interrupted", at=now)
        self._needs_recovery = False
        if items:
            log.warning("%d outbox item(s) were in flight when the sender stopped: to reconcile", len(items))
        return len(items)

    # --- passes -----------------------------------------------------------------------------------

    def run_once(self, limit: int = 100) -> PassReport:
        """Reconcile what is unknown, then send what is due, up to ``limit`` network calls."""
        if not self._lock.held:
            raise RuntimeError("the sender must hold the desk's lock: call start() first")
        if self._needs_recovery:
            self.recover()
        report = PassReport()
        try:
            self._park_unknown_kinds()
            for item_id in self._due(State.UNKNOWN):
                if report.attempted >= limit:
                    break
                self._reconcile(item_id, report)
            while report.attempted < limit:
                item_id = self._next_pending()
                if item_id is None:
                    break
                self._send(item_id, report)
        except BaseException:
            self._needs_recovery = True  # whatever was claimed is in flight no more
            raise
        report.paused = self.paused
        report.next_due_in = self._next_due_in()
        return report

    def run_forever(self, stop: threading.Event, wake: threading.Event | None = None, poll_s: float = 2.0) -> None:
        """Loop until ``stop`` is set; ``wake`` cuts a wait short ("send now", a new item)."""
        wake = wake or threading.Event()
        while not stop.is_set():
            try:
                report = self.run_once()
                wait = poll_s if report.next_due_in is None else min(poll_s, report.next_due_in)
            except FrontdeskError as exc:  # the database is unreachable or locked: try again later
                log.error("outbox pass failed: %s", exc.code)
                wait = poll_s
            except Exception:
                log.exception("outbox pass failed")
                wait = poll_s
            if wake.wait(wait):
                wake.clear()
                self.wake()

    # --- choosing items ---------------------------------------------------------------------------

    def _stopped_kinds(self) -> set[str]:
        now = self._clock()
        waits = [*self._blocked_until.items(), *self._asked_until.items()]
        return self._paused | {kind for kind, until in waits if until > now}

    def _due(self, state: State) -> list[int]:
        stmt = (select(OutboxItem.id)
                .where(OutboxItem.desk_id == self.desk_id, OutboxItem.state == state,
                       OutboxItem.next_attempt_at <= self._clock(),
                       OutboxItem.kind.in_(set(self.transports) - self._stopped_kinds()))
                .order_by(OutboxItem.id))
        with self.db.read() as session:
            return list(session.scalars(stmt))

    def _ready_pending(self):
        """Pending items of this desk whose entity has nothing earlier still on its way."""
        earlier = aliased(OutboxItem)
        unfinished_before = exists().where(and_(
            earlier.desk_id == OutboxItem.desk_id, earlier.entity_type == OutboxItem.entity_type,
            earlier.entity_id == OutboxItem.entity_id, earlier.id < OutboxItem.id,
            earlier.state.not_in([str(s) for s in DONE])))
        return (OutboxItem.desk_id == self.desk_id, OutboxItem.state == State.PENDING, ~unfinished_before)

    def _next_pending(self) -> int | None:
        kinds = sorted(set(self.transports) - self._stopped_kinds())
        if not kinds:
            return None
        with self.db.read() as session:
            return session.scalar(self._next_stmt, {"now": self._clock(), "kinds": kinds})

    def _next_due_in(self) -> float | None:
        """Seconds until something may be done; None when nothing is waiting for this sender."""
        with self.db.read() as session:
            pending = session.execute(select(OutboxItem.kind, func.min(OutboxItem.next_attempt_at))
                                      .where(*self._ready_pending()).group_by(OutboxItem.kind)).all()
            unknown = session.execute(select(OutboxItem.kind, func.min(OutboxItem.next_attempt_at))
                                      .where(OutboxItem.desk_id == self.desk_id,
                                             OutboxItem.state == State.UNKNOWN)
                                      .group_by(OutboxItem.kind)).all()
        now = self._clock()
        times = []
        for kind, at in [*pending, *unknown]:
            if kind in self._paused or kind not in self.transports:
                continue
            times.append(max(at, self._blocked_until.get(kind, at), self._asked_until.get(kind, at)))
        return max(0.0, (min(times) - now).total_seconds()) if times else None

    def _park_unknown_kinds(self) -> None:
        """An item of a kind no transport handles cannot be sent by this program: a person must look."""
        orphaned = (OutboxItem.desk_id == self.desk_id, OutboxItem.state.in_([State.PENDING, State.UNKNOWN]),
                    OutboxItem.kind.not_in(list(self.transports)))
        with self.db.read() as session:
            if session.scalar(select(OutboxItem.id).where(*orphaned).limit(1)) is None:
                return  # the usual case: no write transaction for nothing
        now = self._clock()
        with self.db.unit_of_work(self._actor) as uow:
            for item in uow.session.scalars(select(OutboxItem).where(*orphaned)).all():
                item.last_error_code, item.last_error_params = "outbox.no_transport", {"kind": item.kind}
                self._set(uow, item, State.NEEDS_REVIEW, "outbox.no_transport", {"kind": item.kind}, now)

    # --- one item ---------------------------------------------------------------------------------

    def _claim(self, item_id: int) -> ItemSnapshot | None:
        now = self._clock()
        with self.db.unit_of_work(self._actor) as uow:
            item = uow.session.get(OutboxItem, item_id, with_for_update=True)
            if item is None or item.state != State.PENDING:
                return None  # a person resolved it meanwhile
            item.state, item.attempts, item.updated_at = State.IN_FLIGHT, item.attempts + 1, now
            add_event(uow.session, item, "outbox.claimed", {"attempt": item.attempts}, at=now)
            return _snapshot(item)

    def _send(self, item_id: int, report: PassReport) -> None:
        snap = self._claim(item_id)
        if snap is None:
            return
        report.attempted += 1
        try:
            delivery = self.transports[snap.kind].send(snap)
        except Exception as exc:
            if not isinstance(exc, FrontdeskError):
                log.exception("outbox item %s (%s): unexpected failure", snap.id, snap.kind)
            outcome = classify(exc)
            self._failed(snap, outcome, report)
        else:
            self._delivered(snap, delivery, "outbox.sent", report)

    def _delivered(self, snap: ItemSnapshot, delivery: Delivery, code: str, report: PassReport) -> None:
        now = self._clock()
        with self.db.unit_of_work(self._actor) as uow:
            item = uow.session.get(OutboxItem, snap.id, with_for_update=True)
            item.remote_ref = delivery.remote_ref
            item.remote_secret = json.dumps(dict(delivery.secret)) if delivery.secret else None
            item.last_error_code, item.last_error_params = None, {}
            self._set(uow, item, State.SENT, code, {"remote_ref": delivery.remote_ref}, now)
            transport = self.transports[snap.kind]
            try:
                if transport.records_delivery:
                    with uow.session.begin_nested():
                        transport.delivered(uow, _snapshot(item), delivery)
            except Exception:  # the item keeps the reference: the business record can be completed later
                log.exception("outbox item %s: the result could not be recorded on its %s", snap.id,
                              snap.entity_type)
                add_event(uow.session, item, "outbox.record_failed", at=now)
        self._offline_streak.pop(snap.kind, None)
        self.online = report.online = True
        report.sent += 1
        _count(report, code)
        log.info("outbox item %s (%s) sent, remote reference %s", snap.id, snap.kind, delivery.remote_ref)

    def _failed(self, snap: ItemSnapshot, outcome: Outcome, report: PassReport) -> None:
        now = self._clock()
        kind = snap.kind
        with self.db.unit_of_work(self._actor) as uow:
            item = uow.session.get(OutboxItem, snap.id, with_for_update=True)
            if not outcome.counts:
                item.attempts -= 1  # the request never reached the work: not an attempt
            item.last_error_code, item.last_error_params = outcome.code, outcome.params
            state, code, params = outcome.state, outcome.code, outcome.params
            if state in (State.PENDING, State.UNKNOWN) and outcome.counts and item.attempts >= self.max_attempts:
                state, code = State.NEEDS_REVIEW, "outbox.too_many_attempts"
                params = {"attempts": item.attempts, "last": outcome.code}
                item.last_error_code, item.last_error_params = code, params
            item.next_attempt_at = now + timedelta(seconds=self._delay(kind, item.attempts, outcome))
            self._set(uow, item, state, code, params, now)
            next_at = item.next_attempt_at
        self._apply_effect(kind, outcome, next_at, report)
        _count(report, code)
        log.info("outbox item %s (%s): %s -> %s", snap.id, kind, outcome.code, state)

    def _delay(self, kind: str, attempts: int, outcome: Outcome) -> float:
        if outcome.effect is Effect.OFFLINE:
            return self.offline_backoff.delay(self._offline_streak.get(kind, 0) + 1)
        if outcome.effect is Effect.WAIT:
            return outcome.wait_s
        if outcome.effect is Effect.PAUSE:
            return 0.0
        return self.backoff.delay(attempts)

    def _apply_effect(self, kind: str, outcome: Outcome, next_at: datetime, report: PassReport) -> None:
        if outcome.effect is Effect.OFFLINE:
            self._offline_streak[kind] = self._offline_streak.get(kind, 0) + 1
            self._blocked_until[kind] = next_at
            self.online = report.online = False
        elif outcome.effect is Effect.WAIT:
            self._asked_until[kind] = max(next_at, self._asked_until.get(kind, next_at))
        elif outcome.effect is Effect.PAUSE:
            self._paused.add(kind)
            log.warning("outbox kind %s paused: the platform refused the credentials", kind)
        elif outcome.state is State.UNKNOWN:
            # The platform struggles: give it a moment before the next item of this kind.
            self._blocked_until[kind] = self._clock() + timedelta(seconds=self.backoff.delay(1))

    def _reconcile(self, item_id: int, report: PassReport) -> None:
        with self.db.read() as session:
            item = session.get(OutboxItem, item_id)
            if item is None or item.state != State.UNKNOWN:
                return
            snap = _snapshot(item)
        try:
            verdict = self.transports[snap.kind].reconcile(snap)
        except Exception as exc:
            if not isinstance(exc, FrontdeskError):
                log.exception("outbox item %s (%s): reconciliation failed", snap.id, snap.kind)
            report.attempted += 1
            outcome = classify(exc)
            now = self._clock()
            with self.db.unit_of_work(self._actor) as uow:
                item = uow.session.get(OutboxItem, snap.id, with_for_update=True)
                item.next_attempt_at = now + timedelta(seconds=self._delay(snap.kind, item.attempts, outcome))
                item.last_error_code, item.last_error_params = outcome.code, outcome.params
                self._set(uow, item, State.UNKNOWN, "outbox.check_failed", {"error": outcome.code}, now)
                next_at = item.next_attempt_at
            self._apply_effect(snap.kind, outcome, next_at, report)
            return
        if verdict.verdict is Verdict.FOUND:
            self._delivered(snap, verdict.delivery or Delivery(), "outbox.found", report)
            return
        now = self._clock()
        with self.db.unit_of_work(self._actor) as uow:
            item = uow.session.get(OutboxItem, snap.id, with_for_update=True)
            if verdict.verdict is Verdict.RESEND:
                item.next_attempt_at = now
                self._set(uow, item, State.PENDING, verdict.code or "outbox.resend", {}, now)
            else:
                item.last_error_code, item.last_error_params = verdict.code or "outbox.cannot_check", {}
                self._set(uow, item, State.NEEDS_REVIEW, verdict.code or "outbox.cannot_check", {}, now)
        _count(report, verdict.code or str(verdict.verdict))

    @staticmethod
    def _set(uow, item: OutboxItem, state: State, code: str, params: dict, now: datetime) -> None:
        item.state, item.updated_at = state, now
        add_event(uow.session, item, code, params, at=now)


def _snapshot(item: OutboxItem) -> ItemSnapshot:
    secret = json.loads(item.remote_secret) if item.remote_secret else None
    return ItemSnapshot(item.id, item.kind, item.entity_type, item.entity_id, dict(item.payload), item.attempts,
                        item.remote_ref, secret)


def _count(report: PassReport, code: str) -> None:
    report.outcomes[code] = report.outcomes.get(code, 0) + 1
