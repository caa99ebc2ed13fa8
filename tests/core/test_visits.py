"""Visits: quick entry, the running timer, anonymous visits, validation codes, today's list at this desk,
and journal entries that say what happened without saying about whom."""

from __future__ import annotations

import json
import os
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from frontdesk import journal
from frontdesk.domain import vocab
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import PermissionDenied, ValidationError
from frontdesk.services import accounts, activity, visits
from frontdesk.services.desk import ensure_desk
from frontdesk.services.visits import VisitInvalid
from frontdesk.store.models import JournalEntry, Visit
from tests.helpers import add_resident

PASSWORD = "responsable des guichets"
# A fixed instant, 10:00 in Paris (UTC+1 in March).
T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def paris_time():
    """Local time of this PC is Paris, so "local midnight" is not UTC midnight (where tzset exists)."""
    if not hasattr(time, "tzset"):
        yield
        return
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    try:
        yield
    finally:
        if previous is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = previous
        time.tzset()


@pytest.fixture
def desk(db):
    return ensure_desk(db, "Accueil de la mairie", "AC1", "Admiville")


@pytest.fixture
def actor(db, desk) -> Actor:
    agent = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", PASSWORD)
    return agent.actor(desk.id)


@pytest.fixture
def clock(monkeypatch):
    """Set "now" for the visits service: ``clock(t)``."""
    def set_now(now: datetime) -> None:
        monkeypatch.setattr(visits, "utcnow", lambda: now)
    return set_now


def journal_rows(db, prefix: str = "visit.") -> list[JournalEntry]:
    with db.read() as session:
        rows = session.scalars(select(JournalEntry).where(JournalEntry.action.startswith(prefix))
                               .order_by(JournalEntry.seq)).all()
        session.expunge_all()
        return rows


def visit_count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Visit))


# --- quick entry -----------------------------------------------------------------------------------------

def test_quick_entry_records_a_finished_visit_in_one_call(db, desk, actor, clock):
    clock(T0)
    rid = add_resident(db, desk.id, "Lefèvre-Dupont", "Éloïse  Marie")
    view = visits.record_visit(db, actor, rid, themes=["papiers", "email"], outcome="finalisee")

    assert view.resident_id == rid
    assert view.resident_name == "LEFÈVRE-DUPONT Éloïse Marie"
    assert (view.agent_id, view.agent_name) == (actor.agent_id, "Claire Martin")
    assert view.channel == "guichet"
    assert view.duration_min == 15
    assert view.ended_at == T0  # it just ended ...
    assert view.started_at == T0 - timedelta(minutes=15)  # ... and lasted the default quarter of an hour
    assert view.themes == ("papiers", "email")
    assert (view.outcome, view.referral) == ("finalisee", None)
    assert not view.in_progress
    assert visits.visits_of(db, actor, rid) == [view]


def test_quick_entry_with_every_field(db, desk, actor, clock):
    clock(T0)
    rid = add_resident(db, desk.id, "Martin", "Paul")
    start = T0 - timedelta(hours=2)
    view = visits.record_visit(db, actor, rid, themes=("social", "social", "aide_demarches_administratives"),
                               outcome="oriente_vers_structure", referral="aide_sociale", channel="telephone",
                               duration_min=45, started_at=start)
    assert (view.started_at, view.ended_at, view.duration_min) == (start, start + timedelta(minutes=45), 45)
    assert view.themes == ("social", "aide_demarches_administratives")  # a repeated theme counts once
    assert (view.channel, view.outcome, view.referral) == ("telephone", "oriente_vers_structure", "aide_sociale")


def test_anonymous_visits(db, desk, actor, clock):
    clock(T0)
    quick = visits.record_visit(db, actor, None, themes=["navigation_internet"], outcome="doit_revenir")
    timed = visits.start_visit(db, actor, None, channel="telephone")
    assert (quick.resident_id, quick.resident_name) == (None, "")
    assert (timed.resident_id, timed.resident_name, timed.channel) == (None, "", "telephone")
    assert [v.id for v in visits.todays_visits(db, actor, now=T0)] == [timed.id, quick.id]
    details = [e.details for e in journal_rows(db)]
    assert all(d["anonymous"] is True and d["resident_id"] is None for d in details)


# --- the running timer -----------------------------------------------------------------------------------

