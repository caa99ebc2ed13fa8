"""Display conditions: which fields a form shows for the values typed so far.

A condition is an expression tree (see ``frontdesk.forms.schema``) evaluated on canonical values, so raw
input and its clean form show the same fields. A leaf looks at an earlier sibling field; a field hidden
itself counts as not answered, so it hides those that depend on it (except an "is empty" check, which
holds, as on Démarche Numérique). Junk never matches and nothing here raises on a value.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from frontdesk.forms.geography import (
    departement_code,
    departement_of_insee,
    departement_of_postal_code,
    region_code,
    region_of,
)
from frontdesk.forms.schema import AllOf, AnyOf, Check, Condition, Expression, Field, FieldType, Op
from frontdesk.forms.values import OTHER, choice_key, is_filled, normalise, option_code

HIDDEN = object()  # the value of a field that is not shown
# field id -> (the sibling field or None when there is no such earlier field, its canonical value or HIDDEN)
SourceOf = Callable[[str], tuple[Field | None, object]]
_NUMBERS = (FieldType.INTEGER, FieldType.DECIMAL)
_DATES = (FieldType.DATE, FieldType.DATETIME)
_CHOICES = (FieldType.CHOICE, FieldType.MULTIPLE_CHOICE)


def condition_met(condition: Condition, source: Field | None, value: object) -> bool:
    """Whether ``value`` of the field ``source`` satisfies the leaf ``condition``; junk values never match."""
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


def expression_met(expression: Expression, source_of: SourceOf) -> bool:
    """Whether a condition tree holds; ``source_of`` gives each leaf its field and canonical value."""
    if isinstance(expression, AllOf):
        return all(expression_met(term, source_of) for term in expression.terms)
    if isinstance(expression, AnyOf):
        return any(expression_met(term, source_of) for term in expression.terms)
    if not isinstance(expression, Condition | Check):
        return False
    source, value = source_of(expression.field)
    if source is None:
        return False
    if isinstance(expression, Condition):
        return value is not HIDDEN and condition_met(expression, source, value)
    return check_met(expression, source, value)


def check_met(check: Check, source: Field, value: object) -> bool:
    """Whether the field ``source`` holding ``value`` (canonical, or HIDDEN) passes ``check``."""
    answered = value is not HIDDEN and _well_formed(source, value) and is_filled(source, value)
    if check.op == Op.EMPTY:  # == : a plain "empty" string counts too
        return not answered
    if not answered:
        return False
    test = _TESTS.get(check.op)
    return test is not None and test(source, value, check.value)


def _well_formed(source: Field, value: object) -> bool:
    """Whether ``value`` has the canonical shape of ``source``'s type; anything else counts as no answer."""
    kind = source.type
    if kind in (FieldType.YES_NO, FieldType.CHECKBOX):
        return isinstance(value, bool)
    if kind is FieldType.INTEGER:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is FieldType.DECIMAL:
        return isinstance(value, str) and _decimal(value) is not None
    if kind in _DATES:
        return _moment(value) is not None
    if kind is FieldType.MULTIPLE_CHOICE:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind in (FieldType.COMMUNE, FieldType.ADDRESS, FieldType.DOCUMENT):
        return isinstance(value, Mapping)
    if kind is FieldType.GROUP:
        return isinstance(value, list)
    return isinstance(value, str)


# --- one function per operator: (source, answered canonical value, constant) -> bool ------------------

def _equals(source: Field, value: object, constant: object) -> bool:
    kind = source.type
    if kind in _CHOICES:
        return _includes(source, value, constant)
    if kind in _NUMBERS:
        pair = _numbers(value, constant)
        return pair is not None and pair[0] == pair[1]
    if kind in _DATES:
        pair = _moments(value, constant)
        return pair is not None and pair[0] == pair[1]
    if isinstance(constant, bool) or isinstance(value, bool):
        return type(value) is type(constant) and value == constant
    return isinstance(value, str) and value == constant


def _not_equals(source: Field, value: object, constant: object) -> bool:
    if source.type is FieldType.MULTIPLE_CHOICE:
        return _excludes(source, value, constant)
    return not _equals(source, value, constant)


def _ordering(compare: Callable[[object, object], bool]) -> Callable[[Field, object, object], bool]:
    def test(source: Field, value: object, constant: object) -> bool:
        pair = _numbers(value, constant) if source.type in _NUMBERS else (
            _moments(value, constant) if source.type in _DATES else None)
        return pair is not None and compare(*pair)
    return test


def _includes(source: Field, value: object, constant: object) -> bool:
    if not isinstance(constant, str):
        return False
    if source.type is FieldType.MULTIPLE_CHOICE:
        return isinstance(value, list) and any(_same_option(v, constant) for v in value)
    return source.type is FieldType.CHOICE and _same_option(value, constant)


def _excludes(source: Field, value: object, constant: object) -> bool:
    return source.type in _CHOICES and isinstance(constant, str) and not _includes(source, value, constant)


