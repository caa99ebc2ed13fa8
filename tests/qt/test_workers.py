"""Background calls: results reach the UI thread, and a screen closed meanwhile is left alone."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from ui.workers import run_in_background, wait_for_background


def test_the_result_reaches_the_ui_thread(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    seen: list[str] = []

    def show(result: str) -> None:
        seen.append(threading.current_thread().name)
        label.setText(result)

    run_in_background(lambda: "prêt", show)
    qtbot.waitUntil(lambda: label.text() == "prêt")
    assert seen == [threading.main_thread().name]


def test_a_result_for_a_closed_screen_is_dropped(qtbot):
    label = QLabel()
    release = threading.Event()
    run_in_background(lambda: release.wait(5) and "trop tard", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    assert wait_for_background()
    qtbot.wait(50)  # the queued delivery runs here; calling setText on a deleted label would raise


def test_a_failure_reaches_its_handler(qtbot):
    errors: list[BaseException] = []
    run_in_background(lambda: 1 / 0, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ZeroDivisionError)


def _alive(widget: QLabel) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
