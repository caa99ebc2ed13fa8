"""Settings: defaults, the TOML file, environment overrides, and precise errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.errors import SettingsError
from frontdesk.messages_fr import EXPECTED, describe
from frontdesk.settings import DEFAULT_DN_URL, KEYS, Settings, load_settings, sqlite_path
from tests.helpers import run_cli

# One value of the wrong form per key (env/file raw text), with the expected-form code it must name.
BAD_VALUES = {
    "database.url": ("mysql://root@localhost/frontdesk", "database_url"),
    "security.lock_after_minutes": ("0", "int_range"),
    "logging.level": ("verbose", "log_level"),
    "desk.name": ("x" * 81, "short_text"),
    "desk.prefix": ("A_1", "desk_prefix"),
    "commune.name": ("   ", "short_text"),
    "commune.address": ("|1 place de la Mairie", "address_lines"),
    "commune.postal_code": ("9500", "postal_code"),
    "commune.email": ("accueil.admiville.fr", "email"),
    "commune.phone": ("0" * 81, "short_text"),
    "privacy.dpo_contact": ("d" * 201, "long_text"),
    "network.demarche_numerique_url": ("ftp://demarche.example", "http_url"),
    "network.timeout_seconds": ("-3", "positive_seconds"),
    "catalogue.directory": ("../elsewhere", "folder_name"),
    "security.key_protection": ("vault", "key_protection"),
    "retention.resident_months": ("0", "int_range"),
    "retention.profile_months": ("two years", "int_range"),
    "retention.visit_identity_months": ("241", "int_range"),
    "retention.consent_months": ("-6", "int_range"),
    "retention.log_months": ("1.5", "int_range"),
    "retention.dossier_months": ("0", "int_range"),
    "retention.draft_months": ("three", "int_range"),
}
KEY_BY_NAME = {key.dotted: key for key in KEYS}


def write_toml(dirs: dict[str, Path], text: str) -> Path:
    dirs["config"].mkdir(parents=True, exist_ok=True)
    path = dirs["config"] / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_has_a_bad_value_case():
    assert set(BAD_VALUES) == set(KEY_BY_NAME)


def test_defaults_without_file_or_environment(isolated_dirs):
    settings = load_settings()
    data = isolated_dirs["data"]
    assert settings.data_dir == data
    assert settings.config_file == isolated_dirs["config"] / "settings.toml"
    assert settings.database_url == "sqlite:///" + (data / "frontdesk.sqlite3").as_posix()
    assert sqlite_path(settings.database_url) == data / "frontdesk.sqlite3"
    assert settings.is_sqlite
    assert not settings.demo
    assert settings.lock_after_minutes == 5
    assert settings.log_level == "INFO"
    assert (settings.desk_name, settings.desk_prefix, settings.commune_name) == ("Accueil", "A1", "")
    assert settings.demarche_numerique_url == DEFAULT_DN_URL
    assert settings.network_timeout_s == 10.0
    assert settings.log_dir == data / "logs"
    assert settings.backup_dir == data / "backups"


def test_an_explicit_env_mapping_is_used_instead_of_os_environ(tmp_path):
    settings = load_settings({"FRONTDESK_DATA_DIR": str(tmp_path / "elsewhere"),
                              "FRONTDESK_CONFIG_DIR": str(tmp_path / "nowhere"),
                              "FRONTDESK_DESK_PREFIX": "b2"})
    assert settings.data_dir == tmp_path / "elsewhere"
    assert settings.desk_prefix == "B2"


def test_file_values_are_read(isolated_dirs):
    write_toml(isolated_dirs, """