def test_start_then_finish_takes_the_elapsed_time(db, desk, actor, clock):
    rid = add_resident(db, desk.id, "Moreau", "Lucie")
    clock(T0)
    started = visits.start_visit(db, actor, rid)
    assert started.in_progress
    assert (started.started_at, started.ended_at, started.duration_min) == (T0, None, None)
    assert (started.themes, started.outcome, started.referral) == ((), None, None)
    summary = activity.today_summary(db, desk.id, now=T0)
    assert (summary.visits_today, summary.visits_in_progress) == (1, 1)

    end = T0 + timedelta(minutes=12, seconds=20)
    clock(end)
    finished = visits.finish_visit(db, actor, started.id, themes=["sante"], outcome="a_finaliser_en_autonomie")
    assert not finished.in_progress
    assert (finished.id, finished.started_at, finished.ended_at) == (started.id, T0, end)
    assert finished.duration_min == 12  # to the nearest minute
    assert (finished.themes, finished.outcome) == (("sante",), "a_finaliser_en_autonomie")
    assert visits.visits_of(db, actor, rid) == [finished]
    summary = activity.today_summary(db, desk.id, now=end)
    assert (summary.visits_today, summary.visits_in_progress) == (1, 0)


@pytest.mark.parametrize(("elapsed", "expected"), [
    (timedelta(seconds=5), 1),  # never zero minutes
    (timedelta(minutes=7, seconds=31), 8),
    (timedelta(minutes=600), 600),
])
def test_elapsed_duration_rounding(db, desk, actor, clock, elapsed, expected):
    clock(T0)
    started = visits.start_visit(db, actor, None)
    clock(T0 + elapsed)
    assert visits.finish_visit(db, actor, started.id, themes=["email"], outcome="finalisee").duration_min == expected


def test_a_forgotten_timer_asks_for_the_real_duration(db, desk, actor, clock):
    clock(T0)
    started = visits.start_visit(db, actor, None)
    clock(T0 + timedelta(hours=11))
    with pytest.raises(VisitInvalid) as info:
        visits.finish_visit(db, actor, started.id, themes=["email"], outcome="finalisee")
    assert info.value.params["errors"] == {"duration_min": "duration_invalid"}
    finished = visits.finish_visit(db, actor, started.id, themes=["email"], outcome="finalisee", duration_min=40)
    assert (finished.duration_min, finished.ended_at) == (40, T0 + timedelta(hours=11))


def test_a_visit_is_finished_only_once(db, desk, actor, clock):
    clock(T0)
    started = visits.start_visit(db, actor, None)
    first = visits.finish_visit(db, actor, started.id, themes=["email"], outcome="finalisee")
    clock(T0 + timedelta(minutes=30))
    with pytest.raises(VisitInvalid) as info:
        visits.finish_visit(db, actor, started.id, themes=["bogus"], outcome="finalisee")
    assert info.value.code == "visit.invalid"
    assert info.value.params["errors"] == {"visit": "already_finished", "themes": "theme_invalid"}
    assert visits.todays_visits(db, actor, now=T0) == [first]
    assert [e.action for e in journal_rows(db)] == ["visit.started", "visit.finished"]


# --- validation ------------------------------------------------------------------------------------------

OK = {"themes": ["papiers"], "outcome": "finalisee"}


@pytest.mark.parametrize(("changes", "errors"), [
    ({"channel": "fax"}, {"channel": "channel_invalid"}),
    ({"channel": ""}, {"channel": "channel_invalid"}),
    ({"themes": ["papiers", "astrologie"]}, {"themes": "theme_invalid"}),
    ({"themes": []}, {"themes": "themes_required"}),
    ({"themes": ""}, {"themes": "themes_required"}),
    ({"outcome": "peut-etre"}, {"outcome": "outcome_invalid"}),
    ({"outcome": ""}, {"outcome": "outcome_required"}),
    ({"outcome": None}, {"outcome": "outcome_required"}),
    ({"referral": "cabinet_medical"}, {"referral": "referral_invalid"}),
    ({"outcome": "oriente_vers_structure"}, {"referral": "referral_required"}),
    ({"outcome": "oriente_vers_structure", "referral": ""}, {"referral": "referral_required"}),
    ({"duration_min": 0}, {"duration_min": "duration_invalid"}),
    ({"duration_min": 601}, {"duration_min": "duration_invalid"}),
    ({"duration_min": -5}, {"duration_min": "duration_invalid"}),
    ({"duration_min": 12.5}, {"duration_min": "duration_invalid"}),
    ({"duration_min": True}, {"duration_min": "duration_invalid"}),
    ({"started_at": T0 + timedelta(hours=1)}, {"started_at": "started_in_future"}),
])
def test_each_rule_has_its_code(changes, errors, monkeypatch):
    """No database needed: validation happens before any session opens (the db is never touched)."""
    monkeypatch.setattr(visits, "utcnow", lambda: T0)
    actor = Actor(uuid.uuid4(), uuid.uuid4(), Role.AGENT)
    with pytest.raises(VisitInvalid) as info:
        visits.record_visit(None, actor, None, **{**OK, **changes})  # type: ignore[arg-type]
    assert info.value.code == "visit.invalid"
    assert isinstance(info.value, ValidationError)
    assert info.value.params["errors"] == errors


