"""Agents' accounts, for supervisors: create, reset a forgotten password, disable on departure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.roles import Actor, Role
from ui.dialogs import FormDialog
from ui.texts import local_time, role_name
from ui.widgets import add_field, fill_table, message_label, password_field, read_only_table, show_error, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.accounts import AgentInfo


class AgentDialog(FormDialog):
    """New account, or new password for an existing one (``agent`` given)."""

    def __init__(self, fd: Frontdesk, actor: Actor, agent: AgentInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New agent account") if agent is None else self.tr("Reset a password"), parent)
        self.fd, self.actor, self.agent = fd, actor, agent
        if agent is None:
            self.display_name = add_field(self.form, self.tr("&Full name"), QLineEdit())
            self.login = add_field(self.form, self.tr("&Login"), QLineEdit(), self.tr(
                "Lower-case letters, digits, dot or hyphen, for example “cmartin”."))
            self.role = add_field(self.form, self.tr("&Role"), QComboBox())
            for role in Role:
                self.role.addItem(role_name(role.value), role.value)
        else:
            self.form.addRow(title_label(agent.display_name, "subtitle"))
        self.password = add_field(self.form, self.tr("&Password"), password_field(), self.tr(
            "At least 8 characters. The agent can change it after signing in."))
        self.confirm = add_field(self.form, self.tr("Con&firm the password"), password_field())

    def submit(self) -> None:
        if not self.passwords_match(self.password.text(), self.confirm.text()):
            return
        password, db, actor = self.password.text(), self.fd.db, self.actor
        agent_id = self.agent.id if self.agent else None
        login, name = (self.login.text(), self.display_name.text()) if agent_id is None else ("", "")
        role = Role(self.role.currentData()) if agent_id is None else None

        def work() -> None:
            from frontdesk.services import accounts

            if agent_id is None:
                accounts.create_agent(db, actor, login, name, role, password)
            else:
                accounts.reset_password(db, actor, agent_id, password)

        self.save(work)


class AgentsPage(QWidget):
    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.actor: Actor | None = None
        self.agents: list[AgentInfo] = []
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Agent accounts")))
        self.table = read_only_table([self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("State")],
                                     self.tr("Agent accounts"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.message = message_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New account…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.toggle_button = QPushButton(self.tr("&Disable"))
        for button in (self.new_button, self.reset_button, self.toggle_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_button.clicked.connect(self.new_agent)
        self.reset_button.clicked.connect(self.reset_password)
        self.toggle_button.clicked.connect(self.toggle_active)
        self._update_buttons()

    def show_for(self, actor: Actor) -> None:
        self.actor = actor
        self.refresh()

    def clear(self) -> None:
        self.actor = None
        self.agents = []
        self.table.setRowCount(0)

    def refresh(self) -> None:
        if self.actor is None:
            return
        actor, db = self.actor, self.fd.db

        def work() -> list[AgentInfo]:
            from frontdesk.services.accounts import list_agents

            return list_agents(db, actor)

        run_in_background(work, self._show, self._error)

    def _show(self, agents: list[AgentInfo]) -> None:
        self.agents = agents
        fill_table(self.table, [(a.display_name, a.login, role_name(a.role.value), self._state(a)) for a in agents])
        self._update_buttons()

    def _state(self, agent: AgentInfo) -> str:
        if not agent.active:
            return self.tr("Disabled")
        if agent.is_locked():
            return self.tr("Blocked until {time}").format(time=local_time(agent.locked_until))
        return self.tr("Active")

    def _selected(self) -> AgentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.agents[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        agent = self._selected()
        self.reset_button.setEnabled(agent is not None)
        self.toggle_button.setEnabled(agent is not None and (self.actor is None or agent.id != self.actor.agent_id))
        self.toggle_button.setText(self.tr("&Enable") if agent and not agent.active else self.tr("&Disable"))

    def new_agent(self) -> None:
        self._open(AgentDialog(self.fd, self.actor, None, self))

    def reset_password(self) -> None:
        agent = self._selected()
        if agent is not None:
            self._open(AgentDialog(self.fd, self.actor, agent, self))

    def _open(self, dialog: AgentDialog) -> None:
        dialog.accepted.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def toggle_active(self) -> None:
        agent = self._selected()
        if agent is None:
            return
        if agent.active:
            answer = QMessageBox.question(self, self.tr("Disable an account"), self.tr(
                "Disable the account of {name}? They will no longer be able to sign in. "
                "The account stays in the journal.").format(name=agent.display_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor, db = self.actor, self.fd.db

        def work() -> None:
            from frontdesk.services.accounts import set_active

            set_active(db, actor, agent.id, not agent.active)

        run_in_background(work, lambda _: self.refresh(), self._error)

    def _error(self, error: BaseException) -> None:
        show_error(self.message, error)
