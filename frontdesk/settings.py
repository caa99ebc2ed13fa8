"""Settings: a TOML file in the platform config directory, overridden by environment variables.

Why both: a town hall's IT deploys one file per PC, while tests, benchmarks and support sessions need
to point one process elsewhere without touching that file. Every value is checked when loaded, so a
typo stops the start with a message naming the key and the form it expects, never half-way through.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from frontdesk.domain.references import normalise_prefix
from frontdesk.errors import SettingsError

APP_NAME = "Frontdesk"
CONFIG_FILE = "settings.toml"
DEFAULT_DN_URL = "https://demarche.numerique.gouv.fr"
DEMO_DN_URL = "http://127.0.0.1:8790"
# The demo commune's contact details, printed on its documents (fictitious addresses).
DEMO_COMMUNE = {
    "commune_address": ("Hôtel de ville", "1 place de la Mairie"),
    "commune_postal_code": "95000",
    "commune_email": "accueil@admiville.fr",
    "commune_phone": "01 30 00 00 00",
    "dpo_contact": "Délégué à la protection des données, Mairie d'Admiville, 1 place de la Mairie, "
                   "95000 Admiville, dpo@admiville.fr",
}


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    config_file: Path
    database_url: str
    demo: bool = False
    lock_after_minutes: int = 5
    log_level: str = "INFO"
    desk_name: str = "Accueil"
    desk_prefix: str = "A1"
    commune_name: str = ""
    # The commune as printed on residents' documents (controller of the GDPR notice, sender of letters).
    commune_address: tuple[str, ...] = ()
    commune_postal_code: str = ""
    commune_email: str = ""
    commune_phone: str = ""
    dpo_contact: str = ""  # how to reach the data protection officer, printed on the notice and consent forms
    demarche_numerique_url: str = DEFAULT_DN_URL
    network_timeout_s: float = 10.0
    catalogue_directory: str = "catalogue"
    key_protection: str = "auto"  # "auto" (keyring where one exists), "keyring" or "passphrase"
    # Retention, in months; defaults and their reasons in docs/retention.md.
    retention_resident_months: int = 24
    retention_profile_months: int = 24
    retention_visit_identity_months: int = 12
    retention_consent_months: int = 72
    retention_log_months: int = 12
    retention_dossier_months: int = 24
    retention_draft_months: int = 3

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def catalogue_dir(self) -> Path:
        """The commune's own procedure definitions, loaded after the bundled ones."""
        return self.data_dir / self.catalogue_directory

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


# --- value parsers: each returns the value or raises ValueError -------------------------------------

def _int_range(lo: int, hi: int) -> Callable[[Any], int]:
    def parse(raw: Any) -> int:
        value = int(str(raw).strip()) if not isinstance(raw, bool) else None
        if value is None or not lo <= value <= hi:
            raise ValueError
        return value
    return parse


def _positive_float(raw: Any) -> float:
    value = float(str(raw).strip())
    if not 0 < value <= 300:
        raise ValueError
    return value


def _http_url(raw: Any) -> str:
    value = str(raw).strip().rstrip("/")
    if not re.fullmatch(r"https?://[A-Za-z0-9.\-\[\]:]+(/\S*)?", value):
        raise ValueError
    return value


def _database_url(raw: Any) -> str:
    value = str(raw).strip()
    if not re.match(r"^(sqlite(\+pysqlite)?:///.+|postgresql(\+psycopg)?://\S+)$", value):
        raise ValueError
    if value.startswith("postgresql://"):
        value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
    return value


def _log_level(raw: Any) -> str:
    value = str(raw).strip().upper()
    if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ValueError
    return value


def _desk_prefix(raw: Any) -> str:
    value = normalise_prefix(str(raw))
    if value is None:
        raise ValueError
    return value


def _folder_name(raw: Any) -> str:
    """One folder name inside the data folder: no separator, no "..", nothing a file system refuses."""
    value = str(raw).strip()
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}", value) or ".." in value or value.endswith((".", " ")):
        raise ValueError
    return value


def _key_protection(raw: Any) -> str:
    value = str(raw).strip().lower()
    if value not in {"auto", "keyring", "passphrase"}:
        raise ValueError
    return value


def _short_text(raw: Any) -> str:
    value = str(raw).strip()
    if not 1 <= len(value) <= 80:
        raise ValueError
    return value


def _long_text(raw: Any) -> str:
    value = " ".join(str(raw).split())
    if not 1 <= len(value) <= 200:
        raise ValueError
    return value


def _address_lines(raw: Any) -> tuple[str, ...]:
    """1 to 4 lines: a TOML list of strings, or one string with the lines separated by "|" (environment)."""
    parts = raw if isinstance(raw, list) else str(raw).split("|")
    lines = tuple(" ".join(str(part).split()) for part in parts)
    if not 1 <= len(lines) <= 4 or any(not 1 <= len(line) <= 80 for line in lines):
        raise ValueError
    return lines


def _postal_code(raw: Any) -> str:
    value = str(raw).strip()
    if not re.fullmatch(r"\d{5}", value):
        raise ValueError
    return value


def _email(raw: Any) -> str:
    value = str(raw).strip()
    if len(value) > 120 or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise ValueError
    return value


@dataclass(frozen=True)
class _Key:
    """One setting: where it lives in the file, its environment override and its expected form."""

    dotted: str
    attr: str
    env: str
    parse: Callable[[Any], Any]
    expected: str  # code of the expected form, worded by the UI or the CLI
    bounds: Mapping[str, Any] = field(default_factory=dict)


