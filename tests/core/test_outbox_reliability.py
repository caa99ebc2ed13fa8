"""The outbox against the Démarche Numérique simulator, with real processes and real faults.

- kill -9 of the sender process (``frontdesk-admin sync``) at random moments while 200 dossiers are
  submitted: nothing lost, nothing claimed twice, orphans counted;
- each fault of a real network injected on a quarter of the prefills: every item converges;
- a 429 storm with the platform's real limit (15 per 15 s): the desk never goes over it.

Each test prints its counts (run with -s to see them) and appends them to ``outbox-reliability.txt`` in
the session's temporary folder, whose path is printed too.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.connectors.demarche_numerique.throttle import (
    PREFILL_LIMIT,
    PREFILL_PERIOD_S,
    SAFETY_MARGIN_S,
    Throttle,
)
from frontdesk.outbox.backoff import Backoff
from frontdesk.outbox.lock import SenderBusy
from frontdesk.outbox.sender import Sender
from frontdesk.outbox.transports import dn_transports
from frontdesk.services.desk import ensure_desk
from frontdesk.store.database import Database
from tests.outbox_support import marker_key, submit, tally, unsettled

KILL_SUBMISSIONS = 200
KILLS = 20
FAULT_SUBMISSIONS = 30
STORM_SUBMISSIONS = 20
FAST_PLATFORM = (100_000, 1.0)  # the kill and fault tests are about faults, not about waiting for the rate


def report(tmp_path_factory, name: str, line: str) -> None:
    path = tmp_path_factory.getbasetemp() / "outbox-reliability.txt"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"{name}: {line}\n")
    print(f"\n[outbox] {name}: {line}\n[outbox] counts also in {path}")


@pytest.fixture
def simulator():
    sims: list[Simulator] = []

    def start(rate_limit=FAST_PLATFORM) -> Simulator:
        sim = Simulator(rate_limit=rate_limit)
        sim.start()
        sims.append(sim)
        return sim

    yield start
    for sim in sims:
        sim.stop()


def in_process_sender(db, desk_id, sim, tmp_path, *, limit=FAST_PLATFORM, read_timeout=0.5) -> Sender:
    client = DemarcheNumeriqueClient(sim.base_url, timeout=(1.0, read_timeout), throttle=Throttle(*limit),
                                     rate_wait_s=0.5)
    sender = Sender(db, desk_id, dn_transports(client), lock_dir=tmp_path / "lock",
                    backoff=Backoff(base_s=0.02, cap_s=0.2), offline_backoff=Backoff(base_s=0.05, cap_s=0.5))
    sender.start()
    return sender


def drain(sender: Sender, db, deadline_s: float) -> None:
    end = time.monotonic() + deadline_s
    while unsettled(db) and time.monotonic() < end:
        result = sender.run_once()
        if result.attempted == 0:
            time.sleep(min(0.2, result.next_due_in if result.next_due_in is not None else 0.05))


# --- kill -9 --------------------------------------------------------------------------------------------

def test_kill_9_at_random_moments_loses_nothing_and_claims_nothing_twice(simulator, tmp_path, tmp_path_factory):
    sim = simulator()
    data_dir = tmp_path / "desk"
    db, _ = Database.open("sqlite:///" + (data_dir / "frontdesk.sqlite3").as_posix())
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    key, champ_id = marker_key(sim)
    env = {**os.environ, "FRONTDESK_DATA_DIR": str(data_dir), "FRONTDESK_DN_URL": sim.base_url,
           "FRONTDESK_NETWORK_TIMEOUT": "2", "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "frontdesk.cli", "sync", "--poll", "0.05", "--backoff", "0.05",
               "--prefill-limit", "100000/1"]
    rng = random.Random(20261128)
    batch = KILL_SUBMISSIONS // KILLS
    submitted, kills = 0, 0
    deadline = time.monotonic() + 240
    while True:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert "Envoi en cours" in proc.stdout.readline(), "the sender did not start"  # lock taken, recovered
        if kills >= KILLS:  # the last run: let it finish, then stop it cleanly
            while unsettled(db) and time.monotonic() < deadline:
                time.sleep(0.1)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 0
            proc.stdout.close()
            break
        for _ in range(batch):  # the desk keeps working while the sender runs, dies and comes back
            submit(db, desk.id, key, submitted)
            submitted += 1
        time.sleep(rng.uniform(0.0, 0.4))
        proc.kill()  # SIGKILL: no clean-up of any kind
        proc.wait()
        proc.stdout.close()
        kills += 1
    assert not unsettled(db), f"not settled in time: {unsettled(db)} item(s) left after {kills} kills"
    counts = tally(db, sim, submitted, champ_id)
    report(tmp_path_factory, "kill -9", counts.line(kills=kills))
    db.close()
    assert submitted == KILL_SUBMISSIONS and kills == KILLS
    assert counts.lost == 0 and counts.items == KILL_SUBMISSIONS
    assert counts.sent == KILL_SUBMISSIONS, counts.states
    assert counts.claimed_twice == 0
    assert counts.orphans <= counts.interrupted, "an orphan can only come from an interrupted call"


# --- faults ---------------------------------------------------------------------------------------------

FAULTS = {  # test id: the simulator's fault and its settings
    "timeout": ("timeout", {"hold_s": 1.0}),
    "reset": ("reset", {}),
    "server_500": ("server_error", {"status": 500}),
    "server_502": ("server_error", {"status": 502}),
    "server_503": ("server_error", {"status": 503, "retry_after": 1}),
    "lost_response": ("lost_response", {}),
    "malformed_json": ("malformed_json", {}),
    "rate_limited": ("rate_limited", {"retry_after": 1}),
}


ENGINES = [(fault, "sqlite") for fault in FAULTS] + [
    pytest.param("lost_response", "postgresql", marks=pytest.mark.postgres),
    pytest.param("server_502", "postgresql", marks=pytest.mark.postgres)]


@pytest.fixture
def any_db(request):
    """The engine named by the test's parameters (every fault on SQLite, two on PostgreSQL)."""
    url = request.getfixturevalue("sqlite_url" if request.node.callspec.params["engine"] == "sqlite" else "pg_url")
    database, _ = Database.open(url)
    yield database
    database.close()


