"""The service in charge answered a commune's request (or the person withdrew it): the agent records
the outcome and the day of the letter, and the dossier leaves the procedures in progress."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from frontdesk.errors import FrontdeskError
from ui.dialogs import FormDialog
from ui.dossier_texts import describe_dossier_error, status_name
from ui.widgets import add_field, show_message

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.domain.roles import Actor
    from frontdesk.services.dossiers import DossierView

OUTCOMES = ("decision_accepted", "decision_refused", "withdrawn")


class DecisionDialog(FormDialog):
    decided = Signal(object)  # DossierView

    def __init__(self, fd: Frontdesk, actor: Actor, dossier: DossierView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decision for {reference}").format(reference=dossier.reference), parent)
        self.fd, self.actor, self.dossier = fd, actor, dossier
        about = QLabel(f"{dossier.procedure_title} — {dossier.reference}")  # which request, in the dialog itself
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(about)
        self.outcome = add_field(self.form, self.tr("&Outcome:"), QComboBox())
        self.outcome.addItem(self.tr("— choose —"), "")
        for code in OUTCOMES:
            self.outcome.addItem(status_name(code), code)
        today = date.today()
        self.day = add_field(self.form, self.tr("&Day of the decision:"), QDateEdit(QDate(today.year, today.month,
                                                                                          today.day)),
                             self.tr("The date on the service's letter, or the day the person withdrew"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        if dossier.submitted_at is not None:
            registered = dossier.submitted_at.astimezone().date()
            self.day.setMinimumDate(QDate(registered.year, registered.month, registered.day))

    def submit(self) -> None:
        outcome = self.outcome.currentData()
        if not outcome:
            show_message(self.message, self.tr("Choose the outcome."))
            self.outcome.setFocus()
            return
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        fd, actor, dossier_id = self.fd, self.actor, self.dossier.id

        def work() -> DossierView:
            from frontdesk.services.dossiers import record_decision

            return record_decision(fd.db, actor, dossier_id, outcome, decided_on=day)

        self.save(work)

    def _saved(self, result: object) -> None:
        self.decided.emit(result)
        super()._saved(result)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, FrontdeskError):
            raise error
        self.buttons.setEnabled(True)
        show_message(self.message, describe_dossier_error(error))
