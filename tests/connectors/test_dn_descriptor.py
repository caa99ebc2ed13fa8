"""Champ descriptors -> form fields -> prefill payload, checked against the simulated platform's rules."""

from __future__ import annotations

import logging

import pytest

from frontdesk.catalogue import Source
from frontdesk.connectors.demarche_numerique.champ_types import CHAMP_TYPES
from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.demo_demarches import demo_descriptors, school_registration, social_help
from frontdesk.connectors.demarche_numerique.descriptor import (
    diff_forms,
    prefill_problems,
    procedure_from_descriptor,
    serialise_prefill,
)
from frontdesk.connectors.demarche_numerique.ids import global_id, prefill_key
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.connectors.demarche_numerique.simulator_values import PREFILLABLE
from frontdesk.forms import AllOf, AnyOf, Check, FieldType, Op

DEPARTEMENTS = [{"code": "95", "name": "Val-d'Oise"}]
# Prefillable on the platform, yet left to the web form on purpose (see champ_types' docstring).
LEFT_ONLINE = {"ReferentielChampDescriptor", "EpciChampDescriptor"}


def _one_of_each() -> dict:
    champs = []
    for index, typename in enumerate(sorted(CHAMP_TYPES), start=1):
        champ = {"__typename": typename, "id": global_id("Champ", index), "label": typename, "description": None,
                 "required": True}
        if typename in ("DropDownListChampDescriptor", "MultipleDropDownListChampDescriptor",
                        "LinkedDropDownListChampDescriptor"):
            champ["options"] = ["Un", "Deux"]
        if typename in ("PaysChampDescriptor", "RegionChampDescriptor", "DepartementChampDescriptor"):
            champ["codedOptions"] = DEPARTEMENTS
        if typename == "RepetitionChampDescriptor":
            champ["champDescriptors"] = [{"__typename": "TextChampDescriptor", "id": global_id("Champ", 900),
                                          "label": "Ligne", "required": True}]
        champs.append(champ)
    return {"number": 4242, "title": "Toutes sortes de champs", "revision": {"id": "UmV2LTE=",
                                                                              "champDescriptors": champs}}


def test_every_champ_type_becomes_a_field() -> None:
    procedure = procedure_from_descriptor(_one_of_each())
    by_type = {f.remote_type: f for f in procedure.form.fields}
    assert set(by_type) == set(CHAMP_TYPES)
    for typename, field in by_type.items():
        prefillable = typename in PREFILLABLE and typename not in LEFT_ONLINE
        if typename in ("HeaderSectionChampDescriptor", "ExplicationChampDescriptor"):
            assert field.type in (FieldType.HEADER, FieldType.EXPLANATION) and not field.required
        elif prefillable:
            assert field.type is not FieldType.ONLINE_ONLY, typename
            assert field.required
        else:
            assert field.type is FieldType.ONLINE_ONLY, typename
            assert not field.required  # the desk cannot fill it, so it cannot block the agent
    assert by_type["RepetitionChampDescriptor"].children[0].type is FieldType.TEXT
    assert by_type["DepartementChampDescriptor"].options == ("95 – Val-d'Oise",)
    assert [d.label for d in procedure.documents] == ["PieceJustificativeChampDescriptor",
                                                      "TitreIdentiteChampDescriptor"]


def test_coded_and_advanced_lists_without_options_are_left_online() -> None:
    descriptor = _one_of_each()
    for champ in descriptor["revision"]["champDescriptors"]:
        champ.pop("codedOptions", None)
        if champ["__typename"] == "DropDownListChampDescriptor":
            champ["options"] = []
    by_type = {f.remote_type: f for f in procedure_from_descriptor(descriptor).form.fields}
    for typename in ("PaysChampDescriptor", "RegionChampDescriptor", "DepartementChampDescriptor",
                     "DropDownListChampDescriptor"):
        assert by_type[typename].type is FieldType.ONLINE_ONLY


def test_unknown_future_type_is_shown_online_only(caplog: pytest.LogCaptureFixture) -> None:
    descriptor = {"number": 1, "title": "x", "revision": {"id": "r", "champDescriptors": [
        {"__typename": "HologrammeChampDescriptor", "id": global_id("Champ", 5), "label": "Hologramme",
         "required": True}]}}
    [field] = procedure_from_descriptor(descriptor).form.fields
    assert field.type is FieldType.ONLINE_ONLY and "HologrammeChampDescriptor" in caplog.text


