"""Validation of a form's values against its schema: the problems to show at each field, and the clean values.

Both functions accept anything (a draft read back from disk, a value typed half-way, a JSON document
from elsewhere) and never raise: a value that cannot be read is a problem at its field, not a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontdesk.forms.conditions import visible_fields
from frontdesk.forms.schema import Field, FieldType, FormSchema
from frontdesk.forms.values import empty_value, is_filled, normalise

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldProblem:
    path: str  # "field_id" or "group_id[2].child_id"
    code: str  # "form.required", "form.email" ...; worded by ui/texts.py
    params: dict = field(default_factory=dict)


def validate(schema: FormSchema, values: Mapping[str, object], *, today: date | None = None) -> list[FieldProblem]:
    """Every problem of the visible fields, in form order; hidden fields are never checked."""
    problems: list[FieldProblem] = []
    _walk(schema.fields, values, "", today or date.today(), problems)
    return problems


def clean(schema: FormSchema, values: Mapping[str, object], *, today: date | None = None) -> dict:
    """The canonical values of the visible fields (hidden ones are dropped, so a dossier keeps no stale answer)."""
    return _walk(schema.fields, values, "", today or date.today(), [])


def _walk(fields: Sequence[Field], values: object, prefix: str, today: date, problems: list[FieldProblem]) -> dict:
    if not isinstance(values, Mapping):
        values = {}
    try:
        shown = visible_fields(fields, values)
    except Exception:  # a junk value must never stop the desk; the log says which form
        log.exception("form conditions could not be evaluated")
        shown = list(fields)
    result: dict[str, Any] = {}
    for item in shown:
        if not item.holds_value:
            continue
        path = prefix + item.id
        try:
            raw = values.get(item.id)
        except Exception:  # a Mapping that breaks on access
            raw = None
        try:
            if item.type is FieldType.GROUP:
                result[item.id] = _group(item, raw, path, today, problems)
            else:
                result[item.id] = _single(item, raw, path, today, problems)
        except Exception:
            log.exception("form field %s could not be validated", path)
            problems.append(FieldProblem(path, "form.invalid", {}))
            result[item.id] = empty_value(item)
    return result


def _single(item: Field, raw: object, path: str, today: date, problems: list[FieldProblem]) -> Any:
    checked = normalise(item, raw, today)
    if checked.code:
        problems.append(FieldProblem(path, checked.code, checked.params))
    elif item.required and not is_filled(item, checked.value):
        problems.append(FieldProblem(path, "form.required", {}))
    return checked.value


def _group(item: Field, raw: object, path: str, today: date, problems: list[FieldProblem]) -> list[dict]:
    entries = raw if isinstance(raw, list | tuple) else []
    if raw is not None and not isinstance(raw, list | tuple):
        problems.append(FieldProblem(path, "form.invalid", {}))
    least = max(item.min_items, 1 if item.required else 0)
    if len(entries) < least:
        problems.append(FieldProblem(path, "form.required" if least == 1 and not entries else "form.too_few_items",
                                     {"min": least}))
    if item.max_items is not None and len(entries) > item.max_items:
        problems.append(FieldProblem(path, "form.too_many_items", {"max": item.max_items}))
    return [_walk(item.children, entry, f"{path}[{index}].", today, problems) for index, entry in enumerate(entries)]
