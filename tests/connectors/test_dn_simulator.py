"""The simulated platform, driven over real HTTP: what the desk's client and the outbox rely on."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import pytest
import requests

from frontdesk.connectors.demarche_numerique.ids import prefill_key
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from tests.connectors.conftest import champ_ids

PREFILL = "/api/public/v1/demarches/{}/dossiers"


def post(sim: Simulator, number: int = 90001, body: object = None, **kwargs) -> requests.Response:
    return requests.post(sim.base_url + PREFILL.format(number), json={} if body is None else body, timeout=5,
                         **kwargs)


def test_prefill_creates_an_orphan_draft_and_keeps_only_valid_values(simulator: Simulator) -> None:
    ids = champ_ids(simulator, 90001)
    body = {
        prefill_key(ids["Civilité"]): "Mme",
        prefill_key(ids["Téléphone"]): "06 12 34 56 78",
        prefill_key(ids["École souhaitée"]): "École des Tilleuls",
        prefill_key(ids["Activités périscolaires"]): ["Accueil du matin", "Étude surveillée"],
        prefill_key(ids["L'enfant a-t-il un projet d'accueil individualisé (PAI) ?"]): "oui",   # not "true"
        prefill_key(ids["Enfant"]): [{prefill_key(ids["Prénom de l'enfant"]): "Lina",
                                      prefill_key(ids["Date de naissance de l'enfant"]): "2019-02-30"}],
        prefill_key(ids["Justificatif de domicile"]): "facture.pdf",                          # not prefillable
        "identite_nom": "Lefèvre",
    }
    answer = post(simulator, body=body)
    assert answer.status_code == 201
    data = answer.json()
    assert data["state"] == "prefilled"
    assert data["dossier_url"].endswith("prefill_token=" + data["dossier_prefill_token"])
    [dossier] = simulator.dossiers()
    assert dossier["owner"] is None and dossier["identity"] == {"nom": "Lefèvre"}
    assert dossier["values"] == {
        ids["Civilité"]: "Mme", ids["Téléphone"]: "06 12 34 56 78", ids["École souhaitée"]: "École des Tilleuls",
        ids["Activités périscolaires"]: ["Accueil du matin", "Étude surveillée"],
        ids["Enfant"]: [{ids["Prénom de l'enfant"]: "Lina"}],   # the impossible date was dropped
    }
    assert sorted(dossier["dropped"]) == sorted([
        prefill_key(ids["L'enfant a-t-il un projet d'accueil individualisé (PAI) ?"]),
        prefill_key(ids["Justificatif de domicile"])])


def test_padded_and_unpadded_champ_keys_name_the_same_champ(simulator: Simulator) -> None:
    champ = champ_ids(simulator, 90003)["Nombre de jours"]
    assert champ.endswith("=")
    post(simulator, 90003, {"champ_" + champ: "3"})
    post(simulator, 90003, {prefill_key(champ): 4})
    assert [d["values"] for d in simulator.dossiers()] == [{champ: "3"}, {champ: 4}]


def test_prefill_errors_have_the_platform_shapes(simulator: Simulator) -> None:
    wrong_type = requests.post(simulator.base_url + PREFILL.format(90001), data="{}", timeout=5,
                               headers={"Content-Type": "application/json; charset=utf-8"})
    assert (wrong_type.status_code, wrong_type.json()) == (400, {"error": "Content-Type should be json"})
    unknown = post(simulator, 12345)
    assert (unknown.status_code, unknown.json()) == (404, {"error": "procedure 12345 is not found"})
    assert simulator.dossiers() == []


def test_sixteenth_prefill_in_fifteen_seconds_gets_429_with_its_headers(simulator: Simulator) -> None:
    statuses = [post(simulator).status_code for _ in range(15)]
    refused = post(simulator)
    assert statuses == [201] * 15
    assert refused.status_code == 429
    assert refused.headers["Content-Type"].startswith("text/plain") and "cowboy" in refused.text
    assert refused.headers["RateLimit-Remaining"] == "0"
    retry = int(refused.headers["Retry-After"])
    assert 1 <= retry <= 15
    assert abs(int(refused.headers["RateLimit-Reset"]) - (time.time() + retry)) <= 2
    assert len(simulator.dossiers()) == 15
    # tracking GETs are not counted against the prefill limit
    assert requests.get(simulator.base_url + PREFILL.format(90001), params={"prefill_token": "x"},
                        timeout=5).status_code == 200


def test_rate_limit_window_is_configurable_and_slides(simulator: Simulator) -> None:
    sim = Simulator(rate_limit=(2, 0.5))
    sim.start()
    try:
        assert [post(sim).status_code for _ in range(3)] == [201, 201, 429]
        time.sleep(0.6)
        assert post(sim).status_code == 201
        assert [status for _t, method, _p, status in sim.requests_log() if method == "POST"] == [201, 201, 429, 201]
    finally:
        sim.stop()


def test_tracking_by_comma_separated_and_repeated_tokens(simulator: Simulator) -> None:
    tokens = [post(simulator).json()["dossier_prefill_token"] for _ in range(3)]
    url = simulator.base_url + PREFILL.format(90001)
    by_comma = requests.get(url, params={"prefill_token": f"{tokens[0]},{tokens[2]},unknown"}, timeout=5).json()
    assert sorted(d["dossier_prefill_token"] for d in by_comma) == sorted([tokens[0], tokens[2]])
    repeated = requests.get(url, params={"prefill_token[]": tokens[:2]}, timeout=5).json()
    assert len(repeated) == 2
    other_demarche = requests.get(simulator.base_url + PREFILL.format(90002), params={"prefill_token": tokens[0]},
                                  timeout=5).json()
    assert other_demarche == []


def test_opening_the_link_claims_the_draft_for_the_first_signed_in_user(simulator: Simulator) -> None:
    created = post(simulator).json()
    link, token = created["dossier_url"], created["dossier_prefill_token"]
    signed_out = requests.get(link, timeout=5)
    assert signed_out.status_code == 200 and "Connectez-vous" in signed_out.text
    assert simulator.dossiers()[0]["state"] == "prefilled"
    alice = requests.get(link, cookies={"sim_user": "alice"}, timeout=5)
    assert alice.status_code == 200 and f"n° {created['dossier_number']}" in alice.text
    assert requests.get(link, cookies={"sim_user": "bob"}, timeout=5).status_code == 404
    [tracked] = requests.get(simulator.base_url + PREFILL.format(90001), params={"prefill_token": token},
                             timeout=5).json()
    assert tracked["state"] == "brouillon" and "dossier_url" not in tracked and "submitted_at" not in tracked
    submit = requests.post(link.split("?")[0] + "/deposer", data={"prefill_token": token},
                           cookies={"sim_user": "alice"}, timeout=5)
    assert submit.status_code == 200
    assert simulator.dossiers()[0]["state"] == "en_construction"


def test_state_changes_show_in_tracking_with_dates(simulator: Simulator) -> None:
    created = post(simulator).json()
    simulator.claim(created["dossier_prefill_token"], "alice")
    simulator.set_state(created["dossier_number"], "en_instruction")
    simulator.set_state(created["dossier_number"], "accepte")
    [tracked] = requests.get(simulator.base_url + PREFILL.format(90001),
                             params={"prefill_token": created["dossier_prefill_token"]}, timeout=5).json()
    assert tracked["state"] == "accepte" and tracked["submitted_at"] and tracked["processed_at"]
    with pytest.raises(ValueError):
        simulator.set_state(created["dossier_number"], "perdu")
    with pytest.raises(KeyError):
        simulator.claim(created["dossier_prefill_token"], "bob")


def test_orphan_drafts_disappear_after_five_days_but_claimed_ones_stay(simulator: Simulator) -> None:
    orphan, claimed = post(simulator).json(), post(simulator).json()
    simulator.claim(claimed["dossier_prefill_token"])
    simulator.advance_clock(4 * 86400)
    post(simulator)
    assert len(simulator.dossiers()) == 3
    simulator.advance_clock(1 * 86400 + 60)
    numbers = [d["number"] for d in simulator.dossiers()]
    post(simulator)  # any request runs the purge
    remaining = [d["number"] for d in simulator.dossiers()]
    assert orphan["dossier_number"] in numbers and orphan["dossier_number"] not in remaining
    assert claimed["dossier_number"] in remaining


def test_schema_route_serves_the_descriptor_of_opendata_demarches(simulator: Simulator) -> None:
    answer = requests.get(simulator.base_url + "/preremplir/admiville-aide-ccas/schema", timeout=5)
    assert answer.status_code == 200
    data = answer.json()
    assert data["number"] == 90002 and data["revision"]["champDescriptors"]
    private = dict(simulator.state.demarches[90003].descriptor, opendata=False)
    simulator.add_demarche(private)
    assert requests.get(simulator.base_url + "/preremplir/admiville-occupation-domaine-public/schema",
                        timeout=5).status_code == 404


def graphql(sim: Simulator, body: dict, token: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(sim.base_url + "/api/v2/graphql", json=body, headers=headers, timeout=5)


def test_graphql_stored_query_without_token_and_error_shapes(simulator: Simulator) -> None:
    stored = {"queryId": "ds-query-v2", "operationName": "getDemarcheDescriptor",
              "variables": {"demarche": {"number": 90001}, "includeRevision": True}}
    ok = graphql(simulator, stored)
    assert ok.status_code == 200 and ok.json()["data"]["demarcheDescriptor"]["revision"]["id"]
    missing = graphql(simulator, {**stored, "variables": {"demarche": {"number": 1}}}).json()
    assert missing["data"] == {"demarcheDescriptor": None}
    assert missing["errors"][0]["extensions"]["code"] == "not_found"
    assert missing["errors"][0]["path"] == ["demarcheDescriptor"]
    text = graphql(simulator, {"query": "query getDossier { dossier(number: 1) { id } }"})
    assert text.status_code == 403
    assert text.json()["errors"][0]["message"] == "Without a token, only persisted queries are allowed"
    simulator.add_token("expired", expired=True)
    assert graphql(simulator, {"query": "query a { b }"}, "expired").status_code == 401
    simulator.add_token("good")
    broken = graphql(simulator, {"query": "query getDossier { dossier(number: 1) { id }"}, "good")
    assert broken.status_code == 400 and broken.json()["errors"][0]["extensions"]["code"] == "graphql_parse_failed"


def test_faults_timeout_reset_lost_and_malformed(simulator: Simulator) -> None:
    simulator.inject("timeout", count=1, hold_s=3.0)
    with pytest.raises(requests.ReadTimeout):
        requests.post(simulator.base_url + PREFILL.format(90001), json={}, timeout=(2, 0.5))
    simulator.inject("reset", count=1)
    with pytest.raises(requests.ConnectionError):
        post(simulator)
    assert simulator.dossiers() == []
    simulator.inject("lost_response", count=1)
    with pytest.raises(requests.ConnectionError):
        post(simulator)
    assert len(simulator.dossiers()) == 1  # the server acted, the answer never arrived
    simulator.inject("malformed_json", count=1)
    garbled = post(simulator)
    assert garbled.status_code == 201
    with pytest.raises(ValueError):
        garbled.json()
    assert len(simulator.dossiers()) == 2
    assert post(simulator).status_code == 201  # every fault had count=1


def test_server_errors_and_forced_429(simulator: Simulator) -> None:
    simulator.inject("server_error", count=1, status=503, retry_after=7)
    unavailable = post(simulator)
    assert (unavailable.status_code, unavailable.headers["Retry-After"]) == (503, "7")
    simulator.inject("server_error", count=1, route="graphql")
    internal = graphql(simulator, {"queryId": "ds-query-v2", "operationName": "getDemarcheDescriptor",
                                   "variables": {"demarche": {"number": 90001}}})
    assert internal.status_code == 500
    assert internal.json()["errors"][0]["extensions"]["code"] == "internal_server_error"
    simulator.inject("rate_limited", count=2, route="track")
    assert requests.get(simulator.base_url + PREFILL.format(90001), params={"prefill_token": "a"},
                        timeout=5).status_code == 429
    assert post(simulator).status_code == 201  # that fault is only on tracking
    simulator.clear_faults()
    assert requests.get(simulator.base_url + PREFILL.format(90001), params={"prefill_token": "a"},
                        timeout=5).status_code == 200


def test_fault_probability_is_reproducible_with_a_seed(simulator: Simulator) -> None:
    def run() -> list[int]:
        simulator.clear_faults()
        simulator.inject("server_error", probability=0.5, seed=42, route="track")
        return [requests.get(simulator.base_url + PREFILL.format(90001), params={"prefill_token": "a"},
                             timeout=5).status_code for _ in range(12)]

    first = run()
    assert first == run()
    assert set(first) == {200, 500}


def test_unknown_fault_is_refused(simulator: Simulator) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        simulator.inject("earthquake")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_simulator_runs_as_a_module_and_is_driven_over_http() -> None:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "frontdesk.connectors.demarche_numerique.simulator",
                                "--port", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        assert "simulator ready" in process.stdout.readline()
        base = f"http://127.0.0.1:{port}"
        control = base + "/__simulator__/"
        assert requests.post(control + "inject", json={"fault": "server_error", "count": 1, "status": 502},
                             timeout=5).json() == {"ok": True}
        assert requests.post(base + PREFILL.format(90002), json={}, timeout=5).status_code == 502
        created = requests.post(base + PREFILL.format(90002), json={}, timeout=5).json()
        requests.post(control + "claim", json={"prefill_token": created["dossier_prefill_token"]}, timeout=5)
        requests.post(control + "set_state", json={"dossier_number": created["dossier_number"],
                                                   "state": "en_construction"}, timeout=5)
        [dossier] = requests.get(control + "dossiers", timeout=5).json()
        assert dossier["state"] == "en_construction" and dossier["owner"] == "usager"
        requests.post(control + "set_state", json={"dossier_number": created["dossier_number"], "state": "refuse",
                                                   "motivation": "Hors délai"}, timeout=5)
        [dossier] = requests.get(control + "dossiers", timeout=5).json()
        assert (dossier["state"], dossier["motivation"]) == ("refuse", "Hors délai")
        log = requests.get(control + "requests", timeout=5).json()
        assert [entry[3] for entry in log if entry[1] == "POST" and "/api/" in entry[2]] == [502, 201]
        bad = requests.post(control + "inject", json={"fault": "nope"}, timeout=5)
        assert bad.status_code == 400 and "unknown fault" in json.loads(bad.text)["error"]
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
