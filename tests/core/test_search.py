"""Search as you type, one corpus run on SQLite and on PostgreSQL: both must give exactly these answers.

Then the same search checked against a plain-Python reference on a demo commune, on both engines and on
each of the three ways a search is answered (key range, text index, ordered walk), and the search
index built by the migration for residents already there.
"""

from __future__ import annotations

import random
import uuid
from datetime import date

import pytest
from sqlalchemy import String, Uuid, column, insert, select, table, text

from frontdesk import demo
from frontdesk.clock import utcnow
from frontdesk.domain.roles import Actor, Role
from frontdesk.services import residents as svc
from frontdesk.services.desk import ensure_desk
from frontdesk.store import migrate, resident_search
from frontdesk.store.base import UTCDateTime
from frontdesk.store.database import Database
from frontdesk.store.engine import make_engine
from frontdesk.store.models import Resident

R = svc.ResidentInput
PEOPLE = [
    R("Lefèvre-Dupont", "Éloïse", birth_date=date(1950, 3, 12), phone="06 12 34 56 78", postal_code="95000",
      commune="Admiville"),
    R("Lefèvre", "Marc", birth_year=1950, phone="01 39 12 34 56", postal_code="95120", commune="Ermont"),
    R("Lefebvre", "Zoé", birth_date=date(1985, 12, 3), postal_code="95000", commune="Admiville"),
    R("Dœuvre", "Anne"),
    R("Œhmichen", "Chloé"),
    R("Lætitia-Roux", "Camille"),
    R("L'Hôpital", "Jean"),
    R("D’Angelo", "Marie"),
    R("Martin", "Marie", birth_name="Dupont", birth_date=date(1960, 1, 1)),
    R("Martin-Lavigne", "Hugo"),
    R("Martinez", "Inès"),
    R("Le Gall", "Noé"),
    R("Nguyen", "Thi", phone="+44 20 7946 0958"),
    R("Santoni", "Pierre", postal_code="20000", commune="Ajaccio"),
]
# Who searches: any role may, and the search reads nothing of the desk (tests/core/test_permissions.py checks
# the role itself).
AGENT = Actor(uuid.uuid4(), uuid.uuid4(), Role.AGENT)
# Merged into LEFÈVRE Marc: never a result.
MERGED = R("Lefevre", "Marc", birth_year=1950, phone="01 39 12 34 56")

ELOISE = ["LEFÈVRE-DUPONT Éloïse"]
CORPUS: list[tuple[str, list[str]]] = [
    # names, whatever the accents, case, ligatures and punctuation
    ("eloise lef", ELOISE),
    ("ÉLOÏSE", ELOISE),
    ("Eloise Lefevre-Dupont", ELOISE),
    ("lef", ["LEFEBVRE Zoé", "LEFÈVRE-DUPONT Éloïse", "LEFÈVRE Marc"]),
    ("lefèvre", ["LEFÈVRE-DUPONT Éloïse", "LEFÈVRE Marc"]),
    ("lefevre marc", ["LEFÈVRE Marc"]),
    ("dupont", ["LEFÈVRE-DUPONT Éloïse", "MARTIN Marie"]),  # second family name, birth name
    ("martin", ["MARTIN Marie", "MARTIN-LAVIGNE Hugo", "MARTINEZ Inès"]),
    ("marie martin", ["MARTIN Marie"]),
    ("m", ["MARTIN Marie", "MARTIN-LAVIGNE Hugo", "MARTINEZ Inès", "D’ANGELO Marie", "LEFÈVRE Marc"]),
    ("doeuvre", ["DŒUVRE Anne"]),
    ("dœuv", ["DŒUVRE Anne"]),
    ("DŒUVRE", ["DŒUVRE Anne"]),
    ("oeh", ["ŒHMICHEN Chloé"]),
    ("Œ", ["ŒHMICHEN Chloé"]),
    ("laetitia", ["LÆTITIA-ROUX Camille"]),
    ("lætitia roux", ["LÆTITIA-ROUX Camille"]),
    ("roux", ["LÆTITIA-ROUX Camille"]),
    ("l'hopital", ["L'HÔPITAL Jean"]),
    ("l’hôp", ["L'HÔPITAL Jean"]),
    ("hopital", ["L'HÔPITAL Jean"]),
    ("lhopital", []),  # words, not letters: "l" and "hopital" are two words
    ("d'angelo", ["D’ANGELO Marie"]),
    ("angelo", ["D’ANGELO Marie"]),
    ("le gall", ["LE GALL Noé"]),
    ("gall noe", ["LE GALL Noé"]),
    ("noé", ["LE GALL Noé"]),
    ("ines", ["MARTINEZ Inès"]),
    # birth date and year
    ("12/03/1950", ELOISE),
    ("12.03.1950", ELOISE),
    ("12/03", ["LEFEBVRE Zoé", "LEFÈVRE-DUPONT Éloïse"]),  # words in any order: 03/12 matches too
    ("03/12/1985", ["LEFEBVRE Zoé"]),
    ("1950", ["LEFÈVRE-DUPONT Éloïse", "LEFÈVRE Marc"]),
    ("195", ["LEFÈVRE-DUPONT Éloïse", "LEFÈVRE Marc"]),
    ("01/01/1960", ["MARTIN Marie"]),
    ("1960 martin", ["MARTIN Marie"]),
    # phone, as typed or dictated
    ("0612", ELOISE),
    ("06 12 34 56 78", ELOISE),
    ("06.12.34", ELOISE),
    ("+33 6 12 34 56 78", ELOISE),
    ("0139", ["LEFÈVRE Marc"]),
    ("02079", ["NGUYEN Thi"]),
    ("07", []),
    # postal code
    ("95000", ["LEFEBVRE Zoé", "LEFÈVRE-DUPONT Éloïse"]),
    ("95", ["LEFEBVRE Zoé", "LEFÈVRE-DUPONT Éloïse", "LEFÈVRE Marc"]),
    ("95120 marc", ["LEFÈVRE Marc"]),
    ("20000", ["SANTONI Pierre"]),
    ("20", ["SANTONI Pierre"]),
    # nothing, or nobody
    ("", []),
    ("   ", []),
    ("zzz", []),
    ("eloise martin", []),
    # hostile input: results or nothing, never an error
    ("'; DROP TABLE resident; --", []),
    ('"', []),
    ('"eloise', ELOISE),
    ("eloise*", ELOISE),
    ("%", []),
    ("%lef%", ["LEFEBVRE Zoé", "LEFÈVRE-DUPONT Éloïse", "LEFÈVRE Marc"]),
    ("_", []),
    ("*", []),
    ("l'h", ["L'HÔPITAL Jean", "MARTIN-LAVIGNE Hugo"]),
    ("-", []),
    ("(", []),
    ("eloise)", ELOISE),
    ("AND OR NOT NEAR", []),
    ("NEAR(eloise lef)", []),
    ("eloise OR zoe", []),
    ("eloise AND lef", []),
    ("\\", []),
    ("^lef", ["LEFEBVRE Zoé", "LEFÈVRE-DUPONT Éloïse", "LEFÈVRE Marc"]),
    ("lef:", ["LEFEBVRE Zoé", "LEFÈVRE-DUPONT Éloïse", "LEFÈVRE Marc"]),
    ("search_key:eloise", []),
    ("\x00eloise", ELOISE),
    ("ﷺ", []),
]


