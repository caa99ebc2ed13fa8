"""The form engine: canonical values per type, required fields, bounds, conditions and repeated groups."""

from __future__ import annotations

import json
from datetime import date

import pytest

from frontdesk.forms import Condition, Field, FieldProblem, FieldType, FormSchema, clean, validate
from frontdesk.forms.values import empty_value, other_text, other_value

TODAY = date(2026, 11, 28)
T = FieldType


def one(field: Field, value: object) -> tuple[object, list[FieldProblem]]:
    schema = FormSchema((field,))
    return clean(schema, {field.id: value}, today=TODAY).get(field.id), validate(schema, {field.id: value}, today=TODAY)


def codes(problems: list[FieldProblem]) -> list[str]:
    return [p.code for p in problems]


@pytest.mark.parametrize(("field", "raw", "expected"), [
    (Field("f", T.TEXT, "F"), "  Martin  ", "Martin"),
    (Field("f", T.LONG_TEXT, "F"), "ligne 1\r\nligne 2\n", "ligne 1\nligne 2"),
    (Field("f", T.INTEGER, "F"), " 1 200 ", 1200),
    (Field("f", T.INTEGER, "F"), 3.0, 3),
    (Field("f", T.DECIMAL, "F"), "12,50", "12.50"),
    (Field("f", T.DECIMAL, "F"), "-3.5", "-3.5"),
    (Field("f", T.DATE, "F"), "12/03/1950", "1950-03-12"),
    (Field("f", T.DATE, "F"), date(2026, 1, 31), "2026-01-31"),
    (Field("f", T.DATETIME, "F"), "28/11/2026 09:30", "2026-11-28T09:30"),
    (Field("f", T.YES_NO, "F"), "oui", True),
    (Field("f", T.YES_NO, "F"), None, None),
    (Field("f", T.CHECKBOX, "F"), True, True),
    (Field("f", T.CIVILITY, "F"), "Mme", "Mme"),
    (Field("f", T.EMAIL, "F"), " Claire.Martin@Example.FR ", "Claire.Martin@example.fr"),
    (Field("f", T.PHONE, "F"), "06 12 34 56 78", "+33612345678"),
    (Field("f", T.ADDRESS, "F"), {"street": " 12  rue de la Mairie", "postal_code": "95 000", "commune": "Admiville"},
     {"street": "12 rue de la Mairie", "postal_code": "95000", "commune": "Admiville"}),
    (Field("f", T.COMMUNE, "F"), {"name": "Ajaccio", "postal_code": "20000", "insee": "2a004"},
     {"name": "Ajaccio", "postal_code": "20000", "insee": "2A004"}),
    (Field("f", T.CHOICE, "F", options=("A", "B")), "B", "B"),
    (Field("f", T.CHOICE, "F", options=("A",), allow_other=True), "autre:   un  cas ", "autre: un cas"),
    (Field("f", T.MULTIPLE_CHOICE, "F", options=("A", "B", "C")), ["C", "A"], ["A", "C"]),
    (Field("f", T.DOCUMENT, "F"), {"supplied": False, "original": True}, {"supplied": False, "original": False}),
])
def test_each_type_has_one_canonical_value(field: Field, raw: object, expected: object) -> None:
    value, problems = one(field, raw)
    assert problems == []
    assert value == expected
    assert json.loads(json.dumps(value)) == value


