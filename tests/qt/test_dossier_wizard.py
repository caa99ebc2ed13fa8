"""The assisted-procedure wizard driven with the keyboard alone, through the real window (demo desk, real
SQLite): a commune procedure registered with its accusé, the starter ANTS pre-application recorded with
its récépissé, the starter room booking filled field by field; each page of the wizard checked for
accessible names and Alt+letter clashes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from frontdesk import documents
from frontdesk.services import dossiers, visits
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import AGENT, sign_in
from ui.workers import wait_for_background

LOCAL = '''
id = "test-salle"
title = "Réservation d'une salle municipale (essai)"
category = "loisirs"
description = "Réserver une salle communale pour une réunion ou une fête."
keywords = ["salle", "réservation"]

[service]
name = "Service vie associative"
address = ["Mairie", "1 place de l'Hôtel-de-Ville"]
postal_code = "95000"
commune = "Admiville"
email = "associations@admiville.fr"
phone = "01 30 75 20 20"

[decision]
delay_months = 2
silence = "rejection"
recourse = "tribunal administratif de Cergy-Pontoise"

[[documents]]
id = "assurance"
label = "Attestation d'assurance responsabilité civile"
original = true

[[documents]]
id = "statuts"
label = "Statuts de l'association"
required = false

[[fields]]
id = "motif"
type = "text"
label = "Objet de la réservation"
required = true

[[fields]]
id = "jour"
type = "text"
label = "Jour souhaité"
required = true
'''

class UrlCatcher(QObject):
    """Stands in for the browser: Qt hands it the URL instead of starting one."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def catalogue_files(fd):
    folder = fd.settings.catalogue_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test-salle.toml").write_text(LOCAL, encoding="utf-8")
    return folder


def focus():
    return QApplication.focusWidget()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), k, modifier)


def alt_press(qtbot, text: str) -> None:
    """Press the Alt+letter shortcut of a button or label text (whatever the language)."""
    letter = text.replace("&&", "")[text.replace("&&", "").index("&") + 1]
    key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def type_text(qtbot, text):
    qtbot.keyClicks(focus(), text)


def wizard_of(qtbot, window):
    qtbot.waitUntil(lambda: window.dossiers_flow.wizard is not None and window.dossiers_flow.wizard.isVisible())
    wizard = window.dossiers_flow.wizard
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def at_step(qtbot, wizard, step):
    qtbot.waitUntil(lambda: wizard.stack.currentWidget() is step and not wizard.busy(), timeout=5000)


def wizard_for_eloise(qtbot, window, words: str, procedure_id: str):
    """Ctrl+D, Éloïse chosen by typing, the procedure found by ``words`` (first result checked), Enter:
    the wizard at the consent step, all with the keyboard."""
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wizard = wizard_of(qtbot, window)
    at_step(qtbot, wizard, wizard.resident_step)
    type_text(qtbot, "eloise lef")
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.procedure_step)
    type_text(qtbot, words)
    assert wizard.procedure_step.shown[0].id == procedure_id, "the words find it first"
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.consent_step)
    return wizard
    assert_keyboard_friendly(wizard)


def pdf_text(issued) -> str:
    reader = PdfReader(io.BytesIO(documents.render(issued)))
    return " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")


def record_site_work(qtbot, wizard, reference: str, what: str) -> None:
    """From the reference field of the site step: the site's reference, today's date kept, what was done,
    then record (Alt+letter: Enter writes a new line in "what was done")."""
    site = wizard.site_step
    assert focus() is site.reference
    type_text(qtbot, reference)
    for _ in range(4):  # the date keeps today; Tab walks its day, month and year, then leaves
        if focus() is site.what:
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert focus() is site.what
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, what)
    alt_press(qtbot, wizard.next_button.text())


def close_preview(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.stack.currentWidget() is wizard.done_step)
    preview = next((w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and type(w).__name__ == "DocumentPreviewDialog"), None)
    assert preview is not None, "the first document is shown at once, to preview and print"
    if preview is not None:
        qtbot.waitUntil(lambda: bool(preview.pdf), timeout=10000)  # the accusé is on screen, ready to print
        preview.close()
    wizard.activateWindow()  # offscreen has no window manager to give it back after the preview closed
    qtbot.waitUntil(wizard.isActiveWindow)


