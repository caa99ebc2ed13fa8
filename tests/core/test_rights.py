"""The resident's rights: access export (JSON and a readable PDF), rectification journalled, erasure that
keeps anonymous statistics, objection recorded and decided; and the record of processing."""

from __future__ import annotations

import io
import json
import uuid
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from frontdesk import journal
from frontdesk.catalogue import DecisionRule, Procedure, Source
from frontdesk.clock import utcnow
from frontdesk.domain.residents import ResidentInput
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import PermissionDenied, ValidationError
from frontdesk.forms import Field, FieldType, FormSchema
from frontdesk.privacy import records, rights
from frontdesk.services import accounts, dossiers, inclusion, visits
from frontdesk.services import residents as people
from frontdesk.services.activity import period_summary
from frontdesk.services.desk import ensure_desk
from frontdesk.services.inclusion import AssessmentInput
from frontdesk.settings import load_settings
from frontdesk.store.database import Database
from frontdesk.store.models import Assessment, Dossier, JournalEntry, Resident
from tests.helpers import run_cli

PASSWORD = "correct horse battery staple"
ELOISE = ResidentInput(family_name="Lefèvre-Dupont", given_names="Éloïse", phone="06 12 34 56 78",
                       postal_code="59000", commune="Lille")


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def office(db):
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    boss = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", PASSWORD).actor(desk.id)
    agent = accounts.create_agent(db, boss, "ndiallo", "Nadia Diallo", Role.AGENT, PASSWORD).actor(desk.id)
    mediator = accounts.create_agent(db, boss, "lmoreau", "Louis Moreau", Role.MEDIATOR, PASSWORD).actor(desk.id)
    resident = people.create_resident(db, agent, ELOISE).id
    visits.record_visit(db, agent, resident, themes=["papiers", "email"], outcome="finalisee")
    inclusion.record_consent(db, mediator, resident)
    inclusion.record_assessment(db, mediator, resident, AssessmentInput(barriers=("visuel", "isolement"),
                                                                        autonomy="avec_guidage"))
    return {"boss": boss, "agent": agent, "mediator": mediator, "resident": resident, "desk": desk}


def test_access_export_holds_everything_in_json_and_a_readable_pdf(db, office):
    data = rights.resident_data(db, office["boss"], office["resident"])
    parsed = json.loads(rights.export_json(data))
    assert parsed["resident"]["family_name"] == "Lefèvre-Dupont" and parsed["resident"]["phone"] == "+33612345678"
    assert parsed["visits"][0]["themes"] == ["papiers", "email"] and parsed["visits"][0]["agent"] == "Nadia Diallo"
    assert parsed["assessments"][0]["sensitive_barriers"] == ["visuel"]  # their data, sensitive needs included
    assert parsed["consents"][0]["withdrawn_at"] is None
    words = {"visuel": "Voir l'écran", "isolement": "Isolement", "papiers": "Papiers d'identité"}
    text = pdf_text(rights.export_pdf(data, "Commune d'Admiville", lambda _kind, code: words.get(code, code)))
    for expected in ("Vos données au guichet", "LEFÈVRE-DUPONT Éloïse", "Vos passages au guichet",
                     "Papiers d'identité", "Voir l'écran", "Isolement", "toujours valable", "CNIL"):
        assert expected in text, expected
    with db.read() as session:
        entry = session.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc()).limit(1)).one()
        assert (entry.action, entry.entity_id, entry.details) == ("rights.exported", str(office["resident"]), {})


def test_rectification_goes_through_normal_editing_and_is_journalled_without_values(db, office):
    corrected = ResidentInput(**{**ELOISE.__dict__, "commune": "Roubaix", "postal_code": "59100"})
    people.update_resident(db, office["agent"], office["resident"], corrected)
    with db.read() as session:
        entry = session.scalars(select(JournalEntry).where(JournalEntry.action == "resident.updated")).one()
        assert entry.details == {"fields": "postal_code,commune"}
        assert "Roubaix" not in json.dumps(entry.details)


