"""How the simulated platform keeps or silently drops each prefilled value, per champ type.

Written from the platform's rules (reference notes §6), independently of the desk's own serialiser, so
tests that compare the two catch a serialiser that the real platform would ignore.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_MISSING = object()
FREE_TEXT = {"TextChampDescriptor", "TextareaChampDescriptor", "EmailChampDescriptor", "PhoneChampDescriptor",
             "IbanChampDescriptor", "FormattedChampDescriptor", "ReferentielChampDescriptor"}
PREFILLABLE = FREE_TEXT | {
    "IntegerNumberChampDescriptor", "DecimalNumberChampDescriptor", "DateChampDescriptor",
    "DatetimeChampDescriptor", "CheckboxChampDescriptor", "YesNoChampDescriptor", "CiviliteChampDescriptor",
    "DropDownListChampDescriptor", "MultipleDropDownListChampDescriptor", "PaysChampDescriptor",
    "RegionChampDescriptor", "DepartementChampDescriptor", "CommuneChampDescriptor", "EpciChampDescriptor",
    "AddressChampDescriptor", "SiretChampDescriptor", "DossierLinkChampDescriptor", "RepetitionChampDescriptor",
}


def keep(champ: dict[str, Any], value: Any, children: dict[str, dict[str, Any]] | None = None) -> Any:
    """The value as the platform stores it, or ``_MISSING`` when it would drop it."""
    kind = champ["__typename"]
    if kind not in PREFILLABLE:
        return _MISSING
    if kind in FREE_TEXT or kind == "AddressChampDescriptor":
        return value if isinstance(value, str) and value.strip() else _MISSING
    checker = _CHECKS.get(kind)
    if checker is not None:
        return value if checker(champ, value) else _MISSING
    if kind == "MultipleDropDownListChampDescriptor":
        items = [value] if isinstance(value, str) else value
        ok = isinstance(items, list) and items and all(isinstance(i, str) and i in champ["options"] for i in items)
        return list(items) if ok else _MISSING
    if kind == "RepetitionChampDescriptor":
        return _rows(value, children or {})
    return _MISSING


def is_kept(result: Any) -> bool:
    return result is not _MISSING


def _rows(value: Any, children: dict[str, dict[str, Any]]) -> Any:
    from frontdesk.connectors.demarche_numerique.ids import champ_id_of_key

    if not isinstance(value, list):
        return _MISSING
    rows = []
    for row in value:
        if not isinstance(row, dict):
            continue
        kept = {}
        for key, child_value in row.items():
            child_id = champ_id_of_key(str(key))
            child = children.get(child_id or "")
            if child is not None and is_kept(result := keep(child, child_value)):
                kept[child_id] = result
        rows.append(kept)
    return rows if rows else _MISSING


def _is_integer(_champ: dict, value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()) is not None)


def _is_decimal(_champ: dict, value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value.strip()) is not None


def _is_date(_champ: dict, value: Any) -> bool:
    try:
        return isinstance(value, str) and len(value) == 10 and bool(date.fromisoformat(value))
    except ValueError:
        return False


def _is_datetime(_champ: dict, value: Any) -> bool:
    try:
        return isinstance(value, str) and "T" in value and bool(datetime.fromisoformat(value))
    except ValueError:
        return False


def _is_bool_text(_champ: dict, value: Any) -> bool:
    return value in ("true", "false")


def _is_civility(_champ: dict, value: Any) -> bool:
    return value in ("M.", "Mme")


def _is_option(champ: dict, value: Any) -> bool:
    if not isinstance(value, str) or not value:
        return False
    return value in (champ.get("options") or []) or bool(champ.get("otherOption"))


def _is_coded(champ: dict, value: Any) -> bool:
    options = champ.get("options") or []
    return isinstance(value, str) and any(value in (o["code"], o["name"]) for o in options)


def _is_commune(_champ: dict, value: Any) -> bool:
    if not isinstance(value, list) or not 1 <= len(value) <= 2:
        return False
    return all(isinstance(v, str) and re.fullmatch(r"\d[\dAB]\d{3}", v) for v in value)


def _is_epci(_champ: dict, value: Any) -> bool:
    return (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)
            and re.fullmatch(r"\d[\dAB]\d?", value[0]) is not None and re.fullmatch(r"\d{9}", value[1]) is not None)


def _is_siret(_champ: dict, value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"\d{14}", value) is not None


_CHECKS = {
    "IntegerNumberChampDescriptor": _is_integer,
    "DossierLinkChampDescriptor": _is_integer,
    "DecimalNumberChampDescriptor": _is_decimal,
    "DateChampDescriptor": _is_date,
    "DatetimeChampDescriptor": _is_datetime,
    "CheckboxChampDescriptor": _is_bool_text,
    "YesNoChampDescriptor": _is_bool_text,
    "CiviliteChampDescriptor": _is_civility,
    "DropDownListChampDescriptor": _is_option,
    "PaysChampDescriptor": _is_coded,
    "RegionChampDescriptor": _is_coded,
    "DepartementChampDescriptor": _is_coded,
    "CommuneChampDescriptor": _is_commune,
    "EpciChampDescriptor": _is_epci,
    "SiretChampDescriptor": _is_siret,
}
