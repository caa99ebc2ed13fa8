"""How the residents' screens and dialogs hand over to one another, and the visit in progress.

Search → file → dialogs → back to the file, with the actor of the signed-in agent; the pages only
show, this object decides what opens next.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from frontdesk.domain.roles import Actor
from ui.assessment_dialog import AssessmentDialog
from ui.merge_dialog import MergeDialog
from ui.pages.resident_file import ResidentFilePage
from ui.pages.residents import ResidentsPage
from ui.resident_dialog import ResidentDialog
from ui.visit_dialog import VisitDialog, elapsed_minutes
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.residents import ResidentView
    from frontdesk.services.visits import VisitView


class ResidentsFlow(QObject):
    show_page = Signal(QWidget)  # the work area shows this page
    visit_changed = Signal()  # a visit was recorded, started or finished: refresh what lists visits
    running_changed = Signal(str)  # text for the status bar ("" when no visit is running)

    def __init__(self, fd: Frontdesk, search: ResidentsPage, file: ResidentFilePage, window: QWidget) -> None:
        super().__init__(window)
        self.fd, self.search, self.file, self.window = fd, search, file, window
        self.actor: Actor | None = None
        self.running: VisitView | None = None
        self.running_name = ""
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._announce)
        search.open_resident.connect(self.open_file)
        search.new_resident.connect(self.new_resident)
        search.anonymous_visit.connect(lambda: self.record_visit(None, ""))
        file.back.connect(self.back_to_search)
        file.edit_requested.connect(self.edit_resident)
        file.visit_requested.connect(lambda r: self.record_visit(r.id, r.display_name))
        file.start_visit_requested.connect(self.start_visit)
        file.assessment_requested.connect(self.assess)
        file.merge_requested.connect(self.merge)

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        self.running, self.running_name = None, ""
        self._tick.stop()
        self._announce()
        if actor is not None:
            self._resume_running(actor)

    def _resume_running(self, actor: Actor) -> None:
        """After a sign-in (or a restart), pick up the visit this agent left running today."""
        db = self.fd.db

        def work() -> VisitView | None:
            from frontdesk.services.visits import todays_visits

            mine = [v for v in todays_visits(db, actor) if v.in_progress and v.agent_id == actor.agent_id]
            return mine[0] if mine else None

        def resume(visit: VisitView | None) -> None:
            if visit is not None and self.actor == actor and self.running is None:
                self._started(visit, visit.resident_name or self.tr("anonymous person"), reload=False)

        run_in_background(work, resume)

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- navigation --------------------------------------------------------------------------------

    def open_file(self, resident_id: uuid.UUID) -> None:
        self.file.open(self.actor, resident_id)
        self.show_page.emit(self.file)
        self.file.visit_button.setFocus()

    def back_to_search(self) -> None:
        self.show_page.emit(self.search)
        self.search.focus_search()

    # --- dialogs -----------------------------------------------------------------------------------

    def new_resident(self) -> None:
        dialog = ResidentDialog(self.fd, self.actor, None, self.window)
        dialog.saved_resident.connect(lambda r: self.open_file(r.id))
        dialog.open_resident.connect(self.open_file)
        self._open_dialog(dialog)

    def edit_resident(self, resident: ResidentView) -> None:
        dialog = ResidentDialog(self.fd, self.actor, resident, self.window)
        dialog.saved_resident.connect(lambda _r: self.file.reload())
        self._open_dialog(dialog)

    def record_visit(self, resident_id: uuid.UUID | None, name: str) -> None:
        dialog = VisitDialog(self.fd, self.actor, resident_id, name, None, self.window)
        dialog.recorded.connect(self._visit_recorded)
        self._open_dialog(dialog)

    def assess(self, resident: ResidentView, consent: bool, last) -> None:
        dialog = AssessmentDialog(self.fd, self.actor, resident.id, resident.display_name, consent, last, self.window)
        dialog.recorded.connect(lambda _a: self.file.reload())
        self._open_dialog(dialog)

    def merge(self, keep: ResidentView) -> None:
        dialog = MergeDialog(self.fd, self.actor, keep, self.window)
        dialog.merged.connect(self.file.reload)
        self._open_dialog(dialog)

    # --- the visit in progress ---------------------------------------------------------------------

    def start_visit(self, resident: ResidentView) -> None:
        db, actor = self.fd.db, self.actor

        def work() -> VisitView:
            from frontdesk.services.visits import start_visit

            return start_visit(db, actor, resident.id)

        run_in_background(work, lambda visit: self._started(visit, resident.display_name), self.file._error)

    def _started(self, visit: VisitView, name: str, *, reload: bool = True) -> None:
        self.running, self.running_name = visit, name
        self._tick.start()
        self._announce()
        if reload:
            self.visit_changed.emit()
            self.file.reload()

    def finish_running(self) -> None:
        if self.running is None:
            return
        dialog = VisitDialog(self.fd, self.actor, self.running.resident_id, self.running_name, self.running,
                             self.window)
        dialog.recorded.connect(self._visit_recorded)
        self._open_dialog(dialog)

    def _visit_recorded(self, visit: VisitView) -> None:
        if self.running is not None and visit.id == self.running.id:
            self.running, self.running_name = None, ""
            self._tick.stop()
            self._announce()
        self.visit_changed.emit()
        if self.file.data is not None:
            self.file.reload()

    def _announce(self) -> None:
        if self.running is None:
            self.running_changed.emit("")
            return
        self.running_changed.emit(self.tr("Visit in progress: {name}, {n} min").format(
            name=self.running_name, n=elapsed_minutes(self.running.started_at)))
