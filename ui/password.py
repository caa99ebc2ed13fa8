"""The signed-in agent changes their own password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError, ValidationError
from ui.texts import describe
from ui.widgets import add_field, message_label, password_field, show_message
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk


class ChangePasswordDialog(QDialog):
    def __init__(self, fd: Frontdesk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fd, self.actor = fd, actor
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.old = add_field(form, self.tr("&Current password"), password_field())
        self.new = add_field(form, self.tr("&New password"), password_field(), self.tr(
            "At least 8 characters. A sentence of several words is easy to remember and strong."))
        self.confirm = add_field(form, self.tr("Con&firm the new password"), password_field())
        self.message = message_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        if self.new.text() != self.confirm.text():
            show_message(self.message, describe(ValidationError("password.mismatch")))
            return
        old, new, actor, db = self.old.text(), self.new.text(), self.actor, self.fd.db
        self.buttons.setEnabled(False)
        def work() -> None:
            from frontdesk.services.accounts import change_password

            change_password(db, actor, old, new)

        run_in_background(work, lambda _: self.accept(), self._error)

    def _error(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, FrontdeskError):
            raise error
        show_message(self.message, describe(error))
