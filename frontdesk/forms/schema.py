"""What a form is made of: typed fields, repeated groups and display conditions.

A schema is plain frozen data so the catalogue, the Démarche Numérique connector and the renderer
can share it, and a dossier can be re-validated years later against the revision it was filled with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    YES_NO = "yes_no"
    CHECKBOX = "checkbox"
    CIVILITY = "civility"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    COMMUNE = "commune"
    CHOICE = "choice"
    MULTIPLE_CHOICE = "multiple_choice"
    HEADER = "header"
    EXPLANATION = "explanation"
    GROUP = "group"
    DOCUMENT = "document"
    ONLINE_ONLY = "online_only"  # shown as "to complete online": the desk cannot fill it


# Types that only show words: they hold no value and are never required.
DISPLAY_ONLY = frozenset({FieldType.HEADER, FieldType.EXPLANATION, FieldType.ONLINE_ONLY})


@dataclass(frozen=True)
class Condition:
    """Show a field when the field ``field`` (a sibling: top level, or the same group item) matches.

    ``equals`` compares the canonical value (a choice answered "autre: ..." equals "autre"); ``in_``
    accepts any of several values (for a multiple choice: any ticked one). With neither, the field
    shows when the other one is filled in (a non-empty answer, a ticked box, "yes").
    """

    field: str
    equals: object | None = None
    in_: tuple[str, ...] = ()


@dataclass(frozen=True)
class Field:
    id: str
    type: FieldType
    label: str
    required: bool = False
    help: str = ""
    options: tuple[str, ...] = ()
    allow_other: bool = False
    min: float | None = None  # integer/decimal: value bounds; date/datetime: days relative to today
    max: float | None = None
    max_length: int | None = None
    children: tuple[Field, ...] = ()
    min_items: int = 0
    max_items: int | None = None
    condition: Condition | None = None
    remote_id: str = ""
    remote_type: str = ""

    @property
    def holds_value(self) -> bool:
        return self.type not in DISPLAY_ONLY


@dataclass(frozen=True)
class FormSchema:
    fields: tuple[Field, ...]

    def field(self, field_id: str) -> Field:
        """The top-level field ``field_id``, or a group's child named ``group.child``; KeyError otherwise."""
        head, _, rest = field_id.partition(".")
        for candidate in self.fields:
            if candidate.id == head:
                if not rest:
                    return candidate
                for child in candidate.children:
                    if child.id == rest:
                        return child
        raise KeyError(field_id)

    def visible(self, values: Mapping[str, object]) -> list[Field]:
        """The top-level fields shown for these values (a field whose condition fails is hidden)."""
        from frontdesk.forms.conditions import visible_fields

        return visible_fields(self.fields, values)
