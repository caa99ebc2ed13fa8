"""The supervisor's view of catalogue problems: each broken definition named in French, the others loaded."""

from __future__ import annotations

from pathlib import Path

from frontdesk.catalogue import load_catalogue
from frontdesk.resources import RESOURCES
from tests.core.test_catalogue import GOOD
from tests.qt.a11y import assert_keyboard_friendly
from ui.catalogue_problems import CatalogueProblemsView


def test_problems_are_listed_in_french(qtbot, tmp_path: Path) -> None:
    (tmp_path / "casse.toml").write_text(GOOD.replace('category = "papiers"', 'category = "x"'), encoding="utf-8")
    catalogue = load_catalogue([RESOURCES / "catalogue", tmp_path])
    view = CatalogueProblemsView(catalogue)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.table.rowCount() == 1
    row = [view.table.item(0, column).text() for column in range(4)]
    assert row == ["casse.toml", "essai", "category", "catégorie de démarche inconnue"]
    assert f"{len(catalogue.procedures)} démarches disponibles" in view.summary.text()
    assert_keyboard_friendly(view)


def test_a_clean_catalogue_says_so(qtbot) -> None:
    view = CatalogueProblemsView(load_catalogue([RESOURCES / "catalogue"]))
    qtbot.addWidget(view)
    view.show()
    assert "Aucun problème" in view.summary.text()
    assert not view.table.isVisible()
