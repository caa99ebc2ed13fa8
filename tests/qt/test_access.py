"""Sign-in, lock-out, automatic lock and change of agent, driven through the real main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import AGENT, SUPERVISOR, sign_in


def visible_texts(win) -> str:
    return "\n".join(label.text() for label in win.findChildren(QLabel) if label.isVisible())


def test_sign_in_opens_the_home_page(qtbot, window):
    sign_in(qtbot, window)
    home = window.work.home
    assert window.work.pages.currentWidget() is home
    assert home.title.text().startswith("Aujourd'hui, ")
    assert SUPERVISOR.display_name in home.greeting.text() and "Responsable" in home.greeting.text()
    qtbot.waitUntil(lambda: "Usagers connus du guichet" in home.activity_card.body.text())
    assert "300" in home.activity_card.body.text()
    assert window.agent_label.text() == "Agent\u00a0: Claire Martin — Responsable"


def test_wrong_password_counts_down_then_locks_the_account(qtbot, window):
    page = window.sign_in
    page.login.setText(AGENT.login)
    for remaining in (4, 3, 2, 1):
        page.password.setText("pas le bon mot de passe")
        page.sign_in_button.click()
        qtbot.waitUntil(lambda r=remaining: f"Encore {r} essai(s)" in page.message.text())
        assert page.message.text().startswith("Identifiant ou mot de passe incorrect.")
        assert page.password.text() == ""
    page.password.setText("pas le bon mot de passe")
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: "bloqué jusqu'à" in page.message.text())
    page.password.setText(AGENT.password)  # even the right password is refused while blocked
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: page.sign_in_button.isEnabled())
    assert "bloqué jusqu'à" in page.message.text()
    assert window.stack.currentWidget() is page


def test_inactivity_locks_and_hides_everything_personal(qtbot, window):
    sign_in(qtbot, window)
    window.work.go_to(3)  # the agents page, with names
    window.agent_label.setFocus()
    dialog_opener = window.work.agents
    dialog_opener.new_agent()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Nouveau compte d'agent")
    dialog.display_name.setText("Brouillon en cours")
    window.idle._timer.setInterval(150)
    window.idle.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_page, timeout=3000)
    assert not window.work.isVisible() and not dialog.isVisible()
    texts = visible_texts(window)
    assert "Usagers" not in texts and "Louis Moreau" not in texts and "Nadia Diallo" not in texts
    assert "Verrouillé par Claire Martin" in texts

    window.lock_page.password.setText("faux mot de passe")
    window.lock_page.unlock_button.click()
    qtbot.waitUntil(lambda: "incorrect" in window.lock_page.message.text())
    window.lock_page.password.setText(SUPERVISOR.password)
    window.lock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.work)
    assert dialog.isVisible() and dialog.display_name.text() == "Brouillon en cours"  # nothing lost
    dialog.reject()


def test_activity_postpones_the_lock(qtbot, window):
    sign_in(qtbot, window)
    window.idle._timer.setInterval(400)
    window.idle.start()
    for _ in range(4):
        qtbot.wait(200)
        qtbot.keyClick(window.work.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.work
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_page, timeout=3000)


def test_keyboard_shortcut_locks_and_change_agent_signs_out(qtbot, window):
    sign_in(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.lock_page
    window.lock_page.switch_button.click()
    assert window.stack.currentWidget() is window.sign_in
    assert window.agent is None and window.work.home.greeting.text() == ""
    assert window.work.agents.table.rowCount() == 0
    sign_in(qtbot, window, AGENT)
    nav = window.work.nav
    visible = [nav.item(i).text() for i in range(nav.count()) if not nav.item(i).isHidden()]
    # agents, journal and the access log are for supervisors
    assert visible == ["Aujourd'hui", "Usagers", "Vérifier un document", "Démarches", "Envois"]
    assert "Agent d'accueil" in window.work.home.greeting.text()


def test_every_access_screen_is_accessible(qtbot, window):
    assert_keyboard_friendly(window)  # sign-in
    sign_in(qtbot, window)
    for index in range(window.work.page_count()):
        window.work.go_to(index)
        assert_keyboard_friendly(window)
    window.lock()
    assert_keyboard_friendly(window)


def test_the_keyboard_check_catches_a_repeated_shortcut_and_an_unnamed_field(qtbot):
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

    from tests.qt.a11y import duplicate_mnemonics, unnamed_controls

    form_owner = QWidget()
    qtbot.addWidget(form_owner)
    form = QFormLayout(form_owner)
    first, second, unnamed = QLineEdit(), QLineEdit(), QLineEdit()
    form.addRow("&Nom", first)
    form.addRow("&Numéro", second)
    form.addRow(unnamed)
    form_owner.show()
    assert duplicate_mnemonics(form_owner) == {"n": ["&Nom", "&Numéro"]}
    assert len(unnamed_controls(form_owner)) == 1  # the field without a label
