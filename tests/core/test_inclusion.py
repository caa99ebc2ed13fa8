"""Inclusion profiles: sensitive needs only with consent (refused by the service itself), withdrawal that
erases them everywhere, history newest first, every validation code, and a journal without content."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from frontdesk import journal
from frontdesk.domain import vocab
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import FrontdeskError, PermissionDenied, ValidationError
from frontdesk.services import accounts, inclusion
from frontdesk.services.desk import ensure_desk
from frontdesk.services.inclusion import AssessmentInput, AssessmentInvalid, ConsentRequired
from frontdesk.store.models import Assessment, Consent, JournalEntry
from tests.helpers import add_resident

PASSWORD = "responsable des guichets"
NOW = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)  # noon in Paris, the same date everywhere in Europe
TODAY = NOW.astimezone().date()


@pytest.fixture
def desk(db):
    return ensure_desk(db, "Accueil de la mairie", "AC1", "Admiville")


@pytest.fixture
def actor(db, desk, monkeypatch) -> Actor:
    monkeypatch.setattr(inclusion, "utcnow", lambda: NOW)
    agent = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", PASSWORD)
    return agent.actor(desk.id)


@pytest.fixture
def resident(db, desk) -> uuid.UUID:
    return add_resident(db, desk.id, "Lefèvre-Dupont", "Éloïse")


def stored_assessments(db, resident_id: uuid.UUID) -> list[tuple]:
    with db.read() as session:
        return session.execute(
            select(Assessment.assessed_on, Assessment.barriers, Assessment.sensitive_barriers, Assessment.consent_id)
            .where(Assessment.resident_id == resident_id).order_by(Assessment.created_at)).all()


def journal_rows(db, *actions: str) -> list[JournalEntry]:
    with db.read() as session:
        rows = session.scalars(select(JournalEntry).where(JournalEntry.action.in_(actions))
                               .order_by(JournalEntry.seq)).all()
        session.expunge_all()
        return rows


def count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


# --- consent required ------------------------------------------------------------------------------------

def test_each_sensitive_barrier_is_refused_without_consent(db, actor, resident):
    assert inclusion.consent_status(db, actor, resident) is None
    for code in vocab.SENSITIVE_BARRIERS:
        with pytest.raises(ConsentRequired) as info:
            inclusion.record_assessment(db, actor, resident, AssessmentInput(barriers=(code,)))
        assert info.value.code == "inclusion.consent_required"
        assert info.value.params == {"barriers": [code]}
    with pytest.raises(ConsentRequired) as info:
        inclusion.record_assessment(db, actor, resident, AssessmentInput(
            autonomy="autonome", barriers=("isolement", "auditif", "lecture_ecriture", "auditif")))
    assert info.value.params["barriers"] == ["lecture_ecriture", "auditif"]  # vocabulary order, each once
    assert inclusion.assessments_of(db, actor, resident) == []
    assert count(db, Assessment) == 0
    assert journal_rows(db, "assessment.recorded") == []


def test_non_sensitive_barriers_need_no_consent(db, actor, resident):
    view = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        equipment=("telephone",), internet_access=True, email_account=False, franceconnect=None,
        autonomy="avec_guidage", barriers=tuple(vocab.OTHER_BARRIERS), orientation="mediation_numerique",
        review_on=TODAY + timedelta(days=90)))
    assert view.resident_id == resident
    assert (view.assessed_on, view.agent_name) == (TODAY, "Claire Martin")  # today by default
    assert view.equipment == ("telephone",)
    assert (view.internet_access, view.email_account, view.franceconnect) == (True, False, None)
    assert (view.autonomy, view.orientation, view.review_on) == (
        "avec_guidage", "mediation_numerique", TODAY + timedelta(days=90))
    assert view.barriers == vocab.OTHER_BARRIERS
    assert not view.sensitive_erased
    assert stored_assessments(db, resident) == [(TODAY, list(vocab.OTHER_BARRIERS), [], None)]
    assert inclusion.assessments_of(db, actor, resident) == [view]


def test_with_consent_sensitive_barriers_are_kept_apart(db, actor, resident):
    consent = inclusion.record_consent(db, actor, resident)
    assert consent.active
    assert (consent.resident_id, consent.given_at, consent.withdrawn_at) == (resident, NOW, None)
    assert inclusion.consent_status(db, actor, resident) == consent

    view = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        barriers=("isolement", "visuel", "langue_francaise")))
    assert view.barriers == ("langue_francaise", "visuel", "isolement")  # merged back, vocabulary order
    assert not view.sensitive_erased
    assert stored_assessments(db, resident) == [(TODAY, ["isolement"], ["langue_francaise", "visuel"], consent.id)]


def test_consent_is_given_once(db, actor, resident):
    first = inclusion.record_consent(db, actor, resident)
    again = inclusion.record_consent(db, actor, resident)
    assert again == first
    assert count(db, Consent) == 1
    assert len(journal_rows(db, "consent.given")) == 1


def test_another_residents_consent_does_not_count(db, desk, actor, resident):
    other = add_resident(db, desk.id, "Martin", "Paul")
    inclusion.record_consent(db, actor, other)
    with pytest.raises(ConsentRequired):
        inclusion.record_assessment(db, actor, resident, AssessmentInput(barriers=("moteur",)))


# --- withdrawal ------------------------------------------------------------------------------------------

def test_withdrawal_erases_sensitive_items_of_every_assessment(db, desk, actor, resident, monkeypatch):
    before = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        assessed_on=TODAY - timedelta(days=60), autonomy="avec_guidage", barriers=("isolement",)))
    consent = inclusion.record_consent(db, actor, resident)
    first = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        assessed_on=TODAY - timedelta(days=30), autonomy="avec_guidage", barriers=("cognitif", "autre")))
    second = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        equipment=("ordinateur", "telephone"), autonomy="autonome_avec_aide", barriers=("auditif", "moteur")))
    other = add_resident(db, desk.id, "Martin", "Paul")
    inclusion.record_consent(db, actor, other)
    untouched = inclusion.record_assessment(db, actor, other, AssessmentInput(barriers=("visuel",)))

    later = NOW + timedelta(hours=2)
    monkeypatch.setattr(inclusion, "utcnow", lambda: later)
    inclusion.withdraw_consent(db, actor, resident)

    assert stored_assessments(db, resident) == [
        (before.assessed_on, ["isolement"], [], None),
        (first.assessed_on, ["autre"], [], consent.id),
        (second.assessed_on, [], [], consent.id),
    ]
    history = inclusion.assessments_of(db, actor, resident)
    assert [a.id for a in history] == [second.id, first.id, before.id]
    assert [a.barriers for a in history] == [(), ("autre",), ("isolement",)]
    assert [a.sensitive_erased for a in history] == [True, True, False]  # the first had nothing to erase
    assert [a.autonomy for a in history] == ["autonome_avec_aide", "avec_guidage", "avec_guidage"]
    assert history[0].equipment == ("telephone", "ordinateur")

    status = inclusion.consent_status(db, actor, resident)
    assert status is not None and not status.active
    assert (status.id, status.given_at, status.withdrawn_at) == (consent.id, NOW, later)
    with db.read() as session:
        row = session.get(Consent, consent.id)
        assert (row.withdrawn_at, row.withdrawn_by_agent_id) == (later, actor.agent_id)

    # Another resident's sensitive needs stay, with their consent.
    assert inclusion.assessments_of(db, actor, other) == [untouched]
    assert inclusion.consent_status(db, actor, other).active

    # Without consent again, sensitive needs are refused again.
    with pytest.raises(ConsentRequired):
        inclusion.record_assessment(db, actor, resident, AssessmentInput(barriers=("auditif",)))


def test_a_new_consent_after_withdrawal(db, actor, resident, monkeypatch):
    old_consent = inclusion.record_consent(db, actor, resident)
    old = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        assessed_on=TODAY - timedelta(days=10), barriers=("visuel",)))
    inclusion.withdraw_consent(db, actor, resident)
    inclusion.withdraw_consent(db, actor, resident)  # nothing left to withdraw: a no-op

    later = NOW + timedelta(days=1)
    monkeypatch.setattr(inclusion, "utcnow", lambda: later)
    new_consent = inclusion.record_consent(db, actor, resident)
    assert new_consent.id != old_consent.id
    assert (new_consent.given_at, new_consent.active) == (later, True)
    assert inclusion.consent_status(db, actor, resident) == new_consent
    new = inclusion.record_assessment(db, actor, resident, AssessmentInput(barriers=("visuel",)))
    assert new.barriers == ("visuel",)

    history = inclusion.assessments_of(db, actor, resident)
    assert [(a.id, a.barriers, a.sensitive_erased) for a in history] == [
        (new.id, ("visuel",), False), (old.id, (), True)]
    assert count(db, Consent) == 2
    assert [e.action for e in journal_rows(db, "consent.given", "consent.withdrawn")] == [
        "consent.given", "consent.withdrawn", "consent.given"]


# --- history and validation ------------------------------------------------------------------------------

def test_history_is_kept_newest_first(db, actor, resident):
    march = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        assessed_on=date(2026, 3, 1), autonomy="autonome_avec_aide"))
    january = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        assessed_on=date(2026, 1, 15), autonomy="avec_guidage"))
    march_again = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        assessed_on=date(2026, 3, 1), autonomy="autonome"))
    history = inclusion.assessments_of(db, actor, resident)
    assert [a.id for a in history] == [march_again.id, march.id, january.id]
    assert [a.autonomy for a in history] == ["autonome", "autonome_avec_aide", "avec_guidage"]
    assert count(db, Assessment) == 3


@pytest.mark.parametrize(("data", "errors"), [
    (AssessmentInput(equipment=("minitel",)), {"equipment": "equipment_invalid"}),
    (AssessmentInput(equipment=("aucun", "telephone")), {"equipment": "equipment_invalid"}),
    (AssessmentInput(autonomy="expert"), {"autonomy": "autonomy_invalid"}),
    (AssessmentInput(autonomy=""), {"autonomy": "autonomy_invalid"}),
    (AssessmentInput(barriers=("visuel", "timidite")), {"barriers": "barrier_invalid"}),
    (AssessmentInput(orientation="medecin"), {"orientation": "orientation_invalid"}),
    (AssessmentInput(review_on=TODAY - timedelta(days=1)), {"review_on": "review_before_assessment"}),
    (AssessmentInput(assessed_on=date(2026, 2, 1), review_on=date(2026, 1, 31)),
     {"review_on": "review_before_assessment"}),
    (AssessmentInput(assessed_on=TODAY + timedelta(days=1)), {"assessed_on": "assessed_in_future"}),
    (AssessmentInput(equipment=("x",), autonomy="x", barriers=("x",), orientation="x",
                     assessed_on=TODAY + timedelta(days=2), review_on=TODAY + timedelta(days=1)),
     {"equipment": "equipment_invalid", "autonomy": "autonomy_invalid", "barriers": "barrier_invalid",
      "orientation": "orientation_invalid", "assessed_on": "assessed_in_future",
      "review_on": "review_before_assessment"}),
])
def test_each_rule_has_its_code(data, errors, monkeypatch):
    """No database needed: validation happens before any session opens (the db is never touched)."""
    monkeypatch.setattr(inclusion, "utcnow", lambda: NOW)
    with pytest.raises(AssessmentInvalid) as info:
        inclusion.record_assessment(None, Actor(uuid.uuid4(), uuid.uuid4(), Role.SUPERVISOR), uuid.uuid4(), data)  # type: ignore[arg-type]
    assert info.value.code == "assessment.invalid"
    assert isinstance(info.value, ValidationError)
    assert info.value.params["errors"] == errors


def test_invalid_comes_before_consent_and_writes_nothing(db, actor, resident):
    with pytest.raises(AssessmentInvalid) as info:
        inclusion.record_assessment(db, actor, resident, AssessmentInput(barriers=("visuel", "timidite")))
    assert info.value.params["errors"] == {"barriers": "barrier_invalid"}
    assert count(db, Assessment) == 0


def test_every_vocabulary_code_is_accepted(db, actor, resident):
    inclusion.record_consent(db, actor, resident)
    for autonomy in vocab.AUTONOMY:
        for orientation in vocab.REFERRALS:
            inclusion.record_assessment(db, actor, resident, AssessmentInput(
                equipment=vocab.EQUIPMENT[1:], autonomy=autonomy, barriers=vocab.BARRIERS, orientation=orientation,
                review_on=TODAY))
    inclusion.record_assessment(db, actor, resident, AssessmentInput(equipment=("aucun",)))
    history = inclusion.assessments_of(db, actor, resident)
    assert len(history) == len(vocab.AUTONOMY) * len(vocab.REFERRALS) + 1
    assert history[0].equipment == ("aucun",)
    assert history[1].barriers == vocab.BARRIERS
    assert history[1].equipment == vocab.EQUIPMENT[1:]


def test_unknown_resident_and_system_actor(db, desk, actor, resident):
    for call in (lambda: inclusion.record_consent(db, actor, uuid.uuid4()),
                 lambda: inclusion.withdraw_consent(db, actor, uuid.uuid4()),
                 lambda: inclusion.record_assessment(db, actor, uuid.uuid4(), AssessmentInput()),
                 lambda: inclusion.assessments_of(db, actor, uuid.uuid4()),
                 lambda: inclusion.consent_status(db, actor, uuid.uuid4())):
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.code == "resident.unknown"
    with pytest.raises(PermissionDenied):
        inclusion.record_consent(db, Actor(desk.id), resident)
    with pytest.raises(PermissionDenied):
        inclusion.record_assessment(db, Actor(desk.id), resident, AssessmentInput())
    assert (count(db, Consent), count(db, Assessment)) == (0, 0)


def test_a_merged_residents_profile_goes_to_the_survivor(db, desk, actor):
    keep = add_resident(db, desk.id, "Roux", "Émile")
    gone = add_resident(db, desk.id, "Roux", "Emile", merged_into_id=keep)
    consent = inclusion.record_consent(db, actor, gone)
    view = inclusion.record_assessment(db, actor, gone, AssessmentInput(barriers=("moteur",)))
    assert consent.resident_id == view.resident_id == keep
    assert inclusion.assessments_of(db, actor, keep) == [view]


def test_consent_required_is_a_frontdesk_error_not_a_validation_error():
    assert issubclass(ConsentRequired, FrontdeskError)
    assert not issubclass(ConsentRequired, ValidationError)  # the UI offers to record consent, not to fix a field


# --- journal ---------------------------------------------------------------------------------------------

def test_journal_keeps_no_content_and_the_chain_holds(db, actor, resident):
    consent = inclusion.record_consent(db, actor, resident)
    first = inclusion.record_assessment(db, actor, resident, AssessmentInput(
        autonomy="avec_guidage", barriers=("cognitif", "langue_francaise", "isolement"), orientation="aide_sociale"))
    second = inclusion.record_assessment(db, actor, resident, AssessmentInput(barriers=("auditif",)))
    inclusion.withdraw_consent(db, actor, resident)

    rows = journal_rows(db, "consent.given", "assessment.recorded", "consent.withdrawn")
    assert [(e.action, e.entity_type, e.entity_id) for e in rows] == [
        ("consent.given", "consent", str(consent.id)),
        ("assessment.recorded", "assessment", str(first.id)),
        ("assessment.recorded", "assessment", str(second.id)),
        ("consent.withdrawn", "consent", str(consent.id)),
    ]
    assert [e.details for e in rows] == [
        {"purpose": vocab.CONSENT_SENSITIVE_NEEDS, "resident_id": str(resident)},
        {"resident_id": str(resident)},
        {"resident_id": str(resident)},
        {"purpose": vocab.CONSENT_SENSITIVE_NEEDS, "resident_id": str(resident), "assessments_erased": 2},
    ]
    text = json.dumps([e.details for e in rows], ensure_ascii=False).casefold()
    for word in ("lefèvre", "lefevre", "éloïse", "eloise", *vocab.BARRIERS, "avec_guidage", "aide_sociale"):
        assert word not in text
    with db.read() as session:
        assert journal.verify(session).ok
