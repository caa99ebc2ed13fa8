"""Display condition trees: every operator on the canonical value of its field type, junk values never
matching, départements and regions derived from communes and addresses, and the tree's all/any logic."""

from __future__ import annotations

import pytest

from frontdesk.forms import AllOf, AnyOf, Check, Condition, Field, FieldType, FormSchema, Op, clean, validate
from frontdesk.forms.conditions import HIDDEN, check_met, shown_flags
from frontdesk.forms.geography import REGION_OF_DEPARTEMENT, departement_of_insee, departement_of_postal_code

T = FieldType
INTEGER = Field("n", T.INTEGER, "N")
DECIMAL = Field("d", T.DECIMAL, "D")
DAY = Field("jour", T.DATE, "Jour")
MOMENT = Field("moment", T.DATETIME, "Moment")
YES_NO = Field("yn", T.YES_NO, "Oui/non")
CHECKBOX = Field("case", T.CHECKBOX, "Case")
TEXT = Field("t", T.TEXT, "Texte")
CHOICE = Field("c", T.CHOICE, "Choix", options=("A", "B"), allow_other=True)
CODED = Field("dep", T.CHOICE, "Département", options=("95 – Val-d'Oise", "2A – Corse-du-Sud"))
MULTIPLE = Field("m", T.MULTIPLE_CHOICE, "Plusieurs", options=("X", "Y", "Z"))
COMMUNE = Field("commune", T.COMMUNE, "Commune")
ADDRESS = Field("adresse", T.ADDRESS, "Adresse")
PONTOISE = {"name": "Pontoise", "postal_code": "95000", "insee": "95500"}
AJACCIO = {"name": "Ajaccio", "postal_code": "20000", "insee": "2A004"}


def met(source: Field, op: Op, constant: object, value: object) -> bool:
    return check_met(Check(source.id, op, constant), source, value)