def test_a_commune_procedure_end_to_end_with_the_keyboard(qtbot, window, fd, catalogue_files):
    sign_in(qtbot, window, AGENT)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "eloise lef")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.work.resident_file.data is not None, timeout=5000)
    resident = window.work.resident_file.data.resident
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wizard = wizard_of(qtbot, window)

    at_step(qtbot, wizard, wizard.procedure_step)  # started from her file: she is already chosen
    assert focus() is wizard.procedure_step.query
    type_text(qtbot, "salle essai")
    assert wizard.procedure_step.shown[0].id == "test-salle"
    key(qtbot, Qt.Key.Key_Return)

    at_step(qtbot, wizard, wizard.consent_step)
    assert focus() is wizard.consent_step.agreed
    key(qtbot, Qt.Key.Key_Return)  # not ticked yet: refused, with a message
    assert wizard.message.isVisible() and wizard.stack.currentWidget() is wizard.consent_step
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)

    at_step(qtbot, wizard, wizard.form_step)
    key(qtbot, Qt.Key.Key_Return)  # empty required answers: the form says so and stays
    assert wizard.stack.currentWidget() is wizard.form_step and wizard.message.isVisible()
    first = wizard.form_step.view.findChildren(QObject)  # noqa: F841  (the form exists)
    wizard.form_step.focus().setFocus()
    type_text(qtbot, "Fete des voisins")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Samedi 13 juin")
    qtbot.waitUntil(lambda: not wizard.form_step.saving())
    draft_id = wizard.chosen.dossier.id
    saved = dossiers.get_dossier(fd.db, window.actor, draft_id)
    assert saved.status == "draft" and "Fete des voisins" in str(saved.values)  # saved while typing
    key(qtbot, Qt.Key.Key_Return)

    at_step(qtbot, wizard, wizard.pieces_step)
    key(qtbot, Qt.Key.Key_Down)  # assurance: handed in, original seen
    key(qtbot, Qt.Key.Key_Tab)  # the deadline is disabled: Tab goes to the next paper
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Down)  # statuts (optional): not provided
    key(qtbot, Qt.Key.Key_Return)

    at_step(qtbot, wizard, wizard.review_step)
    summary = wizard.review_step.summary.toPlainText()
    assert "Fete des voisins" in summary and "LEFÈVRE-DUPONT Éloïse" in summary
    assert "2" in summary and str(wizard.chosen.procedure.title) in summary
    key(qtbot, Qt.Key.Key_Return)

    at_step(qtbot, wizard, wizard.done_step)
    close_preview(qtbot, wizard)
    dossier = dossiers.get_dossier(fd.db, window.actor, draft_id)
    assert dossier.status == "registered" and dossier.reference.startswith(f"{fd.desk.prefix}-")
    assert [e.status for e in dossier.events] == ["draft", "registered"]
    assert dossier.decision_on is not None and dossier.consent_by == "resident"
    accuse = documents.load(fd.db, dossier.issued[0])
    assert accuse.kind == "acknowledgement"
    text = pdf_text(accuse)
    for expected in (dossier.reference, "Service vie associative", "associations@admiville.fr",
                     "tribunal administratif de Cergy-Pontoise", "refusée"):
        assert expected in text
    visit = next(v for v in visits.visits_of(fd.db, window.actor, resident.id) if v.id == dossier.visit_id)
    assert visit.outcome == "finalisee" and "loisirs" in visit.themes
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dossiers_flow.wizard is None)


