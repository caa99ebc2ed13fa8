"""The client against the real simulator over HTTP: results, every error shape, secrets kept out of logs."""

from __future__ import annotations

import logging
import socket
from datetime import UTC, datetime, timedelta

import pytest

from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient, client_from_settings
from frontdesk.connectors.demarche_numerique.errors import RemoteError
from frontdesk.connectors.demarche_numerique.ids import prefill_key
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.connectors.demarche_numerique.throttle import Throttle
from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, set_secret
from frontdesk.settings import load_settings
from tests.connectors.conftest import champ_ids


def admin(simulator: Simulator, token: str = "admin-token", **kwargs) -> DemarcheNumeriqueClient:
    simulator.add_token(token, **kwargs)
    return DemarcheNumeriqueClient(simulator.base_url, token=token, timeout=(2.0, 5.0), throttle=Throttle(15, 16.0))


def remote_error(call, *args, **kwargs) -> RemoteError:
    with pytest.raises(RemoteError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_prefill_then_track(simulator: Simulator, client: DemarcheNumeriqueClient) -> None:
    ids = champ_ids(simulator, 90002)
    result = client.prefill(90002, {prefill_key(ids["Nombre de personnes au foyer"]): 3})
    assert result.state == "prefilled" and result.dossier_number and result.link.startswith(simulator.base_url)
    assert result.prefill_token not in repr(result) and result.link not in repr(result)
    [tracked] = client.track([result.prefill_token, "unknown"], 90002)
    assert (tracked.dossier_number, tracked.state, tracked.updated_at) == (result.dossier_number, "prefilled", None)
    simulator.claim(result.prefill_token)
    simulator.set_state(result.dossier_number, "refuse")
    [tracked] = client.track([result.prefill_token], 90002)
    assert tracked.state == "refuse" and tracked.processed_at is not None and tracked.updated_at == tracked.processed_at


def test_tracking_is_batched(simulator: Simulator, client: DemarcheNumeriqueClient) -> None:
    tokens = [client.prefill(90001, {}).prefill_token for _ in range(3)]
    many = tokens + [f"absent-{i}" for i in range(117)]
    before = len(simulator.requests_log())
    found = client.track(many, 90001)
    gets = [r for r in simulator.requests_log()[before:] if r[1] == "GET"]
    assert sorted(t.prefill_token for t in found) == sorted(tokens)
    assert len(gets) == 3  # 120 tokens, 50 per request


def test_descriptor_by_stored_query_by_path_and_fallback(simulator: Simulator, client: DemarcheNumeriqueClient) -> None:
    by_number = client.descriptor(90001)
    assert by_number["title"] == "Inscription scolaire et périscolaire" and by_number["revision"]["champDescriptors"]
    by_path = client.descriptor("admiville-inscription-scolaire")
    assert by_path["revision"]["id"] == by_number["revision"]["id"]
    simulator.inject("server_error", route="graphql")
    assert remote_error(client.descriptor, 90001).code == "remote.server.internal"
    assert client.descriptor(90001, path="admiville-inscription-scolaire")["number"] == 90001
    with_token = admin(simulator)
    simulator.clear_faults()
    assert with_token.descriptor(90002)["number"] == 90002


def test_local_rate_brake_never_sends_a_sixteenth_prefill(simulator: Simulator) -> None:
    client = DemarcheNumeriqueClient(simulator.base_url, throttle=Throttle(15, 16.0), rate_wait_s=0.0)
    for _ in range(15):
        client.prefill(90001, {})
    error = remote_error(client.prefill, 90001, {})
    assert (error.code, error.acted) == ("remote.rate_limited.local", False)
    assert 0 < error.retry_after <= 16
    assert len([r for r in simulator.requests_log() if r[1] == "POST"]) == 15


def test_server_429_gives_retry_after_and_holds_the_brake(simulator: Simulator,
                                                          client: DemarcheNumeriqueClient) -> None:
    simulator.inject("rate_limited", count=1, retry_after=9)
    error = remote_error(client.prefill, 90001, {})
    assert (error.kind, error.retry_after, error.acted) == ("rate_limited", 9.0, False)
    assert 8 < client.throttle.wait_needed() <= 9


@pytest.mark.parametrize(("fault", "options", "code", "acted", "created"), [
    ("timeout", {"hold_s": 3.0}, "remote.timeout", None, 0),
    ("reset", {}, "remote.reset", None, 0),
    ("lost_response", {}, "remote.reset", None, 1),
    ("malformed_json", {}, "remote.malformed", True, 1),
    ("server_error", {}, "remote.server", False, 0),
    ("server_error", {"status": 502}, "remote.server.gateway", None, 0),
    ("server_error", {"status": 503, "retry_after": 12}, "remote.server.unavailable", False, 0),
])
def test_prefill_faults(simulator: Simulator, fault: str, options: dict, code: str, acted: bool | None,
                        created: int) -> None:
    client = DemarcheNumeriqueClient(simulator.base_url, timeout=(2.0, 0.5), throttle=Throttle(15, 16.0))
    simulator.inject(fault, count=1, **options)
    error = remote_error(client.prefill, 90001, {})
    assert (error.code, error.acted) == (code, acted)
    assert len(simulator.dossiers()) == created
    if options.get("retry_after"):
        assert error.retry_after == options["retry_after"]
    assert client.prefill(90001, {}).dossier_number  # the next one goes through


def test_reads_never_claim_an_unknown_outcome(simulator: Simulator) -> None:
    client = DemarcheNumeriqueClient(simulator.base_url, timeout=(2.0, 0.5), throttle=Throttle(15, 16.0))
    simulator.inject("timeout", count=1, hold_s=3.0, route="track")
    error = remote_error(client.track, ["a"], 90001)
    assert (error.code, error.acted) == ("remote.timeout", False)
    simulator.inject("malformed_json", count=1, route="track")
    assert remote_error(client.track, ["a"], 90001).code == "remote.malformed"


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = DemarcheNumeriqueClient(f"http://127.0.0.1:{port}", timeout=(1.0, 1.0), throttle=Throttle(15, 16.0))
    error = remote_error(client.prefill, 90001, {})
    assert (error.code, error.acted) == ("remote.refused", False)


def test_rest_error_shapes(simulator: Simulator, client: DemarcheNumeriqueClient) -> None:
    assert remote_error(client.prefill, 4242, {}).code == "remote.not_found.demarche"
    assert remote_error(client.track, ["a"], 4242).code == "remote.not_found.demarche"
    assert remote_error(client.descriptor, "no-such-path").code == "remote.not_found.schema"


def test_graphql_error_shapes(simulator: Simulator, client: DemarcheNumeriqueClient) -> None:
    assert remote_error(client.descriptor, 1).code == "remote.not_found.demarche"
    assert remote_error(client.dossier, 1).code == "remote.auth.token_missing"  # never sent without a token
    simulator.add_demarche(dict(simulator.state.demarches[90003].descriptor, opendata=False))
    assert remote_error(client.descriptor, 90003).code == "remote.auth.hidden"
    mistyped = DemarcheNumeriqueClient(simulator.base_url, token="typo", throttle=Throttle(15, 16.0))
    assert remote_error(mistyped.dossier, 1).code == "remote.auth.token_missing"
    assert remote_error(admin(simulator, "old", expired=True).dossier, 1).code == "remote.auth.token_expired"
    assert remote_error(admin(simulator, "far", forbidden_network=True).dossier, 1).code == \
        "remote.auth.forbidden_network"
    good = admin(simulator, demarches=[90001])
    assert remote_error(good.dossier, 1).code == "remote.not_found.dossier"
    assert remote_error(good._graphql, "query getDossier { dossier(number: 1) {", {}, "getDossier",
                        what="dossier").code == "remote.rejected.query"
    simulator.inject("graphql_timeout", count=1)
    assert remote_error(good.dossier, 1).code == "remote.server.timeout"


def _submitted(simulator: Simulator, client: DemarcheNumeriqueClient, number: int = 90001) -> int:
    result = client.prefill(number, {})
    simulator.claim(result.prefill_token)
    simulator.set_state(result.dossier_number, "en_construction")
    return result.dossier_number


def test_admin_dossier_dossiers_and_message(simulator: Simulator, client: DemarcheNumeriqueClient) -> None:
    first, second = _submitted(simulator, client), _submitted(simulator, client)
    client.prefill(90001, {})  # an orphan draft is invisible to the administration
    other = _submitted(simulator, client, 90002)
    token = admin(simulator, demarches=[90001], write=True)
    dossier = token.dossier(first)
    assert dossier["state"] == "en_construction" and dossier["dateDepot"]
    assert remote_error(token.dossier, other).code == "remote.auth.hidden"
    since = datetime.now(UTC) - timedelta(minutes=5)
    assert [d["number"] for d in token.dossiers_updated_since(90001, since)] == [first, second]
    assert token.dossiers_updated_since(90001, datetime.now(UTC) + timedelta(days=1)) == []
    simulator.set_state(second, "refuse", motivation="Pièce manquante")  # a decision carries its reason
    [listed] = [d for d in token.dossiers_updated_since(90001, since) if d["number"] == second]
    assert (listed["motivation"], token.dossier(second)["motivation"]) == ("Pièce manquante", "Pièce manquante")
    assert listed["dateTraitement"] and listed["datePassageEnInstruction"] and listed["dateDerniereModification"]
    simulator.set_state(second, "en_instruction")  # reopened: no decision, no reason
    assert token.dossier(second)["motivation"] is None
    instructeur = dossier["instructeurs"][0]["id"]
    message_id = token.send_message(dossier["id"], instructeur, "Votre dossier a bien été reçu.")
    assert message_id and [m["id"] for m in token.dossier(first)["messages"]] == [message_id]
    stranger = "SW5zdHJ1Y3RldXItOQ=="
    assert remote_error(token.send_message, dossier["id"], stranger, "x").code == "remote.auth.instructeur"
    reader = admin(simulator, "reader", write=False)
    assert remote_error(reader.send_message, dossier["id"], instructeur, "x").code == "remote.auth.read_only"
    assert remote_error(token.send_message, dossier["id"], instructeur, " ").code == "remote.rejected.mutation"


def test_dossiers_pages_through_more_than_one_page(simulator: Simulator) -> None:
    simulator.stop()
    sim = Simulator(rate_limit=(1000, 1.0))
    sim.start()
    try:
        client = DemarcheNumeriqueClient(sim.base_url, throttle=Throttle(1000, 1.0))
        numbers = [_submitted(sim, client) for _ in range(105)]
        token = admin(sim)
        before = len(sim.requests_log())
        assert sorted(d["number"] for d in token.dossiers_updated_since(90001, None)) == numbers
        assert len(sim.requests_log()) - before == 2
    finally:
        sim.stop()


def test_link_and_prefill_token_never_reach_the_log(simulator: Simulator, client: DemarcheNumeriqueClient,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    result = client.prefill(90001, {})
    client.track([result.prefill_token], 90001)
    simulator.inject("malformed_json", count=1, route="track")
    with pytest.raises(RemoteError) as caught:
        client.track([result.prefill_token], 90001)
    simulator.inject("server_error", count=1, route="track")
    with pytest.raises(RemoteError):
        client.track([result.prefill_token], 90001)
    assert "DN GET /api/public/v1/demarches/90001/dossiers" in caplog.text  # the calls are logged ...
    assert result.prefill_token not in caplog.text and result.link not in caplog.text  # ... without secrets
    assert result.prefill_token not in str(caught.value) and result.prefill_token not in repr(caught.value.params)


def test_client_from_settings_reads_the_token_from_the_keyring(simulator: Simulator) -> None:
    settings = load_settings({"FRONTDESK_DN_URL": simulator.base_url, "FRONTDESK_NETWORK_TIMEOUT": "7"})
    assert client_from_settings(settings).has_token is False
    set_secret(DEMARCHE_NUMERIQUE_TOKEN, "kept-in-keyring")
    simulator.add_token("kept-in-keyring", demarches=[90001])
    client = client_from_settings(settings)
    assert client.has_token and client.timeout == (3.05, 7.0)
    assert remote_error(client.dossier, 5).code == "remote.not_found.dossier"
