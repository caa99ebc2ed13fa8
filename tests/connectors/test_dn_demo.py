"""Demo mode serves the simulated platform itself, and the network indicator's probe finds it."""

from __future__ import annotations

import os
import socket

import pytest

from frontdesk.connectors.demarche_numerique.simulator import start_in_background
from frontdesk.connectors.http import probe
from frontdesk.context import open_frontdesk
from frontdesk.services import demarches
from frontdesk.settings import load_settings


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_demo_start_serves_the_simulator_and_lists_the_three_demarches(monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"http://127.0.0.1:{_free_port()}"  # not 8790: another test run on this machine may hold it
    monkeypatch.setattr("frontdesk.context.DEMO_DN_URL", url)
    settings = load_settings({**os.environ, "FRONTDESK_DN_URL": url}, demo=True)
    assert probe(url, 1.0) is False
    fd = open_frontdesk(settings)
    try:
        assert fd.simulator is not None and probe(url, 2.0) is True
        titles = sorted(p.title for p in demarches.list_procedures(fd.db))
        assert titles == ["Autorisation d'occupation du domaine public", "Demande d'aide sociale facultative (CCAS)",
                          "Inscription scolaire et périscolaire"]
        second = open_frontdesk(settings)  # something already listens: no second server
        assert second.simulator is None
        second.close()
    finally:
        fd.close()
    assert probe(url, 1.0) is False


def test_only_a_local_address_gets_a_simulator() -> None:
    assert start_in_background("https://demarche.numerique.gouv.fr") is None


def test_a_demo_pointed_elsewhere_gets_no_simulator() -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    fd = open_frontdesk(load_settings({**os.environ, "FRONTDESK_DN_URL": url}, demo=True))
    try:
        assert fd.simulator is None and probe(url, 1.0) is False
        assert len(demarches.list_procedures(fd.db)) == 3  # the forms are cached all the same
    finally:
        fd.close()
