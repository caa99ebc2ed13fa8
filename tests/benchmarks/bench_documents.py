"""Paper documents: one accusé de réception, the bare reportlab floor, and 1,000 follow-up letters.

- ``receipt_pdf_ms_median``: rendering one issued A4 accusé de réception (every R112-5 item, QR code,
  bundled font) to PDF bytes, median of 30 after a warm-up. Target: under 40 ms.
- ``receipt_pdf_ms_floor``: a bare reportlab A4 page with the same font and one paragraph, same process:
  what reportlab itself costs, so the receipt figure can be read against it.
- ``receipt_issue_ms_median``: issuing one (number, record, journal entry committed) on SQLite.
- ``letters_1000_s``: issuing 1,000 follow-up letters (each committed) and rendering them as one PDF
  (one print job), in a fresh process. Target: under 30 s.
- ``letters_1000_peak_mb``: that process's peak resident memory (ru_maxrss).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def run(ctx) -> dict[str, float]:
    figures: dict[str, float] = {}
    for mode in ("receipt", "letters"):
        data_dir = ctx.workdir / f"documents-{mode}"
        proc = subprocess.run([ctx.python, __file__, mode, str(data_dir)], cwd=ctx.root, env=ctx.env(data_dir),
                              capture_output=True, text=True, timeout=ctx.timeout_s, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"documents benchmark ({mode}) failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
        figures.update(json.loads(proc.stdout.strip().splitlines()[-1]))
    return figures


# --- the measuring process ------------------------------------------------------------------------------

def _setup(data_dir: Path):
    from frontdesk.domain.roles import Actor, Role
    from frontdesk.services.desk import ensure_desk
    from frontdesk.store.database import Database

    db, _ = Database.open("sqlite:///" + (data_dir / "frontdesk.sqlite3").as_posix())
    return db, Actor(ensure_desk(db, "Accueil", "ADM-A1", "Admiville").id, role=Role.AGENT)


def measure_receipt(data_dir: Path) -> dict[str, float]:
    from frontdesk.documents import issue, render
    from frontdesk.documents.layout import bare_page
    from tests import document_samples as samples

    db, actor = _setup(data_dir)
    issued = issue(db, actor, samples.acknowledgement())
    render(issued)
    bare_page()

    def timed(fn) -> float:
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1000

    receipt = statistics.median(timed(lambda: render(issued)) for _ in range(30))
    floor = statistics.median(timed(bare_page) for _ in range(30))
    issuing = statistics.median(timed(lambda: issue(db, actor, samples.acknowledgement())) for _ in range(30))
    return {"receipt_pdf_ms_median": receipt, "receipt_pdf_ms_floor": floor, "receipt_issue_ms_median": issuing}


def measure_letters(data_dir: Path) -> dict[str, float]:
    import resource

    from frontdesk.documents import issue, render_batch
    from tests import document_samples as samples

    db, actor = _setup(data_dir)
    start = time.perf_counter()
    issued = [issue(db, actor, samples.letter(i)) for i in range(1, 1001)]
    pdf = render_batch(issued)
    seconds = time.perf_counter() - start
    assert pdf.startswith(b"%PDF") and len(pdf) > 100_000
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"letters_1000_s": seconds, "letters_1000_peak_mb": peak_kb / 1024}


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # the sample documents live in tests/
    mode, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    result = measure_receipt(folder) if mode == "receipt" else measure_letters(folder)
    print(json.dumps(result))
