"""The Démarche Numérique transports end to end against the simulator, on both engines: a prefill goes
out and comes back with its number, token and link; a message is sent once, and when its outcome is
unknown a supervisor decides (the platform would deliver a resent message twice); refused credentials
pause the kind; a closed démarche fails the item for a person to handle."""

from __future__ import annotations

import json

import pytest

from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.connectors.demarche_numerique.simulator_state import INSTRUCTEUR
from frontdesk.connectors.demarche_numerique.throttle import Throttle
from frontdesk.domain.roles import Actor
from frontdesk.outbox import queue
from frontdesk.outbox.backoff import Backoff
from frontdesk.outbox.sender import Sender
from frontdesk.outbox.states import State
from frontdesk.outbox.transports import MESSAGE, PREFILL, dn_transports, enqueue_message, enqueue_prefill
from frontdesk.services.desk import ensure_desk
from tests.outbox_support import DEMARCHE, marker_key

TOKEN = "jeton-admiville"


@pytest.fixture
def sim():
    simulator = Simulator(rate_limit=(1000, 1.0))
    simulator.start()
    simulator.add_token(TOKEN, write=True)
    yield simulator
    simulator.stop()


@pytest.fixture
def desk(db):
    return ensure_desk(db, "Accueil", "AC1", "Admiville")


def sender_for(db, desk, sim, tmp_path, token: str = TOKEN, hooks=None) -> Sender:
    client = DemarcheNumeriqueClient(sim.base_url, token=token, timeout=(1.0, 1.0), throttle=Throttle(1000, 1.0))
    sender = Sender(db, desk.id, dn_transports(client, hooks), lock_dir=tmp_path / "lock",
                    backoff=Backoff(0.0, 0.0), offline_backoff=Backoff(0.0, 0.0))
    sender.start()
    return sender


def item_state(db, item_id: int) -> State:
    return queue.get_item(db, item_id).state


def test_a_prefill_comes_back_with_its_number_token_and_link(db, desk, sim, tmp_path):
    key, champ_id = marker_key(sim)
    recorded = {}
    with db.unit_of_work(Actor(desk.id)) as uow:
        item_id = enqueue_prefill(uow.session, desk_id=desk.id, dossier_id="D1", demarche_number=DEMARCHE,
                                  fields={key: 4}).id
    hooks = {PREFILL: lambda uow, item, delivery: recorded.update(dossier=item.entity_id, number=delivery.remote_ref,
                                                                  **delivery.secret)}
    sender_for(db, desk, sim, tmp_path, hooks=hooks).run_once()
    view = queue.get_item(db, item_id)
    [dossier] = sim.dossiers()
    assert (view.state, view.remote_ref) == (State.SENT, str(dossier["number"]))
    assert dossier["values"][champ_id] in (4, "4")
    assert recorded["dossier"] == "D1" and recorded["number"] == str(dossier["number"])
    assert recorded["prefill_token"] == dossier["prefill_token"] and "prefill_token=" in recorded["link"]
    assert all(recorded["prefill_token"] not in json.dumps(e.params) for e in queue.history(db, item_id))


def test_a_message_goes_once_and_a_doubt_goes_to_a_supervisor(db, desk, sim, tmp_path):
    client = DemarcheNumeriqueClient(sim.base_url, throttle=Throttle(1000, 1.0))
    made = client.prefill(DEMARCHE, {})
    sim.claim(made.prefill_token)
    sim.set_state(made.dossier_number, "en_construction")
    with db.unit_of_work(Actor(desk.id)) as uow:
        first = enqueue_message(uow.session, desk_id=desk.id, dossier_id="D1", remote_dossier_id=made.dossier_id,
                                instructeur_id=INSTRUCTEUR["id"], body="Votre dossier est bien arrivé.").id
        second = enqueue_message(uow.session, desk_id=desk.id, dossier_id="D1", remote_dossier_id=made.dossier_id,
                                 instructeur_id=INSTRUCTEUR["id"], body="Pièce reçue au guichet.").id
    sender = sender_for(db, desk, sim, tmp_path)
    sim.inject("lost_response", count=1, route="graphql")
    sender.run_once()
    sender.wake()
    sender.run_once()
    assert item_state(db, first) == State.NEEDS_REVIEW
    assert queue.get_item(db, first).last_error_code == "outbox.cannot_check"
    assert item_state(db, second) == State.PENDING, "the dossier's next message waits for a decision"
    [dossier] = [d for d in sim.dossiers() if d["number"] == made.dossier_number]
    assert [m["body"] for m in dossier["messages"]] == ["Votre dossier est bien arrivé."], "never sent twice"


def test_refused_credentials_pause_the_messages(db, desk, sim, tmp_path):
    sim.add_token("jeton-perime", write=True, expired=True)
    with db.unit_of_work(Actor(desk.id)) as uow:
        item_id = enqueue_message(uow.session, desk_id=desk.id, dossier_id="D1", remote_dossier_id="RG9zc2llci0x",
                                  instructeur_id=INSTRUCTEUR["id"], body="Bonjour").id
    report = sender_for(db, desk, sim, tmp_path, token="jeton-perime").run_once()
    assert report.paused == {MESSAGE}
    view = queue.get_item(db, item_id)
    assert (view.state, view.attempts, view.last_error_code) == (State.PENDING, 0, "remote.auth.token_expired")


def test_a_closed_demarche_fails_the_item_for_a_person(db, desk, sim, tmp_path):
    with db.unit_of_work(Actor(desk.id)) as uow:
        item_id = enqueue_prefill(uow.session, desk_id=desk.id, dossier_id="D1", demarche_number=424242,
                                  fields={}).id
    sender_for(db, desk, sim, tmp_path).run_once()
    view = queue.get_item(db, item_id)
    assert (view.state, view.last_error_code) == (State.FAILED, "remote.not_found.demarche")
    assert sim.dossiers() == []
