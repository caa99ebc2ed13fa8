"""The desk's identity, the demo commune's deterministic seed, and the home page's figures."""

from __future__ import annotations

import os
import time as _time
import uuid
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from frontdesk import demo
from frontdesk.catalogue import Catalogue, load_catalogue
from frontdesk.clock import utcnow
from frontdesk.domain import residents as resident_rules
from frontdesk.domain.roles import Actor, Role
from frontdesk.domain.text import fold
from frontdesk.domain.vocab import CONTACT_CHANNELS
from frontdesk.errors import ValidationError
from frontdesk.forms import validate
from frontdesk.resources import RESOURCES
from frontdesk.services import accounts, activity, dossiers, visits
from frontdesk.services.desk import DeskInfo, current_desk, ensure_desk
from frontdesk.store.database import Database
from frontdesk.store.models import Agent, AppMeta, Desk, Document, Dossier, JournalEntry, Resident, Visit


@pytest.fixture
def sqlite_db(tmp_path):
    """A second, independent SQLite database (the ``db`` fixture may be PostgreSQL)."""
    database, _ = Database.open("sqlite:///" + (tmp_path / "other" / "frontdesk.sqlite3").as_posix())
    try:
        yield database
    finally:
        database.close()


def residents(db) -> list[tuple]:
    with db.read() as session:
        return session.execute(select(Resident.id, Resident.family_name, Resident.given_names, Resident.birth_date)
                               .order_by(Resident.id)).all()


def count(db, model, *where) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


# --- desk ----------------------------------------------------------------------------------------------

def test_ensure_desk_creates_once(db):
    assert current_desk(db) is None
    first = ensure_desk(db, "  État civil ", "ec1", " Admiville ")
    assert (first.name, first.prefix, first.commune_name) == ("État civil", "EC1", "Admiville")
    again = ensure_desk(db, "Autre nom", "ZZ9", "Ailleurs")
    assert again == first
    assert current_desk(db) == first
    assert count(db, Desk) == 1
    with db.read() as session:
        assert session.get(AppMeta, "desk_id").value == str(first.id)
        entries = session.execute(select(JournalEntry.action, JournalEntry.desk_id, JournalEntry.details)).all()
    assert entries == [("desk.created", first.id, {"prefix": "EC1"})]


@pytest.mark.parametrize("prefix", ["", "A_1", "TOOLONG", "A 1", "É1", "ADM-", "ADM-TOOLONG", "A-B-C"])
def test_invalid_prefix_is_refused(db, prefix):
    with pytest.raises(ValidationError) as info:
        ensure_desk(db, "Accueil", prefix)
    assert info.value.code == "desk.prefix_invalid"
    assert current_desk(db) is None
    assert count(db, JournalEntry) == 0


def test_reference_format():
    desk = DeskInfo(uuid.uuid4(), "Services à la population", "ADM-A1", "Admiville")
    assert desk.reference(2026, 42) == "ADM-A1-2026-000042"
    assert desk.reference(2027, 1_234_567) == "ADM-A1-2027-1234567"
    other = DeskInfo(uuid.uuid4(), "Accueil", "ADM-A2", "Admiville")
    assert other.reference(2026, 42) != desk.reference(2026, 42)


# --- demo ----------------------------------------------------------------------------------------------

def test_demo_seed_is_deterministic(db, sqlite_db):
    demo.seed(db, 200)
    demo.seed(sqlite_db, 200)
    first, second = residents(db), residents(sqlite_db)
    assert len(first) == 200
    assert first == second
    assert len({r.id for r in first}) == 200
    assert len({r.family_name for r in first}) > 50  # varied people, not one row repeated
    assert {r.id for r in first} == {uuid.uuid5(demo.NAMESPACE, f"resident-{i}") for i in range(200)}


