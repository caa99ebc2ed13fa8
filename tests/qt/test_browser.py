"""Opening a site or a dossier link in a private window of the desk's default browser (ui/browser.py).

On Linux the default browser is what the environment says: a fake `xdg-settings` first on PATH answers a
desktop id, whose entry (in XDG_DATA_HOME) names a program that is a real script on PATH recording its
arguments. So "a private window of Firefox" means the script really ran with `-private-window` and the URL
as one argument. The Windows registry's commands are parsed as plain strings.
"""

from __future__ import annotations

import logging
import os
import shlex
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

import ui.browser
from tests.qt.conftest import AGENT, sign_in
from tests.qt.test_dossier_wizard import UrlCatcher, at_step, key, wizard_for_eloise
from ui.browser import Browser, Opened, Opening, describe, executable_from_command, open_url, recognise

LOOKUP = ui.browser.default_browser  # before the Qt tests' fixture replaces it
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="the fake browser is a POSIX shell script")

# a link holding a secret and characters a shell would act on: it must arrive as one argument, untouched
SECRET_LINK = "https://dn.example.test/commencer/essai?prefill_token=s3cr3t&x=$(touch pwned);y z"


class FakeDesk:
    """A desk whose default browser (xdg-settings + desktop entry) is a script recording its argv."""

    def __init__(self, tmp_path: Path, monkeypatch, program: str) -> None:
        tmp_path.mkdir(exist_ok=True)
        self.ran = tmp_path / "argv"
        bin_dir, applications = tmp_path / "bin", tmp_path / "data" / "applications"
        bin_dir.mkdir()
        applications.mkdir(parents=True)
        desktop_id = f"{program}.desktop"
        _script(bin_dir / "xdg-settings", f'[ "$1 $2" = "get default-web-browser" ] && echo {desktop_id}\n')
        ran, partial = shlex.quote(str(self.ran)), shlex.quote(f"{self.ran}.part")
        _script(bin_dir / program, f'printf "%s\\0" "$@" > {partial} && mv {partial} {ran}\n')
        (applications / desktop_id).write_text(
            f"[Desktop Entry]\nType=Application\nName={program}\nExec={program} %u\n\n"
            f"[Desktop Action new-window]\nExec=/elsewhere/{program} --new-window %u\n", encoding="utf-8")
        monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "nowhere"))
        monkeypatch.setattr(ui.browser, "default_browser", ui.browser.xdg_default_browser)

    def arguments(self) -> list[str]:
        return self.ran.read_bytes().decode().split("\0")[:-1]


def _script(path: Path, body: str) -> None:
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def catcher():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("https")


# --- recognising the browser --------------------------------------------------------------------------

@pytest.mark.parametrize(("command", "executable"), [
    ('"C:\\Program Files\\Mozilla Firefox\\firefox.exe" -osint -url "%1"',
     "C:\\Program Files\\Mozilla Firefox\\firefox.exe"),
    ('"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --single-argument %1',
     "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"),
    ('"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --single-argument %1',
     "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"),
    ('C:\\Program Files\\BraveSoftware\\Brave-Browser\\Application\\BRAVE.EXE -- "%1"',
     "C:\\Program Files\\BraveSoftware\\Brave-Browser\\Application\\BRAVE.EXE"),
    ("iexplore %1", "iexplore"),
])
def test_a_windows_open_command_gives_its_executable(command, executable):
    assert executable_from_command(command) == executable


@pytest.mark.parametrize(("command", "name", "flag"), [
    ('"C:\\Program Files\\Mozilla Firefox\\firefox.exe" -osint -url "%1"', "Firefox", "-private-window"),
    ('"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --single-argument %1', "Edge",
     "--inprivate"),
    ('"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" -- "%1"', "Chrome", "--incognito"),
    ('C:\\Program Files\\BraveSoftware\\Brave-Browser\\Application\\BRAVE.EXE -- "%1"', "Brave", "--incognito"),
])
def test_the_default_windows_browser_is_known_with_its_private_flag(command, name, flag):
    executable = executable_from_command(command)
    assert recognise(executable) == Browser(name, executable, flag)


@pytest.mark.parametrize(("executable", "name", "flag"), [
    ("/usr/bin/firefox-esr", "Firefox", "-private-window"),
    ("/snap/bin/chromium", "Chromium", "--incognito"),
    ("/usr/bin/google-chrome-stable", "Chrome", "--incognito"),
    ("/usr/bin/microsoft-edge", "Edge", "--inprivate"),
    ("/usr/bin/vivaldi-stable", "Vivaldi", "--incognito"),
    ("/usr/bin/opera", "Opera", "--private"),
])
def test_linux_browsers_are_known_by_their_program(executable, name, flag):
    assert recognise(executable) == Browser(name, executable, flag)


