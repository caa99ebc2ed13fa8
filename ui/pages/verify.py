"""“Vérifier un document”: type or scan the code printed on a paper, see whether the desk issued it.

A scanner types the QR content followed by Enter, exactly like the agent typing the short code, so
one field serves both.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from frontdesk.domain.roles import Actor
from ui.texts import local_time
from ui.widgets import message_label, show_error, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.documents import IssuedDocument, Verification

KINDS = {
    "acknowledgement": QT_TRANSLATE_NOOP("Documents", "Acknowledgement of receipt"),
    "assistance_receipt": QT_TRANSLATE_NOOP("Documents", "Assisted procedure receipt"),
    "deposit_certificate": QT_TRANSLATE_NOOP("Documents", "Certificate of documents handed in"),
    "consent_form": QT_TRANSLATE_NOOP("Documents", "Consent form"),
    "information_notice": QT_TRANSLATE_NOOP("Documents", "Information notice"),
    "follow_up_letter": QT_TRANSLATE_NOOP("Documents", "Follow-up letter"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Documents", KINDS[kind]) if kind in KINDS else kind


class VerifyPage(QWidget):
    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.result: Verification | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Verify a document")))
        intro = QLabel(self.tr("Type the code printed under the QR code (for example K7F3-9QX2-M4AB), or scan the "
                               "QR code, then press Enter."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code of the document"))
        self.code.setMaxLength(200)
        self.code.returnPressed.connect(self.verify)
        layout.addWidget(self.code)
        self.check_button = QPushButton(self.tr("Chec&k"))
        self.check_button.clicked.connect(self.verify)
        layout.addWidget(self.check_button)
        self.verdict = title_label("", "subtitle")
        layout.addWidget(self.verdict)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.reprint_button = QPushButton(self.tr("Re&print (duplicate)…"))
        self.reprint_button.setToolTip(self.tr("Print this document again, marked DUPLICATA with today's date."))
        self.reprint_button.setVisible(False)
        self.reprint_button.clicked.connect(self.reprint)
        layout.addWidget(self.reprint_button)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.actor: Actor | None = None

    def show_for(self, actor: Actor) -> None:
        self.actor = actor

    def focus_code(self) -> None:
        self.code.setFocus()
        self.code.selectAll()

    def clear(self) -> None:
        self.code.clear()
        self.verdict.clear()
        self.details.clear()
        self.result = None
        self.reprint_button.setVisible(False)
        show_message(self.message, "")

    def verify(self) -> None:
        text, db = self.code.text(), self.fd.db
        if not text.strip():
            return
        self.check_button.setEnabled(False)
        self.reprint_button.setVisible(False)
        show_message(self.message, "")

        def work() -> Verification:
            from frontdesk.documents import verify

            return verify(db, text)

        run_in_background(work, self._show, self._error)

    def _error(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        show_error(self.details, error)

    def _show(self, result: Verification) -> None:
        self.check_button.setEnabled(True)
        self.result = result
        doc = result.document
        if result.outcome == "genuine":
            verdict = self.tr("✔ Genuine: this document was issued by the desk.")
        elif result.outcome == "altered":
            verdict = self.tr("✘ Altered: this paper does not match the record kept by the desk. Do not rely on it; "
                              "tell a supervisor.")
        else:
            verdict = self.tr("? Unknown: no document issued by this desk carries this code. Check what you typed.")
        self.verdict.setText(verdict)
        self.verdict.setAccessibleName(verdict)
        lines = []
        if doc is not None:
            lines = [
                self.tr("Document: {kind}").format(kind=kind_name(doc.kind)),
                self.tr("Number: {number}").format(number=doc.number),
                self.tr("Issued on {date}").format(date=local_time(doc.issued_at, "dd/MM/yyyy HH:mm")),
            ]
        self.details.setText("\n".join(lines))
        # Only a genuine paper is reprinted: an altered one must not get a fresh, clean copy.
        self.reprint_button.setVisible(result.outcome == "genuine" and self.actor is not None)

    def reprint(self) -> None:
        """A duplicata of the genuine document shown, journalled, in the preview to print."""
        if self.result is None or self.result.document is None or self.actor is None:
            return
        fd, actor, number = self.fd, self.actor, self.result.document.number
        self.reprint_button.setEnabled(False)

        def work() -> tuple[IssuedDocument, datetime]:
            from frontdesk.documents import record_reprint

            return record_reprint(fd.db, actor, number)

        def show(result: tuple[IssuedDocument, datetime]) -> None:
            from ui.document_preview import open_document

            self.reprint_button.setEnabled(True)
            open_document(self, fd, result[0], reprint_at=result[1])

        def failed(error: BaseException) -> None:
            self.reprint_button.setEnabled(True)
            show_error(self.message, error)

        run_in_background(work, show, failed)