@pytest.mark.parametrize(("source", "op", "constant", "value", "expected"), [
    # = and != (a missing answer matches neither)
    (INTEGER, Op.EQUALS, 18, 18, True), (INTEGER, Op.EQUALS, "18", 18, True), (INTEGER, Op.EQUALS, 18, 17, False),
    (DECIMAL, Op.EQUALS, 12.5, "12.50", True), (DECIMAL, Op.EQUALS, True, "1", False),
    (YES_NO, Op.EQUALS, True, True, True), (YES_NO, Op.EQUALS, 1, True, False), (YES_NO, Op.EQUALS, False, None, False),
    (TEXT, Op.EQUALS, "oui", "oui", True), (TEXT, Op.EQUALS, "oui", "non", False),
    (CHOICE, Op.EQUALS, "autre", "autre: voisin", True), (CHOICE, Op.EQUALS, "A", "A", True),
    (CODED, Op.EQUALS, "95", "95 – Val-d'Oise", True), (CODED, Op.EQUALS, "2A", "95 – Val-d'Oise", False),
    (DAY, Op.EQUALS, "2026-03-02", "2026-03-02", True),
    (INTEGER, Op.NOT_EQUALS, 18, 17, True), (INTEGER, Op.NOT_EQUALS, 18, 18, False),
    (INTEGER, Op.NOT_EQUALS, 18, None, False), (CHOICE, Op.NOT_EQUALS, "A", "B", True),
    (CHOICE, Op.NOT_EQUALS, "A", "", False), (MULTIPLE, Op.NOT_EQUALS, "X", ["Y"], True),
    # number and date comparisons
    (INTEGER, Op.AT_LEAST, 18, 18, True), (INTEGER, Op.AT_LEAST, 18, 17, False), (INTEGER, Op.GREATER, 18, 18, False),
    (INTEGER, Op.LESS, 18, 17, True), (INTEGER, Op.AT_MOST, 18.5, 18, True),
    (DECIMAL, Op.GREATER, 1000, "1000.01", True),
    (DECIMAL, Op.LESS, "12,5", "12.40", True), (INTEGER, Op.AT_LEAST, 18, None, False),
    (DAY, Op.LESS, "2026-01-01", "2025-12-31", True), (DAY, Op.AT_LEAST, "2026-01-01", "2025-12-31", False),
    (MOMENT, Op.AT_MOST, "2026-03-02", "2026-03-02T18:00", True),
    (MOMENT, Op.GREATER, "2026-03-02T09:00", "2026-03-02T09:30", True),
    (TEXT, Op.AT_LEAST, 18, "20", False), (CHOICE, Op.LESS, 18, "A", False),
    # empty and filled
    (INTEGER, Op.EMPTY, None, None, True), (INTEGER, Op.EMPTY, None, 0, False), (CHECKBOX, Op.EMPTY, None, False, True),
    (MULTIPLE, Op.EMPTY, None, [], True), (COMMUNE, Op.EMPTY, None, {"name": "", "postal_code": "", "insee": ""}, True),
    (INTEGER, Op.FILLED, None, 0, True), (TEXT, Op.FILLED, None, "", False),
    # includes and excludes
    (MULTIPLE, Op.INCLUDES, "Y", ["X", "Y"], True), (MULTIPLE, Op.INCLUDES, "Z", ["X", "Y"], False),
    (MULTIPLE, Op.EXCLUDES, "Z", ["X", "Y"], True), (MULTIPLE, Op.EXCLUDES, "Y", ["X", "Y"], False),
    (MULTIPLE, Op.EXCLUDES, "Z", [], False), (CHOICE, Op.INCLUDES, "A", "A", True),
    (TEXT, Op.INCLUDES, "a", "abc", False),
    (CODED, Op.EXCLUDES, "95", "2A – Corse-du-Sud", True),
    # départements and regions
    (COMMUNE, Op.IN_DEPARTEMENT, "95", PONTOISE, True), (COMMUNE, Op.IN_DEPARTEMENT, "2A", AJACCIO, True),
    (COMMUNE, Op.IN_DEPARTEMENT, "2B", AJACCIO, False), (COMMUNE, Op.NOT_IN_DEPARTEMENT, "75", PONTOISE, True),
    (COMMUNE, Op.NOT_IN_DEPARTEMENT, "95", PONTOISE, False),
    (COMMUNE, Op.IN_DEPARTEMENT, "95", {"name": "Pontoise", "postal_code": "95000", "insee": ""}, True),
    (ADDRESS, Op.IN_DEPARTEMENT, "974", {"street": "1 rue", "postal_code": "97400", "commune": "Saint-Denis"}, True),
    (ADDRESS, Op.IN_REGION, "11", {"street": "1 rue", "postal_code": "95000", "commune": "Pontoise"}, True),
    (COMMUNE, Op.IN_REGION, "94", AJACCIO, True), (COMMUNE, Op.NOT_IN_REGION, "11", AJACCIO, True),
    (COMMUNE, Op.NOT_IN_REGION, "94", AJACCIO, False), (CODED, Op.IN_REGION, "11", "95 – Val-d'Oise", True),
    (CODED, Op.IN_DEPARTEMENT, "2A", "2A – Corse-du-Sud", True), (COMMUNE, Op.IN_DEPARTEMENT, 95, PONTOISE, True),
    (COMMUNE, Op.NOT_IN_DEPARTEMENT, "99", PONTOISE, False),  # no such département: no answer either way
    (COMMUNE, Op.NOT_IN_REGION, "11", {"name": "Monaco", "postal_code": "98000", "insee": ""}, False),
    (TEXT, Op.IN_DEPARTEMENT, "95", "95000", False),
])
def test_each_operator_on_canonical_values(source, op, constant, value, expected) -> None:
    assert met(source, op, constant, value) is expected


JUNK = [None, "", "  ", "abc", "NaN", "1e99999", "Infinity", -1, 10 ** 30, 1.5, float("nan"), float("inf"), True,
        [], ["X", 3, None], {}, {"insee": 95500}, {"postal_code": ["95"]}, "2026-02-30", "2026-03-02T25:00",
        "0000-01-01", object()]
# Not an answer of any field type: never matches, whatever the operator and constant ("empty" aside: it holds).
NO_ANSWER = [None, "", "  ", [], {}, [3, None], float("nan"), float("inf"), object(), HIDDEN, {"insee": 95500},
             {"postal_code": ["95"]}]
ALL_SOURCES = [INTEGER, DECIMAL, DAY, MOMENT, YES_NO, CHECKBOX, TEXT, CHOICE, CODED, MULTIPLE, COMMUNE, ADDRESS]
CONSTANTS = [*JUNK, 18, "18", "2026-03-02", "95", "11", "X", "A", "oui"]


@pytest.mark.parametrize("op", list(Op))
def test_junk_never_matches_and_never_raises(op: Op) -> None:
    for source in ALL_SOURCES:
        for constant in CONSTANTS:
            for value in NO_ANSWER:
                assert met(source, op, constant, value) is (op is Op.EMPTY), (source.id, op, constant, value)
            for value in JUNK:
                assert isinstance(met(source, op, constant, value), bool)


def test_a_value_of_the_wrong_shape_is_no_answer() -> None:
    assert not met(INTEGER, Op.EQUALS, 18, "18") and not met(INTEGER, Op.NOT_EQUALS, 17, "18")
    assert not met(DECIMAL, Op.AT_LEAST, 1, "NaN") and not met(DAY, Op.LESS, "2026-01-01", "2025-02-30")
    assert not met(YES_NO, Op.NOT_EQUALS, True, "non") and not met(TEXT, Op.NOT_EQUALS, "a", 3)


