"""The sending queue: what waits to go to the online platforms, what happened to each item, and the
supervisor's decisions on the items nobody can settle automatically."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.roles import Actor
from frontdesk.outbox.states import NEEDS_A_PERSON, WAITING, State
from ui.dialogs import FormDialog
from ui.texts import local_time, outbox_event, outbox_kind, outbox_state
from ui.widgets import add_field, fill_table, message_label, read_only_table, show_error, show_message, title_label
from ui.workers import run_in_background

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.outbox.queue import EventView, ItemView

SHOWN = 500
WHEN = "dd/MM/yyyy HH:mm:ss"


class OutboxPage(QWidget):
    send_now_requested = Signal()
    changed = Signal()  # a person settled an item: the status bar counts change

    def __init__(self, fd: Frontdesk) -> None:
        super().__init__()
        self.fd = fd
        self.actor: Actor | None = None
        self.items: list[ItemView] = []
        self._asked = 0  # the latest refresh; older answers are dropped
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Sending to the online platforms")))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        row = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.addItem(self.tr("To deal with by a person"), "person")
        self.filter.addItem(self.tr("On their way"), "waiting")
        self.filter.addItem(self.tr("All"), "all")
        label = QLabel(self.tr("Sho&w:"))
        label.setBuddy(self.filter)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.currentIndexChanged.connect(self.refresh)
        row.addWidget(label)
        row.addWidget(self.filter)
        row.addStretch(1)
        layout.addLayout(row)

        self.table = read_only_table(
            [self.tr("No."), self.tr("Created"), self.tr("What"), self.tr("Dossier"), self.tr("State"),
             self.tr("Attempts"), self.tr("Next try"), self.tr("Last event")], self.tr("Items to send"))
        self.table.itemSelectionChanged.connect(self._selected_changed)
        layout.addWidget(self.table, 2)
        layout.addWidget(title_label(self.tr("History of the selected item"), "subtitle"))
        self.history = read_only_table([self.tr("When"), self.tr("What happened"), self.tr("State")],
                                       self.tr("History of the selected item"))
        layout.addWidget(self.history, 1)
        self.message = message_label()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.send_now_button = QPushButton(self.tr("Send &now"))
        self.send_now_button.setToolTip(self.tr("Try every waiting item at once, without waiting for the next try."))
        self.send_now_button.clicked.connect(self.send_now)
        self.resolve_button = QPushButton(self.tr("&Decide…"))
        self.resolve_button.setToolTip(self.tr(
            "Supervisor: say what becomes of an item nobody can settle automatically."))
        self.resolve_button.clicked.connect(self.resolve)
        buttons.addWidget(self.send_now_button)
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- showing ----------------------------------------------------------------------------------

    def show_for(self, actor: Actor) -> None:
        self.actor = actor
        self.resolve_button.setVisible(actor.is_supervisor)
        self.refresh()

    def clear(self) -> None:
        self.actor = None
        self.items = []
        self.table.setRowCount(0)
        self.history.setRowCount(0)
        show_message(self.message, "")

    def refresh(self) -> None:
        if self.actor is None or not self.fd.is_open:
            return
        db, desk_id = self.fd.db, self.fd.desk.id
        states = {"person": NEEDS_A_PERSON, "waiting": WAITING, "all": None}[self.filter.currentData()]
        self._asked += 1
        asked = self._asked

        def work():
            from frontdesk.outbox.queue import list_items, summary

            return asked, summary(db, desk_id), list_items(db, desk_id, states, SHOWN)

        run_in_background(work, self._show, self._error)

    def _show(self, result) -> None:
        asked, summary, items = result
        if asked != self._asked:
            return  # an older answer arriving late (the filter changed meanwhile)
        self.summary.setText(self.tr("{waiting} item(s) on their way, {person} to deal with by a person.").format(
            waiting=summary.waiting, person=summary.needing_a_person))
        self.summary.setAccessibleName(self.summary.text())
        selected = self._selected()
        self.items = items
        fill_table(self.table, [
            (str(item.id), local_time(item.created_at, WHEN), outbox_kind(item.kind), item.entity_id,
             outbox_state(item.state), str(item.attempts),
             local_time(item.next_attempt_at, WHEN) if item.state in WAITING else "",
             self._last_event(item))
            for item in items
        ])
        if selected is not None:
            row = next((r for r, item in enumerate(items) if item.id == selected.id), None)
            if row is not None:
                self.table.selectRow(row)
        self._selected_changed()

    def _last_event(self, item: ItemView) -> str:
        if item.state == State.SENT:
            return self.tr("Reference {ref}").format(ref=item.remote_ref or "—")
        return outbox_event(item.last_error_code, dict(item.last_error_params))

    def _selected(self) -> ItemView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _selected_changed(self) -> None:
        self._update_buttons()
        item = self._selected()
        if item is None:
            self.history.setRowCount(0)
            return
        db, item_id = self.fd.db, item.id

        def work() -> tuple[int, list[EventView]]:
            from frontdesk.outbox.queue import history

            return item_id, history(db, item_id)

        run_in_background(work, self._show_history, self._error)

    def _show_history(self, result: tuple[int, list[EventView]]) -> None:
        item_id, events = result
        selected = self._selected()
        if selected is None or selected.id != item_id:
            return  # the selection moved on meanwhile
        fill_table(self.history, [(local_time(e.at, WHEN), outbox_event(e.code, dict(e.params)), outbox_state(e.state))
                                  for e in events])

    def _update_buttons(self) -> None:
        item = self._selected()
        self.resolve_button.setEnabled(item is not None and item.state in NEEDS_A_PERSON)

    # --- acting -----------------------------------------------------------------------------------

    def send_now(self) -> None:
        if self.actor is None:
            return
        db, actor = self.fd.db, self.actor

        def work() -> int:
            from frontdesk.outbox.review import send_now

            return send_now(db, actor)

        run_in_background(work, self._sending, self._error)

    def _sending(self, count: int) -> None:
        show_message(self.message, self.tr("Sending {n} item(s) now…").format(n=count), error=False)
        self.send_now_requested.emit()

    def resolve(self) -> None:
        item = self._selected()
        if item is None or self.actor is None:
            return
        dialog = ResolveDialog(self.fd, self.actor, item, self)
        dialog.accepted.connect(self._resolved)
        dialog.open()

    def _resolved(self) -> None:
        show_message(self.message, self.tr("Decision recorded."), error=False)
        self.changed.emit()
        self.send_now_requested.emit()  # a "send again" goes at once
        self.refresh()

    def _error(self, error: BaseException) -> None:
        show_error(self.message, error)


class ResolveDialog(FormDialog):
    """A supervisor's decision on one item: received after all, send again, or abandon with a reason."""

    def __init__(self, fd: Frontdesk, actor: Actor, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decide about item No. {n}").format(n=item.id), parent)
        self.fd, self.actor, self.item = fd, actor, item
        explanation = QLabel(self.tr("{what} for dossier {dossier}. {why}").format(
            what=outbox_kind(item.kind), dossier=item.entity_id,
            why=outbox_event(item.last_error_code, dict(item.last_error_params))))
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.choice = QButtonGroup(self)
        self.received = QRadioButton(self.tr("The platform &received it (checked there)"))
        self.again = QRadioButton(self.tr("Send it a&gain (a duplicate is possible)"))
        self.abandon = QRadioButton(self.tr("A&bandon it"))
        for button in (self.received, self.again, self.abandon):
            self.choice.addButton(button)
            self.form.addRow(button)
        self.reference = add_field(self.form, self.tr("Re&ference on the platform:"), QLineEdit(),
                                   self.tr("For example the dossier number shown on the platform."))
        self.reference.setMaxLength(64)
        self.reason = add_field(self.form, self.tr("Reas&on for abandoning:"), QPlainTextEdit(),
                                self.tr("Kept in the item's history, not in the journal."))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4)
        self.received.setChecked(True)
        self.choice.buttonToggled.connect(self._toggled)
        self._toggled()

    def _toggled(self, *_args: object) -> None:
        self.reference.setEnabled(self.received.isChecked())
        self.reason.setEnabled(self.abandon.isChecked())

    def submit(self) -> None:
        from frontdesk.outbox import review

        db, actor, item_id = self.fd.db, self.actor, self.item.id
        if self.received.isChecked():
            reference = self.reference.text()
            self.save(lambda: review.mark_sent(db, actor, item_id, reference))
        elif self.again.isChecked():
            self.save(lambda: review.resend(db, actor, item_id))
        else:
            reason = self.reason.toPlainText()
            self.save(lambda: review.abandon(db, actor, item_id, reason))
