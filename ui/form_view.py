"""Any procedure's form on screen: one editor per field type, built from a ``FormSchema``.

The agent fills it with the keyboard alone (tab order top to bottom, radio buttons and check boxes
reachable, every control named for screen readers); conditional fields appear as soon as the answer
they depend on changes; ``changed`` fires on every edit so the wizard can save the draft at once.
Problems from ``frontdesk.forms.validate`` are written under their field, in words.

Speed matters (a Démarche Numérique form can have 150 fields): no per-widget style sheet, error lines
are created only when a problem is shown, and conditions are re-evaluated only when a field some
condition depends on changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from itertools import pairwise
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QMetaObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.residents import phone_display
from frontdesk.forms.conditions import shown_flags
from frontdesk.forms.schema import Field, FieldType, FormSchema
from frontdesk.forms.validation import FieldProblem
from frontdesk.forms.values import (
    ADDRESS_PARTS,
    CIVILITIES,
    COMMUNE_PARTS,
    OTHER,
    TEXT_MAX,
    empty_value,
    normalise,
    other_text,
    other_value,
)
from ui.forms import ERROR_PREFIX
from ui.texts import form_problem

T = FieldType
LONG_LABEL = 80  # characters; a longer label wraps


translate = QCoreApplication.translate  # called with the literal context "FormView", so lupdate finds each text


def _plain(text: str) -> str:
    """A label text shown literally: "&" in a catalogue label is not a keyboard shortcut."""
    return text.replace("&", "&&")


def _readable(field: Field, text: str, today: date) -> Any:
    """The canonical value of typed text, or the text itself when it cannot be read (validation says why)."""
    text = text.strip()
    if not text:
        return empty_value(field)
    value = normalise(field, text, today).value
    return text if value in (None, "") else value


def _form_layout(parent: QWidget | None = None) -> QFormLayout:
    """Each question above its answer, as on paper forms and service-public.fr: long labels read in full
    (also at 200 %), and the answers line up on the left edge."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    return form


class Editor:
    """One field's widgets. ``widget`` goes in the form's field column (or spans the row if ``spans``)."""

    spans = False  # the widget carries its own words (check box, heading, group)
    widget: QWidget

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        self.field = field
        self.on_change = on_change
        self.relinked: Callable[[], None] = lambda: None  # the form re-chains Tab when widgets are added

    def value(self) -> Any:
        return empty_value(self.field)

    def set_value(self, value: Any) -> None:
        """Show ``value``; anything unreadable shows as empty (the draft keeps it until the next edit)."""

    def focus_widget(self) -> QWidget | None:
        return self.widget if self.widget.focusPolicy() != Qt.FocusPolicy.NoFocus else None

    def focus_chain(self) -> list[QWidget]:
        widget = self.focus_widget()
        return [widget] if widget is not None else []


class LineEditor(Editor):
    """Text, e-mail, phone, numbers, dates: a line the agent types in; numbers and dates are read leniently."""

    _PATTERNS: ClassVar[dict[FieldType, str]] = {
        T.INTEGER: r"-?[0-9 ]{0,19}",
        T.DECIMAL: r"-?[0-9 ]{0,19}([.,][0-9]{0,6})?",
        T.DATE: r"[0-9/.\- ]{0,10}",
        T.DATETIME: r"[0-9/.\-: ]{0,16}",
        T.PHONE: r"[0-9+ ().\-]{0,30}",
    }

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        self.widget = edit = QLineEdit(parent)
        edit.setMaxLength(field.max_length or TEXT_MAX if field.type is T.TEXT else TEXT_MAX)  # typed: never cut
        pattern = self._PATTERNS.get(field.type)
        if pattern:
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
        if field.type is T.DATE:
            edit.setPlaceholderText(translate("FormView", "dd/mm/yyyy"))
        elif field.type is T.DATETIME:
            edit.setPlaceholderText(translate("FormView", "dd/mm/yyyy hh:mm"))
        elif field.type is T.EMAIL:
            edit.setPlaceholderText(translate("FormView", "name@example.fr"))
        if field.type in self._PATTERNS:  # short answers: a short box reads as such
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * 18) + 24)
        edit.textEdited.connect(on_change)

    def value(self) -> Any:
        text = self.widget.text()
        if self.field.type in (T.TEXT, T.EMAIL):
            return text.strip()
        return _readable(self.field, text, date.today())

    def set_value(self, value: Any) -> None:
        self.widget.setText(self._display(value))

    def _display(self, value: Any) -> str:
        kind = self.field.type
        if value is None or isinstance(value, bool):
            return ""
        if kind is T.DECIMAL and isinstance(value, str):
            return value.replace(".", ",")
        if kind is T.DATE and isinstance(value, str) and len(value) == 10 and value[4] == "-":
            return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
        if kind is T.DATETIME and isinstance(value, str):
            try:
                return datetime.strptime(value, "%Y-%m-%dT%H:%M").strftime("%d/%m/%Y %H:%M")
            except ValueError:
                return value
        if kind is T.PHONE and isinstance(value, str) and value.startswith("+"):
            return phone_display(value)
        return str(value) if isinstance(value, str | int) else ""


