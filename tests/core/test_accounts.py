"""Agent accounts: password policy and hashing, creation rights, sign-in with lock-out, and a journal
that never keeps an attempted password or an unknown login."""

from __future__ import annotations

import json
import math
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text

from frontdesk.clock import utcnow
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import AuthError, PermissionDenied, ValidationError
from frontdesk.privacy import passwords
from frontdesk.services import accounts
from frontdesk.services.desk import ensure_desk
from frontdesk.store.models import Agent, JournalEntry

BOSS_PASSWORD = "responsable des guichets"
AGENT_PASSWORD = "Accueil-du-matin-7"


# --- password policy (no hashing: instant) -----------------------------------------------------------

@pytest.mark.parametrize(("password", "code", "kwargs"), [
    ("Ab1!xyz", "password.too_short", {}),
    ("", "password.too_short", {}),
    ("x" * 257, "password.too_long", {}),
    ("motdepasse", "password.common", {}),
    ("MotDePasse", "password.common", {}),
    ("Azerty123", "password.common", {}),
    ("password1!", "password.common", {}),
    ("motdepasse2024!", "password.common", {}),
    ("Jdupont-2026!xq", "password.contains_name", {"login": "jdupont"}),
    ("Vive-DUPONT-2026!", "password.contains_name", {"display_name": "Jeanne Dupont"}),
    ("abababababab", "password.repetitive", {}),
    ("1212121212!!", "password.repetitive", {}),
    ("abcdefgh", "password.too_weak", {}),
    ("Abcdef12", "password.too_weak", {}),  # 8 × log2(62) ≈ 47.6 bits < 50
])
def test_policy_refusals(password, code, kwargs):
    with pytest.raises(ValidationError) as info:
        passwords.check_policy(password, **kwargs)
    assert info.value.code == code


def test_too_weak_gives_bits_and_need():
    with pytest.raises(ValidationError) as info:
        passwords.check_policy("abcdefgh")
    assert info.value.params == {"bits": 38, "needed": 50}


def test_short_names_are_not_held_against_a_password():
    passwords.check_policy("Le-Bo-Ea-2026!", display_name="Bo Ea")  # names under 4 letters are ignored


@pytest.mark.parametrize("password", [
    "chevalbleuportefenetre",        # lower-case words only: 22 × log2(26) ≈ 103 bits
    "responsable des guichets",
    "Abcdef1!",                      # short but mixed: 8 × log2(99) ≈ 53 bits
    "éléphant rose à vélo",
])
def test_policy_accepts(password):
    passwords.check_policy(password, login="cmartin", display_name="Claire Martin")


def test_without_lockout_the_bar_is_higher():
    passwords.check_policy("Abcdef1!")
    with pytest.raises(ValidationError) as info:
        passwords.check_policy("Abcdef1!", lockout=False)
    assert info.value.params["needed"] == 80
    passwords.check_policy("chevalbleuportefenetre", lockout=False)


@pytest.mark.parametrize(("password", "bits"), [
    ("", 0.0),
    ("abcdefgh", 8 * math.log2(26)),
    ("ABCDEFGH", 8 * math.log2(26)),
    ("12345678", 8 * math.log2(10)),
    ("Ab1!", 4 * math.log2(99)),
    ("é", math.log2(37)),
    ("aé", 2 * math.log2(63)),
    ("mot de passe", 12 * math.log2(63)),
])
def test_entropy_bits(password, bits):
    assert passwords.entropy_bits(password) == pytest.approx(bits)


# --- hashing -----------------------------------------------------------------------------------------

def test_hashes_are_argon2id_salted_and_verify():
    first, second = passwords.hash_password("atelier numerique"), passwords.hash_password("atelier numerique")
    assert first.startswith("$argon2id$")
    assert "m=65536,t=3,p=1" in first
    assert first != second  # salted
    assert "atelier" not in first
    assert passwords.verify_password(first, "atelier numerique")
    assert not passwords.verify_password(first, "atelier numérique")
    assert not passwords.verify_password("not a hash", "atelier numerique")
    assert not passwords.needs_rehash(first)
    assert passwords.needs_rehash(PasswordHasher(time_cost=1, memory_cost=8192).hash("x"))


