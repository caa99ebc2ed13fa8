"""What a form is made of: typed fields, repeated groups and display conditions.

A display condition is a small expression tree (``Expression``): ``AllOf``/``AnyOf`` over leaves, each
leaf (``Condition`` or ``Check``) looking at one earlier sibling field; ``sources()`` names those fields.

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

    def sources(self) -> tuple[str, ...]:
        return (self.field,)


class Op(StrEnum):
    """What a ``Check`` asks of a field's canonical value (the names follow Démarche Numérique's operators)."""

    EQUALS = "="
    NOT_EQUALS = "!="
    LESS = "<"
    AT_MOST = "<="
    GREATER = ">"
    AT_LEAST = ">="
    EMPTY = "empty"  # not answered, or hidden
    FILLED = "filled"
    INCLUDES = "includes"  # a multiple choice has this option ticked (a choice: is this option)
    EXCLUDES = "excludes"
    IN_DEPARTEMENT = "in-departement"  # a commune, an address, or a coded département choice
    NOT_IN_DEPARTEMENT = "not-in-departement"
    IN_REGION = "in-region"  # INSEE region code ("11" Île-de-France), derived from the département
    NOT_IN_REGION = "not-in-region"


@dataclass(frozen=True)
class Check:
    """Show a field when the field ``field`` (a sibling, placed before) passes ``op`` with ``value``.

    Every operator except ``EMPTY`` fails on a field that is hidden, not answered or holds junk, so a
    "not equal" or "not in the département" never shows a field on the strength of a missing answer.
    ``value`` is a scalar (str, bool, int, float, or None for ``EMPTY``/``FILLED``), so fields stay hashable.
    """

    field: str
    op: Op
    value: object = None

    def sources(self) -> tuple[str, ...]:
        return (self.field,)


@dataclass(frozen=True)
class AllOf:
    """Every term holds (no term: always true)."""

    terms: tuple[Expression, ...]

    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(fid for term in self.terms for fid in term.sources()))


@dataclass(frozen=True)
class AnyOf:
    """At least one term holds (no term: never true)."""

    terms: tuple[Expression, ...]

    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(fid for term in self.terms for fid in term.sources()))


# A display condition: a tree of all/any over leaves that each look at one sibling field.
Expression = Condition | Check | AllOf | AnyOf
# Deeper all/any nesting than any real form; readers refuse it, which keeps evaluation far from recursion limits.
MAX_CONDITION_DEPTH = 16


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
    condition: Expression | None = None
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
