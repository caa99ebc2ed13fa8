"""First run, agents and journal pages, the password dialog: what a supervisor does on day one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.context import open_frontdesk
from frontdesk.settings import load_settings
from frontdesk.store.models import JournalEntry
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import SUPERVISOR, sign_in


def _dialog(title: str):
    return next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == title)


def test_first_run_creates_the_desk_and_the_first_supervisor(qtbot):
    from ui.mainwindow import MainWindow
    from ui.workers import wait_for_background

    fd = open_frontdesk(load_settings())
    try:
        win = MainWindow(fd)
        qtbot.addWidget(win)
        win.show()
        page = win.first_run
        qtbot.waitUntil(lambda: win.stack.currentWidget() is page)
        assert_keyboard_friendly(win)
        page.desk_name.setText("Accueil de la mairie")
        page.prefix.setText("vil-a1")
        page.commune.setText("Villeneuve")
        page.display_name.setText("Sophie Lambert")
        page.login.setText("slambert")
        page.password.setText("court")
        page.confirm.setText("court")
        page.create.click()
        qtbot.waitUntil(lambda: "au moins 8 caractères" in page.message.text())
        page.password.setText("les tilleuls de la place")
        page.confirm.setText("les tilleuls de la placé")
        page.create.click()
        assert page.message.text() == "Les deux mots de passe sont différents."
        page.confirm.setText("les tilleuls de la place")
        page.create.click()
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.work, timeout=5000)
        assert fd.desk.prefix == "VIL-A1" and win.agent.login == "slambert"
        assert win.desk_label.text() == "Guichet\u00a0: Accueil de la mairie (VIL-A1)"
        with fd.db.read() as session:
            actions = [e.action for e in session.query(JournalEntry).order_by(JournalEntry.seq)]
        assert actions == ["desk.created", "agent.created"]
        win.network._timer.stop()
    finally:
        wait_for_background()
        fd.close()


def test_supervisor_creates_resets_and_disables_an_account(qtbot, window, monkeypatch):
    sign_in(qtbot, window)
    page = window.work.agents
    window.work.go_to(3)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    page.new_button.click()
    dialog = _dialog("Nouveau compte d'agent")
    assert_keyboard_friendly(dialog)
    dialog.display_name.setText("Karim Benali")
    dialog.login.setText("kbenali")
    dialog.role.setCurrentIndex(dialog.role.findData("mediator"))
    dialog.password.setText("le marché du jeudi matin")
    dialog.confirm.setText("le marché du jeudi matin")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: page.table.rowCount() == 4)
    rows = {page.table.item(r, 1).text(): page.table.item(r, 2).text() for r in range(4)}
    assert rows["kbenali"] == "Médiateur numérique"

    row = next(r for r in range(4) if page.table.item(r, 1).text() == "kbenali")
    page.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_button.click()
    qtbot.waitUntil(lambda: any(page.table.item(r, 3).text() == "Désactivé" for r in range(4)))

    row = next(r for r in range(4) if page.table.item(r, 1).text() == "kbenali")
    page.table.selectRow(row)
    page.reset_button.click()
    dialog = _dialog("Réinitialiser un mot de passe")
    dialog.password.setText("kbenali123")
    dialog.confirm.setText("kbenali123")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert dialog.message.text() == "Le mot de passe ne doit contenir ni votre identifiant ni votre nom."
    dialog.reject()


def test_a_supervisor_cannot_disable_their_own_account(qtbot, window):
    sign_in(qtbot, window)
    page = window.work.agents
    window.work.go_to(3)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    own = next(r for r in range(3) if page.table.item(r, 1).text() == SUPERVISOR.login)
    page.table.selectRow(own)
    assert not page.toggle_button.isEnabled()


def test_journal_page_lists_operations_and_verifies_the_chain(qtbot, window):
    sign_in(qtbot, window)
    page = window.work.journal
    window.work.go_to(4)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    whats = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert whats[0] == "Connexion" and "Guichet créé" in whats and "Compte créé" in whats
    assert page.table.item(0, 2).text() == SUPERVISOR.display_name
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("✔ Journal intègre"))
    qtbot.waitUntil(lambda: page.table.item(0, 3).text() == "Journal vérifié")


def test_agent_changes_own_password(qtbot, window):
    sign_in(qtbot, window)
    window.password_action.trigger()
    dialog = _dialog("Changer mon mot de passe")
    assert_keyboard_friendly(dialog)
    dialog.old.setText("pas le bon")
    dialog.new.setText("une nouvelle phrase secrète")
    dialog.confirm.setText("une nouvelle phrase secrète")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.message.text() == "Identifiant ou mot de passe incorrect.")
    dialog.old.setText(SUPERVISOR.password)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    window.change_agent()
    window.sign_in.login.setText(SUPERVISOR.login)
    window.sign_in.password.setText("une nouvelle phrase secrète")
    window.sign_in.sign_in_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work)