class LongTextEditor(Editor):
    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        self.widget = edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)  # Tab leaves the box: the keyboard must get through the form
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        edit.textChanged.connect(on_change)

    def value(self) -> Any:
        return self.widget.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText(value if isinstance(value, str) else "")


class YesNoEditor(Editor):
    """Yes / No / Not answered: three radio buttons, so "not answered" is a visible, choosable state."""

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        self.widget = box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(box)
        self.buttons = {}
        choices = ((True, translate("FormView", "Yes")), (False, translate("FormView", "No")),
                   (None, translate("FormView", "Not answered")))
        for key, text in choices:
            button = QRadioButton(text, box)
            button.setAccessibleName(f"{field.label}\u00a0: {text}")
            self.group.addButton(button)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.buttons[None].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # one "toggled off" and one "on" per change: announce it once
            self.on_change()

    def value(self) -> Any:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def set_value(self, value: Any) -> None:
        self.buttons[value if isinstance(value, bool) else None].setChecked(True)

    def focus_widget(self) -> QWidget:
        return next(button for button in self.buttons.values() if button.isChecked())

    def focus_chain(self) -> list[QWidget]:
        return list(self.buttons.values())


class CheckBoxEditor(Editor):
    spans = True

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        self.widget = box = QCheckBox(_plain(field.label), parent)
        box.toggled.connect(on_change)

    def value(self) -> Any:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(value is True)


class ComboEditor(Editor):
    """Civility, or a single choice; with "other", a line appears to say what."""

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        if field.type is T.CIVILITY:
            self.codes = ["", *CIVILITIES]
            texts = [translate("FormView", "Ms"), translate("FormView", "Mr")]
        else:
            self.codes = ["", *field.options, *([OTHER] if field.allow_other else [])]
            texts = [*field.options, *([translate("FormView", "Other")] if field.allow_other else [])]
        self.other: QLineEdit | None = None
        self.other_row: QWidget | None = None
        if not field.allow_other:
            self.widget = self.combo = QComboBox(parent)
        else:
            self.widget = box = QWidget(parent)
            self.column = QVBoxLayout(box)
            self.column.setContentsMargins(0, 0, 0, 0)
            self.combo = QComboBox(box)
            self.column.addWidget(self.combo)
        self.combo.addItems([translate("FormView", "— choose —"), *texts])  # at once: much faster than one by one
        self.combo.currentIndexChanged.connect(self._picked)

    def _other_line(self) -> QLineEdit:
        """The "Other:" line, made the first time "other" is picked (most answers never need it)."""
        if self.other is None:
            self.other_row = QWidget(self.widget)
            line = QHBoxLayout(self.other_row)
            line.setContentsMargins(0, 0, 0, 0)
            self.other = QLineEdit(self.other_row)
            self.other.setMaxLength(TEXT_MAX)
            self.other.setAccessibleName(
                translate("FormView", "{label}: other, say what").format(label=self.field.label))
            self.other.textEdited.connect(self.on_change)
            caption = QLabel(translate("FormView", "Other:"), self.other_row)
            caption.setBuddy(self.other)
            line.addWidget(caption)
            line.addWidget(self.other, 1)
            self.column.addWidget(self.other_row)
            self.relinked()
        return self.other

    def _show_other(self) -> None:
        wanted = self._code() == OTHER
        if wanted:
            self._other_line()
        if self.other_row is not None:
            self.other_row.setVisible(wanted)

    def _code(self) -> str:
        index = self.combo.currentIndex()
        return self.codes[index] if 0 <= index < len(self.codes) else ""

    def _picked(self) -> None:
        self._show_other()
        self.on_change()

    def value(self) -> Any:
        code = self._code()
        if code == OTHER and self.other is not None:
            return other_value(self.other.text())
        return code

    def set_value(self, value: Any) -> None:
        text = other_text(value) if self.field.allow_other else None
        if text is not None:
            self.combo.setCurrentIndex(self.codes.index(OTHER))
            self._other_line().setText(text)
        else:
            self.combo.setCurrentIndex(self.codes.index(value) if value in self.codes else 0)
        self._show_other()

    def focus_widget(self) -> QWidget:
        return self.combo

    def focus_chain(self) -> list[QWidget]:
        return [self.combo] + ([self.other] if self.other is not None else [])