@pytest.mark.parametrize("op", [Op.NOT_EQUALS, Op.EXCLUDES, Op.NOT_IN_DEPARTEMENT, Op.NOT_IN_REGION])
def test_negative_operators_never_match_a_missing_or_hidden_answer(op: Op) -> None:
    for source in ALL_SOURCES:
        for value in (None, "", [], {}, HIDDEN):
            assert met(source, op, "95", value) is False, source.id


def test_a_hidden_field_counts_as_empty() -> None:
    assert met(INTEGER, Op.EMPTY, None, HIDDEN) and not met(INTEGER, Op.FILLED, None, HIDDEN)


@pytest.mark.parametrize(("insee", "postal_code", "departement"), [
    ("95500", "95000", "95"), ("2A004", "20000", "2A"), ("2B033", "20200", "2B"), ("97411", "97400", "974"),
    ("97611", "97600", "976"), ("01053", "01000", "01"),
])
def test_departements_from_insee_and_postal_codes(insee: str, postal_code: str, departement: str) -> None:
    assert departement_of_insee(insee) == departement_of_postal_code(postal_code) == departement
    assert REGION_OF_DEPARTEMENT[departement]


def test_every_departement_has_one_region() -> None:
    assert len(REGION_OF_DEPARTEMENT) == 101
    assert len(set(REGION_OF_DEPARTEMENT.values())) == 18


SCHEMA = FormSchema((
    Field("demande", T.CHOICE, "Demande", options=("Aide", "Information")),
    Field("age", T.INTEGER, "Âge"),
    Field("commune", T.COMMUNE, "Commune"),
    Field("majeur", T.TEXT, "Si majeur", required=True,
          condition=AllOf((Check("demande", Op.EQUALS, "Aide"), Check("age", Op.AT_LEAST, 18)))),
    Field("hors_95", T.TEXT, "Hors Val-d'Oise", required=True,
          condition=AnyOf((Check("commune", Op.NOT_IN_DEPARTEMENT, "95"), Check("age", Op.LESS, 16)))),
    Field("sans_age", T.TEXT, "Sans âge", condition=Check("age", Op.EMPTY)),
    Field("suite", T.TEXT, "Suite", condition=AllOf((Condition("majeur"), Check("sans_age", Op.EMPTY)))),
    Field("toujours", T.TEXT, "Toujours", condition=AllOf(())),
    Field("jamais", T.TEXT, "Jamais", condition=AnyOf(())),
    Field("avant", T.TEXT, "Avant", condition=Check("apres", Op.EMPTY)),  # a later field: never shown
    Field("apres", T.TEXT, "Après"),
))


def shown(values: dict) -> list[str]:
    return [f.id for f in SCHEMA.visible(values)]


def test_all_and_any_follow_the_values() -> None:
    assert shown({}) == ["demande", "age", "commune", "sans_age", "toujours", "apres"]
    adult = {"demande": "Aide", "age": "18", "commune": {"name": "Pontoise", "postal_code": "95000", "insee": "95500"}}
    assert "majeur" in shown(adult) and "hors_95" not in shown(adult)
    assert "majeur" not in shown(adult | {"age": "17"}) and "majeur" not in shown(adult | {"demande": "Information"})
    assert "hors_95" in shown(adult | {"age": "15"})
    assert "hors_95" in shown(adult | {"commune": {"name": "Paris", "postal_code": "75001", "insee": ""}})
    assert "suite" in shown(adult | {"majeur": "oui"})  # "sans_age" is hidden, so it counts as empty


def test_hidden_fields_are_neither_required_nor_kept() -> None:
    values = {"demande": "Aide", "age": "12", "majeur": "gardé ?"}
    assert [p.path for p in validate(SCHEMA, values)] == ["hors_95"]
    assert "majeur" not in clean(SCHEMA, values)
    assert [p.path for p in validate(SCHEMA, {"demande": "Aide", "age": "30"})] == ["majeur"]


def test_sources_name_every_field_a_condition_reads() -> None:
    tree = AllOf((Check("a", Op.EQUALS, 1), AnyOf((Condition("b"), Check("a", Op.EMPTY), Check("c", Op.FILLED)))))
    assert tree.sources() == ("a", "b", "c")


def test_each_source_is_read_once_and_only_when_asked() -> None:
    reads: list[str] = []

    def value_of(field_id: str) -> object:
        reads.append(field_id)
        return {"demande": "Aide", "age": "20"}.get(field_id)

    flags = shown_flags(SCHEMA.fields, value_of)
    assert flags["majeur"] and not flags["jamais"]
    assert sorted(reads) == ["age", "commune", "demande", "majeur"]  # "sans_age" is hidden: not read