def test_a_national_site_procedure_end_to_end_with_the_keyboard(qtbot, window, fd, catalogue_files):
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        sign_in(qtbot, window, AGENT)
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        wizard = wizard_of(qtbot, window)
        at_step(qtbot, wizard, wizard.resident_step)
        assert focus() is wizard.resident_step.query
        type_text(qtbot, "eloise lef")
        key(qtbot, Qt.Key.Key_Return)  # at once, before the search ran: its first result is taken

        at_step(qtbot, wizard, wizard.procedure_step)
        type_text(qtbot, "carte identite ants")
        assert wizard.procedure_step.shown[0].id == "ants-carte-identite"  # a starter national site
        key(qtbot, Qt.Key.Key_Return)
        at_step(qtbot, wizard, wizard.consent_step)
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Return)

        at_step(qtbot, wizard, wizard.review_step)  # nothing to fill, no papers: straight to the review
        key(qtbot, Qt.Key.Key_Return)

        site = wizard.site_step
        at_step(qtbot, wizard, site)
        assert "Photo d'identité" in site.checklist.text()
        assert focus() is site.open_button
        key(qtbot, Qt.Key.Key_Space)
        assert catcher.opened == ["https://ants.gouv.fr"]
        assert "pas une fenêtre privée" in wizard.message.text()  # no default browser known on a test desk
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Space)  # copy the link, for a private window
        assert QApplication.clipboard().text() == "https://ants.gouv.fr"
        key(qtbot, Qt.Key.Key_Tab)
        record_site_work(qtbot, wizard, "PRE-123456", "Pre-demande remplie avec la personne")

        at_step(qtbot, wizard, wizard.done_step)
        close_preview(qtbot, wizard)
        dossier = dossiers.get_dossier(fd.db, window.actor, wizard.chosen.dossier.id)
        assert (dossier.status, dossier.remote_reference, dossier.remote_site) == (
            "done_on_site", "PRE-123456", "https://ants.gouv.fr")
        assert dossier.what_was_done == ("Pre-demande remplie avec la personne",)
        assert dossier.resident_name == "LEFÈVRE-DUPONT Éloïse" and dossier.consent_by == "resident"
        receipt = documents.load(fd.db, dossier.issued[0])
        text = pdf_text(receipt)
        assert "PRE-123456" in text and "Pre-demande remplie avec la personne" in text
        assert "pas un accusé de réception" in text
        assert dossier.visit_id is not None
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_a_draft_is_resumed_at_the_form_from_the_procedures_page(qtbot, window, fd, catalogue_files):
    sign_in(qtbot, window, AGENT)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wizard = wizard_of(qtbot, window)
    wizard.resident_step.anonymous.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.procedure_step)
    type_text(qtbot, "salle essai")
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.consent_step)
    assert wizard.consent_step.by_person.isChecked()  # anonymous: "the person present" agrees
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.form_step)
    type_text(qtbot, "Assemblee generale")
    key(qtbot, Qt.Key.Key_Escape)  # closed at once, saves still in flight: they complete all the same
    qtbot.waitUntil(lambda: window.dossiers_flow.wizard is None)
    wait_for_background()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.work.dossiers
    window.work.show_page(page)
    page.filter.setCurrentIndex(page.filter.findData("draft"))
    qtbot.waitUntil(lambda: page.current is not None and page.current.status == "draft", timeout=5000)
    assert_keyboard_friendly(window)
    assert "Assemblee generale" in page.detail.toPlainText()
    page.resume_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    resumed = wizard_of(qtbot, window)
    at_step(qtbot, resumed, resumed.form_step)
    assert "Assemblee generale" in str(resumed.form_step.view.values())


@pytest.mark.parametrize("who", ["supervisor", "agent"])
def test_catalogue_problems_are_shown_to_supervisors_only(qtbot, window, fd, catalogue_files, who):
    (catalogue_files / "broken.toml").write_text('id = "cassee"\ntitle = "Sans catégorie"\n', encoding="utf-8")
    from tests.qt.conftest import SUPERVISOR

    sign_in(qtbot, window, SUPERVISOR if who == "supervisor" else AGENT)
    page = window.work.dossiers
    window.work.show_page(page)
    qtbot.waitUntil(lambda: page.catalogue is not None)
    if who == "supervisor":
        assert page.problems.isVisible() and "broken.toml" in page.problems.text()
    else:
        assert not page.problems.isVisible()
    assert page.catalogue.get("test-salle") is not None  # the sound definitions still load
    assert_keyboard_friendly(window)


