"""One sender per desk: an operating-system lock on a file beside the desk's data.

Two windows of the application, or the application and ``frontdesk-admin sync``, must never drain the
same outbox, or an item could go twice. The OS releases the lock when its process dies, even by kill -9
or a power cut, so a crash never leaves the desk unable to send (unlike a lock row in the database,
which would have to expire). filelock uses LockFileEx on Windows and flock elsewhere.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import filelock

from frontdesk.errors import FrontdeskError

log = logging.getLogger(__name__)


class SenderBusy(FrontdeskError):
    """Another program of this desk is already sending."""

    code = "outbox.busy"


class SenderLock:
    def __init__(self, directory: Path, desk_id: uuid.UUID) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f"outbox-sender-{desk_id}.lock"
        # Not soft: a soft lock (a mere file) would outlive a crash and stop the desk from sending.
        self._lock = filelock.FileLock(self.path, thread_local=False, fallback_to_soft=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the lock now or raise ``SenderBusy``; never waits."""
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout:
            raise SenderBusy() from None
        log.info("outbox sender lock taken")

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
