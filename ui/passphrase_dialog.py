"""The supervisor's passphrase, asked at start-up on a PC without a keyring to hold the data key.

The first time, the passphrase is chosen (typed twice); afterwards it only unlocks. The dialog never
keeps it: it hands it to the worker that opens the database, and the passphrase-derived key stays in
memory only as long as the application runs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets import add_field, message_label, password_field, show_message


class PassphraseDialog(QDialog):
    def __init__(self, first_time: bool, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_time = first_time
        self.setWindowTitle(self.tr("Protected data"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This computer has no system keyring to protect the residents' sensitive data. A supervisor "
            "chooses a passphrase now; it will be asked at each start. Keep it safe: without it, the "
            "protected data cannot be read.") if first_time else self.tr(
            "A supervisor's passphrase is needed to open the residents' protected data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = add_field(form, self.tr("&Passphrase:"), password_field())
        self.confirm = add_field(form, self.tr("&Again:"), password_field()) if first_time else None
        layout.addLayout(form)
        self.message = message_label()
        layout.addWidget(self.message)
        if problem:
            show_message(self.message, problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.passphrase.text()

    def _accept(self) -> None:
        if self.confirm is not None and self.confirm.text() != self.passphrase.text():
            show_message(self.message, self.tr("The two passphrases are different."))
            return
        if not self.passphrase.text():
            show_message(self.message, self.tr("Type the passphrase."))
            return
        self.accept()