def test_papers_brought_later_complete_the_dossier_from_the_procedures_page(qtbot, window, fd, catalogue_files):
    from datetime import date, timedelta

    from frontdesk.services.procedures import current_catalogue

    sign_in(qtbot, window, AGENT)
    actor = window.actor
    procedure = current_catalogue(fd.settings).get("test-salle")
    draft = dossiers.start_draft(fd.db, actor, procedure, None, {"motif": "Loto", "jour": "Dimanche"})
    dossiers.record_consent(fd.db, actor, draft.id, by="person_present", how="oral")
    dossiers.set_pieces(fd.db, actor, draft.id, [
        dossiers.PieceInput("assurance", "Attestation d'assurance responsabilité civile", supplied=False,
                            deadline=date.today() + timedelta(days=10))])
    dossiers.submit_local(fd.db, actor, draft.id, procedure, commune="Admiville", desk_name="Accueil")

    page = window.work.dossiers
    window.work.show_page(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == draft.id, timeout=5000)
    assert page.pieces_button.isVisible() and "Objet de la réservation" in page.detail.toPlainText()
    page.pieces_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and type(w).__name__ == "PiecesReceivedDialog")
    qtbot.waitUntil(dialog.isActiveWindow)
    assert_keyboard_friendly(dialog)
    state = dialog.states[0][1]
    state.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # received: original seen
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dossiers.get_dossier(fd.db, actor, draft.id).status == "registered", timeout=5000)
    done = dossiers.get_dossier(fd.db, actor, draft.id)
    assert done.complete_on == date.today() and done.decision_on is not None
    assert [documents.load(fd.db, n).kind for n in done.issued] == [
        "acknowledgement", "acknowledgement", "deposit_certificate"]
    qtbot.waitUntil(lambda: any(type(w).__name__ == "DocumentPreviewDialog" and w.pdf
                                for w in QApplication.topLevelWidgets() if w.isVisible()), timeout=10000)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()

    window.activateWindow()  # and the accusé prints again, as a journalled duplicata
    qtbot.waitUntil(window.isActiveWindow)
    page.refresh()
    qtbot.waitUntil(lambda: page.current is not None and page.current.status == "registered"
                    and len(page.issued) == 3, timeout=5000)
    page.documents.setCurrentRow(0)
    page.print_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(type(w).__name__ == "DocumentPreviewDialog" and w.pdf and "duplicata" in w.windowTitle()
                                for w in QApplication.topLevelWidgets() if w.isVisible()), timeout=10000)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    with fd.db.read() as session:
        from frontdesk.store.models import JournalEntry

        assert session.scalar(select(func.count()).where(JournalEntry.action == "document.reprinted")) == 1


def test_the_starter_room_booking_with_the_keyboard_alone(qtbot, window, fd):
    from frontdesk.forms import validate
    from tests.qt.test_form_keyboard_catalogue import act, owner

    sign_in(qtbot, window, AGENT)
    wizard = wizard_for_eloise(qtbot, window, "reservation salle", "reservation-salle")
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.form_step)
    view, form = wizard.form_step.view, wizard.chosen.procedure.form
    for _step in range(300):  # Tab from field to field, answering each as an agent would
        if not validate(form, view.values()):
            break
        editor = owner(view.section, focus())
        if editor is None or not act(qtbot, editor, focus()):
            key(qtbot, Qt.Key.Key_Tab)
    assert validate(form, view.values()) == []
    alt_press(qtbot, wizard.next_button.text())
    at_step(qtbot, wizard, wizard.pieces_step)
    wizard.pieces_step.focus().setFocus()
    key(qtbot, Qt.Key.Key_Down)  # insurance certificate: original seen
    key(qtbot, Qt.Key.Key_Tab)
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Down)  # association's statutes: not provided
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.review_step)
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.done_step)
    close_preview(qtbot, wizard)
    dossier = dossiers.get_dossier(fd.db, window.actor, wizard.chosen.dossier.id)
    assert dossier.status == "registered" and dossier.decision_on is None  # no implicit decision for a room
    assert [e.status for e in dossier.events] == ["draft", "registered"]
    certificate = documents.load(fd.db, dossier.issued[0])
    assert certificate.kind == "deposit_certificate"
    text = pdf_text(certificate)
    assert "Attestation d'assurance responsabilité civile" in text and dossier.reference in text
    assert dossier.visit_id is not None