def test_erasure_anonymises_and_keeps_the_anonymous_statistics(db, office):
    since, until = utcnow() - timedelta(days=1), utcnow() + timedelta(days=1)
    before = period_summary(db, since, until)
    rights.anonymise(db, office["boss"], office["resident"])
    with db.read() as session:
        row = session.get(Resident, office["resident"])
        assert (row.family_name, row.given_names, row.phone, row.commune, row.search_key) == ("", "", "", "", "")
        assert row.anonymised_at is not None
        assert session.scalars(select(Assessment)).all() == []
        assert journal.verify(session).ok
    assert period_summary(db, since, until) == before and before.visits == 1
    assert people.search_residents(db, office["agent"], "lefevre") == []
    assert people.search_residents(db, office["agent"], "0612") == []
    with pytest.raises(ValidationError, match="already_anonymised"):
        rights.anonymise(db, office["boss"], office["resident"])


def test_objection_is_recorded_by_anyone_and_decided_by_a_supervisor(db, office):
    objection = rights.record_objection(db, office["agent"], office["resident"])
    for actor in (office["agent"], office["mediator"]):
        with pytest.raises(PermissionDenied):
            rights.decide_objection(db, actor, objection, "upheld")
    with pytest.raises(ValidationError, match="decision_invalid"):
        rights.decide_objection(db, office["boss"], objection, "maybe")
    rights.decide_objection(db, office["boss"], objection, "upheld")
    with db.read() as session:
        assert session.get(Resident, office["resident"]).anonymised_at is not None
    with pytest.raises(ValidationError, match="objection_closed"):
        rights.decide_objection(db, office["boss"], objection, "rejected")


def test_a_rejected_objection_keeps_the_data_and_shows_in_the_export(db, office):
    objection = rights.record_objection(db, office["mediator"], office["resident"])
    rights.decide_objection(db, office["boss"], objection, "rejected")
    data = rights.resident_data(db, office["boss"], office["resident"])
    assert data["resident"]["anonymised_at"] is None
    assert [o["decision"] for o in data["objections"]] == ["rejected"]
    assert "opposition reçue le" in pdf_text(rights.export_pdf(data, "Commune"))


def test_record_of_processing_states_the_settings_in_force(monkeypatch):
    monkeypatch.setenv("FRONTDESK_COMMUNE", "Admiville")
    monkeypatch.setenv("FRONTDESK_RETENTION_PROFILE_MONTHS", "18")
    monkeypatch.setenv("FRONTDESK_KEY_PROTECTION", "passphrase")
    boss = Actor(uuid.uuid4(), role=Role.SUPERVISOR)
    text = pdf_text(records.record_pdf(boss, load_settings()))
    for expected in ("Registre des activités de traitement", "Admiville", "Finalités", "Destinataires",
                     "18 mois après le dernier contact", "2 ans après le dernier contact",
                     "phrase secrète d'un responsable", "AES-256-GCM", "art. 9.2.a",
                     "Démarches faites avec l'usager", "Dossiers de démarches", "service instructeur de la démarche",
                     "Brouillon de démarche abandonné 3 mois", "Dossier de démarche déposé 2 ans après le dépôt"):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        records.record_pdf(Actor(boss.desk_id, uuid.uuid4(), Role.MEDIATOR), load_settings())


def test_cli_export_and_records(tmp_path):
    settings = load_settings()
    db, _ = Database.open(settings.database_url)
    try:
        desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
        resident = people.create_resident(db, Actor(desk.id, role=Role.SUPERVISOR), ELOISE).id
    finally:
        db.close()
    out = run_cli("export", "--resident", str(resident), "--output-dir", str(tmp_path / "export"))
    assert out.returncode == 0, out.stderr
    exported = json.loads((tmp_path / "export" / f"donnees-{resident}.json").read_text("utf-8"))
    assert exported["resident"]["given_names"] == "Éloïse"
    assert "LEFÈVRE-DUPONT Éloïse" in pdf_text((tmp_path / "export" / f"donnees-{resident}.pdf").read_bytes())
    bad = run_cli("export", "--resident", "../../etc/passwd", "--output-dir", str(tmp_path / "x"))
    assert bad.returncode == 2 and "mal formé" in bad.stderr
    rec = run_cli("records", "--output", str(tmp_path / "registre.pdf"))
    assert rec.returncode == 0, rec.stderr
    assert "Mesures de sécurité" in pdf_text((tmp_path / "registre.pdf").read_bytes())