def test_procedure_carries_the_demarche_identity() -> None:
    procedure = procedure_from_descriptor(social_help())
    assert (procedure.id, procedure.source, procedure.category) == ("dn-90002", Source.DEMARCHE_NUMERIQUE, "social")
    assert procedure.revision == social_help()["revision"]["id"]
    assert procedure.service.name == "Services à la population"


def test_serialised_values_use_the_platform_formats() -> None:
    descriptor = social_help()
    procedure = procedure_from_descriptor(descriptor)
    f = {x.label: x for x in procedure.form.fields}
    values = {
        f["Nombre de personnes au foyer"].id: "3",
        f["Ressources mensuelles du foyer (en euros)"].id: "1234,50",
        f["Date d'arrivée dans la commune"].id: "02/03/2024",
        f["Nationalité"].id: "PT – Portugal",
        f["Département de la précédente résidence"].id: "93 – Seine-Saint-Denis",
        f["Commune de résidence"].id: {"name": "Admiville", "postal_code": "95000", "insee": "95127"},
        f["Nature de l'aide demandée"].id: "autre: Aide aux obsèques",
        f["Motif de la demande"].id: "Perte d'emploi",
        f["Rendez-vous souhaité avec le CCAS"].id: "2026-12-01T09:30",
        f["Montant du loyer (ancien champ)"].id: "500",   # online only: never sent
    }
    payload = serialise_prefill(procedure, values, identity={"prenom": "Éloïse", "nom": "Lefèvre", "genre": "Mme"})
    key = {label: prefill_key(field.remote_id) for label, field in f.items()}
    assert payload == {
        key["Nombre de personnes au foyer"]: 3,
        key["Ressources mensuelles du foyer (en euros)"]: 1234.5,
        key["Date d'arrivée dans la commune"]: "2024-03-02",
        key["Nationalité"]: "PT",
        key["Département de la précédente résidence"]: "93",
        key["Commune de résidence"]: ["95000", "95127"],
        key["Nature de l'aide demandée"]: "Aide aux obsèques",
        key["Motif de la demande"]: "Perte d'emploi",
        key["Rendez-vous souhaité avec le CCAS"]: "2026-12-01T09:30",
        "identite_prenom": "Éloïse", "identite_nom": "Lefèvre", "identite_genre": "Mme",
    }


def _filled(procedure) -> dict:
    """An answer for every field the desk can fill."""
    answers = {
        FieldType.TEXT: "Texte", FieldType.LONG_TEXT: "Un long texte", FieldType.EMAIL: "a@example.org",
        FieldType.PHONE: "06 12 34 56 78", FieldType.INTEGER: "2", FieldType.DECIMAL: "12,5",
        FieldType.DATE: "2026-01-15", FieldType.DATETIME: "2026-01-15T10:00", FieldType.YES_NO: False,
        FieldType.CHECKBOX: True, FieldType.CIVILITY: "M.",
        FieldType.ADDRESS: {"street": "12 rue de la Mairie", "postal_code": "95000", "commune": "Admiville"},
        FieldType.COMMUNE: {"name": "Admiville", "postal_code": "95000", "insee": "95127"},
    }

    def answer(field):
        if field.remote_type == "SiretChampDescriptor":
            return "123 456 789 00012"
        if field.type is FieldType.CHOICE:
            return field.options[-1]
        if field.type is FieldType.MULTIPLE_CHOICE:
            return list(field.options[:2])
        if field.type is FieldType.GROUP:
            return [{c.id: answer(c) for c in field.children}, {c.id: answer(c) for c in field.children}]
        return answers.get(field.type)

    return {f.id: answer(f) for f in procedure.form.fields if answer(f) is not None}


@pytest.mark.parametrize("descriptor", demo_descriptors(), ids=lambda d: str(d["number"]))
def test_every_value_entered_reaches_the_platform_intact(simulator: Simulator, client: DemarcheNumeriqueClient,
                                                         descriptor: dict) -> None:
    procedure = procedure_from_descriptor(descriptor)
    values = _filled(procedure)
    assert prefill_problems(procedure, values) == []
    payload = serialise_prefill(procedure, values)
    fillable = [f for f in procedure.form.fields if f.type not in (FieldType.HEADER, FieldType.EXPLANATION,
                                                                    FieldType.ONLINE_ONLY)]
    assert len(payload) == len(fillable)
    client.prefill(descriptor["number"], payload)
    [dossier] = simulator.dossiers()
    assert dossier["dropped"] == []
    assert len(dossier["values"]) == len(payload)


