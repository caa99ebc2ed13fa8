"""The procedure catalogue this desk offers: the bundled definitions, then the commune's own.

Loaded once per process and kept (reading and checking every definition file costs milliseconds the
wizard should not pay on every opening); ``reload=True`` after a supervisor imports definitions.
"""

from __future__ import annotations

import threading
from pathlib import Path

from frontdesk.catalogue import Catalogue, load_catalogue
from frontdesk.resources import RESOURCES
from frontdesk.settings import Settings

_lock = threading.Lock()
_loaded: dict[tuple[Path, ...], Catalogue] = {}


def catalogue_directories(settings: Settings) -> tuple[Path, ...]:
    """Bundled definitions first (their ids win), then those a supervisor imported into the data folder."""
    return (RESOURCES / "catalogue", settings.data_dir / "catalogue")


def current_catalogue(settings: Settings, *, reload: bool = False) -> Catalogue:
    """The catalogue, read at the first call (from any thread) and kept for the next ones."""
    key = catalogue_directories(settings)
    with _lock:
        if reload or key not in _loaded:
            _loaded[key] = load_catalogue(key)
        return _loaded[key]
