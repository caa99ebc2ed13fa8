"""Every error code the Démarche Numérique client can raise is worded in French for the CLI."""

from __future__ import annotations

import re
from pathlib import Path

from frontdesk.connectors.demarche_numerique import client
from frontdesk.connectors.demarche_numerique.errors import RemoteError
from frontdesk.messages_fr import MESSAGES, describe

# Reasons computed at run time rather than written literally in client.py.
DYNAMIC = {"remote.not_found.demarche", "remote.not_found.schema", "remote.not_found.dossier",
           "remote.auth.token_expired", "remote.auth.forbidden_network", "remote.auth.token_missing",
           "remote.auth.forbidden", "remote.auth.deprecated_token", "remote.server.unavailable",
           "remote.server.gateway", "remote.rejected.content_type", "remote.rejected.invalid", "remote.timeout",
           "remote.refused", "remote.reset", "remote.auth", "remote.server"}


def client_codes() -> set[str]:
    source = Path(client.__file__).read_text(encoding="utf-8")
    literal = {f"remote.{kind}" + (f".{reason}" if reason else "")
               for kind, reason in re.findall(r'RemoteError\("(\w+)"(?:, "(\w+)")?', source)}
    return literal | DYNAMIC


def test_every_client_error_has_a_french_cli_message() -> None:
    codes = client_codes()
    assert len(codes) > 25
    assert sorted(c for c in codes if c not in MESSAGES) == []
    text = describe(RemoteError("rejected", "mutation", message="Le dossier est déjà en instruction"))
    assert text.endswith("Le dossier est déjà en instruction")
    assert describe(RemoteError("auth", "token_expired")).startswith("Le jeton d'API Démarche Numérique a expiré")