KEYS: tuple[_Key, ...] = (
    _Key("database.url", "database_url", "FRONTDESK_DATABASE_URL", _database_url, "database_url"),
    _Key("security.lock_after_minutes", "lock_after_minutes", "FRONTDESK_LOCK_AFTER_MINUTES",
         _int_range(1, 120), "int_range", {"min": 1, "max": 120}),
    _Key("logging.level", "log_level", "FRONTDESK_LOG_LEVEL", _log_level, "log_level"),
    _Key("desk.name", "desk_name", "FRONTDESK_DESK_NAME", _short_text, "short_text"),
    _Key("desk.prefix", "desk_prefix", "FRONTDESK_DESK_PREFIX", _desk_prefix, "desk_prefix"),
    _Key("commune.name", "commune_name", "FRONTDESK_COMMUNE", _short_text, "short_text"),
    _Key("commune.address", "commune_address", "FRONTDESK_COMMUNE_ADDRESS", _address_lines, "address_lines"),
    _Key("commune.postal_code", "commune_postal_code", "FRONTDESK_COMMUNE_POSTAL_CODE", _postal_code,
         "postal_code"),
    _Key("commune.email", "commune_email", "FRONTDESK_COMMUNE_EMAIL", _email, "email"),
    _Key("commune.phone", "commune_phone", "FRONTDESK_COMMUNE_PHONE", _short_text, "short_text"),
    _Key("privacy.dpo_contact", "dpo_contact", "FRONTDESK_DPO_CONTACT", _long_text, "long_text"),
    _Key("network.demarche_numerique_url", "demarche_numerique_url", "FRONTDESK_DN_URL", _http_url, "http_url"),
    _Key("network.timeout_seconds", "network_timeout_s", "FRONTDESK_NETWORK_TIMEOUT", _positive_float,
         "positive_seconds"),
    _Key("catalogue.directory", "catalogue_directory", "FRONTDESK_CATALOGUE_DIR", _folder_name, "folder_name"),
    _Key("security.key_protection", "key_protection", "FRONTDESK_KEY_PROTECTION", _key_protection,
         "key_protection"),
    *(_Key(f"retention.{name}_months", f"retention_{name}_months", f"FRONTDESK_RETENTION_{name.upper()}_MONTHS",
           _int_range(1, 240), "int_range", {"min": 1, "max": 240})
      for name in ("resident", "profile", "visit_identity", "consent", "log", "dossier", "draft")),
)


def default_config_dir(env: Mapping[str, str]) -> Path:
    if env.get("FRONTDESK_CONFIG_DIR"):
        return Path(env["FRONTDESK_CONFIG_DIR"])
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def default_data_dir(env: Mapping[str, str]) -> Path:
    if env.get("FRONTDESK_DATA_DIR"):
        return Path(env["FRONTDESK_DATA_DIR"])
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _read_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        # Not TOML, not UTF-8, or nested beyond reason: the file is refused whole, with its path.
        raise SettingsError("settings.unreadable", path=str(path), detail=str(exc)[:200]) from exc
    except OSError as exc:
        raise SettingsError("settings.unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _lookup(tree: Mapping[str, Any], dotted: str) -> Any:
    """The value at ``dotted``, None when absent; ValueError when a section is not a table
    (``database = 3`` where ``[database]`` is expected), which would otherwise hide the setting."""
    node: Any = tree
    for part in dotted.split("."):
        if not isinstance(node, Mapping):
            raise ValueError(dotted)
        if part not in node:
            return None
        node = node[part]
    return node


def load_settings(env: Mapping[str, str] | None = None, *, demo: bool = False) -> Settings:
    """Read the file, apply environment overrides, check every value.

    Demo mode always runs on its own SQLite file in a ``demo`` sub-folder, so trying the product can
    never touch the commune's real data.
    """
    env = os.environ if env is None else env
    config_file = default_config_dir(env) / CONFIG_FILE
    data_dir = default_data_dir(env)
    if demo:
        data_dir = data_dir / "demo"
    tree = _read_file(config_file)

    values: dict[str, Any] = {}
    for key in KEYS:
        try:
            raw, source = _lookup(tree, key.dotted), str(config_file)
        except ValueError:
            raise SettingsError(key=key.dotted, source=str(config_file), value="", expected=key.expected,
                                **key.bounds) from None
        if env.get(key.env):
            raw, source = env[key.env], key.env
        if raw is None:
            continue
        try:
            values[key.attr] = key.parse(raw)
        except (ValueError, TypeError) as exc:
            raise SettingsError(key=key.dotted, source=source, value=mask_secret(str(raw))[:80],
                                expected=key.expected, **key.bounds) from exc

    if demo:
        values["database_url"] = _sqlite_url(data_dir)
        values.setdefault("commune_name", "Admiville")
        values.setdefault("desk_name", "Services à la population")
        values.setdefault("desk_prefix", "ADM-A1")
        for attr, value in DEMO_COMMUNE.items():
            values.setdefault(attr, value)
        # The demo never talks to the real platform: it expects the local simulator.
        values.setdefault("demarche_numerique_url", DEMO_DN_URL)
    values.setdefault("database_url", _sqlite_url(data_dir))
    return Settings(data_dir=data_dir, config_file=config_file, demo=demo, **values)


def mask_secret(value: str) -> str:
    """Hide a password written in a URL (``scheme://user:secret@host``) before it is shown or logged."""
    return re.sub(r"(://[^:/@\s]*:)\S*@", r"\1***@", value)


def _sqlite_url(data_dir: Path) -> str:
    return "sqlite:///" + (data_dir / "frontdesk.sqlite3").as_posix()


def sqlite_path(database_url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for another engine or an in-memory database."""
    if not database_url.startswith("sqlite"):
        return None
    path = database_url.split(":///", 1)[1]
    return None if path in ("", ":memory:") else Path(path)
