"""Issue 6, done when: a Démarche Numérique form filled in the real window while the platform is down,
queued; the platform back, the sender drains it and the simulator holds a prefilled draft with exactly
the values typed; hand-off in the (intercepted) browser; the resident claims and submits; tracking puts
it in the dossier's history; the récépissé, saved as PDF, carries the dossier number."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from frontdesk.connectors.demarche_numerique.ids import global_id
from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.context import Frontdesk, open_frontdesk
from frontdesk.outbox import queue
from frontdesk.services import dossiers
from frontdesk.settings import load_settings
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import AGENT, signed_in_window
from tests.qt.test_dossier_wizard import UrlCatcher

FAST = (1000, 1.0)  # the simulator's rate limit: the test is not about it


@pytest.fixture
def port() -> int:
    """An address where the platform will answer later; nothing listens there now."""
    sim = Simulator(rate_limit=FAST)
    sim.start()
    number = sim.port
    sim.stop()
    return number


@pytest.fixture
def offline_fd(monkeypatch, port) -> Iterator[Frontdesk]:
    from ui.workers import wait_for_background

    monkeypatch.setenv("FRONTDESK_DN_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("FRONTDESK_NETWORK_TIMEOUT", "2")
    desk = open_frontdesk(load_settings(demo=True))  # the demo démarches are in the desk's cache
    yield desk
    assert wait_for_background()
    desk.close()


def focus():
    return QApplication.focusWidget()


def key(qtbot, k):
    qtbot.keyClick(focus(), k)


def at_step(qtbot, wizard, step):
    qtbot.waitUntil(lambda: wizard.stack.currentWidget() is step and not wizard.busy(), timeout=5000)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def champ(local_id: int) -> str:
    return global_id("Champ", local_id)


def test_a_demarche_numerique_form_filled_offline_reaches_the_platform_and_is_followed(
        qtbot, offline_fd, port, tmp_path):
    fd = offline_fd
    win = signed_in_window(qtbot, fd, AGENT, track_ms=300)

    # --- offline: the form comes from the cached revision -----------------------------------------
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.dossiers_flow.wizard is not None and win.dossiers_flow.wizard.isVisible())
    wizard = win.dossiers_flow.wizard
    qtbot.waitUntil(wizard.isActiveWindow)
    at_step(qtbot, wizard, wizard.resident_step)
    qtbot.keyClicks(focus(), "eloise lef")
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.procedure_step)
    qtbot.keyClicks(focus(), "occupation domaine public")
    assert wizard.procedure_step.shown[0].id == "dn-90003"
    assert "Démarche Numérique" in wizard.procedure_step.list.item(0).text()
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.consent_step)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)

    at_step(qtbot, wizard, wizard.form_step)
    editors = wizard.form_step.view.section.editors
    type_into(qtbot, editors["dn_3102"].widget, "732 829 320 00074")  # SIRET
    type_into(qtbot, editors["dn_3107"].focus_widget(), "D")  # Type d'occupation: the first option with D
    type_into(qtbot, editors["dn_3108"].widget, "05/12/2026")
    type_into(qtbot, editors["dn_3109"].widget, "2")
    address = editors["dn_3110"].edits
    type_into(qtbot, address["street"], "3 rue des Lilas")
    type_into(qtbot, address["postal_code"], "95000")
    type_into(qtbot, address["commune"], "Admiville")
    type_into(qtbot, editors["dn_3102"].widget, "9")  # 15 digits: the platform would drop it silently
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.review_step)
    key(qtbot, Qt.Key.Key_Return)  # checked in the platform's formats before anything is queued
    at_step(qtbot, wizard, wizard.form_step)
    assert wizard.message.isVisible()
    assert queue.items_for(fd.db, "dossier", wizard.chosen.dossier.id) == []
    editor = editors["dn_3102"].widget
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    key(qtbot, Qt.Key.Key_Return)

    at_step(qtbot, wizard, wizard.review_step)
    summary = wizard.review_step.summary.toPlainText()
    assert "À compléter en ligne" in summary and "Emprise sur le plan" in summary
    assert "Déménagement" in summary
    assert wizard.next_button.text() == "&Envoyer à Démarche Numérique"
    key(qtbot, Qt.Key.Key_Return)

    at_step(qtbot, wizard, wizard.done_step)
    panel = wizard.done_step.handoff
    dossier_id = wizard.chosen.dossier.id
    assert dossiers.get_dossier(fd.db, win.actor, dossier_id).status == "awaiting_sending"
    qtbot.waitUntil(lambda: "1 en attente d'envoi" in win.network_label.text(), timeout=10_000)
    assert win.network_label.text().startswith("○ Hors ligne")
    assert "En attente d'envoi" in panel.state.text() and not panel.open_button.isEnabled()
    assert_keyboard_friendly(wizard)
    wizard.grab().save(str(tmp_path / "dn-waiting.png"))

    # --- the platform is back: the sender drains, the draft holds exactly what was typed ----------
    back = Simulator(port=port, rate_limit=FAST)
    back.start()
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("http", catcher, "open")
    try:
        win.send_now_button.click()
        qtbot.waitUntil(lambda: len(back.dossiers()) == 1, timeout=10_000)
        [remote] = back.dossiers()
        assert remote["dropped"] == []
        assert remote["values"] == {champ(3102): "73282932000074", champ(3107): "Déménagement",
                                    champ(3108): "2026-12-05", champ(3109): 2,
                                    champ(3110): "3 rue des Lilas 95000 Admiville"}
        qtbot.waitUntil(panel.open_button.isEnabled, timeout=10_000)  # the window learns it was sent
        assert f"n° {remote['number']}" in panel.state.text()

        # --- hand-off: the link goes to the browser, never to the screen --------------------------
        panel.open_button.setFocus()
        key(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: len(catcher.opened) == 1)
        assert remote["prefill_token"] in catcher.opened[0]
        assert "pas une fenêtre privée" in panel.message.text()  # no default browser known on a test desk
        assert remote["prefill_token"] not in panel.state.text()
        assert "fenêtre privée" in panel.advice.text() and "déconnecte" in panel.reminder.text()
        assert_keyboard_friendly(wizard)
        wizard.grab().save(str(tmp_path / "dn-handoff.png"))

        # --- the resident signs in and submits; tracking follows ----------------------------------
        back.claim(remote["prefill_token"])
        back.set_state(remote["number"], "en_construction")
        qtbot.waitUntil(lambda: dossiers.get_dossier(fd.db, win.actor, dossier_id).remote_state
                        == "en_construction", timeout=10_000)
        history = [e.status for e in dossiers.get_dossier(fd.db, win.actor, dossier_id).events]
        assert history == ["draft", "awaiting_sending", "prefilled", "brouillon", "en_construction"] or \
            history == ["draft", "awaiting_sending", "prefilled", "en_construction"]
        wizard.reject()
        qtbot.waitUntil(lambda: win.dossiers_flow.wizard is None)

        page = win.work.dossiers
        win.work.show_page(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.table.rowCount() >= 1 and page.current is not None
                        and page.current.id == dossier_id, timeout=5000)
        qtbot.waitUntil(page.handoff.isVisible)
        # the page may show a detail loaded before tracking recorded the deposit: the reload follows
        qtbot.waitUntil(lambda: "déposé, en cours de vérification" in page.detail.toPlainText(), timeout=5000)
        assert f"Dossier Démarche Numérique : n° {remote['number']}" in page.detail.toPlainText()
        assert "— déposé, en cours de vérification — Démarche Numérique" in page.detail.toPlainText()
        assert "Suivi public seulement" in page.detail.toPlainText()  # no administrator token on this desk
        back.set_state(remote["number"], "en_instruction")
        page.handoff.refresh_button.click()  # "Actualiser": asked now, not at the next round
        qtbot.waitUntil(lambda: "en cours d'examen" in page.detail.toPlainText(), timeout=5000)
        assert_keyboard_friendly(win)
        win.grab().save(str(tmp_path / "dn-detail.png"))

        # --- the récépissé, saved as PDF, carries the dossier number ------------------------------
        page.handoff.receipt_button.click()
        qtbot.waitUntil(lambda: any(w.isVisible() and type(w).__name__ == "DocumentPreviewDialog"
                                    for w in QApplication.topLevelWidgets()), timeout=10_000)
        preview = next(w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and type(w).__name__ == "DocumentPreviewDialog")
        qtbot.waitUntil(lambda: bool(preview.pdf), timeout=10_000)
        saved = preview.save_pdf(tmp_path / "recepisse.pdf")
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(saved.read_bytes())).pages)
        assert f"dossier n° {remote['number']}" in text
        assert "accusé de réception officiel" in text and "CONFIDENTIEL" not in text
        assert remote["prefill_token"] not in text
        preview.close()
    finally:
        QDesktopServices.unsetUrlHandler("http")
        back.stop()
    win.close()


def test_the_detail_shows_the_platform_decision_and_its_reason(qtbot, fd, tmp_path) -> None:
    """With the town hall's administrator access, the dossier's detail and hand-off say why it was refused."""
    from frontdesk.services import accounts, dn_dossiers
    from tests.core.test_dn_dossiers import MOTIVE, ListingSpy, sender_for, submitted
    from ui.pages.dossiers import DossiersPage

    actor = accounts.authenticate(fd.db, fd.desk.id, AGENT.login, AGENT.password).actor(fd.desk.id)
    sim = Simulator(rate_limit=(1000, 1.0))
    sim.start()
    try:
        sim.add_token("jeton-mairie")
        dossier = submitted(fd.db, actor)
        with sender_for(fd.db, fd.desk, sim.base_url, tmp_path) as sender:
            sender.run_once()
        number = dossiers.get_dossier(fd.db, actor, dossier.id).remote_number
        remote = next(d for d in sim.dossiers() if d["number"] == number)
        sim.claim(remote["prefill_token"])
        sim.advance_clock(60)
        sim.set_state(number, "refuse", motivation=MOTIVE)
        dn_dossiers.track(fd.db, actor, ListingSpy(sim.base_url, "jeton-mairie"), [dossier.id])
    finally:
        sim.stop()
    page = DossiersPage(fd)
    qtbot.addWidget(page)
    page.show_for(actor)
    page.filter.setCurrentIndex(page.filter.findData("all"))
    page.refresh()
    qtbot.waitUntil(lambda: any(r.id == dossier.id for r in page.rows), timeout=5000)
    page.select(dossier.id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == dossier.id, timeout=5000)
    detail = page.detail.toPlainText()  # (plain text turns no-break spaces into spaces)
    assert f"Motif de la décision : {MOTIVE}" in detail and "accès administrateur de la mairie" in detail
    assert "Dernière modification sur Démarche Numérique" in detail
    assert MOTIVE in page.handoff.state.text()
