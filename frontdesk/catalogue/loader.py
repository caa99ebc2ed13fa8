"""Reading the catalogue definition files (TOML, format in resources/catalogue/README.md).

A definition with any problem is left out and reported as a ``CatalogueProblem`` naming the file, the
procedure, the key and a code; the other procedures load. A typo must not make a required field optional
without anyone noticing, so unknown keys are problems too.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tomllib
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from frontdesk.catalogue.model import (
    SILENCE_VALUES,
    Catalogue,
    CatalogueProblem,
    DecisionRule,
    Procedure,
    RequiredDocument,
    ServiceInCharge,
    Source,
)
from frontdesk.domain.residents import normalise_email, normalise_phone, normalise_postal_code
from frontdesk.domain.vocab import PROCEDURE_CATEGORIES
from frontdesk.forms.schema import (
    DISPLAY_ONLY,
    MAX_CONDITION_DEPTH,
    AllOf,
    AnyOf,
    Check,
    Condition,
    Expression,
    Field,
    FieldType,
    FormSchema,
    Op,
)
from frontdesk.forms.values import OTHER

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 256 * 1024
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
FIELD_ID_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
URL_PATTERN = re.compile(r"https://[A-Za-z0-9.-]+(/\S*)?")

_PROCEDURE_KEYS = {"id", "source", "title", "category", "description", "keywords", "service", "decision",
                   "fields", "documents", "url", "checklist", "reference_label"}
_SERVICE_KEYS = {"name", "address", "postal_code", "commune", "email", "phone"}
_DECISION_KEYS = {"delay_months", "delay_days", "silence", "recourse"}
_DOCUMENT_KEYS = {"id", "label", "original", "required"}
_FIELD_KEYS = {"id", "type", "label", "required", "help", "options", "allow_other", "min", "max", "max_length",
               "children", "min_items", "max_items", "condition", "remote_id", "remote_type"}
_CONDITION_KEYS = {"field", "equals", "in", "op", "value"}
_VALUELESS_OPS = (Op.EMPTY, Op.FILLED)
_OPTION_OPS = (Op.EQUALS, Op.NOT_EQUALS, Op.INCLUDES, Op.EXCLUDES)


class _Definition:
    """One file being read: typed getters that record a problem instead of raising."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.procedure = ""
        self.problems: list[CatalogueProblem] = []

    def problem(self, where: str, code: str, detail: str) -> None:
        self.problems.append(CatalogueProblem(self.file, self.procedure, where, code, detail))

    def keys(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for key in sorted(set(table) - allowed):
            self.problem(f"{where}.{key}" if where else key, "catalogue.unknown_key", f"unknown key {key!r}")

    def get(self, table: Mapping[str, Any], key: str, where: str, kind: type | tuple[type, ...], default: Any,
            *, required: bool = False) -> Any:
        path = f"{where}.{key}" if where else key
        if key not in table:
            if required:
                self.problem(path, "catalogue.missing", f"{key!r} is required")
            return default
        value = table[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, float, (int, float))):
            self.problem(path, "catalogue.wrong_type", f"{key!r} has the wrong type ({type(value).__name__})")
            return default
        if isinstance(value, str):
            value = value.strip()
            if required and not value:
                self.problem(path, "catalogue.missing", f"{key!r} is empty")
        return value

    def texts(self, table: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> tuple[str, ...]:
        values = self.get(table, key, where, list, [], required=required)
        if not all(isinstance(v, str) and v.strip() for v in values):
            self.problem(f"{where}.{key}" if where else key, "catalogue.wrong_type", f"{key!r} must list texts")
            return ()
        if required and not values:
            self.problem(f"{where}.{key}" if where else key, "catalogue.missing", f"{key!r} is empty")
        return tuple(v.strip() for v in values)


def load_catalogue(directories: Sequence[Path]) -> Catalogue:
    """Every valid definition of ``*.toml`` files under ``directories`` (in order; the first id wins).

    A missing directory is simply empty (a commune without its own definitions yet).
    """
    procedures: list[Procedure] = []
    problems: list[CatalogueProblem] = []
    seen: dict[str, str] = {}
    for directory in directories:
        try:
            files = sorted(p for p in Path(directory).rglob("*.toml") if p.is_file())
        except OSError as exc:
            problems.append(CatalogueProblem(str(directory), "", "", "catalogue.unreadable", str(exc)))
            continue
        for path in files:
            procedure, found = read_definition(path)
            problems.extend(found)
            if procedure is None:
                continue
            if procedure.id in seen:
                problems.append(CatalogueProblem(str(path), procedure.id, "id", "catalogue.duplicate_id",
                                                 f"already defined in {seen[procedure.id]}"))
                continue
            seen[procedure.id] = str(path)
            procedures.append(procedure)
    for problem in problems:
        log.warning("catalogue problem %s in %s (%s %s): %s", problem.code, problem.file, problem.procedure,
                    problem.field, problem.detail)
    return Catalogue(tuple(procedures), tuple(problems))


def read_definition(path: Path) -> tuple[Procedure | None, list[CatalogueProblem]]:
    """One file: the procedure it defines, or None and why."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, [CatalogueProblem(str(path), "", "", "catalogue.too_large", f"over {MAX_FILE_BYTES} bytes")]
        data = path.read_bytes()
    except OSError as exc:
        return None, [CatalogueProblem(str(path), "", "", "catalogue.unreadable", exc.strerror or str(exc))]
    return parse_bytes(data, str(path))


def parse_bytes(data: bytes, file: str) -> tuple[Procedure | None, list[CatalogueProblem]]:
    """A definition's content (read once, so what is checked is what an import then writes)."""
    definition = _Definition(file)
    if len(data) > MAX_FILE_BYTES:
        definition.problem("", "catalogue.too_large", f"over {MAX_FILE_BYTES} bytes")
        return None, definition.problems
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        definition.problem("", "catalogue.unreadable", str(exc))
        return None, definition.problems
    procedure = parse_definition(table, definition, revision=hashlib.sha256(data).hexdigest()[:16])
    return (procedure if not definition.problems else None), definition.problems


def parse_definition(table: Mapping[str, Any], definition: _Definition, revision: str) -> Procedure | None:
    d = definition
    procedure_id = d.get(table, "id", "", str, "", required=True)
    d.procedure = procedure_id
    if procedure_id and not ID_PATTERN.fullmatch(procedure_id):
        d.problem("id", "catalogue.bad_id", "lower-case letters, digits, '-' or '_', at most 64")
    d.keys(table, _PROCEDURE_KEYS, "")
    source_text = d.get(table, "source", "", str, Source.LOCAL.value)
    if source_text not in (Source.LOCAL.value, Source.EXTERNAL.value):
        d.problem("source", "catalogue.bad_source", f"{source_text!r}: 'local' or 'external'")
        source_text = Source.LOCAL.value
    source = Source(source_text)
    category = d.get(table, "category", "", str, "", required=True)
    if category and category not in PROCEDURE_CATEGORIES:
        d.problem("category", "catalogue.bad_category", f"{category!r} not in {', '.join(PROCEDURE_CATEGORIES)}")
    title = d.get(table, "title", "", str, "", required=True)
    description = d.get(table, "description", "", str, "", required=True)
    keywords = d.texts(table, "keywords", "")
    documents = _documents(table, d)
    fields = _fields(d.get(table, "fields", "", list, []), "fields", d, nested=False)
    service = decision = None
    url, checklist, reference_label = "", (), ""
    if source is Source.LOCAL:
        service = _service(d.get(table, "service", "", dict, {}, required=True), d)
        decision = _decision(d.get(table, "decision", "", dict, {}, required=True), d)
        for key in ("url", "checklist", "reference_label"):
            if key in table:
                d.problem(key, "catalogue.external_only", f"{key!r} is for external procedures")
    else:
        url = d.get(table, "url", "", str, "", required=True)
        if url and not URL_PATTERN.fullmatch(url):
            d.problem("url", "catalogue.bad_url", "an https:// address")
        checklist = d.texts(table, "checklist", "", required=True)
        reference_label = d.get(table, "reference_label", "", str, "", required=True)
        if "service" in table:
            service = _service(d.get(table, "service", "", dict, {}), d)
        if "decision" in table:
            decision = _decision(d.get(table, "decision", "", dict, {}), d)
    if d.problems:
        return None
    return Procedure(id=procedure_id, source=source, title=title, category=category, description=description,
                     keywords=keywords, service=service, decision=decision, form=FormSchema(tuple(fields)),
                     documents=documents, url=url, checklist=checklist, reference_label=reference_label,
                     revision=revision)


def _service(table: Mapping[str, Any], d: _Definition) -> ServiceInCharge | None:
    d.keys(table, _SERVICE_KEYS, "service")
    name = d.get(table, "name", "service", str, "", required=True)
    lines = d.texts(table, "address", "service", required=True)
    postal = d.get(table, "postal_code", "service", str, "", required=True)
    commune = d.get(table, "commune", "service", str, "", required=True)
    email = d.get(table, "email", "service", str, "", required=True)
    phone = d.get(table, "phone", "service", str, "", required=True)
    for key, value, check in (("postal_code", postal, normalise_postal_code), ("email", email, normalise_email),
                              ("phone", phone, normalise_phone)):
        if value and check(value) is None:
            d.problem(f"service.{key}", f"catalogue.bad_{key}", f"{value!r}")
    return ServiceInCharge(name, lines, postal, commune, email, phone)


def _decision(table: Mapping[str, Any], d: _Definition) -> DecisionRule:
    d.keys(table, _DECISION_KEYS, "decision")
    months = d.get(table, "delay_months", "decision", int, 0)
    days = d.get(table, "delay_days", "decision", int, 0)
    silence = d.get(table, "silence", "decision", str, "none", required=True)
    recourse = d.get(table, "recourse", "decision", str, "")
    if silence not in SILENCE_VALUES:
        d.problem("decision.silence", "catalogue.bad_silence", f"{silence!r} not in {SILENCE_VALUES}")
    if not 0 <= months <= 24 or not 0 <= days <= 366:
        d.problem("decision", "catalogue.bad_delay", "delay_months 0..24, delay_days 0..366")
    elif silence in ("acceptance", "rejection") and months == days == 0:
        d.problem("decision", "catalogue.bad_delay", "an implicit decision needs a delay")
    if silence == "rejection" and not recourse:
        d.problem("decision.recourse", "catalogue.missing", "a rejection by silence needs the recourse wording")
    return DecisionRule(months, days, silence, recourse)


def _documents(table: Mapping[str, Any], d: _Definition) -> tuple[RequiredDocument, ...]:
    documents, seen = [], set()
    for index, entry in enumerate(d.get(table, "documents", "", list, [])):
        where = f"documents[{index}]"
        if not isinstance(entry, dict):
            d.problem(where, "catalogue.wrong_type", "a table")
            continue
        d.keys(entry, _DOCUMENT_KEYS, where)
        doc_id = d.get(entry, "id", where, str, "", required=True)
        if doc_id and not FIELD_ID_PATTERN.fullmatch(doc_id):
            d.problem(f"{where}.id", "catalogue.bad_id", "letters, digits and '_'")
        if doc_id in seen:
            d.problem(f"{where}.id", "catalogue.duplicate_field", f"{doc_id!r} twice")
        seen.add(doc_id)
        documents.append(RequiredDocument(doc_id, d.get(entry, "label", where, str, "", required=True),
                                          d.get(entry, "original", where, bool, False),
                                          d.get(entry, "required", where, bool, True)))
    return tuple(documents)


def _fields(entries: list, where: str, d: _Definition, *, nested: bool) -> list[Field]:
    fields: list[Field] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            d.problem(f"{where}[{index}]", "catalogue.wrong_type", "a table")
            continue
        field = _field(entry, f"{where}[{index}]", d, fields, nested=nested)
        if field is not None:
            fields.append(field)
    return fields


def _number(entry: Mapping[str, Any], key: str, where: str, d: _Definition) -> float | None:
    value = d.get(entry, key, where, (int, float), None)
    return None if value is None else float(value)


def _field(entry: Mapping[str, Any], where: str, d: _Definition, earlier: list[Field], *,
           nested: bool) -> Field | None:
    field_id = d.get(entry, "id", where, str, "", required=True)
    if field_id:
        where = f"{where.rsplit('[', 1)[0]}.{field_id}"
    d.keys(entry, _FIELD_KEYS, where)
    if field_id and not FIELD_ID_PATTERN.fullmatch(field_id):
        d.problem(f"{where}.id", "catalogue.bad_id", "a letter, then letters, digits or '_'")
    if any(f.id == field_id for f in earlier):
        d.problem(where, "catalogue.duplicate_field", f"{field_id!r} twice")
    type_text = d.get(entry, "type", where, str, "", required=True)
    try:
        kind = FieldType(type_text)
    except ValueError:
        if type_text:
            d.problem(f"{where}.type", "catalogue.bad_field_type", f"{type_text!r}")
        return None
    label = d.get(entry, "label", where, str, "", required=True)
    options = d.texts(entry, "options", where)
    allow_other = d.get(entry, "allow_other", where, bool, False)
    lo, hi = _number(entry, "min", where, d), _number(entry, "max", where, d)
    required = d.get(entry, "required", where, bool, False)
    checks: list[tuple[bool, str, str, str]] = [
        (kind in (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE) and not options, "options",
         "catalogue.options_required", "a choice needs options"),
        (len(set(options)) != len(options) or OTHER in options or any(o.startswith(OTHER + ":") for o in options),
         "options", "catalogue.bad_options", "options must differ and not be 'autre' (use allow_other)"),
        (lo is not None and hi is not None and lo > hi, "min", "catalogue.bad_bounds", "min above max"),
        (kind is FieldType.GROUP and nested, "type", "catalogue.nested_group", "a group inside a group"),
        (required and kind in DISPLAY_ONLY, "required", "catalogue.bad_required", "this type holds no value"),
    ]
    for failed, key, code, detail in checks:
        if failed:
            d.problem(f"{where}.{key}", code, detail)
    children: tuple[Field, ...] = ()
    if kind is FieldType.GROUP:
        children = tuple(_fields(d.get(entry, "children", where, list, [], required=True), f"{where}.children", d,
                                 nested=True))
    min_items = d.get(entry, "min_items", where, int, 0)
    max_items = d.get(entry, "max_items", where, int, None)
    if min_items < 0 or (max_items is not None and max_items < max(min_items, 1)):
        d.problem(f"{where}.max_items", "catalogue.bad_bounds", "0 <= min_items <= max_items, max_items >= 1")
    condition = _condition(d.get(entry, "condition", where, dict, None), f"{where}.condition", d, earlier)
    max_length = d.get(entry, "max_length", where, int, None)
    return Field(id=field_id, type=kind, label=label, required=required, help=d.get(entry, "help", where, str, ""),
                 options=options, allow_other=allow_other, min=lo, max=hi, max_length=max_length,
                 children=children, min_items=min_items, max_items=max_items, condition=condition,
                 remote_id=d.get(entry, "remote_id", where, str, ""),
                 remote_type=d.get(entry, "remote_type", where, str, ""))


def _condition(table: Mapping[str, Any] | None, where: str, d: _Definition, earlier: list[Field],
               depth: int = 0) -> Expression | None:
    """A field's display condition: a leaf, or ``all``/``any`` lists of conditions (nested as needed)."""
    if table is None:
        return None
    for key, node in (("all", AllOf), ("any", AnyOf)):
        if key in table:
            d.keys(table, {key}, where)
            if depth >= MAX_CONDITION_DEPTH:
                d.problem(where, "catalogue.bad_condition", f"nested deeper than {MAX_CONDITION_DEPTH}")
                return AllOf(())
            items = d.get(table, key, where, list, [], required=True)
            return node(tuple(_terms(items, f"{where}.{key}", d, earlier, depth + 1)))
    return _leaf(table, where, d, earlier)


def _terms(items: list[Any], where: str, d: _Definition, earlier: list[Field], depth: int) -> list[Expression]:
    if not items:
        d.problem(where, "catalogue.bad_condition", "an empty list of conditions")
    terms = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            d.problem(f"{where}[{index}]", "catalogue.wrong_type", "a condition is a table")
            continue
        term = _condition(item, f"{where}[{index}]", d, earlier, depth)
        if term is not None:
            terms.append(term)
    return terms


def _leaf(table: Mapping[str, Any], where: str, d: _Definition, earlier: list[Field]) -> Condition | Check:
    d.keys(table, _CONDITION_KEYS, where)
    target = d.get(table, "field", where, str, "", required=True)
    source = next((f for f in earlier if f.id == target), None)
    if target and source is None:
        d.problem(f"{where}.field", "catalogue.bad_condition", f"{target!r} is not an earlier field of the form")
    if "op" in table:
        return _check(table, target, source, where, d)
    equals = d.get(table, "equals", where, (str, bool, int), None)
    in_ = d.texts(table, "in", where)
    _known_options(source, (*in_, *([equals] if isinstance(equals, str) else [])), where, d)
    return Condition(target, equals, in_)


def _check(table: Mapping[str, Any], target: str, source: Field | None, where: str, d: _Definition) -> Check:
    text = d.get(table, "op", where, str, "=")
    op = next((o for o in Op if o.value == text), None)
    if op is None:
        d.problem(f"{where}.op", "catalogue.bad_condition", f"unknown operator {text!r}")
        op = Op.EQUALS
    if "equals" in table or "in" in table:
        d.problem(where, "catalogue.bad_condition", "'op' goes with 'value', not with 'equals' or 'in'")
    value = d.get(table, "value", where, (str, bool, int, float, date), None)
    if (value is None) != (op in _VALUELESS_OPS):
        d.problem(where, "catalogue.bad_condition", f"{op.value!r} takes {'no' if value is not None else 'a'} value")
    if op in _OPTION_OPS and isinstance(value, str):
        _known_options(source, (value,), where, d)
    return Check(target, op, value)


def _known_options(source: Field | None, values: Sequence[str], where: str, d: _Definition) -> None:
    if source is not None and source.options:
        unknown = [v for v in values if v not in source.options and not (source.allow_other and v == OTHER)]
        if unknown:
            d.problem(where, "catalogue.bad_condition", f"{unknown!r} not among the options of {source.id!r}")