def test_descriptor_fetched_without_token_maps_like_the_file(client: DemarcheNumeriqueClient) -> None:
    fetched = procedure_from_descriptor(client.descriptor(90001))
    assert fetched.form == procedure_from_descriptor(demo_descriptors()[0]).form


def test_platform_specific_problems() -> None:
    procedure = procedure_from_descriptor(demo_descriptors()[2])
    siret = next(f for f in procedure.form.fields if f.remote_type == "SiretChampDescriptor")
    values = _filled(procedure) | {siret.id: "1234"}
    assert [(p.path, p.code) for p in prefill_problems(procedure, values)] == [(siret.id, "dn.siret")]
    assert prefill_key(siret.remote_id) not in serialise_prefill(procedure, values)


def _with_condition(label: str, condition: object) -> dict:
    """The CCAS démarche with ``condition`` on the champ ``label``."""
    descriptor = social_help()
    champs = descriptor["revision"]["champDescriptors"]
    next(c for c in champs if c["label"] == label)["condition"] = condition
    return descriptor


def _platform_id(label: str) -> str:
    return next(c["id"] for c in social_help()["revision"]["champDescriptors"] if c["label"] == label)


def _ref(label: str) -> list[str]:
    return ["champ", _platform_id(label)]


NATURE, HOUSEHOLD, COMMUNE, MOTIF = ("Nature de l'aide demandée", "Nombre de personnes au foyer",
                                     "Commune de résidence", "Motif de la demande")


def test_display_conditions_of_the_newer_schema() -> None:
    descriptor = _with_condition(MOTIF, ["or", ["=", _ref(NATURE), "Aide alimentaire"],
                                         ["=", _ref(NATURE), "Aide à l'énergie"]])
    procedure = procedure_from_descriptor(descriptor)
    f = {x.label: x for x in procedure.form.fields}
    nature = f[NATURE].id
    assert f[MOTIF].condition == AnyOf((Check(nature, Op.EQUALS, "Aide alimentaire"),
                                        Check(nature, Op.EQUALS, "Aide à l'énergie")))
    assert f[MOTIF].required
    hidden = {nature: "Aide au transport", f[MOTIF].id: "x"}
    assert prefill_key(_platform_id(MOTIF)) not in serialise_prefill(procedure, hidden)


