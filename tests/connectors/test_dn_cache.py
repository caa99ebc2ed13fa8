"""Descriptors cached per revision in the real databases: refresh online, offline use, revision changes,
supervisor import; the CLI import with good and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk.catalogue import Catalogue
from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.demo_demarches import social_help
from frontdesk.connectors.demarche_numerique.errors import RemoteError
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.connectors.demarche_numerique.throttle import Throttle
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import PermissionDenied
from frontdesk.services import demarches
from frontdesk.services.desk import ensure_desk
from frontdesk.store.models import DemarcheDescriptorRevision, JournalEntry
from tests.connectors.conftest import social_help_next_revision
from tests.helpers import run_cli


@pytest.fixture
def actor(db) -> Actor:
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    return Actor(desk.id, role=Role.SUPERVISOR)


def test_refresh_caches_and_serves_offline(db, actor: Actor, simulator: Simulator,
                                           client: DemarcheNumeriqueClient) -> None:
    form = demarches.refresh(db, actor, client, 90002)
    assert (form.number, form.source, form.offline, form.changes) == (90002, "remote", False, ())
    assert form.procedure.title == "Demande d'aide sociale facultative (CCAS)"
    simulator.stop()  # the network is down
    offline = demarches.refresh(db, actor, client, 90002)
    assert offline.offline and offline.revision_id == form.revision_id and offline.procedure == form.procedure
    with pytest.raises(RemoteError) as caught:
        demarches.refresh(db, actor, client, 90001)  # never seen: nothing to fall back on
    assert caught.value.kind == "refused"
    assert [p.id for p in demarches.list_procedures(db)] == ["dn-90002"]
    catalogue = demarches.with_demarches(Catalogue(()), db)
    assert [p.title for p in catalogue.search("ccas")] == ["Demande d'aide sociale facultative (CCAS)"]


def test_new_revision_shows_its_changes_until_reviewed(db, actor: Actor, simulator: Simulator,
                                                       client: DemarcheNumeriqueClient) -> None:
    first = demarches.refresh(db, actor, client, 90002)
    simulator.add_demarche(social_help_next_revision())
    second = demarches.refresh(db, actor, client, 90002)
    assert second.revision_id != first.revision_id
    assert {(c.kind, c.label) for c in second.changes} == {("added", "Courriel"),
                                                           ("changed", "Nombre de personnes vivant au foyer")}
    again = demarches.refresh(db, actor, client, 90002)  # same revision: nothing new stored
    assert again.changes == second.changes
    demarches.mark_reviewed(db, actor, 90002)
    assert demarches.get_form(db, 90002).changes == ()
    old = demarches.procedure_at_revision(db, 90002, first.revision_id)
    assert old is not None and old.form == first.procedure.form
    with db.read() as session:
        rows = session.scalars(select(DemarcheDescriptorRevision).order_by(DemarcheDescriptorRevision.created_at))
        assert [(r.revision_id == first.revision_id, r.current) for r in rows] == [(True, False), (False, True)]
        actions = list(session.scalars(select(JournalEntry.action).where(JournalEntry.action.like("dn.%"))))
    assert actions == ["dn.descriptor_stored", "dn.revision_changed", "dn.revision_reviewed"]


def test_refresh_all_checks_every_known_form(db, actor: Actor, simulator: Simulator,
                                             client: DemarcheNumeriqueClient) -> None:
    first = demarches.refresh(db, actor, client, 90002)
    demarches.refresh(db, actor, client, 90001)
    quiet = demarches.refresh_all(db, actor, client)
    assert (quiet.checked, quiet.changed, quiet.unreachable, quiet.refused) == (2, (), 0, 0)
    assert all(form.changes == () for form in demarches.list_forms(db))
    simulator.add_demarche(social_help_next_revision())
    moved = demarches.refresh_all(db, actor, client)
    assert (moved.checked, moved.changed) == (2, (90002,))
    forms = {form.number: form for form in demarches.list_forms(db)}
    assert set(forms) == {90001, 90002} and forms[90001].changes == ()
    assert {c.kind for c in forms[90002].changes} == {"added", "changed"}
    # a draft started on the first revision is told what changed since, whether or not someone reviewed it
    demarches.mark_reviewed(db, actor, 90002)
    assert {c.label for c in demarches.changes_since(db, 90002, first.revision_id)} == {
        "Courriel", "Nombre de personnes vivant au foyer"}
    assert demarches.changes_since(db, 90002, forms[90002].revision_id) == ()
    assert demarches.changes_since(db, 90002, "an unknown revision") == ()
    simulator.stop()
    down = demarches.refresh_all(db, actor, client)
    assert (down.checked, down.changed, down.unreachable) == (0, (), 2)
    assert {f.revision_id for f in demarches.list_forms(db)} == {f.revision_id for f in forms.values()}


def test_refresh_all_keeps_the_cached_form_when_the_new_one_is_refused(
        db, actor: Actor, simulator: Simulator, client: DemarcheNumeriqueClient) -> None:
    first = demarches.refresh(db, actor, client, 90002)
    broken = social_help_next_revision()
    broken["revision"]["champDescriptors"].append({"__typename": "TextChampDescriptor", "label": "sans id"})
    simulator.add_demarche(broken)
    report = demarches.refresh_all(db, actor, client)
    assert (report.checked, report.changed, report.refused) == (0, (), 1)
    assert demarches.get_form(db, 90002).revision_id == first.revision_id


def test_a_refresh_without_token_keeps_the_national_lists(db, actor: Actor, simulator: Simulator,
                                                          client: DemarcheNumeriqueClient) -> None:
    """The public query leaves out the options of country, region and département questions: they are
    kept from what the desk had, so those questions stay choices and are not reported as changed."""
    demarches.store_descriptor(db, actor, social_help(), source="remote")  # as the administrator's query gives it

    def nationality():
        form = demarches.get_form(db, 90002)
        return next(f for f in form.procedure.form.fields if f.label == "Nationalité"), form

    field, _ = nationality()
    assert field.type.value == "choice" and "FR – France" in field.options
    served = client.descriptor(90002)["revision"]["champDescriptors"]
    assert "options" not in next(c for c in served if c["label"] == "Nationalité")  # really left out
    demarches.refresh(db, actor, client, 90002)
    assert nationality()[0] == field
    simulator.add_demarche(social_help_next_revision())
    demarches.refresh(db, actor, client, 90002)
    again, form = nationality()
    assert again.options == field.options
    assert {(c.kind, c.label) for c in form.changes} == {("added", "Courriel"),
                                                         ("changed", "Nombre de personnes vivant au foyer")}


def test_refresh_falls_back_on_the_schema_route(db, actor: Actor, simulator: Simulator) -> None:
    client = DemarcheNumeriqueClient(simulator.base_url, throttle=Throttle(15, 16.0))
    demarches.refresh(db, actor, client, 90001)  # remembers the path from demarcheURL
    simulator.inject("server_error", route="graphql")
    form = demarches.refresh(db, actor, client, 90001)
    assert not form.offline
    assert [r[2] for r in simulator.requests_log()][-1] == "/preremplir/admiville-inscription-scolaire/schema"


def test_import_from_a_schema_file(db, actor: Actor, simulator: Simulator, tmp_path: Path) -> None:
    import requests

    saved = tmp_path / "schema.json"
    saved.write_text(requests.get(simulator.base_url + "/preremplir/admiville-aide-ccas/schema", timeout=5).text,
                     encoding="utf-8")
    form = demarches.import_file(db, actor, saved)
    assert (form.number, form.source) == (90002, "import")
    with pytest.raises(PermissionDenied):
        demarches.import_file(db, Actor(actor.desk_id, role=Role.AGENT), saved)
    wrapped = tmp_path / "graphql.json"
    wrapped.write_text(json.dumps({"data": {"demarcheDescriptor": social_help_next_revision()}}), encoding="utf-8")
    assert demarches.import_file(db, actor, wrapped).changes


@pytest.mark.parametrize(("content", "problem"), [
    ("{not json", "not_json"),
    ("[1, 2]", "not_object"),
    ('{"number": 12, "title": "x"}', "no_revision"),
    ('{"title": "x", "revision": {"id": "r", "champDescriptors": []}}', "no_number"),
    ('{"number": 12, "revision": {"id": "r", "champDescriptors": [{"label": "x"}]}}', "bad_champ"),
])
def test_import_refuses_a_bad_file_and_stores_nothing(db, actor: Actor, tmp_path: Path, content: str,
                                                      problem: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(demarches.DescriptorError) as caught:
        demarches.import_file(db, actor, bad)
    assert caught.value.params["problem"] == problem and caught.value.params["file"] == "bad.json"
    assert demarches.list_procedures(db) == []



def test_cli_import_dn(tmp_path: Path) -> None:
    good = tmp_path / "aide.json"
    good.write_text(json.dumps(social_help()), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"number": 3}', encoding="utf-8")
    assert run_cli("migrate").returncode == 0
    ok = run_cli("catalogue", "import-dn", str(good))
    assert ok.returncode == 0, ok.stderr
    assert "90002" in ok.stdout and "Demande d'aide sociale facultative (CCAS)" in ok.stdout
    refused = run_cli("catalogue", "import-dn", str(bad))
    assert refused.returncode == 1
    assert "bad.json" in refused.stderr and "révision" in refused.stderr
    missing = run_cli("catalogue", "import-dn", str(tmp_path / "absent.json"))
    assert missing.returncode == 1 and "absent.json" in missing.stderr


def test_cli_token_goes_to_the_keyring_only(memory_keyring, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import io

    from frontdesk import cli
    from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, SERVICE

    monkeypatch.setattr("sys.stdin", io.StringIO("MTIzO3NlY3JldA==\n"))
    assert cli.main(["jeton-dn", "enregistrer"]) == 0
    assert memory_keyring.store[(SERVICE, DEMARCHE_NUMERIQUE_TOKEN)] == "MTIzO3NlY3JldA=="
    assert "MTIzO3NlY3JldA==" not in capsys.readouterr().out
    assert cli.main(["jeton-dn", "oublier"]) == 0
    assert (SERVICE, DEMARCHE_NUMERIQUE_TOKEN) not in memory_keyring.store
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert cli.main(["jeton-dn", "enregistrer"]) == 2
