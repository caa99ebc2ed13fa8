"""A commune's dossier ends with the service's answer: the agent records it from the Démarches page, with
the keyboard, and the dossier leaves the procedures in progress."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shiboken6 import isValid

from frontdesk.catalogue import DecisionRule, Procedure, Source
from frontdesk.forms import Field, FieldType, FormSchema
from frontdesk.services import dossiers
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import AGENT, sign_in

ROOM = Procedure(
    id="salle-test", source=Source.LOCAL, title="Réservation de la salle des fêtes", category="loisirs",
    description="", keywords=(), service=None,
    decision=DecisionRule(delay_months=1, silence="acceptance", recourse=""),
    form=FormSchema(fields=(Field(id="motif", type=FieldType.TEXT, label="Motif"),)), documents=())


def registered(fd, actor) -> dossiers.DossierView:
    draft = dossiers.start_draft(fd.db, actor, ROOM, None, {"motif": "Mariage"})
    dossiers.record_consent(fd.db, actor, draft.id, by="person_present", how="oral")
    return dossiers.submit_local(fd.db, actor, draft.id, ROOM, commune="Admiville", desk_name="Accueil").dossier


def test_the_agent_records_the_service_s_answer(qtbot, window, fd):
    from ui.decision_dialog import DecisionDialog

    sign_in(qtbot, window, AGENT)
    dossier = registered(fd, window.actor)
    page = window.work.dossiers
    window.work.show_page(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == dossier.id, timeout=5000)
    assert page.decision_button.isVisible() and not page.pieces_button.isVisible()
    assert "Décision implicite (acceptation) le" in page.detail.toPlainText()

    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # « Enregistrer la décision… »
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DecisionDialog))
    dialog = QApplication.activeModalWidget()
    assert_keyboard_friendly(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # nothing chosen yet
    assert "Choisissez" in dialog.message.text() and dialog.isVisible()
    dialog.outcome.setFocus()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # « accordée par le service »
    assert dialog.outcome.currentData() == dossiers.DECISION_ACCEPTED
    assert dialog.day.maximumDate().toPython() == date.today()  # never in the future
    dialog.day.setDate(dialog.day.date().addDays(-3))  # below the day it was registered: held at that day
    assert dialog.day.date().toPython() >= date.today() - timedelta(days=1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Décision enregistrée pour" in page.message.text(), timeout=5000)
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted) once saved

    # gone from the procedures in progress, found under "Décidées ou retirées" with its day
    qtbot.waitUntil(lambda: all(row.id != dossier.id for row in page.rows))
    page.filter.setCurrentIndex(page.filter.findData("decided"))
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == dossier.id
                    and page.current.status == dossiers.DECISION_ACCEPTED, timeout=5000)
    detail = page.detail.toPlainText()
    assert "Résultat\u00a0: accordée par le service, le " in page.detail.document().toRawText()
    assert f"{date.today().year} (enregistré par Nadia Diallo)" in detail
    assert "Décision implicite" not in detail  # answered: the silence rule no longer matters
    assert not page.decision_button.isVisible()


def test_the_detail_lists_the_answers_in_the_order_they_were_asked(qtbot, window, fd):
    sign_in(qtbot, window, AGENT)
    page = window.work.dossiers
    window.work.show_page(page)
    page.filter.setCurrentIndex(page.filter.findData("decided"))  # the demo's withdrawn room booking
    qtbot.waitUntil(lambda: page.current is not None and page.current.procedure_id == "reservation-salle",
                    timeout=5000)
    qtbot.waitUntil(lambda: page.catalogue is not None)
    page._show_detail(page.current, page.issued)
    lines = page.detail.toPlainText().splitlines()
    asked = [line.split("\u00a0:")[0].split(" :")[0].removeprefix("• ") for line in lines if line.startswith("• ")]
    form = [f.label for f in page.catalogue.get("reservation-salle").form.fields]
    answered = [label for label in asked if label in form]
    assert len(answered) >= 5 and answered == [label for label in form if label in answered]
    assert answered[0] == "La demande est faite pour"
