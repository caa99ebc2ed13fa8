"""Opening the assisted-procedure wizard from wherever the agent is: home, a resident's file, the
Démarches page or Ctrl+D; and resuming drafts. The catalogue is read once, off the UI thread.

The wizard and its form engine are imported when first opened, not with the main window: the window
comes up sooner at start-up, when nobody has asked for a procedure yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from frontdesk.domain.roles import Actor
from ui.pages.dossiers import DossiersPage
from ui.widgets import show_message
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.catalogue import Catalogue
    from frontdesk.context import Frontdesk
    from frontdesk.services.dossiers import DossierView, Submitted
    from frontdesk.services.residents import ResidentView
    from ui.dossier_wizard import DossierWizard


class DossiersFlow(QObject):
    changed = Signal()  # a dossier was started, discarded or submitted (lists and visits refresh)

    def __init__(self, fd: Frontdesk, page: DossiersPage, window: QWidget) -> None:
        super().__init__(window)
        self.fd, self.page, self.window = fd, page, window
        self.actor: Actor | None = None
        self.catalogue: Catalogue | None = None
        self.wizard: DossierWizard | None = None
        page.new_requested.connect(lambda: self.new())
        page.resume_requested.connect(self.resume)
        page.pieces_requested.connect(self.pieces_received)
        self.changed.connect(page.refresh)
        page.forms_reviewed.connect(self.forms_changed)
        page.decision_recorded.connect(self.changed)

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        if self.wizard is not None:
            self.wizard.reject()
        self.catalogue = None  # read again: a supervisor may have imported or refreshed forms meanwhile
        if actor is not None:
            self._with_catalogue(self.page.show_catalogue)
            self.page.load_forms()

    def forms_changed(self) -> None:
        """New Démarche Numérique form versions (or their changes read): the next wizard offers the new
        forms, and the page's notice says what is left to read."""
        self.catalogue = None
        if self.actor is not None:
            self._with_catalogue(self.page.show_catalogue)
            self.page.load_forms()

    def _with_catalogue(self, then) -> None:
        """The catalogue, read once per sign-in (the cached Démarche Numérique forms with it)."""
        if self.catalogue is not None:
            then(self.catalogue)
            return
        settings = self.fd.settings

        db = self.fd.db

        def work() -> Catalogue:
            from frontdesk.services.demarches import with_demarches
            from frontdesk.services.procedures import current_catalogue

            # the Démarche Numérique forms come from the desk's cache: offered with the network down
            return with_demarches(current_catalogue(settings), db)

        def loaded(catalogue: Catalogue) -> None:
            self.catalogue = catalogue
            then(catalogue)

        run_in_background(work, loaded)

    def new(self, resident: ResidentView | None = None) -> None:
        """The wizard, on the resident's name when started from their file."""
        if self.actor is None:
            return
        chosen = (resident.id, resident.display_name) if resident is not None else None
        from ui.dossier_wizard import DossierWizard

        self._with_catalogue(lambda catalogue: self._open(DossierWizard(
            self.fd, self.actor, catalogue, self.window, resident=chosen)))

    def resume(self, dossier: DossierView) -> None:
        if self.actor is None:
            return

        def opened(catalogue: Catalogue) -> None:
            procedure = catalogue.get(dossier.procedure_id)
            if procedure is None:
                show_message(self.page.message, self.tr(
                    "This procedure is no longer in the catalogue: the draft cannot be resumed."))
                return
            from ui.dossier_wizard import DossierWizard

            wizard = DossierWizard(self.fd, self.actor, catalogue, self.window)
            wizard.resume(dossier, procedure)
            self._open(wizard)

        self._with_catalogue(opened)

    def pieces_received(self, dossier: DossierView) -> None:
        """Papers brought later: the dialog, then the new accusé and attestation to print."""
        if self.actor is None:
            return

        def opened(catalogue: Catalogue) -> None:
            procedure = catalogue.get(dossier.procedure_id)
            if procedure is None:
                show_message(self.page.message, self.tr("This procedure is no longer in the catalogue."))
                return
            from ui.pieces_dialog import PiecesReceivedDialog

            dialog = PiecesReceivedDialog(self.fd, self.actor, dossier, procedure, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.received.connect(self._pieces_done)
            dialog.open()

        self._with_catalogue(opened)

    def _pieces_done(self, result: Submitted) -> None:
        self.changed.emit()
        if result.documents:
            from ui.document_preview import open_document

            open_document(self.window, self.fd, result.documents[0])

    def _open(self, wizard: DossierWizard) -> None:
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.draft_changed.connect(self.changed)
        wizard.forms_reviewed.connect(self.page.load_forms)
        outbox = getattr(self.window, "outbox", None)
        if outbox is not None:
            wizard.queued.connect(outbox.wake)
            outbox.status.connect(wizard.done_step.handoff.reload)
        wizard.destroyed.connect(lambda _obj=None, w=wizard: self._closed(w))
        self.wizard = wizard
        wizard.show()
        wizard.activateWindow()

    def _closed(self, wizard: DossierWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
