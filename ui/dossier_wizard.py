"""The assisted-procedure wizard: resident → procedure → consent → form → papers → review → submit.

Keyboard first: every step opens with the focus where the agent types, Enter goes on (the Next button
is the default), Alt+letter reaches every control. The draft exists from the moment the procedure is
chosen and is saved on every change of the form (off the UI thread, one save at a time, the newest
values last), so closing the window, a lock or a crash never loses what was typed; the Démarches page
resumes it at the form.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from frontdesk.catalogue import Catalogue, Procedure, Source, implicit_decision_date
from frontdesk.clock import utcnow
from frontdesk.domain import vocab
from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError
from frontdesk.forms import FieldType, validate
from ui.browser import Opened, describe, open_url
from ui.dossier_texts import describe_dossier_error, format_day, procedure_source, summary_lines
from ui.form_view import FormView
from ui.texts import local_time
from ui.vocab import label as vocab_label
from ui.widgets import add_field, message_label, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.documents import IssuedDocument
    from frontdesk.services.dossiers import DossierView, Submitted
    from frontdesk.services.residents import SearchHit

TYPING_PAUSE_MS = 120
DEFAULT_PIECE_DELAY_DAYS = 30
SHOWN = 20
NOTICE_LINES = 8  # changes of a form listed above it; the rest are on the Procedures page


@dataclass
class Chosen:
    """What the agent chose so far; the steps read and fill it."""

    resident_id: uuid.UUID | None = None
    resident_name: str = ""
    anonymous: bool = False
    procedure: Procedure | None = None
    dossier: DossierView | None = None


class Step(QWidget):
    """One page of the wizard. ``enter`` prepares it, ``focus`` says where typing starts."""

    title = ""
    short = ""

    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__()
        self.wizard = wizard

    def applies(self) -> bool:
        return True

    def enter(self) -> None:
        """Called each time the step is shown."""

    def focus(self) -> QWidget | None:
        return None

    def next_text(self) -> str:
        return QCoreApplication.translate("DossierWizard", "&Next >")

    def leave(self, go_on) -> None:
        """Check and save the step, then call ``go_on()``; stay (with a message) when something is wrong."""
        go_on()


# --- 1. resident ---------------------------------------------------------------------------------------

class ResidentStep(Step):
    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__(wizard)
        self.short = self.tr("Person")
        self.title = self.tr("Who is the procedure for?")
        self.hits: list[SearchHit] = []
        self._generation = 0
        self._chosen: tuple[uuid.UUID, str] | None = None
        self._go_when_found: tuple[int, object] | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.query = add_field(form, self.tr("&Search a resident"), QLineEdit(), self.tr(
            "Name, date of birth, phone or postal code. ↓ goes to the results."))
        self.query.setMaxLength(100)
        layout.addLayout(form)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Residents found"))
        layout.addWidget(self.results, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.anonymous = QCheckBox(self.tr("&Anonymous person (no name recorded)"))
        self.new_button = QPushButton(self.tr("New r&esident…"))
        self.new_button.setAutoDefault(False)
        row.addWidget(self.anonymous)
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.installEventFilter(self)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.new_button.clicked.connect(self._new_resident)
        self.results.itemActivated.connect(lambda _item: self.wizard.next())
        self.status.setText(self.tr("Type a name, or tick “Anonymous person”."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.query and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and self.results.count()):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return False

    def focus(self) -> QWidget:
        return self.query

    def pending(self) -> bool:
        return self._timer.isActive()

    def _anonymous_toggled(self, on: bool) -> None:
        self.query.setEnabled(not on)
        self.results.setEnabled(not on)

    def search_now(self) -> None:
        text = self.query.text()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._show(generation, [])
            return
        db, actor = self.wizard.fd.db, self.wizard.actor

        def work() -> list[SearchHit]:
            from frontdesk.services.residents import search_residents

            return search_residents(db, actor, text, SHOWN)

        run_in_background(work, lambda hits: self._show(generation, hits), self.wizard.show_error)

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return
        self.hits = hits
        self.results.clear()
        for hit in hits:
            details = ", ".join(x for x in (hit.birth, f"{hit.postal_code} {hit.commune}".strip()) if x)
            self.results.addItem(f"{hit.display_name} — {details}" if details else hit.display_name)
        if hits:
            self.results.setCurrentRow(0)
            self.status.setText(self.tr("{n} resident(s) found. Enter chooses the selected one.").format(n=len(hits)))
        elif self.query.text().strip():
            self.status.setText(self.tr("Nobody found. Register a new resident, or tick “Anonymous person”."))
        waiting, self._go_when_found = self._go_when_found, None
        if waiting is not None and waiting[0] == generation:
            self.leave(waiting[1])

    def _new_resident(self) -> None:
        from ui.resident_dialog import ResidentDialog

        dialog = ResidentDialog(self.wizard.fd, self.wizard.actor, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved_resident.connect(lambda r: self.choose(r.id, r.display_name))
        dialog.open()

    def choose(self, resident_id: uuid.UUID, name: str) -> None:
        """A resident chosen outside the list (a new registration, or the file the wizard was opened from)."""
        self.anonymous.setChecked(False)
        self.hits = []
        self.results.clear()
        self.results.addItem(name)
        self.results.setCurrentRow(0)
        self._chosen = (resident_id, name)
        self.status.setText(self.tr("Chosen: {name}.").format(name=name))

    def leave(self, go_on) -> None:
        if self.pending():  # Enter pressed before the search ran: search now, go on with its first result
            self._timer.stop()
            self.search_now()
            self._go_when_found = (self._generation, go_on)
            return
        chosen = self.wizard.chosen
        if self.anonymous.isChecked():
            chosen.resident_id, chosen.resident_name, chosen.anonymous = None, "", True
            go_on()
            return
        row = self.results.currentRow()
        if self.hits and 0 <= row < len(self.hits):
            chosen.resident_id, chosen.resident_name = self.hits[row].id, self.hits[row].display_name
        elif self._chosen is not None and row == 0:
            chosen.resident_id, chosen.resident_name = self._chosen
        else:
            self.wizard.say(self.tr("Choose a resident in the list, register a new one, or tick “Anonymous person”."))
            return
        chosen.anonymous = False
        go_on()


# --- 2. procedure --------------------------------------------------------------------------------------

class ProcedureStep(Step):
    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__(wizard)
        self.short = self.tr("Procedure")
        self.title = self.tr("Which procedure?")
        self.recent: list[str] = []
        self.shown: list[Procedure] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.query = add_field(form, self.tr("Search a &procedure"), QLineEdit(), self.tr(
            "A few words: “carte identité”, “inscription école”… ↓ goes to the list."))
        self.query.setMaxLength(100)
        self.category = add_field(form, self.tr("&Category"), QComboBox())
        self.category.addItem(self.tr("All categories"), "")
        for code in vocab.PROCEDURE_CATEGORIES:
            self.category.addItem(vocab_label("category", code), code)
        layout.addLayout(form)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Procedures"))
        layout.addWidget(self.list, 1)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.description)
        self.query.textChanged.connect(lambda _t: self.refill())
        self.category.currentIndexChanged.connect(lambda _i: self.refill())
        self.list.currentRowChanged.connect(self._describe)
        self.list.itemActivated.connect(lambda _item: self.wizard.next())
        self.query.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.query and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and self.list.count()):
            self.list.setFocus()
            return True
        return False

    def applies(self) -> bool:
        return not self.wizard.resumed  # a resumed draft keeps its procedure

    def focus(self) -> QWidget:
        return self.query

    def enter(self) -> None:
        db, actor = self.wizard.fd.db, self.wizard.actor

        def work() -> list[str]:
            from frontdesk.services.dossiers import recent_procedures

            return recent_procedures(db, actor)

        def got(recent: list[str]) -> None:
            self.recent = recent
            self.refill()

        self.refill()
        run_in_background(work, got, self.wizard.show_error)

    def refill(self) -> None:
        catalogue: Catalogue = self.wizard.catalogue
        words, category = self.query.text(), self.category.currentData() or None
        found = catalogue.search(words, category)
        if not words.strip():
            rank = {pid: n for n, pid in enumerate(self.recent)}
            found.sort(key=lambda p: rank.get(p.id, len(rank)))  # stable: the rest keeps its order
        self.shown = found
        self.list.clear()
        for procedure in found:
            text = f"{procedure.title} — {procedure_source(procedure.source)}"
            if procedure.id in self.recent:
                text = self.tr("Recently used: {title}").format(title=text)
            QListWidgetItem(text, self.list)
        if found:
            self.list.setCurrentRow(0)
        else:
            self.description.setText(self.tr("No procedure matches. Try other words or another category."))

    def _describe(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            procedure = self.shown[row]
            self.description.setText(procedure.description)
            self.description.setAccessibleName(procedure.description)

    def leave(self, go_on) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.shown):
            self.wizard.say(self.tr("Choose a procedure in the list."))
            return
        procedure = self.shown[row]
        chosen = self.wizard.chosen
        db, actor = self.wizard.fd.db, self.wizard.actor

        def work() -> DossierView:
            from frontdesk.services.dossiers import start_draft

            return start_draft(db, actor, procedure, chosen.resident_id)

        def started(dossier: DossierView) -> None:
            chosen.procedure, chosen.dossier = procedure, dossier
            self.wizard.draft_changed.emit()
            go_on()

        self.wizard.run(work, started)


# --- 3. consent ----------------------------------------------------------------------------------------

class ConsentStep(Step):
    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__(wizard)
        self.short = self.tr("Consent")
        self.title = self.tr("Consent to act on the person's behalf")
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "You are going to fill in this request for the person, in their name. Ask them whether they agree, "
            "and record their answer: who agreed and how. This is asked for every procedure, anonymous ones "
            "included. Never ask for or note their passwords."))
        text.setWordWrap(True)
        layout.addWidget(text)
        who = QLabel(self.tr("Who agrees:"))
        layout.addWidget(who)
        self.by_resident = QRadioButton(self.tr("The resident &themselves"))
        self.by_representative = QRadioButton(self.tr("Their legal &representative (guardian, curator…)"))
        self.by_person = QRadioButton(self.tr("The &person present (no name recorded)"))
        self.who = QButtonGroup(self)
        for button in (self.by_resident, self.by_representative, self.by_person):
            self.who.addButton(button)
            layout.addWidget(button)
        layout.addWidget(QLabel(self.tr("How:")))
        self.oral = QRadioButton(self.tr("&Orally, at the desk"))
        self.written = QRadioButton(self.tr("In &writing (signed form)"))
        self.how = QButtonGroup(self)
        for button in (self.oral, self.written):
            self.how.addButton(button)
            layout.addWidget(button)
        self.agreed = QCheckBox(self.tr("The person &agrees that I act on their behalf for this procedure"))
        layout.addWidget(self.agreed)
        layout.addStretch(1)

    def enter(self) -> None:
        anonymous = self.wizard.chosen.anonymous
        self.by_resident.setVisible(not anonymous)
        self.by_representative.setVisible(not anonymous)
        self.by_person.setVisible(anonymous)
        (self.by_person if anonymous else self.by_resident).setChecked(True)
        if self.how.checkedButton() is None:
            self.oral.setChecked(True)
        dossier = self.wizard.chosen.dossier
        self.agreed.setChecked(bool(dossier and dossier.consent_at))

    def focus(self) -> QWidget:
        return self.agreed

    def leave(self, go_on) -> None:
        if not self.agreed.isChecked():
            self.wizard.say(self.tr("Without the person's agreement you cannot act for them: tick the box once "
                                    "they agree, or close the wizard."))
            return
        by = ("person_present" if self.by_person.isChecked() else
              "representative" if self.by_representative.isChecked() else "resident")
        how = "written" if self.written.isChecked() else "oral"
        db, actor, dossier_id = self.wizard.fd.db, self.wizard.actor, self.wizard.chosen.dossier.id

        def work() -> DossierView:
            from frontdesk.services.dossiers import record_consent

            return record_consent(db, actor, dossier_id, by=by, how=how)

        def done(dossier: DossierView) -> None:
            self.wizard.chosen.dossier = dossier
            go_on()

        self.wizard.run(work, done)


# --- 4. form -------------------------------------------------------------------------------------------

class DraftSaver:
    """Saves a draft's values off the UI thread, one save at a time, the newest values last.

    Not a widget on purpose: when the agent closes the wizard right after typing, the save in flight
    and the one waiting behind it still complete (the workers keep this object alive until then), so
    closing never loses the last keystrokes.
    """

    def __init__(self, db, actor: Actor, dossier_id: uuid.UUID, on_saved, on_failed) -> None:
        self.db, self.actor, self.dossier_id = db, actor, dossier_id
        self.on_saved, self.on_failed = on_saved, on_failed
        self.busy = False
        self._latest: dict | None = None
        self._waiting: list = []

    def save(self, values: dict) -> None:
        self._latest = values
        if not self.busy:
            self._start()

    def when_saved(self, callback) -> None:
        """``callback()`` once every value given so far is committed (at once when nothing is pending)."""
        if self.busy or self._latest is not None:
            self._waiting.append(callback)
        else:
            callback()

    def _start(self) -> None:
        values, self._latest = self._latest, None
        self.busy = True
        db, actor, dossier_id = self.db, self.actor, self.dossier_id

        def work() -> None:
            from frontdesk.services.dossiers import save_draft

            save_draft(db, actor, dossier_id, values)

        run_in_background(work, self._done, self._failed)

    def _done(self, _result: None) -> None:
        self.busy = False
        if self._latest is not None:
            self._start()
            return
        waiting, self._waiting = self._waiting, []
        self.on_saved()
        for callback in waiting:
            callback()

    def _failed(self, error: BaseException) -> None:
        self.busy, self._waiting = False, []
        self.on_failed(error)


class FormStep(Step):
    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__(wizard)
        self.short = self.tr("Form")
        self.title = self.tr("The request")
        self.view: FormView | None = None
        self.saver: DraftSaver | None = None
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setObjectName("formsNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        self.seen_button = QPushButton(self.tr("Changes &read: do not show them again"))
        self.seen_button.setAutoDefault(False)
        self.seen_button.setVisible(False)
        self.seen_button.clicked.connect(self._mark_seen)
        layout.addWidget(self.seen_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.saved = QLabel()
        self.saved.setObjectName("draftSaved")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.saved)

    def applies(self) -> bool:
        procedure = self.wizard.chosen.procedure
        return procedure is not None and any(f.type not in (FieldType.HEADER, FieldType.EXPLANATION)
                                             for f in procedure.form.fields)

    def enter(self) -> None:
        chosen = self.wizard.chosen
        if self.view is None or self.view.property("dossier") != str(chosen.dossier.id):
            self.view = FormView(chosen.procedure.form, chosen.dossier.values)
            self.view.setProperty("dossier", str(chosen.dossier.id))
            self.saver = DraftSaver(self.wizard.fd.db, self.wizard.actor, chosen.dossier.id, self._saved,
                                    self._failed)
            self.view.changed.connect(self.save)
            self.scroll.setWidget(self.view)
            self.saved.setText(self.tr("The draft is saved as you type."))
            self._show_changes(chosen.procedure, chosen.dossier)

    def _show_changes(self, procedure: Procedure, dossier: DossierView) -> None:
        """A Démarche Numérique form that changed (since this draft began, or a new version nobody has
        read yet) says what changed above the form: a new question may have to be asked."""
        self.notice.setVisible(False)
        self.seen_button.setVisible(False)
        if procedure.source != Source.DEMARCHE_NUMERIQUE:
            return
        db = self.wizard.fd.db

        def work() -> tuple[tuple, tuple]:
            from frontdesk.services import demarches
            from frontdesk.services.dn_dossiers import demarche_number

            number = demarche_number(procedure.id)
            form = demarches.get_form(db, number)
            return demarches.changes_since(db, number, dossier.procedure_revision), form.changes if form else ()

        def show(found: tuple[tuple, tuple]) -> None:
            since_draft, unread = found
            if not isValid(self) or self.view is None or self.view.property("dossier") != str(dossier.id):
                return
            changes = since_draft or unread
            if not changes:
                return
            from ui.demarche_forms import change_lines

            heading = (self.tr("⚠ This form changed on Démarche Numérique since the draft was started:")
                       if since_draft else self.tr("⚠ New version of this form on Démarche Numérique. What changed:"))
            lines = change_lines(changes)
            if len(lines) > NOTICE_LINES:
                more = self.tr("… and {n} more (Procedures page, Démarche Numérique forms)")
                lines = [*lines[:NOTICE_LINES], more.format(n=len(lines) - NOTICE_LINES)]
            self.notice.setText("\n".join([heading, *lines]))
            self.notice.setAccessibleName(heading)
            self.notice.setVisible(True)
            self.seen_button.setVisible(bool(unread))

        run_in_background(work, show, self.wizard.show_error)

    def _mark_seen(self) -> None:
        procedure = self.wizard.chosen.procedure
        db, actor = self.wizard.fd.db, self.wizard.actor

        def work() -> None:
            from frontdesk.services.demarches import mark_reviewed
            from frontdesk.services.dn_dossiers import demarche_number

            mark_reviewed(db, actor, demarche_number(procedure.id))

        def done(_result: None) -> None:
            if isValid(self):
                self.seen_button.setVisible(False)
                self.wizard.forms_reviewed.emit()
                self.focus_first_field()

        run_in_background(work, done, self.wizard.show_error)

    def focus_first_field(self) -> None:
        widget = self.focus()
        if widget is not None:
            widget.setFocus()

    def focus(self) -> QWidget | None:
        return _first_focusable(self.view) if self.view is not None else None

    def save(self) -> None:
        self.saver.save(self.view.values())

    def saving(self) -> bool:
        return self.saver is not None and self.saver.busy

    def _saved(self) -> None:
        if isValid(self):  # the wizard may be closed already: the save still completed
            self.saved.setText(self.tr("Draft saved at {time}.").format(time=local_time(utcnow(), "HH:mm:ss")))

    def _failed(self, error: BaseException) -> None:
        if isValid(self):
            self.wizard.set_waiting(False)
            self.wizard.show_error(error)
        elif not isinstance(error, FrontdeskError):
            raise error

    def leave(self, go_on) -> None:
        values = self.view.values()
        problems = validate(self.wizard.chosen.procedure.form, values)
        self.view.show_problems(problems)
        if problems:
            self.view.focus_first_problem()
            self.wizard.say(self.tr("Some answers are missing or wrong: see the messages in the form."))
            return
        self.wizard.chosen.dossier = _with_values(self.wizard.chosen.dossier, values)
        self.saver.save(values)
        self.wizard.set_waiting(True)

        def saved() -> None:  # the next steps (and the submission) read what is committed
            if isValid(self):
                self.wizard.set_waiting(False)
                go_on()

        self.saver.when_saved(saved)


def _with_values(dossier: DossierView, values: dict) -> DossierView:
    return replace(dossier, values=values)


def _first_focusable(root: QWidget) -> QWidget | None:
    """Where typing starts in a rendered form: its first control that takes the Tab key."""
    for widget in root.findChildren(QWidget):
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled() and widget.isVisibleTo(root):
            return widget
    return None


# --- 5. papers -----------------------------------------------------------------------------------------

class PiecesStep(Step):
    CHOOSE, ORIGINAL, COPY, MISSING, NOT_PROVIDED = range(5)

    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__(wizard)
        self.short = self.tr("Papers")
        self.title = self.tr("Papers")
        self.rows: list[tuple[object, QComboBox, QDateEdit]] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("For each paper, say whether the person handed it in (original seen, or a copy) "
                               "or whether it is missing, and by when it must be brought."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll, 1)
        self._for: str | None = None

    def applies(self) -> bool:
        procedure = self.wizard.chosen.procedure
        # Démarche Numérique pieces are uploaded on the platform: the review lists them "to complete online"
        return procedure is not None and bool(procedure.documents) and procedure.source != Source.DEMARCHE_NUMERIQUE

    def enter(self) -> None:
        procedure = self.wizard.chosen.procedure
        if self._for == procedure.id:
            return
        self._for = procedure.id
        self.rows = []
        holder = QWidget()
        form = QFormLayout(holder)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long paper names at 200 %
        existing = {p.document_id: p for p in self.wizard.chosen.dossier.pieces}
        for document in procedure.documents:
            state = QComboBox()
            state.addItem(self.tr("— choose —"))
            state.addItem(self.tr("Handed in: original seen"))
            state.addItem(self.tr("Handed in: copy"))
            state.addItem(self.tr("Missing: to bring later"))
            if not document.required:
                state.addItem(self.tr("Not provided (optional)"))
            text = document.label + ("" if document.required else " " + self.tr("(optional)"))
            if document.original:
                text += " " + self.tr("(original to be shown)")
            add_field(form, text, state)
            deadline = QDateEdit()
            deadline.setCalendarPopup(True)
            deadline.setDisplayFormat("dd/MM/yyyy")
            deadline.setMinimumDate(QDate.currentDate())
            deadline.setDate(QDate.currentDate().addDays(DEFAULT_PIECE_DELAY_DAYS))
            deadline.setEnabled(False)
            add_field(form, self.tr("To bring by"), deadline)
            deadline.setAccessibleName(self.tr("To bring by: {paper}").format(paper=document.label))
            state.currentIndexChanged.connect(lambda index, d=deadline: d.setEnabled(index == self.MISSING))
            known = existing.get(document.id)
            if known is not None:
                state.setCurrentIndex(self.ORIGINAL if known.supplied and known.original else
                                      self.COPY if known.supplied else
                                      self.MISSING if known.deadline else self.NOT_PROVIDED)
                if known.deadline:
                    deadline.setDate(QDate(known.deadline.year, known.deadline.month, known.deadline.day))
            self.rows.append((document, state, deadline))
        self.scroll.setWidget(holder)

    def focus(self) -> QWidget | None:
        return self.rows[0][1] if self.rows else None

    def pieces(self):
        from frontdesk.services.dossiers import PieceInput

        result = []
        for document, state, deadline in self.rows:
            index = state.currentIndex()
            when = deadline.date()
            result.append(PieceInput(
                document_id=document.id, label=document.label, supplied=index in (self.ORIGINAL, self.COPY),
                original=index == self.ORIGINAL, required=document.required,
                deadline=date(when.year(), when.month(), when.day()) if index == self.MISSING else None))
        return result

    def leave(self, go_on) -> None:
        for _document, state, _deadline in self.rows:
            if state.currentIndex() == self.CHOOSE:
                state.setFocus()
                self.wizard.say(self.tr("Say for each paper whether it was handed in or is missing."))
                return
        pieces = self.pieces()
        db, actor, dossier_id = self.wizard.fd.db, self.wizard.actor, self.wizard.chosen.dossier.id

        def work() -> DossierView:
            from frontdesk.services.dossiers import set_pieces

            return set_pieces(db, actor, dossier_id, pieces)

        def done(dossier: DossierView) -> None:
            self.wizard.chosen.dossier = dossier
            go_on()

        self.wizard.run(work, done)


# --- 6. review -----------------------------------------------------------------------------------------

class ReviewStep(Step):
    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__(wizard)
        self.short = self.tr("Review")
        self.title = self.tr("Check before submitting")
        layout = QVBoxLayout(self)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Summary of the request"))
        self.summary.setOpenLinks(False)
        layout.addWidget(self.summary, 1)

    def enter(self) -> None:
        chosen = self.wizard.chosen
        procedure, dossier = chosen.procedure, chosen.dossier
        lines = summary_lines(procedure, dossier, chosen.resident_name)
        rule = procedure.decision
        if procedure.source == Source.LOCAL and rule is not None and rule.silence in ("acceptance", "rejection"):
            if dossier.missing_pieces:
                lines.append(self.tr("Implicit decision: the delay starts when the missing papers arrive."))
            else:
                day = implicit_decision_date(rule, date.today())
                meaning = self.tr("accepted") if rule.silence == "acceptance" else self.tr("refused")
                lines.append(self.tr("Without an answer by {day}, the request will be {meaning}.").format(
                    day=format_day(day), meaning=meaning))
        online = [f.label for f in procedure.form.visible(dossier.values) if f.type == FieldType.ONLINE_ONLY]
        if online:
            lines.append(self.tr("To complete online by the person: {items}").format(items="; ".join(online)))
        self.summary.setPlainText("\n".join(lines))

    def focus(self) -> QWidget:
        return self.summary

    def next_text(self) -> str:
        source = self.wizard.chosen.procedure.source
        if source == Source.LOCAL:
            return self.tr("&Register the request")
        if source == Source.DEMARCHE_NUMERIQUE:
            return self.tr("&Send to Démarche Numérique")
        return super().next_text()

    def leave(self, go_on) -> None:
        source = self.wizard.chosen.procedure.source
        if source == Source.DEMARCHE_NUMERIQUE:
            self._send_online(go_on)
            return
        if source != Source.LOCAL:
            go_on()
            return
        fd, actor, chosen = self.wizard.fd, self.wizard.actor, self.wizard.chosen
        commune, desk_name = self.wizard.commune(), fd.desk.name

        def work() -> Submitted:
            from frontdesk.services.dossiers import submit_local

            return submit_local(fd.db, actor, chosen.dossier.id, chosen.procedure, commune=commune,
                                desk_name=desk_name)

        self.wizard.run(work, lambda result: self.wizard.submitted(result, go_on))

    def _send_online(self, go_on) -> None:
        """Checked here against the platform's formats first (it drops bad values without a word), then
        registered and queued; the outbox sends it now or when the network is back."""
        from frontdesk.connectors.demarche_numerique.descriptor import prefill_problems
        from frontdesk.services.dossiers import DossierInvalid

        fd, actor, chosen = self.wizard.fd, self.wizard.actor, self.wizard.chosen
        problems = prefill_problems(chosen.procedure, chosen.dossier.values)
        if problems:
            self.wizard.show_error(DossierInvalid(reason="form_invalid", problems=problems))
            return

        def work() -> Submitted:
            from frontdesk.services.dn_dossiers import submit_demarche

            return submit_demarche(fd.db, actor, chosen.dossier.id, chosen.procedure)

        def done(result: Submitted) -> None:
            self.wizard.queued.emit()
            self.wizard.submitted(result, go_on)

        self.wizard.run(work, done)


# --- 7. on the national site ---------------------------------------------------------------------------

class SiteStep(Step):
    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__(wizard)
        self.short = self.tr("Site")
        self.title = self.tr("On the site")
        body = QWidget()  # scrolls rather than growing past the screen (200 % scaling on a laptop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(body)
        self.checklist = QLabel()
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.checklist)
        self.url = QLabel()
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.url)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the site"))
        self.copy_button = QPushButton(self.tr("Copy the &link"))
        for button in (self.open_button, self.copy_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        advice = QLabel(self.tr(
            "The site opens in a private window of the computer's usual browser when that browser allows it "
            "(Edge, Chrome, Firefox, Brave, Vivaldi, Opera). Otherwise it opens in a normal window: for a private "
            "one, copy the link and paste it into a private window (Ctrl+Shift+N in Chrome and Edge, "
            "Ctrl+Shift+P in Firefox)."))
        advice.setWordWrap(True)
        layout.addWidget(advice)
        self.reminder = QLabel(self.tr("⚠ Remember to sign out of the site at the end, and to close the browser."))
        self.reminder.setWordWrap(True)
        self.reminder.setObjectName("reminder")
        layout.addWidget(self.reminder)
        form = QFormLayout()
        self.reference = add_field(form, self.tr("&Reference given by the site"), QLineEdit())
        self.reference.setMaxLength(120)
        self.done_on = add_field(form, self.tr("Da&te"), QDateEdit())
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("dd/MM/yyyy")
        self.what = add_field(form, self.tr("&What was done (one line each)"), QPlainTextEdit())
        self.what.setTabChangesFocus(True)
        layout.addLayout(form)
        self.open_button.clicked.connect(self.open_site)
        self.copy_button.clicked.connect(self.copy_link)

    def applies(self) -> bool:
        procedure = self.wizard.chosen.procedure
        return procedure is not None and procedure.source == Source.EXTERNAL

    def enter(self) -> None:
        procedure = self.wizard.chosen.procedure
        lines = [procedure.description]
        if procedure.checklist:
            lines.append(self.tr("What the person needs:"))
            lines += [f"• {item}" for item in procedure.checklist]
        self.checklist.setText("\n".join(lines))
        self.url.setText(procedure.url)
        self.url.setAccessibleName(procedure.url)
        if procedure.reference_label:
            self.reference.setPlaceholderText(procedure.reference_label)
            self.reference.setAccessibleDescription(procedure.reference_label)
        self.done_on.setMaximumDate(QDate.currentDate())
        self.done_on.setDate(QDate.currentDate())
        if not self.what.toPlainText().strip():
            self.what.setPlainText(self.tr("Procedure done on the site with the person"))

    def focus(self) -> QWidget:
        return self.open_button

    def open_site(self) -> None:
        opening = open_url(self.wizard.chosen.procedure.url)
        self.wizard.say(describe(opening), error=opening.how is not Opened.PRIVATE)

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.wizard.chosen.procedure.url)
        self.wizard.say(self.tr("Link copied: paste it into a private window of the browser."), error=False)

    def next_text(self) -> str:
        return self.tr("R&ecord and print the receipt")

    def leave(self, go_on) -> None:
        fd, actor, chosen = self.wizard.fd, self.wizard.actor, self.wizard.chosen
        when = self.done_on.date()
        done_on = date(when.year(), when.month(), when.day())
        reference, what = self.reference.text(), self.what.toPlainText().splitlines()
        commune, desk_name = self.wizard.commune(), fd.desk.name

        def work() -> Submitted:
            from frontdesk.services.dossiers import record_external

            return record_external(fd.db, actor, chosen.dossier.id, chosen.procedure, remote_reference=reference,
                                   done_on=done_on, what_was_done=what, commune=commune, desk_name=desk_name)

        self.wizard.run(work, lambda result: self.wizard.submitted(result, go_on))


# --- 8. done -------------------------------------------------------------------------------------------

class DoneStep(Step):
    def __init__(self, wizard: DossierWizard) -> None:
        super().__init__(wizard)
        self.short = self.tr("Done")
        self.title = self.tr("Done")
        self.documents: list[IssuedDocument] = []
        layout = QVBoxLayout(self)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Documents to hand over"))
        layout.addWidget(self.list, 1)
        self.print_button = QPushButton(self.tr("&Show and print the selected document"))
        self.print_button.setAutoDefault(False)
        layout.addWidget(self.print_button)
        self.print_button.clicked.connect(self.show_selected)
        self.list.itemActivated.connect(lambda _item: self.show_selected())
        from ui.dn_handoff import HandOffPanel

        self.handoff = HandOffPanel(wizard.fd)
        self.handoff.setVisible(False)
        self.handoff.changed.connect(self._sent)
        layout.addWidget(self.handoff)
        layout.addStretch(0)

    def show_result(self, result: Submitted) -> None:
        from ui.dossier_texts import document_title, status_name

        dossier = result.dossier
        lines = [self.tr("Dossier {reference}: {status}.").format(reference=dossier.reference,
                                                                  status=status_name(dossier.status))]
        online = self.wizard.chosen.procedure.source == Source.DEMARCHE_NUMERIQUE
        self.handoff.setVisible(online)
        self.list.setVisible(not online)
        self.print_button.setVisible(not online)
        if online:
            self.handoff.show_dossier(self.wizard.actor, dossier, self.wizard.chosen.procedure)
            self.result.setText("\n".join(lines))
            self.result.setAccessibleName(" ".join(lines))
            self.documents = []
            return
        if dossier.decision_on:
            lines.append(self.tr("Implicit decision on {day}.").format(day=format_day(dossier.decision_on)))
        if dossier.missing_pieces:
            lines.append(self.tr("Papers missing: the file is complete when they arrive."))
        if not result.documents:
            lines.append(self.tr("No paper to hand over for this request: the service in charge answers the "
                                 "person directly."))
        self.result.setText("\n".join(lines))
        self.result.setAccessibleName(" ".join(lines))
        self.documents = list(result.documents)
        self.list.clear()
        for document in self.documents:
            self.list.addItem(f"{document_title(document.kind)} — {document.number}")
        if self.documents:
            self.list.setCurrentRow(0)

    def _sent(self, dossier: DossierView) -> None:
        """The outbox sent it (or tracking moved it) while the wizard was still open."""
        from ui.dossier_texts import status_name

        text = self.tr("Dossier {reference}: {status}.").format(reference=dossier.reference,
                                                                status=status_name(dossier.status))
        self.result.setText(text)
        self.result.setAccessibleName(text)

    def focus(self) -> QWidget:
        return self.handoff.refresh_button if self.handoff.isVisible() else self.list

    def show_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.documents):
            from ui.document_preview import open_document

            open_document(self.wizard, self.wizard.fd, self.documents[row])


# --- the wizard ----------------------------------------------------------------------------------------

class DossierWizard(QDialog):
    draft_changed = Signal()  # a draft was started, discarded or submitted: lists refresh
    submitted_dossier = Signal(object)  # DossierView
    queued = Signal()  # a Démarche Numérique dossier waits in the outbox: the sender should try now
    forms_reviewed = Signal()  # the changes of a Démarche Numérique form were marked as read

    def __init__(self, fd: Frontdesk, actor: Actor, catalogue: Catalogue, parent: QWidget | None = None, *,
                 resident: tuple[uuid.UUID, str] | None = None) -> None:
        super().__init__(parent)
        self.fd, self.actor, self.catalogue = fd, actor, catalogue
        self.chosen = Chosen()
        self.setWindowTitle(self.tr("New assisted procedure"))
        self.resize(820, 640)
        self._busy = False
        self.resumed = False
        layout = QVBoxLayout(self)
        self.heading = title_label("")
        layout.addWidget(self.heading)
        self.progress = QLabel()
        layout.addWidget(self.progress)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.discard_button = QPushButton(self.tr("Discard the &draft"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Escape. The draft is kept: resume it from the Procedures page."))
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        for button in (self.discard_button, self.close_button, self.back_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        for button in (self.close_button, self.back_button, self.next_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resident_step = ResidentStep(self)
        self.procedure_step = ProcedureStep(self)
        self.consent_step = ConsentStep(self)
        self.form_step = FormStep(self)
        self.pieces_step = PiecesStep(self)
        self.review_step = ReviewStep(self)
        self.site_step = SiteStep(self)
        self.done_step = DoneStep(self)
        self.steps: list[Step] = [self.resident_step, self.procedure_step, self.consent_step, self.form_step,
                                  self.pieces_step, self.review_step, self.site_step, self.done_step]
        for step in self.steps:
            self.stack.addWidget(step)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        self.discard_button.clicked.connect(self.discard)
        self.current = 0
        if resident is not None:
            self.resident_step.choose(*resident)
            self.chosen.resident_id, self.chosen.resident_name = resident
            self._show(1)
        else:
            self._show(0)

    # --- opening on a draft ------------------------------------------------------------------------

    def resume(self, dossier: DossierView, procedure: Procedure) -> None:
        """Reopen a draft where the work is: the form (or the consent, when it was not recorded yet)."""
        self.chosen = Chosen(dossier.resident_id, dossier.resident_name, dossier.resident_id is None, procedure,
                             dossier)
        self.resumed = True
        self.setWindowTitle(self.tr("Resume a draft"))
        target = self.form_step if dossier.consent_at and self.form_step.applies() else self.consent_step
        self._show(self.steps.index(target))

    # --- navigation --------------------------------------------------------------------------------

    def _show(self, index: int) -> None:
        self.current = index
        step = self.steps[index]
        step.enter()
        self.stack.setCurrentWidget(step)
        self.heading.setText(step.title)
        self.heading.setAccessibleName(step.title)
        self.progress.setText(self._path(step))
        self.progress.setAccessibleName(self.progress.text())
        done = step is self.done_step
        self.next_button.setText(step.next_text())
        self.next_button.setVisible(not done)
        self.back_button.setVisible(not done and index > 0 and self._previous(index) is not None)
        self.discard_button.setVisible(not done and self.chosen.dossier is not None)
        self.close_button.setDefault(done)
        self.message.setVisible(False)
        target = step.focus()
        if target is not None:
            target.setFocus()

    def _path(self, current: Step) -> str:
        """Where the agent is, in words (not by colour): the steps ahead and behind, the current one marked."""
        names = []
        for step in self.steps:
            if step is current:
                names.append(f"▶ {step.short}")
            elif step.applies() and step is not self.done_step:
                names.append(step.short)
        return " — ".join(names)

    def _previous(self, index: int) -> int | None:
        for i in range(index - 1, -1, -1):
            step = self.steps[i]
            if step.applies() and not (self.chosen.dossier is not None and i == 0):
                return i
        return None

    def next(self) -> None:
        if self._busy:
            return
        step = self.steps[self.current]
        step.leave(self._go_on)

    def _go_on(self) -> None:
        for i in range(self.current + 1, len(self.steps)):
            if self.steps[i].applies() or self.steps[i] is self.done_step:
                self._show(i)
                return

    def back(self) -> None:
        previous = self._previous(self.current)
        if previous is not None and not self._busy:
            self._show(previous)

    def set_waiting(self, waiting: bool) -> None:
        """While core work runs, Next waits, so nothing is submitted twice."""
        self._busy = waiting
        self.next_button.setEnabled(not waiting)

    def run(self, work, on_done) -> None:
        """Core work off the UI thread, then ``on_done(result)`` on it."""
        self.set_waiting(True)

        def done(result) -> None:
            if isValid(self):  # closed meanwhile: the work is done and recorded, nothing left to show
                self.set_waiting(False)
                on_done(result)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.set_waiting(False)
                self.show_error(error)
            elif not isinstance(error, FrontdeskError):
                raise error

        run_in_background(work, done, failed)

    def busy(self) -> bool:
        return self._busy

    def submitted(self, result: Submitted, go_on) -> None:
        self.chosen.dossier = result.dossier
        self.done_step.show_result(result)
        self.setWindowTitle(self.tr("Procedure registered"))
        self.draft_changed.emit()
        self.submitted_dossier.emit(result.dossier)
        self._show(self.steps.index(self.done_step))
        if result.documents:
            self.done_step.show_selected()

    def discard(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        dossier = self.chosen.dossier
        if dossier is None or self._busy:
            return
        answer = QMessageBox.question(self, self.tr("Discard the draft"), self.tr(
            "Throw this draft away with everything typed in it?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.fd.db, self.actor

        def work() -> None:
            from frontdesk.services.dossiers import discard_draft

            discard_draft(db, actor, dossier.id)

        def done(_r) -> None:
            self.draft_changed.emit()
            self.accept()

        self.run(work, done)

    # --- messages ----------------------------------------------------------------------------------

    def commune(self) -> str:
        return self.fd.settings.commune_name or (self.fd.desk.commune_name if self.fd.desk else "")

    def say(self, text: str, *, error: bool = True) -> None:
        show_message(self.message, text, error=error)

    def show_error(self, error: BaseException) -> None:
        if not isinstance(error, FrontdeskError):
            raise error
        self.say(describe_dossier_error(error))
        problems = error.params.get("problems") if error.params else None
        if problems and self.form_step.view is not None:
            self._show(self.steps.index(self.form_step))
            self.form_step.view.show_problems(problems)
            self.form_step.view.focus_first_problem()
            self.say(describe_dossier_error(error))
