"""Opening the desk: settings → database (migrated) → desk identity; shared by the app and the CLI.

The application creates a ``Frontdesk`` at once and opens it on a worker thread, so the window is on
screen while the database is reached, backed up and migrated; nothing here imports SQLAlchemy until
``open`` runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontdesk.errors import FrontdeskError
from frontdesk.settings import DEMO_DN_URL, Settings

if TYPE_CHECKING:
    from frontdesk.connectors.demarche_numerique.simulator import Simulator
    from frontdesk.services.desk import DeskInfo
    from frontdesk.store.database import Database
    from frontdesk.store.migrate import MigrationReport

log = logging.getLogger(__name__)
# Where no keyring exists, the demo protects its key with this passphrase (stated in the README), so
# trying the product never asks for one; the commune's own database never uses it.
DEMO_PASSPHRASE = "démo Admiville sans trousseau"


@dataclass
class Frontdesk:
    settings: Settings
    db: Database | None = None
    desk: DeskInfo | None = None
    migration: MigrationReport | None = None
    simulator: Simulator | None = None  # demo mode: the local stand-in for Démarche Numérique

    @property
    def is_open(self) -> bool:
        return self.db is not None

    def open(self, passphrase: str | None = None) -> Frontdesk:
        """Connect, unlock the data key, migrate (backing up first), and seed the demo commune on a
        first demo start. Raises ``PassphraseRequired`` where no keyring holds the key: the caller asks
        a supervisor and calls again with the passphrase."""
        from sqlalchemy.exc import SQLAlchemyError

        from frontdesk.services.desk import current_desk
        from frontdesk.store.database import Database

        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        if self.settings.demo and self.settings.demarche_numerique_url == DEMO_DN_URL and self.simulator is None:
            self._start_demo_platform()
        try:
            if passphrase is None and self.settings.demo:
                passphrase = DEMO_PASSPHRASE  # used only if no keyring holds the demo's key
            db, report = Database.open(self.settings.database_url, self.settings.backup_dir,
                                       protection=self.settings.key_protection, passphrase=passphrase)
        except SQLAlchemyError as exc:  # an unreachable server is a normal event: say it, don't crash
            log.error("cannot open the database: %s", type(exc).__name__)
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
            raise FrontdeskError("database.unreachable", detail=reason) from exc
        if report.migrated:
            log.info("schema migrated from %s to %s", report.from_revision, report.to_revision)
        desk = current_desk(db)
        if self.settings.demo and desk is None:
            from frontdesk import demo
            from frontdesk.catalogue import load_catalogue
            from frontdesk.catalogue.directories import BUNDLED

            desk = demo.seed(db)
            demo.seed_demarches(db, desk)
            # The bundled procedures only, read apart: the desk's catalogue is read (and kept) when first shown.
            demo.seed_dossiers(db, desk, load_catalogue([BUNDLED]))
        self.db, self.desk, self.migration = db, desk, report
        return self

    def _start_demo_platform(self) -> None:
        """Demo mode talks to a local simulator of Démarche Numérique: serve one in this process unless
        something already listens at the demo address (another window, or one started by hand). A demo
        pointed elsewhere on purpose (``FRONTDESK_DN_URL``) gets no simulator."""
        from frontdesk.connectors.demarche_numerique.simulator import start_in_background

        self.simulator = start_in_background(self.settings.demarche_numerique_url)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
        if self.simulator is not None:
            self.simulator.stop()
            self.simulator = None


def open_frontdesk(settings: Settings, passphrase: str | None = None) -> Frontdesk:
    return Frontdesk(settings).open(passphrase)
