"""The form renderer: every type editable with the keyboard alone, values round-trip, problems shown in
words at their field, conditional fields following the answers, repeated groups, accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QPushButton, QRadioButton, QWidget

from frontdesk.catalogue import load_catalogue
from frontdesk.forms import AllOf, Check, Field, FieldProblem, FieldType, FormSchema, Op, clean, validate
from frontdesk.resources import RESOURCES
from tests.form_samples import ALL_TYPES, ALL_VALUES, mixed_schema
from tests.qt.a11y import assert_keyboard_friendly
from ui.form_view import FormView


@pytest.fixture
def view(qtbot):
    def make(schema=ALL_TYPES, values=None) -> FormView:
        form = FormView(schema, values)
        qtbot.addWidget(form)
        form.resize(900, 1400)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        return form
    return make


def focused() -> QWidget:
    return QApplication.focusWidget()


def tab(qtbot) -> QWidget:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def type_and_tab(qtbot, text: str, expected_name: str) -> None:
    widget = focused()
    assert expected_name in widget.accessibleName()
    qtbot.keyClicks(widget, text)
    tab(qtbot)


def test_values_round_trip(view) -> None:
    form = view(values=ALL_VALUES)
    values = form.values()
    for key, value in ALL_VALUES.items():
        if key != "personnes":
            assert values[key] == value, key
    assert values["personnes"][0] == ALL_VALUES["personnes"][0]
    assert values["personnes"][1] == {**ALL_VALUES["personnes"][1], "age": None}  # hidden child: empty
    assert clean(ALL_TYPES, values) == clean(ALL_TYPES, ALL_VALUES)
    assert validate(ALL_TYPES, values) == []
    again = view(values=values)
    assert again.values() == values


def test_every_type_is_filled_with_the_keyboard_alone(view, qtbot) -> None:
    form = view()
    changes = []
    form.changed.connect(lambda: changes.append(1))
    form.section.first_focus().setFocus()
    assert isinstance(focused(), QComboBox) and "Civilité" in focused().accessibleName()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # first civility
    tab(qtbot)
    type_and_tab(qtbot, "Martin", "Nom")
    type_and_tab(qtbot, "Besoin d'aide", "Motif")
    type_and_tab(qtbot, "3", "enfants")
    type_and_tab(qtbot, "12,5", "loyer")
    type_and_tab(qtbot, "12/03/1950", "naissance")
    type_and_tab(qtbot, "01/12/2026 09:30", "Rendez-vous")
    assert isinstance(focused(), QRadioButton)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # "yes": the conditional field appears
    type_and_tab(qtbot, "", "CAF")  # from the radio button to the next control
    type_and_tab(qtbot, "987654", "allocataire")
    assert isinstance(focused(), QCheckBox)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    tab(qtbot)
    type_and_tab(qtbot, "martin@example.fr", "électronique")
    type_and_tab(qtbot, "06 12 34 56 78", "Téléphone")
    type_and_tab(qtbot, "3 rue Pasteur", "Adresse")
    type_and_tab(qtbot, "95000", "Adresse")
    type_and_tab(qtbot, "Admiville", "Adresse")
    type_and_tab(qtbot, "Pontoise", "Commune de naissance")
    type_and_tab(qtbot, "95300", "Commune de naissance")
    assert "Remise" in focused().accessibleName()
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)  # past the two options to "other"
    tab(qtbot)
    type_and_tab(qtbot, "mairie annexe", "Remise")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # Lundi
    tab(qtbot)
    tab(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # Jeudi
    tab(qtbot)
    assert isinstance(focused(), QPushButton)  # Add to the group
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    type_and_tab(qtbot, "Lea", "Prénom")
    tab(qtbot)  # the yes/no of the item, left unanswered
    assert "Remove" in focused().accessibleName() or "Retirer" in focused().accessibleName()
    tab(qtbot)
    tab(qtbot)  # past Add, to the document
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # supplied
    tab(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # original shown

    values = form.values()
    assert values == {
        "civilite": "Mme", "nom": "Martin", "motif": "Besoin d'aide", "enfants": 3, "montant": "12.5",
        "naissance": "1950-03-12", "rendez_vous": "2026-12-01T09:30", "allocataire": True, "numero_caf": "987654",
        "certifie": True, "courriel": "martin@example.fr", "telephone": "+33612345678",
        "adresse": {"street": "3 rue Pasteur", "postal_code": "95000", "commune": "Admiville"},
        "naissance_lieu": {"name": "Pontoise", "postal_code": "95300", "insee": ""},
        "remise": "autre: mairie annexe", "jours": ["Lundi", "Jeudi"],
        "personnes": [{"prenom": "Lea", "mineur": None, "age": None}],
        "justificatif": {"supplied": True, "original": True},
    }
    assert validate(ALL_TYPES, values) == []
    assert len(changes) > 40  # every key press and click was announced


def error_lines(form: FormView) -> list[str]:
    return [label.text() for label in form.findChildren(QLabel, "fieldError") if label.isVisibleTo(form)]


def test_problems_are_written_at_their_field_and_focused(view) -> None:
    form = view(values={"courriel": "martin@", "personnes": [{"prenom": ""}]})
    problems = validate(ALL_TYPES, form.values())
    form.show_problems(problems)
    lines = error_lines(form)
    assert "⚠ Obligatoire." in lines
    assert "⚠ Cette adresse électronique n'est pas valide." in lines
    assert len(lines) == len(problems)
    courriel = form.section.editors["courriel"].widget
    assert "n'est pas valide" in courriel.accessibleDescription()
    prenom = form.section.editors["personnes"].items[0][1].editors["prenom"].widget
    assert "Obligatoire" in prenom.accessibleDescription()
    assert form.focus_first_problem()
    assert focused() is form.section.editors["civilite"].combo
    form.show_problems([])
    assert error_lines(form) == []
    assert not form.focus_first_problem()


def test_problem_parameters_are_worded(view) -> None:
    form = view()
    form.show_problems([FieldProblem("enfants", "form.too_large", {"max": 20}),
                        FieldProblem("naissance", "form.date_too_late", {"max": "2026-11-28"}),
                        FieldProblem("inconnu", "form.required", {}), FieldProblem("personnes[4].prenom",
                                                                                    "form.required", {})])
    assert error_lines(form) == ["⚠ Doit valoir au plus 20.", "⚠ La date doit être le 28/11/2026 ou avant."]


def test_conditional_fields_follow_the_answers_live(view, qtbot) -> None:
    form = view()
    numero = form.section.editors["numero_caf"].widget
    assert not numero.isVisible()
    oui = form.section.editors["allocataire"].buttons[True]
    qtbot.mouseClick(oui, Qt.MouseButton.LeftButton)
    assert numero.isVisible()
    form.section.editors["allocataire"].buttons[False].click()
    assert not numero.isVisible()
    assert "numero_caf" not in clean(ALL_TYPES, form.values())


def test_a_field_follows_an_all_of_with_an_at_least_as_the_agent_types(view, qtbot) -> None:
    schema = FormSchema((
        Field("aide", FieldType.YES_NO, "Aide demandée"),
        Field("age", FieldType.INTEGER, "Âge"),
        Field("banque", FieldType.TEXT, "Coordonnées bancaires", required=True,
              condition=AllOf((Check("aide", Op.EQUALS, True), Check("age", Op.AT_LEAST, 18)))),
        Field("suite", FieldType.TEXT, "Suite", condition=Check("banque", Op.EMPTY)),
    ))
    form = view(schema)
    banque = form.section.editors["banque"].widget
    form.section.editors["aide"].buttons[True].click()
    age = form.section.editors["age"].widget
    age.setFocus()
    qtbot.keyClicks(age, "1")
    assert not banque.isVisible()
    qtbot.keyClicks(age, "8")  # 18
    assert banque.isVisible()
    assert banque in form.section.focus_chain()
    qtbot.keyClick(age, Qt.Key.Key_Backspace)  # 1
    assert not banque.isVisible()
    qtbot.keyClicks(age, "9")  # 19
    assert banque.isVisible()
    form.section.editors["aide"].buttons[False].click()
    assert not banque.isVisible()
    assert form.section.editors["suite"].widget.isVisible()  # a hidden field counts as empty
    assert [p.path for p in validate(schema, form.values())] == []  # hidden: not required
    form.section.editors["aide"].buttons[True].click()
    assert [p.path for p in validate(schema, form.values())] == ["banque"]


def test_groups_add_and_remove_within_their_limits(view, qtbot) -> None:
    form = view()
    group = form.section.editors["personnes"]
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    assert len(form.values()["personnes"]) == 2
    assert not group.add_button.isEnabled()  # max_items = 2
    first = group.items[0][1]
    first.editors["prenom"].widget.setText("Léa")
    second = group.items[1][1]
    second.editors["prenom"].widget.setText("Marc")
    second.editors["mineur"].buttons[True].click()
    assert second.editors["age"].widget.isVisible()
    assert not first.editors["age"].widget.isVisible()  # each item has its own conditions
    qtbot.mouseClick(group.items[0][2], Qt.MouseButton.LeftButton)  # remove Léa
    assert [p["prenom"] for p in form.values()["personnes"]] == ["Marc"]
    assert group.add_button.isEnabled()
    assert group.items[0][0].title.text().endswith("1")
    assert focused() is group.items[0][2]  # the focus stays in the group


def test_a11y_of_every_type_and_of_the_starter_procedures(view) -> None:
    form = view(values=ALL_VALUES)
    assert_keyboard_friendly(form)
    for procedure in load_catalogue([RESOURCES / "catalogue"]).procedures:
        assert_keyboard_friendly(view(procedure.form))


def test_required_fields_say_so_in_words(view) -> None:
    form = view()
    labels = [label.text() for label in form.findChildren(QLabel) if label.buddy() is not None]
    assert "Nom (obligatoire)" in labels
    assert "Motif" in labels


def test_a_long_form_renders_and_validates(view) -> None:
    schema = mixed_schema(150)
    form = view(schema)
    assert len(form.values()) == len([f for f in schema.fields if f.holds_value])
    form.show_problems(validate(schema, form.values()))
    assert form.focus_first_problem()