@pytest.mark.parametrize(("fault", "engine"), ENGINES)
def test_every_item_converges_under_each_fault(any_db, simulator, tmp_path, tmp_path_factory, fault, engine):
    db = any_db
    sim = simulator()
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    key, champ_id = marker_key(sim)
    name, settings = FAULTS[fault]
    sim.inject(name, probability=0.25, seed=7, route="prefill", **settings)
    for n in range(FAULT_SUBMISSIONS):
        submit(db, desk.id, key, n)
    sender = in_process_sender(db, desk.id, sim, tmp_path)
    try:
        drain(sender, db, deadline_s=60)
    finally:
        sender.stop()
    counts = tally(db, sim, FAULT_SUBMISSIONS, champ_id)
    report(tmp_path_factory, f"fault {fault} at 25% [{engine}]", counts.line())
    assert counts.faults >= 0.15 * FAULT_SUBMISSIONS, "the fault was injected"
    assert counts.lost == 0 and counts.sent == FAULT_SUBMISSIONS, counts.states
    assert counts.claimed_twice == 0


# --- the platform's rate --------------------------------------------------------------------------------

def test_a_429_storm_never_pushes_the_desk_over_the_platform_rate(sqlite_url, simulator, tmp_path,
                                                                   tmp_path_factory):
    db, _ = Database.open(sqlite_url)
    limit, period = 15, 15.0
    sim = simulator(rate_limit=(limit, period))
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    key, champ_id = marker_key(sim)
    sim.inject("rate_limited", probability=0.25, seed=3, route="prefill", retry_after=2)
    for n in range(STORM_SUBMISSIONS):
        submit(db, desk.id, key, n)
    brake = Throttle(PREFILL_LIMIT, PREFILL_PERIOD_S + SAFETY_MARGIN_S)  # the production brake, fresh
    client = DemarcheNumeriqueClient(sim.base_url, timeout=(1.0, 2.0), throttle=brake, rate_wait_s=0.5)
    sender = Sender(db, desk.id, dn_transports(client), lock_dir=tmp_path / "lock", backoff=Backoff(0.05, 0.5))
    sender.start()
    try:
        drain(sender, db, deadline_s=120)
    finally:
        sender.stop()
    posts = [(t, status) for t, method, path, status in sim.requests_log() if method == "POST"]
    times = [t for t, _s in posts]
    busiest = max(sum(1 for u in times if t <= u < t + period) for t in times)
    storms = [(t, next((u for u in times if u > t), None)) for t, status in posts if status == 429]
    too_soon = [(t, u) for t, u in storms if u is not None and u - t < 2.0]
    counts = tally(db, sim, STORM_SUBMISSIONS, champ_id)
    db.close()
    report(tmp_path_factory, "429 storm",
           counts.line(posts=len(posts), injected_429=len(storms), busiest_15s_window=busiest, limit=limit))
    assert busiest <= limit, "over the platform's rate"
    assert not too_soon, "a request went before the Retry-After had passed"
    assert counts.lost == 0 and counts.sent == STORM_SUBMISSIONS, counts.states
    assert counts.orphans == 0


def test_the_lock_is_freed_by_the_os_when_its_holder_is_killed(db, tmp_path):
    """Two programs never send together, and a killed one never leaves the desk unable to send."""
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    lock_dir = tmp_path / "lock"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, uuid; from pathlib import Path; from frontdesk.outbox.lock import SenderLock;"
        f"lock = SenderLock(Path({str(lock_dir)!r}), uuid.UUID({str(desk.id)!r})); lock.acquire();"
        "print('held', flush=True);"
        "time.sleep(60)")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        sender = Sender(db, desk.id, [], lock_dir=lock_dir)
        with pytest.raises(SenderBusy):
            sender.start()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    sender.start()
    sender.stop()


def test_the_sender_process_refuses_to_run_twice(tmp_path):
    data_dir = tmp_path / "desk"
    db, _ = Database.open("sqlite:///" + (data_dir / "frontdesk.sqlite3").as_posix())
    ensure_desk(db, "Accueil", "AC1", "Admiville")
    db.close()
    env = {**os.environ, "FRONTDESK_DATA_DIR": str(data_dir), "FRONTDESK_DN_URL": "http://127.0.0.1:9"}
    first = subprocess.Popen([sys.executable, "-m", "frontdesk.cli", "sync"], env=env, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert "Envoi en cours" in first.stdout.readline()
        second = subprocess.run([sys.executable, "-m", "frontdesk.cli", "sync", "--once"], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert "un autre programme de ce guichet envoie déjà" in second.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
        first.stdout.close()
