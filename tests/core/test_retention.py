"""Retention: the plan lists exactly what the policy says, the purge does exactly that, the anonymous
statistics of the purged period do not move, and the journal still verifies."""

from __future__ import annotations

import os
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from frontdesk import journal
from frontdesk.clock import utcnow
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import PermissionDenied
from frontdesk.privacy import retention
from frontdesk.services.activity import period_summary
from frontdesk.services.desk import ensure_desk
from frontdesk.settings import load_settings
from frontdesk.store.database import Database
from frontdesk.store.models import Agent, Assessment, Consent, Dossier, JournalEntry, OutboxItem, Resident, Visit
from tests.helpers import run_cli

MONTH = timedelta(days=30.44)


def seed(db: Database) -> dict[str, uuid.UUID]:
    """Residents and rows of every age around the default limits; returns their ids by role in the test."""
    now = utcnow()
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    system = Actor(desk.id)
    ids: dict[str, uuid.UUID] = {}
    with db.unit_of_work(system) as uow:
        s = uow.session
        agent = Agent(origin_desk_id=desk.id, login="ndiallo", display_name="Nadia Diallo", role="agent",
                      password_hash="x")
        s.add(agent)
        s.flush()

        def resident(key: str, age_months: float, **extra) -> Resident:
            at = now - age_months * MONTH
            row = Resident(origin_desk_id=desk.id, family_name=key.upper(), given_names="Test", search_key=key,
                           created_at=at, updated_at=at, **extra)
            s.add(row)
            s.flush()
            ids[key] = row.id
            return row

        def visit(key: str, resident_id, age_months: float) -> None:
            at = now - age_months * MONTH
            row = Visit(origin_desk_id=desk.id, resident_id=resident_id, agent_id=agent.id, channel="guichet",
                        started_at=at, ended_at=at + timedelta(minutes=20), duration_min=20,
                        themes=["papiers", "email"], outcome="finalisee", created_at=at, updated_at=at)
            s.add(row)
            s.flush()
            ids[key] = row.id

        def consent(key: str, resident_id, age_months: float, withdrawn: bool = False) -> Consent:
            at = now - age_months * MONTH
            row = Consent(origin_desk_id=desk.id, resident_id=resident_id, purpose="sensitive_needs", given_at=at,
                          given_by_agent_id=agent.id, withdrawn_at=at if withdrawn else None, created_at=at,
                          updated_at=at)
            s.add(row)
            s.flush()
            ids[key] = row.id
            return row

        def assessment(key: str, resident_id, age_months: float, consent_id=None) -> None:
            at = now - age_months * MONTH
            row = Assessment(origin_desk_id=desk.id, resident_id=resident_id, agent_id=agent.id,
                             assessed_on=at.date(), equipment=["telephone"], barriers=["isolement"],
                             sensitive_barriers=["visuel"] if consent_id else [], consent_id=consent_id,
                             created_at=at, updated_at=at)
            s.add(row)
            s.flush()
            ids[key] = row.id

        old = resident("old", 36)
        visit("v_old", old.id, 30)
        c_old = consent("c_old", old.id, 30)
        assessment("a_old", old.id, 30, c_old.id)
        recent = resident("recent", 25)
        visit("v_recent_18", recent.id, 18)
        visit("v_recent_2", recent.id, 2)
        assessment("a_recent", recent.id, 18)
        gone = resident("gone", 100, anonymised_at=now - 60 * MONTH)
        consent("c_ancient", gone.id, 84, withdrawn=True)
        visit("v_anonymous", None, 24)
        resident("new", 1)
    return ids


