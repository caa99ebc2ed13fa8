"""The screens that stand between the desk and its data: first run, sign-in, lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.errors import FrontdeskError, ValidationError
from ui.texts import describe, role_name
from ui.widgets import add_field, message_label, password_field, show_error, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.accounts import AgentInfo


class _AccessPage(QWidget):
    """A centred column with a title, a form, a message line and one main button."""

    signed_in = Signal(object)  # AgentInfo

    def __init__(self, fd: Frontdesk | None) -> None:
        super().__init__()
        self.fd = fd
        content = QWidget()
        outer = QHBoxLayout(content)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        self.heading = title_label("")
        column.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        column.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(self.form)
        self.message = message_label()
        column.addWidget(self.message)
        self.buttons = QHBoxLayout()
        column.addLayout(self.buttons)
        self.extra = QVBoxLayout()
        column.addLayout(self.extra)
        column.addStretch(2)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMinimumWidth(360)
        holder.setMaximumWidth(640)
        outer.addWidget(holder, 3)
        outer.addStretch(1)
        # At 200 % on a small screen the form may not fit: it scrolls instead of being squeezed.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

    def set_heading(self, title: str, intro: str = "") -> None:
        self.heading.setText(title)
        self.heading.setAccessibleName(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def _busy(self, busy: bool, button: QPushButton) -> None:
        button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _fail(self, error: BaseException) -> None:
        show_error(self.message, error)


class OpeningPage(_AccessPage):
    """Shown while the database opens (and, after an update, migrates) in the background."""

    def __init__(self) -> None:
        super().__init__(None)
        self.set_heading(self.tr("Frontdesk"), self.tr("Opening the database…"))

    def show_failure(self, text: str) -> None:
        self.set_heading(self.tr("Frontdesk cannot start"), self.tr(
            "Nothing was changed. Tell your IT contact; the details are in the log file."))
        show_message(self.message, text)


class FirstRunPage(_AccessPage):
    """First start of an installation: name the desk and create the first supervisor."""

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__(fd)
        self.set_heading(self.tr("Welcome to Frontdesk"), self.tr(
            "This computer has no desk yet. Name the desk and create the first supervisor account: "
            "it will then create the accounts of the other agents. Each person has their own account."))
        s = fd.settings
        self.desk_name = add_field(self.form, self.tr("Desk &name"), QLineEdit(s.desk_name))
        self.prefix = add_field(self.form, self.tr("Reference &prefix"), QLineEdit(s.desk_prefix), self.tr(
            "For example “ADM-A1”: the commune's code, then the desk's. Printed at the start of every reference "
            "this desk issues."))
        self.commune = add_field(self.form, self.tr("&Commune"), QLineEdit(s.commune_name))
        self.display_name = add_field(self.form, self.tr("Your &full name"), QLineEdit())
        self.login = add_field(self.form, self.tr("Your &login"), QLineEdit(), self.tr(
            "Lower-case letters, digits, dot or hyphen, for example “cmartin”."))
        self.password = add_field(self.form, self.tr("&Password"), password_field(), self.tr(
            "At least 8 characters. A sentence of several words is easy to remember and strong."))
        self.confirm = add_field(self.form, self.tr("Con&firm the password"), password_field())
        self.create = QPushButton(self.tr("Create the desk and my account"))
        self.create.setDefault(True)
        self.create.clicked.connect(self.submit)
        self.confirm.returnPressed.connect(self.submit)
        self.buttons.addWidget(self.create)

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            show_message(self.message, describe(ValidationError("password.mismatch")))
            return
        values = (self.desk_name.text(), self.prefix.text(), self.commune.text(), self.login.text(),
                  self.display_name.text(), self.password.text())
        self._busy(True, self.create)

        def work() -> AgentInfo:
            from frontdesk.services import accounts
            from frontdesk.services.desk import ensure_desk

            desk_name, prefix, commune, login, name, password = values
            desk = ensure_desk(self.fd.db, desk_name, prefix, commune)
            self.fd.desk = desk
            return accounts.create_first_supervisor(self.fd.db, desk.id, login, name, password)

        run_in_background(work, self._done, self._error)

    def _done(self, agent: AgentInfo) -> None:
        self._busy(False, self.create)
        self.password.clear()
        self.confirm.clear()
        self.signed_in.emit(agent)

    def _error(self, error: BaseException) -> None:
        self._busy(False, self.create)
        self._fail(error)


class SignInPage(_AccessPage):
    """Personal sign-in. In demo mode only, the demo accounts are listed to try the product."""

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__(fd)
        self.login = add_field(self.form, self.tr("&Login"), QLineEdit())
        self.password = add_field(self.form, self.tr("&Password"), password_field())
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.login.returnPressed.connect(self.password.setFocus)
        self.buttons.addWidget(self.sign_in_button)
        if fd.settings.demo:
            self.extra.addWidget(self._demo_box())

    def _demo_box(self) -> QGroupBox:
        from frontdesk.demo_accounts import DEMO_AGENTS

        box = QGroupBox(self.tr("Demo mode: fictitious accounts"))
        layout = QVBoxLayout(box)
        lines = [self.tr("{name} ({role}): login “{login}”, password “{password}”").format(
            name=a.display_name, role=role_name(a.role.value), login=a.login, password=a.password)
            for a in DEMO_AGENTS]
        label = QLabel("\n".join(lines))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        layout.addWidget(label)
        return box

    def reset(self) -> None:
        desk = self.fd.desk
        self.set_heading(self.tr("Sign in"), self.tr("Desk: {desk}").format(desk=desk.name if desk else ""))
        self.password.clear()
        show_message(self.message, "")
        self.login.setFocus()

    def submit(self) -> None:
        login, password = self.login.text(), self.password.text()
        if not login or not password:
            show_message(self.message, self.tr("Type your login and your password."))
            return
        self._busy(True, self.sign_in_button)
        db, desk_id = self.fd.db, self.fd.desk.id

        def work() -> AgentInfo:
            from frontdesk.services.accounts import authenticate

            return authenticate(db, desk_id, login, password)

        run_in_background(work, self._done, self._error)

    def _done(self, agent: AgentInfo) -> None:
        self._busy(False, self.sign_in_button)
        self.password.clear()
        show_message(self.message, "")
        self.signed_in.emit(agent)

    def _error(self, error: BaseException) -> None:
        self._busy(False, self.sign_in_button)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, FrontdeskError) and error.code == "auth.failed" and "remaining" in error.params:
            show_message(self.message, describe(error) + " " + self.tr(
                "{n} attempt(s) left before the account is blocked for 5 minutes.").format(
                    n=error.params["remaining"]))
            return
        self._fail(error)


class LockPage(_AccessPage):
    """Shown after inactivity or on demand: nothing personal is visible, only who locked it."""

    switch_agent = Signal()

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__(fd)
        self.set_heading(self.tr("Screen locked"))
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.form.addRow(self.who)
        self.password = add_field(self.form, self.tr("&Password"), password_field())
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.switch_button = QPushButton(self.tr("Change agent"))
        self.switch_button.setToolTip(self.tr("Sign out the locked session and let another agent sign in."))
        self.switch_button.clicked.connect(self.switch_agent)
        self.buttons.addWidget(self.unlock_button)
        self.buttons.addWidget(self.switch_button)
        self.agent: AgentInfo | None = None

    def lock_for(self, agent: AgentInfo) -> None:
        self.agent = agent
        self.who.setText(self.tr("Locked by {name}. Type your password to go back to your work.").format(
            name=agent.display_name))
        self.who.setAccessibleName(self.who.text())
        self.password.clear()
        show_message(self.message, "")
        self.password.setFocus()

    def submit(self) -> None:
        if self.agent is None:
            return
        password = self.password.text()
        self._busy(True, self.unlock_button)
        db, agent_id, desk_id = self.fd.db, self.agent.id, self.fd.desk.id

        def work() -> AgentInfo:
            from frontdesk.services.accounts import verify_agent

            return verify_agent(db, desk_id, agent_id, password)

        run_in_background(work, self._done, self._error)

    def _done(self, agent: AgentInfo) -> None:
        self._busy(False, self.unlock_button)
        self.password.clear()
        self.signed_in.emit(agent)

    def _error(self, error: BaseException) -> None:
        self._busy(False, self.unlock_button)
        self.password.clear()
        self._fail(error)
