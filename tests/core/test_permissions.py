"""Every rule of the permission table, for every role, called straight on the services (no UI in the
way): what a role may not do raises ``PermissionDenied`` and leaves the data as it was."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import event, func, select

from frontdesk import documents
from frontdesk.catalogue import Procedure, Source
from frontdesk.connectors.demarche_numerique.demo_demarches import social_help
from frontdesk.domain.residents import ResidentInput
from frontdesk.domain.roles import PERMISSIONS, Actor, Permission, Role
from frontdesk.errors import PermissionDenied
from frontdesk.forms import Field, FieldType, FormSchema
from frontdesk.outbox import review
from frontdesk.outbox.queue import enqueue
from frontdesk.outbox.states import State
from frontdesk.privacy import records, retention, rights
from frontdesk.privacy.rotation import rotate_key
from frontdesk.services import accounts, audit, demarches, dn_token, dossiers, inclusion, visits
from frontdesk.services import residents as people
from frontdesk.services.desk import ensure_desk
from frontdesk.services.inclusion import AssessmentInput
from frontdesk.settings import load_settings
from frontdesk.store.models import DemarcheDescriptorRevision, Dossier, JournalEntry, OutboxItem
from tests import document_samples as samples

PASSWORD = "correct horse battery staple"
PERSON = ResidentInput(family_name="Martin", given_names="Jeanne")
PROCEDURE = Procedure(
    id="salle", source=Source.LOCAL, title="Réservation d'une salle", category="loisirs", description="",
    keywords=(), service=None, decision=None,
    form=FormSchema(fields=(Field(id="motif", type=FieldType.TEXT, label="Motif"),)), documents=())


@pytest.fixture(scope="module")
def expected_table():
    """The table as the docs state it (docs/permissions.md): written out again so a change is deliberate."""
    everyone = {Permission.RESIDENT_READ, Permission.RESIDENT_WRITE, Permission.VISIT_WRITE,
                Permission.PROFILE_WRITE, Permission.CONSENT_WITHDRAW, Permission.OBJECTION_RECORD,
                Permission.DOCUMENT_ISSUE, Permission.DOSSIER_READ, Permission.DOSSIER_WRITE,
                Permission.OUTBOX_SEND}
    return {Role.AGENT: everyone, Role.MEDIATOR: everyone | {Permission.SENSITIVE_READ, Permission.SENSITIVE_WRITE},
            Role.SUPERVISOR: set(Permission)}


def test_the_table_is_the_documented_one(expected_table):
    assert {role: set(perms) for role, perms in PERMISSIONS.items()} == expected_table


@pytest.fixture
def office(db):
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    boss = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", PASSWORD).actor(desk.id)
    actors = {Role.SUPERVISOR: boss}
    for login, role in (("ndiallo", Role.AGENT), ("lmoreau", Role.MEDIATOR)):
        actors[role] = accounts.create_agent(db, boss, login, login.title(), role, PASSWORD).actor(desk.id)
    resident = people.create_resident(db, boss, PERSON).id
    inclusion.record_consent(db, boss, resident)
    inclusion.record_assessment(db, boss, resident, AssessmentInput(barriers=("auditif",)))
    return {"actors": actors, "resident": resident, "desk": desk}


def _calls(db, office):
    """One call per permission, each exercising it through a real service function."""
    r = office["resident"]
    other = people.create_resident(db, office["actors"][Role.SUPERVISOR], PERSON, allow_duplicate=True).id
    return {
        Permission.RESIDENT_READ: lambda a: people.get_resident(db, a, r),
        Permission.RESIDENT_WRITE: lambda a: people.update_resident(
            db, a, r, ResidentInput(family_name="Martin", given_names="Jeanne Marie")),
        Permission.RESIDENT_MERGE: lambda a: people.merge_residents(db, a, r, other),
        Permission.VISIT_WRITE: lambda a: visits.record_visit(db, a, r, themes=["papiers"], outcome="finalisee"),
        Permission.PROFILE_WRITE: lambda a: inclusion.record_assessment(db, a, r, AssessmentInput(autonomy="autonome")),
        Permission.SENSITIVE_READ: lambda a: _read_sensitive(db, a, r),
        Permission.SENSITIVE_WRITE: lambda a: inclusion.record_assessment(
            db, a, r, AssessmentInput(barriers=("moteur",))),
        Permission.CONSENT_WITHDRAW: lambda a: inclusion.withdraw_consent(db, a, r),
        Permission.OBJECTION_RECORD: lambda a: rights.record_objection(db, a, r),
        Permission.DOCUMENT_ISSUE: lambda a: documents.issue(db, a, samples.deposit_certificate()),
        Permission.RIGHTS_EXPORT: lambda a: rights.resident_data(db, a, r),
        Permission.RIGHTS_ERASE: lambda a: rights.anonymise(db, a, r),
        Permission.ACCOUNTS_MANAGE: lambda a: accounts.list_agents(db, a),
        Permission.JOURNAL_READ: lambda a: audit.access_entries(db, a),
        Permission.RETENTION_PURGE: lambda a: retention.plan(db, a, load_settings()),
        Permission.RECORDS_PRINT: lambda a: records.record_pdf(a, load_settings()),
        Permission.KEY_ROTATE: lambda a: rotate_key(db, a),
        Permission.DOSSIER_READ: lambda a: dossiers.list_dossiers(db, a),
        Permission.DOSSIER_WRITE: lambda a: dossiers.start_draft(db, a, PROCEDURE, r),
        Permission.CATALOGUE_IMPORT: lambda a: demarches.store_descriptor(db, a, social_help(), source="import"),
        Permission.OUTBOX_SEND: lambda a: review.send_now(db, a),
        Permission.OUTBOX_REVIEW: lambda a: review.abandon(db, a, _outbox_item(db, office), "doublon"),
        Permission.PLATFORM_CREDENTIALS: lambda a: dn_token.save_token(db, a, "MTIzO3NlY3JldA=="),
    }


def _outbox_item(db, office) -> int:
    """A waiting item of the desk, as a submission would leave it."""
    boss = office["actors"][Role.SUPERVISOR]
    with db.unit_of_work(boss) as uow:
        return enqueue(uow.session, desk_id=office["desk"].id, kind="dn.prefill", entity_type="dossier",
                       entity_id=uuid.uuid4(), payload={"demarche": 1, "fields": {}}).id


def _read_sensitive(db, actor, resident) -> None:
    """Reading is never refused outright: the sensitive part is left out for those without the right."""
    views = inclusion.assessments_of(db, actor, resident)
    if not any("auditif" in view.barriers for view in views):
        assert all(view.sensitive_hidden for view in views)
        raise PermissionDenied("auth.forbidden", permission="sensitive.read")


def _journal_length(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(JournalEntry))


# Order matters only for what is allowed: the calls that change the most (withdrawal, merge, erasure) last.
ORDER = (Permission.RESIDENT_READ, Permission.RESIDENT_WRITE, Permission.VISIT_WRITE, Permission.PROFILE_WRITE,
         Permission.SENSITIVE_READ, Permission.SENSITIVE_WRITE, Permission.OBJECTION_RECORD,
         Permission.DOCUMENT_ISSUE, Permission.RIGHTS_EXPORT, Permission.ACCOUNTS_MANAGE, Permission.JOURNAL_READ,
         Permission.RETENTION_PURGE, Permission.RECORDS_PRINT, Permission.KEY_ROTATE, Permission.DOSSIER_READ,
         Permission.DOSSIER_WRITE, Permission.CATALOGUE_IMPORT, Permission.OUTBOX_SEND, Permission.OUTBOX_REVIEW,
         Permission.PLATFORM_CREDENTIALS, Permission.CONSENT_WITHDRAW,
         Permission.RESIDENT_MERGE, Permission.RIGHTS_ERASE)


def test_order_covers_every_permission():
    assert sorted(ORDER) == sorted(Permission)


@pytest.mark.parametrize("role", list(Role))
def test_each_permission_for_each_role_through_the_service(db, office, role, expected_table):
    """One check per (role, permission): allowed calls succeed, refused ones raise before writing."""
    calls = _calls(db, office)
    actor = office["actors"][role]
    wrong: list[str] = []
    for permission in ORDER:
        before = _journal_length(db)
        try:
            calls[permission](actor)
            refused = False
        except PermissionDenied as exc:
            refused = True
            if exc.params["permission"] != permission.value:
                wrong.append(f"{permission}: refused for {exc.params['permission']}")
        if refused == (permission in expected_table[role]):
            wrong.append(f"{permission}: {'refused' if refused else 'allowed'} for {role}")
        if refused and permission is not Permission.SENSITIVE_READ and _journal_length(db) != before:
            wrong.append(f"{permission}: a refused call wrote to the journal")
    assert wrong == []


def test_an_actor_without_a_role_may_nothing(db, office):
    system = Actor(office["desk"].id, uuid.uuid4())
    calls = _calls(db, office)
    for permission in Permission:
        if permission is Permission.SENSITIVE_READ:
            continue
        with pytest.raises(PermissionDenied):
            calls[permission](system)


def test_the_resident_search_is_for_every_role_and_refused_unread_to_an_actor_without_one(db, office):
    """Search and the duplicate check read every resident: each role may, the system may not, and a refusal
    comes before the first statement reaches the database."""
    for role in Role:
        actor = office["actors"][role]
        assert [hit.id for hit in people.search_residents(db, actor, "martin jea")] == [office["resident"]]
        assert [hit.id for hit in people.find_duplicates(db, actor, PERSON)] == [office["resident"]]
    system = Actor(office["desk"].id, uuid.uuid4())
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        for call in (lambda: people.search_residents(db, system, "martin jea"),
                     lambda: people.find_duplicates(db, system, PERSON),
                     lambda: people.find_duplicates(db, system, PERSON, exclude_id=office["resident"])):
            with pytest.raises(PermissionDenied, match=r"resident\.read"):
                call()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert statements == []


def test_agents_see_the_profile_without_its_sensitive_needs_and_leave_no_access_trace(db, office):
    agent, mediator = office["actors"][Role.AGENT], office["actors"][Role.MEDIATOR]
    before = _journal_length(db)
    [view] = inclusion.assessments_of(db, agent, office["resident"])
    assert view.barriers == () and view.sensitive_hidden
    assert _journal_length(db) == before
    [view] = inclusion.assessments_of(db, mediator, office["resident"])
    assert view.barriers == ("auditif",) and not view.sensitive_hidden
    [line] = audit.access_entries(db, office["actors"][Role.SUPERVISOR], agent_id=mediator.agent_id)
    assert line.action == "profile.viewed" and line.resident_id == str(office["resident"])


def _count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_dossier_is_started_and_read_by_everyone_at_the_desk_and_by_nobody_else(db, office):
    for role in Role:
        actor = office["actors"][role]
        draft = dossiers.start_draft(db, actor, PROCEDURE, office["resident"])
        dossiers.save_draft(db, actor, draft.id, {"motif": "Fête"})
        assert dossiers.get_dossier(db, actor, draft.id).values == {"motif": "Fête"}
    system = Actor(office["desk"].id, uuid.uuid4())
    before, journal = _count(db, Dossier), _journal_length(db)
    for call in (lambda: dossiers.start_draft(db, system, PROCEDURE, office["resident"]),
                 lambda: dossiers.save_draft(db, system, draft.id, {"motif": "autre"}),
                 lambda: dossiers.discard_draft(db, system, draft.id),
                 lambda: dossiers.get_dossier(db, system, draft.id),
                 lambda: dossiers.list_dossiers(db, system)):
        with pytest.raises(PermissionDenied, match=r"dossier\.(read|write)"):
            call()
    assert (_count(db, Dossier), _journal_length(db)) == (before, journal)
    assert dossiers.get_dossier(db, office["actors"][Role.AGENT], draft.id).values == {"motif": "Fête"}


def test_only_a_supervisor_imports_a_demarche_numerique_form(db, office):
    for role in (Role.AGENT, Role.MEDIATOR):
        with pytest.raises(PermissionDenied, match=r"catalogue\.import"):
            demarches.store_descriptor(db, office["actors"][role], social_help(), source="import")
    assert _count(db, DemarcheDescriptorRevision) == 0
    form = demarches.store_descriptor(db, office["actors"][Role.SUPERVISOR], social_help(), source="import")
    assert form.source == "import" and _count(db, DemarcheDescriptorRevision) == 1


def test_only_a_supervisor_resolves_an_outbox_item_and_everyone_sends_now(db, office):
    item_id = _outbox_item(db, office)
    for role in (Role.AGENT, Role.MEDIATOR):
        actor = office["actors"][role]
        for call, args in ((review.abandon, ("doublon",)), (review.resend, ()), (review.mark_sent, ("123",))):
            with pytest.raises(PermissionDenied, match=r"outbox\.review"):
                call(db, actor, item_id, *args)
        assert review.send_now(db, actor) == 1
    with db.read() as session:
        assert session.get(OutboxItem, item_id).state == State.PENDING
    assert review.abandon(db, office["actors"][Role.SUPERVISOR], item_id, "doublon").state == State.ABANDONED
