"""Start-up: from launching the application until its main window is shown, against bare Qt.

- ``startup_to_window_s``: ``python -m ui --smoke`` on the 100 000 resident demo database, offscreen,
  until it prints ``frontdesk-smoke: main window shown`` (the app prints it when its main window is
  first shown in --smoke mode, then quits with status 0). Median of ``ctx.repeat`` runs after a warm-up.
- ``startup_bare_qt_s``: the same measurement for ``bare_qt.py`` (QApplication + QMainWindow, nothing else):
  the floor any PySide6 application pays on this machine.
- ``startup_ratio``: the first over the second; the target is below 3.
"""

from __future__ import annotations

from pathlib import Path

BARE_QT = Path(__file__).with_name("bare_qt.py")


def run(ctx) -> dict[str, float]:
    data_dir, _ = ctx.demo_database()
    env = ctx.env(data_dir)
    bare = ctx.median(lambda: ctx.time_until_line([ctx.python, str(BARE_QT)], env=env))
    app = ctx.median(lambda: ctx.time_until_line([ctx.python, "-m", "ui", "--smoke"], env=env))
    return {
        "startup_to_window_s": app,
        "startup_bare_qt_s": bare,
        "startup_ratio": app / bare,
    }
