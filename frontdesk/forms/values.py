"""Canonical values: one JSON-serialisable Python shape per field type, and how raw input becomes one.

Canonical shapes (``None`` = not answered):

- text, long_text, email, phone (E.164 "+33612345678"), civility ("Mme" or "M."), choice -> str
- integer -> int | None; decimal -> str | None ("12.50": Decimal text with a dot, no exponent)
- date -> "YYYY-MM-DD" | None; datetime -> "YYYY-MM-DDTHH:MM" | None
- yes_no -> bool | None; checkbox -> bool
- address -> {"street", "postal_code", "commune"} (str each)
- commune -> {"name", "postal_code", "insee"} (str each)
- multiple_choice -> list[str] (in the options' order); group -> list[dict]; document -> {"supplied", "original"}
- choice with ``allow_other``: one of the options, or "autre: <free text>" (``OTHER_PREFIX``);
  "autre" alone means "other" was picked and the text is still missing.

``normalise`` accepts what an agent may type (French decimal comma, "12/03/2026" dates, "06 12 34 56 78")
and never raises: a value it cannot read comes back as the empty value with a problem code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from frontdesk.domain.residents import normalise_email, normalise_phone, normalise_postal_code
from frontdesk.forms.schema import Field, FieldType

OTHER = "autre"
CODE_SEPARATOR = " – "  # a coded option reads "95 – Val-d'Oise"; the part before it is what is sent
OTHER_PREFIX = "autre: "
CIVILITIES = ("Mme", "M.")
ADDRESS_PARTS = ("street", "postal_code", "commune")
COMMUNE_PARTS = ("name", "postal_code", "insee")
DOCUMENT_PARTS = ("supplied", "original")
TEXT_MAX = 250
LONG_TEXT_MAX = 5000
INTEGER_DIGITS = 15
_INTEGER = re.compile(r"-?[0-9]{1,15}")
_DECIMAL = re.compile(r"-?[0-9]{1,15}(?:[.,][0-9]{1,6})?")
_INSEE = re.compile(r"[0-9]{5}|2[AB][0-9]{3}")
_DATETIME_FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S")


def other_value(text: str) -> str:
    """The canonical answer "other" with its free text."""
    return OTHER_PREFIX + text.strip() if text.strip() else OTHER


def other_text(value: object) -> str | None:
    """The free text of an "other" answer ("" when missing), or None when the answer is not "other"."""
    if not isinstance(value, str):
        return None
    if value == OTHER:
        return ""
    return value[len(OTHER_PREFIX):] if value.startswith(OTHER_PREFIX) else None


def choice_key(value: str) -> str:
    """What a condition compares a choice with: the option, or "autre" for any "other" answer."""
    return OTHER if other_text(value) is not None else value


def option_code(value: str) -> str | None:
    """The code of a coded option ("95" for "95 – Val-d'Oise"), or None for a plain option."""
    code, separator, _name = value.partition(CODE_SEPARATOR)
    return code if separator else None


def empty_value(field: Field) -> Any:
    """The value of an unanswered field."""
    kind = field.type
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.EMAIL, FieldType.PHONE, FieldType.CIVILITY,
                FieldType.CHOICE):
        return ""
    if kind is FieldType.CHECKBOX:
        return False
    if kind is FieldType.ADDRESS:
        return dict.fromkeys(ADDRESS_PARTS, "")
    if kind is FieldType.COMMUNE:
        return dict.fromkeys(COMMUNE_PARTS, "")
    if kind is FieldType.MULTIPLE_CHOICE or kind is FieldType.GROUP:
        return []
    if kind is FieldType.DOCUMENT:
        return dict.fromkeys(DOCUMENT_PARTS, False)
    return None


def is_filled(field: Field, value: object) -> bool:
    """Whether a canonical value answers the field (what "required" asks for)."""
    kind = field.type
    if kind is FieldType.ADDRESS:
        return isinstance(value, Mapping) and all(_text(value.get(p)) for p in ADDRESS_PARTS)
    if kind is FieldType.COMMUNE:
        return isinstance(value, Mapping) and bool(_text(value.get("name")))
    if kind is FieldType.DOCUMENT:
        return isinstance(value, Mapping) and value.get("supplied") is True
    if kind is FieldType.CHECKBOX:
        return value is True
    if kind is FieldType.YES_NO:
        return isinstance(value, bool)
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return value is not None and not isinstance(value, Mapping)


@dataclass
class Normalised:
    """A field's canonical value and, when the input could not be read or breaks a rule, why."""

    value: Any
    code: str | None = None
    params: dict[str, Any] = field(default_factory=dict)


