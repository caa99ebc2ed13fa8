"""The hash-chained journal on both engines: appends, the database's refusal of changes, and the
detection of what an attacker with direct access to the file or the server could do."""

from __future__ import annotations

import itertools
import json
import sqlite3
import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, ProgrammingError

from frontdesk import journal
from frontdesk.domain.roles import Actor
from frontdesk.store.engine import make_engine
from frontdesk.store.models import JournalEntry
from tests.helpers import run_cli

DESK = uuid.UUID("00000000-0000-4000-8000-0000000000d1")


def append(db, count: int, start: int = 1) -> None:
    for n in range(start, start + count):
        with db.unit_of_work(Actor(DESK)) as uow:
            uow.journal.append("test.action", "resident", f"r{n}", n=n, label=f"entrée {n}")


def entries(db) -> list[JournalEntry]:
    with db.read() as session:
        found = list(session.scalars(select(JournalEntry).order_by(JournalEntry.seq)))
        session.expunge_all()  # keep them readable after the read session ends
        return found


def check(db) -> journal.VerifyResult:
    with db.read() as session:
        return journal.verify(session)


def refused_error(db) -> type[DBAPIError]:
    """What the append-only triggers raise: sqlite3.IntegrityError / psycopg RaiseException (P0001)."""
    return IntegrityError if db.dialect == "sqlite" else ProgrammingError


def remove_guards(db) -> None:
    """What an attacker with direct access does first: take the append-only triggers away."""
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER journal_no_update"))
            conn.execute(text("DROP TRIGGER journal_no_delete"))
        else:
            conn.execute(text("ALTER TABLE journal DISABLE TRIGGER USER"))


