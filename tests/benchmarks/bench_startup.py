"""Start-up: from launching the application until its window is shown, and until it accepts input.

- ``startup_to_window_s``: ``python -m ui --smoke`` on the 100 000 resident demo database, offscreen,
  until it prints ``frontdesk-smoke: main window shown`` (its main window was first shown; the
  database is then opening on a worker thread). Median of ``ctx.repeat`` runs after a warm-up.
- ``startup_to_ready_s``: the same runs, until ``frontdesk-smoke: ready`` (database open and migrated,
  the sign-in screen accepts input).
- ``startup_bare_qt_s``: the first measurement for ``bare_qt.py`` (QApplication + QMainWindow, nothing
  else): the floor any PySide6 application pays on this machine.
- ``startup_ratio`` (target below 3) and ``startup_ready_ratio``: each over the bare Qt floor.
"""

from __future__ import annotations

from pathlib import Path

BARE_QT = Path(__file__).with_name("bare_qt.py")
READY_MARKER = "frontdesk-smoke: ready"


def run(ctx) -> dict[str, float]:
    data_dir, _ = ctx.demo_database()
    env = ctx.env(data_dir)
    app = [ctx.python, "-m", "ui", "--smoke"]
    bare = ctx.median(lambda: ctx.time_until_line([ctx.python, str(BARE_QT)], env=env))
    window = ctx.median(lambda: ctx.time_until_line(app, env=env))
    ready = ctx.median(lambda: ctx.time_until_line(app, READY_MARKER, env=env))
    return {
        "startup_to_window_s": window,
        "startup_to_ready_s": ready,
        "startup_bare_qt_s": bare,
        "startup_ratio": window / bare,
        "startup_ready_ratio": ready / bare,
    }
