"""Every starter procedure of the bundled catalogue, local and national site alike, completed end to end in
the real window's wizard with the keyboard alone (issue 4): resident, procedure found by its title, consent,
form, papers, review, then the national site's record; the dossier, its history, the document handed over
(read back from the PDF), the visit and the implicit-decision date are checked for each."""

from __future__ import annotations

import os
import unicodedata
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from frontdesk import documents
from frontdesk.catalogue import Source, implicit_decision_date, load_catalogue
from frontdesk.forms import validate
from frontdesk.resources import RESOURCES
from frontdesk.services import dossiers, visits
from tests.helpers import memory_keyring_in
from tests.qt.conftest import AGENT, sign_in
from tests.qt.test_dossier_wizard import (
    UrlCatcher,
    alt_press,
    at_step,
    close_preview,
    focus,
    key,
    pdf_text,
    record_site_work,
    wizard_for_eloise,
)
from tests.qt.test_form_keyboard_catalogue import act, owner

CATALOGUE = load_catalogue([RESOURCES / "catalogue"])
STARTERS = CATALOGUE.procedures
RESIDENT = "LEFÈVRE-DUPONT Éloïse"


def title_words(title: str) -> str:
    """The title's words as an agent types them on any keyboard: no accents, no punctuation."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


def test_the_starters_include_local_and_national_site_procedures() -> None:
    assert CATALOGUE.problems == ()  # a broken starter file would otherwise drop out of the test unseen
    assert len(STARTERS) == len(list((RESOURCES / "catalogue").rglob("*.toml")))
    assert {p.source for p in STARTERS} == {Source.LOCAL, Source.EXTERNAL}


@pytest.fixture(scope="module")
def isolated_dirs(tmp_path_factory):
    """Overrides the per-test isolation: one set of folders for the module's one desk, still private."""
    root = tmp_path_factory.mktemp("starters")
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith("FRONTDESK_"):
                patch.delenv(name)
        patch.setenv("FRONTDESK_DATA_DIR", str(root / "data"))
        patch.setenv("FRONTDESK_CONFIG_DIR", str(root / "config"))
        patch.setenv("FRONTDESK_DN_URL", "http://127.0.0.1:9")  # nothing listens: a quick, real "offline"
        yield root


@pytest.fixture(scope="module")
def memory_keyring(isolated_dirs):
    """Overrides the per-test keyring: the module's desk keeps its data key for all its procedures."""
    with memory_keyring_in(isolated_dirs) as backend:
        yield backend


@pytest.fixture(scope="module")
def desk(qapp, isolated_dirs, memory_keyring):
    """One demo desk and one signed-in window for every starter: opening them is most of a run's time, and
    each procedure leaves the window as it found it (the wizard closed)."""
    from frontdesk.context import open_frontdesk
    from frontdesk.settings import load_settings
    from ui.mainwindow import MainWindow
    from ui.workers import wait_for_background

    fd = open_frontdesk(load_settings(demo=True))
    window = MainWindow(fd)
    window.show()
    yield fd, window
    window.network._timer.stop()
    window.close()
    window.deleteLater()
    assert wait_for_background(), "a background task was still running at the end of the tests"
    fd.close()


@pytest.fixture
def signed_in(qtbot, desk):
    fd, window = desk
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.opening)
    if window.stack.currentWidget() is not window.work:
        sign_in(qtbot, window, AGENT)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return fd, window