def _same_option(value: object, constant: str) -> bool:
    """A choice answer is ``constant``: the option itself, its code ("95" for "95 – Val-d'Oise") or "autre"."""
    return isinstance(value, str) and (choice_key(value) == constant or option_code(value) == constant)


def _in_departement(source: Field, value: object, constant: object) -> bool:
    found, wanted = departement_of(source, value), departement_code(constant)
    return found is not None and found == wanted


def _not_in_departement(source: Field, value: object, constant: object) -> bool:
    found, wanted = departement_of(source, value), departement_code(constant)
    return found is not None and wanted is not None and found != wanted


def _in_region(source: Field, value: object, constant: object) -> bool:
    found, wanted = region_of(departement_of(source, value)), region_code(constant)
    return found is not None and found == wanted


def _not_in_region(source: Field, value: object, constant: object) -> bool:
    found, wanted = region_of(departement_of(source, value)), region_code(constant)
    return found is not None and wanted is not None and found != wanted


_TESTS: dict[Op, Callable[[Field, object, object], bool]] = {
    Op.EQUALS: _equals,
    Op.NOT_EQUALS: _not_equals,
    Op.LESS: _ordering(lambda a, b: a < b),
    Op.AT_MOST: _ordering(lambda a, b: a <= b),
    Op.GREATER: _ordering(lambda a, b: a > b),
    Op.AT_LEAST: _ordering(lambda a, b: a >= b),
    Op.FILLED: lambda _source, _value, _constant: True,
    Op.INCLUDES: _includes,
    Op.EXCLUDES: _excludes,
    Op.IN_DEPARTEMENT: _in_departement,
    Op.NOT_IN_DEPARTEMENT: _not_in_departement,
    Op.IN_REGION: _in_region,
    Op.NOT_IN_REGION: _not_in_region,
}


def departement_of(source: Field, value: object) -> str | None:
    """The département of a commune (INSEE code first), an address (postal code) or a coded choice."""
    if not isinstance(value, Mapping):
        code = option_code(value) if source.type is FieldType.CHOICE and isinstance(value, str) else None
        return departement_code(code)
    if source.type is FieldType.COMMUNE:
        return departement_of_insee(value.get("insee")) or departement_of_postal_code(value.get("postal_code"))
    if source.type is FieldType.ADDRESS:
        return departement_of_postal_code(value.get("postal_code"))
    return None


def _numbers(value: object, constant: object) -> tuple[Decimal, Decimal] | None:
    left, right = _decimal(value), _decimal(constant)
    return (left, right) if left is not None and right is not None else None


def _decimal(raw: object) -> Decimal | None:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return None
    if isinstance(raw, float) and not math.isfinite(raw):
        return None
    try:
        number = Decimal(str(raw).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _moments(value: object, constant: object) -> tuple[date, date] | None:
    """Two dates, or two date-times; a date-time meets a plain date on its day."""
    left, right = _moment(value), _moment(constant)
    if left is None or right is None:
        return None
    if isinstance(left, datetime) != isinstance(right, datetime):
        left, right = _day(left), _day(right)
    return left, right


def _moment(raw: object) -> date | None:
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str) or not 10 <= len(raw) <= 19:
        return None
    try:
        return datetime.fromisoformat(raw) if len(raw) > 10 else date.fromisoformat(raw)
    except ValueError:
        return None


def _day(moment: date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


# --- which fields show ----------------------------------------------------------------------------------

def comparable(source: Field, raw: object) -> object:
    """The value a condition looks at: the canonical one, so "oui" typed in a draft counts as yes."""
    if source.type is FieldType.GROUP:
        return raw if isinstance(raw, list) else []
    return normalise(source, raw, date.today()).value


def shown_flags(fields: Sequence[Field], value_of: Callable[[str], object]) -> dict[str, bool]:
    """Whether each field of one level shows, given ``value_of(field_id)`` -> its raw value.

    Each source value is read and made canonical once, and only when a condition asks for it.
    """
    by_id = {f.id: f for f in fields}
    shown: dict[str, bool] = {}
    canonical: dict[str, object] = {}

    def source_of(field_id: str) -> tuple[Field | None, object]:
        if field_id not in shown:  # unknown, or not placed before
            return None, HIDDEN
        source = by_id[field_id]
        if not shown[field_id]:
            return source, HIDDEN
        if field_id not in canonical:
            canonical[field_id] = comparable(source, value_of(field_id))
        return source, canonical[field_id]

    for field in fields:
        shown[field.id] = field.condition is None or expression_met(field.condition, source_of)
    return shown


def visible_fields(fields: Sequence[Field], values: Mapping[str, object]) -> list[Field]:
    """Fields shown for ``values``, in order."""
    if not isinstance(values, Mapping):
        values = {}
    shown = shown_flags(fields, values.get)
    return [field for field in fields if shown[field.id]]