def test_plan_then_purge_removes_exactly_what_the_policy_says(db, isolated_dirs):
    ids = seed(db)
    settings = load_settings()
    settings.log_dir.mkdir(parents=True)
    stale, fresh = settings.log_dir / "frontdesk.log.1", settings.log_dir / "frontdesk.log.2"
    for path in (stale, fresh):
        path.write_text("trace\n")
    two_years_ago = (utcnow() - 24 * MONTH).timestamp()
    os.utime(stale, (two_years_ago, two_years_ago))
    desk_id = ensure_desk(db, "Accueil", "AC1", "Admiville").id
    boss = Actor(desk_id, role=Role.SUPERVISOR)
    start, end = utcnow() - 120 * MONTH, utcnow() + MONTH
    before = period_summary(db, start, end)

    todo = retention.plan(db, boss, settings)
    assert todo.residents == (ids["old"],)
    assert todo.assessments == (ids["a_old"],)
    assert set(todo.visits) == {ids["v_old"], ids["v_recent_18"]}
    assert todo.consents == (ids["c_ancient"],)
    assert todo.log_files == (stale,)
    with db.read() as session:  # the plan changed nothing
        assert session.get(Resident, ids["old"]).family_name == "OLD"

    done = retention.purge(db, boss, settings)
    assert done == todo
    with db.read() as session:
        old = session.get(Resident, ids["old"])
        assert (old.family_name, old.given_names, old.search_key) == ("", "", "") and old.anonymised_at
        assert session.get(Resident, ids["recent"]).family_name == "RECENT"
        assert session.get(Assessment, ids["a_old"]) is None and session.get(Assessment, ids["a_recent"])
        assert session.get(Visit, ids["v_old"]).resident_id is None
        assert session.get(Visit, ids["v_recent_2"]).resident_id == ids["recent"]
        assert session.get(Consent, ids["c_ancient"]) is None and session.get(Consent, ids["c_old"])
        assert journal.verify(session).ok
        entry = session.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc()).limit(1)).one()
        assert entry.action == "retention.purged"
        assert entry.details == {"residents": 1, "assessments": 1, "visits": 2, "consents": 1, "log_files": 1,
                                 "drafts": 0, "dossiers": 0}
    assert not stale.exists() and fresh.exists()
    assert period_summary(db, start, end) == before  # the anonymous statistics did not move
    assert before.visits == 4 and before.by_theme == {"papiers": 4, "email": 4}
    assert retention.plan(db, boss, settings).empty  # nothing left to do


def test_purge_is_for_supervisors(db):
    ids = seed(db)
    desk_id = ensure_desk(db, "Accueil", "AC1", "Admiville").id
    for role in (Role.AGENT, Role.MEDIATOR):
        with pytest.raises(PermissionDenied):
            retention.purge(db, Actor(desk_id, uuid.uuid4(), role), load_settings())
    with db.read() as session:
        assert session.get(Resident, ids["old"]).family_name == "OLD"


def test_shorter_settings_purge_more(db, monkeypatch):
    ids = seed(db)
    monkeypatch.setenv("FRONTDESK_RETENTION_VISIT_IDENTITY_MONTHS", "1")
    settings = load_settings()
    boss = Actor(ensure_desk(db, "Accueil", "AC1", "Admiville").id, role=Role.SUPERVISOR)
    assert ids["v_recent_2"] in retention.plan(db, boss, settings).visits


