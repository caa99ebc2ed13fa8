"""From a Démarche Numérique form descriptor to the desk's form engine, and back to a prefill payload.

``procedure_from_descriptor`` turns the JSON of ``demarcheDescriptor`` (or of ``/preremplir/{path}/schema``)
into a catalogue ``Procedure``; ``serialise_prefill`` turns the values the agent entered into the exact
payload of the prefill POST, in the platform's formats (reference notes §6). The platform drops invalid
values without saying so, so only values the desk has checked are ever sent. Display conditions (newer
schema, reference notes §3.4) become the form engine's condition trees: see ``display_condition``.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from frontdesk.catalogue import Procedure, RequiredDocument, ServiceInCharge, Source
from frontdesk.connectors.demarche_numerique.champ_types import CHAMP_TYPES, CODED_TYPES, DOCUMENT_TYPES, walk_champs
from frontdesk.connectors.demarche_numerique.ids import decode_global_id, prefill_key
from frontdesk.domain.text import fold
from frontdesk.forms import (
    AllOf,
    AnyOf,
    Check,
    Expression,
    Field,
    FieldProblem,
    FieldType,
    FormSchema,
    Op,
    clean,
    validate,
)
from frontdesk.forms.geography import departement_code, region_code
from frontdesk.forms.schema import MAX_CONDITION_DEPTH
from frontdesk.forms.values import CODE_SEPARATOR, OTHER, other_text

log = logging.getLogger(__name__)
DEFAULT_CATEGORY = "papiers"
# Words of a title or tags -> catalogue category (the platform has no category of its own).
_CATEGORY_WORDS = (
    ("famille", ("scolaire", "ecole", "enfant", "creche", "periscolaire", "naissance", "mariage", "pacs")),
    ("social", ("ccas", "aide sociale", "solidarite", "handicap", "autonomie", "aide alimentaire")),
    ("logement", ("logement", "habitat", "loyer", "urbanisme", "permis de construire")),
    ("transports", ("stationnement", "transport", "vehicule", "voirie")),
    ("loisirs", ("association", "sport", "culture", "fete", "domaine public", "terrasse")),
    ("travail", ("emploi", "entreprise", "commerce", "marche")),
    ("argent", ("impot", "taxe", "subvention", "redevance")),
)


def procedure_from_descriptor(descriptor: Mapping[str, Any], *, category: str | None = None) -> Procedure:
    """The catalogue entry of a démarche; ``revision`` is the platform's revision id."""
    revision = descriptor.get("revision") or {}
    champs = revision.get("champDescriptors") or []
    fields = tuple(_fields(champs))
    number = int(descriptor["number"])
    title = str(descriptor.get("title") or f"Démarche {number}")
    documents = tuple(RequiredDocument(id=_field_id(c), label=str(c.get("label") or ""),
                                       required=bool(c.get("required")))
                      for c in walk_champs(champs) if c.get("__typename") in DOCUMENT_TYPES)
    return Procedure(
        id=f"dn-{number}", source=Source.DEMARCHE_NUMERIQUE, title=title,
        category=category or guess_category(title, descriptor.get("tags") or ()),
        description=str(descriptor.get("description") or ""), keywords=tuple(descriptor.get("tags") or ()),
        service=_service(descriptor.get("service")), decision=None, form=FormSchema(fields), documents=documents,
        url=str(descriptor.get("demarcheURL") or ""), revision=str(revision.get("id") or ""),
    )


def guess_category(title: str, tags: Sequence[str] = ()) -> str:
    text = fold(" ".join((title, *tags)))
    for category, words in _CATEGORY_WORDS:
        if any(word in text for word in words):
            return category
    return DEFAULT_CATEGORY


def _service(service: Any) -> ServiceInCharge | None:
    if not isinstance(service, Mapping) or not service.get("nom"):
        return None
    organisme = str(service.get("organisme") or "")
    return ServiceInCharge(name=str(service["nom"]), address_lines=(organisme,) if organisme else (), postal_code="",
                           commune="", email="", phone="")


def _field_id(champ: Mapping[str, Any]) -> str:
    """A readable, stable key: ``dn_<stable id>`` from ``Champ-<stable id>``."""
    raw = str(champ.get("id") or "")
    decoded = decode_global_id(raw)
    local = decoded[1] if decoded else raw
    return "dn_" + re.sub(r"[^A-Za-z0-9_]", "_", local.replace("|", "_"))


def _fields(champs: Sequence[Mapping[str, Any]]) -> Iterator[Field]:
    earlier: list[Field] = []
    for champ in champs:
        if isinstance(champ, Mapping) and champ.get("id"):
            field = field_from_champ(champ, earlier)
            earlier.append(field)
            yield field


