"""The main window: the access screens (first run, sign-in, lock) and the work area behind them.

One window for the whole day. Signing in shows the work area; locking or changing agent replaces it
with a screen that shows nothing personal, and closes or hides every other window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from frontdesk.domain.roles import Actor, Permission
from frontdesk.errors import FrontdeskError
from ui.access import FirstRunPage, LockPage, OpeningPage, SignInPage
from ui.dossiers_flow import DossiersFlow
from ui.idle import InactivityWatcher
from ui.network import NetworkMonitor
from ui.outbox import OutboxController, OutboxStatus
from ui.pages.access_log import AccessLogPage
from ui.pages.agents import AgentsPage
from ui.pages.dossiers import DossiersPage
from ui.pages.home import HomePage
from ui.pages.journal import JournalPage
from ui.pages.outbox import OutboxPage
from ui.pages.resident_file import ResidentFilePage
from ui.pages.residents import ResidentsPage
from ui.pages.verify import VerifyPage
from ui.password import ChangePasswordDialog
from ui.residents_flow import ResidentsFlow
from ui.texts import role_name
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.accounts import AgentInfo

log = logging.getLogger(__name__)


def _open(fd: Frontdesk, passphrase: str | None = None) -> bool:
    """Worker: open the desk if needed; True when it already has agents (sign-in), False for first run."""
    from frontdesk.services.accounts import has_agents

    if not fd.is_open:
        fd.open(passphrase)
    return fd.desk is not None and has_agents(fd.db)


def _scheduled_purge(fd: Frontdesk) -> None:
    """Worker: apply the retention policy (at start-up, then daily)."""
    from frontdesk.domain.roles import Role
    from frontdesk.privacy import retention

    if fd.is_open and fd.desk is not None:
        retention.purge(fd.db, Actor(fd.desk.id, role=Role.SUPERVISOR), fd.settings)


def _record(fd: Frontdesk, actor: Actor, action: str) -> None:
    from frontdesk.services.accounts import record_session_event

    record_session_event(fd.db, actor, action)


class WorkArea(QWidget):
    """Navigation on the left, the current page on the right. Pages are only those that exist."""

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(240)
        self.pages = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.home = HomePage(fd)
        self.residents = ResidentsPage(fd)
        self.resident_file = ResidentFilePage(fd)
        self.dossiers = DossiersPage(fd)
        self.agents = AgentsPage(fd)
        self.journal = JournalPage(fd)
        self.access_log = AccessLogPage(fd)
        self.verify = VerifyPage(fd)
        self.outbox = OutboxPage(fd)
        self._entries: list[tuple[QListWidgetItem, QWidget, bool]] = []
        self._add(self.tr("Today"), self.home, supervisor_only=False)
        self._add(self.tr("Residents"), self.residents, supervisor_only=False)
        self.pages.addWidget(self.resident_file)  # reached from the search, not from the navigation
        self._add(self.tr("Verify a document"), self.verify, supervisor_only=False)
        self._add(self.tr("Agents"), self.agents, supervisor_only=True)
        self._add(self.tr("Journal"), self.journal, supervisor_only=True)
        self._add(self.tr("Procedures"), self.dossiers, supervisor_only=False)
        self._add(self.tr("Sending"), self.outbox, supervisor_only=False)
        self._add(self.tr("Access to files"), self.access_log, supervisor_only=True)
        self.nav.currentRowChanged.connect(self._go)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 4 * self.nav.frameWidth() + 24)

    def _add(self, title: str, page: QWidget, *, supervisor_only: bool) -> None:
        item = QListWidgetItem(title)
        self.nav.addItem(item)
        self.pages.addWidget(page)
        self._entries.append((item, page, supervisor_only))

    def _go(self, row: int) -> None:
        if row < 0:
            return
        page = self._entries[row][1]
        self.pages.setCurrentWidget(page)
        if page is self.residents:
            self.residents.focus_search()
        elif page is self.verify:
            self.verify.focus_code()
        elif hasattr(page, "refresh"):
            page.refresh()

    def show_page(self, page: QWidget) -> None:
        """Show a page reached from another one (a resident's file) or go back to a listed page."""
        for row, (item, listed, _sup) in enumerate(self._entries):
            if listed is page and not item.isHidden():
                self.nav.setCurrentRow(row)
        self.pages.setCurrentWidget(page)

    def page_count(self) -> int:
        return sum(1 for item, _page, _sup in self._entries if not item.isHidden())

    def go_to(self, index: int) -> None:
        visible = [row for row, (item, _p, _s) in enumerate(self._entries) if not item.isHidden()]
        if 0 <= index < len(visible):
            self.nav.setCurrentRow(visible[index])

    def open_for(self, agent: AgentInfo, actor: Actor) -> None:
        for item, _page, supervisor_only in self._entries:
            item.setHidden(supervisor_only and not actor.is_supervisor)
        self.home.show_agent(agent, actor)
        self.residents.show_for(actor)
        self.dossiers.show_for(actor)
        self.verify.show_for(actor)
        self.outbox.show_for(actor)
        if actor.is_supervisor:
            self.agents.show_for(actor)
            self.journal.show_for(actor)
            self.access_log.show_for(actor)
        self.nav.setCurrentRow(0)
        self.pages.setCurrentWidget(self.home)

    def clear(self) -> None:
        self.home.clear()
        self.residents.clear()
        self.resident_file.clear()
        self.dossiers.clear()
        self.verify.clear()
        self.outbox.clear()
        self.agents.clear()
        self.journal.clear()
        self.access_log.clear()


class MainWindow(QMainWindow):
    first_shown = Signal()
    ready = Signal()  # the database is open and the first screen accepts input
    failed = Signal(str)  # the desk could not be opened; the French reason

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.agent: AgentInfo | None = None
        self._hidden_windows: list[QWidget] = []
        self._shown_once = False
        self.setWindowTitle(self._title())
        self.resize(1100, 720)

        self.stack = QStackedWidget()
        self.opening = OpeningPage()
        self.first_run = FirstRunPage(fd)
        self.sign_in = SignInPage(fd)
        self.lock_page = LockPage(fd)
        self.work = WorkArea(fd)
        self.flow = ResidentsFlow(fd, self.work.residents, self.work.resident_file, self)
        self.flow.show_page.connect(self.work.show_page)
        self.flow.visit_changed.connect(self.work.home.refresh)
        self.dossiers_flow = DossiersFlow(fd, self.work.dossiers, self)
        self.dossiers_flow.changed.connect(self.work.home.refresh)
        self.dossiers_flow.changed.connect(self.flow.visit_changed)
        self.dossiers_flow.changed.connect(self.work.resident_file.reload)
        self.work.home.new_procedure.connect(lambda: self.dossiers_flow.new())
        self.work.resident_file.procedure_requested.connect(self.dossiers_flow.new)
        for page in (self.opening, self.first_run, self.sign_in, self.lock_page, self.work):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.first_run.signed_in.connect(self._signed_in)
        self.sign_in.signed_in.connect(self._signed_in)
        self.lock_page.signed_in.connect(self._unlocked)
        self.lock_page.switch_agent.connect(self.change_agent)

        self._build_actions()
        self._build_status_bar()

        self.idle = InactivityWatcher(fd.settings.lock_after_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)

        self.network = NetworkMonitor(fd.settings.demarche_numerique_url, fd.settings.network_timeout_s, self)
        self.network.changed.connect(self._probed)
        self.outbox = OutboxController(fd, self)
        self.outbox.status.connect(self._outbox_changed)
        self.work.outbox.send_now_requested.connect(self.outbox.wake)
        self.work.outbox.changed.connect(self.outbox.wake)
        self.outbox.status.connect(lambda _status: self.work.dossiers.handoff.reload())
        self.outbox.tracked.connect(lambda _n: self.work.dossiers.refresh())
        self.outbox.forms_changed.connect(lambda _numbers: self.dossiers_flow.forms_changed())
        self.work.dossiers.token_changed.connect(self.outbox.resume)
        self._update_status()
        self.passphrase_dialog = None
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(24 * 3600 * 1000)  # daily, for a desk left running
        self.purge_timer.timeout.connect(self._purge)
        run_in_background(lambda: _open(fd), self._opened, self._open_failed)

    def _title(self) -> str:
        title = self.tr("Frontdesk — assisted desk")
        if self.fd.settings.demo:
            title += " — " + self.tr("DEMO")
        return title

    # --- actions and status bar -------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action = self._action(menu, self.tr("&Lock the screen"), QKeySequence("Ctrl+L"), self.lock)
        self.change_agent_action = self._action(menu, self.tr("&Change agent"), QKeySequence("Ctrl+Shift+L"),
                                                self.change_agent)
        self.password_action = self._action(menu, self.tr("Change my &password…"), QKeySequence("Ctrl+Shift+P"),
                                            self.change_password)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = self._action(view, self.tr("&Refresh"), QKeySequence("F5"), self.refresh)
        self.page_actions = [
            self._action(view, self.tr("Go to page {n}").format(n=n + 1), QKeySequence(f"Ctrl+{n + 1}"),
                         lambda n=n: self.work.go_to(n))
            for n in range(7)
        ]
        menu = self.residents_menu = self.menuBar().addMenu(self.tr("&Residents"))
        self.search_action = self._action(menu, self.tr("&Find a resident"), QKeySequence("Ctrl+F"),
                                          self.find_resident)
        self.new_resident_action = self._action(menu, self.tr("&New resident…"), QKeySequence("Ctrl+N"),
                                                self.flow.new_resident)
        self.finish_visit_action = self._action(menu, self.tr("&End the visit in progress…"), QKeySequence("Ctrl+T"),
                                                self.flow.finish_running)
        self.back_action = self._action(menu, self.tr("&Back to the search"), QKeySequence("Escape"),
                                        self._back_from_file)
        self.procedure_action = self._action(menu, self.tr("New assisted &procedure…"), QKeySequence("Ctrl+D"),
                                             self.new_procedure)
        menu = self.menuBar().addMenu(self.tr("&Privacy"))
        self.records_action = self._action(menu, self.tr("&Record of processing (GDPR)…"), QKeySequence(),
                                           self.save_records)
        self.network_action = self._action(view, self.tr("Check the &network now"), QKeySequence("Ctrl+R"),
                                           lambda: self.network.check_now())
        self.send_now_action = self._action(view, self.tr("&Send waiting items now"), QKeySequence("Ctrl+E"),
                                            self.send_now)
        menu = self.residents_menu
        menu.addSeparator()
        self.notice_action = self._action(menu, self.tr("&Information notice (personal data)…"),
                                          QKeySequence("Ctrl+Shift+I"), self.print_notice)
        self._session_actions = [self.lock_action, self.change_agent_action, self.password_action,
                                 self.refresh_action, *self.page_actions, self.search_action,
                                 self.new_resident_action, self.back_action, self.notice_action,
                                 self.send_now_action, self.procedure_action]

    def _action(self, menu, text: str, shortcut: QKeySequence, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def print_notice(self) -> None:
        """Issue the GDPR information notice (numbered like every paper) and open its preview."""
        fd, actor = self.fd, self.actor
        if actor is None:
            return

        def work():
            from frontdesk.services.paper import issue_notice

            return issue_notice(fd.settings, fd.db, actor)

        def show(issued) -> None:
            from ui.document_preview import open_document

            open_document(self, fd, issued)

        run_in_background(work, show, self._paper_failed)

    def _paper_failed(self, error: BaseException) -> None:
        from ui.texts import describe

        if not isinstance(error, FrontdeskError):
            raise error
        QMessageBox.warning(self, self.tr("Documents"), describe(error))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.agent_label = QLabel()
        self.desk_label = QLabel()
        self.network_label = QLabel()
        self.network_label.setObjectName("network")
        self.send_now_button = QPushButton(self.tr("Send now"))
        self.send_now_button.setObjectName("sendNow")
        self.send_now_button.setToolTip(self.tr("Send what waits without waiting for the next try (Ctrl+E)."))
        self.send_now_button.clicked.connect(self.send_now)
        self.send_now_button.setVisible(False)
        self.running_label = QLabel()
        self.flow.running_changed.connect(self._running_changed)
        for label in (self.agent_label, self.desk_label, self.running_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.network_label)
        bar.addPermanentWidget(self.send_now_button)
        self._online: bool | None = None
        self._queue: OutboxStatus | None = None
        self._network_changed(None)

    def _probed(self, online: bool) -> None:
        if online and self._online is False:
            self.outbox.wake()  # the network is back: catch up now
        self._network_changed(online)

    def _outbox_changed(self, status: OutboxStatus) -> None:
        self._queue = status
        self._network_changed(self._online if status.online is None else status.online)

    def _network_changed(self, online: bool | None) -> None:
        """The status bar says whether the platform answers and what waits for it, in words."""
        self._online = online
        if online is None:
            text, tip = self.tr("Network: checking…"), ""
        elif online:
            text, tip = self.tr("● Online"), self.tr("The online procedures platform answers.")
        else:
            text, tip = self.tr("○ Offline — work continues"), self.tr(
                "The online procedures platform does not answer. Everything else keeps working.")
        queue = self._queue
        if queue is not None and queue.waiting:
            text += " — " + self.tr("{n} waiting to be sent").format(n=queue.waiting)
        if queue is not None and queue.needing_a_person:
            text += " — " + self.tr("{n} to deal with").format(n=queue.needing_a_person)
        if queue is not None and queue.paused:
            text += " — " + self.tr("sending paused: the platform refused the desk's credentials")
        self.send_now_button.setVisible(bool(queue and queue.waiting) and self.agent is not None)
        self.network_label.setText(text)
        self.network_label.setToolTip(tip)
        self.network_label.setAccessibleName(text)
        self.work.home.set_network(online)

    def _update_status(self) -> None:
        desk = self.fd.desk if self.fd.is_open else None
        self.desk_label.setText(self.tr("Desk: {name} ({prefix})").format(name=desk.name, prefix=desk.prefix)
                                if desk else "")
        self.agent_label.setText(self.tr("Agent: {name} — {role}").format(
            name=self.agent.display_name, role=role_name(self.agent.role.value)) if self.agent else
            self.tr("Nobody signed in"))
        for action in self._session_actions:
            action.setEnabled(self.agent is not None and self.stack.currentWidget() is self.work)
        self.finish_visit_action.setEnabled(self.flow.running is not None and self.agent is not None)
        self._network_changed(self._online)  # "send now" only for a signed-in agent
        actor = self.actor if self.fd.is_open else None
        self.records_action.setEnabled(actor is not None and actor.may(Permission.RECORDS_PRINT)
                                       and self.stack.currentWidget() is self.work)

    # --- access flow ------------------------------------------------------------------------------

    def _opened(self, has_agents: bool) -> None:
        self._show_access_screen(first_run=not has_agents)
        self.ready.emit()
        self.network.start()  # after the first screen: the probe's imports must not delay it
        self.outbox.start()
        self.purge_timer.start()
        self._purge()

    def _purge(self) -> None:
        fd = self.fd
        run_in_background(lambda: _scheduled_purge(fd), lambda _: None,
                          lambda error: log.error("retention purge failed: %s", type(error).__name__))

    def _ask_passphrase(self, first_time: bool, problem: str = "") -> None:
        from ui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(first_time, problem, self)
        self.passphrase_dialog = dialog

        def chosen() -> None:
            passphrase, fd = dialog.value(), self.fd
            run_in_background(lambda: _open(fd, passphrase), self._opened, self._open_failed)

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(lambda: self._open_failed(FrontdeskError("privacy.passphrase_required")))
        dialog.open()

    def _open_failed(self, error: BaseException) -> None:
        from ui.texts import describe

        if not isinstance(error, FrontdeskError):
            raise error
        if error.code == "privacy.passphrase_required" and "first_time" in error.params:
            self._ask_passphrase(bool(error.params["first_time"]))
            return
        if error.code in ("privacy.wrong_passphrase", "privacy.passphrase_short"):
            self._ask_passphrase(self.passphrase_dialog.first_time, describe(error))
            return
        log.error("cannot open the database: %s", error.code)
        self.opening.show_failure(describe(error))
        self.failed.emit(describe(error))

    def _show_access_screen(self, *, first_run: bool = False) -> None:
        if first_run:
            self.stack.setCurrentWidget(self.first_run)
        else:
            self.sign_in.reset()
            self.stack.setCurrentWidget(self.sign_in)
        self._update_status()

    @property
    def actor(self) -> Actor | None:
        return self.agent.actor(self.fd.desk.id) if self.agent else None

    def _signed_in(self, agent: AgentInfo) -> None:
        log.info("agent %s signed in", agent.id)
        self.agent = agent
        self.flow.set_actor(self.actor)
        self.work.open_for(agent, self.actor)
        self.dossiers_flow.set_actor(self.actor)
        self.stack.setCurrentWidget(self.work)
        self.idle.start()
        self._update_status()

    def _unlocked(self, agent: AgentInfo) -> None:
        self.agent = agent
        self.stack.setCurrentWidget(self.work)
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        self.idle.start()
        self._update_status()
        self.work.home.refresh()

    def lock(self) -> None:
        """Hide everything personal; the same agent unlocks with their password."""
        if self.agent is None or self.stack.currentWidget() is not self.work:
            return
        log.info("screen locked")
        self.idle.stop()
        self._hidden_windows = [w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible()]
        for window in self._hidden_windows:
            window.hide()
        self.lock_page.lock_for(self.agent)
        self.stack.setCurrentWidget(self.lock_page)
        self._update_status()
        actor = self.actor
        run_in_background(lambda: _record(self.fd, actor, "auth.screen_locked"), lambda _: None)

    def change_agent(self) -> None:
        """Sign the current agent out (their open windows close) and show the sign-in screen."""
        if self.agent is not None:
            actor = self.actor
            run_in_background(lambda: _record(self.fd, actor, "auth.sign_out"), lambda _: None)
        for window in [*self._hidden_windows, *QApplication.topLevelWidgets()]:
            if window is not self and isinstance(window, QDialog):
                window.reject()
            elif window is not self and window.isVisible():
                window.close()
        self._hidden_windows = []
        self.idle.stop()
        self.agent = None
        self.flow.set_actor(None)
        self.dossiers_flow.set_actor(None)
        self.work.clear()
        self._show_access_screen()

    def change_password(self) -> None:
        if self.actor is None:
            return
        dialog = ChangePasswordDialog(self.fd, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_records(self) -> None:
        """The record of processing (GDPR art. 30) as a PDF, where the supervisor chooses."""
        from ui.files import ask_save_path

        actor = self.actor
        if actor is None:
            return
        path = ask_save_path(self, self.tr("Record of processing"), "registre-des-traitements.pdf")
        if path is None:
            return
        settings = self.fd.settings

        def work():
            from frontdesk.privacy.records import record_pdf

            path.write_bytes(record_pdf(actor, settings))
            return path

        run_in_background(work, lambda saved: self.statusBar().showMessage(
            self.tr("Saved: {path}").format(path=saved), 15000), self._report_error)

    def _report_error(self, error: BaseException) -> None:
        from ui.texts import describe

        if not isinstance(error, FrontdeskError | OSError):
            raise error
        text = describe(error) if isinstance(error, FrontdeskError) else self.tr("The file could not be written.")
        QMessageBox.warning(self, self.tr("Frontdesk"), text)
    def new_procedure(self) -> None:
        """Ctrl+D: on the resident whose file is open, otherwise asking who it is for."""
        file = self.work.resident_file
        on_file = self.work.pages.currentWidget() is file and file.data is not None
        self.dossiers_flow.new(file.data.resident if on_file else None)

    def find_resident(self) -> None:
        self.work.show_page(self.work.residents)
        self.work.residents.focus_search()

    def _back_from_file(self) -> None:
        if self.work.pages.currentWidget() is self.work.resident_file:
            self.flow.back_to_search()

    def _running_changed(self, text: str) -> None:
        self.running_label.setText(text)
        self.running_label.setAccessibleName(text)
        self.finish_visit_action.setEnabled(bool(text) and self.agent is not None)

    def send_now(self) -> None:
        if self.agent is not None:
            self.work.outbox.send_now()

    def refresh(self) -> None:
        page = self.work.pages.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    # --- window events ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.first_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.agent is not None:
            _record(self.fd, self.actor, "auth.sign_out")
        self.idle.stop()
        self.outbox.stop()
        QApplication.instance().removeEventFilter(self.idle)
        super().closeEvent(event)