def test_demo_seed_is_idempotent_and_extends_with_the_same_people(db, sqlite_db):
    desk = demo.seed(db, 60)
    assert desk.prefix == "ADM-A1" and desk.commune_name == "Admiville"
    assert count(db, Agent) == len(demo.DEMO_AGENTS)
    entries_after_first = count(db, JournalEntry)

    assert demo.seed(db, 60) == desk
    assert count(db, Resident) == 60
    assert count(db, Agent) == len(demo.DEMO_AGENTS)
    assert count(db, JournalEntry) == entries_after_first  # nothing added, nothing journalled

    demo.seed(db, 150)
    assert count(db, Resident) == 150
    demo.seed(sqlite_db, 150)
    assert residents(db) == residents(sqlite_db)  # the tail is exactly what a fresh 150-seed gives
    with db.read() as session:
        seeded = session.execute(select(JournalEntry.details).where(JournalEntry.action == "demo.seeded")
                                 .order_by(JournalEntry.seq)).scalars().all()
    assert seeded == [{"residents": 60}, {"residents": 90}]
    assert demo.seed(db, 10) == desk
    assert count(db, Resident) == 150


def test_demo_agents_can_sign_in_with_their_roles(sqlite_db):
    desk = demo.seed(sqlite_db, 0)
    for demo_agent in demo.DEMO_AGENTS:
        info = accounts.authenticate(sqlite_db, desk.id, demo_agent.login, demo_agent.password)
        assert (info.display_name, info.role) == (demo_agent.display_name, demo_agent.role)
    assert demo.DEMO_AGENTS[0].role is Role.SUPERVISOR


def test_demo_names_are_real_french_names(sqlite_db):
    demo.seed(sqlite_db, 300)
    with sqlite_db.read() as session:
        rows = session.execute(select(Resident.family_name, Resident.birth_name, Resident.given_names,
                                      Resident.search_key, Resident.birth_date, Resident.birth_year,
                                      Resident.phone, Resident.postal_code)).all()
    text = " ".join(f"{r.family_name} {r.birth_name} {r.given_names}" for r in rows)
    assert any(not c.isascii() for c in text), "no accented letter"
    assert any(c in "éèêëàâîïôöüç" for c in text)
    assert "-" in text
    assert "'" in text
    for r in rows:
        assert r.search_key == resident_rules.search_key(r.family_name, r.birth_name, r.given_names, r.birth_date,
                                                         r.birth_year, r.phone, r.postal_code)
        assert r.search_key.startswith(fold(f"{r.family_name} {r.birth_name} {r.given_names}"))
        assert r.search_key.isascii()
        assert r.birth_date is None or r.birth_date.year == r.birth_year
    assert sum(r.birth_date is None for r in rows) > 0  # some residents only know their birth year


def test_demo_residents_have_valid_varied_contact_details(sqlite_db):
    demo.seed(sqlite_db, 1000)
    with sqlite_db.read() as session:
        people = session.scalars(select(Resident).order_by(Resident.created_at, Resident.id)).all()
        first = session.get(Resident, uuid.uuid5(demo.NAMESPACE, "resident-0"))
        assert (first.family_name, first.given_names, first.birth_date.isoformat()) == (
            "Lefèvre-Dupont", "Éloïse", "1950-03-12")
        for person in people:  # every demo record passes the rules an agent's input must pass
            record, errors = resident_rules.clean(person, utcnow().date())
            assert errors == {}, (person.family_name, errors)
            assert (record.phone, record.email, record.postal_code) == (person.phone, person.email,
                                                                        person.postal_code)

        def share(predicate) -> float:
            return sum(1 for p in people if predicate(p)) / len(people)

        assert 0.05 < share(lambda p: p.no_phone) < 0.2
        assert 0.05 < share(lambda p: not p.phone and not p.no_phone) < 0.2
        assert 0.2 < share(lambda p: p.email != "") < 0.5
        assert 0.2 < share(lambda p: p.no_email) < 0.4
        assert 0.8 < share(lambda p: p.address_line != "") < 1
        assert 0.01 < share(lambda p: p.large_print) < 0.2
        assert 0 < share(lambda p: p.language != "fr") < 0.1
        assert {p.contact_channel for p in people} == set(CONTACT_CHANNELS)
        assert all(resident_rules.is_mobile(p.phone) for p in people if p.contact_channel == "sms")


# --- sample dossiers -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([RESOURCES / "catalogue"])