def normalise(field: Field, raw: object, today: date) -> Normalised:
    """Read ``raw`` as a value of ``field`` (groups are handled by the validator)."""
    reader = _READERS.get(field.type)
    if reader is None:
        return Normalised(empty_value(field))
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Normalised(empty_value(field))
    return reader(field, raw, today)


def _text(raw: object) -> str:
    return raw.strip() if isinstance(raw, str) else ""


def _wrong(field: Field, code: str, **params: Any) -> Normalised:
    return Normalised(empty_value(field), code, params)


def _read_text(field: Field, raw: object, _today: date) -> Normalised:
    if not isinstance(raw, str):
        return _wrong(field, "form.text")
    long = field.type is FieldType.LONG_TEXT
    value = raw.replace("\r\n", "\n").strip()
    limit = field.max_length or (LONG_TEXT_MAX if long else TEXT_MAX)
    if len(value) > limit:
        return Normalised(value, "form.too_long", {"max": limit})
    return Normalised(value)


def _bounds(field: Field, number: float) -> tuple[str, dict[str, Any]] | tuple[None, dict]:
    if field.min is not None and number < field.min:
        return "form.too_small", {"min": _plain(field.min)}
    if field.max is not None and number > field.max:
        return "form.too_large", {"max": _plain(field.max)}
    return None, {}


def _plain(bound: float) -> int | float:
    return int(bound) if float(bound).is_integer() else bound


def _read_integer(field: Field, raw: object, _today: date) -> Normalised:
    if isinstance(raw, bool):
        return _wrong(field, "form.integer")
    if isinstance(raw, float):
        if not math.isfinite(raw) or not raw.is_integer():
            return _wrong(field, "form.integer")
        raw = int(raw)
    if isinstance(raw, str):
        digits = "".join(raw.split()).replace("\u202f", "")
        if not _INTEGER.fullmatch(digits):
            return _wrong(field, "form.integer")
        raw = int(digits)
    if not isinstance(raw, int) or abs(raw) >= 10 ** INTEGER_DIGITS:
        return _wrong(field, "form.integer")
    code, params = _bounds(field, raw)
    return Normalised(raw, code, params)


def _read_decimal(field: Field, raw: object, _today: date) -> Normalised:
    if isinstance(raw, bool):
        return _wrong(field, "form.decimal")
    if isinstance(raw, int | float | Decimal):
        raw = str(raw)
    if not isinstance(raw, str):
        return _wrong(field, "form.decimal")
    text = "".join(raw.split()).replace("\u202f", "")
    if not _DECIMAL.fullmatch(text):
        return _wrong(field, "form.decimal")
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern only lets plain numbers through
        return _wrong(field, "form.decimal")
    value = format(number, "f")
    code, params = _bounds(field, float(number))
    return Normalised(value, code, params)


def _parse_date(raw: object) -> date | None:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _date_bounds(field: Field, day: date, today: date) -> tuple[str | None, dict[str, Any]]:
    try:
        if field.min is not None and day < today + timedelta(days=int(field.min)):
            return "form.date_too_early", {"min": (today + timedelta(days=int(field.min))).isoformat()}
        if field.max is not None and day > today + timedelta(days=int(field.max)):
            return "form.date_too_late", {"max": (today + timedelta(days=int(field.max))).isoformat()}
    except OverflowError:
        return None, {}
    return None, {}


def _read_date(field: Field, raw: object, today: date) -> Normalised:
    day = _parse_date(raw)
    if day is None or day.year < 1800:
        return _wrong(field, "form.date")
    code, params = _date_bounds(field, day, today)
    return Normalised(day.isoformat(), code, params)


def _read_datetime(field: Field, raw: object, today: date) -> Normalised:
    moment = raw if isinstance(raw, datetime) else None
    if isinstance(raw, str):
        for fmt in _DATETIME_FORMATS:
            try:
                moment = datetime.strptime(raw.strip(), fmt)
                break
            except ValueError:
                continue
    if moment is None or moment.year < 1800:
        return _wrong(field, "form.datetime")
    code, params = _date_bounds(field, moment.date(), today)
    return Normalised(moment.strftime("%Y-%m-%dT%H:%M"), code, params)


def _read_yes_no(field: Field, raw: object, _today: date) -> Normalised:
    if isinstance(raw, bool):
        return Normalised(raw)
    if isinstance(raw, str) and raw.strip().casefold() in ("oui", "yes", "true"):
        return Normalised(True)
    if isinstance(raw, str) and raw.strip().casefold() in ("non", "no", "false"):
        return Normalised(False)
    return _wrong(field, "form.yes_no")


