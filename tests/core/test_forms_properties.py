"""Property tests of the form engine: any input is validated without a crash, clean values survive JSON
and a second clean unchanged, and a clean value never gets new problems from its own normalisation."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.forms import Condition, Field, FieldType, FormSchema, clean, validate

T = FieldType
TODAY = date(2026, 11, 28)

CHILDREN = (
    Field("prenom", T.TEXT, "Prénom", required=True, max_length=20),
    Field("age", T.INTEGER, "Âge", min=0, max=120),
    Field("montant", T.DECIMAL, "Montant", min=-10, max=1000),
    Field("scolarise", T.YES_NO, "Scolarisé"),
    Field("ecole", T.TEXT, "École", condition=Condition("scolarise", equals=True)),
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
