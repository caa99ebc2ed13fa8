"""The outbox: what the sender costs per item, and how close it gets to the platform's prefill rate.

- ``outbox_overhead_ms_per_item``: the sender's own work per item (choose it, claim and commit, record
  the outcome and its history, commit), on SQLite, with the real Démarche Numérique transport against the
  local simulator; the time spent inside the network call is measured and left out. 300 items, one pass.
- ``prefill_rate_ratio``: 31 prefills queued at once, the simulator enforcing the platform's 15 per 15 s,
  the desk's production brake in the client: the shortest time the platform allows for them (two full
  windows, 30 s) over the time they took. 1.0 means not a second lost; ``prefill_429_count`` must stay 0.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OVERHEAD_ITEMS = 300
RATE_ITEMS = 31


def run(ctx) -> dict[str, float]:
    figures: dict[str, float] = {}
    for mode in ("overhead", "rate"):
        data_dir = ctx.workdir / f"outbox-{mode}"
        proc = subprocess.run([ctx.python, __file__, mode, str(data_dir)], cwd=ctx.root, env=ctx.env(data_dir),
                              capture_output=True, text=True, timeout=ctx.timeout_s, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"outbox benchmark ({mode}) failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
        figures.update(json.loads(proc.stdout.strip().splitlines()[-1]))
    return figures


# --- the measuring process ------------------------------------------------------------------------------

def _desk(data_dir: Path):
    from frontdesk.services.desk import ensure_desk
    from frontdesk.store.database import Database

    db, _ = Database.open("sqlite:///" + (data_dir / "frontdesk.sqlite3").as_posix())
    return db, ensure_desk(db, "Accueil", "ADM-A1", "Admiville").id


def _queue(db, desk_id, sim, count: int) -> None:
    from tests.outbox_support import marker_key, submit

    key, _ = marker_key(sim)
    for n in range(count):
        submit(db, desk_id, key, n)


def measure_overhead(data_dir: Path) -> dict[str, float]:
    from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
    from frontdesk.connectors.demarche_numerique.simulator import Simulator
    from frontdesk.connectors.demarche_numerique.throttle import Throttle
    from frontdesk.outbox.sender import Sender
    from frontdesk.outbox.transports import PrefillTransport

    class Timed(PrefillTransport):
        """The real transport; the seconds spent in the network call are counted apart."""

        network_s = 0.0

        def send(self, item):
            start = time.perf_counter()
            try:
                return super().send(item)
            finally:
                Timed.network_s += time.perf_counter() - start

    sim = Simulator(rate_limit=(1_000_000, 1.0))
    sim.start()
    db, desk_id = _desk(data_dir)
    _queue(db, desk_id, sim, OVERHEAD_ITEMS)
    client = DemarcheNumeriqueClient(sim.base_url, throttle=Throttle(1_000_000, 1.0))
    sender = Sender(db, desk_id, [Timed(client)], lock_dir=data_dir)
    sender.start()
    start = time.perf_counter()
    report = sender.run_once(limit=OVERHEAD_ITEMS)
    total = time.perf_counter() - start
    sender.stop()
    sim.stop()
    assert report.sent == OVERHEAD_ITEMS, report
    return {"outbox_overhead_ms_per_item": round((total - Timed.network_s) / OVERHEAD_ITEMS * 1000, 2),
            "outbox_network_ms_per_item": round(Timed.network_s / OVERHEAD_ITEMS * 1000, 2)}


def measure_rate(data_dir: Path) -> dict[str, float]:
    from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
    from frontdesk.connectors.demarche_numerique.simulator import Simulator
    from frontdesk.connectors.demarche_numerique.throttle import PREFILL_THROTTLE
    from frontdesk.outbox.sender import Sender
    from frontdesk.outbox.transports import dn_transports
    from tests.outbox_support import unsettled

    limit, period = 15, 15.0
    sim = Simulator(rate_limit=(limit, period))
    sim.start()
    db, desk_id = _desk(data_dir)
    _queue(db, desk_id, sim, RATE_ITEMS)
    client = DemarcheNumeriqueClient(sim.base_url, throttle=PREFILL_THROTTLE, rate_wait_s=2.0)  # as in production
    sender = Sender(db, desk_id, dn_transports(client), lock_dir=data_dir)
    sender.start()
    deadline = time.monotonic() + 180
    while unsettled(db) and time.monotonic() < deadline:
        report = sender.run_once()
        if report.attempted == 0:
            time.sleep(min(0.05, report.next_due_in or 0.05))
    sender.stop()
    posts = [(t, status) for t, method, _path, status in sim.requests_log() if method == "POST"]
    sim.stop()
    created = [t for t, status in posts if status == 201]
    assert len(created) == RATE_ITEMS, posts
    allowed_s = ((RATE_ITEMS - 1) // limit) * period
    taken_s = created[-1] - created[0]
    return {"prefill_rate_ratio": round(allowed_s / taken_s, 3),
            "prefill_429_count": float(sum(1 for _t, status in posts if status == 429)),
            "prefill_31_items_s": round(taken_s, 2)}


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    result = measure_overhead(folder) if mode == "overhead" else measure_rate(folder)
    print(json.dumps(result))
