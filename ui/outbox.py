"""The desk's sender, on its own thread: the window never waits on the network.

The worker lives in a QThread and drives the core ``Sender`` with a timer of that thread: one pass, then
a wait until the next item is due (at most ``POLL_MS``), cut short by "send now" or a new item. After
each pass it reports the pass and the queue's counts to the UI thread through a signal. Every
``TRACK_MS`` the same thread asks Démarche Numérique where the desk's dossiers are (one batched call per
démarche), and every ``FORMS_MS`` whether the forms it fills have a new version (sooner again when the
platform could not be reached); an unreachable platform is simply asked again next time. Both run after
the pass is reported, so the indicator never waits for them.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from frontdesk.errors import FrontdeskError

if TYPE_CHECKING:
    from frontdesk.context import Frontdesk
    from frontdesk.outbox.sender import Sender

log = logging.getLogger(__name__)
POLL_MS = 2000
TRACK_MS = 5 * 60_000
FORMS_MS = 60 * 60_000


@dataclass(frozen=True)
class OutboxStatus:
    online: bool | None       # what the last network call said; None when no call told
    waiting: int              # items on their way (pending, in flight, unknown)
    needing_a_person: int     # failed or to review
    paused: bool              # credentials refused: the queue waits for new ones
    elsewhere: bool = False   # another program of this desk sends (this one only shows the counts)


class _Worker(QObject):
    reported = Signal(object)  # OutboxStatus
    tracked = Signal(int)  # dossiers whose state changed on Démarche Numérique
    forms_changed = Signal(object)  # numbers of the démarches whose form has a new version

    def __init__(self, fd: Frontdesk, poll_ms: int, track_ms: int = TRACK_MS, forms_ms: int = FORMS_MS) -> None:
        super().__init__()
        self.fd = fd
        self.poll_ms = poll_ms
        self.track_ms = track_ms
        self.forms_ms = forms_ms
        self.sender: Sender | None = None
        self.client = None
        self.timer: QTimer | None = None
        self._next_track = 0.0
        self._next_forms = 0.0

    @Slot()
    def begin(self) -> None:
        from frontdesk.outbox.desk import desk_client, desk_sender
        from frontdesk.outbox.lock import SenderBusy

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self.client = desk_client(self.fd.settings)
        sender = desk_sender(self.fd.settings, self.fd.db, self.fd.desk.id, client=self.client)
        try:
            sender.start()
        except SenderBusy:
            log.info("another program of this desk sends; this window only shows the queue")
        else:
            self.sender = sender
        self.tick()

    @Slot()
    def tick(self) -> None:
        from frontdesk.outbox.queue import summary

        next_ms = self.poll_ms
        online, paused = None, False
        try:
            if self.sender is not None:
                report = self.sender.run_once()
                online, paused = report.online, bool(report.paused)
                if report.next_due_in is not None:
                    next_ms = min(next_ms, int(report.next_due_in * 1000) + 10)
            counts = summary(self.fd.db, self.fd.desk.id)
        except FrontdeskError as exc:
            log.error("outbox pass failed: %s", exc.code)
        except Exception:  # never let the sending thread die: the desk would stop catching up
            log.exception("outbox pass failed")
        else:
            self.reported.emit(OutboxStatus(online, counts.waiting, counts.needing_a_person, paused,
                                            elsewhere=self.sender is None))
        try:
            self._track()
            self._refresh_forms()
        except FrontdeskError as exc:
            log.error("Démarche Numérique round failed: %s", exc.code)
        except Exception:
            log.exception("Démarche Numérique round failed")
        self.timer.start(max(10, next_ms))

    def _track(self) -> None:
        """The tracking round, when due; only the sending program of the desk tracks (one caller)."""
        if self.sender is None or time.monotonic() < self._next_track:
            return
        from frontdesk.domain.roles import Actor
        from frontdesk.services.dn_dossiers import track

        self._next_track = time.monotonic() + self.track_ms / 1000
        report = track(self.fd.db, Actor(self.fd.desk.id), self.client)
        if report.changed:
            self.tracked.emit(report.changed)

    def _refresh_forms(self) -> None:
        """The forms' round, when due; only the sending program checks them (one caller per desk)."""
        if self.sender is None or time.monotonic() < self._next_forms:
            return
        from frontdesk.domain.roles import Actor
        from frontdesk.services.demarches import refresh_all

        report = refresh_all(self.fd.db, Actor(self.fd.desk.id), self.client)
        later = min(self.track_ms, self.forms_ms) if report.unreachable and not report.checked else self.forms_ms
        self._next_forms = time.monotonic() + later / 1000
        if report.changed:
            self.forms_changed.emit(report.changed)

    @Slot()
    def wake(self) -> None:
        if self.sender is not None:
            self.sender.wake()
        if self.timer is not None:
            self.timer.stop()
            self.tick()

    @Slot()
    def resume(self) -> None:
        if self.client is not None:  # the token may be new (or gone): read it again
            from frontdesk.outbox.desk import desk_token

            self.client.use_token(desk_token())
        if self.sender is not None:
            self.sender.resume()
        self.wake()

    @Slot()
    def finish(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self.sender is not None:
            self.sender.stop()
            self.sender = None
        QThread.currentThread().quit()


class OutboxController(QObject):
    """Starts the worker once the desk is open; ``status`` fires after every pass."""

    status = Signal(object)  # OutboxStatus
    tracked = Signal(int)  # dossiers whose Démarche Numérique state changed
    forms_changed = Signal(object)  # démarches whose form has a new version
    _begin = Signal()
    _wake = Signal()
    _resume = Signal()
    _finish = Signal()

    def __init__(self, fd: Frontdesk, parent: QObject | None = None, poll_ms: int = POLL_MS,
                 track_ms: int = TRACK_MS, forms_ms: int = FORMS_MS) -> None:
        super().__init__(parent)
        self.fd = fd
        self.poll_ms = poll_ms
        self.track_ms = track_ms
        self.forms_ms = forms_ms
        self.last: OutboxStatus | None = None
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None or not self.fd.is_open or self.fd.desk is None:
            return
        self._thread = QThread()
        self._thread.setObjectName("outbox-sender")
        self._worker = _Worker(self.fd, self.poll_ms, self.track_ms, self.forms_ms)
        self._worker.moveToThread(self._thread)
        self._begin.connect(self._worker.begin)
        self._wake.connect(self._worker.wake)
        self._resume.connect(self._worker.resume)
        self._finish.connect(self._worker.finish)
        self._worker.reported.connect(self._reported)
        self._worker.tracked.connect(self.tracked)
        self._worker.forms_changed.connect(self.forms_changed)
        self._thread.start()
        self._begin.emit()

    def wake(self) -> None:
        """A new item, "send now", or the network came back: try at once."""
        self._wake.emit()

    def resume(self) -> None:
        """New credentials were given: the paused queue goes again."""
        self._resume.emit()

    def stop(self, timeout_ms: int = 15_000) -> None:
        """Let the current call end (an item cut mid-call is reconciled at the next start anyway)."""
        if self._thread is None:
            return
        self._finish.emit()
        if not self._thread.wait(timeout_ms):
            log.warning("the outbox sender did not stop in time")
        self._thread = self._worker = None

    def _reported(self, status: OutboxStatus) -> None:
        self.last = status
        self.status.emit(status)
