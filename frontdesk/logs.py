"""Log files: rotating, in the data directory, and free of personal data.

Code logs identifiers and codes, never names, phones or free text. Crashes in native code (Qt, SQLite)
are written by faulthandler to ``crash.log`` beside the log, so even a hard crash leaves evidence.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

LOG_FILE = "frontdesk.log"
CRASH_FILE = "crash.log"
_crash_stream: TextIO | None = None


def setup_logging(log_dir: Path, level: str = "INFO", *, stderr: bool = True) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_frontdesk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler._frontdesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if stderr:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console._frontdesk = True  # type: ignore[attr-defined]
        root.addHandler(console)
    root.setLevel(level)
    _enable_faulthandler(log_dir / CRASH_FILE)
    return path


def _enable_faulthandler(path: Path) -> None:
    global _crash_stream
    if _crash_stream is not None:
        return
    _crash_stream = path.open("a", encoding="utf-8")
    faulthandler.enable(_crash_stream)
    atexit.register(_close_crash_stream)


def _close_crash_stream() -> None:
    """At a normal exit: stop faulthandler before its file closes (a crash after that has no file)."""
    global _crash_stream
    if _crash_stream is not None:
        faulthandler.disable()
        _crash_stream.close()
        _crash_stream = None