def test_every_wrong_field_is_reported_at_once_and_nothing_is_written(db, desk, actor, clock):
    clock(T0)
    with pytest.raises(VisitInvalid) as info:
        visits.record_visit(db, actor, None, themes=["astrologie"], outcome="oriente_vers_structure",
                            channel="fax", duration_min=0)
    assert info.value.params["errors"] == {
        "channel": "channel_invalid", "themes": "theme_invalid", "referral": "referral_required",
        "duration_min": "duration_invalid",
    }
    with pytest.raises(VisitInvalid) as info:
        visits.start_visit(db, actor, None, channel="pigeon")
    assert info.value.params["errors"] == {"channel": "channel_invalid"}
    started = visits.start_visit(db, actor, None)
    with pytest.raises(VisitInvalid) as info:
        visits.finish_visit(db, actor, started.id, themes=[], outcome="", referral="nowhere", duration_min=9999)
    assert info.value.params["errors"] == {
        "themes": "themes_required", "outcome": "outcome_required", "referral": "referral_invalid",
        "duration_min": "duration_invalid",
    }
    assert visit_count(db) == 1
    assert visits.todays_visits(db, actor, now=T0)[0].in_progress
    assert [e.action for e in journal_rows(db)] == ["visit.started"]


def test_every_vocabulary_code_is_accepted(db, desk, actor, clock):
    clock(T0)
    for channel in vocab.VISIT_CHANNELS:
        for outcome in vocab.OUTCOMES:
            visits.record_visit(db, actor, None, themes=vocab.VISIT_THEMES, outcome=outcome, channel=channel,
                                referral=vocab.REFERRALS[-1], duration_min=60)
    assert visit_count(db) == len(vocab.VISIT_CHANNELS) * len(vocab.OUTCOMES)
    assert visits.todays_visits(db, actor, now=T0)[0].themes == vocab.VISIT_THEMES


def test_unknown_visit_resident_or_agent(db, desk, actor):
    with pytest.raises(ValidationError) as info:
        visits.finish_visit(db, actor, uuid.uuid4(), themes=["papiers"], outcome="finalisee")
    assert info.value.code == "visit.unknown"
    with pytest.raises(ValidationError) as info:
        visits.record_visit(db, actor, uuid.uuid4(), **OK)
    assert info.value.code == "resident.unknown"
    with pytest.raises(ValidationError) as info:
        visits.start_visit(db, actor, uuid.uuid4())
    assert info.value.code == "resident.unknown"
    with pytest.raises(PermissionDenied):
        visits.record_visit(db, Actor(desk.id), None, **OK)  # the system never helps anyone in person
    assert visit_count(db) == 0


# --- reading ---------------------------------------------------------------------------------------------

