"""Translations: the application's own French catalogue and Qt's, for its standard dialogs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from frontdesk.resources import RESOURCES

log = logging.getLogger(__name__)
TRANSLATIONS = RESOURCES / "translations"
LANGUAGE = "fr"


def install_translators(app: QCoreApplication, language: str = LANGUAGE) -> list[QTranslator]:
    """Load the app's and Qt's catalogues; keep the returned translators alive with the app."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    installed = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for directory, name in ((qt_dir, f"qtbase_{language}"), (TRANSLATIONS, f"frontdesk_{language}")):
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation catalogue %s not found in %s", name, directory)
    return installed
