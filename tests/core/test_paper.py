"""The commune's papers issued from the screens, in the core: the consent form of a recorded consent (then
its duplicata), the information notice from the settings, and a clear error when the settings lack the
commune's contact details."""

from __future__ import annotations

import dataclasses

import pytest

from frontdesk.documents import load, render, sheet
from frontdesk.documents.blocks import texts
from frontdesk.documents.commune import ContactMissing, commune_contact
from frontdesk.errors import FrontdeskError
from frontdesk.services import accounts, inclusion, paper
from frontdesk.services.desk import ensure_desk
from frontdesk.settings import load_settings
from tests.helpers import add_resident


@pytest.fixture
def demo_settings():
    return load_settings(demo=True)


@pytest.fixture
def desk(db):
    return ensure_desk(db, "Services à la population", "ADM-A1", "Admiville")


@pytest.fixture
def supervisor(db, desk):
    return accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", "responsable des guichets"
                                            ).actor(desk.id)


def test_the_consent_form_names_the_commune_and_is_a_duplicata_when_printed_again(db, desk, supervisor,
                                                                                 demo_settings):
    actor, resident_id = supervisor, add_resident(db, desk.id, "Lefèvre", "Éloïse", large_print=True)
    with pytest.raises(FrontdeskError) as info:
        paper.issue_consent_form(demo_settings, db, actor, resident_id)
    assert info.value.code == "documents.no_consent"

    inclusion.record_consent(db, actor, resident_id)
    first, reprint_at = paper.consent_form_copy(demo_settings, db, actor, resident_id)
    assert reprint_at is None and first.kind == "consent_form" and first.resident_id == resident_id
    assert first.large_print  # her preference, from her file
    lines = texts(sheet(first).blocks)
    assert "LEFÈVRE Éloïse" in lines and "Exemplaire pour la mairie" in lines
    assert any("dpo@admiville.fr" in line for line in lines)

    again, reprint_at = paper.consent_form_copy(demo_settings, db, actor, resident_id)
    assert again.number == first.number and reprint_at is not None
    assert sheet(again, reprint_at=reprint_at).duplicate_line.startswith("DUPLICATA — réimprimé le")
    assert load(db, first.number) == first


def test_the_notice_comes_from_the_settings(db, supervisor, demo_settings):
    notice = paper.issue_notice(demo_settings, db, supervisor)
    lines = texts(sheet(notice).blocks)
    assert "Commune d'Admiville" in lines and "1 place de la Mairie" in lines and "95000 Admiville" in lines
    assert f"Délégué à la protection des données : {demo_settings.dpo_contact}" in lines
    assert render(notice)[:5] == b"%PDF-"


def test_the_notice_and_the_consent_form_state_the_retention_the_purge_applies(db, desk, supervisor,
                                                                              demo_settings):
    """Each period printed is the setting the purge uses: change a setting, the paper changes with it."""
    lines = " ".join(texts(sheet(paper.issue_notice(demo_settings, db, supervisor)).blocks))
    assert "votre fiche au guichet : 2 ans après votre dernier passage" in lines and "3 ans" not in lines
    assert "démarche déposée : 2 ans après le dépôt" in lines and "effacée après 3 mois" in lines
    assert "au plus 2 ans après votre dernier passage" in lines
    other = dataclasses.replace(demo_settings, retention_resident_months=18, retention_dossier_months=36,
                                retention_draft_months=1, retention_profile_months=12)
    lines = " ".join(texts(sheet(paper.issue_notice(other, db, supervisor)).blocks))
    assert "votre fiche au guichet : 18 mois après votre dernier passage" in lines
    assert "démarche déposée : 3 ans après le dépôt" in lines and "effacée après 1 mois" in lines
    assert "au plus 1 an après votre dernier passage" in lines
    resident_id = add_resident(db, desk.id, "Lefèvre", "Éloïse")
    inclusion.record_consent(db, supervisor, resident_id)
    form, _ = paper.consent_form_copy(other, db, supervisor, resident_id)
    assert "Mon dossier est gardé 18 mois après mon dernier passage" in " ".join(texts(sheet(form).blocks))


def test_missing_contact_details_are_named(db, supervisor, demo_settings):
    bare = dataclasses.replace(demo_settings, commune_email="", dpo_contact="")
    with pytest.raises(ContactMissing) as info:
        paper.issue_notice(bare, db, supervisor)
    assert info.value.params["keys"] == "commune.email, privacy.dpo_contact"
    assert commune_contact(demo_settings).name == "Mairie d'Admiville"


def test_the_address_is_read_as_a_list_from_the_file_or_lines_from_the_environment(isolated_dirs, monkeypatch):
    config = isolated_dirs["config"]
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text('[commune]\naddress = ["Hôtel de ville", "2 rue Haute"]\n', encoding="utf-8")
    assert load_settings().commune_address == ("Hôtel de ville", "2 rue Haute")
    monkeypatch.setenv("FRONTDESK_COMMUNE_ADDRESS", "Mairie annexe | 3 rue Basse")
    assert load_settings().commune_address == ("Mairie annexe", "3 rue Basse")
