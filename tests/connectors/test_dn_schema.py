"""The desk against the platform's real schema (reference/demarche-numerique/schema.graphql).

Skipped only where the reference files are absent, and never when CI is set.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import graphql
import pytest

from frontdesk.connectors.demarche_numerique.champ_types import CHAMP_TYPES
from frontdesk.connectors.demarche_numerique.queries import NAMES, STORED_DESCRIPTOR_OPERATION, query

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "demarche-numerique"
if not REFERENCE.is_dir():
    REFERENCE = Path("/work/shared/reference/demarche-numerique")


def _reference(name: str) -> str:
    path = REFERENCE / name
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: the schema checks cannot be skipped in CI")
        pytest.skip(f"{path} is absent on this machine")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def schema():
    return graphql.build_schema(_reference("schema.graphql"))


def test_every_champ_descriptor_type_of_the_schema_is_handled(schema) -> None:
    implementations = {t.name for t in schema.get_implementations(schema.get_type("ChampDescriptor")).objects}
    assert len(implementations) > 30  # the real schema, not an empty file
    missing = sorted(implementations - set(CHAMP_TYPES))
    assert not missing, f"champ types with no decision in champ_types.CHAMP_TYPES: {missing}"


def test_newer_schema_types_are_handled_too() -> None:
    newer = _reference("schema-newer-additions.graphql")
    names = set(re.findall(r"\b([A-Z][A-Za-z]+ChampDescriptor)\b", newer)) - {"ChampDescriptor"}
    assert {"AAHChampDescriptor", "QuotientFamilialChampDescriptor"} <= names
    assert not sorted(names - set(CHAMP_TYPES))


def test_every_type_de_champ_has_a_descriptor_type(schema) -> None:
    """The deprecated ``TypeDeChamp`` enum lists the same types in snake case: a type that appears there
    but has no descriptor class would slip past the first test."""
    enum_values = set(schema.get_type("TypeDeChamp").values)
    handled = {re.sub(r"(?<!^)(?=[A-Z])", "_", n.removesuffix("ChampDescriptor")).lower() for n in CHAMP_TYPES}
    aliases = {"civilite", "communes", "departements", "regions", "rna", "rnf", "cojo", "iban", "mesri", "cnaf",
               "dgfip", "epci", "siret", "pays"}
    unmatched = {v for v in enum_values if v not in handled and v not in aliases}
    assert not unmatched, unmatched


@pytest.mark.parametrize("name", NAMES)
def test_the_queries_the_desk_sends_validate(schema, name: str) -> None:
    errors = graphql.validate(schema, graphql.parse(query(name)))
    assert not errors, [e.message for e in errors]


def test_a_wrong_query_is_caught(schema) -> None:
    """The check above can fail: a misspelt field is an error."""
    errors = graphql.validate(schema, graphql.parse(query("dossier").replace("dateDepot", "dateDeDepot")))
    assert errors


def test_variables_sent_to_the_stored_descriptor_query_match_its_definition(schema) -> None:
    stored = _reference("stored_queries_ds-query-v2.graphql").split("# ===== MUTATION_V2")[0]
    document = graphql.parse(stored)
    [operation] = [d for d in document.definitions if isinstance(d, graphql.OperationDefinitionNode)
                   and d.name.value == STORED_DESCRIPTOR_OPERATION]
    sent = {"demarche": {"number": 90001}, "includeRevision": True, "includeService": True}
    coerced = graphql.execution.values.get_variable_values(schema, operation.variable_definitions, sent)
    assert not isinstance(coerced, list), coerced  # a list is the errors
    assert set(sent) <= {v.variable.name.value for v in operation.variable_definitions}
    wrong = graphql.execution.values.get_variable_values(schema, operation.variable_definitions,
                                                         {"demarche": {"numero": 1}})
    assert isinstance(wrong, list)  # the same check refuses a wrong variable