HALL = Procedure(
    id="salle", source=Source.LOCAL, title="Réservation d'une salle municipale", category="loisirs",
    description="", keywords=(), service=None, decision=DecisionRule(delay_months=2, silence="acceptance"),
    form=FormSchema(fields=(Field(id="motif", type=FieldType.TEXT, label="Motif", required=True),)), documents=())


def submitted_hall(db, actor, resident) -> dossiers.DossierView:
    draft = dossiers.start_draft(db, actor, HALL, resident, {"motif": "Anniversaire de Léonie"})
    dossiers.record_consent(db, actor, draft.id, by="resident", how="oral")
    return dossiers.submit_local(db, actor, draft.id, HALL, commune="Admiville", desk_name="Accueil").dossier


def test_the_access_export_lists_the_residents_procedures(db, office):
    done = submitted_hall(db, office["agent"], office["resident"])
    with db.unit_of_work(office["boss"]) as uow:  # a reason an instructor gave, as tracking records it
        uow.session.get(Dossier, done.id).remote_motivation = "Salle déjà réservée"
    dossiers.start_draft(db, office["agent"], HALL, office["resident"], {"motif": "Mariage"})
    data = rights.resident_data(db, office["boss"], office["resident"])
    parsed = json.loads(rights.export_json(data))["dossiers"]
    assert [(d["procedure_title"], d["status"]) for d in parsed] == [
        ("Réservation d'une salle municipale", "registered"), ("Réservation d'une salle municipale", "draft")]
    assert parsed[0]["reference"] == done.reference and parsed[0]["values"] == {"motif": "Anniversaire de Léonie"}
    assert parsed[0]["decision_on"] == done.decision_on.isoformat()
    assert [e["status"] for e in parsed[0]["history"]] == ["draft", "registered"]
    assert "prefill_token" not in parsed[0] and "remote_link" not in parsed[0]
    assert parsed[0]["remote_motivation"] == "Salle déjà réservée"
    text = pdf_text(rights.export_pdf(data, "Commune d'Admiville"))
    assert "Vos démarches faites au guichet" in text and "motif de la décision : Salle déjà réservée" in text
    assert f"dossier {done.reference}" in text and "déposé et complet" in text
    assert "réponse attendue au plus tard le" in text and "brouillon, pas encore déposé" in text


def test_erasure_empties_the_residents_dossiers_and_deletes_their_drafts(db, office):
    done = submitted_hall(db, office["agent"], office["resident"])
    draft = dossiers.start_draft(db, office["agent"], HALL, office["resident"], {"motif": "Mariage"})
    with db.unit_of_work(office["boss"]) as uow:
        row = uow.session.get(Dossier, done.id)
        row.prefill_token, row.remote_link, row.remote_motivation = "jeton", "https://dn.example/d", "Hors délai"
    rights.anonymise(db, office["boss"], office["resident"])
    with db.read() as session:
        assert session.get(Dossier, draft.id) is None
        row = session.get(Dossier, done.id)
        assert (row.values, row.prefill_token, row.remote_link, row.remote_motivation, row.resident_id) == (
            {}, None, None, None, None)
        assert (row.reference, row.status, row.anonymised_at is not None) == (done.reference, "registered", True)
        entry = session.scalars(select(JournalEntry).where(JournalEntry.action == "rights.anonymised")).one()
        assert (entry.details["dossiers"], entry.details["drafts"]) == (1, 1)
        assert journal.verify(session).ok


def test_the_access_export_words_every_dossier_status():
    """The resident reads their procedures' states in words, never as the desk's codes."""
    from frontdesk.services.dossiers import STATUSES

    assert set(STATUSES) <= set(rights.DOSSIER_STATUS)