def field_type(champ: Mapping[str, Any]) -> FieldType:
    typename = str(champ.get("__typename") or "")
    if typename not in CHAMP_TYPES:
        log.warning("unknown Démarche Numérique champ type %s: shown as to complete online", typename)
        return FieldType.ONLINE_ONLY
    kind = CHAMP_TYPES[typename]
    if kind is not None:
        return kind
    options = _options(champ)
    if typename == "DropDownListChampDescriptor":
        return FieldType.CHOICE if options else FieldType.ONLINE_ONLY
    return FieldType.CHOICE if options and all(isinstance(o, Mapping) for o in options) else FieldType.ONLINE_ONLY


def field_from_champ(champ: Mapping[str, Any], earlier: Sequence[Field] = ()) -> Field:
    """One champ as a form field; ``earlier`` are the fields before it at its level (what a condition may name)."""
    kind = field_type(champ)
    typename = str(champ.get("__typename") or "")
    help_text = str(champ.get("description") or "")
    if typename == "ExplicationChampDescriptor" and champ.get("collapsibleExplanationText"):
        help_text = "\n\n".join(t for t in (help_text, str(champ["collapsibleExplanationText"])) if t)
    options: tuple[str, ...] = ()
    if kind in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE):
        options = tuple(_option_text(o) for o in _options(champ))
    children = tuple(_fields(champ.get("champDescriptors") or [])) if kind is FieldType.GROUP else ()
    condition, understood = display_condition(champ.get("condition"), earlier)
    if not understood:
        log.info("Démarche Numérique champ %s: display condition not understood; shown, not required at the desk",
                 champ.get("id"))
    required = bool(champ.get("required")) and understood
    return Field(
        id=_field_id(champ), type=kind, label=str(champ.get("label") or ""),
        required=required and kind not in (FieldType.HEADER, FieldType.EXPLANATION, FieldType.ONLINE_ONLY),
        help=help_text, options=options, allow_other=bool(champ.get("otherOption")) and kind is FieldType.CHOICE,
        min=1 if typename == "DossierLinkChampDescriptor" else None,
        max_length=_max_length(typename), children=children, min_items=1 if children and required else 0,
        condition=condition, remote_id=str(champ["id"]), remote_type=typename,
    )


def _options(champ: Mapping[str, Any]) -> list[Any]:
    """Options as the descriptor gives them (``codedOptions`` is the alias of the desk's own query)."""
    return list(champ.get("codedOptions") or champ.get("options") or [])


def _max_length(typename: str) -> int | None:
    return {"SiretChampDescriptor": 20, "IbanChampDescriptor": 42}.get(typename)


def _option_text(option: Any) -> str:
    if isinstance(option, Mapping):
        return f"{option.get('code', '')}{CODE_SEPARATOR}{option.get('name', '')}"
    return str(option)


_BINARY = {"=": Op.EQUALS, "!=": Op.NOT_EQUALS, "<": Op.LESS, "<=": Op.AT_MOST, ">": Op.GREATER, ">=": Op.AT_LEAST,
           "includes": Op.INCLUDES, "excludes": Op.EXCLUDES, "in-departement": Op.IN_DEPARTEMENT,
           "not-in-departement": Op.NOT_IN_DEPARTEMENT, "in-region": Op.IN_REGION, "not-in-region": Op.NOT_IN_REGION}
