"""The Démarche Numérique forms the desk can fill, and what changed in them.

The commune's administrators change their forms on the platform at any time. The desk keeps every form it
has seen so it can fill it offline; when a new version arrives (the sending thread checks every hour, or
"Check now" here), the agent reads what changed before filling it with a resident: a new question to ask,
an answer that became required, a choice that disappeared. The changes stay listed until someone marks
them as seen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.texts import local_time, revision_change
from ui.widgets import fill_table, message_label, read_only_table, show_error, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.connectors.demarche_numerique.descriptor import FieldChange
    from frontdesk.context import Frontdesk
    from frontdesk.domain.roles import Actor
    from frontdesk.services.demarches import DemarcheForm, FormsRefresh
    from frontdesk.services.dn_token import TokenCheck


def change_lines(changes: tuple[FieldChange, ...]) -> list[str]:
    """One line per changed field, as the agent reads it."""
    return [f"• {revision_change(c.kind, c.label, c.what)}" for c in changes]


def changes_summary(forms: list[DemarcheForm]) -> str:
    """The one-sentence notice of forms whose new version is not seen yet ("" when there is none)."""
    changed = [form for form in forms if form.changes]
    if not changed:
        return ""
    titles = ", ".join(f"«\u00a0{form.procedure.title}\u00a0»" for form in changed[:3])
    more = len(changed) - 3
    text = QCoreApplication.translate(
        "DemarcheForms", "⚠ New version of a Démarche Numérique form, changes to read before filling it: {titles}")
    return text.format(titles=titles) + (f" (+{more})" if more > 0 else "")


class DemarcheFormsDialog(QDialog):
    """Every known form: its number, when the platform last confirmed it, and its changes to read."""

    reviewed = Signal()  # changes were marked as seen, or a check brought new versions
    token_changed = Signal()  # a supervisor saved or forgot the administrator token

    def __init__(self, fd: Frontdesk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fd, self.actor = fd, actor
        self.forms: list[DemarcheForm] = []
        self.token_present = False
        self.setWindowTitle(self.tr("Démarche Numérique forms"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Démarche Numérique forms")))
        intro = QLabel(self.tr(
            "The forms this desk can fill, also without network. When Démarche Numérique publishes a new "
            "version of a form, its changes are listed here until someone marks them as seen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = read_only_table([self.tr("Procedure"), self.tr("No."), self.tr("Checked on"),
                                      self.tr("Changes to read")], self.tr("Démarche Numérique forms"))
        layout.addWidget(self.table, 1)
        self.changes = QTextBrowser()
        self.changes.setAccessibleName(self.tr("Changes of the selected form"))
        layout.addWidget(self.changes, 1)
        self.message = message_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check now"))
        self.check_button.setToolTip(self.tr("Ask Démarche Numérique for the latest version of every form"))
        self.seen_button = QPushButton(self.tr("&Mark the changes as seen"))
        row.addWidget(self.check_button)
        row.addWidget(self.seen_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.access: QLabel | None = None
        self.token_button: QPushButton | None = None
        if actor.is_supervisor:  # the token opens every dossier of the commune's démarches
            self.access = QLabel()
            self.access.setWordWrap(True)
            self.token_button = QPushButton(self.tr("Administrator &token…"))
            self.token_button.setToolTip(self.tr("Follow the dossiers in detail with the town hall's "
                                                 "administrator token"))
            access = QHBoxLayout()
            access.addWidget(self.access, 1)
            access.addWidget(self.token_button)
            layout.addLayout(access)
            self.token_button.clicked.connect(self.edit_token)
            self._show_access()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.check_button.clicked.connect(self.check_now)
        self.seen_button.clicked.connect(self.mark_seen)
        self.resize(820, 560)
        self.load()

    def load(self, keep: int | None = None) -> None:
        db = self.fd.db

        def work() -> list[DemarcheForm]:
            from frontdesk.services.demarches import list_forms

            return list_forms(db)

        run_in_background(work, lambda forms: self._fill(forms, keep), self._failed)

    def _fill(self, forms: list[DemarcheForm], keep: int | None) -> None:
        self.forms = forms
        none = self.tr("none")
        fill_table(self.table, [(f.procedure.title, str(f.number), local_time(f.checked_at, "dd/MM/yyyy HH:mm"),
                                 str(len(f.changes)) if f.changes else none) for f in forms])
        if not forms:
            self.changes.setPlainText(self.tr("This desk knows no Démarche Numérique form yet."))
            self.seen_button.setEnabled(False)
            return
        numbers = [f.number for f in forms]
        first_changed = next((i for i, f in enumerate(forms) if f.changes), 0)
        self.table.clearSelection()  # so the changes reload even when the same row stays selected
        self.table.selectRow(numbers.index(keep) if keep in numbers else first_changed)

    def _current(self) -> DemarcheForm | None:
        rows = self.table.selectionModel().selectedRows()
        return self.forms[rows[0].row()] if rows and rows[0].row() < len(self.forms) else None

    def _selected(self) -> None:
        form = self._current()
        if form is None:
            return
        lines = [form.procedure.title,
                 self.tr("Version checked with Démarche Numérique on {at}.").format(
                     at=local_time(form.checked_at, "dd/MM/yyyy HH:mm")), ""]
        if form.changes:
            lines += [self.tr("Changes since the previous version:"), *change_lines(form.changes)]
        else:
            lines.append(self.tr("No change to read."))
        self.changes.setPlainText("\n".join(lines))
        self.seen_button.setEnabled(bool(form.changes))

    def mark_seen(self) -> None:
        form = self._current()
        if form is None or not form.changes:
            return
        db, actor, number = self.fd.db, self.actor, form.number

        def work() -> None:
            from frontdesk.services.demarches import mark_reviewed

            mark_reviewed(db, actor, number)

        def done(_result: None) -> None:
            show_message(self.message, self.tr("Changes of « {title} » marked as seen.").format(
                title=form.procedure.title), error=False)
            self.reviewed.emit()
            self.load(keep=number)

        run_in_background(work, done, self._failed)

    def check_now(self) -> None:
        self.check_button.setEnabled(False)
        show_message(self.message, self.tr("Asking Démarche Numérique…"), error=False)
        fd, actor = self.fd, self.actor

        def work() -> FormsRefresh:
            from frontdesk.outbox.desk import desk_client
            from frontdesk.services.demarches import refresh_all

            return refresh_all(fd.db, actor, desk_client(fd.settings))

        def done(report: FormsRefresh) -> None:
            self.check_button.setEnabled(True)
            show_message(self.message, self._report_text(report), error=bool(report.unreachable or report.refused))
            if report.changed:
                self.reviewed.emit()
            current = self._current()
            self.load(keep=current.number if current is not None else None)

        run_in_background(work, done, self._failed)

    def _report_text(self, report: FormsRefresh) -> str:
        parts = [self.tr("{n} form(s) checked, {changed} with a new version.").format(
            n=report.checked, changed=len(report.changed))]
        if report.unreachable:
            parts.append(self.tr("{n} could not be checked (network or platform unavailable): the version "
                                 "kept on this desk is used meanwhile.").format(n=report.unreachable))
        if report.refused:
            parts.append(self.tr("{n} new version(s) could not be read by the desk: the previous version is "
                                 "kept; see the log.").format(n=report.refused))
        return " ".join(parts)

    def _show_access(self) -> None:
        """Whether the desk follows its dossiers with the administrator token (read off the UI thread)."""

        def work() -> bool:
            from frontdesk.services.dn_token import token_saved

            return token_saved()

        def show(present: bool) -> None:
            self.token_present = present
            self.access.setText(self.tr("Detailed tracking (administrator token): saved on this computer.")
                                if present else
                                self.tr("Detailed tracking (administrator token): none; only the public "
                                        "tracking is used."))

        run_in_background(work, show, self._failed)

    def edit_token(self) -> None:
        from ui.dn_token_dialog import TokenDialog

        dialog = TokenDialog(self.fd, self.actor, self.token_present, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._token_saved)
        dialog.forgotten.connect(self._token_forgotten)
        dialog.open()

    def _token_saved(self, check: TokenCheck) -> None:
        from ui.texts import describe

        if check.accepted:
            text = self.tr("Token saved. Démarche Numérique accepts it (démarche No. {number}).").format(
                number=check.demarche_number)
        elif check.error is None:
            text = self.tr("Token saved. It will be used as soon as the desk knows a Démarche Numérique form.")
        else:
            text = self.tr("Token saved, but Démarche Numérique did not accept it: {reason}").format(
                reason=describe(check.error))
        show_message(self.message, text, error=not check.accepted and check.error is not None)
        self._changed_token()

    def _token_forgotten(self) -> None:
        show_message(self.message, self.tr("Token forgotten: only the public tracking is used from now on."),
                     error=False)
        self._changed_token()

    def _changed_token(self) -> None:
        self._show_access()
        self.token_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        show_error(self.message, error)