@pytest.mark.parametrize(("field", "raw", "code"), [
    (Field("f", T.TEXT, "F"), 12, "form.text"),
    (Field("f", T.TEXT, "F", max_length=5), "abcdef", "form.too_long"),
    (Field("f", T.INTEGER, "F"), "12a", "form.integer"),
    (Field("f", T.INTEGER, "F"), True, "form.integer"),
    (Field("f", T.INTEGER, "F"), 2.5, "form.integer"),
    (Field("f", T.INTEGER, "F", min=1, max=5), 6, "form.too_large"),
    (Field("f", T.INTEGER, "F", min=1, max=5), 0, "form.too_small"),
    (Field("f", T.DECIMAL, "F"), "1e5", "form.decimal"),
    (Field("f", T.DECIMAL, "F"), "NaN", "form.decimal"),
    (Field("f", T.DATE, "F"), "31/02/2026", "form.date"),
    (Field("f", T.DATE, "F", max=0), "2026-11-29", "form.date_too_late"),
    (Field("f", T.DATE, "F", min=0), "2026-11-27", "form.date_too_early"),
    (Field("f", T.DATETIME, "F"), "2026-11-28", "form.datetime"),
    (Field("f", T.YES_NO, "F"), "peut-être", "form.yes_no"),
    (Field("f", T.CIVILITY, "F"), "Dr", "form.choice"),
    (Field("f", T.EMAIL, "F"), "claire@", "form.email"),
    (Field("f", T.PHONE, "F"), "06 12", "form.phone"),
    (Field("f", T.ADDRESS, "F"), {"street": "1 rue", "postal_code": "9500", "commune": "A"}, "form.postal_code"),
    (Field("f", T.ADDRESS, "F"), "1 rue de la Paix", "form.invalid"),
    (Field("f", T.COMMUNE, "F"), {"name": "X", "insee": "ABCDE"}, "form.insee"),
    (Field("f", T.CHOICE, "F", options=("A",)), "Z", "form.choice"),
    (Field("f", T.CHOICE, "F", options=("A",)), "autre: x", "form.choice"),
    (Field("f", T.CHOICE, "F", options=("A",), allow_other=True), "autre", "form.other_required"),
    (Field("f", T.MULTIPLE_CHOICE, "F", options=("A",)), ["A", "Z"], "form.choice"),
    (Field("f", T.DOCUMENT, "F"), {"supplied": "oui"}, "form.invalid"),
])
def test_wrong_values_are_named_at_their_field(field: Field, raw: object, code: str) -> None:
    _value, problems = one(field, raw)
    assert codes(problems) == [code]
    assert problems[0].path == "f"


def test_bounds_are_given_to_the_message() -> None:
    assert one(Field("f", T.INTEGER, "F", min=1, max=5), 9)[1][0].params == {"max": 5}
    assert one(Field("f", T.DATE, "F", max=0), "2027-01-01")[1][0].params == {"max": "2026-11-28"}


@pytest.mark.parametrize(("kind", "empty", "filled"), [
    (T.TEXT, "  ", "x"),
    (T.YES_NO, None, False),
    (T.CHECKBOX, False, True),
    (T.ADDRESS, {"street": "1 rue", "postal_code": "95000", "commune": ""},
     {"street": "1 rue", "postal_code": "95000", "commune": "Admiville"}),
    (T.COMMUNE, {"name": "", "postal_code": "95000"}, {"name": "Admiville"}),
    (T.MULTIPLE_CHOICE, [], ["A"]),
    (T.DOCUMENT, {"supplied": False, "original": False}, {"supplied": True, "original": False}),
    (T.INTEGER, None, 0),
])
def test_required_means_answered(kind: FieldType, empty: object, filled: object) -> None:
    field = Field("f", kind, "F", required=True, options=("A",))
    assert codes(one(field, empty)[1]) == ["form.required"]
    assert one(field, filled)[1] == []


def test_a_missing_value_is_the_empty_value() -> None:
    for kind in T:
        field = Field("f", kind, "F", options=("A",))
        if field.holds_value and kind is not T.GROUP:
            assert clean(FormSchema((field,)), {}) == {"f": empty_value(field)}


def test_display_only_fields_hold_no_value() -> None:
    schema = FormSchema((Field("h", T.HEADER, "Titre"), Field("e", T.EXPLANATION, "Texte"),
                         Field("o", T.ONLINE_ONLY, "Signature")))
    assert clean(schema, {"h": "x", "o": "y"}) == {}
    assert validate(schema, {"h": 12}) == []


def test_other_answers() -> None:
    assert other_value("  un cas ") == "autre: un cas"
    assert other_value("") == "autre"
    assert other_text("autre: x") == "x"
    assert other_text("autre") == ""
    assert other_text("A") is None


