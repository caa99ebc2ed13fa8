"""The administrator token as a supervisor handles it: kept in the keyring only, journalled without its
value, refused when it cannot be a token, and checked with the real simulator over HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.connectors.demarche_numerique.throttle import Throttle
from frontdesk.domain.roles import Actor, Role
from frontdesk.outbox.desk import desk_client
from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, SERVICE
from frontdesk.services import dn_token
from frontdesk.services.desk import ensure_desk
from frontdesk.settings import load_settings
from frontdesk.store.models import JournalEntry

TOKEN = "MTIzO2FkbWluLXRva2VuLWRlLWxhLW1haXJpZQ=="


@pytest.fixture
def supervisor(db) -> Actor:
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    return Actor(desk.id, role=Role.SUPERVISOR)


def journal(db) -> list[tuple[str, str]]:
    with db.read() as session:
        return [(e.action, repr(e.details)) for e in session.scalars(
            select(JournalEntry).where(JournalEntry.action.like("dn.token%")).order_by(JournalEntry.seq))]


def test_saved_in_the_keyring_only_and_journalled_without_its_value(db, supervisor, memory_keyring, tmp_path):
    assert not dn_token.token_saved()
    dn_token.save_token(db, supervisor, f"  {TOKEN}\n")  # pasted with a line end
    assert memory_keyring.store[(SERVICE, DEMARCHE_NUMERIQUE_TOKEN)] == TOKEN
    assert dn_token.token_saved()
    assert desk_client(load_settings()).has_token
    dn_token.forget_token(db, supervisor)
    assert not dn_token.token_saved() and not desk_client(load_settings()).has_token
    entries = journal(db)
    assert [action for action, _ in entries] == ["dn.token_saved", "dn.token_forgotten"]
    assert all(TOKEN not in details for _, details in entries)
    if db.engine.dialect.name == "sqlite":  # not in the file either (the keyring is the only place)
        path = Path(db.engine.url.database)
        raw = b"".join(f.read_bytes() for f in (path, path.with_name(path.name + "-wal")) if f.exists())
        assert raw and TOKEN.encode() not in raw


@pytest.mark.parametrize("value", ["", "   ", "deux morceaux", "a\tb", "x" * 513, "ligne\x07bip"])
def test_what_cannot_be_a_token_is_refused_and_nothing_is_kept(db, supervisor, memory_keyring, value):
    with pytest.raises(dn_token.TokenInvalid):
        dn_token.save_token(db, supervisor, value)
    assert (SERVICE, DEMARCHE_NUMERIQUE_TOKEN) not in memory_keyring.store
    assert journal(db) == []


def client_with(simulator: Simulator, token: str) -> DemarcheNumeriqueClient:
    return DemarcheNumeriqueClient(simulator.base_url, token=token, timeout=(2.0, 5.0), throttle=Throttle(15, 16.0))


def test_the_platform_says_whether_it_accepts_the_token(simulator: Simulator) -> None:
    simulator.add_token("good")
    simulator.add_token("old", expired=True)
    simulator.add_token("elsewhere", demarches=[90001])
    good = dn_token.check_token(client_with(simulator, "good"), [90002, 90001])
    assert (good.accepted, good.demarche_number, good.error) == (True, 90002, None)
    expired = dn_token.check_token(client_with(simulator, "old"), [90002])
    assert not expired.accepted and expired.error.kind == "auth" and expired.error.code == "remote.auth.token_expired"
    unknown = dn_token.check_token(client_with(simulator, "never-issued"), [90002])
    assert not unknown.accepted and unknown.error.kind == "auth"
    scoped = dn_token.check_token(client_with(simulator, "elsewhere"), [90002])
    assert not scoped.accepted and scoped.error is not None
    nothing_to_ask = dn_token.check_token(client_with(simulator, "good"), [])
    assert (nothing_to_ask.accepted, nothing_to_ask.error) == (False, None)
    simulator.stop()
    offline = dn_token.check_token(client_with(simulator, "good"), [90002])
    assert not offline.accepted and offline.error.kind == "refused"


def test_a_client_takes_a_new_token_without_being_rebuilt(simulator: Simulator) -> None:
    simulator.add_token("good")
    client = client_with(simulator, "")
    assert not client.has_token
    client.use_token("good")
    assert dn_token.check_token(client, [90002]).accepted
    client.use_token(None)
    assert not client.has_token
