"""The town hall's Démarche Numérique administrator token: set or forgotten by a supervisor, kept in the
operating system's keyring, never in the database, a log or the journal.

With it the desk follows its dossiers in detail (the platform's dates, the reason of a decision); without
it, tracking by prefill token still works. Only a supervisor handles it: the token opens every dossier of
the commune's démarches, not only the desk's. Saving does not need the network (the desk may be offline
when the supervisor has the token at hand); ``check_token`` then asks the platform whether it accepts it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.errors import RemoteError
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.errors import ValidationError
from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, delete_secret, get_secret, set_secret
from frontdesk.store.database import Database

log = logging.getLogger(__name__)
MAX_TOKEN_CHARS = 512


class TokenInvalid(ValidationError):
    """What was pasted cannot be a token: empty, too long, or with spaces or control characters."""

    code = "dn.token_invalid"


@dataclass(frozen=True)
class TokenCheck:
    """What the platform said of the token, asked on one démarche the desk fills."""

    accepted: bool
    demarche_number: int | None = None   # None: the desk knows no démarche to ask about
    error: RemoteError | None = None     # why it was not accepted (refused, expired, or not reachable)


def token_saved() -> bool:
    """Whether the keyring holds a token (raises SecretsError when the keyring cannot be read)."""
    return bool(get_secret(DEMARCHE_NUMERIQUE_TOKEN))


def save_token(db: Database, actor: Actor, token: str) -> None:
    """Keep ``token`` in the keyring (replacing any other) and journal that it was set, not its value."""
    require(actor, Permission.PLATFORM_CREDENTIALS)
    value = token.strip()
    if not value or len(value) > MAX_TOKEN_CHARS or not value.isprintable() or any(c.isspace() for c in value):
        raise TokenInvalid()
    set_secret(DEMARCHE_NUMERIQUE_TOKEN, value)
    with db.unit_of_work(actor) as uow:
        uow.journal.append("dn.token_saved", "desk", actor.desk_id)


def forget_token(db: Database, actor: Actor) -> None:
    """Remove the token from the keyring: tracking goes on by prefill token only."""
    require(actor, Permission.PLATFORM_CREDENTIALS)
    delete_secret(DEMARCHE_NUMERIQUE_TOKEN)
    with db.unit_of_work(actor) as uow:
        uow.journal.append("dn.token_forgotten", "desk", actor.desk_id)


def check_token(client: DemarcheNumeriqueClient, demarche_numbers: list[int]) -> TokenCheck:
    """Ask the platform, with the client's token, for the dossiers of one démarche changed from now on
    (an empty, cheap answer when the token is good). A token scoped to other démarches is refused there."""
    if not demarche_numbers:
        return TokenCheck(accepted=False)
    number = demarche_numbers[0]
    try:
        client.dossiers_updated_since(number, datetime.now(UTC))
    except RemoteError as exc:
        log.info("administrator token check on démarche %s: %s", number, exc.code)
        return TokenCheck(False, number, exc)
    return TokenCheck(True, number)
