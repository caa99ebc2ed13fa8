"""Record a visit in three inputs or fewer: what it was about, how it ended, and (if needed) the time spent."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QSpinBox, QWidget

from frontdesk.domain.roles import Actor
from ui.dialogs import FormDialog
from ui.forms import FieldErrors
from ui.vocab import choices

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.services.visits import VisitView

DEFAULT_MINUTES = 15


def elapsed_minutes(started_at: datetime) -> int:
    """Whole minutes since ``started_at``, at least 1: what the running timer shows."""
    return max(1, int((datetime.now(UTC) - started_at).total_seconds() // 60))


class VisitDialog(FormDialog):
    """Quick entry of a finished visit, or the end of the visit in progress (``visit`` given)."""

    recorded = Signal(object)  # VisitView

    def __init__(self, fd: Frontdesk, actor: Actor, resident_id: uuid.UUID | None, resident_name: str = "",
                 visit: VisitView | None = None, parent: QWidget | None = None) -> None:
        who = resident_name or self.tr("anonymous person")
        title = self.tr("Visit of {who}") if visit is None else self.tr("End the visit of {who}")
        super().__init__(title.format(who=who), parent)
        self.fd, self.actor, self.resident_id, self.visit = fd, actor, resident_id, visit
        f = self.fields = FieldErrors(self.form)
        self.themes = f.add("themes", self.tr("&What was it about?"), QListWidget(), self.tr(
            "Tick one or more themes with the space bar."))
        for code, text in choices("theme"):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        self.themes.setMinimumHeight(240)
        self.outcome = f.add("outcome", self.tr("&Outcome"), QComboBox())
        self.outcome.addItem(self.tr("— choose —"), None)
        for code, text in choices("outcome"):
            self.outcome.addItem(text, code)
        self.referral = f.add("referral", self.tr("&Referred to"), QComboBox())
        self.referral.addItem(self.tr("— not referred —"), None)
        for code, text in choices("referral"):
            self.referral.addItem(text, code)
        self.duration = f.add("duration_min", self.tr("&Duration (minutes)"), QSpinBox())
        self.duration.setRange(1, 600)
        self.duration.setValue(elapsed_minutes(visit.started_at) if visit is not None else DEFAULT_MINUTES)
        self.channel = f.add("channel", self.tr("&Channel"), QComboBox())
        for code, text in choices("visit_channel"):
            self.channel.addItem(text, code)
        if visit is not None:
            self.channel.setCurrentIndex(max(0, self.channel.findData(visit.channel)))
            self.channel.setEnabled(False)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        referred = self.outcome.currentData() == "oriente_vers_structure"
        self.referral.setEnabled(referred)
        if not referred:
            self.referral.setCurrentIndex(0)

    def checked_themes(self) -> list[str]:
        return [self.themes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.themes.count())
                if self.themes.item(i).checkState() == Qt.CheckState.Checked]

    def set_themes(self, codes: list[str]) -> None:
        for i in range(self.themes.count()):
            item = self.themes.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def submit(self) -> None:
        themes, outcome, referral = self.checked_themes(), self.outcome.currentData(), self.referral.currentData()
        minutes, channel = self.duration.value(), self.channel.currentData()
        db, actor, resident_id = self.fd.db, self.actor, self.resident_id
        visit_id = self.visit.id if self.visit else None
        self.fields.clear()

        def work() -> VisitView:
            from frontdesk.services import visits

            if visit_id is not None:
                return visits.finish_visit(db, actor, visit_id, themes=themes, outcome=outcome or "",
                                           referral=referral, duration_min=minutes)
            return visits.record_visit(db, actor, resident_id, themes=themes, outcome=outcome or "",
                                       channel=channel, duration_min=minutes, referral=referral)

        self.save(work)

    def _saved(self, result: object) -> None:
        self.recorded.emit(result)
        super()._saved(result)