def raw(db, sql: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


# --- appending ---------------------------------------------------------------------------------------

def test_append_in_a_unit_of_work(db):
    with db.unit_of_work(Actor(DESK)) as uow:
        first = uow.journal.append("desk.created", "desk", DESK, prefix="A1")
        second = uow.journal.append("test.other", count=3, ok=True, note=None)
    assert (first.seq, second.seq) == (1, 2)
    stored = entries(db)
    assert [(e.seq, e.action, e.entity_type, e.entity_id) for e in stored] == [
        (1, "desk.created", "desk", str(DESK)), (2, "test.other", "", "")]
    assert stored[0].details == {"prefix": "A1"}
    assert stored[1].details == {"count": 3, "ok": True, "note": None}
    assert stored[0].desk_id == DESK and stored[0].agent_id is None
    assert stored[0].at.tzinfo is not None


def test_entries_are_chained(db):
    append(db, 4)
    stored = entries(db)
    assert [e.seq for e in stored] == [1, 2, 3, 4]
    assert stored[0].prev_hash == journal.GENESIS
    for before, after in itertools.pairwise(stored):
        assert after.prev_hash == before.hash
    for e in stored:
        assert e.hash == journal.entry_hash(e.seq, e.at, e.desk_id, e.agent_id, e.action, e.entity_type,
                                            e.entity_id, e.details, e.prev_hash)
    assert len({e.hash for e in stored}) == 4
    result = check(db)
    assert result.ok and result.checked == 4 and result.first_bad_seq is None


def test_empty_journal_verifies(db):
    result = check(db)
    assert result.ok and result.checked == 0


def test_rolled_back_unit_of_work_leaves_no_entry(db):
    append(db, 1)
    with pytest.raises(RuntimeError, match="agent cancelled"), db.unit_of_work(Actor(DESK)) as uow:
        uow.journal.append("test.cancelled")
        raise RuntimeError("agent cancelled")
    assert [e.action for e in entries(db)] == ["test.action"]
    append(db, 1, start=2)  # the chain goes on from the last committed entry
    assert [e.seq for e in entries(db)] == [1, 2]
    assert check(db).ok


def test_details_must_be_plain_scalars(db):
    with pytest.raises(TypeError, match="names"), db.unit_of_work(Actor(DESK)) as uow:
        uow.journal.append("test.bad", names=["Dupont"])
    assert entries(db) == []


# --- the database refuses changes --------------------------------------------------------------------

def test_database_refuses_update(db):
    append(db, 2)
    with pytest.raises(refused_error(db), match="append-only"):
        raw(db, "UPDATE journal SET action = 'test.rewritten' WHERE seq = 1")
    assert [e.action for e in entries(db)] == ["test.action", "test.action"]


def test_database_refuses_delete(db):
    append(db, 2)
    with pytest.raises(refused_error(db), match="append-only"):
        raw(db, "DELETE FROM journal WHERE seq = 2")
    assert len(entries(db)) == 2


@pytest.mark.postgres
def test_postgresql_refuses_truncate(pg_url):
    from frontdesk.store.database import Database

    db, _ = Database.open(pg_url)
    try:
        append(db, 2)
        with pytest.raises(ProgrammingError, match="append-only"):
            raw(db, "TRUNCATE journal")
        assert len(entries(db)) == 2
    finally:
        db.close()


# --- tampering behind the application's back ---------------------------------------------------------

def test_altered_details_are_detected(db):
    append(db, 5)
    remove_guards(db)
    raw(db, "UPDATE journal SET details = :d WHERE seq = 3", d=json.dumps({"n": 3, "label": "entrée 33"}))
    assert entries(db)[2].details["label"] == "entrée 33"  # the attack worked on the data
    result = check(db)
    assert (result.problem, result.first_bad_seq, result.checked) == ("altered", 3, 2)
    assert not result.ok


def test_altered_action_with_recomputed_hash_breaks_the_next_link(db):
    """A cleverer attacker recomputes the hash of the entry they changed: the next entry shows it."""
    append(db, 4)
    remove_guards(db)
    e = entries(db)[1]
    forged = journal.entry_hash(e.seq, e.at, e.desk_id, e.agent_id, "test.harmless", e.entity_type, e.entity_id,
                                e.details, e.prev_hash)
    raw(db, "UPDATE journal SET action = 'test.harmless', hash = :h WHERE seq = 2", h=forged)
    result = check(db)
    assert (result.problem, result.first_bad_seq) == ("broken_link", 3)


def test_deleted_middle_entry_is_detected(db):
    append(db, 5)
    remove_guards(db)
    raw(db, "DELETE FROM journal WHERE seq = 3")
    result = check(db)
    assert (result.problem, result.first_bad_seq, result.checked) == ("missing", 3, 2)


def test_deleted_last_entries_leave_a_valid_shorter_chain(db):
    """Truncating the tail cannot be seen from the chain alone: verify reports what it checked."""
    append(db, 5)
    remove_guards(db)
    raw(db, "DELETE FROM journal WHERE seq > 3")
    result = check(db)
    assert result.ok and result.checked == 3


def test_deleted_entry_with_renumbering_is_detected(db):
    """Removing entry 2 and renumbering the rest closes the gap but breaks the chain at 2."""
    append(db, 4)
    remove_guards(db)
    raw(db, "DELETE FROM journal WHERE seq = 2")
    for seq in (3, 4):
        raw(db, "UPDATE journal SET seq = :new WHERE seq = :old", new=seq - 1, old=seq)
    result = check(db)
    assert (result.problem, result.first_bad_seq) == ("broken_link", 2)


@pytest.mark.parametrize(("a", "b"), [(2, 4), (3, 4)])
def test_swapped_entries_are_detected(db, a, b):
    """Reordering: two entries swap places (every column but the sequence number)."""
    append(db, 5)
    remove_guards(db)
    columns = ["at", "desk_id", "agent_id", "action", "entity_type", "entity_id", "details", "prev_hash", "hash"]
    with db.engine.begin() as conn:
        rows = {seq: conn.execute(text(f"SELECT {', '.join(columns)} FROM journal WHERE seq = :s"),
                                  {"s": seq}).one()
                for seq in (a, b)}
        # Move the hashes out of the way first: the hash column is unique.
        conn.execute(text("UPDATE journal SET hash = 'tmp-' || CAST(seq AS VARCHAR) WHERE seq IN (:a, :b)"),
                     {"a": a, "b": b})
        for target, source in ((a, b), (b, a)):
            values = dict(zip(columns, rows[source], strict=True))
            if db.dialect == "postgresql":
                values["details"] = json.dumps(values["details"])
            assignments = ", ".join(f"{c} = :{c}" for c in columns)
            conn.execute(text(f"UPDATE journal SET {assignments} WHERE seq = :seq"), {**values, "seq": target})
    assert entries(db)[a - 1].entity_id == f"r{b}"  # the swap happened
    result = check(db)
    assert result.problem == "broken_link"
    assert result.first_bad_seq == a
    assert result.checked == a - 1


# --- the CLI -----------------------------------------------------------------------------------------

def test_cli_journal_verify(isolated_dirs):
    seeded = run_cli("demo", "seed", "--residents", "50")
    assert seeded.returncode == 0, seeded.stderr
    assert "Admiville" in seeded.stdout and "50 usagers" in seeded.stdout

    intact = run_cli("journal", "verify")
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.startswith("Journal intègre : 5 entrées vérifiées")

    path = isolated_dirs["data"] / "frontdesk.sqlite3"
    conn = sqlite3.connect(path)
    try:
        actions = [row[0] for row in conn.execute("SELECT action FROM journal ORDER BY seq")]
        assert actions == ["desk.created", "agent.created", "agent.created", "agent.created", "demo.seeded"]
        conn.execute("DROP TRIGGER journal_no_update")
        conn.execute("UPDATE journal SET details = '{\"role\":\"supervisor\"}' WHERE seq = 3")
        conn.commit()
    finally:
        conn.close()

    tampered = run_cli("journal", "verify")
    assert tampered.returncode == 1
    assert "Journal altéré : première entrée en défaut n° 3 (contenu modifié)." in tampered.stderr
    assert "2 entrées vérifiées avant l'anomalie." in tampered.stderr
    assert "Traceback" not in tampered.stderr


def test_cli_journal_verify_reports_a_removed_entry(isolated_dirs):
    assert run_cli("demo", "seed", "--residents", "0").returncode == 0
    url = "sqlite:///" + (isolated_dirs["data"] / "frontdesk.sqlite3").as_posix()
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP TRIGGER journal_no_delete"))
            conn.execute(text("DELETE FROM journal WHERE seq = 2"))
    finally:
        engine.dispose()
    result = run_cli("journal", "verify")
    assert result.returncode == 1
    assert "n° 2 (entrée supprimée)" in result.stderr
