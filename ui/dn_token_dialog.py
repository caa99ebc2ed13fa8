"""A supervisor gives the desk the town hall's Démarche Numérique administrator token, or takes it back.

The token is pasted (never shown: it opens every dossier of the commune's démarches), kept in the
system keyring by ``frontdesk.services.dn_token``, then checked with the platform on one démarche the
desk fills, so the supervisor learns at once whether it is accepted. Saving works offline too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from ui.dialogs import FormDialog
from ui.widgets import add_field, password_field
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.domain.roles import Actor
    from frontdesk.services.dn_token import TokenCheck


class TokenDialog(FormDialog):
    saved = Signal(object)  # TokenCheck: what the platform said of the new token
    forgotten = Signal()

    def __init__(self, fd: Frontdesk, actor: Actor, present: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Démarche Numérique administrator token"), parent)
        self.fd, self.actor = fd, actor
        about = QLabel(self.tr(
            "With this token the desk follows its dossiers in detail: the platform's dates and the reason "
            "for each decision. An administrator of the démarche creates it on Démarche Numérique (profile, "
            "API tokens): read-only, limited to the town hall's démarches and its network address if possible. "
            "It stays in this computer's password safe, never in the database."))
        about.setWordWrap(True)
        self.form.addRow(about)
        state = QLabel(self.tr("A token is saved on this computer.") if present
                       else self.tr("No token is saved on this computer."))
        state.setWordWrap(True)
        self.form.addRow(state)
        self.token = add_field(self.form, self.tr("&Token:"), password_field(),
                               self.tr("Paste the token; it is not shown."))
        self.token.setMaxLength(1024)  # longer than any token: the service says what is wrong
        self.forget_button = QPushButton(self.tr("&Forget the token"))
        self.forget_button.setEnabled(present)
        self.buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.forget_button.clicked.connect(self.forget)

    def submit(self) -> None:
        fd, actor, value = self.fd, self.actor, self.token.text()

        def work() -> TokenCheck:
            from frontdesk.outbox.desk import desk_client
            from frontdesk.services.demarches import list_forms
            from frontdesk.services.dn_token import check_token, save_token

            save_token(fd.db, actor, value)
            return check_token(desk_client(fd.settings), [form.number for form in list_forms(fd.db)])

        self.save(work)

    def _saved(self, result: object) -> None:
        self.token.clear()
        self.saved.emit(result)
        super()._saved(result)

    def forget(self) -> None:
        fd, actor = self.fd, self.actor

        def work() -> None:
            from frontdesk.services.dn_token import forget_token

            forget_token(fd.db, actor)

        def done(_result: None) -> None:
            self.forgotten.emit()
            self.accept()

        self.buttons.setEnabled(False)
        run_in_background(work, done, self._failed)
