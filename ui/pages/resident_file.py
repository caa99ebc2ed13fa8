"""A resident's file: identity and contact, digital needs (with consent), and visits.

Only the sections that hold something are tabs; procedures and documents join when the desk can
record them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.roles import Actor, Permission
from ui.dossier_texts import status_name
from ui.forms import format_date
from ui.texts import local_time
from ui.vocab import label, language_name
from ui.widgets import fill_table, message_label, read_only_table, show_error, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.documents import IssuedDocument
    from frontdesk.services.dossiers import DossierRow
    from frontdesk.services.inclusion import AssessmentView, ConsentView
    from frontdesk.services.residents import ResidentView
    from frontdesk.services.visits import VisitView


@dataclass(frozen=True)
class FileData:
    resident: ResidentView
    visits: list[VisitView]
    assessments: list[AssessmentView]
    consent: ConsentView | None
    dossiers: list[DossierRow]


def load_file(fd: Frontdesk, actor: Actor, resident_id: uuid.UUID) -> FileData:
    """Worker: everything the file shows, in one go."""
    from frontdesk.services.dossiers import list_dossiers
    from frontdesk.services.inclusion import assessments_of, consent_status
    from frontdesk.services.residents import get_resident
    from frontdesk.services.visits import visits_of

    resident = get_resident(fd.db, actor, resident_id)
    return FileData(resident, visits_of(fd.db, actor, resident.id), assessments_of(fd.db, actor, resident.id),
                    consent_status(fd.db, actor, resident.id), list_dossiers(fd.db, actor, resident_id=resident.id))


def _yes_no(value: bool | None, yes: str, no: str, unknown: str) -> str:
    return unknown if value is None else (yes if value else no)


class ResidentFilePage(QWidget):
    back = Signal()
    edit_requested = Signal(object)  # ResidentView
    visit_requested = Signal(object)  # ResidentView
    start_visit_requested = Signal(object)  # ResidentView
    assessment_requested = Signal(object, bool, object)  # ResidentView, consent active, last AssessmentView | None
    merge_requested = Signal(object)  # ResidentView
    procedure_requested = Signal(object)  # ResidentView: start an assisted procedure for them

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.actor: Actor | None = None
        self.data: FileData | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back to the search"))
        self.back_button.setToolTip(self.tr("Escape"))
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.name = title_label("")
        layout.addWidget(self.name)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.procedure_button = QPushButton(self.tr("New &procedure…"))
        self.procedure_button.setToolTip(self.tr("Start an assisted procedure for this resident (Ctrl+D)."))
        self.visit_button = QPushButton(self.tr("Record a &visit…"))
        self.start_button = QPushButton(self.tr("&Start a visit (timer)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.merge_button = QPushButton(self.tr("Merge a duplicate…"))
        self.merge_button.setToolTip(self.tr("Supervisors: fold another file of the same person into this one."))
        for button in (self.procedure_button, self.visit_button, self.start_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        file_row = QHBoxLayout()  # three buttons a row at most: the page must fit a 1280-pixel screen
        for button in (self.edit_button, self.merge_button):
            file_row.addWidget(button)
        file_row.addStretch(1)
        layout.addLayout(file_row)
        rights_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport the resident's data…"))
        self.export_button.setToolTip(self.tr("Right of access: everything the desk holds, as a PDF and a JSON file."))
        self.objection_button = QPushButton(self.tr("Record an &objection…"))
        self.objection_button.setToolTip(
            self.tr("The resident objects to the use of their data; a supervisor decides."))
        self.erase_button = QPushButton(self.tr("Erase (anon&ymise)…"))
        self.erase_button.setToolTip(self.tr("Right to erasure: identity and profile are erased; anonymous "
                                             "statistics remain."))
        for button in (self.export_button, self.objection_button, self.erase_button):
            rights_row.addWidget(button)
        rights_row.addStretch(1)
        layout.addLayout(rights_row)
        self.export_button.clicked.connect(self.export_data)
        self.objection_button.clicked.connect(self.record_objection)
        self.erase_button.clicked.connect(self.erase)
        self.message = message_label()
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections of the file"))
        layout.addWidget(self.tabs, 1)
        self.identity = QLabel()
        self.identity.setWordWrap(True)
        identity_page = QWidget()
        QVBoxLayout(identity_page).addWidget(self.identity)
        identity_page.layout().addStretch(1)
        self.tabs.addTab(identity_page, self.tr("Identity and contact"))
        self.tabs.addTab(self._needs_page(), self.tr("Digital needs"))
        self.visits_table = read_only_table(
            [self.tr("Date"), self.tr("Channel"), self.tr("Themes"), self.tr("Outcome"), self.tr("Agent")],
            self.tr("Visits"))
        self.tabs.addTab(self.visits_table, self.tr("Visits"))
        self.dossiers_table = read_only_table(
            [self.tr("Reference"), self.tr("Procedure"), self.tr("Status"), self.tr("Changed")], self.tr("Procedures"))
        self.tabs.addTab(self.dossiers_table, self.tr("Procedures"))
        self.procedure_button.clicked.connect(
            lambda: self.data and self.procedure_requested.emit(self.data.resident))
        self.visit_button.clicked.connect(lambda: self.data and self.visit_requested.emit(self.data.resident))
        self.start_button.clicked.connect(lambda: self.data and self.start_visit_requested.emit(self.data.resident))
        self.edit_button.clicked.connect(lambda: self.data and self.edit_requested.emit(self.data.resident))
        self.merge_button.clicked.connect(lambda: self.data and self.merge_requested.emit(self.data.resident))

    def _needs_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        column.addWidget(self.consent_label)
        row = QHBoxLayout()
        self.assess_button = QPushButton(self.tr("New &assessment…"))
        self.consent_button = QPushButton(self.tr("Record the &consent…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw the consent…"))
        self.consent_form_button = QPushButton(self.tr("Print the consent &form…"))
        self.consent_form_button.setToolTip(self.tr("The form the resident signs, in two copies (a duplicate when "
                                                    "it was already printed)."))
        # The consent's three actions on one row, the assessment on the next: one row of four no longer fits a
        # 1280-pixel screen beside the navigation.
        for button in (self.consent_button, self.withdraw_button, self.consent_form_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        assessment_row = QHBoxLayout()
        assessment_row.addWidget(self.assess_button)
        assessment_row.addStretch(1)
        column.addLayout(assessment_row)
        self.latest = QLabel()
        self.latest.setWordWrap(True)
        column.addWidget(self.latest)
        self.history = read_only_table([self.tr("Date"), self.tr("Autonomy"), self.tr("Equipment"),
                                        self.tr("Difficulties"), self.tr("Agent")], self.tr("Assessment history"))
        column.addWidget(self.history, 1)
        self.assess_button.clicked.connect(self._assess)
        self.consent_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.consent_form_button.clicked.connect(self.reprint_consent_form)
        return page

    # --- loading -----------------------------------------------------------------------------------

    def open(self, actor: Actor, resident_id: uuid.UUID) -> None:
        self.actor = actor
        self.merge_button.setVisible(actor.may(Permission.RESIDENT_MERGE))
        self.export_button.setVisible(actor.may(Permission.RIGHTS_EXPORT))
        self.erase_button.setVisible(actor.may(Permission.RIGHTS_ERASE))
        self.objection_button.setVisible(actor.may(Permission.OBJECTION_RECORD))
        self.clear()
        fd = self.fd
        run_in_background(lambda: load_file(fd, actor, resident_id), self.show_data, self._error)

    def reload(self) -> None:
        if self.actor is not None and self.data is not None:
            self.open(self.actor, self.data.resident.id)

    def clear(self) -> None:
        self.data = None
        for widget in (self.name, self.summary, self.identity, self.consent_label, self.latest):
            widget.clear()
        fill_table(self.visits_table, [])
        fill_table(self.dossiers_table, [])
        fill_table(self.history, [])
        show_message(self.message, "")

    def _error(self, error: BaseException) -> None:
        show_error(self.message, error)

    def show_data(self, data: FileData) -> None:
        self.data = data
        r = data.resident
        self.name.setText(r.display_name)
        self.name.setAccessibleName(r.display_name)
        born = format_date(r.birth_date) or (str(r.birth_year) if r.birth_year else "")
        parts = [self.tr("Born {date}").format(date=born) if born else self.tr("Date of birth not given")]
        if r.large_print:
            parts.append(self.tr("Large print documents"))
        parts.append(self.tr("Prefers: {channel}").format(channel=label("contact_channel", r.contact_channel)))
        self.summary.setText(" · ".join(parts))
        self.identity.setText("\n".join([
            self.tr("Family name: {v}").format(v=r.family_name),
            self.tr("Given names: {v}").format(v=r.given_names or "—"),
            self.tr("Birth name: {v}").format(v=r.birth_name or "—"),
            self.tr("Address: {v}").format(v=", ".join(p for p in (r.address_line, f"{r.postal_code} {r.commune}"
                                                                   .strip()) if p) or "—"),
            self.tr("Phone: {v}").format(v=r.phone_display or (self.tr("no phone") if r.no_phone else "—")),
            self.tr("E-mail: {v}").format(v=r.email or (self.tr("no e-mail") if r.no_email else "—")),
            self.tr("Language: {v}").format(v=language_name(r.language)),
        ]))
        self._show_needs(data)
        fill_table(self.visits_table, [
            (local_time(v.started_at, "dd/MM/yyyy HH:mm"), label("visit_channel", v.channel),
             ", ".join(label("theme", t) for t in v.themes),
             label("outcome", v.outcome) if v.outcome else self.tr("in progress"), v.agent_name)
            for v in data.visits
        ])
        self.tabs.setTabText(2, self.tr("Visits ({n})").format(n=len(data.visits)))
        fill_table(self.dossiers_table, [
            (d.reference or self.tr("(draft)"), d.procedure_title, status_name(d.status),
             local_time(d.updated_at, "dd/MM/yyyy HH:mm")) for d in data.dossiers])
        self.tabs.setTabText(3, self.tr("Procedures ({n})").format(n=len(data.dossiers)))

    def _show_needs(self, data: FileData) -> None:
        consent = data.consent
        if consent is not None and consent.active:
            text = self.tr("Consent to record health, language or reading difficulties: given on {date}.").format(
                date=local_time(consent.given_at, "dd/MM/yyyy"))
        elif consent is not None:
            text = self.tr("Consent withdrawn on {date}: those difficulties were erased.").format(
                date=local_time(consent.withdrawn_at, "dd/MM/yyyy"))
        else:
            text = self.tr("No consent recorded: health, language and reading difficulties are not noted.")
        self.consent_label.setText(text)
        active = consent is not None and consent.active
        self.consent_button.setVisible(not active and self.actor is not None
                                       and self.actor.may(Permission.SENSITIVE_WRITE))
        self.withdraw_button.setVisible(active)
        self.consent_form_button.setVisible(active)
        if data.assessments:
            a = data.assessments[0]
            self.latest.setText(self.tr("Latest assessment ({date}): {autonomy}. Internet: {internet}. "
                                        "E-mail: {email}. FranceConnect: {fc}.").format(
                date=format_date(a.assessed_on),
                autonomy=label("autonomy", a.autonomy) or self.tr("autonomy not assessed"),
                internet=_yes_no(a.internet_access, self.tr("yes"), self.tr("no"), self.tr("not asked")),
                email=_yes_no(a.email_account, self.tr("yes"), self.tr("no"), self.tr("not asked")),
                fc=_yes_no(a.franceconnect, self.tr("yes"), self.tr("no"), self.tr("not asked"))))
            steps = [f"{format_date(x.assessed_on)} : {label('autonomy', x.autonomy)}"
                     for x in reversed(data.assessments) if x.autonomy]
            if len(steps) > 1:
                self.latest.setText(self.latest.text() + "\n" + self.tr("Autonomy over time: {steps}").format(
                    steps=" → ".join(steps)))
        else:
            self.latest.setText(self.tr("No assessment yet."))
        if data.assessments and data.assessments[0].sensitive_hidden:
            self.latest.setText(self.latest.text() + "\n" + self.tr(
                "Health, language and reading difficulties are shown to mediators and supervisors only."))
        fill_table(self.history, [
            (format_date(a.assessed_on), label("autonomy", a.autonomy),
             ", ".join(label("equipment", e) for e in a.equipment),
             ", ".join(label("barrier", b) for b in a.barriers)
             + (" " + self.tr("(sensitive items erased)") if a.sensitive_erased else ""),
             a.agent_name)
            for a in data.assessments
        ])

    # --- actions -----------------------------------------------------------------------------------

    def _assess(self) -> None:
        if self.data is not None:
            consent = self.data.consent is not None and self.data.consent.active
            last = self.data.assessments[0] if self.data.assessments else None
            self.assessment_requested.emit(self.data.resident, consent, last)

    def record_consent(self) -> None:
        if self.data is None:
            return
        answer = QMessageBox.question(self, self.tr("Record the consent"), self.tr(
            "Has {name} agreed, explicitly and freely, that the desk notes their health, language or reading "
            "difficulties to help them? They can withdraw this consent at any time.").format(
                name=self.data.resident.display_name))
        if answer == QMessageBox.StandardButton.Yes:
            self._consent_call("record_consent", then=self._offer_consent_form)

    def withdraw_consent(self) -> None:
        if self.data is None:
            return
        answer = QMessageBox.question(self, self.tr("Withdraw the consent"), self.tr(
            "Withdraw the consent of {name}? The health, language and reading difficulties already noted will be "
            "erased; only the date of the withdrawal is kept.").format(name=self.data.resident.display_name))
        if answer == QMessageBox.StandardButton.Yes:
            self._consent_call("withdraw_consent")

    def _consent_call(self, name: str, then: Callable[[uuid.UUID], None] | None = None) -> None:
        db, actor, resident_id = self.fd.db, self.actor, self.data.resident.id

        def work() -> None:
            from frontdesk.services import inclusion

            getattr(inclusion, name)(db, actor, resident_id)

        def done(_result: object) -> None:
            self.reload()
            if then is not None:
                then(resident_id)

        run_in_background(work, done, self._error)

    def _offer_consent_form(self, resident_id: uuid.UUID) -> None:
        """Right after the consent is recorded: the paper the resident signs, two copies."""
        answer = QMessageBox.question(self, self.tr("Consent form"), self.tr(
            "The consent is recorded. Print the consent form now? It has two copies to sign: one for the resident, "
            "one for the town hall."))
        if answer == QMessageBox.StandardButton.Yes:
            self._paper(resident_id, reprint=False)

    def reprint_consent_form(self) -> None:
        """The consent form again, from the file: a duplicata of the last one (or a first one)."""
        if self.data is not None:
            self._paper(self.data.resident.id, reprint=True)

    def _paper(self, resident_id: uuid.UUID, *, reprint: bool) -> None:
        fd, actor = self.fd, self.actor

        def work() -> tuple[IssuedDocument, datetime | None]:
            from frontdesk.services import paper

            if reprint:
                return paper.consent_form_copy(fd.settings, fd.db, actor, resident_id)
            return paper.issue_consent_form(fd.settings, fd.db, actor, resident_id), None

        def show(result: tuple[IssuedDocument, datetime | None]) -> None:
            from ui.document_preview import open_document

            issued, reprint_at = result
            open_document(self, fd, issued, reprint_at=reprint_at)

        run_in_background(work, show, self._error)

    # --- the resident's rights ---------------------------------------------------------------------

    def export_data(self) -> None:
        """Right of access: a PDF the resident can read and a JSON file, in a folder the agent picks."""
        from ui.files import ask_folder

        if self.data is None:
            return
        folder = ask_folder(self, self.tr("Where to save the resident's data"))
        if folder is None:
            return
        db, actor, resident_id = self.fd.db, self.actor, self.data.resident.id
        issuer = self.fd.desk.commune_name if self.fd.desk is not None else ""

        def work():
            from frontdesk.privacy import rights

            data = rights.resident_data(db, actor, resident_id)
            stem = folder / f"donnees-{resident_id}"
            stem.with_suffix(".json").write_bytes(rights.export_json(data))
            stem.with_suffix(".pdf").write_bytes(rights.export_pdf(data, issuer or "Commune", label))
            return stem.with_suffix(".pdf")

        run_in_background(work, lambda path: show_message(
            self.message, self.tr("Saved: {path} (and the same in JSON).").format(path=path), error=False),
            self._error)

    def record_objection(self) -> None:
        if self.data is None:
            return
        answer = QMessageBox.question(self, self.tr("Record an objection"), self.tr(
            "Does {name} object to the desk using their data? The objection is recorded now; a supervisor "
            "decides on it and answers within one month.").format(name=self.data.resident.display_name))
        if answer == QMessageBox.StandardButton.Yes:
            self._rights_call("record_objection", self.tr("Objection recorded: a supervisor will decide on it."))

    def erase(self) -> None:
        if self.data is None:
            return
        answer = QMessageBox.warning(self, self.tr("Erase the resident"), self.tr(
            "Erase {name}? Their identity, contact details and digital-needs profile are erased for good; their "
            "visits remain, without their name, for the anonymous statistics. This cannot be undone.").format(
                name=self.data.resident.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._rights_call("anonymise", self.tr("The resident was anonymised."))

    def _rights_call(self, name: str, done: str) -> None:
        db, actor, resident_id = self.fd.db, self.actor, self.data.resident.id

        def work() -> None:
            from frontdesk.privacy import rights

            getattr(rights, name)(db, actor, resident_id)

        run_in_background(work, lambda _: (self.reload(), show_message(self.message, done, error=False)),
                          self._error)

