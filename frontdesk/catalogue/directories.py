"""Where a desk's catalogue comes from: the bundled definitions, then the commune's own folder."""

from __future__ import annotations

from pathlib import Path

from frontdesk.catalogue.loader import load_catalogue
from frontdesk.catalogue.model import Catalogue
from frontdesk.resources import RESOURCES
from frontdesk.settings import Settings

BUNDLED = RESOURCES / "catalogue"


def catalogue_directories(settings: Settings) -> list[Path]:
    return [BUNDLED, settings.catalogue_dir]


def load_desk_catalogue(settings: Settings) -> Catalogue:
    """Every procedure the desk offers; broken definitions are in ``problems`` for the supervisor."""
    return load_catalogue(catalogue_directories(settings))
