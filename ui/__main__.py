"""``frontdesk``: start the desk application.

The window comes first: settings are read, the log opened, Qt and its translations set up, and the
main window shown at once; the database is opened (and migrated if needed) on a worker thread while the
window is already on screen, then the sign-in screen accepts input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

SMOKE_SHOWN = "frontdesk-smoke: main window shown"
SMOKE_READY = "frontdesk-smoke: ready"
EXIT_CANNOT_START = 2


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="frontdesk", description="Frontdesk — guichet assisté.")
    parser.add_argument("--demo", action="store_true", help="commune de démonstration Admiville (données fictives)")
    parser.add_argument("--smoke", action="store_true",
                        help="afficher la fenêtre principale, attendre qu'elle soit prête, puis quitter (tests)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from frontdesk.errors import FrontdeskError
    from frontdesk.logs import setup_logging
    from frontdesk.resources import RESOURCES
    from frontdesk.settings import load_settings
    from ui.errors import install_excepthook
    from ui.i18n import install_translators
    from ui.texts import describe

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Frontdesk")
    app.setOrganizationName("Frontdesk")
    translators = install_translators(app)  # noqa: F841 (kept alive with the application)
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))

    def cannot_start(text: str) -> None:
        """Say why in French: on stderr for IT staff, in a dialog for the agent (not in smoke runs)."""
        print(text, file=sys.stderr)
        if not args.smoke:
            QMessageBox.critical(None, QApplication.translate("Startup", "Frontdesk cannot start"), text)

    try:
        settings = load_settings(demo=args.demo)
    except FrontdeskError as exc:
        cannot_start(describe(exc))
        return EXIT_CANNOT_START

    setup_logging(settings.log_dir, settings.log_level)
    log = logging.getLogger("frontdesk.app")
    log.info("starting (demo=%s, engine=%s)", settings.demo, settings.database_url.split(":", 1)[0])
    install_excepthook()

    from frontdesk.context import Frontdesk
    from ui.mainwindow import MainWindow

    fd = Frontdesk(settings)
    window = MainWindow(fd)
    status = {"code": 0}

    def failed(text: str) -> None:
        status["code"] = EXIT_CANNOT_START
        cannot_start(text)
        QTimer.singleShot(0, app.quit)

    window.failed.connect(failed)
    if args.smoke:
        window.first_shown.connect(lambda: print(SMOKE_SHOWN, flush=True))
        window.ready.connect(lambda: (print(SMOKE_READY, flush=True), QTimer.singleShot(0, app.quit)))
        window.show()
    else:
        window.showMaximized()
    code = app.exec() or status["code"]
    from ui.workers import wait_for_background

    wait_for_background()
    fd.close()
    log.info("stopped with status %s", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
