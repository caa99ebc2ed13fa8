"""Residents on both engines: creating and correcting a record, duplicates, merging and undoing a merge,
permissions, and a journal that never holds personal data."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from frontdesk import journal
from frontdesk.clock import utcnow
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import PermissionDenied, ValidationError
from frontdesk.services import accounts
from frontdesk.services import residents as svc
from frontdesk.services.desk import ensure_desk
from frontdesk.store.models import Assessment, Consent, JournalEntry, Resident, Visit

ELOISE = svc.ResidentInput(
    family_name="Lefèvre-Dupont", given_names="Éloïse", birth_date=date(1950, 3, 12),
    address_line="12 rue de la Mairie", postal_code="95000", commune="Admiville", phone="06 12 34 56 78",
    no_email=True, contact_channel="telephone", large_print=True,
)
PERSONAL = ("Lefèvre", "LEFÈVRE", "lefevre", "Éloïse", "eloise", "0612345678", "+33612345678", "95000", "Mairie",
            "1950")


@pytest.fixture
def people(db):
    """The desk, a supervisor and an agent (real accounts: visits and consents point at them)."""
    desk = ensure_desk(db, "Accueil", "ADM-A1", "Admiville")
    boss = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", "responsable des guichets")
    system = Actor(desk.id, role=Role.SUPERVISOR)
    agent = accounts.create_agent(db, system, "ndiallo", "Nadia Diallo", Role.AGENT, "accueil du matin")
    return {"desk": desk, "supervisor": boss.actor(desk.id), "agent": agent.actor(desk.id)}


def journal_entries(db, action: str | None = None) -> list[JournalEntry]:
    with db.read() as session:
        stmt = select(JournalEntry).order_by(JournalEntry.seq)
        if action:
            stmt = stmt.where(JournalEntry.action == action)
        entries = list(session.scalars(stmt))
        session.expunge_all()
        return entries


def assert_no_personal_data(entries: list[JournalEntry]) -> None:
    for entry in entries:
        text = json.dumps(entry.details, ensure_ascii=False) + entry.entity_id
        for item in PERSONAL:
            assert item not in text, (entry.action, item)


# --- create, read, update -------------------------------------------------------------------------------

def test_create_stores_the_normal_forms_and_journals_without_personal_data(db, people):
    view = svc.create_resident(db, people["agent"], ELOISE)
    assert view.display_name == "LEFÈVRE-DUPONT Éloïse"
    assert (view.phone, view.phone_display, view.birth_year, view.birth) == (
        "+33612345678", "06 12 34 56 78", 1950, "12/03/1950")
    assert (view.no_email, view.contact_channel, view.large_print, view.language) == (True, "telephone", True, "fr")
    assert view.merged_into_id is None and view.created_at.tzinfo is not None
    assert svc.get_resident(db, people["agent"], view.id) == view
    with db.read() as session:
        assert session.get(Resident, view.id).search_key == (
            "lefevre dupont eloise 12 03 1950 0612345678 95000")
    [entry] = journal_entries(db, "resident.created")
    assert (entry.entity_type, entry.entity_id, entry.agent_id) == ("resident", str(view.id),
                                                                     people["agent"].agent_id)
    assert entry.details == {"duplicates_overridden": 0}
    assert_no_personal_data(journal_entries(db))


def test_invalid_input_is_refused_with_every_error_and_nothing_written(db, people):
    before = len(journal_entries(db))
    with pytest.raises(svc.ResidentInvalid) as info:
        svc.create_resident(db, people["agent"], replace(ELOISE, family_name=" ", phone="06", email="x@",
                                                         no_email=False, contact_channel="sms"))
    assert info.value.code == "resident.invalid"
    assert info.value.params["errors"] == {"family_name": "required", "phone": "phone_invalid",
                                           "email": "email_invalid"}
    assert isinstance(info.value, ValidationError)
    with db.read() as session:
        assert session.scalars(select(Resident.id)).all() == []
    assert len(journal_entries(db)) == before


def test_update_changes_the_record_and_its_search_key(db, people):
    view = svc.create_resident(db, people["agent"], ELOISE)
    changed = replace(ELOISE, family_name="Dupont", phone="", no_phone=True, contact_channel="guichet",
                      email="eloise@example.com", no_email=False)
    after = svc.update_resident(db, people["agent"], view.id, changed)
    assert (after.display_name, after.phone, after.no_phone, after.email) == (
        "DUPONT Éloïse", "", True, "eloise@example.com")
    assert after.created_at == view.created_at and after.updated_at >= view.updated_at
    assert [h.id for h in svc.search_residents(db, people["agent"], "dupont eloise")] == [view.id]
    assert svc.search_residents(db, people["agent"], "0612") == []
    assert svc.search_residents(db, people["agent"], "lefevre") == []
    [entry] = journal_entries(db, "resident.updated")
    assert set(entry.details["fields"].split(",")) == {"family_name", "phone", "no_phone", "email", "no_email",
                                                       "contact_channel"}
    assert_no_personal_data(journal_entries(db))
    # The same data again: nothing to journal.
    svc.update_resident(db, people["agent"], view.id, changed)
    assert len(journal_entries(db, "resident.updated")) == 1


def test_update_refuses_invalid_data_unknown_and_merged_residents(db, people):
    view = svc.create_resident(db, people["agent"], ELOISE)
    with pytest.raises(svc.ResidentInvalid) as info:
        svc.update_resident(db, people["agent"], view.id, replace(ELOISE, birth_year=1949))
    assert info.value.params["errors"] == {"birth_year": "birth_year_mismatch"}
    with pytest.raises(ValidationError) as info:
        svc.update_resident(db, people["agent"], uuid.uuid4(), ELOISE)
    assert info.value.code == "resident.unknown"
    other = svc.create_resident(db, people["agent"], replace(ELOISE, given_names="Eloise"), allow_duplicate=True)
    svc.merge_residents(db, people["supervisor"], view.id, other.id)
    with pytest.raises(ValidationError) as info:
        svc.update_resident(db, people["agent"], other.id, ELOISE)
    assert info.value.code == "resident.merged"


def test_get_unknown_resident(db, people):
    with pytest.raises(ValidationError) as info:
        svc.get_resident(db, people["agent"], uuid.uuid4())
    assert info.value.code == "resident.unknown"


# --- duplicates ------------------------------------------------------------------------------------------

def test_same_folded_names_and_birth_date_is_a_likely_duplicate(db, people):
    first = svc.create_resident(db, people["agent"], ELOISE)
    typed_again = svc.ResidentInput(family_name="LEFEVRE DUPONT", given_names="eloise",
                                    birth_date=date(1950, 3, 12))
    with pytest.raises(svc.DuplicateSuspected) as info:
        svc.create_resident(db, people["agent"], typed_again)
    assert info.value.code == "resident.duplicate"
    [hit] = info.value.params["candidates"]
    assert (hit.id, hit.display_name, hit.birth, hit.phone_display) == (
        first.id, "LEFÈVRE-DUPONT Éloïse", "12/03/1950", "06 12 34 56 78")
    # Confirmed by the agent: created, and the journal says a warning was overridden.
    second = svc.create_resident(db, people["agent"], typed_again, allow_duplicate=True)
    assert second.id != first.id
    assert journal_entries(db, "resident.created")[-1].details == {"duplicates_overridden": 1}
    assert [h.id for h in svc.find_duplicates(db, people["agent"], typed_again, exclude_id=second.id)] == [first.id]


@pytest.mark.parametrize(("candidate", "duplicate"), [
    (svc.ResidentInput("Lefèvre-Dupont", "Éloïse", birth_date=date(1950, 3, 13)), False),  # another day
    (svc.ResidentInput("Lefèvre-Dupont", "Éloïse Marie", birth_date=date(1950, 3, 12)), False),
    (svc.ResidentInput("Lefèvre", "Éloïse", birth_date=date(1950, 3, 12)), False),
    (svc.ResidentInput("Lefèvre-Dupont", "Éloïse", birth_year=1950), True),  # only the year known here
    (svc.ResidentInput("Lefèvre-Dupont", "Éloïse", birth_year=1951), False),
    (svc.ResidentInput("Lefèvre-Dupont", "Éloïse"), False),  # birth unknown here, known there
    (svc.ResidentInput("Autre", "Personne", phone="+33 6 12 34 56 78"), True),  # same phone
    (svc.ResidentInput("Autre", "Personne", phone="06 12 34 56 79"), False),
    (svc.ResidentInput("Autre", "Personne", phone="06 12 34 56"), False),  # a mistyped phone is not compared
])
def test_what_counts_as_a_duplicate(db, people, candidate, duplicate):
    first = svc.create_resident(db, people["agent"], ELOISE)
    assert [h.id for h in svc.find_duplicates(db, people["agent"], candidate)] == ([first.id] if duplicate else [])


def test_names_without_any_birth_data_on_either_side_are_a_duplicate(db, people):
    first = svc.create_resident(db, people["agent"], svc.ResidentInput("Martin", "Marie"))
    assert [h.id for h in svc.find_duplicates(db, people["agent"], svc.ResidentInput("MARTIN", "marie"))] == [first.id]
    assert svc.find_duplicates(db, people["agent"], svc.ResidentInput("Martin", "Marie", birth_year=1960)) == []
    assert svc.find_duplicates(db, people["agent"], svc.ResidentInput("Martinez", "Marie")) == []


def test_year_only_on_the_stored_side_matches_a_full_date(db, people):
    first = svc.create_resident(db, people["agent"], svc.ResidentInput("Martin", "Marie", birth_year=1960))
    hits = svc.find_duplicates(db, people["agent"], svc.ResidentInput("Martin", "Marie", birth_date=date(1960, 5, 1)))
    assert [h.id for h in hits] == [first.id]
    assert hits[0].birth == "1960"


def test_duplicates_found_by_name_and_by_phone_come_once_in_key_order(db, people):
    agent = people["agent"]
    a = svc.create_resident(db, agent, svc.ResidentInput("Martin", "Marie", birth_year=1960, phone="0612345678"))
    b = svc.create_resident(db, agent, svc.ResidentInput("Dupont", "Jean", phone="0612345678"), allow_duplicate=True)
    hits = svc.find_duplicates(db, agent, svc.ResidentInput("Martin", "Marie", birth_year=1960, phone="06 12 34 56 78"))
    assert [h.id for h in hits] == [b.id, a.id]  # DUPONT before MARTIN, Marie Martin listed once


def test_merged_residents_are_not_offered_as_duplicates(db, people):
    keep = svc.create_resident(db, people["agent"], ELOISE)
    gone = svc.create_resident(db, people["agent"], ELOISE, allow_duplicate=True)
    assert {h.id for h in svc.find_duplicates(db, people["agent"], ELOISE)} == {keep.id, gone.id}
    svc.merge_residents(db, people["supervisor"], keep.id, gone.id)
    assert [h.id for h in svc.find_duplicates(db, people["agent"], ELOISE)] == [keep.id]


# --- merge and unmerge -----------------------------------------------------------------------------------

def add_history(db, actor: Actor, resident_id: uuid.UUID, visits: int = 2) -> dict[str, set[uuid.UUID]]:
    """Visits, an assessment under a consent: the rows a merge must move."""
    now = utcnow()
    ids: dict[str, set[uuid.UUID]] = {"visits": set(), "assessments": set(), "consents": set()}
    with db.unit_of_work(actor) as uow:
        for _ in range(visits):
            visit = Visit(origin_desk_id=actor.desk_id, resident_id=resident_id, agent_id=actor.agent_id,
                          started_at=now, themes=["papiers"])
            uow.session.add(visit)
            uow.session.flush()
            ids["visits"].add(visit.id)
        consent = Consent(origin_desk_id=actor.desk_id, resident_id=resident_id, purpose="sensitive_needs",
                          given_at=now, given_by_agent_id=actor.agent_id)
        uow.session.add(consent)
        uow.session.flush()
        assessment = Assessment(origin_desk_id=actor.desk_id, resident_id=resident_id, agent_id=actor.agent_id,
                                assessed_on=now.date(), sensitive_barriers=["visuel"], consent_id=consent.id)
        uow.session.add(assessment)
        uow.session.flush()
        ids["consents"].add(consent.id)
        ids["assessments"].add(assessment.id)
    return ids


def owners(db) -> dict[uuid.UUID, uuid.UUID]:
    """Every visit, assessment and consent id -> its resident."""
    with db.read() as session:
        rows = [*session.execute(select(Visit.id, Visit.resident_id)),
                *session.execute(select(Assessment.id, Assessment.resident_id)),
                *session.execute(select(Consent.id, Consent.resident_id))]
        return dict(rows)


def test_merge_moves_the_history_and_unmerge_moves_exactly_it_back(db, people):
    sup, agent = people["supervisor"], people["agent"]
    keep = svc.create_resident(db, agent, ELOISE)
    dup = svc.create_resident(db, agent, replace(ELOISE, given_names="Eloise Marie"), allow_duplicate=True)
    keep_rows = add_history(db, agent, keep.id, visits=1)
    dup_rows = add_history(db, agent, dup.id, visits=3)
    before = owners(db)

    svc.merge_residents(db, sup, keep.id, dup.id)
    after = owners(db)
    assert set(after.values()) == {keep.id}
    assert svc.get_resident(db, agent, dup.id).id == keep.id  # a stale id opens the surviving file
    with db.read() as session:
        assert session.get(Resident, dup.id).merged_into_id == keep.id
    assert [h.id for h in svc.search_residents(db, people["agent"], "lefevre")] == [keep.id]
    [entry] = journal_entries(db, "resident.merged")
    assert (entry.entity_id, entry.agent_id) == (str(dup.id), sup.agent_id)
    assert entry.details["keep"] == str(keep.id) and entry.details["merged"] == str(dup.id)
    for name in ("visits", "assessments", "consents"):
        assert set(map(uuid.UUID, entry.details[name].split(","))) == dup_rows[name]
        assert not dup_rows[name] & keep_rows[name]
    # A row recorded on the kept resident after the merge stays there when the merge is undone.
    later = add_history(db, agent, keep.id, visits=1)

    svc.unmerge_residents(db, sup, entry.seq)
    restored = owners(db)
    assert {k: v for k, v in restored.items() if k in before} == before
    assert {restored[i] for ids in later.values() for i in ids} == {keep.id}
    with db.read() as session:
        assert session.get(Resident, dup.id).merged_into_id is None
        assert journal.verify(session).ok
    assert svc.get_resident(db, agent, dup.id).id == dup.id
    assert [h.id for h in svc.search_residents(db, people["agent"], "lefevre")] == [keep.id, dup.id]
    [undo] = journal_entries(db, "resident.unmerged")
    assert undo.details == {"keep": str(keep.id), "merged": str(dup.id), "merge_seq": entry.seq,
                            "visits": 3, "assessments": 1, "consents": 1, "dossiers": 0}
    assert_no_personal_data(journal_entries(db))

    with pytest.raises(ValidationError) as info:  # already undone
        svc.unmerge_residents(db, sup, entry.seq)
    assert info.value.code == "resident.not_merged"
    # And it can be merged again.
    svc.merge_residents(db, sup, keep.id, dup.id)
    assert set(owners(db).values()) == {keep.id}


def test_merge_without_history_and_its_undo(db, people):
    sup = people["supervisor"]
    keep = svc.create_resident(db, sup, ELOISE)
    dup = svc.create_resident(db, sup, ELOISE, allow_duplicate=True)
    svc.merge_residents(db, sup, keep.id, dup.id)
    [entry] = journal_entries(db, "resident.merged")
    assert (entry.details["visits"], entry.details["assessments"], entry.details["consents"]) == ("", "", "")
    svc.unmerge_residents(db, sup, entry.seq)
    assert len(svc.search_residents(db, people["agent"], "eloise")) == 2


def test_merge_and_unmerge_are_for_supervisors_only(db, people):
    agent, sup = people["agent"], people["supervisor"]
    keep = svc.create_resident(db, agent, ELOISE)
    dup = svc.create_resident(db, agent, ELOISE, allow_duplicate=True)
    mediator = Actor(people["desk"].id, agent.agent_id, Role.MEDIATOR)
    for actor in (agent, mediator):
        with pytest.raises(PermissionDenied):
            svc.merge_residents(db, actor, keep.id, dup.id)
    with db.read() as session:
        assert session.get(Resident, dup.id).merged_into_id is None
    assert journal_entries(db, "resident.merged") == []
    svc.merge_residents(db, sup, keep.id, dup.id)
    [entry] = journal_entries(db, "resident.merged")
    with pytest.raises(PermissionDenied):
        svc.unmerge_residents(db, agent, entry.seq)
    with db.read() as session:
        assert session.get(Resident, dup.id).merged_into_id == keep.id


def test_merge_refusals(db, people):
    sup = people["supervisor"]
    a = svc.create_resident(db, sup, ELOISE)
    b = svc.create_resident(db, sup, ELOISE, allow_duplicate=True)
    c = svc.create_resident(db, sup, ELOISE, allow_duplicate=True)
    for keep, merge, code in ((a.id, a.id, "resident.merge_same"), (a.id, uuid.uuid4(), "resident.unknown")):
        with pytest.raises(ValidationError) as info:
            svc.merge_residents(db, sup, keep, merge)
        assert info.value.code == code
    svc.merge_residents(db, sup, a.id, b.id)
    for keep, merge in ((c.id, b.id), (b.id, c.id)):  # b is merged already: neither side of a new merge
        with pytest.raises(ValidationError) as info:
            svc.merge_residents(db, sup, keep, merge)
        assert info.value.code == "resident.already_merged"
    created = journal_entries(db, "resident.created")[0]
    with pytest.raises(ValidationError) as info:
        svc.unmerge_residents(db, sup, created.seq)
    assert info.value.code == "resident.not_a_merge"
    with pytest.raises(ValidationError) as info:
        svc.unmerge_residents(db, sup, 10_000)
    assert info.value.code == "resident.not_a_merge"


def test_a_chain_of_merges_is_undone_last_first(db, people):
    sup, agent = people["supervisor"], people["agent"]
    a = svc.create_resident(db, agent, ELOISE)
    b = svc.create_resident(db, agent, ELOISE, allow_duplicate=True)
    c = svc.create_resident(db, agent, ELOISE, allow_duplicate=True)
    rows_b = add_history(db, agent, b.id)
    before = owners(db)
    svc.merge_residents(db, sup, b.id, c.id)  # c into b
    svc.merge_residents(db, sup, a.id, b.id)  # then b (with c's history) into a
    first, second = journal_entries(db, "resident.merged")
    assert svc.get_resident(db, agent, c.id).id == a.id  # followed through two merges
    with pytest.raises(ValidationError) as info:
        svc.unmerge_residents(db, sup, first.seq)
    assert info.value.code == "resident.unmerge_later_merge_first"
    svc.unmerge_residents(db, sup, second.seq)
    svc.unmerge_residents(db, sup, first.seq)
    assert owners(db) == before
    assert {owners(db)[i] for ids in rows_b.values() for i in ids} == {b.id}
    with db.read() as session:
        assert journal.verify(session).ok