@pytest.mark.parametrize("executable", ["C:\\Program Files\\Internet Explorer\\iexplore.exe", "/usr/bin/links",
                                        "/usr/bin/flatpak", ""])
def test_other_programs_are_not_taken_for_a_browser_we_can_open_privately(executable):
    assert recognise(executable) is None


def test_a_snap_desktop_entry_names_the_program_after_env():
    assert ui.browser.executable_from_exec(
        "env BAMF_DESKTOP_FILE_HINT=/var/lib/snapd/desktop/applications/firefox_firefox.desktop "
        "/snap/bin/firefox %u") == "/snap/bin/firefox"
    assert ui.browser.executable_from_exec('"/opt/My Browser/firefox" %u') == "/opt/My Browser/firefox"


@posix_only
def test_the_xdg_default_browser_is_found_from_the_environment(tmp_path, monkeypatch):
    FakeDesk(tmp_path, monkeypatch, "firefox")
    assert ui.browser.default_browser() == Browser("Firefox", str(tmp_path / "bin" / "firefox"),
                                                   "-private-window")


def test_the_default_browser_is_looked_up_once_per_ten_minutes(monkeypatch):
    """The lookup runs a program on Linux (on the agent's click): its answer is kept a while."""
    lookups = []
    monkeypatch.setattr(ui.browser, "default_browser", LOOKUP)  # the real one, not the tests' "none"
    monkeypatch.setattr(ui.browser, "_looked_up", None)
    monkeypatch.setattr(ui.browser, "_look_up_default_browser",
                        lambda: lookups.append(1) or Browser("Firefox", "/usr/bin/firefox", "-private-window"))
    assert ui.browser.default_browser() == ui.browser.default_browser()
    assert len(lookups) == 1
    when, found = ui.browser._looked_up
    monkeypatch.setattr(ui.browser, "_looked_up", (when - ui.browser._LOOKUP_CACHE_S - 1, found))
    assert ui.browser.default_browser().name == "Firefox"
    assert len(lookups) == 2


def test_no_xdg_settings_means_no_default_browser(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert ui.browser.xdg_default_browser() is None


# --- opening --------------------------------------------------------------------------------------------

@posix_only
def test_the_link_opens_in_a_private_window_of_the_default_browser(qtbot, tmp_path, monkeypatch, catcher,
                                                                   caplog):
    desk = FakeDesk(tmp_path, monkeypatch, "firefox")
    with caplog.at_level(logging.DEBUG, logger="ui.browser"):
        assert open_url(SECRET_LINK) == Opening(Opened.PRIVATE, "Firefox")
    qtbot.waitUntil(desk.ran.exists, timeout=5000)
    assert desk.arguments() == ["-private-window", SECRET_LINK]
    assert catcher.opened == []
    assert not (Path.cwd() / "pwned").exists() and not (tmp_path / "pwned").exists()
    assert "Firefox" in caplog.text and "s3cr3t" not in caplog.text and "dn.example.test" not in caplog.text
    assert describe(Opening(Opened.PRIVATE, "Firefox")) == (
        "Ouvert dans une fenêtre privée de Firefox. À la fin, la personne se déconnecte et ferme la fenêtre.")


@posix_only
def test_an_unknown_browser_gets_the_link_the_usual_way_and_the_screen_says_it_is_not_private(
        qtbot, tmp_path, monkeypatch, catcher, caplog):
    desk = FakeDesk(tmp_path, monkeypatch, "links")
    with caplog.at_level(logging.DEBUG, logger="ui.browser"):
        opening = open_url(SECRET_LINK)
    assert opening == Opening(Opened.NORMAL)
    assert catcher.opened == [SECRET_LINK]
    assert not desk.ran.exists()
    assert "s3cr3t" not in caplog.text
    text = describe(opening)
    assert "pas une fenêtre privée" in text and "«\xa0Copier le lien\xa0»" in text and "déconnecte" in text


@posix_only
def test_a_browser_that_cannot_start_falls_back_to_the_usual_way(tmp_path, monkeypatch, catcher):
    desk = FakeDesk(tmp_path, monkeypatch, "firefox")
    gone = tmp_path / "gone" / "firefox"
    monkeypatch.setattr(ui.browser, "default_browser", lambda: Browser("Firefox", str(gone), "-private-window"))
    assert open_url("https://ants.gouv.fr") == Opening(Opened.NORMAL)
    assert catcher.opened == ["https://ants.gouv.fr"] and not desk.ran.exists()


@posix_only
def test_only_web_links_go_to_the_browser_directly(tmp_path, monkeypatch):
    desk = FakeDesk(tmp_path, monkeypatch, "firefox")
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    try:
        assert open_url("mailto:accueil@admiville.fr") == Opening(Opened.NORMAL)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert catcher.opened == ["mailto:accueil@admiville.fr"] and not desk.ran.exists()


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")  # the offscreen platform, on CI
def test_nothing_opened_is_said(qtbot):
    assert open_url("unknown-scheme-nobody-handles:x") == Opening(Opened.NOTHING)
    assert describe(Opening(Opened.NOTHING)).startswith("Le navigateur ne s'est pas ouvert.")


# --- through the wizard's site step ---------------------------------------------------------------------

def _site_step(qtbot, window):
    sign_in(qtbot, window, AGENT)
    wizard = wizard_for_eloise(qtbot, window, "carte identite ants", "ants-carte-identite")
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.review_step)
    key(qtbot, Qt.Key.Key_Return)
    at_step(qtbot, wizard, wizard.site_step)
    return wizard