@pytest.fixture
def corpus_db(db):
    desk = ensure_desk(db, "Accueil", "ADM-A1", "Admiville")
    actor = Actor(desk.id, role=Role.SUPERVISOR)
    ids = {}
    for person in PEOPLE:
        ids[person] = svc.create_resident(db, actor, person, allow_duplicate=True).id
    merged = svc.create_resident(db, actor, MERGED, allow_duplicate=True)
    svc.merge_residents(db, actor, ids[PEOPLE[1]], merged.id)
    return db


def test_search_corpus(corpus_db):
    """Every query of the corpus on this engine; all the wrong answers are reported together."""
    wrong = {}
    for query, expected in CORPUS:
        got = [hit.display_name for hit in svc.search_residents(corpus_db, AGENT, query)]
        if got != expected:
            wrong[query] = {"expected": expected, "got": got}
    assert wrong == {}


def test_hits_carry_what_the_list_shows(corpus_db):
    [hit] = svc.search_residents(corpus_db, AGENT, "eloise lef")
    assert (hit.display_name, hit.birth, hit.postal_code, hit.commune, hit.phone_display) == (
        "LEFÈVRE-DUPONT Éloïse", "12/03/1950", "95000", "Admiville", "06 12 34 56 78")
    [marc] = svc.search_residents(corpus_db, AGENT, "marc")
    assert (marc.birth, marc.phone_display) == ("1950", "01 39 12 34 56")
    [thi] = svc.search_residents(corpus_db, AGENT, "thi")
    assert (thi.birth, thi.postal_code, thi.phone_display) == ("", "", "+44 20 7946 0958")


def test_limit(corpus_db):
    assert len(svc.search_residents(corpus_db, AGENT, "m", limit=2)) == 2
    assert [h.display_name for h in svc.search_residents(corpus_db, AGENT, "m", limit=2)] == ["MARTIN Marie",
                                                                                         "MARTIN-LAVIGNE Hugo"]
    assert svc.search_residents(corpus_db, AGENT, "m", limit=0) == []
    assert len(svc.search_residents(corpus_db, AGENT, "e", limit=1000)) <= svc.MAX_LIMIT


def test_long_and_many_word_queries_are_cut_not_refused(corpus_db):
    assert svc.search_residents(corpus_db, AGENT, "eloise " * 200) == svc.search_residents(corpus_db, AGENT, "eloise")
    assert svc.search_residents(corpus_db, AGENT, "a" * 5000) == []


