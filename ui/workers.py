"""Run core calls off the UI thread and deliver their results on it (Picard's pattern).

The UI thread must never wait on the disk or the network: a resident is waiting too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_pending: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the UI thread; the worker's signals reach it through queued connections."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver)
        self.failed.connect(self._fail)

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        _pending.discard(self)
        if _receiver_alive(self._on_done):
            self._on_done(result)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        _pending.discard(self)
        if self._on_error is not None and not _receiver_alive(self._on_error):
            return
        if self._on_error is None:
            raise error
        self._on_error(error)


def _receiver_alive(callback: Callable[..., Any]) -> bool:
    """A screen closed while its query ran no longer wants the answer (its widgets are gone)."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        log.debug("background result dropped: %s was closed meanwhile", type(owner).__name__)
        return False
    return True


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the UI thread, which decides what the agent sees
            log.debug("background task failed: %s", type(exc).__name__)
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None) -> None:
    """Call ``fn`` on the thread pool; ``on_done(result)`` or ``on_error(exc)`` run on the UI thread."""
    relay = _Relay(on_done, on_error)
    _pending.add(relay)
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_for_background(timeout_ms: int = 10_000) -> bool:
    """For shutdown and tests: wait until every background call has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
