"""Forms whose fields can each say what is wrong with them, right under the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.texts import field_error
from ui.widgets import add_field

ERROR_PREFIX = "⚠ "  # the sign says "error" without relying on the colour


class FieldErrors:
    """Rows of a QFormLayout, each with a hidden error line; ``show`` fills them from a core error dict."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, name: str, label_text: str | None, field: QWidget, help_text: str = "") -> QWidget:
        """A labelled field; ``label_text`` None for a check box, which carries its own words."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        if label_text is None:
            self.form.addRow("", holder)
        else:
            add_field(self.form, label_text, holder, help_text)
            self.form.labelForField(holder).setBuddy(field)
            field.setAccessibleName(label_text.replace("&", ""))
        if help_text:
            field.setAccessibleDescription(help_text)
            field.setToolTip(help_text)
        holder.setAccessibleName("")
        self.fields[name] = field
        self.labels[name] = error
        return field

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.clear()
            label.setVisible(False)
            self.fields[name].setAccessibleDescription(self.fields[name].toolTip())

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each field's error; returns the errors that belong to no field on this form."""
        self.clear()
        unplaced = []
        first = None
        for name, code in errors.items():
            if name not in self.labels:
                unplaced.append(field_error(code))
                continue
            text = ERROR_PREFIX + field_error(code)
            self.labels[name].setText(text)
            self.labels[name].setVisible(True)
            self.fields[name].setAccessibleDescription(text)
            first = first or self.fields[name]
        if first is not None:
            first.setFocus()
        return unplaced

    def error_text(self, name: str) -> str:
        label = self.labels[name]
        return label.text().removeprefix(ERROR_PREFIX) if label.isVisible() else ""


def parse_date(text: str) -> date | None:
    """``jj/mm/aaaa`` (also with dots, dashes or spaces); raises ValueError on anything else but blank."""
    text = text.strip()
    if not text:
        return None
    for sep in ".- ":
        text = text.replace(sep, "/")
    day, month, year = (int(part) for part in text.split("/"))
    if year < 100:
        raise ValueError("two-digit year")
    return date(year, month, day)


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
