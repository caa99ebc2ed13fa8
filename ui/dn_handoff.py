"""Handing a Démarche Numérique dossier over to the resident: open its link in a private window of the
desk's browser where it allows one (ui/browser.py) for them to sign in and submit, copy it, or (only
when the agent chooses it) print it on the récépissé for the resident to finish elsewhere; "Actualiser"
asks the platform where the dossier is.

The link is a secret (whoever has it can open the draft): it is read from the core only when used, never
shown on screen, and the core journals each use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError
from ui.browser import Opened, describe, open_url
from ui.dossier_texts import describe_dossier_error, status_name
from ui.widgets import message_label, show_message
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.catalogue import Procedure
    from frontdesk.context import Frontdesk
    from frontdesk.services.dossiers import DossierView


class HandOffPanel(QWidget):
    changed = Signal(object)  # DossierView, after "Actualiser" or a receipt

    def __init__(self, fd: Frontdesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fd = fd
        self.actor: Actor | None = None
        self.dossier: DossierView | None = None
        self.procedure: Procedure | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel()
        self.state.setObjectName("remoteState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the dossier on Démarche Numérique"))
        self.copy_button = QPushButton(self.tr("Cop&y the link"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setToolTip(self.tr("Ask Démarche Numérique where the dossier is now."))
        for button in (self.open_button, self.copy_button, self.refresh_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.advice = QLabel(self.tr(
            "The dossier opens in a private window of the computer's usual browser when that browser allows it "
            "(Edge, Chrome, Firefox, Brave, Vivaldi, Opera). Otherwise it opens in a normal window: for a "
            "private one, copy the link and paste it into a private window (Ctrl+Shift+N in Chrome and Edge, "
            "Ctrl+Shift+P in Firefox). The person signs in (own account or FranceConnect), checks the "
            "answers, completes what is left and submits."))
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.reminder = QLabel(self.tr("⚠ At the end, the person signs out of Démarche Numérique and the "
                                       "browser is closed."))
        self.reminder.setObjectName("reminder")
        self.reminder.setWordWrap(True)
        layout.addWidget(self.reminder)
        self.give_link = QCheckBox(self.tr("&Give the person the link to finish elsewhere (printed on the "
                                           "receipt, marked CONFIDENTIAL)"))
        layout.addWidget(self.give_link)
        self.receipt_button = QPushButton(self.tr("Print the assistance &receipt…"))
        self.receipt_button.setAutoDefault(False)
        layout.addWidget(self.receipt_button)
        self.message = message_label()
        layout.addWidget(self.message)
        self.open_button.clicked.connect(self.open_link)
        self.copy_button.clicked.connect(self.copy_link)
        self.refresh_button.clicked.connect(self.refresh)
        self.receipt_button.clicked.connect(self.print_receipt)

    def show_dossier(self, actor: Actor, dossier: DossierView, procedure: Procedure | None) -> None:
        self.actor, self.dossier, self.procedure = actor, dossier, procedure
        sent = dossier.status == "on_platform"
        if not sent:
            text = self.tr("Waiting to be sent to Démarche Numérique: it leaves on its own as soon as the network "
                           "allows. The link to open it appears here then.")
        else:
            text = self.tr("Dossier no. {number} on Démarche Numérique: {state}.").format(
                number=dossier.remote_number or "?", state=status_name(dossier.remote_state or "prefilled"))
            if dossier.remote_motivation:
                text += "\n" + self.tr("Reason for the decision: {reason}").format(reason=dossier.remote_motivation)
        self.state.setText(text)
        self.state.setAccessibleName(text)
        for widget in (self.open_button, self.copy_button, self.give_link):
            widget.setEnabled(sent)
        if not sent:
            self.give_link.setChecked(False)
        self.message.setVisible(False)

    # --- actions -----------------------------------------------------------------------------------

    def _with_link(self, then) -> None:
        db, actor, dossier_id = self.fd.db, self.actor, self.dossier.id

        def work() -> str:
            from frontdesk.services.dn_dossiers import remote_link

            return remote_link(db, actor, dossier_id)

        run_in_background(work, then, self._error)

    def open_link(self) -> None:
        if self.dossier is None:
            return

        def opened(link: str) -> None:
            opening = open_url(link)
            self._say(describe(opening), error=opening.how is not Opened.PRIVATE)

        self._with_link(opened)

    def copy_link(self) -> None:
        if self.dossier is None:
            return

        def copied(link: str) -> None:
            QGuiApplication.clipboard().setText(link)
            self._say(self.tr("Link copied: paste it into a private window of the browser. It gives access to "
                              "the dossier: do not leave it anywhere."), error=False)

        self._with_link(copied)

    def refresh(self) -> None:
        if self.dossier is None or self.actor is None:
            return
        fd, actor, dossier_id = self.fd, self.actor, self.dossier.id

        def work():
            from frontdesk.outbox.desk import desk_client
            from frontdesk.services.dn_dossiers import track
            from frontdesk.services.dossiers import get_dossier

            report = track(fd.db, actor, desk_client(fd.settings), [dossier_id])
            return report, get_dossier(fd.db, actor, dossier_id)

        def done(result) -> None:
            report, dossier = result
            self.show_dossier(self.actor, dossier, self.procedure)
            if report.unreachable:
                self._say(self.tr("Démarche Numérique cannot be reached now: the desk asks again later."))
            self.changed.emit(dossier)

        run_in_background(work, done, self._error)

    def reload(self) -> None:
        """Read the dossier again (no network): the outbox may have sent it meanwhile."""
        if self.dossier is None or self.actor is None or not self.isVisible():
            return
        db, actor, dossier_id, procedure = self.fd.db, self.actor, self.dossier.id, self.procedure

        def work():
            from frontdesk.services.dossiers import get_dossier

            return get_dossier(db, actor, dossier_id)

        def done(dossier) -> None:
            if self.dossier is not None and dossier.id == self.dossier.id and dossier.events != self.dossier.events:
                self.show_dossier(actor, dossier, procedure)
                self.changed.emit(dossier)

        run_in_background(work, done, self._error)

    def print_receipt(self) -> None:
        if self.dossier is None or self.actor is None:
            return
        fd, actor, dossier, procedure = self.fd, self.actor, self.dossier, self.procedure
        give_link = self.give_link.isChecked() and self.give_link.isEnabled()
        commune = fd.settings.commune_name or (fd.desk.commune_name if fd.desk else "")

        def work():
            from frontdesk.services.dn_dossiers import issue_receipt
            from frontdesk.services.dossiers import get_dossier

            issued = issue_receipt(fd.db, actor, dossier.id, procedure, commune=commune, desk_name=fd.desk.name,
                                   give_link=give_link)
            return issued, get_dossier(fd.db, actor, dossier.id)

        def done(result) -> None:
            from ui.document_preview import open_document

            issued, fresh = result
            self.dossier = fresh
            self.changed.emit(fresh)
            open_document(self, fd, issued)

        run_in_background(work, done, self._error)

    def _say(self, text: str, *, error: bool = True) -> None:
        show_message(self.message, text, error=error)

    def _error(self, error: BaseException) -> None:
        if not isinstance(error, FrontdeskError):
            raise error
        self._say(describe_dossier_error(error))
