"""Find a resident as you type, keyboard first: type, arrow down, Enter opens the file."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from frontdesk.domain.roles import Actor
from ui.widgets import fill_table, message_label, read_only_table, show_error, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.residents import SearchHit

TYPING_PAUSE_MS = 120
SHOWN = 30


class ResidentsPage(QWidget):
    open_resident = Signal(object)  # uuid
    new_resident = Signal()
    anonymous_visit = Signal()

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.actor: Actor | None = None
        self.hits: list[SearchHit] = []
        self._generation = 0
        self._open_when_ready: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Residents")))
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search a resident"))
        self.query.setPlaceholderText(self.tr("Name, date of birth, phone or postal code"))
        self.query.setClearButtonEnabled(True)
        self.query.setMaxLength(100)
        layout.addWidget(self.query)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = read_only_table([self.tr("Name"), self.tr("Born"), self.tr("Commune"), self.tr("Phone")],
                                     self.tr("Residents found"))
        layout.addWidget(self.table, 1)
        self.message = message_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New resident…"))
        self.anonymous_button = QPushButton(self.tr("Visit without a &name…"))
        self.anonymous_button.setToolTip(self.tr("Record the visit of someone who does not want to give their name."))
        row.addWidget(self.new_button)
        row.addWidget(self.anonymous_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.open_selected)
        self.query.installEventFilter(self)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.new_button.clicked.connect(self.new_resident)
        self.anonymous_button.clicked.connect(self.anonymous_visit)
        self._show_hint()

    def show_for(self, actor: Actor) -> None:
        self.actor = actor

    def clear(self) -> None:
        self.actor = None
        self.query.clear()
        self._timer.stop()
        self.hits = []
        fill_table(self.table, [])
        self._show_hint()

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow down from the search field goes into the results, so the hands stay on the keyboard."""
        if (watched is self.query and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and self.table.rowCount()):
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return False

    def _show_hint(self) -> None:
        self.status.setText(self.tr("Type at least one letter or digit. ↓ goes to the results, Enter opens the file."))

    def search_now(self) -> None:
        text = self.query.text()
        self._generation += 1
        generation = self._generation
        db, actor = self.fd.db, self.actor
        if not text.strip() or actor is None:  # nobody signed in: the page is hidden, nothing to search
            self.hits = []
            fill_table(self.table, [])
            self._show_hint()
            return

        def work() -> list[SearchHit]:
            from frontdesk.services.residents import search_residents

            return search_residents(db, actor, text, SHOWN)

        run_in_background(work, lambda hits: self._show(generation, hits), self._error)

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # the agent kept typing: an older answer must not replace a newer one
        self.hits = hits
        fill_table(self.table, [(h.display_name, h.birth, f"{h.postal_code} {h.commune}".strip(), h.phone_display)
                                for h in hits])
        if self._open_when_ready == generation:
            self._open_when_ready = None
            self._open_row(0)
        if hits:
            self.table.selectRow(0)
            self.status.setText(self.tr("{n} resident(s) found. Enter opens the first one.").format(n=len(hits))
                                if len(hits) < SHOWN else
                                self.tr("More than {n} residents found: type more to narrow down.").format(n=SHOWN - 1))
        else:
            self.status.setText(self.tr("Nobody found. Check the spelling, or register a new resident."))

    def _error(self, error: BaseException) -> None:
        show_error(self.message, error)

    def pending(self) -> bool:
        """True while typed text has not been searched yet (tests and Enter use it)."""
        return self._timer.isActive()

    def open_selected(self) -> None:
        if self.pending():
            # Enter pressed before the pause elapsed: search now, then open the first result.
            self._timer.stop()
            self.search_now()
            self._open_when_ready = self._generation
            return
        rows = self.table.selectionModel().selectedRows()
        self._open_row(rows[0].row() if rows else 0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            resident_id: uuid.UUID = self.hits[row].id
            self.open_resident.emit(resident_id)