SCHEMA = FormSchema((
    Field("remise", T.CHOICE, "Remise", required=True, options=("Sur place", "Par courrier"), allow_other=True),
    Field("adresse", T.ADDRESS, "Adresse", required=True, condition=Condition("remise", equals="Par courrier")),
    Field("note", T.TEXT, "Note", condition=Condition("remise", equals="autre")),
    Field("enfants", T.YES_NO, "Enfants ?"),
    Field("liste", T.GROUP, "Enfants", condition=Condition("enfants", equals=True), min_items=1, max_items=2,
          children=(Field("prenom", T.TEXT, "Prénom", required=True),
                    Field("age", T.INTEGER, "Âge", min=0, max=17),
                    Field("ecole", T.TEXT, "École", condition=Condition("age", in_=())))),
    Field("suite", T.TEXT, "Suite", condition=Condition("liste")),
    Field("jours", T.MULTIPLE_CHOICE, "Jours", options=("Lundi", "Mardi")),
    Field("mardi", T.TEXT, "Mardi", condition=Condition("jours", in_=("Mardi",))),
))


def test_hidden_fields_are_neither_checked_nor_kept() -> None:
    values = {"remise": "Sur place", "adresse": {"street": "x"}, "enfants": False, "liste": [{}], "mardi": "y"}
    assert validate(SCHEMA, values) == []
    assert clean(SCHEMA, values) == {"remise": "Sur place", "enfants": False, "jours": []}


def test_conditions_follow_the_values() -> None:
    ids = [f.id for f in SCHEMA.visible({"remise": "Par courrier", "jours": ["Mardi"]})]
    assert ids == ["remise", "adresse", "enfants", "jours", "mardi"]
    assert "note" in [f.id for f in SCHEMA.visible({"remise": "autre: au guichet de quartier"})]
    assert "note" in [f.id for f in SCHEMA.visible({"remise": "autre"})]
    assert "suite" in [f.id for f in SCHEMA.visible({"enfants": True, "liste": [{"prenom": "A"}]})]


def test_a_field_depending_on_a_hidden_one_is_hidden() -> None:
    assert "suite" not in [f.id for f in SCHEMA.visible({"enfants": False, "liste": [{"prenom": "A"}]})]
    assert "liste" in [f.id for f in SCHEMA.visible({"enfants": "oui"})]  # conditions read canonical values


def test_conditions_never_match_junk() -> None:
    assert [f.id for f in SCHEMA.visible({"remise": ["Par courrier"], "enfants": "peut-être", "jours": "Mardi"})] == \
        ["remise", "enfants", "jours"]


def test_groups_count_their_items_and_name_each_child() -> None:
    values = {"remise": "Sur place", "enfants": True, "liste": [{"prenom": "Léa", "age": 4}, {"age": 30}, {}]}
    problems = validate(SCHEMA, values)
    assert [(p.path, p.code) for p in problems] == [
        ("liste", "form.too_many_items"), ("liste[1].prenom", "form.required"), ("liste[1].age", "form.too_large"),
        ("liste[2].prenom", "form.required")]
    assert codes(validate(SCHEMA, {"remise": "Sur place", "enfants": True, "liste": []})) == ["form.required"]
    assert clean(SCHEMA, values)["liste"][0] == {"prenom": "Léa", "age": 4, "ecole": ""}  # shown: "age" is filled
    assert clean(SCHEMA, values)["liste"][2] == {"prenom": "", "age": None}


def test_schema_finds_fields_and_children() -> None:
    assert SCHEMA.field("remise").label == "Remise"
    assert SCHEMA.field("liste.age").type is T.INTEGER
    with pytest.raises(KeyError):
        SCHEMA.field("nope")


@pytest.mark.parametrize("junk", [None, 12, "text", [1, 2], {"remise": object()}, {"liste": "x"}, {"liste": [1, None]},
                                  {"enfants": True, "liste": [{"prenom": ["x"]}]}, {1: 2}])
def test_junk_never_raises(junk: object) -> None:
    validate(SCHEMA, junk)  # type: ignore[arg-type]
    assert isinstance(clean(SCHEMA, junk), dict)  # type: ignore[arg-type]
