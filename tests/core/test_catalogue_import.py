"""A supervisor's catalogue: import a checked definition into the commune's folder, check the whole catalogue;
from Python and through the real ``frontdesk-admin`` process."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frontdesk.catalogue import load_catalogue
from frontdesk.catalogue.directories import BUNDLED, catalogue_directories, load_desk_catalogue
from frontdesk.catalogue.importer import CatalogueImportError, import_definition
from frontdesk.messages_fr import CATALOGUE_PROBLEMS, describe
from frontdesk.settings import load_settings
from tests.core.test_catalogue import GOOD
from tests.helpers import run_cli


def test_an_imported_definition_joins_the_desk_catalogue(tmp_path: Path, isolated_dirs) -> None:
    settings = load_settings()
    source = tmp_path / "ma-demarche.toml"
    source.write_text(GOOD, encoding="utf-8")
    procedure, target = import_definition(source, settings.catalogue_dir, load_desk_catalogue(settings))
    assert target == (isolated_dirs["data"] / "catalogue" / "essai.toml").resolve()
    assert target.read_bytes() == source.read_bytes()
    catalogue = load_desk_catalogue(settings)
    assert catalogue.get("essai") == procedure.__class__(**{**procedure.__dict__, "revision": procedure.revision})
    assert catalogue.problems == ()
    assert [p.name for p in settings.catalogue_dir.iterdir()] == ["essai.toml"]  # no temporary file left


@pytest.mark.parametrize(("name", "text", "code"), [
    ("essai.txt", GOOD, "catalogue.import_not_toml"),
    ("big.toml", "# " + "x" * 300_000, "catalogue.import_too_large"),
    ("broken.toml", GOOD.replace('category = "papiers"', 'category = "?"'), "catalogue.import_invalid"),
    ("double.toml", GOOD.replace('id = "essai"', 'id = "etat-civil-acte"'), "catalogue.import_duplicate"),
    ("escape.toml", GOOD.replace('id = "essai"', 'id = "../../evil"'), "catalogue.import_invalid"),
])
def test_a_refused_import_writes_nothing(tmp_path: Path, isolated_dirs, name: str, text: str, code: str) -> None:
    settings = load_settings()
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueImportError) as caught:
        import_definition(source, settings.catalogue_dir, load_desk_catalogue(settings))
    assert caught.value.code == code
    assert describe(caught.value) != f"Erreur ({code})."  # worded in French
    assert not settings.catalogue_dir.exists() or not any(settings.catalogue_dir.iterdir())
    assert not (tmp_path.parent / "evil.toml").exists()


def test_the_same_id_cannot_be_imported_twice(tmp_path: Path, isolated_dirs) -> None:
    settings = load_settings()
    source = tmp_path / "essai.toml"
    source.write_text(GOOD, encoding="utf-8")
    import_definition(source, settings.catalogue_dir, load_desk_catalogue(settings))
    with pytest.raises(CatalogueImportError, match="import_duplicate"):
        import_definition(source, settings.catalogue_dir, load_desk_catalogue(settings))


def test_the_commune_folder_is_a_setting(monkeypatch, isolated_dirs) -> None:
    monkeypatch.setenv("FRONTDESK_CATALOGUE_DIR", "demarches-locales")
    settings = load_settings()
    assert catalogue_directories(settings) == [BUNDLED, isolated_dirs["data"] / "demarches-locales"]


def test_cli_check_and_import(tmp_path: Path, isolated_dirs) -> None:
    result = run_cli("catalogue", "check")
    assert result.returncode == 0, result.stderr
    assert "0 problème(s)" in result.stdout
    good = tmp_path / "essai.toml"
    good.write_text(GOOD, encoding="utf-8")
    result = run_cli("catalogue", "import", str(good))
    assert result.returncode == 0, result.stderr
    assert "« Procédure d'essai » (essai) importée" in result.stdout
    broken = tmp_path / "casse.toml"
    broken.write_text(GOOD.replace('id = "essai"', 'id = "casse"').replace('type = "text"', 'type = "texte"'),
                      encoding="utf-8")
    result = run_cli("catalogue", "import", str(broken))
    assert result.returncode == 1
    assert "casse — fields.nom.type : type de champ inconnu" in result.stderr
    assert "n'a pas été importée" in result.stderr
    (isolated_dirs["data"] / "catalogue" / "casse.toml").write_bytes(broken.read_bytes())  # copied by hand
    result = run_cli("catalogue", "check")
    assert result.returncode == 1
    assert "casse — fields.enfants.children.prenom.type : type de champ inconnu" in result.stderr
    assert "2 problème(s)" in result.stdout
    assert "catalogue problem" not in result.stderr  # the log goes to its file, not to the screen
    assert "Traceback" not in result.stderr


def test_every_problem_code_is_worded_in_french() -> None:
    import frontdesk.catalogue.loader as loader

    source = Path(loader.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'"(catalogue\.[a-z_]+)"', source)) | {"catalogue.duplicate_id"}
    assert codes <= set(CATALOGUE_PROBLEMS)


def test_the_readme_example_is_a_valid_definition(tmp_path: Path) -> None:
    readme = (BUNDLED / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "exemple.toml").write_text(example, encoding="utf-8")
    catalogue = load_catalogue([tmp_path])
    assert catalogue.problems == () and catalogue.get("exemple-demande") is not None
