"""The connectivity indicator: a real probe of the remote platform, repeated in the background."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.connectors.http import probe
from ui.workers import run_in_background

PROBE_EVERY_MS = 30_000


class NetworkMonitor(QObject):
    """Probes ``url`` now and then; ``changed(online)`` fires on every result, first one included."""

    changed = Signal(bool)

    def __init__(self, url: str, timeout_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.timeout_s = timeout_s
        self.online: bool | None = None
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_EVERY_MS)
        self._timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self._timer.start()
        self.check_now()

    def check_now(self) -> None:
        if self._probing:
            return
        self._probing = True
        url, timeout = self.url, self.timeout_s
        run_in_background(lambda: probe(url, timeout), self._result)

    def _result(self, online: bool) -> None:
        self._probing = False
        self.online = online
        self.changed.emit(online)
