"""Small building blocks shared by the screens, so every field is labelled the same accessible way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def add_field(form: QFormLayout, label_text: str, field: QWidget, help_text: str = "") -> QWidget:
    """A labelled row: the label is the field's buddy (Alt+letter) and its accessible name."""
    label = QLabel(label_text)
    label.setBuddy(field)
    field.setAccessibleName(label_text.replace("&", ""))
    if help_text:
        field.setAccessibleDescription(help_text)
        field.setToolTip(help_text)
    form.addRow(label, field)
    return field


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    return field


def title_label(text: str, level: str = "title") -> QLabel:
    """A heading; its size comes from the style sheet (``title`` or ``subtitle``) so it scales with it."""
    label = QLabel(text)
    label.setObjectName(level)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def message_label() -> QLabel:
    """Where a screen tells the agent what went wrong: words, with an icon-free prefix, never colour alone."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    label.setObjectName("message")
    return label


def show_message(label: QLabel, text: str, *, error: bool = True) -> None:
    label.setText(text)
    label.setProperty("error", error)
    label.setStyleSheet("color: #a40000; font-weight: bold;" if error else "color: #1d5e20;")
    label.setVisible(bool(text))
    label.setAccessibleName(text)


def read_only_table(headers: list[str], accessible_name: str) -> QTableWidget:
    """A list to read and select rows from, never to edit in place; columns fit their content."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, texts in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, column, item)


def show_error(label: QLabel, error: BaseException) -> None:
    """Word a core error for the agent; anything else is a bug and goes to the crash handler."""
    from frontdesk.errors import FrontdeskError
    from ui.texts import describe

    if not isinstance(error, FrontdeskError):
        raise error
    show_message(label, describe(error))


class Card(QFrame):
    """A titled box on the home page."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(title, "subtitle"))
        self.body = QLabel()
        self.body.setObjectName("cardBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def set_lines(self, lines: list[str]) -> None:
        self.body.setText("\n".join(lines))
        self.body.setAccessibleName(" ; ".join(lines))
