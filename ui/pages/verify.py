"""“Vérifier un document”: type or scan the code printed on a paper, see whether the desk issued it.

A scanner types the QR content followed by Enter, exactly like the agent typing the short code, so
one field serves both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.texts import local_time
from ui.widgets import show_error, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.documents import Verification

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
        layout.addStretch(1)

    def focus_code(self) -> None:
        self.code.setFocus()
        self.code.selectAll()

    def clear(self) -> None:
        self.code.clear()
        self.verdict.clear()
        self.details.clear()
        self.result = None

    def verify(self) -> None:
        text, db = self.code.text(), self.fd.db
        if not text.strip():
            return
        self.check_button.setEnabled(False)

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
