"""The sending queue in the real window, against the real simulator: the status bar goes offline when the
platform stops, items queue, and they drain when it comes back; the page shows each item's history and a
supervisor decides about an item nobody can settle automatically."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.context import Frontdesk
from frontdesk.domain.roles import Actor
from frontdesk.outbox import queue
from frontdesk.outbox.states import State
from tests.outbox_support import marker_key, submit
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import signed_in_window


def status(win) -> str:
    return win.network_label.text()


def test_offline_items_queue_and_drain_when_the_platform_is_back(qtbot, online_fd, platform):
    win = signed_in_window(qtbot, online_fd)
    db, desk_id = online_fd.db, online_fd.desk.id
    key, _champ = marker_key(platform)

    for n in range(3):
        submit(db, desk_id, key, n)
    win.outbox.wake()
    qtbot.waitUntil(lambda: len(platform.dossiers()) == 3, timeout=10_000)
    qtbot.waitUntil(lambda: status(win) == "● En ligne", timeout=5000)
    assert not win.send_now_button.isVisible()

    port = platform.port
    platform.stop()  # the network goes down
    for n in range(3, 6):
        submit(db, desk_id, key, n)
    win.outbox.wake()
    qtbot.waitUntil(lambda: status(win).startswith("○ Hors ligne"), timeout=10_000)
    qtbot.waitUntil(lambda: "3 en attente d'envoi" in status(win), timeout=5000)
    assert status(win) == "○ Hors ligne — le travail continue — 3 en attente d'envoi"
    assert win.send_now_button.isVisible() and win.send_now_button.text() == "Envoyer maintenant"
    assert queue.summary(db, desk_id).counts == {"sent": 3, "pending": 3}
    win.grab().save(str(online_fd.settings.data_dir / "outbox-offline.png"))

    back = Simulator(port=port, rate_limit=(1000, 1.0))  # the platform answers again, same address
    back.start()
    try:
        win.send_now_button.click()
        qtbot.waitUntil(lambda: len(back.dossiers()) == 3, timeout=10_000)
        qtbot.waitUntil(lambda: status(win) == "● En ligne", timeout=5000)
        assert queue.summary(db, desk_id).counts == {"sent": 6}

        page = win.work.outbox
        win.work.show_page(page)
        page.filter.setCurrentIndex(page.filter.findData("all"))
        qtbot.waitUntil(lambda: page.table.rowCount() == 6)
        assert_keyboard_friendly(win)
        assert page.summary.text() == "0 élément(s) en cours d'envoi, 0 à traiter par une personne."
        assert page.table.item(0, 4).text() == "Envoyé"
        assert page.table.item(0, 2).text() == "Démarche en ligne (dossier prérempli)"
        page.table.selectRow(2)  # newest first: the first item tried while the platform was down
        assert page.table.item(2, 0).text() == "4"
        qtbot.waitUntil(lambda: page.history.rowCount() >= 4)
        happened = [page.history.item(r, 1).text() for r in range(page.history.rowCount())]
        assert happened[0] == "Mis en file d'attente"
        assert happened[-1].startswith("Envoyé (référence ")
        assert "La plateforme est injoignable (réseau coupé\u00a0?)\u00a0: nouvel essai plus tard" in happened
        assert page.resolve_button.isVisible() and not page.resolve_button.isEnabled()
        win.grab().save(str(online_fd.settings.data_dir / "outbox-page.png"))
    finally:
        back.stop()
    win.close()


def test_a_supervisor_decides_about_an_item_nobody_can_settle(qtbot, online_fd, window_for):
    win = window_for(online_fd)
    db, desk_id = online_fd.db, online_fd.desk.id
    with db.unit_of_work(Actor(desk_id)) as uow:  # a kind this version cannot send: a person must decide
        item = queue.enqueue(uow.session, desk_id=desk_id, kind="hub.batch", entity_type="batch", entity_id="b1",
                             payload={})
    win.outbox.wake()
    page = win.work.outbox
    win.work.show_page(page)
    qtbot.waitUntil(lambda: queue.get_item(db, item.id).state == State.NEEDS_REVIEW, timeout=10_000)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 4).text() == "À décider par un responsable"
    page.table.selectRow(0)
    assert page.resolve_button.isEnabled()
    page.resolve_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle().startswith("Décider"))
    assert_keyboard_friendly(dialog)
    assert not dialog.reason.isEnabled()
    dialog.abandon.setChecked(True)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "Indiquez pourquoi" in dialog.message.text())
    dialog.reason.setPlainText("Relais remplacé par un dépôt papier à la mairie")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: queue.get_item(db, item.id).state == State.ABANDONED)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    assert page.message.text() == "Décision enregistrée."
    win.close()


@pytest.fixture
def window_for(qtbot):
    def make(fd: Frontdesk):
        return signed_in_window(qtbot, fd)

    return make
