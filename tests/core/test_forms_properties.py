"""Property tests of the form engine: any input is validated without a crash, clean values survive JSON
and a second clean unchanged, and a clean value never gets new problems from its own normalisation;
random display condition trees never raise, show the same fields for raw and clean values, and hidden
fields are never required."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.forms import AllOf, AnyOf, Check, Condition, Field, FieldType, FormSchema, Op, clean, validate
from frontdesk.forms.conditions import check_met, comparable, visible_fields

T = FieldType
TODAY = date(2026, 11, 28)

CHILDREN = (
    Field("prenom", T.TEXT, "Prénom", required=True, max_length=20),
    Field("age", T.INTEGER, "Âge", min=0, max=120),
    Field("montant", T.DECIMAL, "Montant", min=-10, max=1000),
    Field("scolarise", T.YES_NO, "Scolarisé"),
    Field("ecole", T.TEXT, "École", condition=Condition("scolarise", equals=True)),
    Field("aide", T.TEXT, "Aide", required=True, condition=AllOf((
        Check("age", Op.LESS, 18), AnyOf((Check("scolarise", Op.EMPTY), Check("montant", Op.AT_LEAST, 100)))))),
)
SCHEMA = FormSchema((
    Field("titre", T.HEADER, "Titre"),
    Field("texte", T.TEXT, "Texte", required=True, max_length=30),
    Field("long", T.LONG_TEXT, "Long"),
    Field("entier", T.INTEGER, "Entier", min=-5, max=5000),
    Field("decimal", T.DECIMAL, "Décimal"),
    Field("jour", T.DATE, "Jour", min=-36500, max=0),
    Field("moment", T.DATETIME, "Moment"),
    Field("oui_non", T.YES_NO, "Oui ou non", required=True),
    Field("case", T.CHECKBOX, "Case"),
    Field("civilite", T.CIVILITY, "Civilité"),
    Field("courriel", T.EMAIL, "Courriel"),
    Field("tel", T.PHONE, "Téléphone"),
    Field("adresse", T.ADDRESS, "Adresse", condition=Condition("oui_non", equals=True)),
    Field("commune", T.COMMUNE, "Commune"),
    Field("choix", T.CHOICE, "Choix", options=("A", "B"), allow_other=True, required=True),
    Field("si_autre", T.TEXT, "Précision", condition=Condition("choix", equals="autre")),
    Field("plusieurs", T.MULTIPLE_CHOICE, "Plusieurs", options=("X", "Y", "Z")),
    Field("si_y", T.TEXT, "Si Y", condition=Condition("plusieurs", in_=("Y",))),
    Field("personnes", T.GROUP, "Personnes", children=CHILDREN, min_items=1, max_items=3),
    Field("piece", T.DOCUMENT, "Pièce", required=True),
    Field("en_ligne", T.ONLINE_ONLY, "Signature"),
))

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40)
junk = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)
plausible_text = st.sampled_from(["", " ", "A", "B", "autre", "autre: voisin", "Mme", "M.", "oui", "non",
                                  "06 12 34 56 78", "+33612345678", "a@b.fr", "12,5", "-3", "12/03/1950", "1950-03-12",
                                  "2026-11-28T09:30", "X", "Y", "95000", "2A004"]) | st.text(max_size=30)
field_values = plausible_text | json_scalars | st.lists(plausible_text, max_size=4) | st.fixed_dictionaries(
    {}, optional={"street": plausible_text, "postal_code": plausible_text, "commune": plausible_text,
                  "name": plausible_text, "insee": plausible_text, "supplied": st.booleans(),
                  "original": st.booleans()})
child_values = st.dictionaries(st.sampled_from([f.id for f in CHILDREN]), field_values, max_size=5)
form_values = st.fixed_dictionaries({}, optional={
    **{f.id: field_values for f in SCHEMA.fields if f.type is not T.GROUP},
    "personnes": st.lists(child_values, max_size=5) | junk,
})


@settings(max_examples=300, deadline=None)
@given(junk)
def test_validate_and_clean_accept_any_junk(values: object) -> None:
    problems = validate(SCHEMA, values, today=TODAY)  # type: ignore[arg-type]
    assert all(p.code.startswith("form.") for p in problems)
    assert isinstance(clean(SCHEMA, values, today=TODAY), dict)  # type: ignore[arg-type]


@settings(max_examples=400, deadline=None)
@given(form_values)
def test_clean_values_round_trip_through_json_and_clean(values: dict) -> None:
    cleaned = clean(SCHEMA, values, today=TODAY)
    assert json.loads(json.dumps(cleaned)) == cleaned
    assert clean(SCHEMA, cleaned, today=TODAY) == cleaned
    # Cleaning shows the same fields and never finds a problem where the raw values had none.
    assert SCHEMA.visible(cleaned) == SCHEMA.visible(values)
    raw_paths = {p.path for p in validate(SCHEMA, values, today=TODAY)}
    assert {p.path for p in validate(SCHEMA, cleaned, today=TODAY)} <= raw_paths


@settings(max_examples=200, deadline=None)
@given(form_values)
def test_problems_only_name_visible_fields(values: dict) -> None:
    shown = {f.id for f in SCHEMA.visible(values)}
    for problem in validate(SCHEMA, values, today=TODAY):
        assert problem.path.split("[")[0].split(".")[0] in shown


# --- random condition trees ---------------------------------------------------------------------------

SOURCE_IDS = [f.id for f in SCHEMA.fields] + ["inconnu", "cond0", "cond1", "cond2"]
constants = (st.none() | st.booleans() | st.integers(-50, 5000) | st.floats(allow_nan=True) | plausible_text
             | st.sampled_from(["95", "2A", "974", "11", "94", "2026-01-01", "2026-11-28T09:30", "X", "A", "autre"]))
leaves = (st.builds(Check, st.sampled_from(SOURCE_IDS), st.sampled_from(list(Op)), constants)
          | st.builds(Condition, st.sampled_from(SOURCE_IDS), st.none() | st.booleans() | plausible_text,
                      st.lists(plausible_text, max_size=3).map(tuple)))
trees = st.recursive(leaves, lambda inner: st.builds(AllOf, st.lists(inner, max_size=3).map(tuple))
                     | st.builds(AnyOf, st.lists(inner, max_size=3).map(tuple)), max_leaves=8)
CONDITIONED_TYPES = [T.TEXT, T.INTEGER, T.DATE, T.YES_NO, T.COMMUNE, T.MULTIPLE_CHOICE]


@st.composite
def tree_schemas(draw: st.DrawFn) -> FormSchema:
    extra = tuple(Field(f"cond{index}", kind, f"Condition {index}", required=draw(st.booleans()),
                        options=("X", "Y", "Z") if kind is T.MULTIPLE_CHOICE else (), condition=draw(trees))
                  for index, kind in enumerate(draw(st.lists(st.sampled_from(CONDITIONED_TYPES), min_size=1,
                                                             max_size=3))))
    return FormSchema(SCHEMA.fields + extra)


tree_values = st.tuples(form_values, st.fixed_dictionaries({}, optional={f"cond{i}": field_values for i in range(3)}))


@settings(max_examples=300, deadline=None)
@given(tree_schemas(), tree_values)
def test_random_condition_trees_never_raise_and_agree_on_raw_and_clean(schema: FormSchema, values: tuple) -> None:
    raw = values[0] | values[1]
    shown = visible_fields(schema.fields, raw)  # not through validate, which would swallow an exception
    cleaned = clean(schema, raw, today=TODAY)
    assert visible_fields(schema.fields, cleaned) == shown
    assert clean(schema, cleaned, today=TODAY) == cleaned
    visible = {f.id for f in shown}
    for problem in validate(schema, raw, today=TODAY):
        assert problem.path.split("[")[0].split(".")[0] in visible  # a hidden field is never required
    assert set(cleaned) <= visible


SOURCES = [f for f in SCHEMA.fields if f.holds_value and f.type is not T.GROUP]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(SOURCES), field_values, constants)
def test_operators_pair_up_on_any_answer(source: Field, raw: object, constant: object) -> None:
    value = comparable(source, raw)

    def met(op: Op) -> bool:
        return check_met(Check(source.id, op, constant), source, value)

    assert met(Op.EMPTY) is not met(Op.FILLED)
    if met(Op.EMPTY):  # nothing answered: no other operator holds
        assert not any(met(op) for op in Op if op is not Op.EMPTY)
    elif source.type is not T.MULTIPLE_CHOICE:
        assert met(Op.EQUALS) is not met(Op.NOT_EQUALS)
    if source.type in (T.CHOICE, T.MULTIPLE_CHOICE) and met(Op.FILLED) and isinstance(constant, str):
        assert met(Op.INCLUDES) is not met(Op.EXCLUDES)
    for inside, outside in ((Op.IN_DEPARTEMENT, Op.NOT_IN_DEPARTEMENT), (Op.IN_REGION, Op.NOT_IN_REGION)):
        assert not (met(inside) and met(outside))
