"""Issue 6, item 3: when a Démarche Numérique form gets a new version, the agent sees which fields changed.

In the real window, against the real platform: the sending thread fetches the new version, the
Démarches page says a form changed, the forms dialog lists the changes until someone marks them seen;
the wizard shows them above the form, and a draft started on the old version says what changed since.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from frontdesk.connectors.demarche_numerique.ids import global_id
from frontdesk.services import demarches, dossiers
from tests.connectors.conftest import social_help_next_revision
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import AGENT, signed_in_window

TITLE = "Demande d'aide sociale facultative (CCAS)"


def open_window(qtbot, fd, who=AGENT):
    return signed_in_window(qtbot, fd, who, forms_ms=300)  # the forms are checked at once, then often


def the_dialog(page):
    from ui.demarche_forms import DemarcheFormsDialog

    found = [d for d in page.findChildren(DemarcheFormsDialog) if d.isVisible()]
    return found[0] if found else None


def test_a_new_form_version_is_fetched_shown_and_marked_seen(qtbot, online_fd, platform):
    win = open_window(qtbot, online_fd)
    page = win.work.dossiers
    win.work.show_page(page)
    assert not page.forms_notice.isVisible()  # the platform serves the version the desk has

    platform.add_demarche(social_help_next_revision())  # the administrator publishes a new version
    qtbot.waitUntil(page.forms_notice.isVisible, timeout=10_000)  # fetched by the sending thread
    assert TITLE in page.forms_notice.text() and "⚠" in page.forms_notice.text()
    assert demarches.get_form(online_fd.db, 90002).revision_id == global_id("ProcedureRevision", 5202)

    page.forms_button.setFocus()
    qtbot.keyClick(page.forms_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: the_dialog(page) is not None and len(the_dialog(page).forms) == 3)
    dialog = the_dialog(page)
    assert_keyboard_friendly(dialog)
    text = dialog.changes.document().toRawText()  # the changed form is selected first (no-break spaces kept)
    assert TITLE in text
    assert "Nouvelle question\u00a0: Courriel" in text
    assert "Question modifiée\u00a0: Nombre de personnes vivant au foyer (formulation)" in text
    assert dialog.seen_button.isEnabled()

    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # « Marquer les changements comme vus »
    qtbot.waitUntil(lambda: not page.forms_notice.isVisible())
    qtbot.waitUntil(lambda: "Aucun changement à lire." in dialog.changes.toPlainText())
    assert not dialog.seen_button.isEnabled()
    assert demarches.get_form(online_fd.db, 90002).changes == ()
    dialog.close()


def test_the_wizard_shows_what_changed_above_the_form(qtbot, online_fd, platform):
    db = online_fd.db
    win = open_window(qtbot, online_fd)
    agent_actor = win.actor
    procedure = demarches.get_form(db, 90002).procedure
    draft = dossiers.start_draft(db, agent_actor, procedure, None)
    dossiers.record_consent(db, agent_actor, draft.id, by="person_present", how="oral")
    old_revision = procedure.revision

    platform.add_demarche(social_help_next_revision())
    win.work.show_page(win.work.dossiers)
    qtbot.waitUntil(win.work.dossiers.forms_notice.isVisible, timeout=10_000)

    # a draft started on the old version: what changed since, above the form
    win.dossiers_flow.resume(dossiers.get_dossier(db, agent_actor, draft.id))
    qtbot.waitUntil(lambda: win.dossiers_flow.wizard is not None and win.dossiers_flow.wizard.isVisible())
    wizard = win.dossiers_flow.wizard
    step = wizard.form_step
    qtbot.waitUntil(lambda: wizard.stack.currentWidget() is step and step.notice.isVisible(), timeout=5000)
    assert wizard.chosen.dossier.procedure_revision == old_revision
    assert step.notice.text().startswith("⚠ Ce formulaire a changé sur Démarche Numérique depuis le début du brouillon")
    assert "Nouvelle question\u00a0: Courriel" in step.notice.text()
    assert "Courriel" in step.view.section.editors["dn_2999"].widget.accessibleName()  # the new question is there
    assert step.seen_button.isVisible()  # nobody has read the changes yet
    assert_keyboard_friendly(wizard)

    qtbot.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # « Changements lus… »
    qtbot.waitUntil(lambda: not step.seen_button.isVisible())
    qtbot.waitUntil(lambda: not win.work.dossiers.forms_notice.isVisible())
    assert step.notice.isVisible()  # the draft's own changes stay in view while it is filled
    assert demarches.get_form(db, 90002).changes == ()
    wizard.reject()

    # a new draft on the current version, changes read: nothing to say
    fresh = dossiers.start_draft(db, agent_actor, demarches.get_form(db, 90002).procedure, None)
    dossiers.record_consent(db, agent_actor, fresh.id, by="person_present", how="oral")
    win.dossiers_flow.resume(dossiers.get_dossier(db, agent_actor, fresh.id))
    qtbot.waitUntil(lambda: win.dossiers_flow.wizard is not None and win.dossiers_flow.wizard.isVisible())
    wizard = win.dossiers_flow.wizard
    qtbot.waitUntil(lambda: wizard.stack.currentWidget() is wizard.form_step and not wizard.busy())
    from ui.workers import wait_for_background

    assert wait_for_background()
    qtbot.wait(50)
    assert not wizard.form_step.notice.isVisible()
    wizard.reject()


def test_a_supervisor_gives_the_desk_the_administrator_token(qtbot, online_fd, platform, memory_keyring):
    from PySide6.QtWidgets import QDialogButtonBox

    from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, SERVICE
    from tests.qt.conftest import SUPERVISOR
    from ui.dn_token_dialog import TokenDialog

    platform.add_token("jeton-de-la-mairie")
    win = open_window(qtbot, online_fd, SUPERVISOR)
    page = win.work.dossiers
    win.work.show_page(page)
    page.show_forms()
    qtbot.waitUntil(lambda: the_dialog(page) is not None and "aucun" in the_dialog(page).access.text())
    dialog = the_dialog(page)
    qtbot.keyClick(dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # « Jeton administrateur… »
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialog.findChildren(TokenDialog)))
    token = next(d for d in dialog.findChildren(TokenDialog) if d.isVisible())
    assert_keyboard_friendly(token)
    assert not token.forget_button.isEnabled()
    qtbot.keyClicks(token.token, "jeton-de-la-mairie")
    assert token.token.echoMode() != token.token.echoMode().Normal  # never shown on screen
    token.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Démarche Numérique l'accepte" in dialog.message.text(), timeout=5000)
    assert memory_keyring.store[(SERVICE, DEMARCHE_NUMERIQUE_TOKEN)] == "jeton-de-la-mairie"
    qtbot.waitUntil(lambda: "enregistré sur ce poste" in dialog.access.text())
    qtbot.waitUntil(lambda: win.outbox._worker.client.has_token)  # the sender uses it from now on
    dialog.close()


def test_an_agent_is_not_offered_the_token(qtbot, online_fd):
    win = open_window(qtbot, online_fd)
    page = win.work.dossiers
    win.work.show_page(page)
    page.show_forms()
    qtbot.waitUntil(lambda: the_dialog(page) is not None and len(the_dialog(page).forms) == 3)
    assert the_dialog(page).token_button is None
    the_dialog(page).close()
