"""Démarche Numérique dossiers on both engines, against the real simulator: submission queues the prefill
with the dossier in one unit of work; delivery stores number, token and link (encrypted, never journalled);
tracking adds a dated event per change of state and shrugs off an unreachable platform; with an
administrator token it adds the platform's dates and the decision's motivation (encrypted), from one
listing per démarche that starts where the last one ended; the récépissé says where the dossier is and
prints the link only when asked, marked CONFIDENTIEL."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

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
from frontdesk.store.database import Database
from frontdesk.store.models import AppMeta, JournalEntry, OutboxItem

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
        assert not any(path == "/api/v2/graphql" for _at, _method, path, _status in back.requests_log())  # no token
        assert dossiers.get_dossier(db, actor, dossier.id).remote_detail is None  # public tracking, as before
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


MOTIVE = "Justificatif de domicile Xylophagerie manquant"
HOUR = 3600


class ListingSpy(DemarcheNumeriqueClient):
    """The real client over HTTP, noting where each administrator listing started and what it got."""

    def __init__(self, url: str, token: str) -> None:
        super().__init__(url, token=token, timeout=(1.0, 1.0), throttle=Throttle(1000, 1.0))
        self.since: list[datetime | None] = []
        self.listed: list[int] = []

    def dossiers_updated_since(self, demarche_number, since):
        self.since.append(since)
        nodes = super().dossiers_updated_since(demarche_number, since)
        self.listed.append(len(nodes))
        return nodes


def on_platform(db, actor, desk, sim, tmp_path, count: int = 1) -> list:
    """``count`` dossiers delivered and claimed by the resident: their views and platform numbers."""
    drafts = [submitted(db, actor) for _ in range(count)]
    with sender_for(db, desk, sim.base_url, tmp_path) as sender:
        assert sender.run_once().sent == count
    views = [dossiers.get_dossier(db, actor, d.id) for d in drafts]
    for remote in sim.dossiers():
        sim.claim(remote["prefill_token"])
    return views


def platform_dates(sim, number: int) -> dict:
    remote = next(d for d in sim.dossiers() if d["number"] == number)
    return {k: datetime.fromisoformat(remote[k]) for k in ("submitted_at", "instruction_at", "processed_at",
                                                          "updated_at") if remote[k]}


def test_an_administrator_token_adds_platform_dates_and_the_motivation(db, actor, desk, sim, tmp_path):
    sim.add_token("jeton-mairie", demarches=[90003])
    first, second = on_platform(db, actor, desk, sim, tmp_path, count=2)
    # The platform's steps an hour apart: the history must show these dates, not the time of the poll.
    sim.advance_clock(HOUR)
    sim.set_state(first.remote_number, "en_construction")
    sim.set_state(second.remote_number, "en_construction")
    sim.advance_clock(HOUR)
    sim.set_state(first.remote_number, "en_instruction")
    sim.advance_clock(HOUR)
    sim.set_state(first.remote_number, "refuse", motivation=MOTIVE)
    client = ListingSpy(sim.base_url, "jeton-mairie")

    report = dn_dossiers.track(db, actor, client)
    assert (report.asked, report.changed, report.detailed, report.detail_failed) == (2, 2, 2, 0)
    view = dossiers.get_dossier(db, actor, first.id)
    dates = platform_dates(sim, first.remote_number)
    assert [(e.status, e.at) for e in view.events][-3:] == [
        ("en_construction", dates["submitted_at"]), ("en_instruction", dates["instruction_at"]),
        ("refuse", dates["processed_at"])]
    assert (view.remote_motivation, view.remote_detail, view.remote_updated_at) == (
        MOTIVE, "admin", dates["updated_at"])
    assert client.since == [first.submitted_at - dn_dossiers.CURSOR_OVERLAP]  # the oldest open dossier's
    with db.read() as session:
        assert MOTIVE not in session.execute(text("select remote_motivation from dossier")).scalars().all()
        cursor = session.get(AppMeta, dn_dossiers.CURSOR_KEY.format(number=90003)).value
    assert datetime.fromisoformat(cursor) == dates["updated_at"]
    assert MOTIVE not in journal_text(db)

    # The next round starts at the cursor (less the overlap) and learns nothing new.
    report = dn_dossiers.track(db, actor, client)
    assert client.since[-1] == dates["updated_at"] - dn_dossiers.CURSOR_OVERLAP
    assert (report.asked, report.changed, client.listed[-1]) == (1, 0, 1)  # only the refused one, again

    sim.advance_clock(HOUR)
    sim.set_state(second.remote_number, "accepte", motivation="Conforme")
    report = dn_dossiers.track(db, actor, client, [second.id])
    assert (report.changed, report.detailed) == (1, 2)
    view = dossiers.get_dossier(db, actor, second.id)
    assert (view.remote_state, view.remote_motivation) == ("accepte", "Conforme")
    assert view.events[-1].at == platform_dates(sim, second.remote_number)["processed_at"]


def test_an_expired_token_leaves_the_public_tracking_working(db, actor, desk, sim, tmp_path, caplog):
    sim.add_token("jeton-perime", expired=True)
    [dossier] = on_platform(db, actor, desk, sim, tmp_path)
    sim.advance_clock(60)
    sim.set_state(dossier.remote_number, "en_construction")
    report = dn_dossiers.track(db, actor, ListingSpy(sim.base_url, "jeton-perime"))
    assert (report.changed, report.detailed, report.detail_failed, report.unreachable) == (1, 0, 1, 0)
    view = dossiers.get_dossier(db, actor, dossier.id)
    assert view.remote_state == "en_construction" and view.remote_detail is None  # public tracking only
    assert view.events[-1].at == platform_dates(sim, dossier.remote_number)["submitted_at"]  # public date
    assert "remote.auth" in caplog.text and "jeton-perime" not in caplog.text
    with db.read() as session:
        assert session.get(AppMeta, dn_dossiers.CURSOR_KEY.format(number=90003)) is None


def test_the_motivation_is_not_in_clear_in_the_sqlite_file(sqlite_url, sim, tmp_path):
    db, _ = Database.open(sqlite_url)
    try:
        desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
        actor = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", "responsable").actor(
            desk.id)
        sim.add_token("jeton-mairie")
        [dossier] = on_platform(db, actor, desk, sim, tmp_path)
        sim.set_state(dossier.remote_number, "sans_suite", motivation=MOTIVE)
        dn_dossiers.track(db, actor, ListingSpy(sim.base_url, "jeton-mairie"))
        assert dossiers.get_dossier(db, actor, dossier.id).remote_motivation == MOTIVE
        path = make_url(sqlite_url).database
        raw = b"".join(p.read_bytes() for p in (Path(path), Path(path + "-wal")) if p.exists())
    finally:
        db.close()
    assert b"Admiville" in raw and MOTIVE.encode() not in raw


def pdf_text(issued) -> str:
    reader = PdfReader(io.BytesIO(documents.render(issued)))
    return "\n".join(page.extract_text() for page in reader.pages)
