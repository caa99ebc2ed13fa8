"""Fixtures for the Qt tests: a real demo desk on a real SQLite file, and the real main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from frontdesk.connectors.demarche_numerique.simulator import Simulator
from frontdesk.context import Frontdesk, open_frontdesk
from frontdesk.demo import DEMO_AGENTS
from frontdesk.settings import load_settings

SUPERVISOR = DEMO_AGENTS[0]
AGENT = DEMO_AGENTS[1]
MEDIATOR = DEMO_AGENTS[2]


@pytest.fixture(scope="session", autouse=True)
def french(qapp):
    from ui.i18n import install_translators

    translators = install_translators(qapp)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_default_browser(monkeypatch):
    """No Qt test starts a real browser: the desk has no default browser here unless a test builds one
    (tests/qt/test_browser.py), so "Open" goes to QDesktopServices, which the tests intercept."""
    import ui.browser

    monkeypatch.setattr(ui.browser, "default_browser", lambda: None)


@pytest.fixture
def fd(monkeypatch) -> Iterator[Frontdesk]:
    from ui.workers import wait_for_background

    monkeypatch.setenv("FRONTDESK_DN_URL", "http://127.0.0.1:9")  # nothing listens: a quick, real "offline"
    desk = open_frontdesk(load_settings(demo=True))
    yield desk
    assert wait_for_background(), "a background task was still running at the end of the test"
    desk.close()


@pytest.fixture
def platform() -> Iterator[Simulator]:
    """Démarche Numérique as the simulator plays it, on a free local port (its rate limit out of the way)."""
    sim = Simulator(rate_limit=(1000, 1.0))
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def online_fd(monkeypatch, platform) -> Iterator[Frontdesk]:
    """The demo desk talking to ``platform`` (the demo démarches, first version, are in its cache)."""
    from ui.workers import wait_for_background

    monkeypatch.setenv("FRONTDESK_DN_URL", platform.base_url)
    monkeypatch.setenv("FRONTDESK_NETWORK_TIMEOUT", "2")
    desk = open_frontdesk(load_settings(demo=True))
    yield desk
    assert wait_for_background()
    desk.close()


@pytest.fixture
def window(qtbot, fd):
    from ui.mainwindow import MainWindow

    win = MainWindow(fd)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is not win.opening)
    yield win
    win.network._timer.stop()


def signed_in_window(qtbot, fd, agent=SUPERVISOR, **outbox_ms):
    """The real main window on ``fd``, its sender quick (``poll_ms`` 200 and any other ``*_ms`` given, set
    before the desk opens and the sender starts), the network probe stopped, ``agent`` signed in."""
    from ui.mainwindow import MainWindow

    win = MainWindow(fd)
    for name, value in {"poll_ms": 200, **outbox_ms}.items():
        setattr(win.outbox, name, value)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is not win.opening)
    win.network._timer.stop()
    sign_in(qtbot, win, agent)
    return win


def sign_in(qtbot, win, agent=SUPERVISOR) -> None:
    page = win.sign_in
    assert win.stack.currentWidget() is page
    page.login.setText(agent.login)
    page.password.setText(agent.password)
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.work, timeout=5000)
