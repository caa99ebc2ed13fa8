"""Uncaught exceptions: logged with their traceback, shown to the agent in French, work kept on screen."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("frontdesk.crash")


class _CrashBridge(QObject):
    """Carries an exception from any thread to the UI thread, where the dialog can be shown."""

    raised = Signal(str)

    @Slot(str)
    def show(self, summary: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected error"))
        box.setText(QCoreApplication.translate(
            "Crash", "Something went wrong in Frontdesk. What is on screen has been kept: you can go on working."))
        box.setInformativeText(QCoreApplication.translate(
            "Crash", "If it happens again, tell your IT contact. Technical details are in the log file."))
        box.setDetailedText(summary)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_box = box


_bridge: _CrashBridge | None = None


def install_excepthook() -> _CrashBridge:
    global _bridge
    _bridge = _CrashBridge()
    _bridge.raised.connect(_bridge.show, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _handle
    threading.excepthook = lambda args: _handle(args.exc_type, args.exc_value, args.exc_traceback)
    return _bridge


def _handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("uncaught exception", exc_info=(exc_type, exc, tb))
    if _bridge is not None:
        # Only the exception's type and where it happened: its message may quote a resident's data.
        frames = traceback.extract_tb(tb)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
        _bridge.raised.emit(f"{exc_type.__name__} — {where}")
