"""The signed-in agent changes their own password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from frontdesk.domain.roles import Actor
from ui.dialogs import FormDialog
from ui.widgets import add_field, password_field

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk


class ChangePasswordDialog(FormDialog):
    def __init__(self, fd: Frontdesk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change my password"), parent)
        self.fd, self.actor = fd, actor
        self.old = add_field(self.form, self.tr("&Current password"), password_field())
        self.new = add_field(self.form, self.tr("&New password"), password_field(), self.tr(
            "At least 8 characters. A sentence of several words is easy to remember and strong."))
        self.confirm = add_field(self.form, self.tr("Con&firm the new password"), password_field())

    def submit(self) -> None:
        if not self.passwords_match(self.new.text(), self.confirm.text()):
            return
        old, new, actor, db = self.old.text(), self.new.text(), self.actor, self.fd.db

        def work() -> None:
            from frontdesk.services.accounts import change_password

            change_password(db, actor, old, new)

        self.save(work)