def _read_checkbox(field: Field, raw: object, _today: date) -> Normalised:
    if isinstance(raw, bool):
        return Normalised(raw)
    return _wrong(field, "form.yes_no")


def _read_civility(field: Field, raw: object, _today: date) -> Normalised:
    if isinstance(raw, str) and raw.strip() in CIVILITIES:
        return Normalised(raw.strip())
    return _wrong(field, "form.choice")


def _read_email(field: Field, raw: object, _today: date) -> Normalised:
    value = normalise_email(raw) if isinstance(raw, str) else None
    return Normalised(value) if value else Normalised(_text(raw)[:TEXT_MAX], "form.email")


def _read_phone(field: Field, raw: object, _today: date) -> Normalised:
    value = normalise_phone(raw) if isinstance(raw, str) and len(raw) <= 40 else None
    return Normalised(value) if value else Normalised(_text(raw)[:40], "form.phone")


def _parts(raw: object, names: tuple[str, ...]) -> dict[str, str] | None:
    if not isinstance(raw, Mapping):
        return None
    parts = {}
    for name in names:
        value = raw.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            return None
        parts[name] = " ".join(value.split())[:TEXT_MAX]
    return parts


def _with_postal_code(parts: dict[str, str]) -> Normalised | None:
    """Normalise ``parts["postal_code"]`` in place; the problem when it is not a French postal code."""
    if parts["postal_code"]:
        code = normalise_postal_code(parts["postal_code"])
        if code is None:
            return Normalised(parts, "form.postal_code")
        parts["postal_code"] = code
    return None


def _read_address(field: Field, raw: object, _today: date) -> Normalised:
    parts = _parts(raw, ADDRESS_PARTS)
    if parts is None:
        return _wrong(field, "form.invalid")
    return _with_postal_code(parts) or Normalised(parts)


def _read_commune(field: Field, raw: object, _today: date) -> Normalised:
    parts = _parts(raw, COMMUNE_PARTS)
    if parts is None:
        return _wrong(field, "form.invalid")
    wrong_code = _with_postal_code(parts)
    if wrong_code is not None:
        return wrong_code
    parts["insee"] = parts["insee"].upper()
    if parts["insee"] and not _INSEE.fullmatch(parts["insee"]):
        return Normalised(parts, "form.insee")
    return Normalised(parts)


def _read_choice(field: Field, raw: object, _today: date) -> Normalised:
    if not isinstance(raw, str):
        return _wrong(field, "form.choice")
    value = raw.strip()
    if value in field.options:
        return Normalised(value)
    other = other_text(value)
    if field.allow_other and other is not None:
        text = " ".join(other.split())
        if not text:
            return Normalised(OTHER, "form.other_required")
        if len(text) > TEXT_MAX:
            return Normalised(OTHER_PREFIX + text[:TEXT_MAX], "form.too_long", {"max": TEXT_MAX})
        return Normalised(OTHER_PREFIX + text)
    return _wrong(field, "form.choice")


def _read_multiple(field: Field, raw: object, _today: date) -> Normalised:
    if not isinstance(raw, list | tuple):
        return _wrong(field, "form.choice")
    ticked = {v for v in raw if isinstance(v, str)}
    value = [option for option in field.options if option in ticked]
    if len(value) != len(raw):
        return Normalised(value, "form.choice")
    return Normalised(value)


def _read_document(field: Field, raw: object, _today: date) -> Normalised:
    if not isinstance(raw, Mapping):
        return _wrong(field, "form.invalid")
    supplied, original = raw.get("supplied", False), raw.get("original", False)
    if not isinstance(supplied, bool) or not isinstance(original, bool):
        return _wrong(field, "form.invalid")
    # "original" only means something for a supplied piece.
    return Normalised({"supplied": supplied, "original": original and supplied})


_READERS = {
    FieldType.TEXT: _read_text,
    FieldType.LONG_TEXT: _read_text,
    FieldType.INTEGER: _read_integer,
    FieldType.DECIMAL: _read_decimal,
    FieldType.DATE: _read_date,
    FieldType.DATETIME: _read_datetime,
    FieldType.YES_NO: _read_yes_no,
    FieldType.CHECKBOX: _read_checkbox,
    FieldType.CIVILITY: _read_civility,
    FieldType.EMAIL: _read_email,
    FieldType.PHONE: _read_phone,
    FieldType.ADDRESS: _read_address,
    FieldType.COMMUNE: _read_commune,
    FieldType.CHOICE: _read_choice,
    FieldType.MULTIPLE_CHOICE: _read_multiple,
    FieldType.DOCUMENT: _read_document,
}
