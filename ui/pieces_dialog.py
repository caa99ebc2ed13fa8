"""Papers brought later for a dossier that waits for them: tick what arrived; when the last one is in,
the file is complete, the implicit-decision date is set and a new accusé de réception says it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError
from ui.dialogs import FormDialog
from ui.dossier_texts import describe_dossier_error, format_day
from ui.widgets import add_field, show_message

if TYPE_CHECKING:
    from frontdesk.catalogue import Procedure
    from frontdesk.context import Frontdesk
    from frontdesk.services.dossiers import DossierView, Submitted

NOT_YET, ORIGINAL, COPY = range(3)


class PiecesReceivedDialog(FormDialog):
    received = Signal(object)  # Submitted

    def __init__(self, fd: Frontdesk, actor: Actor, dossier: DossierView, procedure: Procedure,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Papers received for {reference}").format(reference=dossier.reference), parent)
        self.fd, self.actor, self.dossier, self.procedure = fd, actor, dossier, procedure
        self.states: list[tuple[str, QComboBox]] = []
        for piece in dossier.missing_pieces:
            state = QComboBox()
            state.addItem(self.tr("Not received yet"))
            state.addItem(self.tr("Received: original seen"))
            state.addItem(self.tr("Received: copy"))
            add_field(self.form, self.tr("{paper} (by {day})").format(paper=piece.label,
                                                                      day=format_day(piece.deadline)), state)
            self.states.append((piece.document_id, state))

    def submit(self) -> None:
        received = [doc for doc, state in self.states if state.currentIndex() != NOT_YET]
        originals = [doc for doc, state in self.states if state.currentIndex() == ORIGINAL]
        if not received:
            show_message(self.message, self.tr("Choose at least one paper received."))
            return
        fd, actor, dossier, procedure = self.fd, self.actor, self.dossier, self.procedure
        commune = fd.settings.commune_name or fd.desk.commune_name

        def work() -> Submitted:
            from frontdesk.services.dossiers import pieces_received

            return pieces_received(fd.db, actor, dossier.id, procedure, document_ids=received,
                                   originals=originals, commune=commune, desk_name=fd.desk.name)

        self.save(work)

    def _saved(self, result: object) -> None:
        super()._saved(result)
        self.received.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, FrontdeskError):
            raise error
        show_message(self.message, describe_dossier_error(error))
