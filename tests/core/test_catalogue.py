"""The catalogue: the starter definitions load cleanly, a broken one is reported and never stops the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.catalogue import Catalogue, Source, load_catalogue
from frontdesk.domain.vocab import PROCEDURE_CATEGORIES
from frontdesk.forms import AllOf, AnyOf, Check, FieldType, Op, validate
from frontdesk.resources import RESOURCES

STARTER = RESOURCES / "catalogue"

GOOD = """
id = "essai"
title = "Procédure d'essai"
category = "papiers"
description = "Pour les tests."
keywords = ["essai"]

[service]
name = "Service essai"
address = ["Mairie", "1 place de l'Hôtel-de-Ville"]
postal_code = "95000"
commune = "Admiville"
email = "essai@admiville.fr"
phone = "01 30 75 20 10"

[decision]
delay_months = 2
silence = "acceptance"

[[documents]]
id = "identite"
label = "Pièce d'identité"
original = true

[[fields]]
id = "nom"
type = "text"
label = "Nom"
required = true

[[fields]]
id = "motif"
type = "choice"
label = "Motif"
options = ["A", "B"]
allow_other = true

[[fields]]
id = "precision"
type = "long_text"
label = "Précision"
condition = { field = "motif", equals = "autre" }

[[fields]]
id = "enfants"
type = "group"
label = "Enfants"
max_items = 3
children = [{ id = "prenom", type = "text", label = "Prénom", required = true }]
"""


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_starter_catalogue_loads_without_a_problem() -> None:
    catalogue = load_catalogue([STARTER])
    assert catalogue.problems == ()
    local = [p for p in catalogue.procedures if p.source is Source.LOCAL]
    external = [p for p in catalogue.procedures if p.source is Source.EXTERNAL]
    assert len(local) >= 8 and len(external) >= 10
    for procedure in catalogue.procedures:
        assert procedure.category in PROCEDURE_CATEGORIES
        assert procedure.revision
    for procedure in local:
        assert procedure.service is not None and procedure.service.email and procedure.service.phone
        assert procedure.decision is not None
    for procedure in external:
        assert procedure.url.startswith("https://") and procedure.checklist and procedure.reference_label


def test_a_definition_loads_into_the_model(tmp_path: Path) -> None:
    write(tmp_path, "essai.toml", GOOD)
    catalogue = load_catalogue([tmp_path])
    assert catalogue.problems == ()
    procedure = catalogue.get("essai")
    assert procedure is not None
    assert procedure.service.address_lines == ("Mairie", "1 place de l'Hôtel-de-Ville")
    assert (procedure.decision.delay_months, procedure.decision.silence) == (2, "acceptance")
    assert procedure.documents[0].original is True
    group = procedure.form.field("enfants")
    assert group.type is FieldType.GROUP and group.max_items == 3 and group.children[0].required
    assert procedure.form.field("precision").condition.equals == "autre"
    assert [p.code for p in validate(procedure.form, {})] == ["form.required"]


TREE = GOOD + """
[[fields]]
id = "age"
type = "integer"
label = "Âge"

[[fields]]
id = "banque"
type = "text"
label = "Coordonnées bancaires"
required = true
condition = { all = [{ field = "motif", op = "!=", value = "A" },
                     { any = [{ field = "age", op = ">=", value = 18 }, { field = "nom", op = "empty" }] }] }
