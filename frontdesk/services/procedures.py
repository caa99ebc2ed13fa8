"""The procedure catalogue this desk offers, read once per process and kept.

Reading and checking every definition file costs milliseconds the wizard should not pay on every
opening; ``reload=True`` after a supervisor imports definitions. Which folders are read is the
catalogue's own rule (``frontdesk.catalogue.directories``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from frontdesk.catalogue import Catalogue, load_catalogue
from frontdesk.catalogue.directories import catalogue_directories
from frontdesk.settings import Settings

_lock = threading.Lock()
_loaded: dict[tuple[Path, ...], Catalogue] = {}


def current_catalogue(settings: Settings, *, reload: bool = False) -> Catalogue:
    """The catalogue, read at the first call (from any thread) and kept for the next ones."""
    key = tuple(catalogue_directories(settings))
    with _lock:
        if reload or key not in _loaded:
            _loaded[key] = load_catalogue(key)
        return _loaded[key]