def seeded_dossiers(db, desk) -> dict[str, dossiers.DossierView]:
    """The sample dossiers by procedure id, as an agent opens them."""
    supervisor = Actor(desk.id, role=Role.SUPERVISOR)
    rows = dossiers.list_dossiers(db, supervisor)
    return {view.procedure_id: view for view in (dossiers.get_dossier(db, supervisor, row.id) for row in rows)}


def test_demo_sample_dossiers_show_every_stage_of_a_request(db, catalogue):
    desk = demo.seed(db, 20)
    assert demo.seed_dossiers(db, desk, catalogue) == len(demo.SAMPLE_DOSSIERS) == 6
    by_procedure = seeded_dossiers(db, desk)
    assert {p: d.status for p, d in by_procedure.items()} == {
        "etat-civil-acte": dossiers.DRAFT,
        "attestation-accueil": dossiers.REGISTERED,
        "periscolaire-cantine": dossiers.AWAITING_PIECES,
        "listes-electorales": dossiers.DECISION_ACCEPTED,
        "ants-carte-identite": dossiers.DONE_ON_SITE,
        "reservation-salle": dossiers.WITHDRAWN,
    }
    today = utcnow().astimezone().date()

    draft = by_procedure["etat-civil-acte"]  # Éloïse's, to resume: consent given, form half filled
    assert draft.resident_id == uuid.uuid5(demo.NAMESPACE, "resident-0")
    assert draft.resident_name.startswith("LEFÈVRE-DUPONT")
    assert (draft.consent_by, draft.consent_how, draft.reference, draft.issued) == ("resident", "oral", None, ())
    problems = validate(catalogue.get("etat-civil-acte").form, draft.values)
    assert problems and {p.code for p in problems} == {"form.required"}  # only what is still to type
    assert draft.values["acte"] == "Naissance" and draft.values["nom"] == "Lefèvre-Dupont"

    registered = by_procedure["attestation-accueil"]  # complete: its implicit-decision date shows
    assert registered.complete_on == today and registered.silence_means == "rejection"
    assert registered.decision_on is not None and registered.decision_on > today
    assert registered.pieces and all(p.supplied for p in registered.pieces)

    waiting = by_procedure["periscolaire-cantine"]  # a paper still to bring, by a day to come
    assert [p.document_id for p in waiting.missing_pieces] == ["assurance"]
    assert waiting.missing_pieces[0].deadline > today
    assert waiting.decision_on is None

    decided = by_procedure["listes-electorales"]
    assert [e.status for e in decided.events] == [dossiers.DRAFT, dossiers.REGISTERED, dossiers.DECISION_ACCEPTED]
    assert decided.events[-1].note == f"on:{today.isoformat()}"

    on_site = by_procedure["ants-carte-identite"]
    assert on_site.remote_reference == "7KQ2M9XT4B" and on_site.remote_done_on == today
    assert on_site.remote_site == "https://ants.gouv.fr" and len(on_site.what_was_done) == 3

    agents = {a.display_name for a in demo.DEMO_AGENTS}
    for view in by_procedure.values():
        assert view.agent_name in agents
        if view.status != dossiers.DRAFT:  # every registered one got its number and its papers
            assert view.reference.startswith("ADM-A1-") and view.issued and view.visit_id is not None
    assert len({d.resident_id for d in by_procedure.values()}) == 6


def test_demo_sample_dossiers_values_pass_their_forms(db, catalogue):
    desk = demo.seed(db, 20)
    demo.seed_dossiers(db, desk, catalogue)
    checked = 0
    for procedure_id, view in seeded_dossiers(db, desk).items():
        if view.status == dossiers.DRAFT:
            continue
        procedure = catalogue.get(procedure_id)
        assert view.procedure_revision == procedure.revision
        assert validate(procedure.form, view.values) == [], procedure_id
        checked += 1
    assert checked == 5


def test_demo_sample_dossiers_are_seeded_once(db, catalogue):
    desk = demo.seed(db, 20)
    demo.seed_dossiers(db, desk, catalogue)
    before = {model.__name__: count(db, model) for model in (Dossier, Document, Visit, JournalEntry)}
    assert before["Dossier"] == 6
    assert demo.seed_dossiers(db, desk, catalogue) == 0
    assert demo.seed_dossiers(db, desk, catalogue) == 0
    assert {model.__name__: count(db, model) for model in (Dossier, Document, Visit, JournalEntry)} == before
    with db.read() as session:
        assert session.get(AppMeta, demo.SAMPLE_DOSSIERS_KEY) is not None


