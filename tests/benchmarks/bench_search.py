"""Resident search as you type, on 100,000 residents, SQLite and PostgreSQL, against a naive scan.

The query set: as-you-type prefixes (1 to 12 characters) of what an agent types for real demo residents:
family name, "given family" (as in "eloise lef"), birth date "dd/mm/yyyy", phone digits, postal code.
Every prefix of each is one query, so one-letter queries (tens of thousands of matches) weigh as much as
they do at the desk. Each query is one ``search_residents`` call by a desk agent (role checked, limit 20,
hits built), timed in the measuring process after a warm-up.

- ``search_p50_ms_sqlite_100k`` / ``search_p95_ms_sqlite_100k``: the demo SQLite database of the run.
- ``search_p50_ms_postgres_100k`` / ``search_p95_ms_postgres_100k``: a fresh PostgreSQL database holding
  the same residents (migrated, rows copied from the SQLite database with COPY, ANALYZE), dropped after.
  Server: ``FRONTDESK_TEST_PG_ADMIN_URL`` or postgres@127.0.0.1:5432, as for the tests.
- ``search_p95_ms_naive_like_100k``: the same queries on the same SQLite database as a plain
  ``search_key LIKE '%tok%'`` per word (no text index), ordered by key, 20 rows: the baseline.
- ``search_naive_over_sqlite_p95_ratio``: how many times slower the naive scan is at p95.
- ``search_engine_mismatches``: queries whose results differ between SQLite and PostgreSQL (must be 0).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

RESIDENTS_SAMPLED = 120
WARMUP_QUERIES = 60
PG_ADMIN_DEFAULT = "postgresql://postgres@127.0.0.1:5432/postgres"


def run(ctx) -> dict[str, float]:
    data_dir, _ = ctx.demo_database()
    admin = os.environ.get("FRONTDESK_TEST_PG_ADMIN_URL") or PG_ADMIN_DEFAULT
    proc = subprocess.run([ctx.python, __file__, str(data_dir / "frontdesk.sqlite3"), admin], cwd=ctx.root,
                          env=ctx.env(data_dir), capture_output=True, text=True, timeout=ctx.timeout_s * 3,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"search measurement failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    k = f"{ctx.residents // 1000}k" if ctx.residents % 1000 == 0 else str(ctx.residents)
    return {name.replace("{k}", k): value for name, value in figures.items()}


# --- the measuring process ------------------------------------------------------------------------------

def queries(db) -> list[str]:
    """Prefixes of 1 to 12 characters of what is typed for ``RESIDENTS_SAMPLED`` demo residents."""
    from sqlalchemy import select

    from frontdesk.store.models import Resident

    rng = random.Random(2026)
    with db.read() as session:
        people = session.execute(
            select(Resident.family_name, Resident.given_names, Resident.birth_date, Resident.birth_year,
                   Resident.phone, Resident.postal_code).order_by(Resident.id).limit(RESIDENTS_SAMPLED)).all()
    typed = []
    for person in people:
        kind = rng.random()
        if kind < 0.35:
            full = person.family_name
        elif kind < 0.6:
            full = f"{person.given_names.split()[0]} {person.family_name}"
        elif kind < 0.75:
            full = person.birth_date.strftime("%d/%m/%Y") if person.birth_date else str(person.birth_year)
        elif kind < 0.9 and person.phone:
            full = "0" + person.phone[3:]
        else:
            full = person.postal_code
        typed.extend(full[:n] for n in range(1, min(12, len(full)) + 1))
    return typed


def desk_agent(db):
    """An agent of the demo desk: whom the search answers at the counter (built once, never timed)."""
    from sqlalchemy import select

    from frontdesk.domain.roles import Actor, Role
    from frontdesk.store.models import Desk

    with db.read() as session:
        desk_id = session.scalars(select(Desk.id).order_by(Desk.id).limit(1)).one()
    return Actor(desk_id, uuid.uuid4(), Role.AGENT)


def timed(function, items) -> tuple[list[float], list]:
    for item in items[:WARMUP_QUERIES]:
        function(item)
    times, results = [], []
    for item in items:
        start = time.perf_counter()
        result = function(item)
        times.append((time.perf_counter() - start) * 1000)
        results.append(result)
    return times, results


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def naive_search(db, query: str) -> list:
    """What one would write without a text index: LIKE '%word%' for every word, sorted, 20 rows."""
    from sqlalchemy import and_, select

    from frontdesk.domain.text import fold
    from frontdesk.store.models import Resident

    words = fold(query).split()  # folded as the key is: the baseline differs by its scan, not its words
    if not words:
        return []
    with db.read() as session:
        stmt = (select(Resident.id, Resident.family_name, Resident.given_names)
                .where(Resident.merged_into_id.is_(None), and_(*(Resident.search_key.like(f"%{w}%") for w in words)))
                .order_by(Resident.search_key).limit(20))
        return session.execute(stmt).all()


def copy_residents(source, target) -> float:
    """The demo residents into the PostgreSQL database, with COPY; returns the seconds it took."""
    from sqlalchemy import select

    from frontdesk.store.models import Resident

    columns = [c.name for c in Resident.__table__.columns]
    start = time.perf_counter()
    with source.read() as session, target.engine.begin() as conn:
        cursor = conn.connection.driver_connection.cursor()
        with cursor.copy(f"COPY resident ({', '.join(columns)}) FROM STDIN") as copy:
            for row in session.execute(select(*Resident.__table__.columns)).yield_per(5000):
                copy.write_row(tuple(row))
        cursor.execute("ANALYZE resident")
    return time.perf_counter() - start


def measure(sqlite_file: Path, admin_url: str) -> dict[str, float]:
    import psycopg
    from sqlalchemy.engine import make_url

    from frontdesk.services.residents import search_residents
    from frontdesk.store.database import Database

    figures: dict[str, float] = {}
    sqlite_db, _ = Database.open("sqlite:///" + sqlite_file.as_posix())
    typed = queries(sqlite_db)
    agent = desk_agent(sqlite_db)
    lite_times, lite_results = timed(lambda q: [h.id for h in search_residents(sqlite_db, agent, q)], typed)
    naive_times, _ = timed(lambda q: naive_search(sqlite_db, q), typed)

    admin_conninfo = make_url(admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"frontdesk_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_conninfo, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        pg_url = make_url(admin_url).set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False)
        pg_db, _ = Database.open(pg_url)
        try:
            figures["search_postgres_load_{k}_s"] = copy_residents(sqlite_db, pg_db)
            pg_times, pg_results = timed(lambda q: [h.id for h in search_residents(pg_db, agent, q)], typed)
        finally:
            pg_db.close()
    finally:
        with psycopg.connect(admin_conninfo, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                          "AND pid <> pg_backend_pid()", (name,))
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    sqlite_db.close()

    figures.update({
        "search_queries": len(typed),
        "search_p50_ms_sqlite_{k}": statistics.median(lite_times),
        "search_p95_ms_sqlite_{k}": p95(lite_times),
        "search_p50_ms_postgres_{k}": statistics.median(pg_times),
        "search_p95_ms_postgres_{k}": p95(pg_times),
        "search_p95_ms_naive_like_{k}": p95(naive_times),
        "search_naive_over_sqlite_p95_ratio": p95(naive_times) / p95(lite_times),
        "search_engine_mismatches": sum(a != b for a, b in zip(lite_results, pg_results, strict=True)),
    })
    return figures


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]), sys.argv[2])))