_FLIPPED = {"=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}  # a constant written first
_ORDERING = (Op.LESS, Op.AT_MOST, Op.GREATER, Op.AT_LEAST)
PLATFORM_OTHER = "__other__"  # the platform's constant for the "Autre" answer of a list


class _NotUnderstood(Exception):
    """A display condition the desk cannot evaluate faithfully."""


def display_condition(expression: Any, earlier: Sequence[Field]) -> tuple[Expression | None, bool]:
    """The form engine's condition for a champ's ``condition`` (newer schema), and whether it was understood.

    Every operator of the platform maps to the engine: ``and``/``or`` to ``AllOf``/``AnyOf``, the binary
    operators to a ``Check`` on one earlier sibling champ against a constant (a constant written first is
    swapped, flipping ``<``/``>``); ``= null`` is "empty" and ``!= null`` "filled"; a list's ``"__other__"``
    is the desk's "autre". ``empty?`` with a champ is "that champ is empty"; ``empty?`` with no champ is the
    platform's placeholder for a condition still being written, which it evaluates as true: always shown.

    Not understood, hence ``(None, False)``: a shape outside the grammar, an unknown operator, a
    ``["column", …]`` term, a champ that is not an earlier sibling (a repeated block's child looking at a
    champ outside the block), a champ the desk cannot fill (its value would be unknown here), a constant of
    the wrong kind, and/or nested deeper than ``MAX_CONDITION_DEPTH``. The caller then shows the field but
    does not require it at the desk: hiding it could lose an answer the web form wants, requiring it could
    force one the web form would not ask for; the web form itself asks for it if needed.
    """
    if expression is None:
        return None, True
    try:
        tree = _expression(expression, {f.id: f for f in earlier}, 0)
    except _NotUnderstood:
        return None, False
    return (None if tree == AllOf(()) else tree), True


def _expression(term: Any, earlier: Mapping[str, Field], depth: int) -> Expression:
    if not isinstance(term, list) or not term or not isinstance(term[0], str) or depth > MAX_CONDITION_DEPTH:
        raise _NotUnderstood
    operator, operands = term[0], term[1:]
    if operator in ("and", "or") and operands:
        terms = tuple(_expression(operand, earlier, depth + 1) for operand in operands)
        return AllOf(terms) if operator == "and" else AnyOf(terms)
    if operator == "empty?":
        return _empty(operands, earlier)
    if operator not in _BINARY or len(operands) != 2:
        raise _NotUnderstood
    left, right = operands
    if _is_term(right) and not _is_term(left):
        if operator not in _FLIPPED:
            raise _NotUnderstood
        operator, left, right = _FLIPPED[operator], right, left
    source = _source(left, earlier)
    if right is None and operator in ("=", "!="):
        return Check(source.id, Op.EMPTY if operator == "=" else Op.FILLED)
    op = _BINARY[operator]
    return Check(source.id, op, _constant(source, op, right))


def _empty(operands: list[Any], earlier: Mapping[str, Field]) -> Expression:
    champs = [operand for operand in operands if operand is not None]
    if len(operands) > 2 or len(champs) > 1:
        raise _NotUnderstood
    return Check(_source(champs[0], earlier).id, Op.EMPTY) if champs else AllOf(())


def _is_term(term: Any) -> bool:
    return isinstance(term, list)


def _source(term: Any, earlier: Mapping[str, Field]) -> Field:
    """The earlier sibling field a ``["champ", id]`` term names, provided the desk holds its value."""
    if not (isinstance(term, list) and len(term) == 2 and term[0] == "champ" and isinstance(term[1], str)):
        raise _NotUnderstood
    source = earlier.get(_field_id({"id": term[1]}))
    if source is None or not source.holds_value:
        raise _NotUnderstood
    return source


def _constant(source: Field, op: Op, term: Any) -> object:
    if isinstance(term, str) and source.type in (FieldType.YES_NO, FieldType.CHECKBOX):
        term = {"true": True, "false": False}.get(term, term)
    if term == PLATFORM_OTHER and source.allow_other:
        term = OTHER
    if not _fits(op, term):
        raise _NotUnderstood
    return term


def _fits(op: Op, term: Any) -> bool:
    """Whether the constant is of the kind the operator compares with."""
    if op in (Op.INCLUDES, Op.EXCLUDES):
        return isinstance(term, str)
    if op in (Op.IN_DEPARTEMENT, Op.NOT_IN_DEPARTEMENT):
        return departement_code(term) is not None
    if op in (Op.IN_REGION, Op.NOT_IN_REGION):
        return region_code(term) is not None
    if isinstance(term, float) and not math.isfinite(term):
        return False
    if op in _ORDERING:
        return isinstance(term, int | float | str) and not isinstance(term, bool)
    return isinstance(term, str | bool | int | float)


# --- values -> prefill payload ----------------------------------------------------------------------------

def prefill_problems(procedure: Procedure, values: Mapping[str, object]) -> list[FieldProblem]:
    """What would stop the values reaching the platform intact: the form's own checks, plus the
    platform's formats the form engine does not know (SIRET, a commune without its postal code ...)."""
    problems = validate(procedure.form, values)
    cleaned = clean(procedure.form, values)
    for field in procedure.form.fields:
        if field.type is FieldType.GROUP:
            for index, row in enumerate(cleaned.get(field.id) or []):
                problems += _platform_problems(field.children, row, f"{field.id}[{index}].")
    problems += _platform_problems(procedure.form.fields, cleaned, "")
    return problems


def _platform_problems(fields: Sequence[Field], values: Mapping[str, Any], prefix: str) -> list[FieldProblem]:
    found = []
    for field in fields:
        value = values.get(field.id)
        if field.remote_type == "SiretChampDescriptor" and value and not re.fullmatch(r"\d{14}", _digits(value)):
            found.append(FieldProblem(prefix + field.id, "dn.siret", {}))
        if field.type is FieldType.COMMUNE and isinstance(value, Mapping) and value.get("name") \
                and not value.get("postal_code"):
            found.append(FieldProblem(prefix + field.id, "dn.commune_postal_code", {}))
    return found


def serialise_prefill(procedure: Procedure, values: Mapping[str, object], *,
                      identity: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The exact JSON body of the prefill POST: ``champ_<id>`` keys in the platform's formats, only for
    visible, answered, prefillable fields; ``identity`` (``prenom``, ``nom``, ``genre`` "M."/"Mme") for
    démarches addressed to individuals."""
    payload = _serialise_fields(procedure.form.fields, clean(procedure.form, values))
    for key in ("prenom", "nom", "genre"):
        value = (identity or {}).get(key, "")
        if value and (key != "genre" or value in ("M.", "Mme")):
            payload[f"identite_{key}"] = value
    return payload


def _serialise_fields(fields: Sequence[Field], values: Mapping[str, Any]) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    for field in fields:
        if not field.remote_id or field.id not in values:
            continue
        value = _serialise(field, values[field.id])
        if value is not None:
            payload[prefill_key(field.remote_id)] = value
    return payload


def _serialise(field: Field, value: Any) -> Any:
    """One value in the platform's format, or None when there is nothing (valid) to send."""
    kind = field.type
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.EMAIL, FieldType.PHONE, FieldType.CIVILITY):
        if field.remote_type == "SiretChampDescriptor":
            digits = _digits(value)
            return digits if re.fullmatch(r"\d{14}", digits) else None
        return value if isinstance(value, str) and value.strip() else None
    if kind is FieldType.INTEGER:
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if kind is FieldType.DECIMAL:
        return _decimal(value)
    if kind in (FieldType.DATE, FieldType.DATETIME):
        return value or None
    if kind in (FieldType.YES_NO, FieldType.CHECKBOX):
        return ("true" if value else "false") if isinstance(value, bool) else None
    if kind is FieldType.CHOICE:
        return _choice(field, value)
    if kind is FieldType.MULTIPLE_CHOICE:
        return list(value) if value else None
    if kind is FieldType.COMMUNE:
        return _commune(value)
    if kind is FieldType.ADDRESS:
        return _address(value)
    if kind is FieldType.GROUP:
        rows = [_serialise_fields(field.children, row) for row in value or [] if isinstance(row, Mapping)]
        rows = [row for row in rows if row]
        return rows or None
    return None  # header, explanation, online only, document: nothing to prefill


def _digits(value: Any) -> str:
    return re.sub(r"\s", "", value) if isinstance(value, str) else ""


def _decimal(value: Any) -> int | float | None:
    if not isinstance(value, str) or not value:
        return None
    number = Decimal(value)
    return int(number) if number == number.to_integral_value() else float(number)


def _choice(field: Field, value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    other = other_text(value)
    if other is not None:
        return other or None  # "other" with its free text: any text is accepted when otherOption is set
    if field.remote_type in CODED_TYPES:
        return value.split(CODE_SEPARATOR, 1)[0]
    return value


def _commune(value: Any) -> list[str] | None:
    if not isinstance(value, Mapping) or not value.get("postal_code"):
        return None
    return [value["postal_code"], value["insee"]] if value.get("insee") else [value["postal_code"]]


def _address(value: Any) -> str | None:
    """The Base Adresse Nationale label form: "20 Avenue de Ségur 75007 Paris"."""
    if not isinstance(value, Mapping):
        return None
    parts = [str(value.get(k) or "").strip() for k in ("street", "postal_code", "commune")]
    return " ".join(p for p in parts if p) or None


# --- revisions ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldChange:
    """One difference between two revisions, for the agent: ``kind`` is added, removed or changed;
    ``what`` lists the changed aspects (label, type, now_required or now_optional, options, help,
    condition)."""

    kind: str
    label: str
    field_id: str
    what: tuple[str, ...] = ()


def diff_forms(old: FormSchema, new: FormSchema) -> list[FieldChange]:
    """Fields added, removed or changed between two revisions (matched by the platform's stable id)."""
    before = {f.remote_id: f for f in _flatten(old.fields)}
    after = {f.remote_id: f for f in _flatten(new.fields)}
    changes = [FieldChange("removed", f.label, f.id) for rid, f in before.items() if rid not in after]
    for rid, field in after.items():
        previous = before.get(rid)
        if previous is None:
            changes.append(FieldChange("added", field.label, field.id))
            continue
        required = "now_required" if field.required else "now_optional"
        what = tuple(name for name, a, b in (
            ("label", previous.label, field.label), ("type", previous.remote_type, field.remote_type),
            (required, previous.required, field.required), ("options", previous.options, field.options),
            ("help", previous.help, field.help), ("condition", previous.condition, field.condition),
        ) if a != b)
        if what:
            changes.append(FieldChange("changed", field.label, field.id, what))
    return changes


def _flatten(fields: Sequence[Field]) -> Iterator[Field]:
    for field in fields:
        yield field
        yield from _flatten(field.children)
