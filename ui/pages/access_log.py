"""Who opened which resident's sensitive sections or exported their data: the supervisor's check on
habilitations (CNIL: access to health-related data is traced and reviewed)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.roles import Actor
from frontdesk.domain.text import fold
from ui.texts import action_name, local_time
from ui.widgets import fill_table, message_label, read_only_table, show_error, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.audit import AccessLine


def _day_start(day: QDate) -> datetime:
    """Local midnight of ``day``, as UTC."""
    return datetime.combine(day.toPython(), time()).astimezone().astimezone(UTC)


class AccessLogPage(QWidget):
    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.actor: Actor | None = None
        self.lines: list[AccessLine] = []
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Access to residents' files")))
        filters = QFormLayout()
        self.agent = QComboBox()
        self.agent.setAccessibleName(self.tr("Agent"))
        self.agent.addItem(self.tr("All agents"), None)
        filters.addRow(self.tr("&Agent:"), self.agent)
        self.resident = QLineEdit()
        self.resident.setAccessibleName(self.tr("Resident"))
        self.resident.setPlaceholderText(self.tr("Part of the resident's name"))
        self.resident.setMaxLength(120)
        filters.addRow(self.tr("&Resident:"), self.resident)
        dates = QHBoxLayout()
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit, name in ((self.since, self.tr("From")), (self.until, self.tr("To (included)"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            dates.addWidget(edit)
        dates.addStretch(1)
        dates_label = QLabel(self.tr("&Dates:"))
        dates_label.setBuddy(self.since)  # a row holding a layout gets no buddy of its own
        filters.addRow(dates_label, dates)
        layout.addLayout(filters)
        self.search_button = QPushButton(self.tr("&Show"))
        self.search_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.search_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = read_only_table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Resident")],
                                     self.tr("Accesses"))
        layout.addWidget(self.table, 1)
        self.message = message_label()
        layout.addWidget(self.message)
        self.resident.returnPressed.connect(self.refresh)

    def show_for(self, actor: Actor) -> None:
        self.actor = actor
        db = self.fd.db

        def agents():
            from frontdesk.services.accounts import list_agents

            return list_agents(db, actor)

        run_in_background(agents, self._fill_agents, lambda error: show_error(self.message, error))

    def _fill_agents(self, agents) -> None:
        self.agent.clear()
        self.agent.addItem(self.tr("All agents"), None)
        for agent in agents:
            self.agent.addItem(agent.display_name, str(agent.id))

    def clear(self) -> None:
        self.actor = None
        self.lines = []
        self.table.setRowCount(0)
        show_message(self.message, "")

    def refresh(self) -> None:
        if self.actor is None:
            return
        actor, db = self.actor, self.fd.db
        agent = self.agent.currentData()
        agent_id = uuid.UUID(agent) if agent else None
        since, until = _day_start(self.since.date()), _day_start(self.until.date()) + timedelta(days=1)
        wanted = fold(self.resident.text())

        def work() -> list[AccessLine]:
            from frontdesk.services.audit import access_entries

            lines = access_entries(db, actor, agent_id=agent_id, since=since, until=until)
            return [line for line in lines if wanted in fold(line.resident_name)] if wanted else lines

        run_in_background(work, self._show, lambda error: show_error(self.message, error))

    def _show(self, lines: list[AccessLine]) -> None:
        self.lines = lines
        fill_table(self.table, [
            (local_time(line.at, "dd/MM/yyyy HH:mm"), line.agent_name or self.tr("System"), action_name(line.action),
             line.resident_name or self.tr("(anonymised)"))
            for line in lines
        ])
        show_message(self.message, self.tr("{n} accesses.").format(n=len(lines)), error=False)
