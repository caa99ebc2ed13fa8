"""Démarches: the dossiers in progress, the drafts to resume, and each dossier's detail and paper.

Supervisors also see here what in the procedure catalogue could not be loaded, so a broken definition
file is noticed by the person who can fix it, while the other procedures keep working. Everyone sees
when a Démarche Numérique form has a new version whose changes nobody has read yet.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.roles import Actor
from ui.dossier_texts import (
    consent_words,
    describe_dossier_error,
    document_title,
    format_day,
    piece_state,
    procedure_source,
    status_name,
    value_text,
)
from ui.texts import local_time
from ui.widgets import add_field, fill_table, message_label, read_only_table, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.catalogue import Catalogue
    from frontdesk.context import Frontdesk
    from frontdesk.documents import IssuedDocument
    from frontdesk.services.dossiers import DossierRow, DossierView

FILTERS = ("in_progress", "draft", "all", "awaiting_pieces", "registered", "decided", "done_on_site",
           "awaiting_sending", "on_platform")


class DossiersPage(QWidget):
    new_requested = Signal()
    forms_reviewed = Signal()  # changes of a Démarche Numérique form read, or new versions fetched
    token_changed = Signal()  # the administrator token was saved or forgotten: the sender reads it again
    decision_recorded = Signal()  # a commune's dossier was decided or withdrawn (home and file refresh)
    resume_requested = Signal(object)  # DossierView of a draft
    pieces_requested = Signal(object)  # DossierView waiting for papers

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.actor: Actor | None = None
        self.rows: list[DossierRow] = []
        self.current: DossierView | None = None
        self.issued: list[IssuedDocument] = []
        self.catalogue: Catalogue | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Procedures")))
        self.problems = QLabel()
        self.problems.setObjectName("catalogueProblems")
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        self.forms_notice = QLabel()
        self.forms_notice.setObjectName("formsNotice")
        self.forms_notice.setWordWrap(True)
        self.forms_notice.setVisible(False)
        layout.addWidget(self.forms_notice)
        top = QHBoxLayout()
        form = QFormLayout()
        self.filter = add_field(form, self.tr("Sh&ow"), QComboBox())
        for code, text in zip(FILTERS, (self.tr("Procedures in progress"), self.tr("Drafts"), self.tr("All"),
                                        status_name("awaiting_pieces"), status_name("registered"),
                                        self.tr("Decided or withdrawn"), status_name("done_on_site"),
                                        status_name("awaiting_sending"), status_name("on_platform")), strict=True):
            self.filter.addItem(text, code)
        top.addLayout(form)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("&New procedure…"))
        self.new_button.setToolTip(self.tr("Ctrl+D"))
        top.addWidget(self.new_button)
        self.forms_button = QPushButton(self.tr("Démarche Numérique for&ms…"))
        self.forms_button.setToolTip(self.tr("The forms this desk can fill, and what changed in them"))
        top.addWidget(self.forms_button)
        layout.addLayout(top)
        self.message = message_label()
        layout.addWidget(self.message)
        split = QSplitter()
        self.table = read_only_table([self.tr("Reference"), self.tr("Procedure"), self.tr("Resident"),
                                      self.tr("Status"), self.tr("Changed")], self.tr("Dossiers"))
        split.addWidget(self.table)
        detail = QWidget()
        column = QVBoxLayout(detail)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Dossier detail"))
        column.addWidget(self.detail, 1)
        self.resume_button = QPushButton(self.tr("&Resume the draft"))
        column.addWidget(self.resume_button)
        self.pieces_button = QPushButton(self.tr("Papers r&eceived…"))
        column.addWidget(self.pieces_button)
        self.decision_button = QPushButton(self.tr("Record the &decision…"))
        self.decision_button.setToolTip(self.tr("The service in charge answered, or the person withdrew the request"))
        column.addWidget(self.decision_button)
        from ui.dn_handoff import HandOffPanel

        self.handoff = HandOffPanel(fd)
        self.handoff.setVisible(False)
        self.handoff.changed.connect(self._remote_changed)
        column.addWidget(self.handoff)
        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("Documents issued"))
        self.documents.setMaximumHeight(110)
        column.addWidget(self.documents)
        self.print_button = QPushButton(self.tr("&Print again (duplicate)…"))
        column.addWidget(self.print_button)
        split.addWidget(detail)
        split.setSizes([520, 420])
        layout.addWidget(split, 1)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_requested)
        self.resume_button.clicked.connect(lambda: self.current and self.resume_requested.emit(self.current))
        self.pieces_button.clicked.connect(lambda: self.current and self.pieces_requested.emit(self.current))
        self.decision_button.clicked.connect(self.record_decision)
        self.print_button.clicked.connect(self.show_document)
        self.forms_button.clicked.connect(self.show_forms)
        self.documents.itemActivated.connect(lambda _item: self.show_document())
        self._show_detail(None)

    def show_for(self, actor: Actor) -> None:
        self.actor = actor

    def clear(self) -> None:
        self.actor, self.rows, self.current, self.issued, self.catalogue = None, [], None, [], None
        fill_table(self.table, [])
        self._show_detail(None)
        self.problems.setVisible(False)
        self.forms_notice.setVisible(False)

    def show_catalogue(self, catalogue: Catalogue) -> None:
        """The banner of catalogue problems, for supervisors only (they can fix the files)."""
        self.catalogue = catalogue
        problems = catalogue.problems if self.actor is not None and self.actor.is_supervisor else ()
        if not problems:
            self.problems.setVisible(False)
            return
        lines = [self.tr("⚠ {n} problem(s) in the procedure catalogue; the other procedures work normally:")
                 .format(n=len(problems))]
        by_file: dict[str, list[str]] = {}
        for problem in problems:
            by_file.setdefault(Path(problem.file).name, []).append(problem.procedure)
        for name, found in list(by_file.items())[:5]:
            procedure = next((p for p in found if p), "?")
            lines.append(self.tr("• {file} ({procedure}): {n} problem(s), left out until corrected").format(
                file=name, procedure=procedure, n=len(found)))
        self.problems.setText("\n".join(lines))
        self.problems.setAccessibleName(lines[0])
        self.problems.setVisible(True)

    def load_forms(self) -> None:
        """The notice of Démarche Numérique forms whose new version nobody has read yet."""
        if self.actor is None:
            return
        db = self.fd.db

        def work() -> list:
            from frontdesk.services.demarches import list_forms

            return list_forms(db)

        def show(forms: list) -> None:
            from ui.demarche_forms import changes_summary

            text = changes_summary(forms) if self.actor is not None else ""
            self.forms_notice.setText(text)
            self.forms_notice.setAccessibleName(text)
            self.forms_notice.setVisible(bool(text))

        run_in_background(work, show, self._error)

    def show_forms(self) -> None:
        if self.actor is None:
            return
        from ui.demarche_forms import DemarcheFormsDialog

        dialog = DemarcheFormsDialog(self.fd, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reviewed.connect(self.forms_reviewed)
        dialog.token_changed.connect(self.token_changed)
        dialog.open()

    def refresh(self) -> None:
        if self.actor is None:
            return
        code = self.filter.currentData()
        db, actor = self.fd.db, self.actor
        self._generation += 1
        generation = self._generation

        def work() -> list[DossierRow]:
            from frontdesk.services import dossiers

            statuses = {"in_progress": dossiers.IN_PROGRESS, "all": None, "decided": dossiers.DECISIONS}.get(
                code, (code,))
            return dossiers.list_dossiers(db, actor, statuses=statuses)

        run_in_background(work, lambda rows: self._fill(generation, rows), self._error)

    def _fill(self, generation: int, rows: list[DossierRow]) -> None:
        if generation != self._generation:
            return
        self.rows = rows
        fill_table(self.table, [(r.reference or self.tr("(draft)"), r.procedure_title,
                                 r.resident_name or self.tr("anonymous person"), status_name(r.status),
                                 local_time(r.updated_at, "dd/MM/yyyy HH:mm")) for r in rows])
        if rows:
            self.table.clearSelection()  # so the detail reloads even when the first row stays selected
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    def _selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected or selected[0].row() >= len(self.rows):
            return
        dossier_id = self.rows[selected[0].row()].id
        db, actor = self.fd.db, self.actor

        def work() -> tuple[DossierView, list[IssuedDocument]]:
            from frontdesk.documents import load
            from frontdesk.services.dossiers import get_dossier

            dossier = get_dossier(db, actor, dossier_id)
            return dossier, [d for d in (load(db, n) for n in dossier.issued) if d is not None]

        run_in_background(work, lambda result: self._show_detail(*result), self._error)

    def select(self, dossier_id: uuid.UUID) -> None:
        for row, item in enumerate(self.rows):
            if item.id == dossier_id:
                self.table.selectRow(row)

    def _show_detail(self, dossier: DossierView | None, issued: list[IssuedDocument] | None = None) -> None:
        self.current, self.issued = dossier, list(issued or [])
        self.resume_button.setVisible(dossier is not None and dossier.status == "draft")
        self.pieces_button.setVisible(dossier is not None and dossier.status == "awaiting_pieces")
        self.decision_button.setVisible(dossier is not None and dossier.source == "local"
                                        and dossier.status in ("awaiting_pieces", "registered"))
        online = dossier is not None and dossier.status in ("awaiting_sending", "on_platform")
        self.handoff.setVisible(online)
        if online and self.actor is not None:
            procedure = self.catalogue.get(dossier.procedure_id) if self.catalogue is not None else None
            self.handoff.show_dossier(self.actor, dossier, procedure)
        self.documents.clear()
        for document in self.issued:
            self.documents.addItem(f"{document_title(document.kind)} — {document.number}")
        if self.issued:
            self.documents.setCurrentRow(0)
        self.documents.setVisible(bool(self.issued))
        self.print_button.setVisible(bool(self.issued))
        if dossier is None:
            self.detail.setPlainText(self.tr("Choose a dossier in the list to see its detail."))
            return
        self.detail.setPlainText("\n".join(self._detail_lines(dossier)))

    def _detail_lines(self, d: DossierView) -> list[str]:
        lines = [d.procedure_title, self.tr("Reference: {ref}").format(ref=d.reference or self.tr("(draft)")),
                 self.tr("Source: {source}").format(source=procedure_source(d.source)),
                 self.tr("For: {name}").format(name=d.resident_name or self.tr("anonymous person")),
                 self.tr("Status: {status}").format(status=status_name(d.status)),
                 self.tr("Started by {agent}").format(agent=d.agent_name)]
        if d.consent_at:
            lines.append(self.tr("Consent given by {who}, {how}, on {at}.").format(
                who=consent_words(d.consent_by), how=consent_words(d.consent_how),
                at=local_time(d.consent_at, "dd/MM/yyyy HH:mm")))
        if d.decision_on and d.status == "registered":  # once answered, the silence rule no longer matters
            meaning = self.tr("acceptance") if d.silence_means == "acceptance" else self.tr("rejection")
            if d.decision_on <= date.today():
                lines.append(self.tr("Implicit decision ({meaning}) reached on {day}, unless the service "
                                     "answered before: record its decision if it did.").format(
                    meaning=meaning, day=format_day(d.decision_on)))
            else:
                lines.append(self.tr("Implicit decision ({meaning}) on {day}.").format(
                    meaning=meaning, day=format_day(d.decision_on)))
        decided = next((e for e in reversed(d.events) if e.status == d.status and e.note.startswith("on:")), None)
        if decided is not None:
            day = date.fromisoformat(decided.note.removeprefix("on:"))
            lines.append(self.tr("Result: {outcome}, on {day} (recorded by {agent}).").format(
                outcome=status_name(d.status), day=format_day(day), agent=decided.agent_name))
        if d.remote_reference or d.remote_site:
            lines.append(self.tr("Site: {site} — reference: {ref}").format(site=d.remote_site,
                                                                          ref=d.remote_reference or "—"))
        if d.source == "demarche-numerique" and d.reference:
            number = d.remote_number
            lines.append(self.tr("Démarche Numérique dossier: {number}").format(
                number=f"n° {number}" if number else self.tr("waiting to be sent")))
            if number:
                lines += self._tracking_lines(d)
        if d.what_was_done:
            lines += [self.tr("Done:"), *(f"• {x}" for x in d.what_was_done)]
        if d.values:
            labels = self._labels(d.procedure_id)
            lines += ["", self.tr("Answers:")]
            order = [*(key for key in labels if key in d.values), *(key for key in d.values if key not in labels)]
            lines += [f"• {labels.get(key, key)}\u00a0: {value_text(d.values[key])}" for key in order]  # as asked
        if d.pieces:
            lines += ["", self.tr("Papers:")] + [f"• {p.label}\u00a0: {piece_state(p)}" for p in d.pieces]
        lines += ["", self.tr("History:")]
        platform = procedure_source(d.source)  # an event without an agent came from the platform (or the sender)
        lines += [f"• {local_time(e.at, 'dd/MM/yyyy HH:mm')} — {status_name(e.status)} — {e.agent_name or platform}"
                  for e in d.events]
        return lines

    def _tracking_lines(self, d: DossierView) -> list[str]:
        """How the desk follows the dossier on the platform, and what the administrator access told."""
        if d.remote_detail == "admin":
            lines = [self.tr("Followed with the town hall's administrator access: dates from Démarche Numérique "
                             "and the reason for a decision.")]
        else:
            lines = [self.tr("Followed by the public tracking only: the state, without the reason for a decision.")]
        if d.remote_updated_at:
            lines.append(self.tr("Last change on Démarche Numérique: {at}").format(
                at=local_time(d.remote_updated_at, "dd/MM/yyyy HH:mm")))
        if d.remote_motivation:
            lines.append(self.tr("Reason for the decision: {reason}").format(reason=d.remote_motivation))
        return lines

    def record_decision(self) -> None:
        if self.current is None or self.actor is None:
            return
        from ui.decision_dialog import DecisionDialog

        dialog = DecisionDialog(self.fd, self.actor, self.current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._decided)
        dialog.open()

    def _decided(self, dossier: DossierView) -> None:
        show_message(self.message, self.tr("Decision recorded for {reference}: {outcome}.").format(
            reference=dossier.reference, outcome=status_name(dossier.status)), error=False)
        self.decision_recorded.emit()  # the flow refreshes this list, the home page and the resident's file

    def _remote_changed(self, dossier: DossierView) -> None:
        """Refreshed or sent meanwhile: the detail and the list show it (the panel already does)."""
        if self.current is not None and dossier.id == self.current.id:
            self._selected()

    def _labels(self, procedure_id: str) -> dict[str, str]:
        """Field labels of the procedure in the form's order, so answers read as questions, in the order they
        were asked (ids, last, when the procedure left the catalogue)."""
        procedure = self.catalogue.get(procedure_id) if self.catalogue is not None else None
        return {f.id: f.label for f in procedure.form.fields} if procedure is not None else {}

    def show_document(self) -> None:
        """A document already handed over comes back as a duplicata, journalled before it is shown."""
        row = self.documents.currentRow()
        if not 0 <= row < len(self.issued) or self.actor is None:
            return
        db, actor, number = self.fd.db, self.actor, self.issued[row].number

        def work():
            from frontdesk.documents.service import record_reprint

            return record_reprint(db, actor, number)

        def show(result) -> None:
            from ui.document_preview import open_document

            issued, reprint_at = result
            open_document(self, self.fd, issued, reprint_at=reprint_at)

        run_in_background(work, show, self._error)

    def _error(self, error: BaseException) -> None:
        from frontdesk.errors import FrontdeskError

        if not isinstance(error, FrontdeskError):
            raise error
        show_message(self.message, describe_dossier_error(error))
