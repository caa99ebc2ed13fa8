"""“Vérifier un document” on real issued documents: genuine, unknown, altered."""

from __future__ import annotations

from sqlalchemy import text

from frontdesk.documents import issue
from tests.document_samples import acknowledgement
from tests.qt.a11y import assert_keyboard_friendly
from tests.qt.conftest import AGENT, sign_in


def _check(qtbot, page, typed: str) -> None:
    page.code.setText(typed)
    page.verify()
    qtbot.waitUntil(lambda: page.result is not None and page.check_button.isEnabled())


def test_the_verify_page_tells_genuine_unknown_and_altered_apart(qtbot, window, fd):
    sign_in(qtbot, window, AGENT)  # every role can check a paper
    issued = issue(fd.db, window.actor, acknowledgement())
    window.work.go_to(2)
    page = window.work.verify
    assert window.work.pages.currentWidget() is page
    assert_keyboard_friendly(window)

    _check(qtbot, page, issued.code.lower().replace("-", " "))  # typed loosely: still found
    assert page.result.outcome == "genuine"
    assert page.verdict.text().startswith("✔ Authentique")
    assert f"Numéro\u00a0: {issued.number}" in page.details.text()
    assert "Accusé de réception" in page.details.text()

    page.result = None
    _check(qtbot, page, issued.qr_text)  # what a scanner types
    assert page.result.outcome == "genuine"

    page.result = None
    _check(qtbot, page, "ZZZZ-ZZZZ-ZZZZ")
    assert page.result.outcome == "unknown" and page.verdict.text().startswith("? Inconnu")
    assert page.details.text() == ""

    with fd.db.engine.begin() as conn:  # someone edits the record behind the application's back
        conn.execute(text("UPDATE document SET canonical = replace(canonical, '150', '1500')"))
    page.result = None
    _check(qtbot, page, issued.code)
    assert page.result.outcome == "altered" and page.verdict.text().startswith("✘ Altéré")
