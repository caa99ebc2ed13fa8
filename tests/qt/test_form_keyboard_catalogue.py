"""Every starter procedure's form can be completed with the keyboard alone: Tab from field to field,
type, arrow or space, until validation finds nothing left to correct."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton

from frontdesk.catalogue import load_catalogue
from frontdesk.forms import FieldType, validate
from frontdesk.resources import RESOURCES
from ui.form_view import ComboEditor, DocumentEditor, FormView, GroupEditor, LineEditor, PartsEditor, Section

T = FieldType
PROCEDURES = [p for p in load_catalogue([RESOURCES / "catalogue"]).procedures if p.form.fields]
PARTS = {"street": "1 rue de la Paix", "postal_code": "95000", "commune": "Admiville", "name": "Pontoise"}


def sample(field) -> str:
    """A valid answer typed the way an agent would."""
    if field.type in (T.DATE, T.DATETIME):
        low = int(field.min) if field.min is not None else -3650
        high = int(field.max) if field.max is not None else 3650
        day = (date.today() + timedelta(days=(low + high) // 2)).strftime("%d/%m/%Y")
        return day + (" 10:00" if field.type is T.DATETIME else "")
    if field.type is T.INTEGER:
        return str(int(field.min if field.min is not None else 1) + 1)
    return {T.DECIMAL: "12,5", T.PHONE: "06 12 34 56 78", T.EMAIL: "usager@example.fr"}.get(field.type, "Martin")


def owner(section: Section, widget):
    """The editor a focused widget belongs to (searching group items too)."""
    for editor in section.editors.values():
        if isinstance(editor, GroupEditor):
            for _frame, item, _remove in editor.items:
                found = owner(item, widget)
                if found is not None:
                    return found
        if widget in editor.focus_chain():
            return editor
    return None


def act(qtbot, editor, widget) -> bool:
    """Answer at the focused widget; True when the focus already moved (into a new group item)."""
    key = qtbot.keyClick
    if isinstance(widget, QLineEdit) and not widget.text():
        if isinstance(editor, PartsEditor):
            part = next(name for name, edit in editor.edits.items() if edit is widget)
            qtbot.keyClicks(widget, PARTS[part])
        elif isinstance(editor, ComboEditor):  # the "other" line
            qtbot.keyClicks(widget, "precision")
        elif isinstance(editor, LineEditor):
            qtbot.keyClicks(widget, sample(editor.field))
    elif isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
        qtbot.keyClicks(widget, "Texte libre")
    elif isinstance(editor, ComboEditor) and widget is editor.combo and editor.combo.currentIndex() == 0:
        key(widget, Qt.Key.Key_Down)
    elif isinstance(widget, QRadioButton) and editor.value() is None:
        key(widget, Qt.Key.Key_Space)  # the first one reached: "yes"
    elif isinstance(widget, QCheckBox) and not widget.isChecked():
        is_first_choice = editor.field.type is T.MULTIPLE_CHOICE and widget is editor.focus_chain()[0]
        if editor.field.type is T.CHECKBOX or is_first_choice or (
                isinstance(editor, DocumentEditor) and widget is editor.supplied):
            key(widget, Qt.Key.Key_Space)
    elif (isinstance(widget, QPushButton) and isinstance(editor, GroupEditor) and widget is editor.add_button
          and widget.isEnabled() and len(editor.items) < max(editor.field.min_items, 1)):
        key(widget, Qt.Key.Key_Space)
        return True  # the focus moved into the new item
    return False


@pytest.mark.parametrize("procedure", PROCEDURES, ids=[p.id for p in PROCEDURES])
def test_each_starter_form_is_completed_with_the_keyboard_alone(qtbot, procedure) -> None:
    form = FormView(procedure.form)
    qtbot.addWidget(form)
    form.resize(900, 1200)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.section.first_focus().setFocus()
    for _step in range(400):
        if not validate(procedure.form, form.values()):
            break
        widget = QApplication.focusWidget()
        editor = owner(form.section, widget)
        if editor is None or not act(qtbot, editor, widget):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert validate(procedure.form, form.values()) == []
