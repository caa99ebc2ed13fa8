"""A supervisor folds a duplicate file into the one on screen; the journal keeps what to undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from frontdesk.domain.roles import Actor
from ui.dialogs import FormDialog
from ui.widgets import add_field, fill_table, read_only_table, show_message
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.residents import ResidentView, SearchHit


class MergeDialog(FormDialog):
    merged = Signal()

    def __init__(self, fd: Frontdesk, actor: Actor, keep: ResidentView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Merge a duplicate into {name}").format(name=keep.display_name), parent)
        self.fd, self.actor, self.keep = fd, actor, keep
        self.hits: list[SearchHit] = []
        explanation = QLabel(self.tr(
            "Find the other file of the same person. Its visits, assessments and consents move to the file on screen; "
            "the merge can be undone from the journal."))
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.query = add_field(self.form, self.tr("&Find the duplicate"), QLineEdit())
        self.table = read_only_table([self.tr("Name"), self.tr("Born"), self.tr("Commune"), self.tr("Phone")],
                                     self.tr("Possible duplicates"))
        self.form.addRow(self.table)
        self.resize(720, 480)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _t: self._timer.start())

    def search_now(self) -> None:
        text, db, actor, keep_id = self.query.text(), self.fd.db, self.actor, self.keep.id

        def work() -> list[SearchHit]:
            from frontdesk.services.residents import search_residents

            return [hit for hit in search_residents(db, actor, text, 20) if hit.id != keep_id]

        if text.strip():
            run_in_background(work, self._show)
        else:
            self._show([])

    def _show(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        fill_table(self.table, [(h.display_name, h.birth, f"{h.postal_code} {h.commune}".strip(), h.phone_display)
                                for h in hits])

    def submit(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_message(self.message, self.tr("Select the duplicate file in the list first."))
            return
        other = self.hits[rows[0].row()]
        db, actor, keep_id = self.fd.db, self.actor, self.keep.id

        def work() -> None:
            from frontdesk.services.residents import merge_residents

            merge_residents(db, actor, keep_id, other.id)

        self.save(work)

    def _saved(self, result: object) -> None:
        self.merged.emit()
        super()._saved(result)
