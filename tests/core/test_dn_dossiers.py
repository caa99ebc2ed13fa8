"""Démarche Numérique dossiers on both engines, against the real simulator: submission queues the prefill
with the dossier in one unit of work; delivery stores number, token and link (encrypted, never journalled);
tracking adds a dated event per change of state and shrugs off an unreachable platform; the récépissé
says where the dossier is and prints the link only when asked, marked CONFIDENTIEL."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from frontdesk import documents
from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.demo_demarches import public_space
from frontdesk.connectors.demarche_numerique.descriptor import procedure_from_descriptor, serialise_prefill
from frontdesk.connectors.demarche_numerique.ids import champ_id_of_key
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.connectors.demarche_numerique.throttle import Throttle
from frontdesk.outbox import queue
from frontdesk.outbox.backoff import Backoff
from frontdesk.outbox.sender import Sender
from frontdesk.outbox.transports import PREFILL, dn_transports
from frontdesk.services import accounts, dn_dossiers, dossiers
from frontdesk.services.desk import ensure_desk
from frontdesk.services.dossiers import DossierInvalid
from frontdesk.store.models import JournalEntry, OutboxItem

PROCEDURE = procedure_from_descriptor(public_space())
VALUES = {"dn_3102": "732 829 320 00074", "dn_3107": "Déménagement", "dn_3108": "2026-12-05", "dn_3109": 2,
          "dn_3110": {"street": "3 rue des Lilas", "postal_code": "95000", "commune": "Admiville"}}


@pytest.fixture
def sim():
    simulator = Simulator(rate_limit=(1000, 1.0))
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def desk(db):
    return ensure_desk(db, "Accueil", "AC1", "Admiville")


@pytest.fixture
def actor(db, desk):
    return accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin",
                                            "responsable des guichets").actor(desk.id)


def client_for(url: str) -> DemarcheNumeriqueClient:
    return DemarcheNumeriqueClient(url, timeout=(1.0, 1.0), throttle=Throttle(1000, 1.0))


def sender_for(db, desk, url, tmp_path) -> Sender:
    sender = Sender(db, desk.id, dn_transports(client_for(url), {PREFILL: dn_dossiers.record_prefill}),
                    lock_dir=tmp_path / "lock", backoff=Backoff(0.0, 0.0), offline_backoff=Backoff(0.0, 0.0))
    sender.start()
    return sender


def submitted(db, actor, values=VALUES):
    draft = dossiers.start_draft(db, actor, PROCEDURE, None, values)
    dossiers.record_consent(db, actor, draft.id, by="person_present", how="oral")
    return dn_dossiers.submit_demarche(db, actor, draft.id, PROCEDURE).dossier


def journal_text(db) -> str:
    with db.read() as session:
        return json.dumps([e.details for e in session.scalars(select(JournalEntry))], default=str)


def test_submission_queues_the_exact_payload_with_the_dossier(db, actor):
    dossier = submitted(db, actor)
    assert dossier.status == dn_dossiers.AWAITING_SENDING and dossier.reference
    assert [e.status for e in dossier.events] == ["draft", "awaiting_sending"]
    [item] = queue.items_for(db, "dossier", dossier.id)
    assert item.kind == PREFILL
    with db.read() as session:  # read through the model: the stored payload is encrypted
        payload = session.scalars(select(OutboxItem.payload)).one()
    assert payload == {"demarche": 90003, "fields": serialise_prefill(PROCEDURE, VALUES)}


def test_values_the_platform_would_drop_are_refused_at_the_field_and_nothing_is_queued(db, actor):
    draft = dossiers.start_draft(db, actor, PROCEDURE, None, {**VALUES, "dn_3102": "123"})
    dossiers.record_consent(db, actor, draft.id, by="person_present", how="oral")
    with pytest.raises(DossierInvalid) as caught:
        dn_dossiers.submit_demarche(db, actor, draft.id, PROCEDURE)
    assert [p.path for p in caught.value.params["problems"]] == ["dn_3102"]
    assert queue.items_for(db, "dossier", draft.id) == []
    assert dossiers.get_dossier(db, actor, draft.id).status == "draft"


def test_delivery_tracking_and_receipt(db, actor, desk, sim, tmp_path):
    dossier = submitted(db, actor)
    # Offline first: the item waits, tracking has nothing to ask and nothing breaks.
    port = sim.port
    sim.stop()
    with sender_for(db, desk, f"http://127.0.0.1:{port}", tmp_path) as sender:
        sender.run_once()
    assert dossiers.get_dossier(db, actor, dossier.id).status == dn_dossiers.AWAITING_SENDING
    receipt = dn_dossiers.issue_receipt(db, actor, dossier.id, PROCEDURE, commune="Admiville", desk_name="Accueil")
    words = pdf_text(receipt)
    assert "en attente d'envoi" in words and "À compléter en ligne" in words and "Emprise sur le plan" in words

    back = Simulator(port=port, rate_limit=(1000, 1.0))
    back.start()
    try:
        with sender_for(db, desk, back.base_url, tmp_path) as sender:
            sender.wake()
            assert sender.run_once().sent == 1
        [remote] = back.dossiers()
        assert remote["dropped"] == []
        assert remote["values"] == {champ_id_of_key(k): v for k, v in serialise_prefill(PROCEDURE, VALUES).items()}
        view = dossiers.get_dossier(db, actor, dossier.id)
        assert view.status == dn_dossiers.ON_PLATFORM and view.events[-1].status == "prefilled"
        with db.read() as session:
            raw = session.execute(text("select prefill_token, remote_link, remote_number, remote_state "
                                       "from dossier")).one()
        assert raw.remote_number == remote["number"] and raw.remote_state == "prefilled"
        assert remote["prefill_token"] not in raw.prefill_token and "http" not in raw.remote_link  # encrypted
        link = dn_dossiers.remote_link(db, actor, dossier.id)
        assert remote["prefill_token"] in link
        assert remote["prefill_token"] not in journal_text(db) and link not in journal_text(db)

        client = client_for(back.base_url)
        assert dn_dossiers.track(db, actor, client).changed == 0
        back.claim(remote["prefill_token"])
        back.set_state(remote["number"], "en_construction")
        report = dn_dossiers.track(db, actor, client)
        assert (report.asked, report.changed) == (1, 1)
        back.set_state(remote["number"], "accepte")
        assert dn_dossiers.track(db, actor, client, [dossier.id]).changed == 1
        view = dossiers.get_dossier(db, actor, dossier.id)
        assert [e.status for e in view.events] == ["draft", "awaiting_sending", "prefilled", "en_construction",
                                                   "accepte"]
        assert dn_dossiers.track(db, actor, client).asked == 0  # a final state is not asked again
        receipt = dn_dossiers.issue_receipt(db, actor, dossier.id, PROCEDURE, commune="Admiville",
                                            desk_name="Accueil", give_link=True)
        words = pdf_text(receipt)
        assert f"dossier n° {remote['number']}" in words and "CONFIDENTIEL" in words
        assert link not in journal_text(db)
    finally:
        back.stop()


def test_tracking_an_unreachable_platform_changes_nothing(db, actor, desk, sim, tmp_path):
    dossier = submitted(db, actor)
    with sender_for(db, desk, sim.base_url, tmp_path) as sender:
        sender.run_once()
    sim.stop()
    report = dn_dossiers.track(db, actor, client_for(sim.base_url))
    assert (report.asked, report.changed, report.unreachable) == (1, 0, 1)
    assert dossiers.get_dossier(db, actor, dossier.id).events[-1].status == "prefilled"


def pdf_text(issued) -> str:
    reader = PdfReader(io.BytesIO(documents.render(issued)))
    return "\n".join(page.extract_text() for page in reader.pages)
