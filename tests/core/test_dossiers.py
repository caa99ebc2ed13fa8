"""Dossiers on both engines: drafts saved as they go, submission with number, history, visit and paper."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from frontdesk import documents
from frontdesk.catalogue import DecisionRule, Procedure, RequiredDocument, ServiceInCharge, Source
from frontdesk.errors import PermissionDenied
from frontdesk.forms import Field, FieldType, FormSchema
from frontdesk.services import accounts, dossiers, visits
from frontdesk.services.desk import ensure_desk
from frontdesk.services.dossiers import DossierInvalid, PieceInput
from frontdesk.store.models import Dossier, DossierEvent, JournalEntry
from tests.helpers import add_resident

PASSWORD = "responsable des guichets"
FORM = FormSchema(fields=(
    Field(id="motif", type=FieldType.TEXT, label="Motif de la demande", required=True),
    Field(id="details", type=FieldType.LONG_TEXT, label="Précisions"),
))
SERVICE = ServiceInCharge(name="Service État civil", address_lines=("1 place de la Mairie",), postal_code="21000",
                          commune="Admiville", email="etat-civil@admiville.fr", phone="03 80 00 00 00")


def local_procedure(silence: str = "rejection", months: int = 2) -> Procedure:
    return Procedure(
        id="salle-municipale", source=Source.LOCAL, title="Réservation d'une salle municipale", category="loisirs",
        description="Réserver une salle.", keywords=("salle",), service=SERVICE,
        decision=DecisionRule(delay_months=months, silence=silence, recourse="tribunal administratif de Dijon"),
        form=FORM, documents=(RequiredDocument(id="assurance", label="Attestation d'assurance", original=True),
                              RequiredDocument(id="rib", label="RIB", required=False)),
        revision="r1")


EXTERNAL = Procedure(
    id="ants-cni", source=Source.EXTERNAL, title="Pré-demande de carte d'identité", category="papiers",
    description="Sur le site de l'ANTS.", keywords=("cni",), service=None, decision=None,
    form=FormSchema(fields=()), documents=(), url="https://ants.gouv.fr/", checklist=("Photo d'identité",),
    reference_label="Numéro de pré-demande", revision="r1")


@pytest.fixture
def desk(db):
    return ensure_desk(db, "Accueil de la mairie", "AC1", "Admiville")


@pytest.fixture
def actor(db, desk):
    return accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", PASSWORD).actor(desk.id)


def pdf_text(issued) -> str:
    reader = PdfReader(io.BytesIO(documents.render(issued)))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_a_draft_keeps_every_save_and_survives_reopening(db, actor, desk):
    resident = add_resident(db, desk.id, "Durand", "Alice")
    draft = dossiers.start_draft(db, actor, local_procedure(), resident)
    assert (draft.status, draft.reference, draft.resident_name) == ("draft", None, "DURAND Alice")
    dossiers.save_draft(db, actor, draft.id, {"motif": "Mariage"})
    dossiers.save_draft(db, actor, draft.id, {"motif": "Mariage", "details": "Samedi 12"})
    again = dossiers.get_dossier(db, actor, draft.id)
    assert again.values == {"motif": "Mariage", "details": "Samedi 12"}
    drafts = dossiers.list_dossiers(db, actor, statuses=(dossiers.DRAFT,))
    assert [d.id for d in drafts] == [draft.id]


def test_values_that_are_not_plain_json_are_refused(db, actor):
    draft = dossiers.start_draft(db, actor, local_procedure(), None)
    with pytest.raises(DossierInvalid) as caught:
        dossiers.save_draft(db, actor, draft.id, {"motif": object()})
    assert caught.value.params["reason"] == "values_not_plain"
    assert dossiers.get_dossier(db, actor, draft.id).values == {}


def test_submit_local_registers_number_history_decision_date_visit_and_accuse(db, actor, desk):
    resident = add_resident(db, desk.id, "Durand", "Alice")
    procedure = local_procedure()
    draft = dossiers.start_draft(db, actor, procedure, resident)
    dossiers.save_draft(db, actor, draft.id, {"motif": "Fête de quartier"})
    dossiers.record_consent(db, actor, draft.id, by="resident", how="oral")
    dossiers.set_pieces(db, actor, draft.id, [
        PieceInput("assurance", "Attestation d'assurance", supplied=True, original=True),
        PieceInput("rib", "RIB", supplied=False, required=False)])
    day = date(2026, 1, 31)
    result = dossiers.submit_local(db, actor, draft.id, procedure, commune="Admiville", desk_name="Accueil",
                                   today=day)
    dossier = result.dossier
    assert dossier.reference == "AC1-2026-D000001"
    assert dossier.status == dossiers.REGISTERED
    assert (dossier.complete_on, dossier.decision_on) == (day, date(2026, 3, 31))
    assert [e.status for e in dossier.events] == ["draft", "registered"]
    assert [d.kind for d in result.documents] == ["acknowledgement", "deposit_certificate"]
    assert list(dossier.issued) == [d.number for d in result.documents]
    text = pdf_text(result.documents[0])
    for expected in ("AC1-2026-D000001", "Service État civil", "31 mars 2026", "tribunal administratif de Dijon",
                     "etat-civil@admiville.fr", "refusée"):
        assert expected in text.replace("\n", " ")
    assert "Attestation d'assurance" in pdf_text(result.documents[1])
    visit = visits.visits_of(db, actor, resident)[0]
    assert visit.id == dossier.visit_id
    assert visit.outcome == "finalisee" and "loisirs" in visit.themes
    with db.read() as session:
        actions = list(session.scalars(select(JournalEntry.action).order_by(JournalEntry.seq)))
    assert "dossier.submitted" in actions and "dossier.started" in actions
    with pytest.raises(DossierInvalid):
        dossiers.save_draft(db, actor, draft.id, {"motif": "changé"})  # a registered dossier is not a draft


def test_missing_pieces_wait_and_the_decision_date_starts_when_complete(db, actor, desk):
    procedure = local_procedure(silence="acceptance", months=1)
    draft = dossiers.start_draft(db, actor, procedure, None, {"motif": "Réunion"})
    dossiers.record_consent(db, actor, draft.id, by="person_present", how="oral")
    deadline = date.today() + timedelta(days=15)
    dossiers.set_pieces(db, actor, draft.id, [PieceInput("assurance", "Attestation d'assurance", supplied=False,
                                                         deadline=deadline)])
    result = dossiers.submit_local(db, actor, draft.id, procedure, commune="Admiville", desk_name="Accueil")
    assert result.dossier.status == dossiers.AWAITING_PIECES
    assert (result.dossier.complete_on, result.dossier.decision_on) == (None, None)
    assert [p.deadline for p in result.dossier.missing_pieces] == [deadline]
    accuse = pdf_text(result.documents[0])
    assert "Il manque des pièces" in accuse and "Attestation d'assurance" in accuse
    later = date.today() + timedelta(days=3)
    done = dossiers.pieces_received(db, actor, draft.id, procedure, document_ids=["assurance"],
                                    commune="Admiville", desk_name="Accueil", today=later)
    assert done.dossier.status == dossiers.REGISTERED
    assert done.dossier.complete_on == later
    assert done.dossier.decision_on is not None and done.dossier.decision_on > later
    assert [d.kind for d in done.documents] == ["acknowledgement", "deposit_certificate"]
    assert [e.status for e in done.dossier.events] == ["draft", "awaiting_pieces", "registered"]


def test_submission_refuses_with_codes_and_writes_nothing(db, actor):
    procedure = local_procedure()
    draft = dossiers.start_draft(db, actor, procedure, None)
    with pytest.raises(DossierInvalid) as caught:
        dossiers.submit_local(db, actor, draft.id, procedure, commune="Admiville", desk_name="Accueil")
    assert caught.value.params["reason"] == "consent_missing"
    dossiers.record_consent(db, actor, draft.id, by="person_present", how="oral")
    with pytest.raises(DossierInvalid) as caught:
        dossiers.submit_local(db, actor, draft.id, procedure, commune="Admiville", desk_name="Accueil")
    assert [p.path for p in caught.value.params["problems"]] == ["motif"]
    with pytest.raises(DossierInvalid) as caught:
        dossiers.set_pieces(db, actor, draft.id, [PieceInput("assurance", "Attestation", supplied=False)])
    assert caught.value.params["errors"] == {"assurance": "deadline_required"}
    with db.read() as session:
        row = session.get(Dossier, draft.id)
        assert (row.status, row.reference) == ("draft", None)
        assert len(session.scalars(select(DossierEvent)).all()) == 1
    with pytest.raises(DossierInvalid):
        dossiers.record_consent(db, actor, draft.id, by="resident", how="oral")  # nobody named to consent


def test_record_external_keeps_the_site_reference_and_issues_the_recepisse(db, actor, desk):
    resident = add_resident(db, desk.id, "Martin", "Paul")
    visit = visits.start_visit(db, actor, resident)
    draft = dossiers.start_draft(db, actor, EXTERNAL, resident)
    dossiers.record_consent(db, actor, draft.id, by="resident", how="written")
    result = dossiers.record_external(db, actor, draft.id, EXTERNAL, remote_reference="PRE-123456",
                                      done_on=None, what_was_done=["Pré-demande remplie", "Rendez-vous pris"],
                                      commune="Admiville", desk_name="Accueil")
    dossier = result.dossier
    assert (dossier.status, dossier.remote_reference, dossier.remote_site) == (
        "done_on_site", "PRE-123456", "https://ants.gouv.fr/")
    assert dossier.visit_id == visit.id  # the running visit was completed, not a second one made
    finished = visits.visits_of(db, actor, resident)
    assert len(finished) == 1 and finished[0].ended_at is not None and "papiers" in finished[0].themes
    text = pdf_text(result.documents[0]).replace("\n", " ")
    assert "PRE-123456" in text and "Pré-demande remplie" in text and "pas un accusé de réception" in text
    assert dossier.reference in text  # to find the file when the person comes back to the desk


def test_a_report_with_no_decision_and_no_papers_still_gets_a_recepisse(db, actor, desk):
    procedure = dataclasses.replace(local_procedure(silence="none"), documents=())
    draft = dossiers.start_draft(db, actor, procedure, None, {"motif": "Lampadaire éteint"})
    dossiers.record_consent(db, actor, draft.id, by="person_present", how="oral")
    result = dossiers.submit_local(db, actor, draft.id, procedure, commune="Admiville", desk_name="Accueil")
    assert result.dossier.decision_on is None
    assert [d.kind for d in result.documents] == ["assistance_receipt"]
    text = pdf_text(result.documents[0]).replace("\n", " ")
    assert result.dossier.reference in text and procedure.title in text and "pas un accusé de réception" in text


def _registered(db, actor, procedure=None) -> dossiers.DossierView:
    procedure = procedure or dataclasses.replace(local_procedure(), documents=())
    draft = dossiers.start_draft(db, actor, procedure, None, {"motif": "Fête de quartier"})
    dossiers.record_consent(db, actor, draft.id, by="person_present", how="oral")
    return dossiers.submit_local(db, actor, draft.id, procedure, commune="Admiville", desk_name="Accueil").dossier


@pytest.mark.parametrize("outcome", dossiers.DECISIONS)
def test_the_service_s_decision_ends_the_dossier_with_its_day(db, actor, outcome):
    dossier = _registered(db, actor)
    assert dossier.status == dossiers.REGISTERED
    in_progress = {r.id for r in dossiers.list_dossiers(db, actor, statuses=dossiers.IN_PROGRESS)}
    assert dossier.id in in_progress
    decided = dossiers.record_decision(db, actor, dossier.id, outcome, decided_on=date.today())
    assert decided.status == outcome
    assert [e.status for e in decided.events][-1] == outcome
    assert decided.events[-1].note == f"on:{date.today().isoformat()}"
    assert dossier.id not in {r.id for r in dossiers.list_dossiers(db, actor, statuses=dossiers.IN_PROGRESS)}
    assert dossier.id in {r.id for r in dossiers.list_dossiers(db, actor, statuses=dossiers.DECISIONS)}
    with db.read() as session:
        details = session.scalars(select(JournalEntry.details).where(JournalEntry.action == "dossier.decided")).one()
    assert details["outcome"] == outcome and details["previous"] == "registered"
    with pytest.raises(DossierInvalid) as caught:  # decided once: not twice
        dossiers.record_decision(db, actor, dossier.id, dossiers.DECISION_REFUSED)
    assert caught.value.params["reason"] == "no_decision_expected"


def test_a_decision_is_refused_when_it_cannot_be(db, actor, desk):
    dossier = _registered(db, actor)
    for outcome, day, reason in (("maybe", None, "unknown_decision"),
                                 (dossiers.DECISION_ACCEPTED, date.today() + timedelta(days=1), "decision_day"),
                                 (dossiers.DECISION_ACCEPTED, date.today() - timedelta(days=400), "decision_day")):
        with pytest.raises(DossierInvalid) as caught:
            dossiers.record_decision(db, actor, dossier.id, outcome, decided_on=day)
        assert caught.value.params["reason"] == reason
    assert dossiers.get_dossier(db, actor, dossier.id).status == dossiers.REGISTERED
    external = dossiers.start_draft(db, actor, EXTERNAL, None)
    dossiers.record_consent(db, actor, external.id, by="person_present", how="oral")
    done = dossiers.record_external(db, actor, external.id, EXTERNAL, remote_reference="PRE-1", done_on=None,
                                    what_was_done=["Pré-demande"], commune="Admiville", desk_name="Accueil")
    with pytest.raises(DossierInvalid) as caught:  # a national site decides and tells the person itself
        dossiers.record_decision(db, actor, done.dossier.id, dossiers.DECISION_ACCEPTED)
    assert caught.value.params["reason"] == "no_decision_expected"
    with pytest.raises(PermissionDenied):  # the system actor records no decision
        dossiers.record_decision(db, dataclasses.replace(actor, agent_id=None), dossier.id,
                                 dossiers.DECISION_ACCEPTED)
    with db.read() as session:
        assert session.scalars(select(JournalEntry).where(JournalEntry.action == "dossier.decided")).all() == []


def test_discard_leaves_only_the_journal_and_recent_procedures_come_first(db, actor):
    first = dossiers.start_draft(db, actor, local_procedure(), None)
    dossiers.start_draft(db, actor, EXTERNAL, None)
    assert dossiers.recent_procedures(db, actor) == ["ants-cni", "salle-municipale"]
    dossiers.discard_draft(db, actor, first.id)
    with db.read() as session:
        assert session.get(Dossier, first.id) is None
        assert session.scalars(select(JournalEntry.action).where(JournalEntry.entity_id == str(first.id))
                               .order_by(JournalEntry.seq)).all() == ["dossier.started", "dossier.discarded"]


def test_numbers_are_per_series_and_gap_free(db, actor):
    numbers = []
    for _ in range(3):
        draft = dossiers.start_draft(db, actor, EXTERNAL, None)
        dossiers.record_consent(db, actor, draft.id, by="person_present", how="oral")
        result = dossiers.record_external(db, actor, draft.id, EXTERNAL, remote_reference="", done_on=None,
                                          what_was_done=["Aide"], commune="Admiville", desk_name="Accueil")
        numbers.append((result.dossier.reference, result.documents[0].number))
    year = date.today().year
    assert [n for n, _ in numbers] == [f"AC1-{year}-D{i:06d}" for i in (1, 2, 3)]
    assert [d for _, d in numbers] == [f"AC1-{year}-{i:06d}" for i in (1, 2, 3)]


def test_the_system_actor_cannot_fill_a_dossier(db, desk):
    from frontdesk.domain.roles import Actor

    with pytest.raises(PermissionDenied):
        dossiers.start_draft(db, Actor(desk.id), EXTERNAL, None)


def test_a_merge_moves_the_duplicate_s_dossiers_and_undoing_it_moves_them_back(db, actor, desk):
    from frontdesk.services.residents import merge_residents, unmerge_residents

    keep = add_resident(db, desk.id, "Durand", "Alice")
    dup = add_resident(db, desk.id, "Durant", "Alice")
    draft = dossiers.start_draft(db, actor, EXTERNAL, dup)
    merge_residents(db, actor, keep, dup)
    assert [d.id for d in dossiers.list_dossiers(db, actor, resident_id=keep)] == [draft.id]
    with db.read() as session:
        seq = session.scalars(select(JournalEntry.seq).where(JournalEntry.action == "resident.merged")).one()
    unmerge_residents(db, actor, seq)
    assert dossiers.get_dossier(db, actor, draft.id).resident_id == dup