def test_cli_dry_run_lists_then_purge_does_it():
    settings = load_settings()
    db, _ = Database.open(settings.database_url)
    try:
        ids = seed(db)
        dossier_ids = seed_dossiers(db)
    finally:
        db.close()
    dry = run_cli("purge", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "usagers à anonymiser : 1" in dry.stdout and f"residents {ids['old']}" in dry.stdout
    assert "passages à détacher de l'usager : 2" in dry.stdout
    assert "brouillons de démarche abandonnés à effacer : 1" in dry.stdout
    assert f"drafts {dossier_ids['draft_old']}" in dry.stdout
    assert "démarches anciennes à anonymiser : 1" in dry.stdout and f"dossiers {dossier_ids['old']}" in dry.stdout
    again = run_cli("purge", "--dry-run")
    assert again.stdout.splitlines()[1:] == dry.stdout.splitlines()[1:]  # a dry run changes nothing
    done = run_cli("purge")
    assert done.returncode == 0, done.stderr
    assert "Purge effectuée." in done.stdout and "usagers à anonymiser : 1" in done.stdout
    after = run_cli("purge", "--dry-run")
    assert "usagers à anonymiser : 0" in after.stdout and "passages à détacher de l'usager : 0" in after.stdout
    assert "démarches anciennes à anonymiser : 0" in after.stdout
    assert "brouillons de démarche abandonnés à effacer : 0" in after.stdout


def seed_dossiers(db: Database) -> dict[str, uuid.UUID]:
    """Dossiers around the default limits (drafts 3 months, submitted ones 24 months after the later of
    submission and decision date), one with a finished and one with a waiting outbox item."""
    now = utcnow()
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    ids: dict[str, uuid.UUID] = {}
    with db.unit_of_work(Actor(desk.id)) as uow:
        s = uow.session
        agent = Agent(origin_desk_id=desk.id, login="amartin", display_name="Anne Martin", role="agent",
                      password_hash="x")
        person = Resident(origin_desk_id=desk.id, family_name="DURAND", given_names="Alice", search_key="durand")
        s.add_all([agent, person])
        s.flush()

        def dossier(key: str, status: str, age_months: float, decided_months: float | None = None) -> Dossier:
            at = now - age_months * MONTH
            row = Dossier(origin_desk_id=desk.id, resident_id=person.id, agent_id=agent.id, procedure_id="salle",
                          procedure_title="Salle", source="local", values={"motif": f"secret {key}"},
                          status=status, what_was_done=[f"fait {key}"], issued=[], created_at=at, updated_at=at,
                          prefill_token=f"token-{key}", remote_link=f"https://dn.example/{key}",
                          remote_reference=f"REF-{key}",
                          submitted_at=None if status == "draft" else at, reference=None if status == "draft"
                          else f"AC1-D-{key}",
                          decision_on=None if decided_months is None else (now - decided_months * MONTH).date())
            s.add(row)
            s.flush()
            ids[key] = row.id
            return row

        dossier("draft_old", "draft", 4)
        dossier("draft_new", "draft", 1)
        old = dossier("old", "registered", 30, decided_months=28)
        dossier("late_decision", "registered", 30, decided_months=20)
        dossier("recent", "done_on_site", 6)
        for state, key in (("sent", "item_sent"), ("pending", "item_waiting")):
            item = OutboxItem(desk_id=desk.id, kind="dn.prefill", entity_type="dossier", entity_id=str(old.id),
                              payload={"fields": {"motif": "secret"}}, state=state, attempts=1,
                              next_attempt_at=now, last_error_params={"detail": "x"},
                              remote_secret='{"link": "https://dn.example/old"}', created_at=now, updated_at=now)
            s.add(item)
            s.flush()
            ids[key] = item.id
    return ids


def dossier_statistics(db: Database) -> dict[tuple, int]:
    """What a report counts: registered dossiers by procedure, source, status and month of submission."""
    with db.read() as session:
        rows = session.execute(select(Dossier.procedure_id, Dossier.source, Dossier.status, Dossier.submitted_at)
                               .where(Dossier.status != "draft")).all()
    stats: dict[tuple, int] = {}
    for procedure, source, status, at in rows:
        key = (procedure, source, status, at.strftime("%Y-%m"))
        stats[key] = stats.get(key, 0) + 1
    return stats


def test_dossiers_plan_then_purge_deletes_old_drafts_and_anonymises_old_dossiers(db):
    ids = seed_dossiers(db)
    settings = load_settings()
    boss = Actor(ensure_desk(db, "Accueil", "AC1", "Admiville").id, role=Role.SUPERVISOR)
    stats = dossier_statistics(db)

    todo = retention.plan(db, boss, settings)
    assert (todo.drafts, todo.dossiers, todo.residents) == ((ids["draft_old"],), (ids["old"],), ())
    with db.read() as session:
        assert session.get(Dossier, ids["old"]).values == {"motif": "secret old"}  # the plan changed nothing

    assert retention.purge(db, boss, settings) == todo
    with db.read() as session:
        assert session.get(Dossier, ids["draft_old"]) is None
        old = session.get(Dossier, ids["old"])
        assert (old.values, old.what_was_done, old.prefill_token, old.remote_link, old.remote_reference,
                old.resident_id) == ({}, [], None, None, "", None)
        assert old.anonymised_at and (old.reference, old.status, old.procedure_id) == ("AC1-D-old", "registered",
                                                                                       "salle")
        for key in ("draft_new", "late_decision", "recent"):
            row = session.get(Dossier, ids[key])
            assert (row.values, row.prefill_token, row.anonymised_at) == ({"motif": f"secret {key}"},
                                                                          f"token-{key}", None)
        sent, waiting = session.get(OutboxItem, ids["item_sent"]), session.get(OutboxItem, ids["item_waiting"])
        assert (sent.payload, sent.remote_secret, sent.last_error_params) == ({}, None, {})
        assert waiting.payload == {"fields": {"motif": "secret"}} and waiting.remote_secret
        entry = session.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc()).limit(1)).one()
        assert (entry.details["drafts"], entry.details["dossiers"]) == (1, 1)
        assert journal.verify(session).ok
    assert dossier_statistics(db) == stats  # the counts of the purged period did not move
    assert retention.plan(db, boss, settings).empty