def test_demo_sample_dossiers_skip_what_the_desk_lacks(sqlite_db, catalogue):
    """Without the residents (an empty demo) or a procedure (another catalogue), nothing half-made."""
    desk = demo.seed(sqlite_db, 4)  # residents 0 to 3: the draft and the attestation d'accueil only
    smaller = Catalogue(tuple(p for p in catalogue.procedures if p.id != "attestation-accueil"), ())
    assert demo.seed_dossiers(sqlite_db, desk, smaller) == 1
    assert [d.procedure_id for d in seeded_dossiers(sqlite_db, desk).values()] == ["etat-civil-acte"]


# --- home page figures ------------------------------------------------------------------------------------

def test_today_summary_counts_a_sign_in_made_today(db):
    desk = demo.seed(db, 20)
    before = activity.today_summary(db, desk.id)
    assert before.residents_total == 20
    assert before.residents_registered_today == 20
    assert before.agents_signed_in_today == 0
    assert before.active_agents == len(demo.DEMO_AGENTS)

    agent = demo.DEMO_AGENTS[1]
    accounts.authenticate(db, desk.id, agent.login, agent.password)
    info = accounts.authenticate(db, desk.id, agent.login, agent.password)  # the same agent twice counts once
    after = activity.today_summary(db, desk.id)
    assert after.agents_signed_in_today == 1
    assert after.actions_today == before.actions_today + 2
    assert (after.visits_today, after.visits_in_progress) == (before.visits_today, before.visits_in_progress)

    actor = info.actor(desk.id)
    visits.record_visit(db, actor, None, themes=["papiers"], outcome="finalisee", duration_min=1, started_at=utcnow())
    visits.start_visit(db, actor, None)
    with_visits = activity.today_summary(db, desk.id)
    assert with_visits.visits_today == before.visits_today + 2
    assert with_visits.visits_in_progress == before.visits_in_progress + 1
    assert with_visits.actions_today == after.actions_today + 2

    # Another desk's day and another day are not this desk's today.
    elsewhere = activity.today_summary(db, uuid.uuid4())
    assert (elsewhere.agents_signed_in_today, elsewhere.visits_today, elsewhere.visits_in_progress) == (0, 0, 0)
    tomorrow = activity.today_summary(db, desk.id, now=utcnow() + timedelta(days=2))
    assert (tomorrow.agents_signed_in_today, tomorrow.actions_today, tomorrow.residents_registered_today) == (0, 0, 0)
    assert (tomorrow.visits_today, tomorrow.visits_in_progress) == (0, 0)
    assert tomorrow.residents_total == 20


def test_start_of_local_day_is_local_midnight_in_utc():
    now = utcnow()
    start = activity.start_of_local_day(now)
    assert start.tzinfo is not None
    local = start.astimezone()
    assert (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)
    assert timedelta(0) <= now - start < timedelta(days=1)
    end = activity.end_of_local_day(now)
    assert end.astimezone().time() == time(0, 0)
    assert timedelta(hours=23) <= end - start <= timedelta(hours=25)
    assert start <= now < end


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(("now", "start", "end"), [
    # Summer time starts (23 h day), ends (25 h day), and an ordinary summer evening after 22:00 UTC.
    (_utc(2026, 3, 29, 10), _utc(2026, 3, 28, 23), _utc(2026, 3, 29, 22)),
    (_utc(2026, 10, 25, 10), _utc(2026, 10, 24, 22), _utc(2026, 10, 25, 23)),
    (_utc(2026, 6, 1, 22, 30), _utc(2026, 6, 1, 22), _utc(2026, 6, 2, 22)),
])
@pytest.mark.skipif(not hasattr(_time, "tzset"), reason="needs time.tzset to change the local time zone")
def test_local_day_bounds_on_clock_change_days(now, start, end):
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    _time.tzset()
    try:
        assert (activity.start_of_local_day(now), activity.end_of_local_day(now)) == (start, end)
    finally:
        if previous is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = previous
        _time.tzset()
