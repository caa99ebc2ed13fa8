"""What a supervisor sees of a broken catalogue: each definition left out, where, and why, in French."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from frontdesk.catalogue import Catalogue
from ui.texts import catalogue_problem
from ui.widgets import fill_table, read_only_table, title_label

translate = QCoreApplication.translate


class CatalogueProblemsView(QWidget):
    """A read-only list of ``Catalogue.problems``; empty, it says the catalogue is fine."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(translate("CatalogueProblemsView", "Procedure catalogue"), "subtitle"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        headers = [translate("CatalogueProblemsView", "File"), translate("CatalogueProblemsView", "Procedure"),
                   translate("CatalogueProblemsView", "Entry"), translate("CatalogueProblemsView", "Problem")]
        self.table = read_only_table(headers, translate("CatalogueProblemsView", "Problems of the catalogue"))
        layout.addWidget(self.table, 1)
        self.show_catalogue(catalogue)

    def show_catalogue(self, catalogue: Catalogue) -> None:
        count = len(catalogue.problems)
        if count:
            text = translate("CatalogueProblemsView", "{loaded} procedures available. {count} problem(s): the "
                             "definitions below were left out until they are corrected.")
        else:
            text = translate("CatalogueProblemsView", "{loaded} procedures available. No problem found.")
        self.summary.setText(text.format(loaded=len(catalogue.procedures), count=count))
        self.summary.setAccessibleName(self.summary.text())
        fill_table(self.table, [(Path(p.file).name, p.procedure, p.field, catalogue_problem(p.code))
                                for p in catalogue.problems])
        self.table.setVisible(bool(count))
