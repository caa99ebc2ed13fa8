"""Form rendering: a 150-field procedure form against the floor of 150 bare line edits.

- ``form_render_ms_150_fields``: ``FormView`` built from a 150-field schema of mixed types (text, dates,
  choices, yes/no, addresses, check boxes, a few conditional fields), shown and laid out (events processed),
  median of repeated runs after a warm-up. Target: under 150 ms.
- ``form_render_ms_bare_150``: 150 plain ``QLineEdit`` in one ``QFormLayout`` with their labels, shown
  the same way: what Qt itself costs for that many rows.
- ``form_render_ratio``: the first over the second. Target: within 3x.
- ``form_render_cpu_ms_150_fields`` and ``form_render_cpu_ms_bare_150``: the same runs in CPU time of the
  process (``time.process_time``), which a busy shared machine inflates much less than wall time.

Both run in one fresh process (offscreen), so they share the same machine state.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
REPEAT = 15


def run(ctx) -> dict[str, float]:
    proc = subprocess.run([ctx.python, __file__], cwd=ctx.root, env=ctx.env(), capture_output=True, text=True,
                          timeout=ctx.timeout_s, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"forms benchmark failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure() -> dict[str, float]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

    from frontdesk.resources import RESOURCES
    from tests.form_samples import mixed_schema
    from ui.form_view import FormView

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))  # as the application runs
    schema = mixed_schema(150)

    def bare() -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        for index in range(150):
            form.addRow(f"Champ n° {index + 1}", QLineEdit(widget))
        return widget

    def timed(build) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        widget = build()
        widget.resize(1000, 800)
        widget.show()
        app.processEvents()
        elapsed, used = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
        widget.close()
        widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # really gone before the next run
        return elapsed, used

    results: dict[str, list[tuple[float, float]]] = {"form": [], "bare": []}
    timed(lambda: FormView(schema))  # warm-up: imports, style, fonts
    timed(bare)
    for _ in range(REPEAT):  # interleaved, so a busy moment of the machine weighs on both
        results["form"].append(timed(lambda: FormView(schema)))
        results["bare"].append(timed(bare))

    def median(name: str, index: int) -> float:
        return statistics.median(run[index] for run in results[name])

    form_ms, bare_ms = median("form", 0), median("bare", 0)
    return {"form_render_ms_150_fields": round(form_ms, 1), "form_render_ms_bare_150": round(bare_ms, 1),
            "form_render_ratio": round(form_ms / bare_ms, 2),
            "form_render_cpu_ms_150_fields": round(median("form", 1), 1),
            "form_render_cpu_ms_bare_150": round(median("bare", 1), 1)}


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    figures = measure()
    print(f"form {figures['form_render_ms_150_fields']} ms, bare {figures['form_render_ms_bare_150']} ms, "
          f"ratio {figures['form_render_ratio']}x", file=sys.stderr)
    print(json.dumps(figures))