@pytest.mark.parametrize(("condition", "expected"), [
    (["!=", ["champ", "NATURE"], "Aide alimentaire"], Check("NATURE", Op.NOT_EQUALS, "Aide alimentaire")),
    (["<", ["champ", "HOUSEHOLD"], 3], Check("HOUSEHOLD", Op.LESS, 3)),
    (["<=", ["champ", "HOUSEHOLD"], 3], Check("HOUSEHOLD", Op.AT_MOST, 3)),
    ([">", ["champ", "HOUSEHOLD"], 3.5], Check("HOUSEHOLD", Op.GREATER, 3.5)),
    ([">=", 18, ["champ", "HOUSEHOLD"]], Check("HOUSEHOLD", Op.AT_MOST, 18)),  # a constant first: flipped
    (["empty?", ["champ", "NATURE"]], Check("NATURE", Op.EMPTY)),
    (["empty?", ["champ", "NATURE"], None], Check("NATURE", Op.EMPTY)),
    (["=", ["champ", "NATURE"], None], Check("NATURE", Op.EMPTY)),
    (["!=", ["champ", "NATURE"], None], Check("NATURE", Op.FILLED)),
    (["includes", ["champ", "NATURE"], "Aide alimentaire"], Check("NATURE", Op.INCLUDES, "Aide alimentaire")),
    (["excludes", ["champ", "NATURE"], "Aide alimentaire"], Check("NATURE", Op.EXCLUDES, "Aide alimentaire")),
    (["in-departement", ["champ", "COMMUNE"], "95"], Check("COMMUNE", Op.IN_DEPARTEMENT, "95")),
    (["not-in-departement", ["champ", "COMMUNE"], "2A"], Check("COMMUNE", Op.NOT_IN_DEPARTEMENT, "2A")),
    (["in-region", ["champ", "COMMUNE"], "11"], Check("COMMUNE", Op.IN_REGION, "11")),
    (["not-in-region", ["champ", "COMMUNE"], "84"], Check("COMMUNE", Op.NOT_IN_REGION, "84")),
    (["and", ["=", ["champ", "NATURE"], "oui"], [">=", ["champ", "HOUSEHOLD"], 18]],
     AllOf((Check("NATURE", Op.EQUALS, "oui"), Check("HOUSEHOLD", Op.AT_LEAST, 18)))),
    (["or", ["and", ["empty?", ["champ", "NATURE"]]], ["in-region", ["champ", "COMMUNE"], "11"]],
     AnyOf((AllOf((Check("NATURE", Op.EMPTY),)), Check("COMMUNE", Op.IN_REGION, "11")))),
    (["empty?", None, None], None),  # the platform's placeholder, true: always shown
    (["=", ["champ", "NATURE"], "__other__"], Check("NATURE", Op.EQUALS, "autre")),
    (["and", ["and", ["and", ["=", ["champ", "NATURE"], "Aide alimentaire"]]]],
     AllOf((AllOf((AllOf((Check("NATURE", Op.EQUALS, "Aide alimentaire"),)),)),))),
])
def test_every_operator_maps_to_the_form_engine(condition: list, expected: object) -> None:
    ids = {"NATURE": NATURE, "HOUSEHOLD": HOUSEHOLD, "COMMUNE": COMMUNE}
    descriptor = _with_condition(MOTIF, _named(condition, {k: _platform_id(v) for k, v in ids.items()}))
    f = {x.label: x for x in procedure_from_descriptor(descriptor).form.fields}
    assert f[MOTIF].condition == _named(expected, {k: f[v].id for k, v in ids.items()})
    assert f[MOTIF].required


def _named(tree: object, names: dict[str, str]) -> object:
    """``tree`` with the placeholders "NATURE"... replaced by ids (platform ids in JSON, field ids in checks)."""
    if isinstance(tree, list):
        if tree[:1] == ["champ"]:
            return ["champ", names.get(tree[1], tree[1])]
        return [_named(term, names) for term in tree]
    if isinstance(tree, Check):
        return Check(names[tree.field], tree.op, tree.value)
    if isinstance(tree, AllOf | AnyOf):
        return type(tree)(tuple(_named(term, names) for term in tree.terms))
    return tree


def _deep(levels: int) -> list:
    tree: list = ["=", ["champ", "NATURE"], "Aide alimentaire"]
    for _ in range(levels):
        tree = ["and", tree]
    return tree


@pytest.mark.parametrize("condition", [
    ["xor", ["=", ["champ", "NATURE"], "Aide alimentaire"]],           # unknown operator
    ["=", ["column", "NATURE", "code"], "95"],                          # a column of a champ
    ["=", ["champ", "NATURE"]],                                         # one operand
    ["=", ["champ", "NATURE"], "a", "b"],                               # three
    ["and"],                                                            # no operand
    "= champ 1",                                                        # not JSON prefix notation
    {"op": "="},
    [["=", ["champ", "NATURE"], "a"]],
    ["=", ["champ", "Q2hhbXAtOTk5OQ=="], "a"],                          # an unknown champ
    ["=", ["champ", "LATER"], "a"],                                     # a champ placed after
    ["=", ["champ", "ONLINE"], "a"],                                    # a champ the desk cannot fill
    ["=", "a", "b"],                                                    # no champ
    ["=", ["champ", "NATURE"], ["champ", "HOUSEHOLD"]],                 # two champs
    ["includes", "Aide alimentaire", ["champ", "NATURE"]],              # a constant first, not an ordering
    [">=", ["champ", "HOUSEHOLD"], True],
    [">=", ["champ", "HOUSEHOLD"], {"n": 1}],
    ["in-departement", ["champ", "COMMUNE"], "999"],
    ["in-region", ["champ", "COMMUNE"], "Bretagne"],
    ["and", ["=", ["champ", "NATURE"], "Aide alimentaire"], ["like", ["champ", "NATURE"], "Aide%"]],
    ["empty?", ["champ", "NATURE"], ["champ", "HOUSEHOLD"]],
    _deep(17),                                                          # deeper than any real form
])
def test_a_condition_not_understood_shows_the_field_without_requiring_it(condition: object, caplog) -> None:
    labels = {"NATURE": NATURE, "HOUSEHOLD": HOUSEHOLD, "COMMUNE": COMMUNE,
              "LATER": "Rendez-vous souhaité avec le CCAS", "ONLINE": "Intercommunalité"}
    ids = {key: _platform_id(label) for key, label in labels.items()}
    descriptor = _with_condition(MOTIF, _named(condition, ids) if isinstance(condition, list) else condition)
    caplog.set_level(logging.INFO, logger="frontdesk.connectors.demarche_numerique.descriptor")
    procedure = procedure_from_descriptor(descriptor)
    motif = next(f for f in procedure.form.fields if f.label == MOTIF)
    assert motif.condition is None and not motif.required
    assert procedure.form.visible({}).count(motif) == 1
    [record] = [r for r in caplog.records if "condition" in r.getMessage()]
    assert record.levelno == logging.INFO and _platform_id(MOTIF) in record.getMessage()
    assert "Aide" not in record.getMessage() and "95" not in record.getMessage()


