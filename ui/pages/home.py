"""“Aujourd'hui”: who is at the desk, whether the network is there, and what the day has held."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.domain.roles import Actor
from ui.texts import local_time, role_name
from ui.vocab import label
from ui.widgets import Card, fill_table, read_only_table, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.accounts import AgentInfo
    from frontdesk.services.activity import TodaySummary
    from frontdesk.services.visits import VisitView


class HomePage(QWidget):
    new_procedure = Signal()

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.agent: AgentInfo | None = None
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        self.title = title_label("")
        layout.addWidget(self.title)
        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        layout.addWidget(self.greeting)
        self.procedure_button = QPushButton(self.tr("New assisted &procedure…"))
        self.procedure_button.setToolTip(self.tr("Ctrl+D"))
        self.procedure_button.clicked.connect(self.new_procedure)
        start = QHBoxLayout()
        start.addWidget(self.procedure_button)
        start.addStretch(1)
        layout.addLayout(start)
        grid = QGridLayout()
        self.desk_card = Card(self.tr("This desk"))
        self.network_card = Card(self.tr("Network"))
        self.activity_card = Card(self.tr("Today's activity"))
        grid.addWidget(self.desk_card, 0, 0)
        grid.addWidget(self.network_card, 0, 1)
        grid.addWidget(self.activity_card, 1, 0, 1, 2)
        layout.addLayout(grid)
        layout.addWidget(title_label(self.tr("Today's visits at this desk"), "subtitle"))
        self.visits = read_only_table([self.tr("Time"), self.tr("Resident"), self.tr("Themes"), self.tr("Outcome"),
                                       self.tr("Agent")], self.tr("Today's visits"))
        layout.addWidget(self.visits, 1)
        self.set_network(None)

    def show_agent(self, agent: AgentInfo, actor: Actor) -> None:
        self.agent, self.actor = agent, actor
        today = QLocale().toString(QDate.currentDate(), "dddd d MMMM yyyy")
        self.title.setText(self.tr("Today, {date}").format(date=today))
        self.title.setAccessibleName(self.title.text())
        self.greeting.setText(self.tr("Hello {name} ({role}).").format(
            name=agent.display_name, role=role_name(agent.role.value)))
        desk = self.fd.desk
        self.desk_card.set_lines([
            desk.name,
            self.tr("Commune: {commune}").format(commune=desk.commune_name or "—"),
            self.tr("Reference prefix: {prefix}").format(prefix=desk.prefix),
            self.tr("Demo mode: fictitious data") if self.fd.settings.demo else self.tr("Live data"),
        ])
        self.refresh()

    def clear(self) -> None:
        """Forget what was shown (sign-out): nothing stays in the widgets for the next person."""
        self.agent = self.actor = None
        for card in (self.desk_card, self.activity_card):
            card.set_lines([])
        self.greeting.clear()
        fill_table(self.visits, [])

    def set_network(self, online: bool | None) -> None:
        if online is None:
            lines = [self.tr("Checking…")]
        elif online:
            lines = [self.tr("● Online"), self.tr("Online procedures can be sent now.")]
        else:
            lines = [self.tr("○ Offline"), self.tr(
                "Everything else keeps working: residents, visits, forms and printing. "
                "What must be sent will wait until the network is back.")]
        self.network_card.set_lines(lines)

    def refresh(self) -> None:
        if self.agent is None or self.fd.desk is None:
            return
        db, desk_id, actor = self.fd.db, self.fd.desk.id, self.actor

        def work() -> tuple[TodaySummary, list[VisitView]]:
            from frontdesk.services.activity import today_summary
            from frontdesk.services.visits import todays_visits

            return today_summary(db, desk_id), todays_visits(db, actor)

        run_in_background(work, self._show_today)

    def _show_today(self, today: tuple[TodaySummary, list[VisitView]]) -> None:
        if self.agent is None:
            return
        summary, visits = today
        fill_table(self.visits, [
            (local_time(v.started_at), v.resident_name or self.tr("Anonymous"),
             ", ".join(label("theme", t) for t in v.themes),
             label("outcome", v.outcome) if v.outcome else self.tr("in progress"), v.agent_name)
            for v in visits
        ])
        self.activity_card.set_lines([
            self.tr("Visits today: {n} (in progress: {running})").format(
                n=summary.visits_today, running=summary.visits_in_progress),
            self.tr("Agents signed in at this desk today: {n}").format(n=summary.agents_signed_in_today),
            self.tr("Recorded operations today: {n}").format(n=summary.actions_today),
            self.tr("Residents registered today: {n}").format(n=summary.residents_registered_today),
            self.tr("Residents known to the desk: {n}").format(n=QLocale().toString(summary.residents_total)),
            self.tr("Active agent accounts: {n}").format(n=summary.active_agents),
        ])
