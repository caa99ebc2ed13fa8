"""The application as a whole: start-up, translations, crash handling, network indicator."""

from __future__ import annotations

import http.server
import logging
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from frontdesk.resources import RESOURCES
from tests.helpers import run_python
from tests.qt.conftest import sign_in

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = RESOURCES / "translations" / "frontdesk_fr.ts"


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).with_name(name))
    assert Path(path).exists(), f"{name} not found next to the interpreter"
    return path


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def test_french_translation_is_complete():
    messages = _messages(TS_FILE)
    assert len(messages) > 100
    stale = ("unfinished", "vanished", "obsolete")
    unfinished = [(ctx, src) for ctx, src, tr in messages
                  if tr is None or tr.get("type") in stale or not (tr.text or "").strip()]
    assert not unfinished, f"untranslated or stale entries: {unfinished}"


def test_translation_catalogue_matches_the_sources(tmp_path):
    """Every string marked in ui/ is in the catalogue, and the shipped .qm is built from the .ts."""
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(ctx, src) for ctx, src, _ in _messages(fresh)}
    present = {(ctx, src) for ctx, src, _ in _messages(TS_FILE)}
    assert wanted - present == set(), "strings missing from frontdesk_fr.ts: run `make translations`"
    assert present - wanted == set(), "strings no longer in the sources: run `make translations`"
    qm = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (RESOURCES / "translations" / "frontdesk_fr.qm").read_bytes(), \
        "frontdesk_fr.qm is stale: run `make translations`"


def test_qt_standard_dialogs_speak_french(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Enregistrer", "Annuler"}


def test_uncaught_exception_is_logged_and_shown_in_french(qtbot, window, caplog):
    from ui import errors

    sign_in(qtbot, window)
    bridge = errors.install_excepthook()
    previous = sys.excepthook
    try:
        with caplog.at_level(logging.ERROR, logger="frontdesk.crash"):
            try:
                raise ValueError("Dupont-Lefèvre")  # a message that could quote a resident
            except ValueError:
                sys.excepthook(*sys.exc_info())
            qtbot.waitUntil(lambda: hasattr(bridge, "last_box") and bridge.last_box.isVisible())
    finally:
        sys.excepthook = previous
    box = bridge.last_box
    assert box.windowTitle() == "Erreur inattendue"
    assert "Ce qui est à l'écran a été conservé" in box.text()
    assert "Dupont-Lefèvre" not in box.detailedText() and "ValueError" in box.detailedText()
    assert any(r.exc_info and r.exc_info[0] is ValueError for r in caplog.records)
    assert window.isVisible() and window.stack.currentWidget() is window.work  # the work is still there
    box.close()


class _Ok(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_network_indicator_follows_a_real_server(qtbot, window, local_server):
    qtbot.waitUntil(lambda: window.network.online is False)  # the fixture points at a closed port
    assert window.network_label.text() == "○ Hors ligne — le travail continue"
    window.network.url = local_server
    with qtbot.waitSignal(window.network.changed) as signal:
        window.network.check_now()
    assert signal.args == [True]
    assert window.network_label.text() == "● En ligne"
    assert "En ligne" in window.work.home.network_card.body.text()


def test_smoke_run_shows_the_window_and_exits_cleanly():
    result = run_python(["-m", "ui", "--demo", "--smoke"], env={"FRONTDESK_DN_URL": "http://127.0.0.1:9"})
    assert result.returncode == 0, result.stderr
    assert "frontdesk-smoke: main window shown" in result.stdout


def test_a_bad_setting_stops_the_start_with_a_french_message():
    result = run_python(["-m", "ui", "--smoke"], env={"FRONTDESK_LOCK_AFTER_MINUTES": "jamais"})
    assert result.returncode == 2
    assert "security.lock_after_minutes" in result.stderr
    assert "un nombre entier de 1 à 120" in result.stderr


def test_lock_delay_comes_from_the_settings(qtbot, monkeypatch):
    from frontdesk.context import open_frontdesk
    from frontdesk.settings import load_settings
    from ui.mainwindow import MainWindow
    from ui.workers import wait_for_background

    monkeypatch.setenv("FRONTDESK_LOCK_AFTER_MINUTES", "12")
    fd = open_frontdesk(load_settings(demo=True))
    try:
        win = MainWindow(fd)
        qtbot.addWidget(win)
        assert win.idle.timeout_ms == 12 * 60_000
    finally:
        wait_for_background()
        fd.close()


def test_message_box_buttons_are_french(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Oui", "Non"}
    assert QApplication.instance() is not None


def test_an_unreachable_database_stops_the_start_with_a_french_message():
    result = run_python(["-m", "ui", "--smoke"], env={"FRONTDESK_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"})
    assert result.returncode == 2
    assert "Impossible d'ouvrir la base de données" in result.stderr


def test_the_window_appears_first_and_says_why_the_desk_cannot_open(qtbot, monkeypatch):
    from frontdesk.context import Frontdesk
    from frontdesk.settings import load_settings
    from ui.mainwindow import MainWindow
    from ui.workers import wait_for_background

    monkeypatch.setenv("FRONTDESK_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    fd = Frontdesk(load_settings())
    win = MainWindow(fd)
    qtbot.addWidget(win)
    assert win.stack.currentWidget() is win.opening
    assert win.opening.intro.text() == "Ouverture de la base de données…"
    with qtbot.waitSignal(win.failed, timeout=10_000) as signal:
        win.show()
    assert signal.args[0].startswith("Impossible d'ouvrir la base de données")
    assert win.opening.message.text() == signal.args[0] and win.opening.message.isVisible()
    assert win.opening.heading.text() == "Frontdesk ne peut pas démarrer"
    assert not win.lock_action.isEnabled()
    wait_for_background()


def test_every_error_code_of_the_core_has_words_in_the_ui():
    """A code raised by a service but unknown to the UI would reach the agent as "Erreur inattendue"."""
    import re

    from ui.texts import _MESSAGES

    code = r"([a-z_]+\.[a-z_.]+)"
    pattern = re.compile(rf'(?:Error|Denied|Invalid|Suspected|Required)\("{code}"|code = "{code}"')
    sources = [path.read_text("utf-8") for path in (ROOT / "frontdesk").rglob("*.py")]
    raised = {a or b for text in sources for a, b in pattern.findall(text)}
    assert len(raised) > 30
    assert raised - set(_MESSAGES) == set()


def test_every_journalled_action_has_a_name_in_the_ui():
    """The journal page shows each entry's action in words: a code without words would show raw."""
    import re

    from ui.texts import ACTIONS

    pattern = re.compile(r'journal\.append\(\s*"([a-z_]+\.[a-z_.]+)"')
    sources = [path.read_text("utf-8") for path in (ROOT / "frontdesk").rglob("*.py")]
    journalled = {action for text in sources for action in pattern.findall(text)}
    assert len(journalled) > 40
    assert journalled - set(ACTIONS) == set()


def test_every_page_fits_a_1280_pixel_screen_with_the_application_style(qtbot, qapp, fd):
    """Town-hall PCs often have 1280-pixel screens: the window's minimum width (set by its widest page,
    styled as the application runs) must leave them room, or the status bar's right end falls off screen."""
    from ui.mainwindow import MainWindow

    qapp.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))
    try:
        window = MainWindow(fd)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.opening)
        sign_in(qtbot, window)  # the supervisor: every page
        widths = {type(window.work.pages.widget(i)).__name__: window.work.pages.widget(i).minimumSizeHint().width()
                  for i in range(window.work.pages.count())}
        assert window.minimumSizeHint().width() <= 1280, widths
    finally:
        qapp.setStyleSheet("")
