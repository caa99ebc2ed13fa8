"""Display conditions: which fields a form shows for the values typed so far."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from frontdesk.forms.schema import Condition, Field, FieldType
from frontdesk.forms.values import OTHER, choice_key, is_filled, normalise


def condition_met(condition: Condition, source: Field | None, value: object) -> bool:
    """Whether ``value`` of the field ``source`` satisfies ``condition``; junk values never match."""
    if source is None:
        return False
    if source.type is FieldType.MULTIPLE_CHOICE:
        ticked = {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()
        if condition.in_:
            return bool(ticked & set(condition.in_))
        if condition.equals is not None:
            return condition.equals in ticked
        return bool(ticked)
    if source.type is FieldType.CHOICE and isinstance(value, str):
        value = choice_key(value)
    if condition.in_:
        return isinstance(value, str) and value in condition.in_
    if condition.equals is not None:
        if isinstance(condition.equals, bool) or isinstance(value, bool):
            return type(value) is type(condition.equals) and value == condition.equals
        return value == condition.equals
    return is_filled(source, value) and value != OTHER


def comparable(source: Field, raw: object) -> object:
    """The value a condition looks at: the canonical one, so "oui" typed in a draft counts as yes."""
    if source.type is FieldType.GROUP:
        return raw if isinstance(raw, list) else []
    return normalise(source, raw, date.today()).value


def visible_fields(fields: Sequence[Field], values: Mapping[str, object]) -> list[Field]:
    """Fields shown for ``values``, in order. A field hidden itself hides those that depend on it.

    Conditions compare canonical values, so raw input and its clean form show the same fields.
    """
    if not isinstance(values, Mapping):
        values = {}
    by_id = {f.id: f for f in fields}
    shown: dict[str, bool] = {}
    result = []
    for field in fields:
        condition = field.condition
        source = by_id.get(condition.field) if condition is not None else None
        visible = condition is None or (
            shown.get(condition.field, False) and source is not None
            and condition_met(condition, source, comparable(source, values.get(condition.field))))
        shown[field.id] = visible
        if visible:
            result.append(field)
    return result
