"""Opening a page for the resident in a private window of the desk's default browser.

Why: the resident signs in (their account, FranceConnect) on a PC the desk shares with the public. A
private window keeps no cookie, session or history once it is closed, so the next person cannot land in
their account. Qt's `QDesktopServices.openUrl` cannot ask for a private window, so Frontdesk finds the
default browser itself (the https handler in the Windows registry; `xdg-settings` and the desktop entry
on Linux), recognises it by its executable's name and starts it with that browser's own flag.

Mechanism: `QProcess.startDetached`, chosen over `subprocess.Popen` because the browser then outlives
Frontdesk with no child process to reap (POSIX) and no console window (Windows) without platform flags,
and it never goes through a shell: the URL is one argument, and it may be a secret link. Anything else
(macOS, a browser we do not know, nothing found, a start that fails) falls back to
`QDesktopServices.openUrl`, and the result says the window is not private so the screen can tell the
agent. Only the browser's name and the outcome are logged, never the URL.
"""

from __future__ import annotations

import enum
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)

# executable name (lower case, without ".exe") -> (browser's name, its private-window flag)
_EDGE = ("Edge", "--inprivate")
_CHROME = ("Chrome", "--incognito")
_CHROMIUM = ("Chromium", "--incognito")
_BRAVE = ("Brave", "--incognito")
_VIVALDI = ("Vivaldi", "--incognito")
_FIREFOX = ("Firefox", "-private-window")
_OPERA = ("Opera", "--private")
KNOWN_BROWSERS: dict[str, tuple[str, str]] = {
    "msedge": _EDGE, "microsoft-edge": _EDGE, "microsoft-edge-stable": _EDGE,
    "chrome": _CHROME, "google-chrome": _CHROME, "google-chrome-stable": _CHROME,
    "chromium": _CHROMIUM, "chromium-browser": _CHROMIUM,
    "brave": _BRAVE, "brave-browser": _BRAVE, "brave-browser-stable": _BRAVE,
    "vivaldi": _VIVALDI, "vivaldi-stable": _VIVALDI,
    "firefox": _FIREFOX, "firefox-esr": _FIREFOX,
    "opera": _OPERA,
}

_LOOKUP_CACHE_S = 600.0
_looked_up: tuple[float, Browser | None] | None = None  # (when, what): the last lookup
_XDG_TIMEOUT = 2  # seconds: xdg-settings (a shell script asking the desktop) runs on a click: never hang it


@dataclass(frozen=True)
class Browser:
    name: str  # shown to the agent: "Firefox"
    executable: str  # full path, started directly
    private_flag: str


class Opened(enum.Enum):
    PRIVATE = "private"  # a private window of the default browser
    NORMAL = "normal"  # the system opened the URL its usual way: not private
    NOTHING = "nothing"  # nothing opened


@dataclass(frozen=True)
class Opening:
    how: Opened
    browser: str = ""  # the browser's name when the window is private


# --- recognising a browser ------------------------------------------------------------------------------

def recognise(executable: str) -> Browser | None:
    """The known browser `executable` is (any path style; case and ".exe" ignored), else None."""
    name = re.split(r"[\\/]", executable)[-1].lower().removesuffix(".exe")
    known = KNOWN_BROWSERS.get(name)
    return Browser(known[0], executable, known[1]) if known else None


def executable_from_command(command: str) -> str:
    """The executable of a Windows `shell\\open\\command` value, e.g. `"C:\\...\\firefox.exe" -osint -url "%1"`.

    The path is quoted when it holds spaces; an unquoted one ends at ".exe" (or at the first blank).
    """
    command = command.strip()
    if command.startswith('"'):
        end = command.find('"', 1)
        return command[1:end] if end > 0 else command[1:]
    match = re.match(r"(.+?\.exe)(\s|$)", command, re.IGNORECASE)
    if match:
        return match.group(1)
    return command.split(maxsplit=1)[0] if command else ""


