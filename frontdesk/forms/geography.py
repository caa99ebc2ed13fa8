"""Départements and regions of French places, for the "in département / in region" display conditions.

A commune's département comes from its INSEE code when there is one (exact), else from its postal code
(the postal code's first digits, right for nearly every commune; a few border communes are served by a
neighbouring département's post office). Regions are the INSEE region codes since 2016: a small static
table, which only changes by law.
"""

from __future__ import annotations

_REGIONS: dict[str, tuple[str, ...]] = {
    "01": ("971",),  # Guadeloupe
    "02": ("972",),  # Martinique
    "03": ("973",),  # Guyane
    "04": ("974",),  # La Réunion
    "06": ("976",),  # Mayotte
    "11": ("75", "77", "78", "91", "92", "93", "94", "95"),  # Île-de-France
    "24": ("18", "28", "36", "37", "41", "45"),  # Centre-Val de Loire
    "27": ("21", "25", "39", "58", "70", "71", "89", "90"),  # Bourgogne-Franche-Comté
    "28": ("14", "27", "50", "61", "76"),  # Normandie
    "32": ("02", "59", "60", "62", "80"),  # Hauts-de-France
    "44": ("08", "10", "51", "52", "54", "55", "57", "67", "68", "88"),  # Grand Est
    "52": ("44", "49", "53", "72", "85"),  # Pays de la Loire
    "53": ("22", "29", "35", "56"),  # Bretagne
    "75": ("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"),  # Nouvelle-Aquitaine
    "76": ("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"),  # Occitanie
    "84": ("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),  # Auvergne-Rhône-Alpes
    "93": ("04", "05", "06", "13", "83", "84"),  # Provence-Alpes-Côte d'Azur
    "94": ("2A", "2B"),  # Corse
}
REGION_OF_DEPARTEMENT: dict[str, str] = {dep: region for region, deps in _REGIONS.items() for dep in deps}


def departement_code(raw: object) -> str | None:
    """A département code as the platform writes it ("01", "2A", "971"), or None when ``raw`` is not one."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = f"{raw:02d}"
    if not isinstance(raw, str):
        return None
    code = raw.strip().upper()
    return code if code in REGION_OF_DEPARTEMENT else None


def region_code(raw: object) -> str | None:
    """A region code ("11", "84"), or None when ``raw`` is not one."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = f"{raw:02d}"
    if not isinstance(raw, str):
        return None
    code = raw.strip()
    return code if code in _REGIONS else None


def departement_of_insee(insee: object) -> str | None:
    """The département of a commune's INSEE code ("95127" -> "95", "2A004" -> "2A", "97411" -> "974")."""
    if not isinstance(insee, str) or len(insee) != 5:
        return None
    return departement_code(insee[:3] if insee.startswith("97") else insee[:2])


def departement_of_postal_code(postal_code: object) -> str | None:
    """The département a five-digit postal code belongs to; Corsica's 20xxx split at 20200."""
    if not isinstance(postal_code, str) or len(postal_code) != 5 or not postal_code.isdigit():
        return None
    if postal_code.startswith("20"):
        return "2A" if postal_code < "20200" else "2B"
    return departement_code(postal_code[:3] if postal_code.startswith("97") else postal_code[:2])


def region_of(departement: str | None) -> str | None:
    return REGION_OF_DEPARTEMENT.get(departement) if departement else None