[database]
url = "postgresql://frontdesk@db.mairie.local:5432/frontdesk"
[security]
lock_after_minutes = 15
[logging]
level = "debug"
[desk]
name = "État civil"
prefix = "ec2"
[commune]
name = "Saint-Ouen-l'Aumône"
[network]
demarche_numerique_url = "https://dn.example.fr/"
timeout_seconds = 2.5
""")
    settings = load_settings()
    assert settings.database_url == "postgresql+psycopg://frontdesk@db.mairie.local:5432/frontdesk"
    assert not settings.is_sqlite
    assert settings.lock_after_minutes == 15
    assert settings.log_level == "DEBUG"
    assert settings.desk_name == "État civil"
    assert settings.desk_prefix == "EC2"
    assert settings.commune_name == "Saint-Ouen-l'Aumône"
    assert settings.demarche_numerique_url == "https://dn.example.fr"
    assert settings.network_timeout_s == 2.5


def test_environment_overrides_the_file(isolated_dirs, monkeypatch):
    write_toml(isolated_dirs,
               '[desk]\nname = "Accueil principal"\nprefix = "A1"\n[security]\nlock_after_minutes = 15\n')
    monkeypatch.setenv("FRONTDESK_DESK_PREFIX", "B7")
    monkeypatch.setenv("FRONTDESK_LOCK_AFTER_MINUTES", "30")
    settings = load_settings()
    assert settings.desk_prefix == "B7"
    assert settings.lock_after_minutes == 30
    assert settings.desk_name == "Accueil principal"  # not overridden: the file's value stays


def test_an_empty_environment_variable_does_not_override(isolated_dirs, monkeypatch):
    write_toml(isolated_dirs, '[desk]\nprefix = "C3"\n')
    monkeypatch.setenv("FRONTDESK_DESK_PREFIX", "")
    assert load_settings().desk_prefix == "C3"


@pytest.mark.parametrize("dotted", sorted(BAD_VALUES))
def test_bad_environment_value_names_key_and_expected_form(dotted, monkeypatch):
    key = KEY_BY_NAME[dotted]
    raw, expected = BAD_VALUES[dotted]
    monkeypatch.setenv(key.env, raw)
    with pytest.raises(SettingsError) as info:
        load_settings()
    err = info.value
    assert err.code == "settings.invalid"
    assert err.params["key"] == dotted
    assert err.params["expected"] == expected
    assert err.params["source"] == key.env
    assert err.params["value"] == raw[:80]
    for bound, value in key.bounds.items():
        assert err.params[bound] == value


@pytest.mark.parametrize("dotted", sorted(BAD_VALUES))
def test_bad_file_value_names_key_file_and_expected_form(dotted, isolated_dirs):
    section, name = dotted.split(".")
    raw, expected = BAD_VALUES[dotted]
    path = write_toml(isolated_dirs, f'[{section}]\n{name} = "{raw}"\n')
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert info.value.code == "settings.invalid"
    assert info.value.params["key"] == dotted
    assert info.value.params["expected"] == expected
    assert info.value.params["source"] == str(path)


@pytest.mark.parametrize(("toml", "dotted"), [
    ("[security]\nlock_after_minutes = true\n", "security.lock_after_minutes"),
    ("[security]\nlock_after_minutes = 121\n", "security.lock_after_minutes"),
    ("[security]\nlock_after_minutes = 2.5\n", "security.lock_after_minutes"),
    ("[network]\ntimeout_seconds = 301\n", "network.timeout_seconds"),
    ("[network]\ntimeout_seconds = \"nan\"\n", "network.timeout_seconds"),
    ("[network]\ntimeout_seconds = 0\n", "network.timeout_seconds"),
    ("[database]\nurl = \"sqlite:///\"\n", "database.url"),
    ("[desk]\nprefix = \"ABCDEFG\"\n", "desk.prefix"),
])
def test_typed_file_values_of_the_wrong_form(toml, dotted, isolated_dirs):
    write_toml(isolated_dirs, toml)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert info.value.params["key"] == dotted


def test_malformed_toml_is_unreadable(isolated_dirs):
    path = write_toml(isolated_dirs, '[desk\nname = "Accueil"\n')
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert info.value.code == "settings.unreadable"
    assert info.value.params["path"] == str(path)
    assert info.value.params["detail"]
    assert str(path) in describe(info.value)
    assert describe(info.value).startswith("Le fichier de réglages")


def test_demo_mode_forces_its_own_sqlite_file(isolated_dirs, monkeypatch):
    monkeypatch.setenv("FRONTDESK_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/real_commune")
    settings = load_settings(demo=True)
    demo_dir = isolated_dirs["data"] / "demo"
    assert settings.demo
    assert settings.data_dir == demo_dir
    assert settings.database_url == "sqlite:///" + (demo_dir / "frontdesk.sqlite3").as_posix()
    assert settings.backup_dir == demo_dir / "backups"
    assert (settings.commune_name, settings.desk_prefix) == ("Admiville", "ADM-A1")
    assert settings.demarche_numerique_url.startswith("http://127.0.0.1:")  # never the real platform
    # The real settings still point at the real database.
    assert load_settings().database_url == "postgresql+psycopg://postgres@127.0.0.1:5432/real_commune"


def test_demo_mode_keeps_explicit_desk_settings(monkeypatch):
    monkeypatch.setenv("FRONTDESK_DESK_PREFIX", "D9")
    assert load_settings(demo=True).desk_prefix == "D9"


@pytest.mark.parametrize(("raw", "normalised"), [
    ("postgresql://agent:s3cret@hub.mairie.local:5433/frontdesk",
     "postgresql+psycopg://agent:s3cret@hub.mairie.local:5433/frontdesk"),
    ("postgresql+psycopg://agent@hub/frontdesk", "postgresql+psycopg://agent@hub/frontdesk"),
    ("sqlite:///C:/Frontdesk/frontdesk.sqlite3", "sqlite:///C:/Frontdesk/frontdesk.sqlite3"),
    ("  sqlite+pysqlite:////var/lib/frontdesk.sqlite3 ", "sqlite+pysqlite:////var/lib/frontdesk.sqlite3"),
])
def test_database_url_forms(raw, normalised, monkeypatch):
    monkeypatch.setenv("FRONTDESK_DATABASE_URL", raw)
    assert load_settings().database_url == normalised


def test_sqlite_path_of_other_urls():
    assert sqlite_path("postgresql+psycopg://h/db") is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("sqlite:////var/lib/f.sqlite3") == Path("/var/lib/f.sqlite3")


def test_settings_are_frozen(isolated_dirs):
    settings = load_settings()
    assert isinstance(settings, Settings)
    with pytest.raises(AttributeError):
        settings.desk_prefix = "Z9"  # type: ignore[misc]


@pytest.mark.parametrize("dotted", sorted(BAD_VALUES))
def test_french_description_names_key_and_expected_form(dotted, monkeypatch):
    key = KEY_BY_NAME[dotted]
    monkeypatch.setenv(key.env, BAD_VALUES[dotted][0])
    with pytest.raises(SettingsError) as info:
        load_settings()
    sentence = describe(info.value)
    assert sentence.startswith(f"Réglage « {dotted} » incorrect (lu dans {key.env})")
    assert sentence.endswith(".")
    assert "Attendu : " + EXPECTED[key.expected].format(**key.bounds) in sentence
    assert "{" not in sentence  # every placeholder filled


def test_french_description_of_int_range_gives_the_bounds(monkeypatch):
    monkeypatch.setenv("FRONTDESK_LOCK_AFTER_MINUTES", "999")
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert describe(info.value) == (
        "Réglage « security.lock_after_minutes » incorrect (lu dans FRONTDESK_LOCK_AFTER_MINUTES) : « 999 ». "
        "Attendu : un nombre entier entre 1 et 120.")


def test_every_expected_form_has_a_french_wording():
    assert {key.expected for key in KEYS} <= set(EXPECTED)


def test_cli_settings_shows_the_values_in_force(isolated_dirs):
    result = run_cli("settings", env={"FRONTDESK_DESK_PREFIX": "Q5",
                                      "FRONTDESK_DATABASE_URL": "postgresql://agent:s3cret@hub.local/fd"})
    assert result.returncode == 0, result.stderr
    assert "desk.prefix = Q5" in result.stdout
    assert "(absent : valeurs par défaut)" in result.stdout
    assert str(isolated_dirs["data"]) in result.stdout
    assert "s3cret" not in result.stdout  # the database password is never printed
    assert "database.url = postgresql+psycopg://agent:***@hub.local/fd" in result.stdout


def test_cli_settings_with_a_bad_value_exits_2_in_french():
    result = run_cli("settings", env={"FRONTDESK_LOCK_AFTER_MINUTES": "beaucoup"})
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Erreur : Réglage « security.lock_after_minutes » incorrect" in result.stderr
    assert "FRONTDESK_LOCK_AFTER_MINUTES" in result.stderr
    assert "un nombre entier entre 1 et 120" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_with_a_malformed_settings_file_exits_2(isolated_dirs):
    write_toml(isolated_dirs, "[desk]\nprefix = \n")
    result = run_cli("migrate")
    assert result.returncode == 2
    assert "Le fichier de réglages" in result.stderr
    assert "illisible" in result.stderr
