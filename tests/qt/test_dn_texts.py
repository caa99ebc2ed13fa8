"""The UI words every Démarche Numérique error and revision change, in French once translated."""

from __future__ import annotations

from frontdesk.connectors.demarche_numerique.errors import RemoteError
from frontdesk.errors import FrontdeskError
from frontdesk.messages_fr import MESSAGES
from tests.connectors.test_dn_messages import client_codes
from ui import texts


def test_ui_and_cli_word_the_same_remote_codes() -> None:
    ui_codes = {c for c in texts._MESSAGES if c.startswith(("remote.", "dn.", "secrets."))}
    cli_codes = {c for c in MESSAGES if c.startswith(("remote.", "dn.", "secrets."))}
    assert ui_codes == cli_codes
    assert client_codes() <= ui_codes


def test_french_wording(qapp) -> None:
    assert texts.describe(RemoteError("auth", "read_only")).startswith("Le jeton d'API est en lecture seule")
    refused = texts.describe(FrontdeskError("dn.descriptor_invalid", file="a.json", problem="no_number"))
    assert refused == ("Le fichier a.json n'est pas un formulaire Démarche Numérique\u00a0: "
                       "le numéro de la démarche manque.")
    assert texts.revision_change("changed", "Courriel", ("label", "options")) == \
        "Question modifiée\u00a0: Courriel (formulation, choix proposés)"
