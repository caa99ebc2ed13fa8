"""Privacy in the window: the passphrase at start-up where no keyring exists, the rights on the
resident's file (by role), the access journal screen, the record of processing."""

from __future__ import annotations

import json

import keyring
import keyring.backends.fail
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.context import Frontdesk
from frontdesk.settings import load_settings
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import AGENT, sign_in
from tests.qt.test_residents_ui import _open_file_of


def test_without_a_keyring_a_supervisor_chooses_a_passphrase_at_start_up(qtbot, memory_keyring):
    from ui.mainwindow import MainWindow
    from ui.passphrase_dialog import PassphraseDialog
    from ui.workers import wait_for_background

    keyring.set_keyring(keyring.backends.fail.Keyring())
    fd = Frontdesk(load_settings())
    win = MainWindow(fd)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: isinstance(win.passphrase_dialog, PassphraseDialog) and win.passphrase_dialog.isVisible(),
                    timeout=10000)
    dialog = win.passphrase_dialog
    assert dialog.first_time and dialog.confirm is not None
    assert_keyboard_friendly(dialog)
    dialog.passphrase.setText("trop court")
    dialog.confirm.setText("trop court")
    dialog._accept()
    qtbot.waitUntil(lambda: win.passphrase_dialog is not dialog and win.passphrase_dialog.isVisible(), timeout=10000)
    again = win.passphrase_dialog
    assert "au moins 12 caractères" in again.message.text()
    again.passphrase.setText("la mairie garde ses secrets")
    again.confirm.setText("autre chose")
    again._accept()
    assert again.isVisible() and "différentes" in again.message.text()
    again.confirm.setText("la mairie garde ses secrets")
    again._accept()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.first_run, timeout=10000)
    assert fd.is_open and set(json.loads(_data_key(fd))["wraps"]) == {"passphrase"}
    win.network._timer.stop()
    assert wait_for_background()
    fd.close()


def _data_key(fd) -> str:
    from frontdesk.store.models import AppMeta

    with fd.db.read() as session:
        return session.get(AppMeta, "data_key").value


def test_the_rights_buttons_follow_the_role(qtbot, window):
    sign_in(qtbot, window, AGENT)
    _open_file_of(qtbot, window, "eloise lef")
    file = window.work.resident_file
    assert file.objection_button.isVisible()
    assert not file.export_button.isVisible() and not file.erase_button.isVisible()
    assert not window.records_action.isEnabled()


def test_supervisor_exports_then_sees_the_access_in_the_access_journal(qtbot, window, tmp_path, monkeypatch):
    sign_in(qtbot, window)
    _open_file_of(qtbot, window, "eloise lef")
    file = window.work.resident_file
    assert file.export_button.isVisible() and file.erase_button.isVisible()
    assert_keyboard_friendly(window)
    monkeypatch.setattr("ui.files.ask_folder", lambda *_args: tmp_path)
    file.export_button.click()
    qtbot.waitUntil(lambda: "Enregistré" in file.message.text(), timeout=10000)
    [pdf] = tmp_path.glob("*.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "LEFÈVRE-DUPONT Éloïse" in " ".join(text.split())
    assert json.loads(next(tmp_path.glob("*.json")).read_text("utf-8"))["resident"]["given_names"] == "Éloïse"

    page = window.work.access_log
    window.work.show_page(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() >= 2, timeout=5000)  # the file opened, then the export
    assert_keyboard_friendly(window)
    actions = {page.table.item(row, 2).text() for row in range(page.table.rowCount())}
    assert {"Besoins numériques consultés", "Données de l'usager exportées"} <= actions
    assert page.table.item(0, 3).text() == "LEFÈVRE-DUPONT Éloïse"
    page.resident.setText("personne de ce nom")
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)
    assert "0 consultation" in page.message.text()


def test_supervisor_erases_a_resident_from_the_file(qtbot, window, monkeypatch):
    sign_in(qtbot, window)
    _open_file_of(qtbot, window, "eloise lef")
    file = window.work.resident_file
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    file.erase_button.click()
    qtbot.waitUntil(lambda: "anonymisé" in file.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: file.data is not None and file.data.resident.family_name == "", timeout=5000)


def test_supervisor_saves_the_record_of_processing(qtbot, window, tmp_path, monkeypatch):
    sign_in(qtbot, window)
    target = tmp_path / "registre.pdf"
    monkeypatch.setattr("ui.files.ask_save_path", lambda *_args: target)
    assert window.records_action.isEnabled()
    window.records_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert "Registre des activités de traitement" in PdfReader(target).pages[0].extract_text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
