"""Hostile input through every text entry of the core: SQL and LIKE metacharacters, FTS5 syntax,
control and bidirectional characters, huge strings, malformed settings. Each gets a clear refusal (a
field code) or is harmlessly stored as text, and the data around it stays intact."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from frontdesk import journal
from frontdesk.domain.residents import ResidentInput
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import SettingsError
from frontdesk.services import residents as svc
from frontdesk.services.desk import ensure_desk
from frontdesk.services.residents import ResidentInvalid
from frontdesk.settings import load_settings
from frontdesk.store.models import Resident

ATTACKS = (
    "'; DROP TABLE resident; --", "\" OR 1=1 --", "%", "_", "%%%", "a%", "\\", "*", "a*", "NEAR(a b)",
    "\"a\" OR \"b\"", "résident:*", "{family_name}: x", "^a", "a AND NOT b", "(", ")", "\x00", "\x1b[31m",
    "\u202eevil", "\u200b", "\ufeff", "😀" * 50, "x" * 100_000, "0" * 5000, "+33" * 1000, "\n\r\t",
)
UNSAFE = ("\x00", "\x07", "\x1b", "\u202e", "\u2066", "\u200b", "\ufeff", "\ue000")
SETTINGS_TRAPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def office(db):
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    actor = Actor(desk.id, role=Role.SUPERVISOR)
    for family, given_names in (("Martin", "Jeanne"), ("Lefèvre-Dupont", "Éloïse"), ("N'Diaye", "Awa")):
        svc.create_resident(db, actor, ResidentInput(family_name=family, given_names=given_names), allow_duplicate=True)
    return actor


def _state(db) -> tuple:
    with db.read() as session:
        rows = session.execute(select(Resident.id, Resident.family_name, Resident.search_key)
                               .order_by(Resident.id)).all()
        return tuple(rows), journal.verify(session).ok


@pytest.mark.parametrize("attack", ATTACKS, ids=range(len(ATTACKS)))
def test_search_boxes_take_anything_and_find_nothing_they_should_not(db, office, attack):
    before = _state(db)
    hits = svc.search_residents(db, office, attack)
    assert all(hit.display_name for hit in hits)
    if not any(c.isalnum() for c in attack) or attack in ("%%%", "a%", "*", "a*"):
        assert len(hits) <= 1  # wildcards are not wildcards: "%" never lists everyone
    assert svc.search_residents(db, office, attack + " martin") in ([], svc.search_residents(db, office, "martin"))
    assert _state(db) == before


def test_like_wildcards_match_themselves_only(db, office):
    assert svc.search_residents(db, office, "%") == [] and svc.search_residents(db, office, "_") == []
    assert [h.display_name for h in svc.search_residents(db, office, "mart")] == ["MARTIN Jeanne"]


@pytest.mark.parametrize("field", ["family_name", "given_names", "birth_name", "address_line", "commune", "language"])
@pytest.mark.parametrize("bad", UNSAFE, ids=[f"U+{ord(c):04X}" for c in UNSAFE])
def test_control_and_bidirectional_characters_are_refused_in_every_text_field(db, office, field, bad):
    data = {"family_name": "Martin", "given_names": "Paul", field: f"ab{bad}cd"}
    before = _state(db)
    with pytest.raises(ResidentInvalid) as info:
        svc.create_resident(db, office, ResidentInput(**data), allow_duplicate=True)
    assert info.value.params["errors"][field] in ("name_invalid", "text_invalid")
    assert _state(db) == before


@pytest.mark.parametrize("field", ["family_name", "given_names", "birth_name", "address_line", "commune", "phone",
                                   "email", "postal_code", "language"])
def test_oversized_values_are_refused_with_a_field_code(db, office, field):
    data = {"family_name": "Martin", "given_names": "Paul", field: "a" * 100_000}
    with pytest.raises(ResidentInvalid) as info:
        svc.create_resident(db, office, ResidentInput(**data), allow_duplicate=True)
    assert field in info.value.params["errors"]


@SETTINGS_TRAPS
@given(st.text(max_size=300))
def test_any_text_in_any_field_is_refused_cleanly_or_stored_as_typed(db, office, text):
    for field in ("family_name", "address_line", "commune"):
        data = {"family_name": "Martin", "given_names": "Paul", field: text}
        try:
            view = svc.create_resident(db, office, ResidentInput(**data), allow_duplicate=True)
        except ResidentInvalid as exc:
            assert set(exc.params["errors"]) <= {field, "contact_channel"}
            continue
        stored = svc.get_resident(db, office, view.id)
        assert getattr(stored, field) == getattr(view, field)
        assert not any(c in getattr(stored, field) for c in UNSAFE)
    with db.read() as session:
        assert journal.verify(session).ok


@SETTINGS_TRAPS
@given(st.text(max_size=200))
def test_any_search_text_never_fails(db, office, text):
    svc.search_residents(db, office, text)
    svc.search_residents(db, office, text, limit=10_000)


def test_injected_sql_is_stored_as_plain_text(db, office):
    view = svc.create_resident(db, office, ResidentInput(
        family_name="Martin", given_names="Paul", address_line="1 rue '; DELETE FROM resident; --",
        commune="Lille\" OR \"1\"=\"1"), allow_duplicate=True)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Resident)) == 4
    assert svc.get_resident(db, office, view.id).address_line == "1 rue '; DELETE FROM resident; --"


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe garbage", b"[database]\nurl = [1, 2]\n", b"database = 3\n",
    b"[security]\nlock_after_minutes = true\n",
    b"[retention]\nprofile_months = 1e9\n", b"[retention]\nlog_months = \"\\u202e12\"\n", b"[" * 5000,
    b"[desk]\nname = \"" + b"x" * 100_000 + b"\"\n",
])
def test_malformed_settings_files_are_refused_with_a_message(isolated_dirs, content):
    isolated_dirs["config"].mkdir(parents=True)
    (isolated_dirs["config"] / "settings.toml").write_bytes(content)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert info.value.code in ("settings.invalid", "settings.unreadable")


def test_an_unknown_resident_id_is_a_clear_refusal(db, office):
    with pytest.raises(Exception) as info:
        svc.get_resident(db, office, uuid.uuid4())
    assert getattr(info.value, "code", "") == "resident.unknown"