def executable_from_exec(exec_line: str) -> str:
    """The program of a desktop entry's Exec value (`env VAR=x /snap/bin/firefox %u` gives /snap/bin/firefox)."""
    try:
        words = shlex.split(exec_line)
    except ValueError:
        return ""
    if words and Path(words[0]).name == "env":
        words = words[1:]
    words = [word for word in words if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", word)]
    return words[0] if words else ""


# --- finding the default browser ------------------------------------------------------------------------

def default_browser() -> Browser | None:
    """The desk's default browser if it is one we can open privately; None otherwise (macOS included).

    Looked up at most every ``_LOOKUP_CACHE_S``: on Linux the lookup runs a program on the agent's click,
    and the answer only changes when someone changes the desk's default browser.
    """
    global _looked_up
    now = time.monotonic()
    if _looked_up is None or now - _looked_up[0] > _LOOKUP_CACHE_S:
        _looked_up = (now, _look_up_default_browser())
    return _looked_up[1]


def _look_up_default_browser() -> Browser | None:
    try:
        if sys.platform == "win32":
            return windows_default_browser()
        if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            return xdg_default_browser()
    except (OSError, subprocess.SubprocessError, UnicodeError) as error:
        log.warning("default browser not found: %s", type(error).__name__)
    return None


def windows_default_browser() -> Browser | None:
    """The https handler chosen by the user (registry), when it is a known browser installed here."""
    import winreg

    associations = r"Software\Microsoft\Windows\Shell\Associations\UrlAssociations\https"
    # Windows 11 writes the user's choice to UserChoiceLatest; older versions only to UserChoice.
    for key_path in (associations + r"\UserChoiceLatest\ProgId", associations + r"\UserChoice"):
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path) as key:
                prog_id = winreg.QueryValueEx(key, "ProgId")[0]
            with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, prog_id + r"\shell\open\command") as key:
                command, kind = winreg.QueryValueEx(key, "")
        except OSError:
            continue
        if kind == winreg.REG_EXPAND_SZ:
            command = winreg.ExpandEnvironmentStrings(command)
        executable = executable_from_command(command)
        if os.path.isfile(executable):
            return recognise(executable)
    return None


def xdg_default_browser() -> Browser | None:
    """`xdg-settings get default-web-browser`, its desktop entry in the XDG data dirs, its Exec program."""
    xdg_settings = shutil.which("xdg-settings")
    if xdg_settings is None:
        return None
    answer = subprocess.run([xdg_settings, "get", "default-web-browser"], capture_output=True, text=True,
                            timeout=_XDG_TIMEOUT, check=False)
    desktop_id = answer.stdout.strip()
    if answer.returncode != 0 or not desktop_id.endswith(".desktop") or "/" in desktop_id:
        return None
    entry = _desktop_entry(desktop_id)
    program = executable_from_exec(_exec_line(entry)) if entry else ""
    executable = shutil.which(program) if program else None
    return recognise(executable) if executable else None


def _desktop_entry(desktop_id: str) -> Path | None:
    home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    for folder in [home, *dirs.split(":")]:
        candidate = Path(folder) / "applications" / desktop_id
        if folder and candidate.is_file():
            return candidate
    return None


def _exec_line(entry: Path) -> str:
    in_main_group = False
    for line in entry.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.startswith("["):
            in_main_group = line == "[Desktop Entry]"
        elif in_main_group and line.startswith("Exec="):
            return line.removeprefix("Exec=")
    return ""


# --- opening ----------------------------------------------------------------------------------------------

def open_url(url: str) -> Opening:
    """Open `url` in a private window of the default browser if possible, else the system's usual way."""
    browser = default_browser() if QUrl(url).scheme() in ("http", "https") else None
    if browser is not None:
        started, _pid = QProcess.startDetached(browser.executable, [browser.private_flag, url])
        if started:
            log.info("page opened in a private window of %s", browser.name)
            return Opening(Opened.PRIVATE, browser.name)
        log.warning("%s did not start: the page goes to the system's browser", browser.name)
    if QDesktopServices.openUrl(QUrl(url)):
        log.info("page opened by the system's browser, not in a private window")
        return Opening(Opened.NORMAL)
    log.warning("no browser opened the page")
    return Opening(Opened.NOTHING)


def describe(opening: Opening) -> str:
    """What the agent reads after "Open": says truthfully whether the window is private."""
    if opening.how is Opened.PRIVATE:
        return QCoreApplication.translate(
            "Browser", "Opened in a private window of {browser}. At the end, the person signs out and closes "
                       "the window.").format(browser=opening.browser)
    if opening.how is Opened.NORMAL:
        return QCoreApplication.translate(
            "Browser", "Opened in a normal window of the browser, not a private one: Frontdesk cannot open a "
                       "private window with this browser. For one, use \"Copy the link\" and paste it into a "
                       "private window. At the end, the person signs out and closes the browser.")
    return QCoreApplication.translate(
        "Browser", "The browser did not open. Copy the link and paste it into a browser.")
