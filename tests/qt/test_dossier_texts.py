"""Answers read back to the resident (review step, dossier detail) as they are said in France, not in
the canonical forms the desk stores."""

from __future__ import annotations

import pytest

from ui.dossier_texts import value_text


@pytest.mark.parametrize(("value", "shown"), [
    ("2027-01-27", "mercredi 27 janvier 2027"),
    ("2027-01-27T14:00", "mercredi 27 janvier 2027 à 14:00"),
    ("+33763264621", "07 63 26 46 21"),
    ("12.50", "12,50"),
    ("-3.5", "-3,5"),
    (True, "oui"),
    (False, "non"),
    (None, "—"),
    (["Tables et chaises", "Cuisine équipée"], "Tables et chaises, Cuisine équipée"),
    ({"street": "3 rue des Lilas", "postal_code": "95000", "commune": "Admiville"}, "3 rue des Lilas, 95000 Admiville"),
    ("Fête familiale", "Fête familiale"),
    ("2027-13-45", "2027-13-45"),  # not a date after all: as typed
    ("732 829 320 00074", "732 829 320 00074"),
    (60, "60"),
])
def test_values_read_as_spoken(qapp, value, shown) -> None:
    assert value_text(value) == shown
