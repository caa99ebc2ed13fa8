"""The sender of this desk, as its settings describe it: the configured platform, the lock beside the
desk's data, and every transport."""

from __future__ import annotations

import logging
import uuid

from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient, client_from_settings
from frontdesk.outbox.backoff import Backoff
from frontdesk.outbox.sender import Sender
from frontdesk.outbox.transports import PREFILL, dn_transports
from frontdesk.privacy.secrets import SecretsError
from frontdesk.settings import Settings
from frontdesk.store.database import Database

log = logging.getLogger(__name__)
RATE_WAIT_S = 2.0  # a prefill waits this long at most for the desk's rate brake, then the item waits instead


def desk_client(settings: Settings) -> DemarcheNumeriqueClient:
    return client_from_settings(settings, token=desk_token())


def desk_token() -> str:
    """The administrator token in the keyring, or "" without one (or without a usable keyring: prefills
    need no token, so they are sent anyway; messages will ask for one)."""
    from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, get_secret

    try:
        return get_secret(DEMARCHE_NUMERIQUE_TOKEN) or ""
    except SecretsError as exc:
        log.warning("keyring unavailable (%s): working without the administrator token", exc.code)
        return ""


def desk_sender(settings: Settings, db: Database, desk_id: uuid.UUID, *,
                client: DemarcheNumeriqueClient | None = None, backoff: Backoff | None = None) -> Sender:
    """Not started: the caller takes the lock with ``start()`` on the thread that will run it."""
    client = client or desk_client(settings)
    client.rate_wait_s = RATE_WAIT_S
    from frontdesk.services.dn_dossiers import record_prefill

    return Sender(db, desk_id, dn_transports(client, {PREFILL: record_prefill}), lock_dir=settings.data_dir,
                  backoff=backoff)
