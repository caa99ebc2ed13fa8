"""The preview dialog on real issued documents: pages shown, format and print size re-render, saving a real
PDF, no printer, a printer that refuses the job, keyboard and screen-reader access."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QFileDialog

from frontdesk.documents import PageFormat, issue
from frontdesk.domain.roles import Actor, Role
from tests.document_samples import acknowledgement, consent_form
from tests.qt.a11y import assert_keyboard_friendly
from ui.document_preview import DocumentPreviewDialog

MM = 72 / 25.4


@pytest.fixture
def issued(fd):
    return issue(fd.db, Actor(fd.desk.id, role=Role.SUPERVISOR), acknowledgement())


def _dialog(qtbot, document, **kwargs) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(document, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    return dialog


def test_the_preview_shows_the_pages_and_re_renders_for_the_roll_and_large_print(qtbot, issued):
    dialog = _dialog(qtbot, issued)
    assert dialog.windowTitle() == f"Accusé de réception n° {issued.number}"
    assert dialog.document.pageCount() == len(PdfReader(io.BytesIO(dialog.pdf)).pages) >= 1
    assert dialog.document.pagePointSize(0).width() == pytest.approx(595, abs=1)  # A4, as issued

    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.format_choice.setCurrentIndex(dialog.format_choice.findData(PageFormat.ROLL80))
    assert dialog.document.pageCount() == 1
    assert dialog.document.pagePointSize(0).width() == pytest.approx(80 * MM, abs=1)
    roll_height = dialog.document.pagePointSize(0).height()

    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.large_print.setChecked(True)
    assert dialog.document.pagePointSize(0).height() > roll_height * 1.3  # bigger letters, longer ticket
    assert issued.number in PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()


def test_save_as_pdf_proposes_the_number_and_writes_a_real_pdf(qtbot, issued, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, issued)
    proposed = {}

    def ask(_parent, _title, suggested, _filter):
        proposed["name"] = suggested
        return str(tmp_path / "copie"), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dialog.save_button.click()
    assert proposed["name"].endswith(f"{issued.number}.pdf")
    saved = tmp_path / "copie.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(saved).pages)
    assert issued.number in text and "Accusé de réception" in text and "Lefèvre-Cœurderoy" in text
    assert not list(tmp_path.glob("*.part"))
    assert "Enregistré" in dialog.message.text() and not dialog.message.property("error")


def test_saving_where_it_cannot_write_says_so(qtbot, issued, tmp_path):
    dialog = _dialog(qtbot, issued)
    assert dialog.save_pdf(tmp_path / "absent" / "x.pdf") is None
    assert dialog.message.isVisible() and "n'a pas pu être enregistré" in dialog.message.text()


def test_without_a_printer_the_dialog_says_so_and_offers_the_pdf(qtbot, fd, monkeypatch):
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: ""))
    document = issue(fd.db, Actor(fd.desk.id, role=Role.SUPERVISOR), consent_form())
    dialog = _dialog(qtbot, document)
    assert dialog.no_printer.isVisible()
    assert dialog.no_printer.text().startswith("Aucune imprimante n'est installée sur cet ordinateur")
    assert not dialog.print_button.isEnabled() and dialog.save_button.isDefault()
    assert dialog.print_document() is False
    assert_keyboard_friendly(dialog)


def test_a_printer_that_refuses_the_job_is_reported_and_the_document_can_be_printed_again(qtbot, issued,
                                                                                           monkeypatch):
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Imprimante débranchée"]))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Imprimante débranchée"))
    dialog = _dialog(qtbot, issued)
    assert dialog.printer_choice.currentText() == "Imprimante débranchée"
    assert dialog.print_document() is False  # no such queue: Qt cannot open the job
    assert dialog.message.text().startswith("L'impression a échoué")
    assert dialog.print_button.isEnabled()


def test_the_dialog_is_keyboard_friendly_and_every_control_is_named(qtbot, issued):
    dialog = _dialog(qtbot, issued)
    assert_keyboard_friendly(dialog)
    assert dialog.view.accessibleName() == "Aperçu du document"
