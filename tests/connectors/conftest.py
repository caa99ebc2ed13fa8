"""A real simulator on 127.0.0.1 (port 0) per test, and a client with its own rate brake."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.demo_demarches import social_help
from frontdesk.connectors.demarche_numerique.ids import global_id
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.connectors.demarche_numerique.throttle import Throttle


@pytest.fixture
def simulator() -> Iterator[Simulator]:
    sim = Simulator()
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def client(simulator: Simulator) -> DemarcheNumeriqueClient:
    return DemarcheNumeriqueClient(simulator.base_url, timeout=(2.0, 5.0), throttle=Throttle(15, 16.0))


def champ_ids(simulator: Simulator, number: int) -> dict[str, str]:
    """Label -> champ id of a démarche served by the simulator."""
    return {c["label"]: c["id"] for c in simulator.state.demarches[number].champs().values()}


def social_help_next_revision() -> dict:
    """The CCAS démarche as its administrator changed it: a question reworded, an e-mail question added."""
    new = json.loads(json.dumps(social_help()))
    new["revision"]["id"] = global_id("ProcedureRevision", 5202)
    champs = new["revision"]["champDescriptors"]
    champs[1]["label"] = "Nombre de personnes vivant au foyer"
    champs.append({"__typename": "EmailChampDescriptor", "id": global_id("Champ", 2999), "label": "Courriel",
                   "description": None, "required": False})
    return new
