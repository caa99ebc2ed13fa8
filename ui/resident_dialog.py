"""Register a resident or correct their file: minimal data, every mistake said at its field."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError
from ui.dialogs import FormDialog
from ui.forms import FieldErrors, format_date, parse_date
from ui.texts import describe
from ui.vocab import choices, language_name
from ui.widgets import show_message

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.residents import ResidentInput, ResidentView, SearchHit

LANGUAGES = ("fr", "en", "ar", "es", "pt", "it", "de", "tr", "ro", "ru", "uk", "zh", "vi", "ta", "wo")


class ResidentDialog(FormDialog):
    """``resident`` None: registration (with duplicate detection); otherwise, correction of that file."""

    open_resident = Signal(object)  # uuid of an existing file the agent chose instead of a duplicate
    saved_resident = Signal(object)  # ResidentView

    def __init__(self, fd: Frontdesk, actor: Actor, resident: ResidentView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New resident") if resident is None else self.tr("Edit the resident's file"), parent)
        self.fd, self.actor, self.resident = fd, actor, resident
        self.allow_duplicate = False
        f = self.fields = FieldErrors(self.form)
        self.family_name = f.add("family_name", self.tr("&Family name"), QLineEdit())
        self.given_names = f.add("given_names", self.tr("&Given names"), QLineEdit())
        self.birth_name = f.add("birth_name", self.tr("&Birth name"), QLineEdit(), self.tr(
            "If different from the family name (name before marriage)."))
        self.birth_date = f.add("birth_date", self.tr("Date of &birth"), QLineEdit(), self.tr(
            "dd/mm/yyyy. Leave empty if the resident prefers not to say; the year alone is enough."))
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.birth_year = f.add("birth_year", self.tr("Year of birth"), QLineEdit())
        self.birth_year.setPlaceholderText(self.tr("yyyy"))
        self.birth_year.setMaxLength(4)
        self.address_line = f.add("address_line", self.tr("&Address"), QLineEdit())
        self.postal_code = f.add("postal_code", self.tr("P&ostal code"), QLineEdit())
        self.postal_code.setMaxLength(5)
        self.commune = f.add("commune", self.tr("Co&mmune"), QLineEdit())
        self.phone = f.add("phone", self.tr("P&hone"), QLineEdit())
        self.no_phone = f.add("no_phone", None, QCheckBox(self.tr("The resident has &no phone")))
        self.email = f.add("email", self.tr("&E-mail"), QLineEdit())
        self.no_email = f.add("no_email", None, QCheckBox(self.tr("The resident has no e-mai&l")))
        self.contact_channel = f.add("contact_channel", self.tr("&Preferred contact"), QComboBox())
        for code, text in choices("contact_channel"):
            self.contact_channel.addItem(text, code)
        self.contact_channel.setCurrentIndex(self.contact_channel.findData("guichet"))  # needs no details
        self.language = f.add("language", self.tr("La&nguage"), QComboBox())
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.large_print = f.add("large_print", None, QCheckBox(self.tr(
            "Prefers documents in large p&rint")))
        self.no_phone.toggled.connect(lambda on: self.phone.setEnabled(not on))
        self.no_email.toggled.connect(lambda on: self.email.setEnabled(not on))
        self.duplicates = self._duplicates_box()
        self.layout().insertWidget(1, self.duplicates)
        if resident is not None:
            self._fill(resident)

    def _duplicates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Already known?"))
        box.setVisible(False)
        self.duplicates_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.create_anyway = QPushButton(self.tr("It is someone else: create the file &anyway"))
        self.create_anyway.clicked.connect(self._create_anyway)
        row.addWidget(self.create_anyway)
        row.addStretch(1)
        self.duplicates_layout.addLayout(row)
        return box

    def _fill(self, r: ResidentView) -> None:
        self.family_name.setText(r.family_name)
        self.given_names.setText(r.given_names)
        self.birth_name.setText(r.birth_name)
        self.birth_date.setText(format_date(r.birth_date))
        self.birth_year.setText(str(r.birth_year or ""))
        self.address_line.setText(r.address_line)
        self.postal_code.setText(r.postal_code)
        self.commune.setText(r.commune)
        self.phone.setText(r.phone_display)
        self.no_phone.setChecked(r.no_phone)
        self.email.setText(r.email)
        self.no_email.setChecked(r.no_email)
        self.contact_channel.setCurrentIndex(max(0, self.contact_channel.findData(r.contact_channel)))
        self.language.setCurrentIndex(max(0, self.language.findData(r.language)))
        self.large_print.setChecked(r.large_print)

    def collect(self) -> ResidentInput | None:
        """The form as a ResidentInput, or None after showing the date/year format errors."""
        from frontdesk.services.residents import ResidentInput

        errors = {}
        try:
            birth_date = parse_date(self.birth_date.text())
        except ValueError:
            errors["birth_date"], birth_date = "date_format", None
        year_text = self.birth_year.text().strip()
        if year_text and not (year_text.isdigit() and len(year_text) == 4):
            errors["birth_year"] = "year_format"
        if errors:
            self.fields.show(errors)
            show_message(self.message, describe(FrontdeskError("resident.invalid")))
            return None
        return ResidentInput(
            family_name=self.family_name.text(), given_names=self.given_names.text(),
            birth_name=self.birth_name.text(), birth_date=birth_date,
            birth_year=int(year_text) if year_text else (birth_date.year if birth_date else None),
            address_line=self.address_line.text(), postal_code=self.postal_code.text(), commune=self.commune.text(),
            phone="" if self.no_phone.isChecked() else self.phone.text(), no_phone=self.no_phone.isChecked(),
            email="" if self.no_email.isChecked() else self.email.text(), no_email=self.no_email.isChecked(),
            contact_channel=self.contact_channel.currentData(), language=self.language.currentData(),
            large_print=self.large_print.isChecked(),
        )

    def submit(self) -> None:
        data = self.collect()
        if data is None:
            return
        self.fields.clear()
        show_message(self.message, "")
        db, actor, allow = self.fd.db, self.actor, self.allow_duplicate
        resident_id = self.resident.id if self.resident else None

        def work() -> ResidentView:
            from frontdesk.services import residents

            if resident_id is None:
                return residents.create_resident(db, actor, data, allow_duplicate=allow)
            return residents.update_resident(db, actor, resident_id, data)

        self.save(work)

    def _saved(self, result: object) -> None:
        self.saved_resident.emit(result)
        super()._saved(result)

    def _failed(self, error: BaseException) -> None:
        if getattr(error, "code", "") != "resident.duplicate":
            super()._failed(error)
            return
        self.buttons.setEnabled(True)
        self._show_duplicates(error.params.get("candidates", []))
        show_message(self.message, describe(error))

    def _show_duplicates(self, candidates: list[SearchHit]) -> None:
        while self.duplicates_layout.count() > 1:
            item = self.duplicates_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for index, hit in enumerate(candidates):
            details = " — ".join(part for part in (hit.birth, f"{hit.postal_code} {hit.commune}".strip(),
                                                    hit.phone_display) if part)
            button = QPushButton(self.tr("Open the file of {name}").format(name=hit.display_name)
                                 + (f" ({details})" if details else ""))
            button.clicked.connect(lambda _=False, rid=hit.id: self._open_existing(rid))
            self.duplicates_layout.insertWidget(index, button)
        self.duplicates.setVisible(True)
        self.create_anyway.setFocus()

    def _open_existing(self, resident_id: uuid.UUID) -> None:
        self.open_resident.emit(resident_id)
        self.reject()

    def _create_anyway(self) -> None:
        self.allow_duplicate = True
        self.duplicates.setVisible(False)
        self.submit()