@posix_only
def test_the_national_site_opens_in_a_private_window_and_the_wizard_says_so(qtbot, window, tmp_path,
                                                                            monkeypatch, catcher):
    desk = FakeDesk(tmp_path, monkeypatch, "firefox")
    wizard = _site_step(qtbot, window)
    key(qtbot, Qt.Key.Key_Space)  # "Ouvrir le site" has the focus
    qtbot.waitUntil(desk.ran.exists, timeout=5000)
    assert desk.arguments() == ["-private-window", "https://ants.gouv.fr"]
    assert catcher.opened == []
    assert wizard.message.text() == ("Ouvert dans une fenêtre privée de Firefox. À la fin, la personne se "
                                     "déconnecte et ferme la fenêtre.")
    assert wizard.message.property("error") is False
    wizard.reject()
    qtbot.waitUntil(lambda: window.dossiers_flow.wizard is None)


@posix_only
def test_with_an_unknown_browser_the_wizard_says_the_window_is_not_private(qtbot, window, tmp_path, monkeypatch,
                                                                          catcher):
    desk = FakeDesk(tmp_path, monkeypatch, "links")
    wizard = _site_step(qtbot, window)
    key(qtbot, Qt.Key.Key_Space)
    assert catcher.opened == ["https://ants.gouv.fr"] and not desk.ran.exists()
    assert "pas une fenêtre privée" in wizard.message.text() and "«\xa0Copier le lien\xa0»" in wizard.message.text()
    assert wizard.message.property("error") is True
    wizard.reject()
    qtbot.waitUntil(lambda: window.dossiers_flow.wizard is None)


# --- through the Démarche Numérique hand-off --------------------------------------------------------------

@posix_only
def test_the_dossier_link_opens_in_a_private_window_and_is_never_logged(qtbot, fd, tmp_path, monkeypatch, caplog):
    from frontdesk.connectors.demarche_numerique.simulator import Simulator
    from frontdesk.services import accounts, dossiers
    from tests.core.test_dn_dossiers import PROCEDURE, sender_for, submitted
    from ui.dn_handoff import HandOffPanel

    actor = accounts.authenticate(fd.db, fd.desk.id, AGENT.login, AGENT.password).actor(fd.desk.id)
    sim = Simulator(rate_limit=(1000, 1.0))
    sim.start()
    try:
        dossier = submitted(fd.db, actor)
        with sender_for(fd.db, fd.desk, sim.base_url, tmp_path) as sender:
            sender.run_once()
        [remote] = sim.dossiers()
    finally:
        sim.stop()
    desk = FakeDesk(tmp_path / "desk", monkeypatch, "firefox")
    panel = HandOffPanel(fd)
    qtbot.addWidget(panel)
    panel.show_dossier(actor, dossiers.get_dossier(fd.db, actor, dossier.id), PROCEDURE)
    assert "fenêtre privée" in panel.advice.text() and "déconnecte" in panel.reminder.text()
    with caplog.at_level(logging.DEBUG):
        panel.open_button.click()
        qtbot.waitUntil(desk.ran.exists, timeout=5000)
    flag, link = desk.arguments()
    assert flag == "-private-window" and remote["prefill_token"] in link
    qtbot.waitUntil(lambda: panel.message.text() == "Ouvert dans une fenêtre privée de Firefox. À la fin, la "
                                                    "personne se déconnecte et ferme la fenêtre.")
    assert "Firefox" in caplog.text and remote["prefill_token"] not in caplog.text and link not in caplog.text
