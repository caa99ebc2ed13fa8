"""Every champ type of the platform and what the desk does with it.

Derived from the platform's schema (``ChampDescriptor`` implementations, January 2026, plus the types
of the newer schema) and its ``TypeDeChamp#prefillable?`` list. A test reads the real schema file and
fails when a type is missing here, so a new platform type is a decision, not a surprise.

Prefillable types the desk still leaves to the web form, and why:
- ``ReferentielChampDescriptor``: prefillable only in the "exact match" mode, which the descriptor
  does not say; a value sent in another mode would be dropped silently.
- ``EpciChampDescriptor``: wants the EPCI's SIREN number, which nobody at a desk knows.
- ``Pays/Region/DepartementChampDescriptor`` when the descriptor carries no options (the stored query
  without a token does not ask for them): a code typed blind would be dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from frontdesk.forms.schema import FieldType

# __typename -> the form field type (None: decided from the descriptor's content, see descriptor.py).
CHAMP_TYPES: dict[str, FieldType | None] = {
    "TextChampDescriptor": FieldType.TEXT,
    "TextareaChampDescriptor": FieldType.LONG_TEXT,
    "EmailChampDescriptor": FieldType.EMAIL,
    "PhoneChampDescriptor": FieldType.PHONE,
    "IbanChampDescriptor": FieldType.TEXT,
    "FormattedChampDescriptor": FieldType.TEXT,
    "SiretChampDescriptor": FieldType.TEXT,
    "IntegerNumberChampDescriptor": FieldType.INTEGER,
    "DecimalNumberChampDescriptor": FieldType.DECIMAL,
    "DossierLinkChampDescriptor": FieldType.INTEGER,
    "DateChampDescriptor": FieldType.DATE,
    "DatetimeChampDescriptor": FieldType.DATETIME,
    "CheckboxChampDescriptor": FieldType.CHECKBOX,
    "YesNoChampDescriptor": FieldType.YES_NO,
    "CiviliteChampDescriptor": FieldType.CIVILITY,
    "DropDownListChampDescriptor": None,            # a choice, or online only for "advanced" lists
    "MultipleDropDownListChampDescriptor": FieldType.MULTIPLE_CHOICE,
    "PaysChampDescriptor": None,                    # a choice when the options came with the descriptor
    "RegionChampDescriptor": None,
    "DepartementChampDescriptor": None,
    "CommuneChampDescriptor": FieldType.COMMUNE,
    "AddressChampDescriptor": FieldType.ADDRESS,
    "RepetitionChampDescriptor": FieldType.GROUP,
    "HeaderSectionChampDescriptor": FieldType.HEADER,
    "ExplicationChampDescriptor": FieldType.EXPLANATION,
    # Not prefillable, or not fillable from a desk: shown as "to complete online".
    "PieceJustificativeChampDescriptor": FieldType.ONLINE_ONLY,
    "TitreIdentiteChampDescriptor": FieldType.ONLINE_ONLY,
    "CarteChampDescriptor": FieldType.ONLINE_ONLY,
    "LinkedDropDownListChampDescriptor": FieldType.ONLINE_ONLY,
    "RNAChampDescriptor": FieldType.ONLINE_ONLY,
    "RNFChampDescriptor": FieldType.ONLINE_ONLY,
    "AnnuaireEducationChampDescriptor": FieldType.ONLINE_ONLY,
    "EngagementJuridiqueChampDescriptor": FieldType.ONLINE_ONLY,
    "NumberChampDescriptor": FieldType.ONLINE_ONLY,
    "ReferentielChampDescriptor": FieldType.ONLINE_ONLY,
    "EpciChampDescriptor": FieldType.ONLINE_ONLY,
    "COJOChampDescriptor": FieldType.ONLINE_ONLY,
    "CnafChampDescriptor": FieldType.ONLINE_ONLY,
    "DgfipChampDescriptor": FieldType.ONLINE_ONLY,
    "PoleEmploiChampDescriptor": FieldType.ONLINE_ONLY,
    "MesriChampDescriptor": FieldType.ONLINE_ONLY,
    # Newer schema (after January 2026): partner-data champs, filled by the platform itself.
    "AAHChampDescriptor": FieldType.ONLINE_ONLY,
    "AEEHChampDescriptor": FieldType.ONLINE_ONLY,
    "ARSChampDescriptor": FieldType.ONLINE_ONLY,
    "EtudiantBoursierChampDescriptor": FieldType.ONLINE_ONLY,
    "PreRempliChampDescriptor": FieldType.ONLINE_ONLY,
    "QuotientFamilialChampDescriptor": FieldType.ONLINE_ONLY,
}

# Champs that are pieces to bring: also listed in the procedure's documents checklist.
DOCUMENT_TYPES = frozenset({"PieceJustificativeChampDescriptor", "TitreIdentiteChampDescriptor"})
CODED_TYPES = frozenset({"PaysChampDescriptor", "RegionChampDescriptor", "DepartementChampDescriptor"})


def walk_champs(champs: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    """Every champ descriptor, in order, a repeated block's children after it; anything that is not a
    champ (a stored or imported descriptor may hold junk) is skipped."""
    for champ in champs:
        if isinstance(champ, Mapping):
            yield champ
            yield from walk_champs(champ.get("champDescriptors") or [])