@pytest.fixture
def site_catcher():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    QDesktopServices.setUrlHandler("http", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("https")
    QDesktopServices.unsetUrlHandler("http")


def fill_form(qtbot, wizard) -> None:
    """Tab from field to field, answering each as an agent would, until nothing is left to correct."""
    view, form = wizard.form_step.view, wizard.chosen.procedure.form
    wizard.form_step.focus().setFocus()
    for _step in range(400):
        if not validate(form, view.values()):
            break
        editor = owner(view.section, focus())
        if editor is None or not act(qtbot, editor, focus()):
            key(qtbot, Qt.Key.Key_Tab)
    assert validate(form, view.values()) == []
    qtbot.waitUntil(lambda: not wizard.form_step.saving())
    alt_press(qtbot, wizard.next_button.text())  # Enter may write a new line in a text box


def hand_in_papers(qtbot, wizard) -> None:
    """Each required paper handed in (original seen when the original must be shown, else a copy); each
    optional one left as not provided. Down walks the choices; Tab skips the disabled deadline."""
    step = wizard.pieces_step
    step.focus().setFocus()
    for number, (document, state, _deadline) in enumerate(step.rows):
        assert focus() is state
        wanted = (step.NOT_PROVIDED if not document.required else
                  step.ORIGINAL if document.original else step.COPY)
        for _ in range(wanted):
            key(qtbot, Qt.Key.Key_Down)
        assert state.currentIndex() == wanted
        if number < len(step.rows) - 1:
            key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Return)


def record_on_site(qtbot, wizard, catcher, procedure) -> None:
    site = wizard.site_step
    at_step(qtbot, wizard, site)
    assert focus() is site.open_button
    key(qtbot, Qt.Key.Key_Space)
    assert catcher.opened == [procedure.url]
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    record_site_work(qtbot, wizard, "REF-2026-42", "Demarche faite avec la personne")


@pytest.mark.parametrize("procedure", STARTERS, ids=[p.id for p in STARTERS])
def test_each_starter_end_to_end_with_the_keyboard_alone(qtbot, signed_in, site_catcher, procedure) -> None:
    fd, window = signed_in
    wizard = wizard_for_eloise(qtbot, window, title_words(procedure.title), procedure.id)  # its own title
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)

    if procedure.form.fields:
        at_step(qtbot, wizard, wizard.form_step)
        fill_form(qtbot, wizard)
    if procedure.documents:
        at_step(qtbot, wizard, wizard.pieces_step)
        hand_in_papers(qtbot, wizard)
    at_step(qtbot, wizard, wizard.review_step)
    assert procedure.title in wizard.review_step.summary.toPlainText()
    key(qtbot, Qt.Key.Key_Return)
    if procedure.source == Source.EXTERNAL:
        record_on_site(qtbot, wizard, site_catcher, procedure)

    at_step(qtbot, wizard, wizard.done_step)
    close_preview(qtbot, wizard)
    dossier = dossiers.get_dossier(fd.db, window.actor, wizard.chosen.dossier.id)
    assert dossier.resident_name == RESIDENT and dossier.consent_by == "resident"
    assert dossier.reference and dossier.reference.startswith(f"{fd.desk.prefix}-")
    if procedure.source == Source.EXTERNAL:
        assert (dossier.status, dossier.remote_reference, dossier.remote_site, dossier.remote_done_on) == (
            "done_on_site", "REF-2026-42", procedure.url, date.today())
        assert dossier.what_was_done == ("Demarche faite avec la personne",)
        assert dossier.decision_on is None
    else:
        assert dossier.status == "registered" and dossier.complete_on == date.today()
        assert dossier.decision_on == implicit_decision_date(procedure.decision, date.today())
        assert dossier.decision_on is None or dossier.decision_on > date.today()
    assert [e.status for e in dossier.events] == ["draft", dossier.status]
    supplied = {p.document_id: (p.supplied, p.original) for p in dossier.pieces}
    for document in procedure.documents:
        if document.required:
            assert supplied[document.id] == (True, document.original)

    issued = documents.load(fd.db, dossier.issued[0])
    rule = procedure.decision
    assert issued.kind == (
        "assistance_receipt" if procedure.source == Source.EXTERNAL else
        "acknowledgement" if rule is not None and rule.silence in ("acceptance", "rejection") else
        "deposit_certificate" if any(p.supplied for p in dossier.pieces) else
        "assistance_receipt")  # a report: no decision, no papers, still a paper trace
    text = pdf_text(issued)
    assert dossier.reference in text and procedure.title in text
    if procedure.source == Source.EXTERNAL:
        assert "REF-2026-42" in text

    visit = next(v for v in visits.visits_of(fd.db, window.actor, dossier.resident_id) if v.id == dossier.visit_id)
    assert visit.outcome == "finalisee"
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dossiers_flow.wizard is None)