class PartsEditor(Editor):
    """An address or a commune: a few labelled lines side by side, one value dict."""

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        if field.type is T.ADDRESS:
            names = (translate("FormView", "Number and street"), translate("FormView", "Postal code"),
                     translate("FormView", "Commune"))
            parts = dict(zip(ADDRESS_PARTS, names, strict=True))
        else:
            parts = {"name": translate("FormView", "Commune"), "postal_code": translate("FormView", "Postal code")}
        self.kept = dict.fromkeys(COMMUNE_PARTS if field.type is T.COMMUNE else ADDRESS_PARTS, "")
        self.widget = box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        for key, text in parts.items():
            edit = QLineEdit(box)
            edit.setPlaceholderText(text)
            edit.setAccessibleName(f"{field.label}\u00a0: {text}")
            edit.setMaxLength(5 if key == "postal_code" else TEXT_MAX)
            if key == "postal_code":
                edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,6}"), edit))
                edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance(text) + 24)  # the placeholder reads in full
            edit.textEdited.connect(on_change)
            row.addWidget(edit, 0 if key == "postal_code" else 1)
            self.edits[key] = edit

    def value(self) -> Any:
        return {**self.kept, **{key: edit.text().strip() for key, edit in self.edits.items()}}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, Mapping) else {}
        for key in self.kept:
            self.kept[key] = value.get(key) if isinstance(value.get(key), str) else ""
        for key, edit in self.edits.items():
            edit.setText(self.kept[key])

    def focus_widget(self) -> QWidget:
        return next(iter(self.edits.values()))

    def focus_chain(self) -> list[QWidget]:
        return list(self.edits.values())


class MultipleChoiceEditor(Editor):
    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        self.widget = box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for option in field.options:
            check = QCheckBox(_plain(option), box)
            check.setAccessibleName(f"{field.label}\u00a0: {option}")  # the question, not only the answer
            check.toggled.connect(on_change)
            column.addWidget(check)
            self.boxes[option] = check

    def value(self) -> Any:
        return [option for option, check in self.boxes.items() if check.isChecked()]

    def set_value(self, value: Any) -> None:
        ticked = set(v for v in value if isinstance(v, str)) if isinstance(value, list) else set()
        for option, check in self.boxes.items():
            check.setChecked(option in ticked)

    def focus_widget(self) -> QWidget | None:
        return next(iter(self.boxes.values()), None)

    def focus_chain(self) -> list[QWidget]:
        return list(self.boxes.values())


