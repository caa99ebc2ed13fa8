"""Preview and print an issued document: its pages on screen, then paper on any installed printer or a PDF.

The screen shows the PDF the core renders (QtPdf); the printer receives the same blocks drawn by Qt
(``ui.print_render``), so the spooled job keeps its text. Only documents whose record is committed reach
this dialog (an ``IssuedDocument`` comes from ``issue`` or ``load``), so paper never exists without its
record, and a failed print leaves the document ready to print again.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QStandardPaths, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.documents.layout import PageFormat
from ui.pages.verify import kind_name
from ui.widgets import add_field, message_label, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.documents import IssuedDocument

log = logging.getLogger(__name__)


class DocumentPreviewDialog(QDialog):
    rendered = Signal()  # the preview shows the current format and print size
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, issued: IssuedDocument, *, reprint_at: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issued, self.reprint_at = issued, reprint_at
        self.pdf: bytes = b""
        self._generation = 0
        self._buffer: QBuffer | None = None
        title = self.tr("{kind} No. {number}").format(kind=kind_name(issued.kind), number=issued.number)
        if reprint_at is not None:
            title += " — " + self.tr("duplicate")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(title, "subtitle"))
        row = QHBoxLayout()
        layout.addLayout(row, 1)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self.view.setMinimumSize(360, 420)
        row.addWidget(self.view, 3)

        side = QWidget()
        column = QVBoxLayout(side)
        form = QFormLayout()
        column.addLayout(form)
        self.printers = QPrinterInfo.availablePrinterNames()
        self.printer_choice = QComboBox()
        default = QPrinterInfo.defaultPrinterName()
        for name in self.printers:
            self.printer_choice.addItem(name)
        if default in self.printers:
            self.printer_choice.setCurrentIndex(self.printers.index(default))
        add_field(form, self.tr("P&rinter"), self.printer_choice)
        self.format_choice = QComboBox()
        self.format_choice.addItem(self.tr("A4 sheet"), PageFormat.A4)
        self.format_choice.addItem(self.tr("80 mm receipt roll"), PageFormat.ROLL80)
        self.format_choice.setCurrentIndex(self.format_choice.findData(PageFormat(issued.page_format)))
        add_field(form, self.tr("&Format"), self.format_choice)
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setChecked(issued.large_print)
        self.large_print.setToolTip(self.tr("16 pt at least, for residents who read better in large print."))
        form.addRow("", self.large_print)
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        add_field(form, self.tr("C&opies"), self.copies)
        self.no_printer = QLabel(self.tr(
            "No printer is installed on this computer. Save the document as a PDF file to print it from another "
            "computer, or ask your IT department to install a printer."))
        self.no_printer.setWordWrap(True)
        self.no_printer.setVisible(not self.printers)
        self.printer_choice.setEnabled(bool(self.printers))
        column.addWidget(self.no_printer)
        self.message = message_label()
        column.addWidget(self.message)
        column.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print"))
        self.print_button.setEnabled(bool(self.printers))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.print_button, self.save_button, self.close_button):
            column.addWidget(button)
        row.addWidget(side, 2)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.close_button.clicked.connect(self.reject)
        self.format_choice.currentIndexChanged.connect(self.refresh)
        self.large_print.toggled.connect(self.refresh)
        (self.print_button if self.printers else self.save_button).setDefault(True)
        self.resize(980, 720)
        self.refresh()

    # --- the preview -------------------------------------------------------------------------------

    @property
    def page_format(self) -> PageFormat:
        return PageFormat(self.format_choice.currentData())

    def _render(self) -> bytes:
        from frontdesk.documents import render

        return render(self.issued, duplicate=self.reprint_at is not None, reprint_at=self.reprint_at,
                      page_format=self.page_format, large_print=self.large_print.isChecked())

    def refresh(self) -> None:
        """Render the PDF for the chosen format and print size (off the UI thread) and show it."""
        self._generation += 1
        generation = self._generation
        run_in_background(self._render, lambda pdf: self._show(generation, pdf), self._render_failed)

    def _render_failed(self, error: BaseException) -> None:
        log.error("cannot render document %s: %s", self.issued.number, type(error).__name__)
        show_message(self.message, self.tr("The preview cannot be drawn. The document is recorded: try again, "
                                           "or save it as a PDF."))

    def _show(self, generation: int, pdf: bytes) -> None:
        if generation != self._generation:  # the agent changed the format meanwhile: a newer render follows
            return
        self.pdf = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.page_format is PageFormat.ROLL80:  # a ticket at about its real size, not blown up to the width
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(1.0)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleDescription(self.tr("{pages} page(s)").format(pages=self.document.pageCount()))
        self.rendered.emit()

    # --- paper and files ---------------------------------------------------------------------------

    def print_document(self) -> bool:
        """Print on the chosen printer; says plainly when the printer refuses, the document stays printable."""
        from frontdesk.documents import sheet
        from ui.print_render import PrintFailed, print_sheets

        name = self.printer_choice.currentText()
        if not name:
            show_message(self.message, self.no_printer.text())
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(name)
        printer.setCopyCount(self.copies.value())
        printer.setDocName(self.issued.number)
        try:
            if printer.printerName() != name:  # gone since the list was read: Qt would use another printer
                raise PrintFailed("unknown")
            pages = print_sheets(printer, [sheet(self.issued, reprint_at=self.reprint_at)], self.page_format,
                                 self.large_print.isChecked())
        except PrintFailed as failure:
            log.error("printing %s failed at step %s", self.issued.number, failure.reason)
            show_message(self.message, self.tr(
                "Printing failed: the printer “{printer}” did not take the document. Check that it is on and has "
                "paper, then print again; the document stays recorded.").format(printer=name))
            return False
        log.info("document %s sent to a printer (%d page(s), %d copies)", self.issued.number, pages,
                 self.copies.value())
        show_message(self.message, self.tr("Sent to the printer “{printer}”: {pages} page(s), {copies} "
                                           "copy(ies).").format(printer=name, pages=pages,
                                                                copies=self.copies.value()), error=False)
        self.printed.emit(pages)
        return True

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the PDF shown (the agent picks where; the name proposed is the document's number)."""
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), str(Path(folder) / f"{self.issued.number}.pdf"),
                self.tr("PDF documents (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        pdf = self.pdf or self._render()
        partial = path.with_name(path.name + ".part")
        try:
            partial.write_bytes(pdf)
            os.replace(partial, path)
        except OSError as exc:
            log.error("cannot save a PDF: %s", exc.strerror or type(exc).__name__)
            partial.unlink(missing_ok=True)
            show_message(self.message, self.tr("The PDF could not be saved there ({detail}). Choose another folder.")
                         .format(detail=exc.strerror or exc.__class__.__name__))
            return None
        show_message(self.message, self.tr("Saved: {path}").format(path=str(path)), error=False)
        return path


def open_document(parent: QWidget, fd: Frontdesk, issued: IssuedDocument, *,
                  reprint_at: datetime | None = None) -> None:
    """Show the preview of an issued document (a duplicata when ``reprint_at`` is given) over ``parent``.

    ``fd`` is the desk the document belongs to; every screen passes it so this entry point can grow
    (e.g. per-desk printer defaults) without changing its callers.
    """
    dialog = DocumentPreviewDialog(issued, reprint_at=reprint_at, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
