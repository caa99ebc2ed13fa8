"""Assess what a resident needs to use digital services. Health, language and literacy difficulties are
sensitive: their boxes only count once the resident's explicit consent is recorded."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from frontdesk.domain import vocab
from frontdesk.domain.roles import Actor, Permission
from ui.dialogs import FormDialog
from ui.forms import FieldErrors, parse_date
from ui.vocab import choices, label

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.inclusion import AssessmentView


def _boxes(title: str, kind: str, codes: tuple[str, ...], columns: int = 2) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    box = QGroupBox(title)
    grid = QGridLayout(box)
    found = {}
    for index, code in enumerate(codes):
        check = QCheckBox(label(kind, code))
        grid.addWidget(check, index // columns, index % columns)
        found[code] = check
    return box, found


class TriState(QComboBox):
    """Yes / no / not asked: "not asked" is not "no", so it is not silently recorded as one."""

    def __init__(self) -> None:
        super().__init__()
        self.addItem(self.tr("Not asked"), None)
        self.addItem(self.tr("Yes"), True)
        self.addItem(self.tr("No"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class AssessmentDialog(FormDialog):
    recorded = Signal(object)  # AssessmentView

    def __init__(self, fd: Frontdesk, actor: Actor, resident_id: uuid.UUID, resident_name: str, consent: bool,
                 previous: AssessmentView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Digital needs of {name}").format(name=resident_name), parent)
        self.fd, self.actor, self.resident_id, self.consent = fd, actor, resident_id, consent
        f = self.fields = FieldErrors(self.form)
        equipment_box, self.equipment = _boxes(self.tr("Equipment"), "equipment", vocab.EQUIPMENT, 4)
        self.form.addRow(equipment_box)
        self.internet_access = f.add("internet_access", self.tr("&Internet access at home"), TriState())
        self.email_account = f.add("email_account", self.tr("Has an e-mail &account"), TriState())
        self.franceconnect = f.add("franceconnect", self.tr("Has a &FranceConnect login"), TriState())
        self.autonomy = f.add("autonomy", self.tr("Au&tonomy"), QComboBox())
        self.autonomy.addItem(self.tr("Not assessed"), None)
        for code, text in choices("autonomy"):
            self.autonomy.addItem(text, code)
        other_box, self.other_barriers = _boxes(self.tr("Other difficulties"), "barrier", vocab.OTHER_BARRIERS, 3)
        self.form.addRow(other_box)
        sensitive_box, self.sensitive_barriers = _boxes(
            self.tr("Health, language or reading (needs the resident's explicit consent)"), "barrier",
            vocab.SENSITIVE_BARRIERS, 3)
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.form.addRow(sensitive_box)
        self.form.addRow(self.consent_note)
        self.orientation = f.add("orientation", self.tr("&Referred to"), QComboBox())
        self.orientation.addItem(self.tr("— not referred —"), None)
        for code, text in choices("referral"):
            self.orientation.addItem(text, code)
        self.review_on = f.add("review_on", self.tr("Next re&view"), QLineEdit(), self.tr("dd/mm/yyyy, optional."))
        self.set_consent(consent)
        if previous is not None:
            self._fill(previous)

    def set_consent(self, consent: bool) -> None:
        self.consent = consent
        allowed = consent and self.actor.may(Permission.SENSITIVE_WRITE)
        for check in self.sensitive_barriers.values():
            check.setEnabled(allowed)
            if not allowed:
                check.setChecked(False)
        if not self.actor.may(Permission.SENSITIVE_WRITE):
            self.consent_note.setText(self.tr("Only mediators and supervisors note these difficulties."))
        else:
            self.consent_note.setText(self.tr("Consent recorded: these difficulties can be noted.") if consent
                                      else self.tr("No consent recorded: these boxes stay empty. Record the consent "
                                                   "from the file first."))

    def _fill(self, previous: AssessmentView) -> None:
        """Start from the last assessment: the agent changes what changed."""
        for code, check in self.equipment.items():
            check.setChecked(code in previous.equipment)
        self.internet_access.set_value(previous.internet_access)
        self.email_account.set_value(previous.email_account)
        self.franceconnect.set_value(previous.franceconnect)
        self.autonomy.setCurrentIndex(max(0, self.autonomy.findData(previous.autonomy)))
        for code, check in {**self.other_barriers, **self.sensitive_barriers}.items():
            check.setChecked(code in previous.barriers and check.isEnabled())
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(previous.orientation)))

    def submit(self) -> None:
        from frontdesk.services.inclusion import AssessmentInput

        try:
            review_on = parse_date(self.review_on.text())
        except ValueError:
            self.fields.show({"review_on": "date_format"})
            return
        self.fields.clear()
        data = AssessmentInput(
            equipment=tuple(code for code, check in self.equipment.items() if check.isChecked()),
            internet_access=self.internet_access.value(), email_account=self.email_account.value(),
            franceconnect=self.franceconnect.value(), autonomy=self.autonomy.currentData(),
            barriers=tuple(code for code, check in {**self.other_barriers, **self.sensitive_barriers}.items()
                           if check.isChecked()),
            orientation=self.orientation.currentData(), review_on=review_on,
        )
        db, actor, resident_id = self.fd.db, self.actor, self.resident_id

        def work() -> AssessmentView:
            from frontdesk.services.inclusion import record_assessment

            return record_assessment(db, actor, resident_id, data)

        self.save(work)

    def _saved(self, result: object) -> None:
        self.recorded.emit(result)
        super()._saved(result)



