"""The dialogs that take a few fields and save them through a core service, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

from frontdesk.errors import ValidationError
from ui.forms import FieldErrors
from ui.texts import describe
from ui.widgets import message_label, show_error, show_message
from ui.workers import run_in_background


class FormDialog(QDialog):
    """A form, a message line and Save/Cancel. ``save`` runs the work; the dialog closes when it succeeds."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields: FieldErrors | None = None  # set by dialogs whose fields can each show an error
        layout = QVBoxLayout(self)
        # The form scrolls rather than growing past the screen (200 % scaling on a laptop).
        body = QWidget()
        self.form = QFormLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.message = message_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Open at the size the form wants, but never larger than the screen it is on."""
        super().showEvent(event)
        screen = self.screen().availableGeometry()
        form = self.form.parentWidget().sizeHint()
        width = max(self.width(), form.width() + 40)
        height = max(self.height(), form.height() + self.buttons.sizeHint().height() + 80)
        self.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))

    def submit(self) -> None:  # overridden: check the fields, then call ``save``
        raise NotImplementedError

    def passwords_match(self, first: str, second: str) -> bool:
        if first != second:
            show_message(self.message, describe(ValidationError("password.mismatch")))
        return first == second

    def save(self, work: Callable[[], Any]) -> None:
        self.buttons.setEnabled(False)
        run_in_background(work, self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """A per-field error goes under its field when the dialog has FieldErrors; any other one goes below."""
        self.buttons.setEnabled(True)
        field_errors = getattr(error, "params", {}).get("errors")
        if isinstance(field_errors, dict) and self.fields is not None:
            unplaced = self.fields.show(field_errors)
            show_message(self.message, " ".join([describe(error), *unplaced]))
        else:
            show_error(self.message, error)