class DocumentEditor(Editor):
    """A piece brought by the resident: supplied or not, original shown or copy."""

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        self.widget = box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.supplied = QCheckBox(translate("FormView", "Supplied"), box)
        self.original = QCheckBox(translate("FormView", "Original shown"), box)
        for check in (self.supplied, self.original):
            check.setAccessibleName(f"{field.label}\u00a0: {check.text()}")
            check.toggled.connect(self._toggled)
            row.addWidget(check)
        row.addStretch(1)
        self.original.setEnabled(False)

    def _toggled(self) -> None:
        self.original.setEnabled(self.supplied.isChecked())
        self.on_change()

    def value(self) -> Any:
        supplied = self.supplied.isChecked()
        return {"supplied": supplied, "original": supplied and self.original.isChecked()}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, Mapping) else {}
        self.supplied.setChecked(value.get("supplied") is True)
        self.original.setChecked(value.get("original") is True)
        self.original.setEnabled(self.supplied.isChecked())

    def focus_widget(self) -> QWidget:
        return self.supplied

    def focus_chain(self) -> list[QWidget]:
        return [self.supplied, self.original]


class TextOnlyEditor(Editor):
    """A heading, an explanation, or a part the resident must complete online: words, no value."""

    spans = True

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        if field.type is T.ONLINE_ONLY:
            text = translate("FormView", "{label}: to be completed online by the resident").format(label=field.label)
        else:
            text = field.label
        self.widget = label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if field.type is T.HEADER:
            label.setObjectName("subtitle")
        if field.help:
            label.setText(f"{text}\n{field.help}")

    def focus_widget(self) -> None:
        return None