# --- against the reference, on a demo commune ------------------------------------------------------------

def reference(db, tokens: list[str], limit: int) -> list[uuid.UUID]:
    """Every resident checked one by one with the reference rules of resident_search."""
    with db.read() as session:
        rows = session.execute(select(Resident.id, Resident.search_key).where(Resident.merged_into_id.is_(None)))
        found = [resident_search.Candidate(key, rid) for rid, key in rows
                 if resident_search.matches(key, tokens)]
    found.sort(key=lambda c: resident_search.rank_key(c, tokens))
    return [c.id for c in found[:limit]]


def demo_queries(db, count: int) -> list[str]:
    """As-you-type prefixes (1 to 12 characters) of names, dates, phones and postal codes of the commune."""
    rng = random.Random(7)
    with db.read() as session:
        people = session.execute(select(Resident.family_name, Resident.given_names, Resident.birth_date,
                                        Resident.phone, Resident.postal_code).order_by(Resident.id)).all()
    queries = []
    for person in rng.sample(people, count):
        full = rng.choice([
            person.family_name, f"{person.given_names} {person.family_name}",
            f"{person.family_name} {person.given_names}",
            person.birth_date.strftime("%d/%m/%Y") if person.birth_date else person.postal_code,
            "0" + person.phone[3:] if person.phone else person.postal_code,
        ])
        queries.append(full[:rng.randint(1, 12)])
    return [*queries, "a", "e", "m", "9", "0", "1", "19", "95", "06", "z", "ma", "le", "jean", "marie", "martin m"]


@pytest.fixture
def demo_db(db):
    desk = demo.seed(db, 1500)
    actor = Actor(desk.id, role=Role.SUPERVISOR)
    with db.read() as session:
        ids = session.scalars(select(Resident.id).order_by(Resident.search_key, Resident.id).limit(40)).all()
    for keep, merge in zip(ids[0::2], ids[1::2], strict=True):  # some merged residents, early in key order
        svc.merge_residents(db, actor, keep, merge)
    return db


@pytest.mark.parametrize("cap", [resident_search.CANDIDATE_CAP, 3], ids=["default-cap", "tiny-cap"])
def test_search_agrees_with_the_reference(demo_db, monkeypatch, cap):
    """With the default cap most queries are answered from the text index; with a tiny one, most walk the
    key order. Both ways, and the key range before them, must give the reference answer."""
    monkeypatch.setattr(resident_search, "CANDIDATE_CAP", cap)
    sql = resident_search._SQL[demo_db.dialect]
    original = sql.few_matches
    paths = {"text index": 0, "walk": 0}

    def few_matches(*args, **kwargs):
        result = original(*args, **kwargs)
        paths["text index" if result is not None else "walk"] += 1
        return result

    monkeypatch.setattr(sql, "few_matches", few_matches)
    for query in demo_queries(demo_db, 120):
        tokens = resident_search.query_tokens(query)
        got = [hit.id for hit in svc.search_residents(demo_db, AGENT, query, limit=10)]
        assert got == reference(demo_db, tokens, 10), query
    assert paths["text index"] > 0 and paths["walk"] > 0, paths


def test_the_first_demo_resident_is_found_as_the_acceptance_scenario_types_it(demo_db):
    hits = svc.search_residents(demo_db, AGENT, "eloise lef")
    assert hits[0].display_name == "LEFÈVRE-DUPONT Éloïse"
    assert hits[0].id == uuid.uuid5(demo.NAMESPACE, "resident-0")


# --- the index the migration builds ----------------------------------------------------------------------

def test_residents_present_before_the_search_index_are_indexed_by_the_migration(db_url):
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine, revision="0001")
        old_resident = table(  # the columns of revision 0001
            "resident", column("id", Uuid()), column("origin_desk_id", Uuid()), column("family_name", String()),
            column("birth_name", String()), column("given_names", String()), column("postal_code", String()),
            column("commune", String()), column("phone", String()), column("search_key", String()),
            column("created_at", UTCDateTime()), column("updated_at", UTCDateTime()))
        with engine.begin() as conn:
            conn.execute(insert(old_resident).values(
                id=uuid.uuid4(), origin_desk_id=uuid.uuid4(), family_name="Lefèvre-Dupont", birth_name="",
                given_names="Éloïse", postal_code="", commune="", phone="", search_key="lefevre dupont eloise",
                created_at=utcnow(), updated_at=utcnow()))
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    db, _ = Database.open(db_url)
    try:
        assert [h.display_name for h in svc.search_residents(db, AGENT, "eloise lef")] == ["LEFÈVRE-DUPONT Éloïse"]
        if db.dialect == "sqlite":
            with db.read() as session:  # the FTS index agrees with its content table
                session.execute(text("INSERT INTO resident_fts(resident_fts, rank) VALUES ('integrity-check', 1)"))
    finally:
        db.close()