# --- accounts ----------------------------------------------------------------------------------------

BOTH_ENGINES = pytest.mark.parametrize(
    "db", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)


@pytest.fixture(params=["sqlite"])
def db(request):
    """SQLite by default (hashing makes these tests slow); ``BOTH_ENGINES`` adds PostgreSQL to a test."""
    from frontdesk.store.database import Database

    database, _ = Database.open(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def desk(db):
    return ensure_desk(db, "Accueil", "A1", "Admiville")


@pytest.fixture
def boss(db, desk):
    info = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", BOSS_PASSWORD)
    return info.actor(desk.id)


@pytest.fixture
def agent(db, desk, boss):
    return accounts.create_agent(db, boss, "ndiallo", "Nadia Diallo", Role.AGENT, AGENT_PASSWORD)


def journal_rows(db) -> list[JournalEntry]:
    with db.read() as session:
        rows = list(session.scalars(select(JournalEntry).order_by(JournalEntry.seq)))
        session.expunge_all()
        return rows


def stored_agent(db, login: str) -> Agent:
    with db.read() as session:
        found = session.scalar(select(Agent).where(Agent.login == login))
        session.expunge_all()
        return found


def test_first_supervisor_then_refused(db, desk):
    assert not accounts.has_agents(db)
    info = accounts.create_first_supervisor(db, desk.id, "  CMartin ", "Claire   Martin", BOSS_PASSWORD)
    assert (info.login, info.display_name, info.role, info.active) == ("cmartin", "Claire Martin",
                                                                       Role.SUPERVISOR, True)
    assert accounts.has_agents(db)
    created = journal_rows(db)[-1]
    assert (created.action, created.agent_id, created.entity_id) == ("agent.created", info.id, str(info.id))
    with pytest.raises(PermissionDenied) as refused:
        accounts.create_first_supervisor(db, desk.id, "intrus", "Un Intrus", "une autre phrase secrete")
    assert refused.value.code == "agent.first_exists"
    with db.read() as session:
        assert session.scalars(select(Agent.login)).all() == ["cmartin"]


def test_stored_password_is_an_argon2id_hash(db, boss):
    stored = stored_agent(db, "cmartin")
    assert stored.password_hash.startswith("$argon2id$")
    assert BOSS_PASSWORD not in stored.password_hash
    assert stored.password_changed_at is not None


@pytest.mark.parametrize("role", [None, Role.AGENT, Role.MEDIATOR])
def test_create_agent_needs_a_supervisor(db, desk, boss, role):
    with pytest.raises(PermissionDenied) as info:
        accounts.create_agent(db, Actor(desk.id, boss.agent_id, role), "lmoreau", "Louis Moreau", Role.AGENT,
                              "atelier numerique")
    assert info.value.code == "auth.supervisor_only"
    assert stored_agent(db, "lmoreau") is None
    with pytest.raises(PermissionDenied):
        accounts.list_agents(db, Actor(desk.id, boss.agent_id, role))


def test_create_agent_checks_login_name_and_policy(db, boss):
    cases = [
        (("x", "Louis Moreau", "atelier numerique"), "agent.login_invalid"),
        (("louis moreau", "Louis Moreau", "atelier numerique"), "agent.login_invalid"),
        (("lmoreau", "L", "atelier numerique"), "agent.name_invalid"),
        (("lmoreau", "Louis Moreau", "moreau-2026-Ab!"), "password.contains_name"),
        (("cmartin", "Claude Martin", "atelier numerique"), "agent.login_taken"),
    ]
    for (login, name, password), code in cases:
        with pytest.raises(ValidationError) as info:
            accounts.create_agent(db, boss, login, name, Role.AGENT, password)
        assert info.value.code == code, (login, name)
    assert [a.login for a in accounts.list_agents(db, boss)] == ["cmartin"]


def test_sign_in_success_is_journalled(db, desk, agent):
    before = utcnow()
    info = accounts.authenticate(db, desk.id, " NDiallo ", AGENT_PASSWORD)
    assert info.id == agent.id and info.role is Role.AGENT
    last = journal_rows(db)[-1]
    assert (last.action, last.agent_id, last.desk_id, last.entity_id) == ("auth.sign_in", agent.id, desk.id,
                                                                          str(agent.id))
    assert stored_agent(db, "ndiallo").last_sign_in_at >= before


def test_wrong_password_counts_down(db, desk, agent):
    for remaining in (4, 3):
        with pytest.raises(AuthError) as info:
            accounts.authenticate(db, desk.id, "ndiallo", "pas le bon mot de passe")
        assert info.value.code == "auth.failed"
        assert info.value.params == {"remaining": remaining}
    assert stored_agent(db, "ndiallo").failed_attempts == 2  # committed despite the error
    last = journal_rows(db)[-1]
    assert (last.action, last.details) == ("auth.sign_in_failed", {"reason": "password"})
    accounts.authenticate(db, desk.id, "ndiallo", AGENT_PASSWORD)
    assert stored_agent(db, "ndiallo").failed_attempts == 0  # success resets the count


@BOTH_ENGINES
def test_lock_out_after_five_failures_for_five_minutes(db, desk, agent, monkeypatch):
    start = utcnow()
    clock = {"now": start}
    monkeypatch.setattr(accounts, "utcnow", lambda: clock["now"])

    for remaining in (4, 3, 2, 1):
        with pytest.raises(AuthError) as info:
            accounts.authenticate(db, desk.id, "ndiallo", "mauvais mot de passe")
        assert (info.value.code, info.value.params["remaining"]) == ("auth.failed", remaining)
    with pytest.raises(AuthError) as fifth:
        accounts.authenticate(db, desk.id, "ndiallo", "mauvais mot de passe")
    assert fifth.value.code == "auth.locked"
    assert fifth.value.params["until"] == start + timedelta(minutes=5)
    last = journal_rows(db)[-1]
    assert (last.action, last.details, last.agent_id) == ("auth.account_locked", {"minutes": 5}, agent.id)
    assert stored_agent(db, "ndiallo").locked_until == start + timedelta(minutes=5)

    clock["now"] = start + timedelta(minutes=4, seconds=59)
    with pytest.raises(AuthError) as locked:
        accounts.authenticate(db, desk.id, "ndiallo", AGENT_PASSWORD)  # even the right password
    assert locked.value.code == "auth.locked"
    last = journal_rows(db)[-1]
    assert (last.action, last.details) == ("auth.sign_in_failed", {"reason": "locked"})

    clock["now"] = start + timedelta(minutes=5, seconds=1)
    assert accounts.authenticate(db, desk.id, "ndiallo", AGENT_PASSWORD).id == agent.id
    stored = stored_agent(db, "ndiallo")
    assert (stored.locked_until, stored.failed_attempts) == (None, 0)
    assert journal_rows(db)[-1].action == "auth.sign_in"

    with db.read() as session:
        assert journal_verify(session).ok


def journal_verify(session):
    from frontdesk import journal

    return journal.verify(session)


def test_unknown_login_fails_like_a_wrong_password(db, desk, agent):
    with pytest.raises(AuthError) as info:
        accounts.authenticate(db, desk.id, "jean.dupont", "un mot de passe quelconque")
    assert info.value.code == "auth.failed"
    assert info.value.params == {}
    last = journal_rows(db)[-1]
    assert (last.action, last.entity_type, last.entity_id, last.agent_id) == ("auth.sign_in_failed", "agent",
                                                                              "", None)
    assert last.details == {"reason": "unknown_login"}


def test_disabled_account_is_refused(db, desk, boss, agent):
    accounts.set_active(db, boss, agent.id, False)
    with pytest.raises(AuthError) as info:
        accounts.authenticate(db, desk.id, "ndiallo", AGENT_PASSWORD)
    assert info.value.code == "auth.disabled"
    assert journal_rows(db)[-1].details == {"reason": "disabled"}
    with pytest.raises(ValidationError) as self_disable:
        accounts.set_active(db, boss, boss.agent_id, False)
    assert self_disable.value.code == "agent.cannot_disable_self"
    accounts.set_active(db, boss, agent.id, True)
    assert accounts.authenticate(db, desk.id, "ndiallo", AGENT_PASSWORD).active


def test_reset_password_lifts_a_lock(db, desk, boss, agent):
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(AuthError):
            accounts.authenticate(db, desk.id, "ndiallo", "mauvais mot de passe")
    assert stored_agent(db, "ndiallo").locked_until is not None
    with pytest.raises(PermissionDenied):
        accounts.reset_password(db, agent.actor(desk.id), agent.id, "nouvelle phrase du matin")
    accounts.reset_password(db, boss, agent.id, "nouvelle phrase du matin")
    assert journal_rows(db)[-1].action == "agent.password_reset"
    assert accounts.authenticate(db, desk.id, "ndiallo", "nouvelle phrase du matin").id == agent.id
    with pytest.raises(AuthError):
        accounts.authenticate(db, desk.id, "ndiallo", AGENT_PASSWORD)  # the old one is gone


def test_change_password_checks_the_old_one_and_the_policy(db, desk, agent):
    actor = agent.actor(desk.id)
    with pytest.raises(AuthError):
        accounts.change_password(db, actor, "pas le bon", "une nouvelle phrase secrete")
    with pytest.raises(ValidationError) as weak:
        accounts.change_password(db, actor, AGENT_PASSWORD, "ndiallo2026!Ab")
    assert weak.value.code == "password.contains_name"
    accounts.change_password(db, actor, AGENT_PASSWORD, "une nouvelle phrase secrete")
    assert accounts.authenticate(db, desk.id, "ndiallo", "une nouvelle phrase secrete").id == agent.id


def test_outdated_hash_is_upgraded_at_sign_in(db, desk, agent):
    old = PasswordHasher(time_cost=1, memory_cost=8192).hash(AGENT_PASSWORD)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE agent SET password_hash = :h WHERE login = 'ndiallo'"), {"h": old})
    accounts.authenticate(db, desk.id, "ndiallo", AGENT_PASSWORD)
    upgraded = stored_agent(db, "ndiallo").password_hash
    assert upgraded != old and not passwords.needs_rehash(upgraded)
    assert passwords.verify_password(upgraded, AGENT_PASSWORD)


@BOTH_ENGINES
def test_journal_never_keeps_attempted_passwords_or_unknown_logins(db, desk, boss, agent):
    attempts = [("ndiallo", "Secret-Tente-1"), ("nadia.dialo", "Secret-Tente-2"), ("Jean-Dupont", "Secret-Tente-3"),
                ("cmartin", "Secret-Tente-4")]
    for login, password in attempts:
        with pytest.raises(AuthError):
            accounts.authenticate(db, desk.id, login, password)
    with pytest.raises(AuthError):
        accounts.verify_agent(db, desk.id, agent.id, "Secret-Tente-5")
    rows = journal_rows(db)
    assert [r.action for r in rows].count("auth.sign_in_failed") == 4
    assert rows[-1].action == "auth.unlock_failed"
    dump = json.dumps([[r.action, r.entity_type, r.entity_id, r.details] for r in rows], ensure_ascii=False)
    for secret in ("Secret-Tente", "nadia.dialo", "jean-dupont", "Jean-Dupont", BOSS_PASSWORD, AGENT_PASSWORD,
                   "Nadia Diallo", "Claire Martin"):
        assert secret not in dump