class GroupEditor(Editor):
    """A repeated group: one framed block per item, with Add and Remove buttons."""

    spans = True

    def __init__(self, field: Field, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(field, parent, on_change)
        self.widget = box = QGroupBox(_plain(field.label), parent)
        self.column = QVBoxLayout(box)
        self.items: list[tuple[QFrame, Section, QPushButton]] = []
        self.add_button = QPushButton(translate("FormView", "Add"), box)
        self.add_button.setAccessibleName(translate("FormView", "Add to “{label}”").format(label=field.label))
        self.add_button.clicked.connect(self._add_clicked)
        self.column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_clicked(self) -> None:
        _frame, section, _button = self._add_item({})
        self._refresh()
        self.on_change()
        widget = section.first_focus()
        if widget is not None:
            widget.setFocus()

    def _add_item(self, values: Mapping[str, Any]) -> tuple[QFrame, Section, QPushButton]:
        frame = QFrame(self.widget)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(frame)
        title = QLabel(frame)
        title.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(title)
        form = _form_layout()
        column.addLayout(form)
        section = Section(self.field.children, frame, form, self.on_change, lambda: self.relinked())
        section.set_values(values)
        remove = QPushButton(translate("FormView", "Remove"), frame)
        remove.clicked.connect(lambda: self._remove(frame))
        column.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        frame.title = title  # type: ignore[attr-defined]
        self.column.insertWidget(self.column.count() - 1, frame)
        frame.show()  # at once, not at the next event loop pass: the focus moves into it now
        self.items.append((frame, section, remove))
        return frame, section, remove

    def _remove(self, frame: QFrame) -> None:
        index = next(i for i, (f, _s, _b) in enumerate(self.items) if f is frame)
        self.items.pop(index)
        frame.hide()
        frame.deleteLater()
        self._refresh()
        self.on_change()
        target = self.items[min(index, len(self.items) - 1)][2] if self.items else self.add_button
        target.setFocus()

    def _refresh(self) -> None:
        """Number the items, name their buttons, and enable Add/Remove within the limits."""
        count = len(self.items)
        for number, (frame, _section, remove) in enumerate(self.items, start=1):
            words = {"label": self.field.label, "number": number}
            frame.title.setText(translate("FormView", "{label} No. {number}").format(**words))
            remove.setAccessibleName(translate("FormView", "Remove {label} No. {number}").format(**words))
            remove.setEnabled(count > self.field.min_items)
        self.add_button.setEnabled(self.field.max_items is None or count < self.field.max_items)
        self.relinked()

    def value(self) -> Any:
        return [section.values() for _frame, section, _button in self.items]

    def set_value(self, value: Any) -> None:
        for frame, _section, _button in self.items:
            frame.deleteLater()
        self.items = []
        entries = [v if isinstance(v, Mapping) else {} for v in value] if isinstance(value, list) else []
        while len(entries) < self.field.min_items:
            entries.append({})
        for entry in entries:
            self._add_item(entry)
        self._refresh()

    def item_section(self, index: int) -> Section | None:
        return self.items[index][1] if 0 <= index < len(self.items) else None

    def focus_widget(self) -> QWidget:
        section = self.items[0][1] if self.items else None
        return (section.first_focus() if section else None) or self.add_button

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for _frame, section, remove in self.items:
            chain += [*section.focus_chain(), remove]
        return [*chain, self.add_button]


_EDITORS: dict[FieldType, type[Editor]] = {
    T.TEXT: LineEditor, T.EMAIL: LineEditor, T.PHONE: LineEditor, T.INTEGER: LineEditor, T.DECIMAL: LineEditor,
    T.DATE: LineEditor, T.DATETIME: LineEditor, T.LONG_TEXT: LongTextEditor, T.YES_NO: YesNoEditor,
    T.CHECKBOX: CheckBoxEditor, T.CIVILITY: ComboEditor, T.CHOICE: ComboEditor, T.ADDRESS: PartsEditor,
    T.COMMUNE: PartsEditor, T.MULTIPLE_CHOICE: MultipleChoiceEditor, T.DOCUMENT: DocumentEditor,
    T.HEADER: TextOnlyEditor, T.EXPLANATION: TextOnlyEditor, T.ONLINE_ONLY: TextOnlyEditor, T.GROUP: GroupEditor,
}


class Section:
    """The fields of one level (the form, or one item of a group) in a QFormLayout, with their conditions."""

    def __init__(self, fields: Sequence[Field], parent: QWidget, form: QFormLayout,
                 changed: Callable[[], None], relink: Callable[[], None]) -> None:
        self.fields = tuple(fields)
        self.form = form
        self.changed = changed
        self.building = False
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.shown: dict[str, bool] = {}
        self.sources = {fid for f in self.fields if f.condition is not None for fid in f.condition.sources()}
        required = translate("FormView", "(required)")
        for field in self.fields:
            editor = _EDITORS[field.type](field, parent, self._callback(field.id))
            editor.relinked = relink
            self.editors[field.id] = editor
            if editor.spans:
                form.addRow(editor.widget)
            else:
                text = f"{field.label} {required}" if field.required else field.label
                label = QLabel(_plain(text), parent)
                if len(text) > LONG_LABEL:  # a wrapped label takes a narrow width of its own: only when needed
                    label.setWordWrap(True)
                    label.setMinimumWidth(label.fontMetrics().averageCharWidth() * LONG_LABEL)
                label.setContentsMargins(0, 8, 0, 0)  # air above each question, none between it and its answer
                label.setBuddy(editor.focus_widget() or editor.widget)
                form.addRow(label, editor.widget)
            self._name(editor, required)
            self.shown[field.id] = True

    def _name(self, editor: Editor, required: str) -> None:
        field = editor.field
        name = f"{field.label} {required}" if field.required else field.label
        widget = editor.focus_widget() if isinstance(editor, LineEditor | LongTextEditor | ComboEditor) else None
        if widget is not None:
            widget.setAccessibleName(name)
        if field.help and not isinstance(editor, TextOnlyEditor):
            target = editor.focus_widget() or editor.widget
            target.setToolTip(field.help)
            target.setAccessibleDescription(field.help)
            if isinstance(editor, LineEditor) and not editor.widget.placeholderText():
                editor.widget.setPlaceholderText(field.help)

    def _callback(self, field_id: str) -> Callable[[], None]:
        def changed() -> None:
            if self.building:  # values being shown, not typed: no draft to save
                return
            if field_id in self.sources:
                self.update_visibility()
            self.changed()
        return changed

    def values(self) -> dict[str, Any]:
        return {fid: editor.value() for fid, editor in self.editors.items() if editor.field.holds_value}

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.building = True
        try:
            for fid, editor in self.editors.items():
                editor.set_value(values.get(fid, empty_value(editor.field)))
        finally:
            self.building = False
        self.update_visibility()

    def update_visibility(self) -> None:
        shown = shown_flags(self.fields, lambda field_id: self.editors[field_id].value())
        for field in self.fields:
            visible = shown[field.id]
            if visible != self.shown[field.id]:
                self.shown[field.id] = visible
                self.form.setRowVisible(self.editors[field.id].widget, visible)
                if field.id in self.errors:
                    self.form.setRowVisible(self.errors[field.id], visible and bool(self.errors[field.id].text()))

    def first_focus(self) -> QWidget | None:
        chain = self.focus_chain()
        return chain[0] if chain else None

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for fid, editor in self.editors.items():
            chain += editor.focus_chain() if self.shown[fid] else []
        return chain

    def all_focus_widgets(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for editor in self.editors.values():
            chain += editor.focus_chain()
        return chain

    # --- problems ---------------------------------------------------------------------------------
    def clear_problems(self) -> None:
        for fid, label in self.errors.items():
            label.clear()
            self.form.setRowVisible(label, False)
            widget = self.editors[fid].focus_widget()
            if widget is not None:
                widget.setAccessibleDescription(self.editors[fid].field.help)
        for editor in self.editors.values():
            if isinstance(editor, GroupEditor):
                for _frame, section, _button in editor.items:
                    section.clear_problems()

    def show_problem(self, field_id: str, text: str) -> QWidget | None:
        """Write ``text`` under the field; returns the widget to focus, or None if the field is not here."""
        editor = self.editors.get(field_id)
        if editor is None:
            return None
        label = self.errors.get(field_id)
        if label is None:
            label = QLabel(editor.widget.parentWidget())
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            row, _role = self.form.getWidgetPosition(editor.widget)
            self.form.insertRow(row + 1, "", label)
            self.errors[field_id] = label
        previous = label.text()
        label.setText(f"{previous}\n{ERROR_PREFIX}{text}" if previous else ERROR_PREFIX + text)
        self.form.setRowVisible(label, self.shown[field_id])
        widget = editor.focus_widget() or editor.widget
        widget.setAccessibleDescription(label.text())
        return widget if self.shown[field_id] else None

    def locate(self, path: str) -> tuple[Section, str] | None:
        """The section and field id a problem path ("id" or "group[2].child") points to."""
        head, _, rest = path.partition(".")
        if not rest:
            return (self, head) if "[" not in head else None
        group_id, _, index_text = head.partition("[")
        editor = self.editors.get(group_id)
        if not isinstance(editor, GroupEditor) or not index_text.endswith("]") or not index_text[:-1].isdigit():
            return None
        section = editor.item_section(int(index_text[:-1]))
        return section.locate(rest) if section is not None else None


class FormView(QWidget):
    """The whole form. ``values()`` gives every field's value, hidden ones included (a draft keeps them);
    ``frontdesk.forms.clean`` drops the hidden ones when the dossier is submitted."""

    changed = Signal()

    def __init__(self, schema: FormSchema, values: Mapping[str, object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        self.setAccessibleName(translate("FormView", "Form"))
        self._problem_widgets: list[QWidget] = []
        form = _form_layout(self)
        self.section = Section(schema.fields, self, form, self._announce, self._link_tab_order)
        self.section.set_values(values if isinstance(values, Mapping) else {})
        self._link_tab_order()

    def _announce(self) -> None:
        # Not ``self.changed.emit()``: PySide6 6.12.0's emit() returns True without a reference, so
        # one emit per key press soon crashes the interpreter. The meta-object call emits the same signal.
        QMetaObject.invokeMethod(self, "changed", Qt.ConnectionType.DirectConnection)

    def values(self) -> dict:
        return self.section.values()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Write each problem under its field (replacing what was shown); unknown paths are ignored."""
        self.section.clear_problems()
        self._problem_widgets = []
        for problem in problems:
            found = self.section.locate(problem.path)
            if found is None:
                continue
            section, field_id = found
            widget = section.show_problem(field_id, form_problem(problem.code, problem.params))
            if widget is not None:
                self._problem_widgets.append(widget)

    def focus_first_problem(self) -> bool:
        """Put the cursor in the first field with a problem (scrolling to it); False if there is none."""
        for widget in self._problem_widgets:
            if widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                scroll = self._scroll_area()
                if scroll is not None:
                    scroll.ensureWidgetVisible(widget)
                return True
        return False

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def _link_tab_order(self) -> None:
        """Tab goes down the form as it reads, including items added to a group later."""
        chain = self.section.all_focus_widgets()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