def test_todays_visits_are_this_desks_since_local_midnight(db, desk, actor, clock, paris_time):
    now = T0  # 10:00 in Paris
    clock(now)
    midnight = datetime(2026, 3, 10).astimezone(UTC)  # local midnight
    if hasattr(time, "tzset"):
        assert midnight == datetime(2026, 3, 9, 23, 0, tzinfo=UTC)

    def at(start: datetime, actor_: Actor = actor) -> uuid.UUID:
        return visits.record_visit(db, actor_, None, duration_min=1, started_at=start, **OK).id

    at(midnight - timedelta(minutes=1))  # yesterday 23:59 local
    first = at(midnight)
    morning = at(midnight + timedelta(hours=9, minutes=30))
    running = visits.start_visit(db, actor, None).id  # started "now"
    elsewhere = Actor(uuid.uuid4(), actor.agent_id, actor.role)
    at(now - timedelta(minutes=5), elsewhere)  # another desk, same day

    assert [v.id for v in visits.todays_visits(db, actor, now=now)] == [running, morning, first]
    summary = activity.today_summary(db, desk.id, now=now)
    assert (summary.visits_today, summary.visits_in_progress) == (3, 1)

    # Later the same evening and just after the next midnight (entered the next morning).
    tomorrow = midnight + timedelta(days=1)
    clock(tomorrow + timedelta(hours=1))
    late = at(tomorrow - timedelta(minutes=1))
    next_day = at(tomorrow)
    assert [v.id for v in visits.todays_visits(db, actor, now=now)] == [late, running, morning, first]
    assert [v.id for v in visits.todays_visits(db, actor, now=tomorrow + timedelta(hours=1))] == [next_day]
    assert len(visits.todays_visits(db, elsewhere, now=now)) == 1


def test_visits_of_a_resident_newest_first_across_desks(db, desk, actor, clock):
    clock(T0)
    rid = add_resident(db, desk.id, "Girard", "Anne")
    other = add_resident(db, desk.id, "Bernard", "Luc")
    old = visits.record_visit(db, actor, rid, started_at=T0 - timedelta(days=30), **OK)
    elsewhere = Actor(uuid.uuid4(), actor.agent_id, actor.role)
    middle = visits.record_visit(db, elsewhere, rid, started_at=T0 - timedelta(days=2), **OK)
    new = visits.start_visit(db, actor, rid)
    visits.record_visit(db, actor, other, **OK)
    visits.record_visit(db, actor, None, **OK)
    assert [v.id for v in visits.visits_of(db, actor, rid)] == [new.id, middle.id, old.id]
    assert visits.visits_of(db, actor, add_resident(db, desk.id, "Nouveau")) == []


def test_a_merged_residents_visits_go_to_the_survivor(db, desk, actor, clock):
    clock(T0)
    keep = add_resident(db, desk.id, "Roux", "Émile")
    gone = add_resident(db, desk.id, "Roux", "Emile", merged_into_id=keep)
    view = visits.record_visit(db, actor, gone, **OK)
    assert (view.resident_id, view.resident_name) == (keep, "ROUX Émile")
    assert visits.visits_of(db, actor, gone) == visits.visits_of(db, actor, keep) == [view]


# --- journal ---------------------------------------------------------------------------------------------

def test_journal_says_what_not_about_whom(db, desk, actor, clock):
    clock(T0)
    rid = add_resident(db, desk.id, "Zébulon", "Honorine", phone="+33612345678", email="honorine@example.org",
                       postal_code="75011", commune="Paris")
    quick = visits.record_visit(db, actor, rid, themes=["justice", "etranger"], outcome="oriente_vers_structure",
                                referral="administration", channel="domicile", duration_min=50)
    started = visits.start_visit(db, actor, rid, channel="telephone")
    clock(T0 + timedelta(minutes=20))
    visits.finish_visit(db, actor, started.id, themes=["sante"], outcome="doit_revenir")

    rows = journal_rows(db)
    assert [(e.action, e.entity_type) for e in rows] == [
        ("visit.recorded", "visit"), ("visit.started", "visit"), ("visit.finished", "visit")]
    assert rows[0].entity_id == str(quick.id)
    assert rows[0].details == {"channel": "domicile", "outcome": "oriente_vers_structure", "referred": True,
                               "themes": 2, "duration_min": 50, "anonymous": False, "resident_id": str(rid)}
    assert rows[1].details == {"channel": "telephone", "anonymous": False, "resident_id": str(rid)}
    assert rows[2].details == {"channel": "telephone", "outcome": "doit_revenir", "referred": False, "themes": 1,
                               "duration_min": 20, "anonymous": False, "resident_id": str(rid)}
    text = json.dumps([e.details for e in rows], ensure_ascii=False).casefold()
    for personal in ("zébulon", "zebulon", "honorine", "612345678", "example.org", "75011", "paris",
                     "justice", "etranger", "sante", "administration"):
        assert personal not in text
    with db.read() as session:
        result = journal.verify(session)
    assert result.ok
    assert result.checked >= 5  # desk, agent, and the three visit entries