def test_a_repeated_block_child_looks_at_its_own_block_only(caplog) -> None:
    descriptor = school_registration()
    champs = descriptor["revision"]["champDescriptors"]
    block = next(c for c in champs if c["__typename"] == "RepetitionChampDescriptor")
    first_name, birth, level = block["champDescriptors"]
    level["condition"] = ["!=", ["champ", first_name["id"]], "Léa"]
    birth["condition"] = ["=", ["champ", champs[1]["id"]], "Mme"]  # the civility outside the block
    caplog.set_level(logging.INFO)
    procedure = procedure_from_descriptor(descriptor)
    group = next(f for f in procedure.form.fields if f.type is FieldType.GROUP)
    by_label = {c.label: c for c in group.children}
    assert by_label[level["label"]].condition == Check(by_label[first_name["label"]].id, Op.NOT_EQUALS, "Léa")
    assert by_label[level["label"]].required
    assert by_label[birth["label"]].condition is None and not by_label[birth["label"]].required
    assert birth["id"] in caplog.text


def test_the_demo_shows_a_richer_condition(simulator: Simulator, client: DemarcheNumeriqueClient) -> None:
    procedure = procedure_from_descriptor(client.descriptor(90002))
    f = {x.label: x for x in procedure.form.fields}
    iban = f["IBAN pour le versement"]
    assert iban.condition == AllOf((Check(f[NATURE].id, Op.NOT_EQUALS, "Aide alimentaire"),
                                    Check(f[HOUSEHOLD].id, Op.AT_LEAST, 2)))
    shown = {x.id for x in procedure.form.visible({f[NATURE].id: "Aide à l'énergie", f[HOUSEHOLD].id: "2"})}
    assert iban.id in shown
    for values in ({f[NATURE].id: "Aide alimentaire", f[HOUSEHOLD].id: "4"},
                   {f[NATURE].id: "Aide à l'énergie", f[HOUSEHOLD].id: "1"}, {}):
        assert iban.id not in {x.id for x in procedure.form.visible(values)}


def test_revision_diff_lists_added_removed_and_changed_fields() -> None:
    old = social_help()
    new = social_help()
    champs = new["revision"]["champDescriptors"]
    champs[1]["label"] = "Nombre de personnes vivant au foyer"
    champs[11]["options"] = [*champs[11]["options"], "Aide aux obsèques"]
    champs[2]["required"] = not champs[2]["required"]
    removed = champs.pop(3)
    champs.append({"__typename": "EmailChampDescriptor", "id": global_id("Champ", 2999), "label": "Courriel",
                   "required": False})
    changes = diff_forms(procedure_from_descriptor(old).form, procedure_from_descriptor(new).form)
    summary = {(c.kind, c.label, c.what) for c in changes}
    assert summary == {
        ("removed", removed["label"], ()),
        ("added", "Courriel", ()),
        ("changed", "Nombre de personnes vivant au foyer", ("label",)),
        ("changed", "Nature de l'aide demandée", ("options",)),
        ("changed", champs[2]["label"], ("now_required" if champs[2]["required"] else "now_optional",)),
    }
