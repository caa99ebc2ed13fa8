"""``frontdesk``: start the desk application.

Order matters for a quick start: parse, read settings, open the log, create the Qt application and its
translations, open (and if needed migrate) the database, then show the main window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

SMOKE_MARK = "frontdesk-smoke: main window shown"


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="frontdesk", description="Frontdesk — guichet assisté.")
    parser.add_argument("--demo", action="store_true", help="commune de démonstration Admiville (données fictives)")
    parser.add_argument("--smoke", action="store_true", help="afficher la fenêtre principale puis quitter (tests)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)

    from PySide6.QtWidgets import QApplication, QMessageBox

    from frontdesk.errors import FrontdeskError
    from frontdesk.logs import setup_logging
    from frontdesk.settings import load_settings
    from ui.errors import install_excepthook
    from ui.i18n import install_translators
    from ui.texts import describe

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Frontdesk")
    app.setOrganizationName("Frontdesk")
    translators = install_translators(app)  # noqa: F841 (kept alive with the application)
    from frontdesk.resources import RESOURCES

    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))

    def cannot_start(error: FrontdeskError) -> int:
        """Say why in French, on stderr for the IT staff and in a dialog for the agent (not in smoke runs)."""
        print(describe(error), file=sys.stderr)
        if not args.smoke:
            QMessageBox.critical(None, QApplication.translate("Startup", "Frontdesk cannot start"), describe(error))
        return 2

    try:
        settings = load_settings(demo=args.demo)
    except FrontdeskError as exc:
        return cannot_start(exc)

    setup_logging(settings.log_dir, settings.log_level)
    log = logging.getLogger("frontdesk.app")
    log.info("starting (demo=%s, engine=%s)", settings.demo, settings.database_url.split(":", 1)[0])
    install_excepthook()

    from frontdesk.context import open_frontdesk
    from ui.mainwindow import MainWindow

    try:
        fd = open_frontdesk(settings)
    except FrontdeskError as exc:
        log.error("cannot open the database: %s", exc.code)
        return cannot_start(exc)
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            raise
        log.exception("cannot open the database")
        return cannot_start(FrontdeskError("database.unreachable", detail=type(exc).__name__))

    window = MainWindow(fd)
    if args.smoke:
        from PySide6.QtCore import QTimer

        window.first_shown.connect(lambda: (print(SMOKE_MARK, flush=True), QTimer.singleShot(0, app.quit)))
    window.show()
    status = app.exec()
    from ui.workers import wait_for_background

    wait_for_background()
    fd.close()
    log.info("stopped with status %s", status)
    return status


if __name__ == "__main__":
    sys.exit(main())
