"""The outbox's own rules on both engines, with a scripted transport: same-transaction enqueue, the
state machine for every kind of failure, order within an entity, crash recovery and reconciliation,
the single-sender lock, and the decisions people make (journalled).

The transport here is a test double of a *connector*, not of HTTP: what it raises is what a connector
raises. The end-to-end paths against the Démarche Numérique simulator are in test_outbox_dn.py.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import deque
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import FrontdeskError, PermissionDenied
from frontdesk.outbox import queue, review
from frontdesk.outbox.backoff import Backoff
from frontdesk.outbox.lock import SenderBusy
from frontdesk.outbox.sender import Sender
from frontdesk.outbox.states import State
from frontdesk.outbox.transport import Delivery, Reconciliation, Transport, Verdict
from frontdesk.services import accounts
from frontdesk.services.desk import ensure_desk
from frontdesk.store.models import JournalEntry, OutboxItem

PASSWORD = "responsable des guichets"
FAST = Backoff(base_s=0.0, cap_s=0.0)


class Failure(FrontdeskError):
    """What a connector raises: a kind, maybe a Retry-After, and whether the platform acted."""

    def __init__(self, kind: str, *, retry_after: float | None = None, acted: bool | None = False) -> None:
        super().__init__(f"remote.{kind}", detail="scripted")
        self.kind, self.retry_after, self.acted = kind, retry_after, acted


class Scripted(Transport):
    """Plays a script of results (an exception to raise or a Delivery to return), then delivers."""

    def __init__(self, kind: str = "test.prefill", script=(), verdict: Verdict = Verdict.RESEND,
                 on_delivered=None) -> None:
        super().__init__(on_delivered)
        self.kind = kind
        self.script = deque(script)
        self.verdict = verdict
        self.sent: list[tuple[str, dict]] = []

    def send(self, item):
        step = self.script.popleft() if self.script else None
        if isinstance(step, BaseException):
            raise step
        self.sent.append((item.entity_id, dict(item.payload)))
        return step or Delivery(remote_ref=f"R{len(self.sent)}", secret={"token": f"tok-{len(self.sent)}"})

    def reconcile(self, item):
        return Reconciliation(self.verdict, code=f"test.{self.verdict}")


@pytest.fixture
def desk(db):
    return ensure_desk(db, "Accueil", "AC1", "Admiville")


@pytest.fixture
def supervisor(db, desk) -> Actor:
    return accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", PASSWORD).actor(desk.id)


@pytest.fixture
def agent(db, desk, supervisor) -> Actor:
    return accounts.create_agent(db, supervisor, "pdurand", "Paul Durand", Role.AGENT, PASSWORD).actor(desk.id)


def put(db, actor: Actor, entity: str = "d1", kind: str = "test.prefill", **payload) -> int:
    with db.unit_of_work(actor) as uow:
        item = queue.enqueue(uow.session, desk_id=actor.desk_id, kind=kind, entity_type="dossier",
                             entity_id=entity, payload=payload or {"n": entity}, agent_id=actor.agent_id)
        return item.id


def state(db, item_id: int) -> OutboxItem:
    with db.read() as session:
        item = session.get(OutboxItem, item_id)
        session.expunge(item)  # a detached copy, readable after the session ends
        return item


def codes(db, item_id: int) -> list[str]:
    return [e.code for e in queue.history(db, item_id)]


def make_sender(db, desk, tmp_path, *transports, **kwargs) -> Sender:
    sender = Sender(db, desk.id, transports, lock_dir=tmp_path / "locks", backoff=kwargs.pop("backoff", FAST),
                    offline_backoff=kwargs.pop("offline_backoff", FAST), **kwargs)
    sender.start()
    return sender


def test_an_item_exists_exactly_when_its_business_change_does(db, desk, agent):
    with pytest.raises(RuntimeError), db.unit_of_work(agent) as uow:
        queue.enqueue(uow.session, desk_id=desk.id, kind="test.prefill", entity_type="dossier", entity_id="x",
                      payload={"a": 1})
        raise RuntimeError("the business change fails after enqueuing")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0
    item_id = put(db, agent, "x")
    assert state(db, item_id).state == State.PENDING
    assert codes(db, item_id) == ["outbox.enqueued"]


def test_a_payload_that_is_not_plain_json_fails_the_change(db, desk, agent):
    with pytest.raises((TypeError, ValueError)), db.unit_of_work(agent) as uow:
        queue.enqueue(uow.session, desk_id=desk.id, kind="k", entity_type="dossier", entity_id="x",
                      payload={"when": object()})
    with pytest.raises(ValueError), db.unit_of_work(agent) as uow:
        queue.enqueue(uow.session, desk_id=desk.id, kind="k", entity_type="dossier", entity_id="x",
                      payload={"amount": float("nan")})


def test_sent_item_keeps_its_reference_apart_from_its_secrets(db, desk, agent, tmp_path):
    recorded = []
    transport = Scripted(on_delivered=lambda uow, item, d: recorded.append((item.entity_id, d.remote_ref)))
    item_id = put(db, agent, "d1", field="valeur")
    sender = make_sender(db, desk, tmp_path, transport)
    report = sender.run_once()
    assert (report.attempted, report.sent, report.online, report.next_due_in) == (1, 1, True, None)
    row = state(db, item_id)
    assert (row.state, row.attempts, row.remote_ref) == (State.SENT, 1, "R1")
    assert json.loads(row.remote_secret) == {"token": "tok-1"}
    assert transport.sent == [("d1", {"field": "valeur"})]
    assert recorded == [("d1", "R1")]
    assert codes(db, item_id) == ["outbox.enqueued", "outbox.claimed", "outbox.sent"]
    view = queue.list_items(db, desk.id)[0]
    assert "secret" not in repr(view) and "tok-1" not in repr(view)
    assert queue.summary(db, desk.id).counts == {"sent": 1}


def test_a_failing_business_hook_never_loses_the_delivery(db, desk, agent, tmp_path):
    def broken(uow, item, delivery):
        raise LookupError("the dossier is gone")

    item_id = put(db, agent)
    make_sender(db, desk, tmp_path, Scripted(on_delivered=broken)).run_once()
    row = state(db, item_id)
    assert (row.state, row.remote_ref) == (State.SENT, "R1")
    assert codes(db, item_id)[-1] == "outbox.record_failed"


def test_items_of_one_entity_go_strictly_in_order(db, desk, agent, tmp_path):
    transport = Scripted(script=[Failure("rejected", acted=False)])
    a1 = put(db, agent, "A", step=1)
    a2 = put(db, agent, "A", step=2)
    b1 = put(db, agent, "B", step=1)
    sender = make_sender(db, desk, tmp_path, transport)
    report = sender.run_once()
    assert state(db, a1).state == State.FAILED and state(db, a1).last_error_code == "remote.rejected"
    assert state(db, a2).state == State.PENDING, "A's second item must wait for the first"
    assert state(db, b1).state == State.SENT
    assert report.next_due_in is None, "nothing can go until a person corrects A's first item"

    assert [(v.id, v.state) for v in queue.items_for(db, "dossier", "A")] == [(a1, State.FAILED), (a2, State.PENDING)]
    review.retry_corrected(db, agent, a1, {"step": 1, "fixed": True})
    sender.run_once()
    assert [e for e, _ in transport.sent] == ["B", "A", "A"]
    assert transport.sent[1][1] == {"step": 1, "fixed": True}
    assert state(db, a2).state == State.SENT


def test_refused_connection_is_no_attempt_and_marks_the_desk_offline(db, desk, agent, tmp_path):
    transport = Scripted(script=[Failure("refused")])
    first, second = put(db, agent, "d1"), put(db, agent, "d2")
    sender = make_sender(db, desk, tmp_path, transport, offline_backoff=Backoff(base_s=60, cap_s=60))
    report = sender.run_once()
    assert (report.attempted, report.online) == (1, False)
    row = state(db, first)
    assert (row.state, row.attempts, row.last_error_code) == (State.PENDING, 0, "remote.refused")
    assert state(db, second).state == State.PENDING and codes(db, second) == ["outbox.enqueued"], \
        "once offline, the sender stops trying other items of that kind"
    assert 25 <= report.next_due_in <= 60
    sender.wake()  # the network came back: what waited only for it goes at once
    report = sender.run_once()
    assert (report.sent, report.online) == (2, True)


def test_rate_limited_waits_for_retry_after(db, desk, agent, tmp_path):
    transport = Scripted(script=[Failure("rate_limited", retry_after=42)])
    item_id = put(db, agent)
    sender = make_sender(db, desk, tmp_path, transport)
    report = sender.run_once()
    row = state(db, item_id)
    assert (row.state, row.attempts) == (State.PENDING, 0)
    assert 40 <= report.next_due_in <= 42
    assert timedelta(seconds=40) <= row.next_attempt_at - row.updated_at <= timedelta(seconds=42)
    sender.wake()
    review.send_now(db, agent)
    assert sender.run_once().attempted == 0, "the platform's own wait survives 'send now'"


def test_refused_credentials_pause_the_kind_until_resumed(db, desk, agent, tmp_path):
    transport = Scripted(script=[Failure("auth")])
    other = Scripted(kind="test.other")
    item_id, other_id = put(db, agent), put(db, agent, "o", kind="test.other")
    sender = make_sender(db, desk, tmp_path, transport, other)
    report = sender.run_once()
    assert report.paused == {"test.prefill"}
    assert state(db, item_id).state == State.PENDING and state(db, item_id).attempts == 0
    assert state(db, other_id).state == State.SENT, "another kind is not held up"
    assert sender.run_once().attempted == 0
    sender.resume()
    assert sender.run_once().sent == 1


@pytest.mark.parametrize("kind", ["timeout", "reset", "server", "malformed"])
def test_a_doubtful_outcome_is_reconciled_before_any_resend(db, desk, agent, tmp_path, kind):
    transport = Scripted(script=[Failure(kind, acted=None)], verdict=Verdict.RESEND)
    item_id = put(db, agent)
    sender = make_sender(db, desk, tmp_path, transport)
    sender.run_once()
    assert state(db, item_id).state == State.UNKNOWN
    sender.wake()  # the short pause after a struggling platform
    sender.run_once()
    row = state(db, item_id)
    assert (row.state, row.attempts) == (State.SENT, 2)
    assert codes(db, item_id) == ["outbox.enqueued", "outbox.claimed", f"remote.{kind}", "test.resend",
                                  "outbox.claimed", "outbox.sent"]


def test_a_doubtful_outcome_goes_to_a_person_when_resending_could_harm(db, desk, agent, tmp_path):
    transport = Scripted(kind="test.message", script=[Failure("timeout", acted=None)], verdict=Verdict.REVIEW)
    item_id = put(db, agent, kind="test.message")
    sender = make_sender(db, desk, tmp_path, transport)
    sender.run_once()
    sender.wake()
    sender.run_once()
    assert state(db, item_id).state == State.NEEDS_REVIEW
    assert len(transport.sent) == 0


def test_found_on_reconciliation_means_sent(db, desk, agent, tmp_path):
    class Finds(Scripted):
        def reconcile(self, item):
            return Reconciliation(Verdict.FOUND, Delivery("R-found", {"token": "t"}), code="test.found")

    item_id = put(db, agent)
    sender = make_sender(db, desk, tmp_path, Finds(script=[Failure("timeout", acted=None)]))
    sender.run_once()
    sender.wake()
    sender.run_once()
    row = state(db, item_id)
    assert (row.state, row.remote_ref, row.attempts) == (State.SENT, "R-found", 1)
    assert codes(db, item_id)[-1] == "outbox.found"


def test_a_crash_mid_call_leaves_evidence_and_is_reconciled_at_start(db, desk, agent, tmp_path):
    transport = Scripted(script=[KeyboardInterrupt()])  # the process dies while the request is out
    item_id = put(db, agent)
    sender = make_sender(db, desk, tmp_path, transport)
    with pytest.raises(KeyboardInterrupt):
        sender.run_once()
    sender.stop()
    assert state(db, item_id).state == State.IN_FLIGHT, "the claim was committed before the call"

    restarted = make_sender(db, desk, tmp_path, Scripted(verdict=Verdict.RESEND))
    assert state(db, item_id).state == State.UNKNOWN
    restarted.run_once()
    assert state(db, item_id).state == State.SENT
    assert codes(db, item_id) == ["outbox.enqueued", "outbox.claimed", "outbox.interrupted", "test.resend",
                                  "outbox.claimed", "outbox.sent"]


def test_too_many_attempts_go_to_a_person(db, desk, agent, tmp_path):
    transport = Scripted(script=[Failure("server", acted=False)] * 3)
    item_id = put(db, agent)
    sender = make_sender(db, desk, tmp_path, transport, max_attempts=3)
    for _ in range(3):
        sender.wake()
        sender.run_once()
    row = state(db, item_id)
    assert (row.state, row.attempts, row.last_error_code) == (State.NEEDS_REVIEW, 3, "outbox.too_many_attempts")
    assert row.last_error_params == {"attempts": 3, "last": "remote.server"}


def test_an_item_no_transport_handles_goes_to_a_person(db, desk, agent, tmp_path):
    item_id = put(db, agent, kind="hub.batch")
    make_sender(db, desk, tmp_path, Scripted()).run_once()
    row = state(db, item_id)
    assert (row.state, row.last_error_code) == (State.NEEDS_REVIEW, "outbox.no_transport")


def test_an_unexpected_fault_of_a_transport_is_a_doubt_not_a_loss(db, desk, agent, tmp_path):
    item_id = put(db, agent)
    make_sender(db, desk, tmp_path, Scripted(script=[ZeroDivisionError()])).run_once()
    row = state(db, item_id)
    assert (row.state, row.last_error_code) == (State.UNKNOWN, "outbox.unexpected")


def test_backoff_grows_with_jitter_and_a_cap():
    backoff = Backoff(base_s=30, cap_s=3600, rng=random.Random(7))
    delays = [backoff.delay(n) for n in range(1, 12)]
    for n, delay in enumerate(delays, start=1):
        ceiling = min(3600, 30 * 2 ** (n - 1))
        assert ceiling / 2 <= delay <= ceiling
    assert len({round(d, 6) for d in delays}) == len(delays), "jitter spreads the retries"


def test_only_one_sender_per_desk(db, desk, tmp_path):
    first = make_sender(db, desk, tmp_path, Scripted())
    second = Sender(db, desk.id, [Scripted()], lock_dir=tmp_path / "locks")
    with pytest.raises(SenderBusy):
        second.start()
    with pytest.raises(RuntimeError):
        second.run_once()
    first.stop()
    second.start()
    second.stop()


def test_people_settle_what_the_sender_cannot(db, desk, agent, supervisor, tmp_path):
    transport = Scripted(kind="test.message", script=[Failure("timeout", acted=None)] * 3, verdict=Verdict.REVIEW)
    ids = [put(db, agent, f"m{n}", kind="test.message") for n in range(3)]
    sender = make_sender(db, desk, tmp_path, transport)
    for _ in range(2):
        sender.wake()
        sender.run_once()
    assert {state(db, i).state for i in ids} == {State.NEEDS_REVIEW}

    with pytest.raises(PermissionDenied):
        review.mark_sent(db, agent, ids[0], "12345")
    with pytest.raises(review.OutboxError) as err:
        review.mark_sent(db, supervisor, ids[0], "  ")
    assert err.value.code == "outbox.reference_required"
    with pytest.raises(review.OutboxError) as err:
        review.abandon(db, supervisor, ids[1], "")
    assert err.value.code == "outbox.reason_required"

    review.mark_sent(db, supervisor, ids[0], "12345")
    review.abandon(db, supervisor, ids[1], "Message remis en main propre à l'usager")
    review.resend(db, supervisor, ids[2])
    sender.run_once()
    assert [state(db, i).state for i in ids] == [State.SENT, State.ABANDONED, State.SENT]
    assert state(db, ids[0]).remote_ref == "12345"
    assert queue.history(db, ids[1])[-1].params == {"reason": "Message remis en main propre à l'usager"}
    with pytest.raises(review.OutboxError) as err:
        review.abandon(db, supervisor, ids[0], "trop tard")
    assert err.value.code == "outbox.wrong_state"

    with db.read() as session:
        entries = session.execute(select(JournalEntry.action, JournalEntry.entity_id, JournalEntry.details)
                                  .where(JournalEntry.entity_type == "outbox_item").order_by(JournalEntry.seq)).all()
    assert [(action, entity) for action, entity, _ in entries] == [
        ("outbox.marked_sent", str(ids[0])), ("outbox.abandoned", str(ids[1])), ("outbox.resent", str(ids[2]))]
    assert all("remis" not in json.dumps(details) for *_, details in entries), "reasons stay out of the journal"


def test_another_desks_items_are_not_this_desks_business(db, desk, agent, supervisor):
    item_id = put(db, agent)
    foreign = Actor(desk_id=uuid.uuid4(), agent_id=supervisor.agent_id, role=Role.SUPERVISOR)
    with pytest.raises(review.OutboxError) as err:
        review.abandon(db, foreign, item_id, "pas à moi")
    assert err.value.code == "outbox.unknown_item"
