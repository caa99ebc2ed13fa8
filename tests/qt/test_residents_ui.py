"""Finding, registering, visiting and assessing residents through the real window (demo desk, real SQLite)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import sign_in


def _dialog(title_start: str):
    return next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle().startswith(title_start))


def _search(qtbot, window, text: str) -> None:
    window.activateWindow()  # offscreen has no window manager to give it back after a dialog closed
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.work.residents
    assert window.focusWidget() is page.query  # where the keyboard goes whenever the window is active
    qtbot.keyClicks(page.query, text)


def _open_file_of(qtbot, window, text: str) -> None:
    window.work.resident_file.clear()  # so the wait below sees the file opened now, not the previous one
    _search(qtbot, window, text)
    qtbot.keyClick(window.work.residents.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.work.resident_file.data is not None, timeout=5000)


def test_type_eloise_lef_and_press_enter_opens_her_file(qtbot, window):
    sign_in(qtbot, window)
    _open_file_of(qtbot, window, "eloise lef")
    file = window.work.resident_file
    assert window.work.pages.currentWidget() is file
    assert file.name.text() == "LEFÈVRE-DUPONT Éloïse"
    assert_keyboard_friendly(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.work.pages.currentWidget() is window.work.residents
    assert window.focusWidget() is window.work.residents.query


def test_arrow_down_goes_from_the_search_to_the_results(qtbot, window):
    sign_in(qtbot, window)
    _search(qtbot, window, "martin")
    page = window.work.residents
    qtbot.waitUntil(lambda: not page.pending() and page.table.rowCount() > 1)
    assert_keyboard_friendly(window)
    qtbot.keyClick(page.query, Qt.Key.Key_Down)
    assert window.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    second = page.hits[1]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.work.resident_file.data is not None)
    assert window.work.resident_file.data.resident.id == second.id


def test_hostile_search_input_shows_no_error(qtbot, window):
    sign_in(qtbot, window)
    page = window.work.residents
    for text in ("'; DROP TABLE resident; --", '"', "%_*", "l'h", "(-)"):
        page.query.setText(text)
        page.search_now()
        qtbot.waitUntil(lambda: page.status.text() != "")
        assert not page.message.isVisible()


def test_registering_a_resident_says_what_is_wrong_at_each_field(qtbot, window):
    sign_in(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog("Nouvel usager")
    assert_keyboard_friendly(dialog)
    dialog.given_names.setText("Zoé")
    dialog.postal_code.setText("9500")
    dialog.phone.setText("12")
    dialog.birth_date.setText("31/02/1990")
    dialog.buttons.accepted.emit()
    assert dialog.fields.error_text("birth_date").startswith("Écrivez la date")
    dialog.birth_date.setText("14/07/1961")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.fields.error_text("family_name") != "")
    assert dialog.fields.error_text("family_name") == "Obligatoire."
    assert dialog.fields.error_text("postal_code") == "Un code postal français a 5 chiffres."
    assert dialog.fields.error_text("phone") == "Ce numéro de téléphone n'est pas valide."
    assert dialog.message.text() == "Vérifiez les champs signalés ci-dessous."
    dialog.family_name.setText("Nguyễn-Lê")
    dialog.postal_code.setText("95000")
    dialog.commune.setText("Admiville")
    dialog.phone.setText("07 81 23 45 67")
    with qtbot.waitSignal(dialog.saved_resident) as saved:
        dialog.buttons.accepted.emit()
    assert saved.args[0].phone == "+33781234567"
    qtbot.waitUntil(lambda: window.work.resident_file.data is not None)
    assert window.work.resident_file.name.text() == "NGUYỄN-LÊ Zoé"


def test_a_likely_duplicate_is_shown_and_can_be_opened(qtbot, window):
    sign_in(qtbot, window)
    _open_file_of(qtbot, window, "eloise lef")
    known = window.work.resident_file.data.resident
    window.flow.new_resident()
    dialog = _dialog("Nouvel usager")
    dialog.family_name.setText(known.family_name.upper())
    dialog.given_names.setText(known.given_names.lower())
    dialog.birth_date.setText(known.birth_date.strftime("%d/%m/%Y") if known.birth_date else "")
    dialog.birth_year.setText(str(known.birth_year or ""))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible())
    assert_keyboard_friendly(dialog)
    opener = dialog.duplicates_layout.itemAt(0).widget()
    assert "LEFÈVRE-DUPONT Éloïse" in opener.text()
    window.work.resident_file.clear()
    opener.click()
    qtbot.waitUntil(lambda: window.work.resident_file.data is not None)
    assert window.work.resident_file.data.resident.id == known.id


def test_logging_a_visit_in_three_inputs_shows_on_the_file_and_the_home_page(qtbot, window):
    sign_in(qtbot, window)
    _open_file_of(qtbot, window, "eloise lef")
    file = window.work.resident_file
    before = len(file.data.visits)
    file.visit_button.click()
    dialog = _dialog("Passage de")
    assert_keyboard_friendly(dialog)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.fields.error_text("themes") != "")
    dialog.set_themes(["papiers"])  # input 1
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("oriente_vers_structure"))  # input 2
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.fields.error_text("referral") != "")
    dialog.referral.setCurrentIndex(dialog.referral.findData("aide_sociale"))  # input 3
    with qtbot.waitSignal(dialog.recorded):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: file.data is not None and len(file.data.visits) == before + 1)
    assert file.visits_table.item(0, 3).text() == "Orienté vers une autre structure"
    window.work.go_to(0)
    home = window.work.home

    def rows() -> list[tuple[str, str]]:  # the demo's sample dossiers left visits of their own today
        return [(home.visits.item(r, 1).text(), home.visits.item(r, 3).text()) for r in range(home.visits.rowCount())]

    qtbot.waitUntil(lambda: ("LEFÈVRE-DUPONT Éloïse", "Orienté vers une autre structure") in rows())


def test_a_visit_without_a_name_and_a_running_visit(qtbot, window):
    sign_in(qtbot, window)
    window.work.go_to(1)
    window.work.residents.anonymous_button.click()
    dialog = _dialog("Passage de")
    assert "personne anonyme" in dialog.windowTitle()
    dialog.set_themes(["navigation_internet"])
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("finalisee"))
    with qtbot.waitSignal(dialog.recorded):
        dialog.buttons.accepted.emit()

    _open_file_of(qtbot, window, "eloise lef")
    window.work.resident_file.start_button.click()
    qtbot.waitUntil(lambda: window.running_label.text().startswith("Passage en cours\u00a0: LEFÈVRE-DUPONT Éloïse"))
    assert window.finish_visit_action.isEnabled()
    # The timer survives a change of agent: signing back in picks the running visit up again.
    window.change_agent()
    assert window.running_label.text() == ""
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.running_label.text().startswith("Passage en cours\u00a0: LEFÈVRE-DUPONT Éloïse"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog("Terminer le passage")
    dialog.set_themes(["social"])
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("doit_revenir"))
    with qtbot.waitSignal(dialog.recorded) as recorded:
        dialog.buttons.accepted.emit()
    assert recorded.args[0].ended_at is not None and recorded.args[0].duration_min >= 1
    qtbot.waitUntil(lambda: window.running_label.text() == "")


def test_assessment_without_consent_cannot_note_sensitive_difficulties(qtbot, window, monkeypatch):
    sign_in(qtbot, window)
    _open_file_of(qtbot, window, "eloise lef")
    file = window.work.resident_file
    file.tabs.setCurrentIndex(1)
    assert file.consent_label.text().startswith("Aucun consentement")
    file.assess_button.click()
    dialog = _dialog("Besoins numériques de")
    assert_keyboard_friendly(dialog)
    assert not dialog.sensitive_barriers["visuel"].isEnabled()
    dialog.equipment["telephone"].setChecked(True)
    dialog.other_barriers["isolement"].setChecked(True)
    dialog.autonomy.setCurrentIndex(dialog.autonomy.findData("avec_guidage"))
    with qtbot.waitSignal(dialog.recorded):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: file.data is not None and len(file.data.assessments) == 1)
    assert file.history.item(0, 3).text() == "Isolement"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    file.consent_button.click()
    qtbot.waitUntil(lambda: file.data is not None and file.data.consent is not None)
    assert file.withdraw_button.isVisible() and not file.consent_button.isVisible()
    file.assess_button.click()
    dialog = _dialog("Besoins numériques de")
    assert dialog.sensitive_barriers["visuel"].isEnabled()
    assert dialog.equipment["telephone"].isChecked()  # starts from the last assessment
    dialog.sensitive_barriers["visuel"].setChecked(True)
    with qtbot.waitSignal(dialog.recorded):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: file.data is not None and len(file.data.assessments) == 2)
    assert "Vue" in file.history.item(0, 3).text()
    assert "Autonomie au fil du temps" in file.latest.text()  # a returning resident's progress shows

    file.withdraw_button.click()
    qtbot.waitUntil(lambda: file.data is not None and file.data.consent is not None
                    and not file.data.consent.active)
    assert "Vue" not in file.history.item(0, 3).text()
    assert "(éléments sensibles effacés)" in file.history.item(0, 3).text()
    assert file.consent_label.text().startswith("Consentement retiré le")


def test_a_supervisor_merges_a_duplicate_then_undoes_it_from_the_journal(qtbot, window, monkeypatch):
    sign_in(qtbot, window)
    # A second file for the same person, created on purpose despite the warning.
    window.flow.new_resident()
    dialog = _dialog("Nouvel usager")
    dialog.family_name.setText("Lefevre Dupont")
    dialog.given_names.setText("Eloise")
    dialog.allow_duplicate = True
    with qtbot.waitSignal(dialog.saved_resident) as saved:
        dialog.buttons.accepted.emit()
    duplicate = saved.args[0]
    qtbot.waitUntil(lambda: window.work.resident_file.data is not None)
    window.work.resident_file.visit_button.click()
    visit = _dialog("Passage de")
    visit.set_themes(["famille"])
    visit.outcome.setCurrentIndex(visit.outcome.findData("finalisee"))
    with qtbot.waitSignal(visit.recorded):
        visit.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.work.resident_file.data is not None and len(window.work.resident_file.data.visits))

    _open_file_of(qtbot, window, "eloise lefevre dupont 1950")
    file = window.work.resident_file
    kept = file.data.resident
    assert kept.id != duplicate.id and file.merge_button.isVisible()
    file.merge_button.click()
    merge = _dialog("Fusionner un doublon")
    assert_keyboard_friendly(merge)
    merge.query.setText("eloise lefevre")
    merge.search_now()
    qtbot.waitUntil(lambda: any(h.id == duplicate.id for h in merge.hits))
    merge.table.selectRow(next(i for i, h in enumerate(merge.hits) if h.id == duplicate.id))
    with qtbot.waitSignal(merge.merged):
        merge.buttons.accepted.emit()
    qtbot.waitUntil(lambda: file.data is not None and len(file.data.visits) == 1)  # the duplicate's visit moved

    window.work.go_to(4)
    journal = window.work.journal
    qtbot.waitUntil(lambda: any(line.action == "resident.merged" for line in journal.lines))
    row = next(i for i, line in enumerate(journal.lines) if line.action == "resident.merged")
    assert journal.table.item(row, 3).text() == "Doublons fusionnés"
    assert journal.table.item(row, 4).text() == "LEFEVRE DUPONT Eloise"  # the file merged away
    journal.table.selectRow(row)
    assert journal.unmerge_button.isEnabled()
    journal.unmerge_button.click()
    qtbot.waitUntil(lambda: journal.message.text() == "Fusion annulée.")
    qtbot.waitUntil(lambda: journal.lines and journal.lines[0].action == "resident.unmerged")
    window.flow.open_file(kept.id)
    qtbot.waitUntil(lambda: file.data is not None and file.data.resident.id == kept.id)
    assert file.data.visits == []  # the visit went back with the duplicate


def test_an_agent_cannot_merge(qtbot, window):
    from tests.qt.conftest import AGENT

    sign_in(qtbot, window, AGENT)
    _open_file_of(qtbot, window, "eloise lef")
    assert not window.work.resident_file.merge_button.isVisible()
