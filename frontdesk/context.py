"""Opening the desk: settings → database (migrated) → desk identity; shared by the app and the CLI."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from frontdesk.services.desk import DeskInfo, current_desk
from frontdesk.settings import Settings
from frontdesk.store.database import Database
from frontdesk.store.migrate import MigrationReport

log = logging.getLogger(__name__)


@dataclass
class Frontdesk:
    settings: Settings
    db: Database
    desk: DeskInfo | None
    migration: MigrationReport

    def close(self) -> None:
        self.db.close()


def open_frontdesk(settings: Settings) -> Frontdesk:
    """Connect, migrate (backing up first), and seed the demo commune on a first demo start."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db, report = Database.open(settings.database_url, settings.backup_dir)
    if report.migrated:
        log.info("schema migrated from %s to %s", report.from_revision, report.to_revision)
    desk = current_desk(db)
    if settings.demo and desk is None:
        from frontdesk import demo

        desk = demo.seed(db)
    return Frontdesk(settings, db, desk, report)
