"""Issuing papers from the screens, end to end in the real window: the consent form when a consent is
recorded (and again from the file, as a duplicata), the information notice from the menu, and a duplicata
of a genuine document from “Vérifier un document”."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from frontdesk.documents import issue
from frontdesk.store.models import JournalEntry
from tests.document_samples import acknowledgement
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import AGENT, MEDIATOR, sign_in
from tests.qt.test_residents_ui import _open_file_of
from ui.document_preview import DocumentPreviewDialog


def _preview(qtbot) -> DocumentPreviewDialog:
    qtbot.waitUntil(lambda: any(isinstance(w, DocumentPreviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreviewDialog) and w.isVisible())
    qtbot.waitUntil(lambda: bool(dialog.pdf), timeout=10_000)
    return dialog


def _text(dialog: DocumentPreviewDialog) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(dialog.pdf)).pages)


def _journal(fd, action: str) -> list[dict]:
    with fd.db.read() as session:
        return [e.details for e in session.scalars(select(JournalEntry).where(JournalEntry.action == action))]


def test_recording_a_consent_offers_the_form_and_the_file_prints_it_again(qtbot, window, fd, monkeypatch):
    sign_in(qtbot, window, MEDIATOR)  # recording the consent to sensitive needs is a mediator's act
    _open_file_of(qtbot, window, "eloise lef")
    file = window.work.resident_file
    file.tabs.setCurrentIndex(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    file.consent_button.click()  # the consent, then "print the form now?" answered yes

    dialog = _preview(qtbot)
    first = dialog.issued
    assert first.kind == "consent_form" and dialog.reprint_at is None
    assert dialog.large_print.isChecked()  # Éloïse reads large print: chosen from her file
    text = _text(dialog)
    assert "LEFÈVRE-DUPONT Éloïse" in text and "Exemplaire pour la mairie" in text
    assert "dpo@admiville.fr" in text and "Mairie d'Admiville" in text
    assert_keyboard_friendly(dialog)
    dialog.close_button.click()

    qtbot.waitUntil(lambda: file.consent_form_button.isVisible())
    file.consent_form_button.click()
    again = _preview(qtbot)
    assert again.issued.number == first.number and again.reprint_at is not None
    assert "DUPLICATA" in _text(again)
    assert [e["number"] for e in _journal(fd, "document.reprinted")] == [first.number]
    again.close_button.click()


def test_the_information_notice_comes_from_the_menu(qtbot, window, fd):
    sign_in(qtbot, window, AGENT)
    assert window.notice_action.isEnabled()
    window.notice_action.trigger()
    dialog = _preview(qtbot)
    assert dialog.issued.kind == "information_notice"
    text = _text(dialog)
    assert "Commune d'Admiville" in text and "Délégué à la protection des données" in text
    assert "dpo@admiville.fr" in text and dialog.issued.number in text
    dialog.close_button.click()


def test_a_genuine_document_is_reprinted_from_the_verify_page(qtbot, window, fd):
    sign_in(qtbot, window, AGENT)
    issued = issue(fd.db, window.actor, acknowledgement())
    window.work.go_to(2)
    page = window.work.verify
    page.code.setText(issued.code)
    page.verify()
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.result.outcome == "genuine" and page.reprint_button.isVisible()
    assert_keyboard_friendly(window)
    page.reprint_button.click()
    dialog = _preview(qtbot)
    assert dialog.issued.number == issued.number and dialog.reprint_at is not None
    assert "DUPLICATA — réimprimé le" in _text(dialog)
    assert dialog.windowTitle().endswith("duplicata")
    assert [e["number"] for e in _journal(fd, "document.reprinted")] == [issued.number]
    dialog.close_button.click()

    page.code.setText("ZZZZ-ZZZZ-ZZZZ")
    page.verify()
    qtbot.waitUntil(lambda: page.result is not None and page.result.outcome == "unknown")
    assert not page.reprint_button.isVisible()  # nothing to reprint for an unknown paper
