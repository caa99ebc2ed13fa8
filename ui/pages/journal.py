"""The journal, for supervisors: the latest operations and the integrity check of the whole chain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.roles import Actor
from ui.texts import action_name, local_time, problem_text
from ui.widgets import fill_table, message_label, read_only_table, show_error, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.journal import VerifyResult
    from frontdesk.services.audit import JournalLine

SHOWN = 500


class JournalPage(QWidget):
    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Journal of operations")))
        self.table = read_only_table(
            [self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Concerning")],
            self.tr("Latest operations"))
        layout.addWidget(self.table)
        self.message = message_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify integrity"))
        self.verify_button.setToolTip(self.tr("Check that no entry of the journal was modified, deleted or moved."))
        self.verify_button.clicked.connect(self.verify)
        row.addWidget(self.verify_button)
        self.unmerge_button = QPushButton(self.tr("&Undo the selected merge"))
        self.unmerge_button.setToolTip(self.tr("Give a merged duplicate its own file back, with exactly what moved."))
        self.unmerge_button.clicked.connect(self.unmerge)
        row.addWidget(self.unmerge_button)
        row.addStretch(1)
        self.lines: list[JournalLine] = []
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        layout.addLayout(row)

    def show_for(self, actor: Actor) -> None:
        self.actor = actor
        self.refresh()

    def clear(self) -> None:
        self.actor = None
        self.table.setRowCount(0)
        show_message(self.message, "")

    def refresh(self) -> None:
        if self.actor is None:
            return
        actor, db = self.actor, self.fd.db

        def work() -> list[JournalLine]:
            from frontdesk.services.audit import recent_entries

            return recent_entries(db, actor, SHOWN)

        run_in_background(work, self._show, self._error)

    def _selected(self) -> JournalLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows and rows[0].row() < len(self.lines) else None

    def _update_buttons(self) -> None:
        line = self._selected()
        self.unmerge_button.setEnabled(line is not None and line.action == "resident.merged")

    def unmerge(self) -> None:
        line = self._selected()
        if line is None or self.actor is None:
            return
        actor, db, seq = self.actor, self.fd.db, line.seq

        def work() -> None:
            from frontdesk.services.residents import unmerge_residents

            unmerge_residents(db, actor, seq)

        run_in_background(work, lambda _: (show_message(self.message, self.tr("Merge undone."), error=False),
                                           self.refresh()), self._error)

    def _show(self, lines: list[JournalLine]) -> None:
        self.lines = lines
        fill_table(self.table, [
            (str(line.seq), local_time(line.at, "dd/MM/yyyy HH:mm:ss"), line.agent_name or self.tr("System"),
             action_name(line.action), line.subject)
            for line in lines
        ])
        self._update_buttons()

    def verify(self) -> None:
        if self.actor is None:
            return
        self.verify_button.setEnabled(False)
        show_message(self.message, self.tr("Verifying…"), error=False)
        actor, db = self.actor, self.fd.db

        def work() -> VerifyResult:
            from frontdesk.services.audit import verify_journal

            return verify_journal(db, actor)

        run_in_background(work, self._verified, self._error)

    def _verified(self, result: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            show_message(self.message, self.tr("✔ Journal intact: {n} entries checked.").format(n=result.checked),
                         error=False)
        else:
            show_message(self.message, self.tr("✘ Journal altered: first faulty entry No. {seq} ({problem}).").format(
                seq=result.first_bad_seq, problem=problem_text(result.problem)))
        self.refresh()

    def _error(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        show_error(self.message, error)