"""


def test_condition_trees_load_from_all_and_any_lists(tmp_path: Path) -> None:
    write(tmp_path, "essai.toml", TREE)
    catalogue = load_catalogue([tmp_path])
    assert catalogue.problems == ()
    form = catalogue.get("essai").form
    assert form.field("banque").condition == AllOf((
        Check("motif", Op.NOT_EQUALS, "A"), AnyOf((Check("age", Op.AT_LEAST, 18), Check("nom", Op.EMPTY)))))
    assert "banque" not in [f.id for f in form.visible({"nom": "Dupont", "motif": "B", "age": "17"})]
    assert "banque" in [f.id for f in form.visible({"nom": "Dupont", "motif": "B", "age": "18"})]


BANQUE = "fields.banque.condition"


@pytest.mark.parametrize(("broken", "field", "code"), [
    (TREE.replace('op = ">="', 'op = "≥"'), f"{BANQUE}.all[1].any[0].op", "catalogue.bad_condition"),
    (TREE.replace('field = "nom", op', 'field = "banque", op'), f"{BANQUE}.all[1].any[1].field",
     "catalogue.bad_condition"),
    (TREE.replace('op = ">=", value = 18', 'op = ">="'), f"{BANQUE}.all[1].any[0]", "catalogue.bad_condition"),
    (TREE.replace('op = "empty"', 'op = "empty", value = 1'), f"{BANQUE}.all[1].any[1]", "catalogue.bad_condition"),
    (TREE.replace('op = "!=", value = "A"', 'op = "!=", equals = "A"'), f"{BANQUE}.all[0]", "catalogue.bad_condition"),
    (TREE.replace('op = "!=", value = "A"', 'op = "includes", value = "C"'), f"{BANQUE}.all[0]",
     "catalogue.bad_condition"),
    (TREE.replace('{ any = [{ field = "age", op = ">=", value = 18 }, { field = "nom", op = "empty" }] }',
                  "{ any = [] }"), f"{BANQUE}.all[1].any", "catalogue.bad_condition"),
    (TREE.replace('{ field = "nom", op = "empty" }', '"nom"'), f"{BANQUE}.all[1].any[1]", "catalogue.wrong_type"),
    (TREE.replace("condition = { all = [", 'condition = { field = "nom", all = ['), f"{BANQUE}.field",
     "catalogue.unknown_key"),
    (GOOD + '[[fields]]\nid = "profond"\ntype = "text"\nlabel = "Profond"\ncondition = '
     + "{ any = [" * 17 + '{ field = "nom", op = "filled" }' + "] }" * 17 + "\n",
     "fields.profond.condition" + ".any[0]" * 16, "catalogue.bad_condition"),  # deeper than any real form
])
def test_a_broken_condition_tree_is_reported(tmp_path: Path, broken: str, field: str, code: str) -> None:
    path = write(tmp_path, "broken.toml", broken)
    catalogue = load_catalogue([tmp_path])
    assert catalogue.procedures == ()
    assert (field, code) in [(p.field, p.code) for p in catalogue.problems]
    assert all(p.file == str(path) for p in catalogue.problems)


@pytest.mark.parametrize(("broken", "field", "code"), [
    (GOOD.replace('category = "papiers"', 'category = "paperasse"'), "category", "catalogue.bad_category"),
    (GOOD.replace('title = "Procédure d\'essai"\n', ""), "title", "catalogue.missing"),
    (GOOD.replace('type = "long_text"', 'type = "paragraph"'), "fields.precision.type", "catalogue.bad_field_type"),
    (GOOD.replace('required = true\n\n[[fields]]\nid = "motif"', 'requried = true\n\n[[fields]]\nid = "motif"'),
     "fields.nom.requried", "catalogue.unknown_key"),
    (GOOD.replace('options = ["A", "B"]', "options = []"), "fields.motif.options", "catalogue.options_required"),
    (GOOD.replace('field = "motif"', 'field = "motive"'), "fields.precision.condition.field",
     "catalogue.bad_condition"),
    (GOOD.replace('equals = "autre"', 'equals = "C"'), "fields.precision.condition", "catalogue.bad_condition"),
    (GOOD.replace('silence = "acceptance"', 'silence = "maybe"'), "decision.silence", "catalogue.bad_silence"),
    (GOOD.replace('silence = "acceptance"', 'silence = "rejection"'), "decision.recourse", "catalogue.missing"),
    (GOOD.replace("delay_months = 2", "delay_months = 0"), "decision", "catalogue.bad_delay"),
    (GOOD.replace('email = "essai@admiville.fr"', 'email = "essai"'), "service.email", "catalogue.bad_email"),
    (GOOD.replace('phone = "01 30 75 20 10"', 'phone = "12"'), "service.phone", "catalogue.bad_phone"),
    (GOOD.replace('id = "essai"', 'id = "../essai"'), "id", "catalogue.bad_id"),
    (GOOD.replace("max_items = 3", "max_items = 0"), "fields.enfants.max_items", "catalogue.bad_bounds"),
    (GOOD.replace('id = "precision"', 'id = "nom"'), "fields.nom", "catalogue.duplicate_field"),
    (GOOD.replace('label = "Nom"', "label = 12"), "fields.nom.label", "catalogue.wrong_type"),
    (GOOD.replace('id = "essai"\n', 'id = "essai"\nurl = "https://example.org"\n'), "url", "catalogue.external_only"),
    (GOOD + '\n[[fields]]\nid = "x"\ntype = "group"\nlabel = "X"\nchildren = [{ id = "y", type = "group", '
            'label = "Y", children = [] }]\n', "fields.x.children.y.type", "catalogue.nested_group"),
    (GOOD.replace('id = "essai"\n', 'id = "essai"\nsource = "external"\n'), "url", "catalogue.missing"),
    ("id = 'essai'\ntitle = \"unterminated\n", "", "catalogue.unreadable"),
])
def test_a_broken_definition_is_reported_and_the_others_load(tmp_path: Path, broken: str, field: str,
                                                              code: str) -> None:
    write(tmp_path, "a-good.toml", GOOD.replace('id = "essai"', 'id = "bonne"'))
    path = write(tmp_path, "broken.toml", broken)
    catalogue = load_catalogue([tmp_path])
    assert [p.id for p in catalogue.procedures] == ["bonne"]
    assert (path.as_posix(), field, code) in [(Path(p.file).as_posix(), p.field, p.code) for p in catalogue.problems]
    assert all(p.file == str(path) for p in catalogue.problems)
    if code != "catalogue.unreadable":
        assert {p.procedure for p in catalogue.problems} <= {"essai", "../essai", ""}


def test_an_oversized_or_undecodable_file_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "big.toml", "# " + "x" * 300_000)
    (tmp_path / "latin1.toml").write_bytes(GOOD.encode("latin-1"))
    catalogue = load_catalogue([tmp_path])
    assert sorted(p.code for p in catalogue.problems) == ["catalogue.too_large", "catalogue.unreadable"]


def test_the_first_definition_of_an_id_wins(tmp_path: Path) -> None:
    write(tmp_path / "a", "essai.toml", GOOD)
    second = write(tmp_path / "b", "autre-nom.toml", GOOD.replace("Procédure d'essai", "Doublon"))
    catalogue = load_catalogue([tmp_path / "a", tmp_path / "b", tmp_path / "absent"])
    assert [p.title for p in catalogue.procedures] == ["Procédure d'essai"]
    assert [(p.file, p.code) for p in catalogue.problems] == [(str(second), "catalogue.duplicate_id")]


def test_search_ignores_accents_and_ranks_titles_first() -> None:
    catalogue = load_catalogue([STARTER])
    found = catalogue.search("ETAT civil")
    assert [p.id for p in found[:2]] == ["etat-civil-acte", "service-public-etat-civil"]  # the desk's own first
    assert catalogue.search("carte identite")[0].id == "ants-carte-identite"
    assert catalogue.search("élections")[0].id == "listes-electorales"
    assert all(p.category == "famille" for p in catalogue.search("", "famille"))
    assert catalogue.search("zzzz") == []
    assert len(catalogue.search("")) == len(catalogue.procedures)


def test_procedures_can_be_added_by_a_connector() -> None:
    catalogue = load_catalogue([STARTER])
    extra = Catalogue((catalogue.procedures[0],)).procedures
    assert catalogue.with_procedures(extra).procedures == catalogue.procedures
